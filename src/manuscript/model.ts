/**
 * The format-neutral manuscript model. Every reader (Markdown, text, JATS, LaTeX, HTML, DOCX, PDF, study
 * description) produces a list of blocks; `buildManuscript` turns blocks into sections and sentences.
 * Nothing here knows about concepts or checklists.
 */

import { isSpace } from '../util/chars.js';
import type { SectionKind, SectionRole } from './roles.js';

/** Section kinds and the finer roles (back matter, a few front-matter blocks) are defined in roles.ts. */
export type { SectionKind, SectionRole };

/**
 * A place in the original file. Text formats fill line/column/offset (1-based line and column, 0-based offset);
 * PDF fills page (and line on that page); DOCX fills paragraph. `file` is set when the text came from another
 * file than the one checked (LaTeX \input).
 */
export interface Position {
  line?: number;
  column?: number;
  offset?: number;
  page?: number;
  paragraph?: number;
  file?: string;
}

export type BlockKind = 'heading' | 'paragraph' | 'list-item' | 'table' | 'caption' | 'title' | 'metadata';

/** Maps an offset in a block's text back to the original file. */
export interface SourceMapSegment {
  /** offset in the block text where this segment starts */
  textStart: number;
  /** position of that character in the source */
  pos: Position;
  /** true when the text is a verbatim copy of the source from here on (columns advance with characters) */
  verbatim: boolean;
}

export interface Block {
  kind: BlockKind;
  text: string;
  /** heading depth (1 = top) for headings */
  depth?: number;
  /** explicit section kind from the format (JATS sec-type, LaTeX \begin{abstract}, DOCX style) */
  sectionHint?: SectionKind;
  roleHint?: SectionRole;
  segments: SourceMapSegment[];
}

export interface Section {
  index: number;
  heading: string;
  kind: SectionKind;
  role?: SectionRole;
  /** heading texts from the top level down to this section */
  path: string[];
  depth: number;
  parent?: number;
  start: Position;
  /** index of the section's heading block (-1 for the part before the first block), to number its paragraphs */
  startBlock?: number;
  /** an appendix that took its kind from its own title, or a subsection that inherited it (appendix.ts) */
  appendix?: true;
}

export interface Sentence {
  index: number;
  text: string;
  /** lower-cased text, computed once for the detectors */
  lower: string;
  section: Section;
  block: BlockKind;
  /** index of the block (paragraph) in the document, for grouping neighbouring sentences */
  blockIndex: number;
  start: Position;
  /** the detectors' prefilter gates open in the text (a bit set), filled on first use */
  gates?: Uint32Array;
}

export interface Manuscript {
  path: string;
  format: string;
  title?: string;
  sections: Section[];
  sentences: Sentence[];
  /** YAML front matter or format metadata (JATS article-meta fields that are not prose) */
  metadata: Record<string, unknown>;
  warnings: string[];
  /** bytes of the source, for throughput figures */
  size: number;
}

/** Helper for readers: builds block text piece by piece while recording where each piece came from. */
export class TextBuilder {
  private value = '';
  /** the last character's code (-1 when empty): read without flattening the growing string (see lastCode) */
  private last = -1;
  segments: SourceMapSegment[] = [];

  get text(): string {
    return this.value;
  }
  set text(v: string) {
    this.value = v;
    this.last = v.length ? v.charCodeAt(v.length - 1) : -1;
  }

  /**
   * The code of the text's last character, or -1. `text += piece` builds a rope, and reading a character of a
   * rope flattens it: asking `text.charCodeAt(text.length - 1)` after every append made long blocks quadratic.
   */
  lastCode(): number {
    return this.last;
  }

  private add(s: string): void {
    if (!s) return;
    this.value += s;
    this.last = s.charCodeAt(s.length - 1);
  }

  /** Append text copied verbatim from the source starting at `pos` (or synthetic text when pos is null). */
  append(piece: string, pos: Position | null, verbatim = true): void {
    if (!piece) return;
    if (pos && verbatim && pos.line !== undefined && piece.includes('\n')) {
      // one segment per source line, so that positionAt never rescans a long paragraph
      let line = pos.line;
      let at = 0;
      let offset = pos.offset;
      for (const part of piece.split('\n')) {
        const p: Position = at === 0 ? pos : { ...pos, line, column: 1, ...(offset !== undefined ? { offset } : {}) };
        this.segments.push({ textStart: this.value.length, pos: p, verbatim: true });
        this.add(part);
        at += part.length;
        if (offset !== undefined) offset += part.length + 1;
        if (at < piece.length) {
          this.add('\n');
          at++;
          line++;
        }
      }
      return;
    }
    if (pos) this.segments.push({ textStart: this.value.length, pos, verbatim });
    else if (this.segments.length === 0) this.segments.push({ textStart: 0, pos: {}, verbatim: false });
    this.add(piece);
  }

  /** Append a separator (space, newline) that has no source of its own. */
  sep(s = ' '): void {
    if (this.last !== -1 && !isSpace(this.last)) this.add(s);
  }

  block(kind: BlockKind, extra: Partial<Block> = {}): Block {
    return { kind, text: this.text, segments: this.segments, ...extra };
  }
}

/** Resolve an offset in a block's text to a source position. */
export function positionAt(block: Block, offset: number): Position {
  const segs = block.segments;
  if (segs.length === 0) return {};
  let lo = 0;
  let hi = segs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segs[mid]!.textStart <= offset) lo = mid;
    else hi = mid - 1;
  }
  const seg = segs[lo]!;
  const pos: Position = { ...seg.pos };
  if (!seg.verbatim || seg.pos.line === undefined) return pos;
  // advance line/column over the copied characters, using the block's newline positions (found once per block)
  const end = Math.max(seg.textStart, offset);
  const nls = newlinesOf(block);
  const first = lowerBound(nls, seg.textStart);
  const upto = lowerBound(nls, end);
  const lines = upto - first;
  if (lines === 0) {
    pos.column = (seg.pos.column ?? 1) + (end - seg.textStart);
  } else {
    pos.line = seg.pos.line + lines;
    pos.column = end - nls[upto - 1]!;
  }
  if (seg.pos.offset !== undefined) pos.offset = seg.pos.offset + (end - seg.textStart);
  return pos;
}

const newlineCache = new WeakMap<Block, Int32Array>();
function newlinesOf(block: Block): Int32Array {
  let a = newlineCache.get(block);
  if (a) return a;
  const out: number[] = [];
  const t = block.text;
  for (let i = t.indexOf('\n'); i !== -1; i = t.indexOf('\n', i + 1)) out.push(i);
  a = Int32Array.from(out);
  newlineCache.set(block, a);
  return a;
}

/** index of the first element ≥ x */
function lowerBound(a: Int32Array, x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function formatPosition(p: Position): string {
  if (p.page !== undefined) return p.line !== undefined ? `p${p.page}:${p.line}` : `p${p.page}`;
  if (p.paragraph !== undefined) return `¶${p.paragraph}`;
  if (p.line !== undefined) return `${p.line}:${p.column ?? 1}`;
  return '';
}
