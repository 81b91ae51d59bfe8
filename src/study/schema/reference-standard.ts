/**
 * Study-description schema, reference standard: its definition and method, the annotators and annotation tool,
 * rater variability and blinding.
 */
import { z } from 'zod';
import { bool, choice, count, text, texts } from './field-types.js';
import { REFERENCE_METHODS } from './vocabularies.js';

const Annotators = z
  .strictObject({
    number: count('How many annotators/readers produced the reference labels.').optional(),
    expertise: texts('Expertise of each annotator (e.g. ["musculoskeletal radiologist", "spine surgeon"]).', 'one annotator\'s expertise').optional(),
    years_experience: z
      .array(z.number().min(0).describe('Years of experience.'))
      .describe('Years of experience of each annotator, in the order of `expertise`.')
      .optional(),
    description: text('How annotation was organised (independent reads, consensus, adjudication).').optional(),
  })
  .describe('Who produced the reference labels and their qualifications (concept: annotators).');

const RaterVariability = z
  .strictObject({
    metric: text('Agreement measure (e.g. "Cohen\'s kappa", "ICC", "Dice").').optional(),
    value: z.number().describe('Agreement value.').optional(),
    description: text('How inter-/intra-rater variability was measured and handled.').optional(),
  })
  .describe('Inter-/intra-rater variability of the reference standard (concept: rater_variability).');

const Blinding = z
  .strictObject({
    blinded: bool('Whether assessors of the reference standard / index test were blinded to other results.'),
    description: text('Who was blinded to what.').optional(),
  })
  .describe('Blinding (concept: blinding); `blinded` is required when this group is given.');

export const ReferenceStandard = z
  .strictObject({
    definition: text('The reference standard / ground truth / outcome definition (e.g. "Lee grade of central canal stenosis per level").').optional(),
    method: choice(REFERENCE_METHODS, 'How the reference standard was obtained.').optional(),
    rationale: text('Why this reference standard was chosen (concept: reference_standard_rationale).').optional(),
    annotators: Annotators.optional(),
    annotation_tool: text('Software used for annotation (e.g. "3D Slicer 5.2") (concept: annotation_tools).').optional(),
    test_set_annotation: text('How the test set was annotated, if differently from the training set (concept: test_set_annotation).').optional(),
    rater_variability: RaterVariability.optional(),
    blinding: Blinding.optional(),
    time_interval: text('Time between index imaging and reference standard (concept: time_interval).').optional(),
  })
  .describe('Reference standard and annotation (concepts: reference_standard, annotators, ...).');
