/**
 * Study-description schema, declarations: code and trained-model availability, registration, protocol, ethics,
 * funding and conflicts of interest.
 */
import { z } from 'zod';
import { bool, choice, text, texts, url, urls } from './field-types.js';
import { CODE_AVAILABILITY, ETHICS_APPROVAL, CONSENT } from './vocabularies.js';

export const Availability = (what: string, concept: string) =>
  z
    .strictObject({
      availability: choice(
        CODE_AVAILABILITY,
        `Whether the ${what} can be obtained (required in this group): public (link or repository), on_request (ask the authors), not_available.`,
      ),
      urls: urls(`Where the ${what} can be obtained.`).optional(),
      contact: text(`Whom to ask (for on_request).`).optional(),
      license: text('Licence (e.g. "MIT", "CC BY 4.0").').optional(),
      statement: text('The availability statement as written.').optional(),
    })
    .describe(`Availability of the ${what} (concept: ${concept}).`);

export const Registration = z
  .strictObject({
    registered: bool('Whether the study was registered (required in this group); false states it was not.'),
    registry: text('Registry name (e.g. "ClinicalTrials.gov", "DRKS").').optional(),
    id: text('Registration number (e.g. "NCT01234567").').optional(),
    url: url('Link to the registration.').optional(),
  })
  .describe('Study registration (concept: registration).');

export const Protocol = z
  .strictObject({
    available: bool('Whether a study protocol can be accessed.'),
    url: url('Where the protocol can be accessed.').optional(),
    description: text('Where/how the protocol can be accessed.').optional(),
  })
  .describe('Protocol access (concept: protocol); `available` is required when this group is given.');

export const Ethics = z
  .strictObject({
    approval: choice(ETHICS_APPROVAL, 'Ethics committee / IRB decision.').optional(),
    committee: text('Name of the ethics committee / IRB.').optional(),
    reference: text('Approval number.').optional(),
    consent: choice(CONSENT, 'Informed consent.').optional(),
    description: text('The ethics statement as written.').optional(),
  })
  .describe('Ethics approval and consent (concept: ethics).');

export const Funding = z
  .strictObject({
    funded: bool('Whether the study received funding (required in this group); false states that it received none.'),
    sources: texts('Funders.', 'a funder').optional(),
    grants: texts('Grant numbers.', 'a grant number').optional(),
    role_of_funder: text('Role of the funder in the study.').optional(),
  })
  .describe('Funding (concept: funding).');

export const Conflicts = z
  .strictObject({
    present: bool('Whether any author declared competing interests (required in this group); false = "no competing interests".'),
    statement: text('The competing-interests statement as written.').optional(),
  })
  .describe('Conflicts / competing interests (concept: conflicts_of_interest).');
