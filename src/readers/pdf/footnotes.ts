/**
 * Footnotes at the foot of a page (smaller type than the body, the first line opening with a note mark: a
 * number, ∗ † ‡ §, ©, or a bare URL): taken out of the flow of lines, so that they do not join the paragraph that
 * runs on to the next page. A note that gives a link is read in brackets after its raised mark in the text (a
 * note's URL can be the code or data link a detector looks for, and the sentence says whose it is); the other
 * notes, and links whose mark is not found, become paragraphs of their own after the last block that starts on
 * their page. Nothing is dropped.
 */
import type { Block } from '../../manuscript/model.js';
import { REFERENCE_HEADING } from '../source-util.js';
import { bodySize, linesBuilder, type Line, type NoteMark } from './lines.js';

/** The mark that opens a note: a symbol, ©, a number of one or two digits (before a space, stop, letter or URL), a URL. */
const NOTE_MARK = /^(?:[∗*†‡§¶‖#]|©|\d{1,2}(?=[\s.):(A-Za-z]|$)|https?:\/\/|www\.)/;

/** How many lines at most a page's notes take, and how high on the page they may start (share of its height). */
const MAX_NOTE_LINES = 12;
const MAX_NOTE_TOP = 0.4;

/** The notes of each page: lines grouped by their opening mark, in reading order. */
export interface PageNotes {
  page: number;
  notes: Line[][];
}

/**
 * Split the footnotes off the pages: per column, the run of lines in smaller type (0.8 point or more below the
 * body size) that ends the column, when its first line opens with a note mark and stands in the lower part of
 * the page.
 */
export function splitFootnotes(pages: Line[][]): { pages: Line[][]; notes: PageNotes[] } {
  const body = bodySize(pages.flat());
  const notes: PageNotes[] = [];
  const out = pages.map((ls) => {
    const taken = new Set<Line>();
    const pageNotes: Line[][] = [];
    for (const col of [0, 1, 2]) {
      const cl = ls.filter((l) => l.col === col);
      let k = cl.length;
      while (k > 0 && cl[k - 1]!.size <= body - 0.8) k--;
      const run = cl.slice(k);
      if (!run.length || k === 0 || run.length > MAX_NOTE_LINES) continue;
      if (!NOTE_MARK.test(run[0]!.text) || run[0]!.y > run[0]!.pageH * MAX_NOTE_TOP) continue;
      // numbered references in small type under the heading of the reference list are not notes
      if (REFERENCE_HEADING.test(cl[k - 1]!.text)) continue;
      for (const l of run) {
        taken.add(l);
        if (NOTE_MARK.test(l.text) || !pageNotes.length) pageNotes.push([l]);
        else pageNotes[pageNotes.length - 1]!.push(l);
      }
    }
    if (!taken.size) return ls;
    const flow = ls.filter((l) => !taken.has(l));
    const rest = pageNotes.filter((note) => !inlineLink(flow, note));
    if (rest.length) notes.push({ page: ls[0]!.page, notes: rest });
    return flow;
  });
  return { pages: out, notes };
}

/** A note's mark and text, e.g. "1. https://…" → 1, "https://…". */
const MARK_OF_NOTE = /^(\d{1,2}|[∗*†‡§¶‖])\.?\s*/;
const URL = /https?:\/\/|\bwww\./;
/** a note that is a link (with a few words) is read where its mark stands */
const MAX_LINK_NOTE_WORDS = 25;

/**
 * Whether a raised mark stands where a note's mark does: not after a digit, a closing bracket or an operator (an
 * exponent: "(y - z)2", "10^3"), and before a space, a stop or the line's end.
 */
function isNoteMark(text: string, x: NoteMark): boolean {
  const before = text[x.at - 1] ?? '';
  const after = text[x.at + x.mark.length] ?? '';
  return before !== '' && !/[\d)\]}|=+\-−×·^*/]/.test(before) && /^$|[\s.,;:)]/.test(after);
}

/**
 * A note that gives a link is read in the sentence that points to it: its text is put in brackets after its
 * raised mark in the page's text ("the public dataset1 (https://…)"), as a reader of the page reads it, when
 * that mark stands once on the page. Returns whether it did (the flow line is replaced by one with the note in
 * it).
 */
function inlineLink(flow: Line[], note: Line[]): boolean {
  const text = note.map((l) => l.text).join(' ');
  const m = MARK_OF_NOTE.exec(text);
  if (!m) return false;
  const body = text.slice(m[0].length).trim();
  if (!URL.test(body) || body.split(/\s+/).length > MAX_LINK_NOTE_WORDS) return false;
  // the mark must be the only one of its kind on the page that can be a note's (a raised 2 can also be a
  // square: "(y - z)2", "mm2")
  const at = flow.flatMap((l, k) => (l.marks ?? []).filter((x) => x.mark === m[1] && isNoteMark(l.text, x)).map((x) => ({ k, x })));
  if (at.length !== 1) return false;
  const { k, x } = at[0]!;
  const l = flow[k]!;
  const end = x.at + x.mark.length;
  flow[k] = { ...l, text: `${l.text.slice(0, end)} (${body})${l.text.slice(end)}` };
  delete flow[k]!.marks;
  return true;
}

function noteBlock(lines: Line[]): Block | null {
  return linesBuilder(lines).block('paragraph');
}

/** The page a block starts on. */
function firstPage(b: Block): number | undefined {
  return b.segments[0]?.pos.page;
}

/**
 * Put each page's notes back after the last block that starts on that page (or before it). A page none of whose
 * text was kept (a page of the reference list) keeps none of its notes either.
 */
export function insertFootnotes(blocks: Block[], notes: PageNotes[]): Block[] {
  if (!notes.length) return blocks;
  const kept = new Set<number | undefined>(blocks.flatMap((b) => b.segments.map((s) => s.pos.page)));
  const out: Block[] = [];
  let n = 0;
  const flushBefore = (page: number) => {
    while (n < notes.length && notes[n]!.page < page) {
      if (kept.has(notes[n]!.page)) for (const lines of notes[n]!.notes) {
        const blk = noteBlock(lines);
        if (blk) out.push(blk);
      }
      n++;
    }
  };
  for (const b of blocks) {
    const p = firstPage(b);
    if (p !== undefined) flushBefore(p);
    out.push(b);
  }
  flushBefore(Infinity);
  return out;
}
