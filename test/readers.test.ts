import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { positionAt, type Block } from '../src/manuscript/model.js';
import { InputError } from '../src/readers/types.js';
import { jatsReader, readJatsString } from '../src/readers/jats/index.js';
import { latexReader, readLatexString } from '../src/readers/latex/index.js';
import { maskRMarkdown } from '../src/readers/rmarkdown.js';
import { htmlReader, readHtmlString } from '../src/readers/html.js';
import { sniffFormat } from '../src/readers/sniff.js';

const FIX = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'readers');
const load = (p: string) => readFileSync(join(FIX, p), 'utf8');
const enc = (s: string) => new TextEncoder().encode(s);

function find(blocks: Block[], needle: string, kind?: Block['kind']): Block {
  const b = blocks.find((x) => x.text.includes(needle) && (!kind || x.kind === kind));
  if (!b) throw new Error(`no block with ${JSON.stringify(needle)}`);
  return b;
}

/** The source position of `needle` in `src`, as the model reports it (1-based line/column, 0-based offset). */
function srcPos(src: string, needle: string, from = 0) {
  const offset = src.indexOf(needle, from);
  if (offset < 0) throw new Error(`not in source: ${needle}`);
  const before = src.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return { line, column, offset };
}

function expectMapped(src: string, block: Block, needle: string, sourceNeedle = needle) {
  const at = positionAt(block, block.text.indexOf(needle));
  const want = srcPos(src, sourceNeedle);
  expect({ line: at.line, column: at.column, offset: at.offset }).toEqual(want);
}

describe('JATS reader', () => {
  const path = join(FIX, 'article.xml');
  const src = load('article.xml');
  const out = jatsReader.read({ path, data: enc(src), text: src }) as ReturnType<typeof readJatsString>;
  const headings = out.blocks.filter((b) => b.kind === 'heading');

  it('reads title, abstract and nested sections with depths and hints', () => {
    expect(out.title).toBe('Deep learning for wrist fracture detection');
    expect(out.blocks[0]!.kind).toBe('title');
    expect(headings.map((h) => [h.text, h.depth, h.sectionHint ?? null])).toEqual([
      ['Abstract', 1, 'abstract'],
      ['Background', 2, 'abstract'],
      ['Methods', 2, 'abstract'],
      ['Introduction', 1, 'introduction'],
      ['Materials and methods', 1, 'methods'],
      ['Participants', 2, null],
      ['Ethics statement', 2, null],
      ['Results', 1, 'results'],
      ['Acknowledgements', 1, 'declarations'],
      ['Funding', 1, 'declarations'],
      ['Competing interests', 1, 'declarations'],
      ['Funding', 1, 'declarations'],
      ['Data Availability', 1, 'declarations'],
    ]);
    expect(out.metadata).toMatchObject({ doi: '10.0000/test.0001', keywords: ['deep learning', 'radiography'] });
  });

  it('gives back matter and front-matter declarations their roles', () => {
    const role = (t: string) => headings.filter((h) => h.text === t).map((h) => h.roleHint);
    expect(role('Acknowledgements')).toEqual(['acknowledgements']);
    expect(role('Competing interests')).toEqual(['competing_interests']);
    expect(role('Funding')).toEqual(['funding', 'funding']);
    expect(role('Data Availability')).toEqual(['data_availability']);
    const idx = out.blocks.findIndex((b) => b.text === 'Data Availability');
    expect(out.blocks[idx + 1]!.text).toBe('All data are available from the Example repository.');
  });

  it('keeps captions and table text, decodes entities, excludes references and sub-articles', () => {
    expect(find(out.blocks, 'Characteristics of the cohort', 'caption').text).toBe('Table 1 Characteristics of the cohort.');
    expect(find(out.blocks, 'Train', 'table').text).toBe('Group | n\nTrain | 100\nTest | 20');
    expect(find(out.blocks, 'ROC curve', 'caption').text).toBe('Figure 1. ROC curve. The curve of the test set.');
    expect(find(out.blocks, 'network on').text).toBe('We trained a network on 1000 images.');
    const all = out.blocks.map((b) => b.text).join('\n');
    expect(all).toContain('aged <80 years between 2015 and 2018.');
    expect(all).not.toContain('must not appear');
    expect(all).not.toContain('peer review comment');
    expect(all).not.toContain('Decision letter');
    expect(all).not.toContain('someone@example.org');
  });

  it('maps block text back to line/column/offset in the XML', () => {
    const p = find(out.blocks, 'We enrolled 120');
    expectMapped(src, p, 'We enrolled');
    // after the &lt; entity and across the collapsed line break
    expectMapped(src, p, '80 years', '80 years');
    expectMapped(src, p, 'between 2015', 'between 2015');
    const at = positionAt(p, p.text.indexOf('<80'));
    expect(at.offset).toBe(src.indexOf('&lt;80'));
    expectMapped(src, find(out.blocks, 'Materials and methods', 'heading'), 'Materials and methods');
    expectMapped(src, find(out.blocks, 'Example repository'), 'All data are available');
  });

  it('throws a one-line InputError for malformed XML', () => {
    const bad = '<?xml version="1.0"?>\n<article>\n  <body><p>Unclosed paragraph</body>\n</article>\n';
    let err: unknown;
    try {
      readJatsString(bad, 'bad.xml');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InputError);
    const msg = (err as InputError).message;
    expect((err as InputError).problem).toMatch(/^malformed XML at line 3, column \d+: /);
    expect(msg).toMatch(/^bad\.xml: malformed XML at line 3, column \d+: /);
    expect(String(err)).toMatch(/^InputError: bad\.xml: malformed XML/);
    expect(msg).not.toContain('\n');
    expect((err as InputError).file).toBe('bad.xml');
  });
});

