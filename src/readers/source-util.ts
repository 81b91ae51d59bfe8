/**
 * Shared helpers for the structured-format readers (JATS, LaTeX, HTML): offset → line/column lookup, entity
 * decoding that keeps track of where each decoded character came from, and a block builder that collapses
 * whitespace while keeping a source map (on top of the model's TextBuilder).
 */
import { isSpace } from '../util/chars.js';
import { characterEntities } from 'character-entities';
import { TextBuilder, type Block, type BlockKind, type Position } from '../manuscript/model.js';

/** Offset → 1-based line/column for one source text. */
export class LineIndex {
  private starts: number[] = [0];
  constructor(
    public readonly text: string,
    public readonly file?: string,
  ) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  pos(offset: number): Position {
    const s = this.starts;
    let lo = 0;
    let hi = s.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (s[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    const p: Position = { line: lo + 1, column: offset - s[lo]! + 1, offset };
    if (this.file !== undefined) p.file = this.file;
    return p;
  }
}

const XML_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Decode one named or numeric character reference (without the & and ;). Undefined when unknown. */
export function decodeEntity(body: string): string | undefined {
  if (body.startsWith('#')) {
    const hex = body[1] === 'x' || body[1] === 'X';
    const n = parseInt(body.slice(hex ? 2 : 1), hex ? 16 : 10);
    if (!Number.isFinite(n) || n < 0 || n > 0x10ffff) return undefined;
    return n === 0 ? '\uFFFD' : String.fromCodePoint(n);
  }
  return XML_ENTITIES[body] ?? (characterEntities as Record<string, string>)[body];
}

/** A run of decoded text and the source offset it starts at; `verbatim` when it is a literal copy. */
export interface Piece {
  text: string;
  offset: number;
  verbatim: boolean;
}

const ENTITY_RE = /^&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);?/;

/**
 * Align a parser's decoded `value` with the `raw` source slice it came from (starting at `rawStart`), so each
 * character of the value can be traced to the source. Handles character references and CRLF normalisation;
 * anything it cannot align falls back to one non-verbatim piece.
 */
export function alignPieces(raw: string, rawStart: number, value: string): Piece[] {
  if (raw === value) return value ? [{ text: value, offset: rawStart, verbatim: true }] : [];
  const out: Piece[] = [];
  let i = 0;
  let j = 0;
  // the verbatim run is raw[runStart, i) (-1: none): every character added to it advances i by one, and every other
  // step flushes it first, so it is one slice of the source instead of a string grown character by character
  let runStart = -1;
  const flush = () => {
    if (runStart >= 0 && i > runStart) out.push({ text: raw.slice(runStart, i), offset: rawStart + runStart, verbatim: true });
    runStart = -1;
  };
  while (j < value.length) {
    if (i >= raw.length) {
      flush();
      out.push({ text: value.slice(j), offset: rawStart + Math.max(0, raw.length - 1), verbatim: false });
      return out;
    }
    const rc = raw[i]!;
    if (rc === '&') {
      const m = ENTITY_RE.exec(raw.slice(i, i + 40));
      if (m) {
        const dec = decodeEntity(m[1]!);
        if (dec !== undefined && value.startsWith(dec, j) && !(dec === '&' && m[0] === '&')) {
          flush();
          out.push({ text: dec, offset: rawStart + i, verbatim: false });
          i += m[0].length;
          j += dec.length;
          continue;
        }
      }
    }
    if (rc === value[j]) {
      if (runStart < 0) runStart = i;
      i++;
      j++;
      continue;
    }
    if (rc === '\r') {
      flush();
      i++;
      continue;
    }
    flush();
    out.push({ text: value.slice(j), offset: rawStart + i, verbatim: false });
    return out;
  }
  flush();
  return out;
}

/** Where text comes from: a line index (one per source file). */
export type SourceRef = LineIndex;

/**
 * Builds one block's text from source pieces. Whitespace runs collapse to one space; leading and trailing
 * whitespace is dropped. A new source-map segment starts whenever the text stops being a contiguous copy.
 */
export class MappedBuilder {
  readonly tb = new TextBuilder();
  private segSrc: SourceRef | null = null;
  private segSrcStart = 0;
  private segTextStart = 0;
  private segVerbatim = false;
  private pendingSpace = false;

  get text(): string {
    return this.tb.text;
  }

  get empty(): boolean {
    return this.tb.text.length === 0;
  }

  /** Ask for a word break before the next text (no source of its own). */
  sep(): void {
    if (this.tb.text.length) this.pendingSpace = true;
  }

  /** Forget a pending word break (e.g. before punctuation that followed a dropped citation). */
  cancelSpace(): void {
    this.pendingSpace = false;
  }

  private flushSpace(): void {
    const last = this.tb.lastCode();
    if (this.pendingSpace && last !== -1 && !isSpace(last)) this.tb.append(' ', null);
    this.pendingSpace = false;
  }

