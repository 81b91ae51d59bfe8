/**
 * Every output format of `check --format`, named once: the choices, the help text and the reporter that writes
 * it. A formatter plugin (`--format ./my.js`, or a package) is loaded by src/reporters/plugin.ts. `review --export md|csv|docx` runs the checklist reporters from this table with a decisions overlay
 * (src/tui/export.ts).
 */
import type { CheckResult } from '../engine/types.js';
import { checklist } from './checklist.js';
import { checklistCsv } from './checklist-csv.js';
import { checklistDocx } from './checklist-docx.js';
import type { ChecklistReportOptions } from './checklist-model.js';
import { csv } from './csv.js';
import { github } from './github.js';
import { html } from './html.js';
import { junit } from './junit.js';
import { ndjson } from './ndjson.js';
import { json } from './json.js';
import { sarif } from './sarif.js';
import { stylish, type StylishOptions } from './stylish.js';

export type ReporterOptions = StylishOptions & ChecklistReportOptions;
/** text, or bytes for a binary format (`binary: true` in the table) */
export type Reporter = (result: CheckResult, opts: ReporterOptions) => string | Uint8Array;

export interface OutputFormatRow {
  id: string;
  /** what the format is, for `--help` */
  description: string;
  render: Reporter;
  /** bytes, not text: never written to a terminal */
  binary?: boolean;
}

const checklistOptions = (o: ReporterOptions): ChecklistReportOptions => ({ ...(o.date ? { date: o.date } : {}), ...(o.overlay ? { overlay: o.overlay } : {}) });

export const OUTPUT_FORMATS = [
  { id: 'stylish', description: 'one line per item, per file and checklist', render: stylish },
  { id: 'json', description: 'the versioned JSON contract', render: (r) => json(r) },
  { id: 'checklist', description: 'the completed checklist journals ask for, Markdown', render: (r, o) => checklist(r, checklistOptions(o)) },
  { id: 'sarif', description: 'SARIF 2.1.0 for code scanning and editors', render: (r, o) => sarif(r, { ...(o.quiet ? { quiet: true } : {}), ...(o.inputErrors?.length ? { inputErrors: o.inputErrors } : {}) }) },
  { id: 'csv', description: 'one row per file, checklist and item', render: (r) => csv(r) },
  { id: 'checklist-csv', description: 'the completed checklist as CSV, the columns of its table', render: (r, o) => checklistCsv(r, checklistOptions(o)) },
  { id: 'github', description: 'GitHub Actions annotations (::error file=…,line=…::)', render: (r, o) => github(r, o.quiet ? { quiet: true } : {}) },
  { id: 'junit', description: 'JUnit XML for CI test reports, a test case per item', render: (r, o) => junit(r, { ...(o.quiet ? { quiet: true } : {}), ...(o.inputErrors?.length ? { inputErrors: o.inputErrors } : {}) }) },
  { id: 'html', description: 'one self-contained HTML page: summary bars, items with evidence', render: (r) => html(r) },
  { id: 'ndjson', description: 'one JSON line per file, written as each file is checked', render: (r) => ndjson(r) },
  { id: 'checklist-docx', description: 'the completed checklist as a Word document (.docx; with --output or a redirect)', render: (r, o) => checklistDocx(r, checklistOptions(o)), binary: true },
] as const satisfies readonly OutputFormatRow[];

export type OutputFormat = (typeof OUTPUT_FORMATS)[number]['id'];

export const REPORTERS: Record<string, Reporter> = Object.fromEntries(OUTPUT_FORMATS.map((f) => [f.id, f.render]));

/** Formats that write bytes (a .docx), not text. */
export const BINARY_OUTPUT_FORMATS: ReadonlySet<string> = new Set(OUTPUT_FORMATS.filter((f): f is Extract<(typeof OUTPUT_FORMATS)[number], { binary: true }> => 'binary' in f && f.binary).map((f) => f.id));

/** The `--format` choices, in the table's order. */
export const FORMATS: readonly OutputFormat[] = OUTPUT_FORMATS.map((f) => f.id);

/** `stylish (…), json (…), …` for help texts. */
export function outputFormatHelp(): string {
  return OUTPUT_FORMATS.map((f) => `${f.id} (${f.description})`).join(', ');
}