describe('LaTeX reader', () => {
  const path = join(FIX, 'latex', 'main.tex');
  const src = load('latex/main.tex');
  const out = latexReader.read({ path, data: enc(src), text: src }) as ReturnType<typeof readLatexString>;
  const texts = out.blocks.map((b) => b.text);

  it('reads title, abstract, sections (depths) and expands \\input of a sibling file', () => {
    expect(out.title).toBe('Detecting fractures with a convolutional network');
    const hs = out.blocks.filter((b) => b.kind === 'heading').map((h) => [h.text, h.depth, h.sectionHint ?? null]);
    expect(hs).toEqual([
      ['Abstract', 1, 'abstract'],
      ['Introduction', 1, null],
      ['Methods', 1, null],
      ['Participants', 2, null],
      ['Results', 1, null],
      ['Acknowledgements', 1, null],
    ]);
    const p = find(out.blocks, 'We enrolled 120');
    const at = positionAt(p, 0);
    expect(at.file).toBe(join(FIX, 'latex', 'methods.tex'));
    expect([at.line, at.column]).toEqual([3, 1]);
    expect(find(out.blocks, 'Flow of participants', 'caption').text).toBe('Flow of participants through the study.');
  });

  it('warns (does not crash) on a missing \\input target', () => {
    expect(out.warnings).toEqual([`${path}: \\input target missing_part.tex not found`]);
  });

  it('reduces macros, drops comments, citations, knitr chunks and the bibliography', () => {
    expect(texts).toContain('We trained a convolutional neural network (CNN) on 1000 radiographs.');
    expect(texts).toContain('Fractures are missed in 10% of cases.');
    expect(texts).toContain('The AUC was 0.91 ± 0.02 for FractureNet and classification took <1 s.');
    expect(find(out.blocks, 'Train', 'table').text).toBe('Group | n\nTrain | 100\nTest | 20');
    expect(find(out.blocks, 'Cohort', 'caption').text).toBe('Cohort of the study.');
    const all = texts.join('\n');
    for (const gone of ['comment', 'Commented out', 'rnorm', 'must not appear', 'smith2019', 'documentclass', 'amsmath']) {
      expect(all).not.toContain(gone);
    }
  });

  it('maps positions in the main file', () => {
    expectMapped(src, find(out.blocks, 'Fractures are missed'), 'Fractures are missed');
    expectMapped(src, find(out.blocks, 'Fractures are missed'), 'of cases');
  });

  it('skips knitr chunks in Sweave files and handles starred and nested sectioning', () => {
    const rnw = [
      '\\documentclass{article}',
      '\\begin{document}',
      '\\chapter*{Background}',
      'Text before.',
      '<<plot, fig=TRUE>>=',
      'plot(1:10)',
      '@',
      '\\section{Data}',
      'We used \\Sexpr{nrow(d)} records and \\emph{all} of them.',
      '\\end{document}',
    ].join('\n');
    const r = readLatexString(rnw, 'x.Rnw');
    expect(r.blocks.map((b) => [b.kind, b.text, b.depth ?? null])).toEqual([
      ['heading', 'Background', 1],
      ['paragraph', 'Text before.', null],
      ['heading', 'Data', 2],
      ['paragraph', 'We used records and all of them.', null],
    ]);
  });
});

