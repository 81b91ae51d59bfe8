/**
 * Every message of a result, flat: one per checklist item that has something to say (as `itemMessage` decides)
 * and one per manuscript/description disagreement, each with the file it is in (the `\input` file of a LaTeX
 * paper when the place is there). The line-oriented reporters (github, junit) are built on this list.
 */
import type { ItemVerdict } from '../checklists/types.js';
import type { CheckResult, FileResult } from '../engine/types.js';
import { INPUT_FORMATS } from '../readers/formats.js';
import { itemMessage, type Severity } from './stylish.js';

export interface FlatMessage {
  /** the checked file */
  path: string;
  /** the file the place is in: `path`, or the `\input` file of a LaTeX paper, or the study description */
  file: string;
  line?: number;
  column?: number;
  severity: Severity;
  text: string;
  /** `claim-2024/7`, `disagreement/<concept>` */
  ruleId: string;
  checklist?: string;
  item?: ItemVerdict;
}

/** Formats read as bytes (PDF, Word): their places have no line in the file. */
export const BINARY_INPUT_FORMATS: ReadonlySet<string> = new Set(INPUT_FORMATS.filter((f) => f.binary).map((f) => f.id));

/** The messages of one file, in report order. */
export function fileMessages(file: FileResult, opts: { quiet?: boolean; verbose?: boolean } = {}): FlatMessage[] {
  const out: FlatMessage[] = [];
  const lines = !BINARY_INPUT_FORMATS.has(file.format);
  for (const cl of file.checklists) {
    for (const it of cl.items) {
      const m = itemMessage(it, opts.verbose);
      if (!m || (opts.quiet && m.severity !== 'error')) continue;
      const p = it.place ?? {};
      out.push({
        path: file.path,
        file: p.file ?? file.path,
        ...(lines && p.line !== undefined ? { line: p.line, ...(p.column !== undefined ? { column: p.column } : {}) } : {}),
        severity: m.severity,
        text: m.text,
        ruleId: `${cl.id}/${it.id}`,
        checklist: cl.id,
        item: it,
      });
    }
  }
  if (opts.quiet) return out;
  for (const d of file.disagreements ?? []) {
    const e = d.evidence.find((x) => !x.file || x.file === file.path) ?? d.evidence[0];
    out.push({
      path: file.path,
      file: e?.file ?? file.path,
      ...(e?.line !== undefined ? { line: e.line, ...(e.column !== undefined ? { column: e.column } : {}) } : {}),
      severity: 'warning',
      text: d.message,
      ruleId: `disagreement/${d.concept}`,
    });
  }
  return out;
}

export function allMessages(result: CheckResult, opts: { quiet?: boolean; verbose?: boolean } = {}): FlatMessage[] {
  return result.files.flatMap((f) => fileMessages(f, opts));
}
