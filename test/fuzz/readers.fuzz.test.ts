// Property tests (fast-check) for every reader, the manuscript builder and the detectors: random and
// structure-aware inputs (nesting, tables, entities, braces, zip structure, PDF bytes) never raise anything but a
// one-line reportlint error, stay within the time limit, and give results that follow the JSON contract.
// `npm test` runs a few hundred cases; `npm run fuzz` (FUZZ_RUNS=10000) runs ten thousand per property.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/api.js';
import { ReportlintError } from '../../src/errors.js';
import { readManuscriptData, type InputFormat } from '../../src/readers/index.js';
import { docx, zip } from '../hostile/zip.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 40);
const TIME_MS = 5000;

/** Read and check `data` as `format`: a result that follows the contract, or a one-line reportlint error. */
async function outcome(format: InputFormat, data: Uint8Array): Promise<void> {
  const t0 = performance.now();
  let ms;
  try {
    ms = await readManuscriptData(`fuzz.${format}`, data, format);
  } catch (e) {
    if (!(e instanceof ReportlintError)) throw e;
    expect(e.message).toMatch(/^fuzz\.\w+: /);
    expect(e.message).not.toContain('\n');
    return;
  }
  const r = JSON.parse(JSON.stringify(await check(ms, { checklists: 'claim-2024,tripod-ai-2024' })));
  expect(performance.now() - t0).toBeLessThan(TIME_MS);
  expect(r.tool).toBe('reportlint');
  for (const f of r.files) {
    for (const c of f.concepts) {
      expect(['reported', 'partial', 'missing']).toContain(c.status);
      for (const e of c.evidence) expect(typeof e.text).toBe('string');
    }
    for (const cl of f.checklists) for (const i of cl.items) expect(['reported', 'partial', 'missing', 'not-applicable', 'needs-review']).toContain(i.status);
  }
}

const enc = (s: string) => new TextEncoder().encode(s);
const words = fc.constantFrom('We', 'trained', 'a', 'model', 'on', '300', 'patients', 'data', 'available', 'at', 'https://github.com/x/y', 'AUC', '0.91', 'e.g.', 'Fig. 2', 'et al.', '&amp;', '&nbsp;', '&#x1b;', '\u0000', '\u202e', '\t', 'é', '—');
const sentence = fc.array(words, { minLength: 1, maxLength: 12 }).map((w) => `${w.join(' ')}.`);
const heading = fc.constantFrom('Abstract', 'Methods', 'Results', 'Discussion', 'Data availability', 'References', 'Introduction');

describe('fuzz: Markdown, text, R Markdown', () => {
  const inline = fc.letrec((tie) => ({
    node: fc.oneof({ depthSize: 'small' }, sentence, tie('em'), tie('link'), fc.constantFrom('*', '_', '[', ']', '`', '|', '\\', '<!--', '-->', '```')),
    em: fc.tuple(fc.constantFrom('*', '**', '_', '~~'), tie('node')).map(([d, n]) => `${d}${n}${d}`),
    link: tie('node').map((n) => `[${n}](https://x.org)`),
  })).node;
  const block = fc.oneof(
    fc.tuple(fc.integer({ min: 1, max: 6 }), heading).map(([d, h]) => `${'#'.repeat(d)} ${h}`),
    fc.array(inline, { maxLength: 6 }).map((xs) => xs.join(' ')),
    fc.tuple(fc.integer({ min: 0, max: 300 }), sentence).map(([d, s]) => `${'> '.repeat(d)}${s}`),
    fc.tuple(fc.integer({ min: 0, max: 300 }), sentence).map(([d, s]) => `${'  '.repeat(d)}- ${s}`),
    fc.tuple(fc.integer({ min: 0, max: 50 }), sentence).map(([n, s]) => `| a | b |\n|---|---|\n${`| ${s} | x |\n`.repeat(n)}`),
    fc.integer({ min: 0, max: 200 }).map((n) => '\n'.repeat(n)),
    fc.constantFrom('---\ntitle: x\n---', '```\ncode\n', '<!-- open comment', '[^1]: note', '[ref]: https://x.org'),
  );
  const doc = fc.array(block, { maxLength: 20 }).map((bs) => bs.join('\n\n'));

  it('markdown', async () => {
    await fc.assert(fc.asyncProperty(doc, (t) => outcome('markdown', enc(t))), { numRuns: RUNS * 2 });
  });
  it('text', async () => {
    await fc.assert(fc.asyncProperty(doc, (t) => outcome('text', enc(t))), { numRuns: RUNS });
  });
  it('rmarkdown', async () => {
    const rmd = fc.tuple(doc, fc.constantFrom('```{r}\nx <- 1\n', '```{r}\nx <- 1\n```\n', '`r 1+1`')).map(([d, c]) => `${c}\n${d}`);
    await fc.assert(fc.asyncProperty(rmd, (t) => outcome('rmarkdown', enc(t))), { numRuns: RUNS });
  });
  it('any bytes', async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 3000 }), fc.constantFrom<InputFormat>('markdown', 'text', 'html', 'jats', 'latex'), async (b, f) => {
      try {
        await outcome(f, b);
      } catch (e) {
        // decodeText refuses undecodable bytes before any reader: also a reportlint error
        if (!(e instanceof ReportlintError)) throw e;
      }
    }), { numRuns: RUNS });
  });
});

