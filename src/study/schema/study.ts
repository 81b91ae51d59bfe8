/**
 * Study-description schema, first sections: who wrote the study (authors), the abstract, the study itself (type,
 * design, goal, objectives, background) and its clinical application.
 */
import { z } from 'zod';
import { bool, choice, choices, text, texts } from './field-types.js';
import {
  STUDY_TYPES,
  STUDY_CATEGORIES,
  DATA_COLLECTION,
  STUDY_DESIGNS,
  STUDY_GOALS,
  AUTHOR_EXPERTISE,
  INDUSTRY_ROLES,
  APPLICATION_PURPOSES,
  SPINE_REGIONS,
} from './vocabularies.js';

export const Authors = z
  .strictObject({
    countries: texts('Countries of the authors\' affiliations (e.g. ["Germany", "Japan"]).', 'a country name'),
    expertise: choices(AUTHOR_EXPERTISE, 'Fields of expertise represented among the authors.'),
    industry_involvement: z
      .strictObject({
        involved: bool('Whether industry was involved in the study (employed authors, funding, data, software).'),
        roles: choices(INDUSTRY_ROLES, 'How industry was involved.').optional(),
        companies: texts('Names of the companies involved.', 'a company name').optional(),
      })
      .describe('Industry involvement in the study; `involved` is required when this group is given.')
      .optional(),
  })
  .describe('Who wrote the study: countries, fields of expertise and industry involvement (extraction fields).');

export const Abstract = z
  .strictObject({
    structured: bool(
      'Whether the abstract is structured (labelled parts such as Purpose / Methods / Results / Conclusion). A single unstructured paragraph does not satisfy the abstract item.',
    ).optional(),
    headings: texts('The abstract\'s headings, in order (e.g. ["Purpose", "Methods", "Results", "Conclusion"]).', 'a heading').optional(),
    text: text('The abstract text (optional; for reviewers extracting the paper).').optional(),
  })
  .describe('The abstract (concept: abstract).');

export const Study = z
  .strictObject({
    type: choice(STUDY_TYPES, 'Study type (required): basic research, clinical or epidemiological study.'),
    category: choice(STUDY_CATEGORIES, 'Whether the study assigned an intervention or only observed.').optional(),
    data_collection: choice(
      DATA_COLLECTION,
      'Whether data were collected prospectively (planned before data collection) or retrospectively (existing data) (concept: design_prospective_retrospective).',
    ).optional(),
    design: choice(STUDY_DESIGNS, 'Study design.').optional(),
    goal: choice(
      STUDY_GOALS,
      'What the study sets out to do with the model or test: develop it, validate an existing one, both, or another goal (concept: study_goal).',
    ).optional(),
    objectives: texts('The study\'s aims or objectives, one per entry (concept: objectives).', 'one objective').optional(),
    hypothesis: text('The hypothesis tested, if any (concept: objectives).').optional(),
    background: text('Scientific and clinical background and rationale (concept: background).').optional(),
    intended_use: text('Intended use and clinical role of the model or test: where it fits in the care pathway (concept: background).').optional(),
    intended_users: text('Who is meant to use the model or test (e.g. radiologists, spine surgeons) (concept: usability_end_user).').optional(),
  })
  .describe('The study itself: type (required), category, design, goal and objectives.');

export const Application = z
  .strictObject({
    purposes: choices(APPLICATION_PURPOSES, 'Clinical application(s) of the model.').optional(),
    anatomy: choices(SPINE_REGIONS, 'Spinal region(s) imaged; `other` for a body part outside the spine (name it in other_body_parts).').optional(),
    other_body_parts: texts('Body parts outside the spine that are studied (e.g. ["hip"]).', 'a body part').optional(),
    condition: text('The condition studied (e.g. "lumbar spinal stenosis").').optional(),
    procedure: text('The procedure studied, if any (e.g. "pedicle screw placement").').optional(),
  })
  .describe('Clinical application: purpose, anatomy, condition and procedure (extraction fields; purpose without intended_use counts as partial background).');
