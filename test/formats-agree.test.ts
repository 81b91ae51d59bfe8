import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectAll } from '../src/concepts/index.js';
import { readManuscript } from '../src/readers/index.js';
import { classifyStudy } from '../src/study-type/classify.js';
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

/** One AI-imaging paper written in every input format: the study type and the checklists chosen must not depend on the format. */
describe('one paper in every format: the same study type and checklists', () => {
  const m = MANUSCRIPT;
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const body = [`${m.methods[0]} ${m.methods[1]} The labels were used as the reference standard for all analyses.`, m.results, m.funding];
  const variants: Record<string, string> = {
    'paper.md': `# ${m.title}\n\n## Abstract\n\n${m.abstract}\n\n## Methods\n\n${body[0]}\n\n## Results\n\n${body[1]}\n\n## Funding\n\n${body[2]}\n`,
    'front.md': `---\ntitle: "${m.title}"\nabstract: "${m.abstract}"\n---\n\n## Methods\n\n${body[0]}\n\n## Results\n\n${body[1]}\n\n## Funding\n\n${body[2]}\n`,
    'paper.txt': `${m.title}\n\nAbstract\n\n${m.abstract}\n\nMethods\n\n${body[0]}\n\nResults\n\n${body[1]}\n\nFunding\n\n${body[2]}\n`,
    'paper.html': `<!doctype html><html><head><title>${esc(m.title)}</title></head><body><h1>${esc(m.title)}</h1><h2>Abstract</h2><p>${esc(m.abstract)}</p><h2>Methods</h2><p>${esc(body[0]!)}</p><h2>Results</h2><p>${esc(body[1]!)}</p><h2>Funding</h2><p>${esc(body[2]!)}</p></body></html>\n`,
    'paper.tex': `\\documentclass{article}\n\\title{${m.title}}\n\\begin{document}\n\\maketitle\n\\begin{abstract}\n${m.abstract}\n\\end{abstract}\n\\section{Methods}\n${body[0]}\n\\section{Results}\n${body[1]}\n\\section*{Funding}\n${body[2]}\n\\end{document}\n`,
    'paper.xml': `<?xml version="1.0"?>\n<article><front><article-meta><title-group><article-title>${esc(m.title)}</article-title></title-group><abstract><p>${esc(m.abstract)}</p></abstract></article-meta></front><body><sec><title>Methods</title><p>${esc(body[0]!)}</p></sec><sec><title>Results</title><p>${esc(body[1]!)}</p></sec></body><back><sec><title>Funding</title><p>${esc(body[2]!)}</p></sec></back></article>\n`,
  };

  it('classifies every version alike and chooses the same checklists', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'reportlint-types-'));
    for (const [f, t] of Object.entries(variants)) writeFileSync(join(dir, f), t);
    writeFileSync(join(dir, 'paper.docx'), await makeDocx());
    writeFileSync(join(dir, 'paper.pdf'), await makeManuscriptPdf());
    const seen: Record<string, string> = {};
    for (const f of [...Object.keys(variants), 'paper.docx', 'paper.pdf']) {
      const ms = await readManuscript(join(dir, f));
      const t = classifyStudy(ms);
      seen[f] = `${ms.title === m.title ? 'title' : `title? ${ms.title}`} | ${t.type} | ${t.checklists.join('+')}`;
    }
    // AI detection on images: CLAIM, and STARD-AI for the diagnostic side
    const expected = `title | ai_imaging | claim-2024+stard-ai-2025`;
    expect(seen).toEqual(Object.fromEntries(Object.keys(seen).map((f) => [f, expected])));
  });
});
