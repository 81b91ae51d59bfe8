/**
 * The completed checklist (checklist-model.ts) as CSV, RFC 4180: one row per file, checklist and item, in the
 * columns of the Markdown table (with an overlay, the reviewer's columns too), for a journal's spreadsheet.
 */
import type { CheckResult } from '../engine/types.js';
import { checklistColumns, checklistDocuments, rowCells, type ChecklistReportOptions } from './checklist-model.js';
import { csvField } from './csv.js';

/** One line; text a spreadsheet would run as a formula (=, +, -, @ first) gets a leading apostrophe. */
function text(s: string): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return /^[=+\-@]/.test(one) ? `'${one}` : one;
}

export function checklistCsv(result: CheckResult, opts: ChecklistReportOptions = {}): string {
  const reviewed = Boolean(opts.overlay);
  const rows = [['File', 'Checklist', ...checklistColumns(reviewed)].map(csvField).join(',')];
  for (const doc of checklistDocuments(result, opts)) {
    for (const cl of doc.checklists) {
      for (const row of cl.rows) rows.push([doc.path, cl.id, ...rowCells(row, reviewed)].map((c) => csvField(text(c))).join(','));
    }
  }
  return rows.join('\r\n') + '\r\n';
}