describe('fuzz: markup (HTML, JATS XML)', () => {
  const tags = fc.constantFrom('div', 'p', 'b', 'i', 'section', 'h1', 'h2', 'table', 'tr', 'td', 'ul', 'li', 'script', 'sec', 'title', 'list', 'list-item', 'xref', 'fn');
  const el = fc.letrec((tie) => ({
    node: fc.oneof({ depthSize: 'small' }, sentence, tie('el'), fc.constantFrom('<', '>', '&', '&unknown;', '<!--', ']]>', '<![CDATA[x', '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>', '&e;')),
    el: fc.tuple(tags, fc.array(tie('node'), { maxLength: 4 }), fc.boolean()).map(([t, kids, close]) => `<${t}>${kids.join('')}${close ? `</${t}>` : ''}`),
  })).node;
  const deep = fc.tuple(tags, fc.integer({ min: 0, max: 400 }), sentence).map(([t, n, s]) => `${`<${t}>`.repeat(n)}${s}${`</${t}>`.repeat(n)}`);
  const body = fc.array(fc.oneof(el, deep), { maxLength: 8 }).map((xs) => xs.join(''));

  it('html', async () => {
    await fc.assert(fc.asyncProperty(body, (b) => outcome('html', enc(`<html><body><article>${b}</article></body></html>`))), { numRuns: RUNS });
  });
  it('jats', async () => {
    await fc.assert(fc.asyncProperty(body, (b) => outcome('jats', enc(`<?xml version="1.0"?><article><front><article-meta><title-group><article-title>T</article-title></title-group></article-meta></front><body>${b}</body></article>`))), { numRuns: RUNS });
  });
});

describe('fuzz: LaTeX', () => {
  const piece = fc.oneof(
    sentence,
    heading.map((h) => `\\section{${h}}`),
    fc.constantFrom('{', '}', '[', ']', '\\begin{itemize}', '\\end{itemize}', '\\item', '\\item[', '\\textbf{', '\\newcommand\\x[', '\\newacronym{', '%', '$', '$$', '\\verb|x', '\\input{missing}', '\\input{../../etc/passwd}', '\\input{/etc/passwd}', '\\caption{', '\\begin{table}', '\\\\', '&'),
    fc.integer({ min: 0, max: 400 }).map((n) => `${'{'.repeat(n)}x${'}'.repeat(n)}`),
  );
  const tex = fc.array(piece, { maxLength: 30 }).map((ps) => `\\documentclass{article}\n\\begin{document}\n${ps.join(' ')}\n\\end{document}\n`);
  it('latex', async () => {
    await fc.assert(fc.asyncProperty(tex, (t) => outcome('latex', enc(t))), { numRuns: RUNS * 2 });
  });
});

describe('fuzz: DOCX zip structure and PDF objects', () => {
  it('docx: random paragraphs, entries, lying sizes and damaged bytes', async () => {
    const archive = fc.oneof(
      fc.array(sentence, { maxLength: 8 }).map((ps) => docx(['Methods', ...ps])),
      fc.tuple(fc.array(sentence, { maxLength: 4 }), fc.integer({ min: 0, max: 1 << 20 })).map(([ps, n]) => docx(ps, { declaredSize: n })),
      fc.array(fc.record({ name: fc.constantFrom('word/document.xml', '[Content_Types].xml', '_rels/.rels', 'x'), data: fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.from(b)) }), { maxLength: 4 }).map((es) => zip(es)),
    );
    const damaged = fc.tuple(archive, fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 4 }), fc.nat()).map(([b, flips, cut]) => {
      const c = Buffer.from(b);
      for (const [at, v] of flips) c[at % c.length] = v;
      return flips.length % 2 ? c.subarray(0, Math.max(4, cut % c.length)) : c;
    });
    await fc.assert(fc.asyncProperty(fc.oneof(archive, damaged), (b) => outcome('docx', new Uint8Array(b))), { numRuns: RUNS });
  });

  it('pdf: byte flips and truncations of a small PDF', async () => {
    const { PDFDocument, StandardFonts } = await import('pdf-lib');
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    doc.addPage().drawText('Methods. We trained a model on three hundred scans.', { x: 50, y: 700, size: 10, font });
    const good = Buffer.from(await doc.save({ useObjectStreams: false }));
    const mutated = fc.tuple(fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 6 }), fc.option(fc.nat())).map(([flips, cut]) => {
      const c = Buffer.from(good);
      for (const [at, v] of flips) c[at % c.length] = v;
      return cut === null ? c : c.subarray(0, Math.max(8, cut % c.length));
    });
    await fc.assert(fc.asyncProperty(mutated, (b) => outcome('pdf', new Uint8Array(b))), { numRuns: Math.ceil(RUNS / 2) });
  });
});
