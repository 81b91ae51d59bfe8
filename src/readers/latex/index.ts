/**
 * LaTeX / Sweave reader. A small TeX-aware scanner (not a TeX engine): sectioning commands become headings,
 * the abstract environment an "Abstract" heading, figure/table captions caption blocks, tabular rows table
 * blocks; common text macros are reduced to their text, citations/labels/references dropped, math reduced to
 * plain text; comments, the preamble, bibliographies and knitr chunks are ignored. `\input`/`\include` of
 * sibling files are expanded (their positions carry `file`); a missing target is a warning.
 *
 * The parts: source.ts (the source text, knitr masking, whole-text scans), arguments.ts (reading `[…]` and
 * `{…}` arguments), vocabulary.ts (command and environment tables), definitions.ts (glossary entries and user
 * macros), inputs.ts (finding and reading `\input` targets), and the parser as three layers: output.ts (blocks
 * and the paragraph being built) ← scanner.ts (the character loop and control sequences) ← parser.ts
 * (environments, sectioning, lists, captions, includes, the document).
 */
import { resolve } from 'node:path';
import type { Reader, ReaderInput, ReaderOutput } from '../types.js';
import { LineIndex } from '../source-util.js';
import { LatexParser } from './parser.js';
import { maskKnitrChunks, type Src } from './source.js';

export function readLatexString(text: string, path: string, files?: ReadonlyMap<string, string>): ReaderOutput {
  const clean = maskKnitrChunks(text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
  const p = new LatexParser(path, files);
  const src: Src = { text: clean, idx: new LineIndex(clean), abs: resolve(path) };
  p.parseDocument(src);
  const out: ReaderOutput = { blocks: p.blocks };
  if (p.warnings.length) out.warnings = p.warnings;
  if (p.title) out.title = p.title;
  return out;
}

export const latexReader: Reader = {
  format: 'latex',
  read(input: ReaderInput): ReaderOutput {
    const text = input.text ?? new TextDecoder('utf-8').decode(input.data);
    return readLatexString(text, input.path, input.files);
  },
};