  /** Append `text` copied from `src` at `offset` (verbatim) or standing for the source there (not verbatim). */
  push(text: string, src: SourceRef | null, offset: number, verbatim = true): void {
    if (!text) return;
    if (!verbatim || !src) {
      this.pushLoose(text, (core) => this.startSegment(src, offset, false, core));
      return;
    }
    let k = 0;
    while (k < text.length) {
      if (isSpace(text.charCodeAt(k))) {
        let e = k + 1;
        while (e < text.length && isSpace(text.charCodeAt(e))) e++;
        // a single plain space may stay inside a verbatim segment
        if (this.tb.text.length && e - k === 1 && text[k] === ' ' && !this.pendingSpace && this.contiguous(src, offset + k)) {
          // the run of words after it, each behind one plain space, continues the same verbatim segment: append
          // it at once (the same text and segments as appending space and word one by one)
          let j = k;
          while (j + 1 < text.length && text.charCodeAt(j) === 32 && !isSpace(text.charCodeAt(j + 1))) {
            j += 2;
            while (j < text.length && !isSpace(text.charCodeAt(j))) j++;
          }
          if (j > k) {
            this.tb.append(text.slice(k, j), null);
            k = j;
            continue;
          }
          this.tb.append(' ', null);
        } else this.sep();
        k = e;
        continue;
      }
      let e = k + 1;
      while (e < text.length && !isSpace(text.charCodeAt(e))) e++;
      const word = text.slice(k, e);
      this.flushSpace();
      if (this.contiguous(src, offset + k)) this.tb.append(word, null);
      else this.startSegment(src, offset + k, true, word);
      k = e;
    }
  }

  /** Append pieces from alignPieces. */
  pushPieces(pieces: Piece[], src: SourceRef): void {
    for (const p of pieces) this.push(p.text, src, p.offset, p.verbatim);
  }

  /** Synthetic text with no source (e.g. " | " between table cells); attached to `pos` when given. */
  synthetic(text: string, pos: Position | null = null): void {
    if (!text) return;
    if (/^\s+$/.test(text) && text !== '\n') {
      this.sep();
      return;
    }
    if (text === '\n' || /^\s/.test(text)) {
      this.pendingSpace = false;
      // the last characters only: a regular expression anchored at the end would rescan the whole text per row
      const t = this.tb.text;
      if (text === '\n' && this.tb.lastCode() === 32) {
        let e = t.length - 1;
        while (e > 0 && t.charCodeAt(e - 1) === 32) e--;
        this.tb.text = t.slice(0, e);
        this.tb.segments = this.tb.segments.filter((sg) => sg.textStart < this.tb.text.length);
      }
      if (this.tb.lastCode() !== -1 && isSpace(this.tb.lastCode())) text = text.replace(/^[ \t]+/, '');
      if (!text) return;
    } else this.flushSpace();
    if (pos) this.tb.append(text, pos, false);
    else this.tb.append(text, null);
    this.segSrc = null;
    this.segVerbatim = false;
  }

  /** Append text that has an explicit position (PDF page/line, DOCX paragraph), never verbatim. */
  pushAt(text: string, pos: Position): void {
    this.pushLoose(text, (core) => {
      this.tb.append(core, pos, false);
      this.segSrc = null;
      this.segVerbatim = false;
    });
  }

  /** Whitespace-collapsed text: separators around it kept, the core appended by `add`. */
  private pushLoose(text: string, add: (core: string) => void): void {
    const t = text.replace(/\s+/g, ' ');
    if (!t.trim()) {
      this.sep();
      return;
    }
    if (/^\s/.test(t)) this.sep();
    this.flushSpace();
    add(t.trim());
    if (/\s$/.test(t)) this.sep();
  }

  private contiguous(src: SourceRef | null, offset: number): boolean {
    return (
      this.segVerbatim &&
      src !== null &&
      this.segSrc === src &&
      this.segSrcStart + (this.tb.text.length - this.segTextStart) === offset
    );
  }

  private startSegment(src: SourceRef | null, offset: number, verbatim: boolean, text: string): void {
    const pos = src ? src.pos(offset) : null;
    this.tb.append(text, pos, verbatim && pos !== null);
    this.segSrc = src;
    this.segSrcStart = offset;
    this.segTextStart = this.tb.text.length - text.length;
    this.segVerbatim = verbatim && src !== null;
  }

  /** Finish as a block (trailing whitespace trimmed); null when empty. */
  block(kind: BlockKind, extra: Partial<Block> = {}): Block | null {
    let text = this.tb.text;
    // trimEnd drops the same characters as /\s+$/ (white space and line terminators), from the end only
    const end = text.trimEnd().length;
    if (end === 0) return null;
    text = text.slice(0, end);
    const segments = this.tb.segments.filter((s) => s.textStart < end);
    return { kind, text, segments, ...extra };
  }
}

/** A heading or other block with purely synthetic text, attached to a position. */
export function syntheticBlock(kind: BlockKind, text: string, pos: Position, extra: Partial<Block> = {}): Block {
  return { kind, text, segments: [{ textStart: 0, pos, verbatim: false }], ...extra };
}

/** Headings whose section is a reference list (excluded from the output). */
export const REFERENCE_HEADING =
  /^\s*(?:\d+(?:\.\d+)*\.?\s*)?(?:references?(?: cited| list)?|bibliography|literature(?: cited)?|works cited|cited literature|references and notes)\s*:?\s*$/i;