describe('R Markdown masking', () => {
  const rmd = [
    '---',
    'title: "A study"',
    '---',
    '',
    '```{r setup, include=FALSE}',
    'library(ggplot2)',
    '```',
    '',
    '# Methods',
    '',
    'We enrolled `r nrow(d)` patients <!-- hidden note --> in 2020.',
    '<!--',
    'A commented-out paragraph about annotators.',
    '-->',
    'The value was $p < 0.05$ and `code stays`.',
    '',
    '```python',
    'print("plain fenced code stays")',
    '```',
  ].join('\n');
  const masked = maskRMarkdown(rmd);

  it('keeps length, lines and every unmasked character at its offset', () => {
    expect(masked.length).toBe(rmd.length);
    expect(masked.split('\n').length).toBe(rmd.split('\n').length);
    for (const s of ['# Methods', 'We enrolled', 'patients', 'in 2020.', 'title: "A study"', '`code stays`', 'plain fenced code stays']) {
      expect(masked.indexOf(s)).toBe(rmd.indexOf(s));
    }
  });

  it('blanks code chunks, inline R code and HTML comments', () => {
    expect(masked).not.toContain('library');
    expect(masked).not.toContain('{r setup');
    expect(masked).not.toContain('nrow');
    expect(masked).not.toContain('hidden note');
    expect(masked).not.toContain('annotators');
    expect(masked).not.toContain('<!--');
    expect(masked).toMatch(/We enrolled {10,}patients {20,}in 2020\./);
    expect(masked).toContain('p < 0.05');
  });
});

describe('HTML reader', () => {
  const path = join(FIX, 'article.html');
  const src = load('article.html');
  const out = htmlReader.read({ path, data: enc(src), text: src }) as ReturnType<typeof readHtmlString>;

  it('reads the article body: title, headings, paragraphs, lists, captions, tables', () => {
    expect(out.title).toBe('Deep learning for detecting fractures on radiographs');
    expect(out.blocks.map((b) => `${b.kind}:${b.text}`)).toEqual([
      'title:Deep learning for detecting fractures on radiographs',
      'heading:Abstract',
      'paragraph:We trained a network on 1000 radiographs & tested it on 200.',
      'heading:Methods',
      'paragraph:Images were collected between 2015 and 2018. Two radiologists labelled every image.',
      'list-item:Inclusion: adults aged 18 or over.',
      'list-item:Exclusion: implants.',
      'caption:Figure 1. Study flow diagram.',
      'caption:Table 1. Characteristics',
      'table:Group | n\nTrain | 800',
      'heading:Results',
      'paragraph:The AUC was 0.91 (95% CI 0.88–0.94).',
      'heading:Funding',
      'paragraph:This work was funded by the Example Foundation.',
    ]);
    expect(find(out.blocks, 'Funding', 'heading').roleHint).toBe('funding');
  });

  it('maps positions to the HTML source', () => {
    expectMapped(src, find(out.blocks, 'Images were'), 'Images were');
    expectMapped(src, find(out.blocks, 'Images were'), 'Two radiologists');
    expectMapped(src, find(out.blocks, '1000 radiographs'), 'tested it', 'tested it');
  });

  it('drops a reference list found by a References heading', () => {
    const r = readHtmlString('<body><h2>Intro</h2><p>Text.</p><h2>References</h2><ol><li>Ref one.</li></ol><h2>Appendix</h2><p>More.</p></body>', 'x.html');
    expect(r.blocks.map((b) => b.text)).toEqual(['Intro', 'Text.', 'Appendix', 'More.']);
  });
});

describe('format sniffing', () => {
  const jats = load('article.xml');
  it('prefers content over the extension', () => {
    expect(sniffFormat('a.txt', enc(jats))).toBe('jats');
    expect(sniffFormat('a.xml', enc(jats))).toBe('jats');
    expect(sniffFormat('a.bin', enc('%PDF-1.7\n...'))).toBe('pdf');
    expect(sniffFormat('a.txt', enc('<!DOCTYPE html><html><body><p>x</p></body></html>'))).toBe('html');
    expect(sniffFormat('a.txt', enc('\\documentclass{article}\n\\begin{document}x\\end{document}'))).toBe('latex');
    expect(sniffFormat('notes', enc('\\section{Intro}\nText.'))).toBe('latex');
    expect(sniffFormat('paper.Rmd', enc('# Title\n\nText `r 1+1`.'))).toBe('rmarkdown');
    expect(sniffFormat('paper.md', enc('# Title\n\nText.'))).toBe('markdown');
    expect(sniffFormat('paper', enc('Plain text.'))).toBe('text');
    expect(sniffFormat('x.dat', new Uint8Array([0, 1, 2, 3, 0, 0]))).toBe('unknown-binary');
  });
});
