/**
 * The structured study description: what an author fills in instead of a free-form checklist, what an editor
 * can require at submission and what a systematic reviewer extracts from each paper. The schema is defined
 * once, with zod: this module assembles `StudyDescription` from the sections in ./schema/ (one module per
 * section of the description, plus the vocabularies and the field building blocks). The JSON Schema
 * (`reportlint schema study`), the TypeScript type, the validation messages and the commented template are all
 * derived from it.
 *
 * Minimal core (the only required fields): `title` and `study.type`. Every other field and group is
 * optional; inside an optional group a few deciding fields are required when the group is given
 * (`external_validation.performed`, `registration.registered`, `code.availability`, ...), so that a group
 * never leaves its main question open. All objects are strict: unknown keys are errors, not silently dropped.
 *
 * Units are in the field names (`_years`, `_percent`, `_tesla`, `_mm`, `_hours`); percentages are 0-100.
 */
import { z } from 'zod';
import { Authors, Abstract, Application, Study } from './schema/study.js';
import { Participants, Sample } from './schema/participants.js';
import { Data, Imaging } from './schema/data.js';
import { ReferenceStandard } from './schema/reference-standard.js';
import { Model, Software, Training } from './schema/model.js';
import { Split } from './schema/split.js';
import { Discussion, Evaluation, ExternalValidation } from './schema/evaluation.js';
import { Availability, Conflicts, Ethics, Funding, Protocol, Registration } from './schema/declarations.js';
import { text, texts } from './schema/field-types.js';

export * from './schema/vocabularies.js';

export const STUDY_SCHEMA_VERSION = 1;

// ---------------------------------------------------------------------------------------------------------
// the description

export const StudyDescription = z
  .strictObject({
    $schema: text('Path or URL of this JSON Schema, for editors (ignored by reportlint).').optional(),
    schema_version: z.literal(STUDY_SCHEMA_VERSION).describe('Version of the study-description format (1).').optional(),
    title: z.string().min(1).describe('Title of the study or manuscript (required; concept: title_id).'),
    doi: text('DOI of the publication, if published (e.g. "10.1000/xyz123").').optional(),
    journal: text('Journal or venue, if published.').optional(),
    year: z.number().int().min(1900).max(2100).describe('Publication year (or year of submission).').optional(),
    reporting_guidelines: texts(
      'Reporting guidelines the authors followed, as checklist ids (claim-2024, tripod-ai-2024, stard-2015, stard-ai-2025, ...) or names.',
      'a checklist id or name',
    ).optional(),
    authors: Authors.optional(),
    abstract: Abstract.optional(),
    study: Study,
    application: Application.optional(),
    imaging: Imaging.optional(),
    participants: Participants.optional(),
    sample: Sample.optional(),
    data: Data.optional(),
    reference_standard: ReferenceStandard.optional(),
    model: Model.optional(),
    training: Training.optional(),
    software: z.array(Software).describe('Software, libraries and frameworks with versions (concept: software).').optional(),
    split: Split.optional(),
    external_validation: ExternalValidation.optional(),
    evaluation: Evaluation.optional(),
    discussion: Discussion.optional(),
    code: Availability('code', 'code_availability').optional(),
    trained_model: Availability('trained model (weights)', 'code_availability').optional(),
    registration: Registration.optional(),
    protocol: Protocol.optional(),
    ethics: Ethics.optional(),
    funding: Funding.optional(),
    conflicts_of_interest: Conflicts.optional(),
  })
  .describe(
    'reportlint structured study description. Required: title and study.type; everything else is optional. Unknown keys are errors.',
  );

export type StudyDescription = z.infer<typeof StudyDescription>;

/** The top-level keys of a study description, in schema order. */
export const STUDY_TOP_LEVEL_KEYS: readonly string[] = Object.keys(StudyDescription.shape);

let cachedJsonSchema: Record<string, unknown> | undefined;

/** The JSON Schema (draft 2020-12) of a study description, for `reportlint schema study > study.schema.json`. */
export function studyJsonSchema(): Record<string, unknown> {
  if (!cachedJsonSchema) {
    const js = z.toJSONSchema(StudyDescription, { target: 'draft-2020-12' }) as Record<string, unknown>;
    cachedJsonSchema = {
      $schema: js.$schema,
      title: 'reportlint study description',
      ...js,
    };
  }
  return structuredClone(cachedJsonSchema);
}
