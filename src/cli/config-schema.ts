/**
 * The configuration file format (`.reportlintrc*`, or the "reportlint" field of package.json), defined once
 * with zod. Loaded only when a configuration file is found (see config.ts).
 */
import { z } from 'zod';
import { FORMATS } from '../reporters/index.js';
import { FAIL_ON_LEVELS } from './config-values.js';
import { LIMIT_NAMES } from '../limits.js';

const checklist = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .describe('auto, all, or bundled ids and/or checklist files: a comma-separated string or a list');
const failOn = z.enum(FAIL_ON_LEVELS).optional().describe('exit 1 when an item is at or above this level');
const rules = z
  .record(z.string().regex(/^[a-z0-9][a-z0-9.-]*\/(\*|[A-Za-z0-9.-]+)$/, 'a checklist item: "<checklist>/<item>" or "<checklist>/*"'), z.enum(['off', 'warn', 'error']))
  .optional()
  .describe('per checklist item ("claim-2024/11", or "claim-2024/*" for all): "off" (waived), "warn" or "error"');
const globs = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)], {
  error: (iss) => (iss.input === undefined ? 'is required: a glob or a list of globs' : 'expected a glob or a list of globs'),
});

/** One entry of `overrides`: settings for the files its globs match (relative to the configuration's folder). */
const OverrideSchema = z.strictObject({
  files: globs.describe('glob(s) of the files this entry applies to, relative to the folder of the configuration file; a pattern without "/" matches the file name anywhere'),
  excludedFiles: globs.optional().describe('glob(s) of files the entry does not apply to, though "files" matches them'),
  checklist,
  failOn,
  rules,
});

export const ConfigSchema = z
  .strictObject({
    extends: z
      .union([z.string().min(1), z.array(z.string().min(1))])
      .optional()
      .describe('other configuration files this one builds on (paths relative to this file, or packages), merged first to last, then this file'),
    checklist,
    failOn,
    format: z.enum(FORMATS as [string, ...string[]]).optional().describe('output format (a formatter module is given on the command line: --format ./my.js)'),
    quiet: z.boolean().optional().describe('report errors (missing items) only'),
    verbose: z.boolean().optional().describe('also list reported and not-applicable items with their evidence'),
    explain: z.boolean().optional().describe('show why each item was judged as it was'),
    color: z.boolean().optional().describe('force (true) or disable (false) colours'),
    limits: z
      .partialRecord(z.enum(Object.keys(LIMIT_NAMES) as [string, ...string[]]), z.union([z.string(), z.number().int().positive()]))
      .optional()
      .describe('limits per document, as for --limit: {text-bytes: 16MB, time: 120s, …}'),
    rules,
    maxWarnings: z.number().int().min(0).optional().describe('exit 1 when there are more warnings than this'),
    ignorePatterns: z.array(z.string()).optional().describe('gitignore-style patterns of files not to check (relative to the folder of the configuration file), besides .reportlintignore'),
    overrides: z.array(OverrideSchema).optional().describe('settings for some files only: checklist, failOn and rules per glob; later entries win'),
  })
  .meta({ title: 'reportlint configuration' });


/** The JSON Schema (draft 2020-12) of a configuration file, for `reportlint schema config` (editors' completion). */
export function configJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(ConfigSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
}
