/**
 * Every output format of `check --format`, named once: the choices, the help text and the reporter that writes
 * it. `review --export md` is the checklist reporter with a decisions overlay (src/tui/export.ts).
 */
import type { CheckResult } from '../engine/types.js';
import { checklist } from './checklist.js';
import { csv } from './csv.js';
import { json } from './json.js';
import { sarif } from './sarif.js';
import { stylish, type StylishOptions } from './stylish.js';

export type ReporterOptions = StylishOptions;
export type Reporter = (result: CheckResult, opts: ReporterOptions) => string;

export interface OutputFormatRow {
  id: string;
  /** what the format is, for `--help` */
  description: string;
  render: Reporter;
}

export const OUTPUT_FORMATS = [
  { id: 'stylish', description: 'one line per item, per file and checklist', render: stylish },
  { id: 'json', description: 'the versioned JSON contract', render: (r) => json(r) },
  { id: 'checklist', description: 'the completed checklist journals ask for, Markdown', render: (r) => checklist(r) },
  { id: 'sarif', description: 'SARIF 2.1.0 for code scanning and editors', render: (r, o) => sarif(r, o.quiet ? { quiet: true } : {}) },
  { id: 'csv', description: 'one row per file, checklist and item', render: (r) => csv(r) },
] as const satisfies readonly OutputFormatRow[];

export type OutputFormat = (typeof OUTPUT_FORMATS)[number]['id'];

export const REPORTERS: Record<string, Reporter> = Object.fromEntries(OUTPUT_FORMATS.map((f) => [f.id, f.render]));

/** The `--format` choices, in the table's order. */
export const FORMATS: readonly OutputFormat[] = OUTPUT_FORMATS.map((f) => f.id);

/** `stylish (…), json (…), …` for help texts. */
export function outputFormatHelp(): string {
  return OUTPUT_FORMATS.map((f) => `${f.id} (${f.description})`).join(', ');
}
