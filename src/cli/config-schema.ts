/**
 * The configuration file format (`.reportlintrc*`, or the "reportlint" field of package.json), defined once
 * with zod. Loaded only when a configuration file is found (see config.ts).
 */
import { z } from 'zod';
import { FORMATS } from '../reporters/index.js';
import { FAIL_ON_LEVELS } from './config-values.js';
import { LIMIT_NAMES } from '../limits.js';

export const ConfigSchema = z
  .strictObject({
    checklist: z
      .union([z.string(), z.array(z.string())])
      .optional()
      .describe('auto, all, or bundled ids and/or checklist files: a comma-separated string or a list'),
    failOn: z.enum(FAIL_ON_LEVELS).optional().describe('exit 1 when an item is at or above this level'),
    format: z.enum(FORMATS as [string, ...string[]]).optional().describe('output format (a formatter module is given on the command line: --format ./my.js)'),
    quiet: z.boolean().optional().describe('report errors (missing items) only'),
    verbose: z.boolean().optional().describe('also list reported and not-applicable items with their evidence'),
    explain: z.boolean().optional().describe('show why each item was judged as it was'),
    color: z.boolean().optional().describe('force (true) or disable (false) colours'),
    limits: z
      .partialRecord(z.enum(Object.keys(LIMIT_NAMES) as [string, ...string[]]), z.union([z.string(), z.number().int().positive()]))
      .optional()
      .describe('limits per document, as for --limit: {text-bytes: 16MB, time: 120s, …}'),
    rules: z
      .record(z.string().regex(/^[a-z0-9][a-z0-9.-]*\/(\*|[A-Za-z0-9.-]+)$/, 'a checklist item: "<checklist>/<item>" or "<checklist>/*"'), z.enum(['off', 'warn', 'error']))
      .optional()
      .describe('per checklist item ("claim-2024/11", or "claim-2024/*" for all): "off" (waived), "warn" or "error"'),
    maxWarnings: z.number().int().min(0).optional().describe('exit 1 when there are more warnings than this'),
    ignorePatterns: z.array(z.string()).optional().describe('gitignore-style patterns of files not to check, besides .reportlintignore'),
  })
  .meta({ title: 'reportlint configuration' });

