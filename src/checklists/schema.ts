/**
 * The checklist file format, defined once with zod. The JSON Schema that validates checklist files at load
 * (through ajv, precompiled by scripts/build.mjs), that `reportlint schema checklist` prints and that is
 * committed as checklists/schema.json is generated from it (checklistJsonSchema).
 *
 * Item-id uniqueness, concept keys and rows === items.length are semantic checks done by the loader.
 */
import { z } from 'zod';
import { PRESUPPOSITIONS } from '../concepts/types.js';
import { DONE_PREMISES, ITEM_REQUIREMENTS, type Checklist } from './types.js';

const CHECKLIST_ID = /^[a-z0-9]+(?:[-.][a-z0-9]+)*$/;

/** Manuscript sections an item can be expected in. */
export const ITEM_SECTIONS = ['Title', 'Abstract', 'Title/Abstract', 'Introduction', 'Methods', 'Results', 'Discussion', 'Other'] as const;

/** The kinds of study a TRIPOD-style item applies to (D, E or D;E). */
export const ITEM_APPLICABILITY = ['development', 'evaluation'] as const;

const nonEmpty = () => z.string().min(1);

/** A list without repeated entries (uniqueItems in the JSON Schema). */
function uniqueList<T extends z.ZodType>(element: T) {
  return z
    .array(element)
    .min(1)
    .refine((list) => new Set(list).size === list.length, 'must not repeat entries')
    .meta({ uniqueItems: true });
}

export const ChecklistItemSchema = z
  .strictObject({
    id: z
      .string()
      .regex(/^[A-Za-z0-9]+(?:[._-]?[A-Za-z0-9]+)*$/)
      .max(16)
      .describe('exact published item id, as a string ("7", "10a")'),
    section: z.enum(ITEM_SECTIONS).describe('manuscript section where the item is expected; Title/Abstract means either place'),
    sourceSection: nonEmpty().optional().describe("the guideline's own (sub)section heading"),
    topic: nonEmpty(),
    description: nonEmpty(),
    advice: nonEmpty().optional().describe('one imperative sentence telling an author what to add when the item is missing'),
    concepts: uniqueList(z.string().regex(/^[a-z][a-z0-9_]*$/)).describe('crosswalk concept keys; the item is reported when its concepts are'),
    combine: z.enum(['all', 'any']).optional().describe('all concepts must be reported (default) or any one suffices'),
    conditional: z.boolean().optional().describe('the item applies only if the thing was done ("if done", "if applicable")'),
    appliesTo: uniqueList(z.enum(ITEM_APPLICABILITY)).optional().describe('study types the item applies to; omit when it applies to both'),
    presupposes: uniqueList(z.enum(PRESUPPOSITIONS))
      .optional()
      .describe('study facts the item takes for granted (class_output: a class decision, not only a segmentation; network_training; model_training; prospective_testing); the item is not applicable when the manuscript shows one is false'),
    requires: uniqueList(z.enum(ITEM_REQUIREMENTS))
      .optional()
      .describe('what the item asks for besides its concepts (performance_uncertainty: results with a confidence interval, spread or test); a reported item is partial when the manuscript shows none of it'),
    doneWhen: uniqueList(z.enum(DONE_PREMISES))
      .optional()
      .describe('for a conditional item: situations that show it was done (several_sites: data from several hospitals, centres or cohorts; data_subset: part of a larger data set used; diagnostic_reference: a reference standard classifies the participants); the item then applies even when nothing about it was found'),
    checkWhen: uniqueList(z.enum(DONE_PREMISES))
      .optional()
      .describe('for a conditional item: situations in which it may well have been done (same keys as doneWhen); when one is shown and nothing about the item is found, the item asks for a check by hand instead of being not applicable'),
  })
  .meta({ id: 'item' });

export const ChecklistFileSchema = z
  .strictObject({
    $schema: z.string().optional().describe('optional pointer to this schema, for editors'),
    id: z.string().regex(CHECKLIST_ID).max(64).describe('checklist id used on the command line and in rule ids (lowercase, digits, hyphens)'),
    name: nonEmpty(),
    version: nonEmpty(),
    citation: nonEmpty(),
    doi: z
      .string()
      .regex(/^10\.[0-9]{4,9}\/\S+$/)
      .describe('DOI of the guideline publication, without the https://doi.org/ prefix'),
    url: z.string().regex(/^https?:\/\/\S+$/).describe('official page of the guideline or its checklist'),
    supersedes: z.string().regex(CHECKLIST_ID).optional().describe('id of the checklist this one replaces'),
    appliesTo: z
      .array(nonEmpty())
      .optional()
      .describe('study types this checklist fits (--checklist auto picks it for them), e.g. ai_imaging, prediction_model, diagnostic_accuracy'),
    numberedItems: z.int().min(1).describe('number of numbered items as published (sub-items such as 10a/10b count once)'),
    rows: z.int().min(1).describe('number of rows including sub-items; must equal the length of items'),
    items: z.array(ChecklistItemSchema).min(1),
  })
  .meta({
    title: 'reportlint checklist',
    description:
      'A reporting checklist as data: published item ids, the section each item belongs to, and the reporting concepts (crosswalk keys) that satisfy it. Item-id uniqueness, concept keys and rows === items.length are checked by the loader.',
  });

/** A checklist file as written (before the loader's semantic checks). */
export type ChecklistFile = z.infer<typeof ChecklistFileSchema>;

// The schema and the Checklist type must describe the same data: a valid file (minus $schema) is a Checklist.
type Assignable<T extends U, U> = T;
/** @public compile-time check only */
export type ChecklistFileIsChecklist = Assignable<Omit<ChecklistFile, '$schema'>, Checklist>;

/**
 * The JSON Schema (draft-07, as ajv compiles it by default) of a checklist file. Deterministic: the committed
 * checklists/schema.json is exactly this, pretty-printed (a test fails when it is stale;
 * `node scripts/write-checklist-schema.mjs` rewrites it).
 */
export function checklistJsonSchema(): Record<string, unknown> {
  const js = z.toJSONSchema(ChecklistFileSchema, {
    target: 'draft-7',
    // z.int() adds the safe-integer bounds; a checklist count never comes near them
    override: ({ jsonSchema }) => {
      if (jsonSchema.type === 'integer' && jsonSchema.maximum === Number.MAX_SAFE_INTEGER) delete jsonSchema.maximum;
    },
  }) as Record<string, unknown>;
  const { $schema, title, description, ...rest } = js;
  return { $schema, title, description, ...rest };
}
