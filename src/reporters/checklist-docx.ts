/**
 * The completed checklist (checklist-model.ts) as a Word document (.docx): the same facts, one table per
 * checklist with the same columns as the Markdown, the summary and the closing remark. A minimal package
 * (content types, one relationship, the document part), landscape A4, zipped by src/util/zip.ts.
 */
import type { CheckResult } from '../engine/types.js';
import { zip } from '../util/zip.js';
import { checklistColumns, checklistDocuments, rowCells, type ChecklistDocument, type ChecklistReportOptions } from './checklist-model.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** Text for XML: escaped, without the control characters XML 1.0 forbids. */
function esc(s: string): string {
  return s
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function run(text: string, opts: { bold?: boolean; size?: number } = {}): string {
  const props = `${opts.bold ? '<w:b/>' : ''}${opts.size ? `<w:sz w:val="${opts.size}"/>` : ''}`;
  return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}<w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;
}

function para(...runs: string[]): string {
  return `<w:p>${runs.join('')}</w:p>`;
}

const heading = (text: string, size: number) => para(run(text, { bold: true, size }));
const fact = (label: string, value: string) => para(run(`${label}: `, { bold: true }), run(value));

/** Column widths in twentieths of a point; the evidence column takes the rest of a landscape A4 line. */
function widths(reviewed: boolean): number[] {
  const fixed = reviewed ? [1300, 600, 2300, 1700, 1300, 1600, 1900] : [1500, 700, 3200, 2100, 1500];
  return [...fixed, 14570 - fixed.reduce((a, b) => a + b, 0)];
}

function table(header: string[], rows: string[][], reviewed: boolean): string {
  const w = widths(reviewed);
  const border = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="808080"/>`;
  const cellXml = (text: string, i: number, bold: boolean) =>
    `<w:tc><w:tcPr><w:tcW w:w="${w[i]}" w:type="dxa"/></w:tcPr>${para(run(text, { bold, size: 18 }))}</w:tc>`;
  const tr = (cells: string[], head: boolean) => `<w:tr>${head ? '<w:trPr><w:tblHeader/></w:trPr>' : ''}${cells.map((c, i) => cellXml(c, i, head)).join('')}</w:tr>`;
  return (
    `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('')}</w:tblBorders></w:tblPr>` +
    `<w:tblGrid>${w.map((x) => `<w:gridCol w:w="${x}"/>`).join('')}</w:tblGrid>` +
    tr(header, true) +
    rows.map((r) => tr(r, false)).join('') +
    '</w:tbl>'
  );
}

function body(doc: ChecklistDocument): string[] {
  const out = [heading(`Reporting checklist: ${doc.title ?? doc.path}`, 32)];
  out.push(fact('Manuscript', doc.title ? `${doc.title} (${doc.path})` : doc.path));
  out.push(fact(`Checklist${doc.checklistNames.length === 1 ? '' : 's'}`, doc.checklistNames.length ? doc.checklistNames.join('; ') : 'none'));
  out.push(fact('Date', doc.date));
  out.push(fact('Completed by', doc.completedBy));
  if (doc.studyTypeNote) out.push(fact('Study type', doc.studyTypeNote));
  for (const w of doc.warnings) out.push(fact('Warning', w));
  for (const cl of doc.checklists) {
    out.push(heading(cl.name, 26));
    out.push(fact('Checklist id', cl.id));
    const doi = cl.doi ? `doi:${cl.doi}` : '';
    if (cl.citation || doi) out.push(fact('Citation', [cl.citation, doi].filter(Boolean).join(' ')));
    if (cl.url) out.push(fact('URL', cl.url));
    out.push(table(checklistColumns(doc.reviewed), cl.rows.map((r) => rowCells(r, doc.reviewed).map((c) => c.replace(/\s+/g, ' ').trim())), doc.reviewed));
    out.push(fact(`Summary${doc.reviewed ? ' (after review)' : ''}`, `${cl.summary}.`));
  }
  out.push(para(run(doc.remark)));
  return out;
}

export function checklistDocx(result: CheckResult, opts: ChecklistReportOptions = {}): Uint8Array {
  const paragraphs = checklistDocuments(result, opts).flatMap(body);
  const document =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W}"><w:body>${paragraphs.join('')}` +
    '<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>' +
    '</w:body></w:document>';
  return zip([
    {
      name: '[Content_Types].xml',
      data:
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    },
    {
      name: '_rels/.rels',
      data:
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    },
    { name: 'word/document.xml', data: document },
  ]);
}
