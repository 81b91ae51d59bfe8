/**
 * Blocks from the lines of a PDF: the title (the largest line(s) high on page 1), headings (known section
 * names, numbering, capitals, larger type; decided over the whole document, see acceptHeadings), paragraphs grouped by vertical gaps and indentation with
 * hyphenated line breaks joined, figure/table captions, and display formulas as blocks of their own (see
 * displayFormulas). Positions are {page, line}. Reference lists are skipped up to the next known heading.
 */
import type { Block, Position } from '../../manuscript/model.js';
import { classifyHeading } from '../../manuscript/sections.js';
import { MappedBuilder, REFERENCE_HEADING } from '../source-util.js';
import { PAGE_NUMBER } from './furniture.js';
import { bodySize, median, type Line } from './lines.js';
import { maxOf } from '../../util/math.js';

const KNOWN_HEADING =
  /^(?:(?:\d+(?:\.\d+)*\.?|[IVX]+\.)\s+)?(abstract|summary|introduction|background|methods?|materials and methods|methods and materials|patients and methods|subjects and methods|material and methods|results|results and discussion|discussion|conclusions?|references|bibliography|literature cited|acknowledg(?:e)?ments?|funding|funding statement|financial support|competing interests?|conflicts? of interests?|declaration of (?:competing )?interests?|disclosures?|data availability(?: statement)?|data sharing(?: statement)?|availability of data and materials|code availability|ethics(?: statement| approval)?|ethical approval|ethics approval and consent to participate|author contributions|authors'? contributions|supplementary (?:material|materials|information)|supporting information|limitations|abbreviations|keywords|key words|trial registration|registration|declarations|appendix(?: [a-z0-9]+)?|study design|statistical analysis|participants)\s*:?$/i;

/** Which rule made a line a heading candidate. */
type HeadingRule = 'known' | 'appendix' | 'lettered' | 'numbered' | 'larger' | 'capitals';

interface Candidate {
  depth: number;
  rule: HeadingRule;
  /** the section number of a numbered candidate ("2.1" → [2, 1]) */
  num?: number[];
}

/** Main section names: in a table's header row at small type ("Methods", "Results") they are not headings. */
const MAIN_SECTION = /^(?:(?:\d+(?:\.\d+)*\.?|[IVX]+\.)\s+)?(introduction|background|methods?|materials and methods|methods and materials|patients and methods|subjects and methods|material and methods|results|results and discussion|discussion|conclusions?)\s*:?$/i;

/** Whether some token is a word: four or more letters in lower case after the first, or six capitals. */
const hasWord = (tokens: string[]) => tokens.some((w) => /^\W*(?:[A-Za-z][a-z]{3,}|[A-Z]{6,})\W*$/.test(w));

/**
 * A table row or a figure label, not a heading: "N/A" cells, "±", numbers after the numbering (three, or two
 * without a word), tokens that mix letters and digits (model and dataset names: "VGG16", "Kn01"; three, or two
 * without a word), or an acronym repeated without a word ("CAN3D CAN3D KAN3D", "DML DML").
 */
function tableLike(t: string, num: string): boolean {
  if (/\bN\/A\b|±/.test(t)) return true;
  const tokens = t.slice(num.length).split(/\s+/).filter(Boolean);
  const word = hasWord(tokens);
  const numbers = tokens.filter((w) => /^[(\[]?[-+]?\d+(?:[.,]\d+)?%?[)\]]?$/.test(w)).length;
  if (numbers >= 3 || (numbers >= 2 && !word)) return true;
  const mixed = tokens.filter((w) => /[A-Za-z]/.test(w) && /\d/.test(w)).length;
  if (mixed >= 3 || (mixed >= 2 && !word)) return true;
  const acronyms = tokens.map((w) => w.replace(/^\W+|\W+$/g, '')).filter((w) => /[A-Z].*[A-Z]|\d/.test(w) && /[A-Za-z]/.test(w));
  return !word && new Set(acronyms).size < acronyms.length;
}

function headingCandidate(l: Line, body: number): Candidate | null {
  const t = l.text.trim();
  if (!t || t.length > 100 || PAGE_NUMBER.test(t)) return null;
  const words = t.split(/\s+/).length;
  if (KNOWN_HEADING.test(t)) {
    // a main section name smaller than the body text is a table's header cell
    if (MAIN_SECTION.test(t) && l.size < body * 0.95) return null;
    const num = /^(\d+(?:\.\d+)*)\.?\s/.exec(t);
    return num ? { depth: num[1]!.split('.').length, rule: 'known', num: num[1]!.split('.').map(Number) } : { depth: 1, rule: 'known' };
  }
  if (words > 12 || !/[A-Za-z]{2}/.test(t)) return null;
  // a numbered heading may end with a full stop ("2.2. Geodesic Distance Transform.") when it is short
  const numbered = /^(\d+(?:\.\d+){0,3})\.?\s+[A-Z]/.exec(t);
  if (/[,;]$/.test(t) || (/\.$/.test(t) && !(numbered && words <= 6))) return null;
  // appendices after the reference list ("Appendix B. Implementation details", "B.3. Training details")
  if (APPENDIX_HEADING.test(t) && l.size >= body * 0.98) return { depth: 1, rule: 'appendix' };
  const lettered = /^[A-Z]((?:\.\d+){1,3})\.?\s+[A-Z]/.exec(t);
  if (lettered && words <= 10 && l.size >= body * 0.98 && !tableLike(t, lettered[0])) return { depth: lettered[1]!.split('.').length, rule: 'lettered' };
  // a year after the number at body size is a reference entry ("1 Smith J. ... 2019"); a dataset name with digits
  // ("BraTS2018") or a year in a heading set larger than the body ("4. The 2019 Challenge") is not
  const year = /\b\d{4}\b/.test(t.slice(numbered?.[0].length ?? 0)) && l.size < body * 1.05;
  if (numbered && words <= 10 && l.size >= body * 0.98 && !year && !tableLike(t, numbered[1]!)) {
    return { depth: numbered[1]!.split('.').length, rule: 'numbered', num: numbered[1]!.split('.').map(Number) };
  }
  if (tableLike(t, '')) return null;
  if (l.size >= body * 1.15 && /^[A-Z0-9]/.test(t)) return { depth: l.size >= body * 1.4 ? 1 : 2, rule: 'larger' };
  // capitals at body size or larger (figure labels and table cells are smaller)
  if (words <= 8 && l.size >= body * 0.95 && /^[A-Z0-9][A-Z0-9 ,&:\-–()/]+$/.test(t) && /[A-Z]{3}/.test(t) && t.length >= 4) return { depth: 1, rule: 'capitals' };
  return null;
}

/**
 * Whether a numbered heading can follow another: the first level where they differ goes up by one (or skips at
 * most two, for headings the reader missed), and deeper levels start again at 1 or 2. "4 Septic Shock" after
 * "4.1.1" and "85 FedAvg FedProx" after "3.3" do not fit.
 */
function follows(prev: number[], next: number[]): boolean {
  let k = 0;
  while (k < next.length && next[k] === (prev[k] ?? 0)) k++;
  if (k >= next.length) return false;
  const step = next[k]! - (prev[k] ?? 0);
  if (step < 1 || step > 3) return false;
  for (let j = k + 1; j < next.length; j++) if (next[j]! > 2 || next[j]! < 1) return false;
  return true;
}

/**
 * The numbered candidates that make the longest run of section numbers in order (a candidate that is a known
 * section name counts more, so a table row cannot push "3. Results" out of the run).
 */
function numberedRun(cands: { i: number; c: Candidate }[]): Set<number> {
  const n = cands.length;
  const score = new Array<number>(n).fill(0);
  const from = new Array<number>(n).fill(-1);
  const weight = (c: Candidate) => (c.rule === 'known' ? 3 : 1);
  for (let a = 0; a < n; a++) {
    const ca = cands[a]!.c;
    score[a] = follows([], ca.num!) ? weight(ca) : -Infinity;
    // the predecessor is one of the 200 candidates before (a bound on the work for very long documents)
    for (let b = Math.max(0, a - 200); b < a; b++) {
      if (score[b]! > -Infinity && score[b]! + weight(ca) > score[a]! && follows(cands[b]!.c.num!, ca.num!)) {
        score[a] = score[b]! + weight(ca);
        from[a] = b;
      }
    }
  }
  let best = -1;
  for (let a = 0; a < n; a++) if (score[a]! > -Infinity && (best < 0 || score[a]! > score[best]!)) best = a;
  const run = new Set<number>();
  for (let a = best; a >= 0; a = from[a]!) run.add(cands[a]!.i);
  return run;
}

/**
 * Decide over all heading candidates of a document. A document that numbers its sections (a run of at least three
 * numbered headings, two of them top level, and its main sections named with a number at least as often as
 * without) keeps a numbered candidate only when it is in that run; an unnumbered one only when it is an appendix,
 * a heading classifyHeading names before the first numbered heading (the abstract and its parts), one it names
 * after that other than a main section or the abstract (back matter, "Limitations"), or larger type or capitals
 * with a word after the last numbered heading (back matter it does not know). Table header rows, figure labels
 * and larger type inside figures stop being headings. Other documents keep every candidate.
 */
function acceptHeadings(lines: Line[], body: number, skip: Set<Line>): (Candidate | null)[] {
  const cands = lines.map((l) => (skip.has(l) ? null : headingCandidate(l, body)));
  // numbered lines inside the reference list are entries, not headings
  let inRefs = false;
  const numbered: { i: number; c: Candidate }[] = [];
  cands.forEach((c, i) => {
    if (!c) return;
    const t = lines[i]!.text.trim();
    if (REFERENCE_HEADING.test(t)) inRefs = true;
    else if (inRefs && (c.rule === 'known' || c.rule === 'appendix')) inRefs = false;
    if (!inRefs && c.num && (c.rule === 'numbered' || c.rule === 'known')) numbered.push({ i, c });
  });
  const run = numberedRun(numbered);
  const topLevel = [...run].filter((i) => cands[i]!.depth === 1).length;
  // numbered subsections under unnumbered "Methods", "Results" do not make a numbered document
  const mainIn = (keep: (i: number) => boolean) => cands.filter((c, i) => c && keep(i) && MAIN_SECTION.test(lines[i]!.text.trim())).length;
  const numberedMain = mainIn((i) => run.has(i));
  const plainMain = mainIn((i) => !cands[i]!.num);
  if (run.size < 3 || topLevel < 2 || numberedMain < plainMain) return cands;
  const firstNumbered = Math.min(...run);
  const lastNumbered = Math.max(...run);
  return cands.map((c, i) => {
    if (!c) return null;
    if (c.num) return run.has(i) ? c : null;
    if (c.rule === 'appendix' || c.rule === 'lettered') return c;
    const t = lines[i]!.text.trim();
    const cls = classifyHeading(t);
    // back matter the template does not number ("Informed Consent Statement", "CONTRIBUTIONS"), after the body
    if (!cls) return i > lastNumbered && (c.rule === 'larger' || c.rule === 'capitals') && hasWord(t.split(/\s+/)) ? c : null;
    // the abstract and its parts come before the first numbered heading
    if (i < firstNumbered) return c;
    // a main section without a number ("Methods" in a table's header row); a named part of one ("Limitations") stays
    if (!cls.role && (cls.kind === 'introduction' || cls.kind === 'methods' || cls.kind === 'results' || cls.kind === 'discussion' || cls.kind === 'abstract')) return null;
    return c;
  });
}

/**
 * The lines that continue a heading set in larger type than the body: the next lines of the same size in the same
 * column at line spacing, not ending a sentence ("7. Improving Model Performance by Flipping Predicted" +
 * "Misclassifications"; two lines of a long unnumbered heading). A numbered or known heading starts anew.
 */
function headingWrap(all: Line[], i: number, heads: (Candidate | null)[], body: number): Line[] {
  const out: Line[] = [];
  let p = all[i]!;
  if (p.size < body * 1.05 || /[.!?:]$/.test(p.text)) return out;
  for (let j = i + 1; j < all.length && out.length < 2; j++) {
    const n = all[j]!;
    const h = heads[j];
    if (n.page !== p.page || n.col !== p.col || Math.abs(n.size - p.size) > 0.3 || p.y - n.y > p.size * 1.6 || p.y <= n.y) break;
    if (h && h.rule !== 'larger' && h.rule !== 'capitals') break;
    if (n.text.split(/\s+/).length > 10 || CAPTION_START.test(n.text)) break;
    out.push(n);
    p = n;
    if (/[.!?:]$/.test(n.text)) break;
  }
  return out;
}

/** "Appendix A. Data", "Appendices", "Appendix 2: ..." (not a sentence that starts with the word) */
const APPENDIX_HEADING = /^Appendix(?:es)?(?:\s+[A-Z0-9](?:\.\d+)*)?(?:[.:]\s+[A-Z]|\s*$)/;

const CAPTION_START = /^(fig(?:ure)?\.?|table|supplementary (?:figure|table))\s*S?\d+[a-z]?\s*[.:|]/i;

const pos = (l: Line): Position => ({ page: l.page, line: l.no });

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
  if (l.size < body * 0.9 || !displayed(l, body) || CAPTION_START.test(t) || /(?:\b[A-Za-z][a-z]+[,;]? ){3}[A-Za-z][a-z]+\b/.test(t)) return false;
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
 * …", lower case). Table rows (smaller type, words) and sentences with an inline formula (prose words) are not.
 */
function displayFormulas(all: Line[], heads: (Candidate | null)[], body: number): boolean[] {
  const out = all.map(() => false);
  const sameFlow = (a: Line, b: Line) => a.page === b.page && a.col === b.col;
  const math = all.map((l, i) => !heads[i] && mathLine(l, body));
  // the last line of an indented block (a caption, a list item) under a full line of prose that starts where it does
  all.forEach((l, i) => {
    const p = all[i - 1];
    if (math[i] && p && !math[i - 1] && sameFlow(p, l) && Math.abs(p.x0 - l.x0) < 2 && p.x1 > p.colRight - body * 2) math[i] = false;
  });
  const piece = all.map((l, i) => !heads[i] && !math[i] && formulaPiece(l, body));
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
    const before = i > 0 && !heads[i - 1] ? all[i - 1]!.text.trim() : '';
    const after = j + 1 < all.length && !heads[j + 1] ? all[j + 1]!.text.trim() : '';
    if (hasMath && (numbered || (before && ANNOUNCES.test(before)) || (after && GOES_ON.test(after)))) for (let k = i; k <= j; k++) out[k] = true;
    i = j + 1;
  }
  return out;
}



