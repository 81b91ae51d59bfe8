/**
 * One row per (file, checklist, item), RFC 4180, for editors' spreadsheets. The position columns are those of the
 * first evidence (empty when the item has none, so a missing item never looks "reported on line N").
 */
import type { CheckResult } from '../engine/types.js';

export const CSV_HEADER = ['file', 'checklist', 'item', 'section', 'topic', 'status', 'not_done', 'line', 'column', 'page', 'paragraph', 'evidence'] as const;

/** RFC 4180: quote a field that holds a comma, a quote or a line break; double the quotes inside. */
export function csvField(v: string | number | undefined): string {
  const s = v === undefined ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * Text from a manuscript that a spreadsheet would run as a formula (=, +, -, @ first) gets a leading apostrophe,
 * the usual guard against CSV formula injection.
 */
function text(s: string): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return /^[=+\-@]/.test(one) ? `'${one}` : one;
}

export function csv(result: CheckResult): string {
  const rows: string[] = [CSV_HEADER.join(',')];
  for (const file of result.files) {
    for (const cl of file.checklists) {
      for (const it of cl.items) {
        // an uncertain "missing" carries its candidate sentence, with the status saying so
        const e = it.evidence[0] ?? it.candidate;
        rows.push(
          [file.path, cl.id, it.id, it.section, text(it.topic), it.candidate ? 'not-found-check' : it.status, it.notDone ? 1 : 0, e?.line, e?.column, e?.page, e?.paragraph, e ? text(e.text) : '']
            .map(csvField)
            .join(','),
        );
      }
    }
  }
  // RFC 4180 ends every record with CRLF
  return rows.join('\r\n') + '\r\n';
}
