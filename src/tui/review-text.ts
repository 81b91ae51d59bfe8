/**
 * The manuscript's sentences as the review needs them: to show the text around an evidence sentence, to search
 * for another sentence to pick as evidence, and to know whether the format has lines to open an editor at.
 */
import type { Evidence } from '../concepts/types.js';
import type { Manuscript } from '../manuscript/model.js';
import type { PickedEvidence } from './review-schema.js';
import { sentenceKey } from './review-state.js';

export interface ReviewSentence extends PickedEvidence {
  /** the paragraph (block) it belongs to: the context shows whole paragraphs */
  blockIndex: number;
}

export interface ReviewText {
  path: string;
  sentences: ReviewSentence[];
}

export function reviewText(ms: Pick<Manuscript, 'path' | 'sentences'>): ReviewText {
  return {
    path: ms.path,
    sentences: ms.sentences.map((s) => {
      const out: ReviewSentence = { text: s.text, section: s.section.path.join(' > ') || s.section.kind, blockIndex: s.blockIndex };
      for (const k of ['line', 'column', 'page', 'paragraph'] as const) if (s.start[k] !== undefined) out[k] = s.start[k];
      if (s.start.paragraph !== undefined && s.section.startBlock !== undefined) out.sectionParagraph = s.blockIndex - s.section.startBlock;
      if (s.start.file !== undefined) out.file = s.start.file;
      return out;
    }),
  };
}

/** The sentence a piece of evidence is (same text; of several, the one at the same place), or -1. */
export function findSentence(text: ReviewText | undefined, e: Evidence): number {
  if (!text) return -1;
  const key = sentenceKey(e.text);
  let found = -1;
  for (let i = 0; i < text.sentences.length; i++) {
    const s = text.sentences[i]!;
    if (sentenceKey(s.text) !== key) continue;
    if (s.line === e.line && s.page === e.page && s.paragraph === e.paragraph) return i;
    if (found < 0) found = i;
  }
  return found;
}

/** The sentences that hold every word of the query (case-insensitive), in reading order; all for an empty query. */
export function searchSentences(text: ReviewText | undefined, query: string): number[] {
  if (!text) return [];
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const out: number[] = [];
  text.sentences.forEach((s, i) => {
    const lower = s.text.toLowerCase();
    if (words.every((w) => lower.includes(w))) out.push(i);
  });
  return out;
}

/** A run of text on a context line; `mark` for the evidence sentence. */
export interface Run {
  text: string;
  mark: boolean;
}

/**
 * The paragraphs around sentence `index` (the one before, its own, the one after), wrapped to `width` columns
 * (a blank line between paragraphs), and the first and last line of the sentence.
 */
export function contextLines(text: ReviewText, index: number, width: number): { lines: Run[][]; first: number; last: number } {
  const target = text.sentences[index]!;
  const blocks = [...new Set(text.sentences.map((s) => s.blockIndex))].sort((a, b) => a - b);
  const at = blocks.indexOf(target.blockIndex);
  const shown = new Set(blocks.slice(Math.max(0, at - 1), at + 2));
  const lines: Run[][] = [];
  let line: Run[] = [];
  let used = 0;
  let first = -1;
  let last = -1;
  const flush = () => {
    lines.push(line);
    line = [];
    used = 0;
  };
  const append = (t: string, mark: boolean) => {
    const prev = line.at(-1);
    if (prev && prev.mark === mark) prev.text += t;
    else line.push({ text: t, mark });
    used += t.length;
  };
  let block: number | undefined;
  text.sentences.forEach((s, i) => {
    if (!shown.has(s.blockIndex)) return;
    if (block !== undefined && s.blockIndex !== block) {
      flush();
      flush(); // a blank line between paragraphs
    }
    block = s.blockIndex;
    const mark = i === index;
    for (let w of s.text.split(/\s+/).filter(Boolean)) {
      while (w.length) {
        const sep = used ? 1 : 0;
        if (used && used + sep + w.length > width) {
          flush();
          continue;
        }
        const piece = w.slice(0, width - used - sep);
        // the space inside the evidence sentence is marked too, the one before it is not
        if (sep) append(' ', mark && line.at(-1)?.mark === true);
        append(piece, mark);
        if (mark) {
          if (first < 0) first = lines.length;
          last = lines.length;
        }
        w = w.slice(piece.length);
      }
    }
  });
  if (line.length) lines.push(line);
  return { lines, first, last };
}

/** The first line to show of `total` in `height` lines so that lines first..last are in view, centred. */
export function contextStart(total: number, height: number, first: number, last: number): number {
  if (total <= height || first < 0) return 0;
  const span = last - first + 1;
  const above = span >= height ? 0 : Math.floor((height - span) / 2);
  return Math.max(0, Math.min(first - above, total - height));
}