/** The lines of a paragraph as one text; a hyphen at a line end before a lower-case letter is dropped. */
function joinLines(lines: Line[]): MappedBuilder {
  const b = new MappedBuilder();
  let prev = '';
  for (let k = 0; k < lines.length; k++) {
    let t = lines[k]!.text;
    const next = lines[k + 1]?.text ?? '';
    // "classi-" + "fication" → "classification"
    if (/[A-Za-z]-$/.test(t) && /^[a-z]/.test(next)) t = t.slice(0, -1) + '\u0000';
    if (k > 0 && !prev.endsWith('\u0000')) b.sep();
    b.pushAt(t.replace(/\u0000$/, ''), pos(lines[k]!));
    prev = t;
  }
  return b;
}

export function linesToBlocks(pages: Line[][]): { blocks: Block[]; title?: string } {
  const all = pages.flat();
  const blocks: Block[] = [];
  if (!all.length) return { blocks };
  const body = bodySize(all);
  // typical line spacing within a column
  const gaps: number[] = [];
  for (let k = 1; k < all.length; k++) {
    const a = all[k - 1]!;
    const b = all[k]!;
    if (a.page === b.page && a.col === b.col && Math.abs(a.size - body) < 0.6 && Math.abs(b.size - body) < 0.6) {
      const d = a.y - b.y;
      if (d > 0 && d < body * 3) gaps.push(d);
    }
  }
  const spacing = median(gaps) || body * 1.25;

  // the title: the largest line(s) in the top half of page 1
  let titleLines: Line[] = [];
  const first = pages[0] ?? [];
  const maxSize = Math.max(maxOf(first.map((l) => l.size)), 0);
  if (maxSize >= body * 1.3) {
    const k = first.findIndex((l) => l.size === maxSize && l.y > l.pageH * 0.45);
    if (k >= 0) {
      titleLines = [first[k]!];
      for (let j = k + 1; j < first.length && first[j]!.size === maxSize && first[j - 1]!.y - first[j]!.y < maxSize * 2; j++) titleLines.push(first[j]!);
    }
  }
  let title: string | undefined;

  let cur: Line[] = [];
  let curKind: Block['kind'] = 'paragraph';
  let skipping = false;
  const flush = () => {
    if (!cur.length) return;
    if (!skipping) {
      const b = joinLines(cur);
      const kind = curKind === 'paragraph' && CAPTION_START.test(cur[0]!.text) ? 'caption' : curKind;
      const blk = b.block(kind);
      if (blk) blocks.push(blk);
    }
    cur = [];
    curKind = 'paragraph';
  };
  // a display formula: a block of its own (a table, so that prose rules and sample sizes leave its numbers alone)
  let formula: Line[] = [];
  const flushFormula = () => {
    if (formula.length && !skipping) {
      const blk = joinLines(formula).block('table');
      if (blk) blocks.push(blk);
    }
    formula = [];
  };

  if (titleLines.length) {
    const b = new MappedBuilder();
    for (const l of titleLines) {
      b.sep();
      b.pushAt(l.text, pos(l));
    }
    const blk = b.block('title', { sectionHint: 'title' });
    if (blk) {
      blocks.push(blk);
      title = blk.text;
    }
  }

  const heads = acceptHeadings(all, body, new Set(titleLines));
  const inFormula = displayFormulas(all, heads, body);
  let prevLine: Line | null = null;
  let wrapped = 0;
  for (const [i, l] of all.entries()) {
    if (titleLines.includes(l) || i < wrapped) {
      prevLine = l;
      continue;
    }
    const h = heads[i];
    if (h) {
      flush();
      flushFormula();
      const isRefs = REFERENCE_HEADING.test(l.text);
      if (isRefs) skipping = true;
      // the reference list ends at the next known heading or an appendix (back matter and appendices after it)
      else if (skipping && (KNOWN_HEADING.test(l.text) || APPENDIX_HEADING.test(l.text.trim()))) skipping = false;
      const segments = [{ textStart: 0, pos: pos(l), verbatim: false }];
      let text = l.text;
      for (const n of headingWrap(all, i, heads, body)) {
        segments.push({ textStart: text.length + 1, pos: pos(n), verbatim: false });
        text += ` ${n.text}`;
      }
      wrapped = i + segments.length;
      if (!skipping) blocks.push({ kind: 'heading', text: text.replace(/\s*:$/, ''), depth: h.depth, segments });
      prevLine = all[wrapped - 1]!;
      continue;
    }
    if (inFormula[i]) {
      // a display formula ends the paragraph before it and is a block of its own
      if (!inFormula[i - 1]) flush();
      formula.push(l);
      continue;
    }
    if (formula.length) flushFormula();
    if (cur.length && prevLine) {
      const p = prevLine;
      const sameFlow = p.page === l.page && p.col === l.col;
      const gap = p.y - l.y;
      const ended = /[.!?:]["')\]]?$/.test(p.text);
      const colWidth = Math.max(1, l.colRight - l.colLeft);
      let br = false;
      if (sameFlow) {
        if (gap > spacing * 1.6 || gap < -spacing * 0.5) br = true;
        else if (ended && l.x0 > l.colLeft + Math.max(8, l.size * 0.8) && l.x0 - p.x0 > 4) br = true;
        else if (ended && p.x1 < l.colLeft + colWidth * 0.7) br = true;
        else if (Math.abs(l.size - p.size) > 1.5) br = true;
      } else if (ended) br = true;
      if (CAPTION_START.test(l.text)) br = true;
      if (br) flush();
    }
    cur.push(l);
    prevLine = l;
  }
  flush();
  flushFormula();
  const out: { blocks: Block[]; title?: string } = { blocks };
  if (title) out.title = title;
  return out;
}
