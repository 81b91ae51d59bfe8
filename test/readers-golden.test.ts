/**
 * One golden JSON per reader fixture (test/golden/readers/): the blocks the reader produces (kind, depth, hints,
 * text, source map) and the sections and sentences the manuscript model builds from them (text, section path and
 * kind, positions). Derived data (lower-cased text, Bloom filters) is left out. Any change in what a reader
 * produces shows up here as a diff; after an intended change run `npm run update-golden` and review the diff.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'vitest';
import { buildManuscript } from '../src/manuscript/build.js';
import type { Block, Position } from '../src/manuscript/model.js';
import { docxReader } from '../src/readers/docx.js';
import { htmlReader } from '../src/readers/html.js';
import { jatsReader } from '../src/readers/jats/index.js';
import { latexReader } from '../src/readers/latex/index.js';
import { pdfReader } from '../src/readers/pdf/index.js';
import type { Reader } from '../src/readers/types.js';
import { makeDocx, makeManuscriptPdf, makeTwoColumnPdf } from './fixtures/readers/make.js';
import { expectGolden } from './golden.js';

const FIX = join(import.meta.dirname, 'fixtures', 'readers');

/** A position as one short string: `file:` `p<page>` `¶<paragraph>` `<line>:<column>` `@<offset>`. */
function pos(p: Position): string {
  let s = '';
  if (p.file !== undefined) s += `${relative(FIX, p.file) || p.file}:`;
  if (p.page !== undefined) s += `p${p.page}`;
  if (p.paragraph !== undefined) s += `¶${p.paragraph}`;
  if (p.line !== undefined) s += `${p.page !== undefined ? ':' : ''}${p.line}:${p.column ?? '?'}`;
  if (p.offset !== undefined) s += `@${p.offset}`;
  return s || '-';
}

function block(b: Block) {
  return {
    kind: b.kind,
    ...(b.depth !== undefined ? { depth: b.depth } : {}),
    ...(b.sectionHint ? { sectionHint: b.sectionHint } : {}),
    ...(b.roleHint ? { roleHint: b.roleHint } : {}),
    text: b.text,
    // text offset, `=` verbatim copy from here on or `~` synthetic, source position
    segments: b.segments.map((s) => `${s.textStart}${s.verbatim ? '=' : '~'}${pos(s.pos)}`),
  };
}

/** Pretty JSON with one line per block, section and sentence, so that a change is a one-line diff. */
function stringify(doc: Record<string, unknown>): string {
  const lines = Object.entries(doc).map(([k, v]) => {
    if (!Array.isArray(v) || v.length === 0) return `  ${JSON.stringify(k)}: ${JSON.stringify(v)}`;
    return `  ${JSON.stringify(k)}: [\n${v.map((x) => `    ${JSON.stringify(x)}`).join(',\n')}\n  ]`;
  });
  return `{\n${lines.join(',\n')}\n}\n`;
}

async function snapshot(reader: Reader, path: string, data: Uint8Array): Promise<string> {
  const text = reader.format === 'docx' || reader.format === 'pdf' ? undefined : new TextDecoder().decode(data);
  const out = await reader.read({ path, data, ...(text !== undefined ? { text } : {}) });
  const ms = buildManuscript(out.blocks, { path, format: reader.format, size: data.length, ...(out.metadata ? { metadata: out.metadata } : {}), ...(out.warnings ? { warnings: out.warnings } : {}), ...(out.title ? { title: out.title } : {}) });
  return stringify({
    format: reader.format,
    title: out.title ?? null,
    metadata: out.metadata ?? {},
    warnings: (out.warnings ?? []).map((w) => w.split(FIX).join('<fixtures>')),
    blocks: out.blocks.map(block),
    sections: ms.sections.map((s) => ({
      index: s.index,
      heading: s.heading,
      kind: s.kind,
      ...(s.role ? { role: s.role } : {}),
      path: s.path,
      depth: s.depth,
      ...(s.parent !== undefined ? { parent: s.parent } : {}),
      start: pos(s.start),
    })),
    sentences: ms.sentences.map((s) => ({ index: s.index, section: s.section.index, block: s.block, blockIndex: s.blockIndex, start: pos(s.start), text: s.text })),
  });
}

const file = (name: string) => async () => new Uint8Array(readFileSync(join(FIX, name)));

/** Every fixture in test/fixtures/readers/: the files themselves, and the documents make.ts builds. */
const FIXTURES: Array<{ name: string; golden: string; reader: Reader; data: () => Promise<Uint8Array> }> = [
  { name: 'article.xml', golden: 'article.xml.json', reader: jatsReader, data: file('article.xml') },
  { name: 'article.html', golden: 'article.html.json', reader: htmlReader, data: file('article.html') },
  { name: 'latex/main.tex', golden: 'latex-main.tex.json', reader: latexReader, data: file('latex/main.tex') },
  { name: 'latex/methods.tex', golden: 'latex-methods.tex.json', reader: latexReader, data: file('latex/methods.tex') },
  { name: 'make.ts: makeDocx()', golden: 'make-docx.json', reader: docxReader, data: makeDocx },
  { name: 'make.ts: makeManuscriptPdf()', golden: 'make-manuscript-pdf.json', reader: pdfReader, data: makeManuscriptPdf },
  { name: 'make.ts: makeTwoColumnPdf()', golden: 'make-two-column-pdf.json', reader: pdfReader, data: makeTwoColumnPdf },
];

describe('readers: golden block, section and sentence lists (test/golden/readers/)', () => {
  it.each(FIXTURES.map((f) => [f.name, f] as const))('%s', async (_, f) => {
    const path = f.name.startsWith('make.ts') ? join(FIX, f.golden.replace(/\.json$/, '').replace(/-(docx|pdf)$/, '.$1')) : join(FIX, f.name);
    expectGolden(`readers/${f.golden}`, await snapshot(f.reader, path, await f.data()));
  });
});
