/**
 * Blocks from the lines of a PDF: the title (the largest line(s) high on page 1), headings (known section
 * names, numbering, capitals, larger type; decided over the whole document, see acceptHeadings), paragraphs grouped by vertical gaps and indentation with
 * hyphenated line breaks joined, figure/table captions, and display formulas as blocks of their own (see
 * displayFormulas). Positions are {page, line}. Reference lists are skipped up to the next known heading.
 */
import type { Block } from '../../manuscript/model.js';
import { classifyHeading } from '../../manuscript/sections.js';
import { MappedBuilder, REFERENCE_HEADING } from '../source-util.js';
import { PAGE_NUMBER } from './furniture.js';
import { displayFormulas } from './formulas.js';
import { bodySize, linePos, linesBuilder, median, type Line } from './lines.js';
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

const URL_AT_END = /(?:https?:\/\/|\bwww\.)\S*[/._=?&#-]$/;
const URL_GOES_ON = /^[\w~%-]+[/._=?&#-][\w~%]/;

/** The lines of a paragraph as one text; a hyphen at a line end before a lower-case letter is dropped. */
function joinLines(lines: Line[]): MappedBuilder {
  const b = new MappedBuilder();
  let prev = '';
  for (let k = 0; k < lines.length; k++) {
    let t = lines[k]!.text;
    const next = lines[k + 1]?.text ?? '';
    // a link broken at the line end ("https://github.com/" + "lab/repo", "https://github." + "com/lab/repo") goes on
    // without a space (and keeps its hyphen) when the next line starts with more of an address
    if (URL_AT_END.test(t) && URL_GOES_ON.test(next)) t += '\u0000';
    // "classi-" + "fication" → "classification"
    else if (/[A-Za-z]-$/.test(t) && /^[a-z]/.test(next)) t = t.slice(0, -1) + '\u0000';
    if (k > 0 && !prev.endsWith('\u0000')) b.sep();
    b.pushAt(t.replace(/\u0000$/, ''), linePos(lines[k]!));
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
  if (maxSize >= body * 1.3 || (maxSize >= body * 1.2 && !pages.slice(1).some((p) => p.some((l) => Math.abs(l.size - maxSize) < 0.05)))) {
    // only 1.2-1.3x the body text (a proceedings title set in 14 pt over 11 pt text, a run of it in another font):
    // a type size seen on page 1 alone, on the first line in that size, with nothing in body type above it (a
    // running head in small type may be), and not a section heading
    const modest = maxSize < body * 1.3;
    let k = first.findIndex((l) => l.size === maxSize && l.y > l.pageH * 0.45);
    if (modest && k >= 0) {
      const t = first[k]!.text.trim();
      if (KNOWN_HEADING.test(t) || /^\d+(?:\.\d+)*\.?\s/.test(t) || first.slice(0, k).some((l) => l.size >= body * 0.95)) k = -1;
    }
    if (k >= 0) {
      titleLines = [first[k]!];
      // title lines of one size follow each other (a raised run such as a logo in the title can widen the gap)
      for (let j = k + 1; j < first.length && first[j]!.size === maxSize && first[j - 1]!.y - first[j]!.y < maxSize * 2.5; j++) titleLines.push(first[j]!);
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
    const blk = linesBuilder(titleLines).block('title', { sectionHint: 'title' });
    if (blk) {
      blocks.push(blk);
      title = blk.text;
    }
  }

  const heads = acceptHeadings(all, body, new Set(titleLines));
  const inFormula = displayFormulas(all, heads.map((h, i) => !!h || CAPTION_START.test(all[i]!.text)), body);
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
      const segments = [{ textStart: 0, pos: linePos(l), verbatim: false }];
      let text = l.text;
      for (const n of headingWrap(all, i, heads, body)) {
        segments.push({ textStart: text.length + 1, pos: linePos(n), verbatim: false });
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
