/**
 * Display formulas in the lines of a PDF: lines set off from the column's edge with relations and operators and
 * few prose words, with the indices under a sum beside them, when a cue says they are a formula (an equation
 * number, a sentence that announces one, or a sentence that goes on after it). blocks.ts keeps them out of the
 * paragraphs, as blocks of their own.
 */
import { PAGE_NUMBER } from './furniture.js';
import type { Line } from './lines.js';

/** Relations, operators of a display formula: one makes a line mathematical */
const STRONG_MATH = /[=≤≥≈∼∝∑∏∫∈∉⊂⊆∀∃→⇒∥‖√∂∇]/g;
/** Signs that also stand in prose and tables: two make a line mathematical */
const WEAK_MATH = /[+−×·|^\u0370-\u03FF]/g;
/** A display equation's number at the line end: "(3)", "(2a)" */
const EQUATION_NUMBER = /\(\d{1,2}[a-z]?\)$/;
/** Function names set in formulas, not prose words */
const MATH_WORD = /^(?:softmax|sigmoid|argmax|argmin|tanh|relu|sign|diag|trace|exp|log|max|min|sup|inf|lim)$/i;
/** A sentence that goes on after a display formula ("where h is …", "with …", ", and …"): a cue that the lines before are one. */
const GOES_ON = /^(?:[a-z,;]|[Ww]here\b)/;
/** A sentence that announces a formula: ends with ":" or ",", or a verb or preposition that asks for one. */
const ANNOUNCES = /(?:[:,]|\b(?:is|are|as|by|be|follows|defined|given|written|computed|calculated|obtained|have|has|get|obtain|compute|then|to|of)\s*)$/;

/** Prose words in a line: tokens of four letters or more in lower case after the first, not function names. */
function proseWords(t: string): number {
  return t.split(/\s+/).filter((w) => {
    const c = w.replace(/^[(\[]+|[)\].,;:]+$/g, '');
    return /^[A-Za-z][a-z]{3,}$/.test(c) && !MATH_WORD.test(c);
  }).length;
}

/** Set off from the column's left edge, as a displayed formula is (centred), unlike the last line of a paragraph. */
const displayed = (l: Line, body: number) => l.colLeft > 0 && l.x0 > l.colLeft + body * 1.5;

/**
 * A line set as a formula: operators, at most two prose words (three with a relation) and no run of four words, in body type or larger,
 * set off from the left edge.
 */
function mathLine(l: Line, body: number): boolean {
  const t = l.text.trim();
  if (l.size < body * 0.9 || !displayed(l, body) || /(?:\b[A-Za-z][a-z]+[,;]? ){3}[A-Za-z][a-z]+\b/.test(t)) return false;
  const strong = (t.match(STRONG_MATH) ?? []).length;
  // names with their indices run together ("hstai", "Rnsta") look like words: a relation allows three
  if (proseWords(t) > (strong ? 3 : 2)) return false;
  const weak = (t.match(WEAK_MATH) ?? []).length;
  return strong >= 1 || weak >= 2 || (EQUATION_NUMBER.test(t) && weak >= 1);
}

/** A few characters left of a formula (an index under a sum, "h=1", "h,w,d"): no prose word, twelve characters at most. */
function formulaPiece(l: Line, body: number): boolean {
  const t = l.text.replace(/\s+/g, '');
  return t.length <= 12 && l.size <= body * 1.1 && displayed(l, body) && !/[a-z]{4,}/i.test(t) && !PAGE_NUMBER.test(l.text.trim());
}

/**
 * The lines of display formulas. A run of formula lines in one column (each a mathematical line or a short
 * piece next to one) is a formula when one of its lines ends with an equation number, the line before announces
 * it (ends with ":", "," or "is", "as", "by", "defined" …) or the line after goes on with the sentence ("where
 * …", lower case). Table rows (smaller type, words) and sentences with an inline formula (prose words) are not;
 * `excluded` lines (headings, captions) are neither formulas nor cues.
 */
export function displayFormulas(all: Line[], excluded: boolean[], body: number): boolean[] {
  const out = all.map(() => false);
  const sameFlow = (a: Line, b: Line) => a.page === b.page && a.col === b.col;
  const math = all.map((l, i) => !excluded[i] && mathLine(l, body));
  // the last line of an indented block (a caption, a list item) under a full line of prose that starts where it does
  all.forEach((l, i) => {
    const p = all[i - 1];
    if (math[i] && p && !math[i - 1] && sameFlow(p, l) && Math.abs(p.x0 - l.x0) < 2 && p.x1 > p.colRight - body * 2) math[i] = false;
  });
  const piece = all.map((l, i) => !excluded[i] && !math[i] && formulaPiece(l, body));
  let i = 0;
  while (i < all.length) {
    if (!math[i] && !piece[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < all.length && (math[j + 1] || piece[j + 1]) && sameFlow(all[j]!, all[j + 1]!)) j++;
    const run = all.slice(i, j + 1);
    const hasMath = run.some((_, k) => math[i + k]);
    const numbered = run.some((l, k) => math[i + k] && EQUATION_NUMBER.test(l.text.trim()));
    const before = i > 0 && !excluded[i - 1] ? all[i - 1]!.text.trim() : '';
    const after = j + 1 < all.length && !excluded[j + 1] ? all[j + 1]!.text.trim() : '';
    if (hasMath && (numbered || (before && ANNOUNCES.test(before)) || (after && GOES_ON.test(after)))) for (let k = i; k <= j; k++) out[k] = true;
    i = j + 1;
  }
  return out;
}
