/**
 * The completed checklist as a journal uploads it (CSV, DOCX), from Word and PDF manuscripts: "Reported on" in the
 * document's own terms (section and paragraph within it for Word, page and line for PDF), never a bare `¶33`.
 */
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkBytes } from '../src/api.js';
import type { CheckResult } from '../src/engine/types.js';
import { wrapResult } from '../src/engine/check.js';
import { checklistCsv } from '../src/reporters/checklist-csv.js';
import { checklistDocx } from '../src/reporters/checklist-docx.js';
import { makeDocx, makeManuscriptPdf } from './fixtures/readers/make.js';
import { expectGolden } from './golden.js';

const DATE = '2026-01-15';
let word: CheckResult;
let pdf: CheckResult;

beforeAll(async () => {
  word = wrapResult([await checkBytes('submission.docx', await makeDocx(), { checklists: 'claim-2024' })]);
  pdf = wrapResult([await checkBytes('submission.pdf', await makeManuscriptPdf(), { checklists: 'claim-2024' })]);
}, 60_000);

/** The "Reported on" column of a checklist CSV (RFC 4180 fields, CRLF rows). */
function reportedOnColumn(csv: string): string[] {
  const rows = csv.trimEnd().split('\r\n').map((r) => [...r.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)].map((m) => m[1]!.replace(/^"|"$/g, '').replace(/""/g, '"')));
  const col = rows[0]!.indexOf('Reported on');
  return rows.slice(1).map((r) => r[col]!);
}

describe('completed checklist from a Word manuscript', () => {
  it('evidence carries its paragraph number within the section', () => {
    const methods = word.files[0]!.concepts.flatMap((c) => c.evidence).filter((e) => e.section === 'Methods');
    expect(methods.length).toBeGreaterThan(0);
    // the fixture's Methods heading is the 5th Word paragraph and its one body paragraph the 6th
    for (const e of methods) expect([e.paragraph, e.sectionParagraph]).toEqual([6, 1]);
  });

  it('CSV: one row per item, places as section and paragraph (golden)', () => {
    const csv = checklistCsv(word, { date: DATE });
    expectGolden('checklists/word.checklist.csv', csv);
    const places = reportedOnColumn(csv);
    expect(places).toHaveLength(word.files[0]!.checklists[0]!.items.length);
    expect(places).toContain('Methods, ¶1');
    for (const p of places) expect(p).toMatch(/^(—|Title|(Abstract|Methods|Statistical analysis|Results|Funding), ¶\d+)(; .*)?$/);
    expect(places.join('\n')).not.toMatch(/(^|; )¶\d/m);
  });

  it('DOCX opened with mammoth: one table row per item after the header, the same places (golden)', async () => {
    const docx = checklistDocx(word, { date: DATE });
    const { value: html, messages } = await mammoth.convertToHtml({ buffer: Buffer.from(docx) });
    expect(messages.filter((m) => m.type === 'error')).toEqual([]);
    const items = word.files[0]!.checklists[0]!.items;
    const rows = [...html.matchAll(/<tr>(.*?)<\/tr>/g)].map((m) => [...m[1]!.matchAll(/<t[dh]>(.*?)<\/t[dh]>/g)].map((c) => c[1]!.replace(/<[^>]+>/g, '')));
    expect(rows[0]).toEqual(['Section', 'Item', 'Topic', 'Reported on', 'Status', 'Evidence']);
    expect(rows.slice(1).map((r) => r[1])).toEqual(items.map((i) => i.id));
    expect(rows.slice(1).map((r) => r[3])).toEqual(reportedOnColumn(checklistCsv(word, { date: DATE })));
    expectGolden('checklists/word.checklist-docx.html', html.replace(/reportlint \d+\.\d+\.\d+\S*/g, 'reportlint <version>').replace(/<\/(p|tr|table|h\d)>/g, '</$1>\n'));
  });
});

describe('completed checklist from a PDF manuscript', () => {
  it('CSV: places as page and line (golden)', () => {
    const csv = checklistCsv(pdf, { date: DATE });
    expectGolden('checklists/pdf.checklist.csv', csv);
    const places = reportedOnColumn(csv).filter((p) => p !== '—');
    expect(places.length).toBeGreaterThan(0);
    for (const p of places) expect(p).toMatch(/^page \d+, line \d+(; page \d+, line \d+)*$/);
  });
});
