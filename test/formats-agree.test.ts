import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectAll } from '../src/concepts/index.js';
import { readManuscript } from '../src/readers/index.js';
import { MANUSCRIPT, makeDocx, makeManuscriptPdf } from './fixtures/readers/make.js';

/** The same small manuscript as Markdown, DOCX and PDF must give the same concept verdicts. */
describe('one manuscript, three formats, the same verdicts', () => {
  const m = MANUSCRIPT;
  const markdown = [
    `# ${m.title}`,
    '',
    '## Abstract',
    '',
    m.abstract,
    '',
    '## Methods',
    '',
    `${m.methods[0]} ${m.methods[1]} The labels were used as the reference standard for all analyses.`,
    '',
    '## Results',
    '',
    m.results,
    '',
    '## Funding',
    '',
    m.funding,
    '',
    '## References',
    '',
    '1. Smith J. A cited paper that must not be read. Journal 2019.',
    '',
  ].join('\n');

  it('agrees across Markdown, DOCX and PDF, with positions of each kind', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'reportlint-formats-'));
    writeFileSync(join(dir, 'paper.md'), markdown);
    writeFileSync(join(dir, 'paper.docx'), await makeDocx());
    writeFileSync(join(dir, 'paper.pdf'), await makeManuscriptPdf());
    const md = detectAll(await readManuscript(join(dir, 'paper.md')));
    const docx = detectAll(await readManuscript(join(dir, 'paper.docx')));
    const pdf = detectAll(await readManuscript(join(dir, 'paper.pdf')));
    const key = ['funding', 'data_source', 'annotators', 'dates_setting', 'model_description', 'performance_metrics', 'code_availability', 'external_validation'];
    const pick = (f: typeof md) => Object.fromEntries(key.map((k) => [k, f.get(k)!.status]));
    expect(pick(md)).toMatchObject({ funding: 'reported', annotators: 'reported', code_availability: 'missing', external_validation: 'missing' });
    expect(pick(docx)).toEqual(pick(md));
    expect(pick(pdf)).toEqual(pick(md));
    // evidence points back into each original: line/column, paragraph, page
    expect(md.get('funding')!.evidence[0]).toMatchObject({ line: 17 });
    expect(docx.get('funding')!.evidence[0]!.paragraph).toBeGreaterThan(0);
    expect(pdf.get('funding')!.evidence[0]).toMatchObject({ page: 2 });
  });
});
