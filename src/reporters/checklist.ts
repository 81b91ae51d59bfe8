/**
 * The completed checklist journals ask authors to upload: per file, a Markdown document; per checklist, a table in
 * the guideline's item order saying where each item is reported, with a short quote of the evidence. The content
 * is checklist-model.ts's (shared with the CSV and Word layouts); this file is its Markdown.
 *
 * With a decisions overlay (`review --export md`), the table shows the automatic status, the reviewer's decision
 * and note, the corrected places and evidence, and the summary counts the statuses after review.
 */
import type { CheckResult } from '../engine/types.js';
import { checklistColumns, checklistDocuments, rowCells, type ChecklistDocument, type ChecklistReportOptions } from './checklist-model.js';

/** A table cell: one line, pipes and backslashes escaped (GFM). */
function cell(s: string): string {
  return s.replace(/\s+/g, ' ').trim().replace(/\\/g, '\\\\').replace(/\|/g, '\\|');
}

function markdown(doc: ChecklistDocument): string[] {
  const out = [`# Reporting checklist: ${doc.title ?? doc.path}`, ''];
  out.push(`- **Manuscript:** ${doc.title ? `${doc.title} (\`${doc.path}\`)` : `\`${doc.path}\``}`);
  out.push(`- **Checklist${doc.checklistNames.length === 1 ? '' : 's'}:** ${doc.checklistNames.length ? doc.checklistNames.join('; ') : 'none'}`);
  if (doc.studyTypeNote) out.push(`- **Study type:** ${doc.studyTypeNote}`);
  out.push(`- **Date:** ${doc.date}`);
  out.push(`- **Completed by:** ${doc.completedBy}`);
  for (const w of doc.warnings) out.push(`- **Warning:** ${w}`);
  const columns = checklistColumns(doc.reviewed);
  for (const cl of doc.checklists) {
    out.push('', `## ${cl.name}`, '');
    out.push(`- **Checklist id:** \`${cl.id}\``);
    const doi = cl.doi ? `[doi:${cl.doi}](https://doi.org/${cl.doi})` : '';
    if (cl.citation || doi) out.push(`- **Citation:** ${[cl.citation, doi].filter(Boolean).join(' ')}`);
    if (cl.url) out.push(`- **URL:** <${cl.url}>`);
    out.push('', `| ${columns.join(' | ')} |`, `|${columns.map(() => '---|').join('')}`);
    for (const row of cl.rows) {
      const cells = rowCells(row, doc.reviewed).map(cell);
      // the reviewer's own status stands out
      if (row.reviewer?.how === 'override') cells[5] = `**${cell(row.reviewer.word)}** (override)`;
      out.push(`| ${cells.join(' | ')} |`);
    }
    out.push('', `**Summary${doc.reviewed ? ' (after review)' : ''}:** ${cl.summary}.`);
  }
  out.push('', `> ${doc.remark}`);
  return out;
}

export function checklist(result: CheckResult, opts: ChecklistReportOptions = {}): string {
  return checklistDocuments(result, opts)
    .map((d) => markdown(d).join('\n') + '\n')
    .join('\n---\n\n');
}
