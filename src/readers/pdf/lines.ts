/**
 * Lines from positioned text items: items that share a baseline joined into lines, margin line numbers
 * dropped, and a two-column page (found by a vertical gutter in the middle) read column by column, with lines
 * that span both columns put in between by height.
 */
import { maxOf, minOf } from '../../util/math.js';
import type { Position } from '../../manuscript/model.js';
import { MappedBuilder } from '../source-util.js';

/** A text item of the text layer: its string, baseline start (x, y), width and font size. */
export interface Item {
  str: string;
  x: number;
  y: number;
  w: number;
  size: number;
}

export interface Line {
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
  page: number;
  /** line number on the page in reading order */
  no: number;
  /** column: 0 single/spanning, 1 left, 2 right */
  col: number;
  /** raised note marks in smaller type (a footnote's number or symbol) and where they stand in `text` */
  marks?: NoteMark[];
  colLeft: number;
  colRight: number;
  pageH: number;
}

export interface NoteMark {
  /** offset of the mark in the line's text */
  at: number;
  mark: string;
}

/** A note mark: one or two digits or a note symbol, alone in an item. */
const MARK_TEXT = /^(?:\d{1,2}|[∗*†‡§¶‖])$/;
/** stands for a mark's place while the line's text is put together */
const MARK_HERE = '\uE000';

export function median(xs: number[]): number {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1]!;
}

/**
 * Sub- and superscripts set further from their baseline than the grouping allows (stacked indices, limits of a
 * displayed sum) would be lines of their own, of a few small characters between two lines of text, and break the
 * paragraph around them. A group whose items are all in smaller type (at most 0.85 of a line's size) and that
 * lies within 0.6 of that line's size from the line's height (its first item's), inside its width, joins the
 * nearest such line.
 */
function attachScripts(groups: { items: Item[]; base: Item }[]): void {
  const info = groups.map((g) => {
    const text = g.items.filter((i) => i.str.trim());
    return {
      size: maxOf(text.map((i) => i.size), 0),
      x0: minOf(g.items.map((i) => i.x)),
      x1: maxOf(g.items.map((i) => i.x + i.w)),
    };
  });
  const gone = new Set<number>();
  for (let k = 0; k < groups.length; k++) {
    const s = info[k]!;
    if (!s.size) continue;
    let best = -1;
    let bestD = Infinity;
    for (let j = Math.max(0, k - 4); j < Math.min(groups.length, k + 5); j++) {
      const t = info[j]!;
      if (j === k || gone.has(j) || s.size > t.size * 0.85) continue;
      const d = Math.abs(groups[j]!.base.y - groups[k]!.base.y);
      const slack = t.size * 2;
      if (d <= t.size * 0.6 && d < bestD && s.x0 >= t.x0 - slack && s.x1 <= t.x1 + slack) {
        best = j;
        bestD = d;
      }
    }
    if (best >= 0) {
      groups[best]!.items.push(...groups[k]!.items);
      gone.add(k);
    }
  }
  for (let k = groups.length - 1; k >= 0; k--) if (gone.has(k)) groups.splice(k, 1);
}

/** A line's place in the source: its page and its number on the page. */
export const linePos = (l: Line): Position => ({ page: l.page, line: l.no });

/** Whole lines, one after another with a space between, mapped to their places (a title, a note). */
export function linesBuilder(lines: readonly Line[]): MappedBuilder {
  const b = new MappedBuilder();
  for (const l of lines) {
    b.sep();
    b.pushAt(l.text, linePos(l));
  }
  return b;
}

/** The body size of a document: the font size (to half a point) that carries most characters. */
export function bodySize(lines: Line[]): number {
  const bySize = new Map<number, number>();
  for (const l of lines) bySize.set(Math.round(l.size * 2) / 2, (bySize.get(Math.round(l.size * 2) / 2) ?? 0) + l.text.length);
  return [...bySize.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
}

/** Join positioned items that share a baseline into lines. */
function buildLines(items: Item[]): Omit<Line, 'page' | 'no' | 'col' | 'colLeft' | 'colRight' | 'pageH'>[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  // a line's height is that of its first (highest) item
  const groups: { items: Item[]; base: Item }[] = [];
  for (const it of sorted) {
    let g: (typeof groups)[number] | undefined;
    for (let k = groups.length - 1; k >= 0 && k >= groups.length - 4; k--) {
      const base = groups[k]!.base;
      if (Math.abs(base.y - it.y) <= 0.45 * Math.max(it.size, base.size)) {
        g = groups[k];
        break;
      }
    }
    if (g) g.items.push(it);
    else groups.push({ items: [it], base: it });
  }
  attachScripts(groups);
  return groups.map(({ items: g }) => {
    g.sort((a, b) => a.x - b.x);
    // the line's own type: its first item of the largest size
    const base = g.reduce((a, b) => (b.str.trim() && b.size > a.size + 0.5 ? b : a), g[0]!);
    let text = '';
    let prevEnd = -Infinity;
    const found: string[] = [];
    for (const it of g) {
      const gap = it.x - prevEnd;
      if (text && gap > 0.15 * it.size && !/\s$/.test(text) && !/^\s/.test(it.str)) text += ' ';
      const mark = it.str.trim();
      // a raised mark in smaller type after a word: a footnote's number or symbol
      if (text && MARK_TEXT.test(mark) && it.size <= base.size * 0.85 && it.y >= base.y + base.size * 0.2) {
        found.push(mark);
        text += it.str.replace(/^\s*/, (sp) => sp + MARK_HERE);
      } else text += it.str;
      prevEnd = Math.max(prevEnd, it.x + it.w);
    }
    const bodyItems = g.filter((it) => it.str.trim());
    const line = {
      text: text.replace(/\s+/g, ' ').trim(),
      x0: minOf(g.map((i) => i.x)),
      x1: maxOf(g.map((i) => i.x + i.w)),
      y: median(g.map((i) => i.y)),
      size: maxOf((bodyItems.length ? bodyItems : g).map((i) => i.size)),
    };
    if (!found.length) return line;
    const marks: NoteMark[] = [];
    const parts = line.text.split(MARK_HERE);
    let at = parts[0]!.length;
    for (let k = 1; k < parts.length; k++) {
      marks.push({ at, mark: found[k - 1]! });
      at += parts[k]!.length;
    }
    return { ...line, text: parts.join(''), marks };
  });
}

/** Find a vertical gutter in the middle of the page; returns the split x or null for one column. */
function findGutter(items: Item[], width: number): number | null {
  const textItems = items.filter((i) => i.str.trim().length > 1);
  if (textItems.length < 8) return null;
  const bins = new Float64Array(Math.ceil(width) + 1);
  for (const it of textItems) {
    const a = Math.max(0, Math.floor(it.x));
    const b = Math.min(bins.length - 1, Math.ceil(it.x + it.w));
    for (let k = a; k < b; k++) bins[k]! += 1;
  }
  const lo = Math.floor(width * 0.3);
  const hi = Math.ceil(width * 0.7);
  const allowed = Math.max(1, textItems.length * 0.06);
  let best: [number, number] | null = null;
  let runStart = -1;
  for (let k = lo; k <= hi; k++) {
    if (bins[k]! <= allowed) {
      if (runStart < 0) runStart = k;
    } else if (runStart >= 0) {
      if (!best || k - runStart > best[1] - best[0]) best = [runStart, k];
      runStart = -1;
    }
  }
  if (runStart >= 0 && (!best || hi + 1 - runStart > best[1] - best[0])) best = [runStart, hi + 1];
  if (!best || best[1] - best[0] < 6) return null;
  const split = (best[0] + best[1]) / 2;
  let left = 0;
  let right = 0;
  for (const it of textItems) {
    if (it.x + it.w <= split) left += it.str.length;
    else if (it.x >= split) right += it.str.length;
  }
  const total = textItems.reduce((a, i) => a + i.str.length, 0);
  if (left < total * 0.15 || right < total * 0.15) return null;
  return split;
}

/** Lines of one page in reading order. */
export function pageLines(items: Item[], width: number, height: number, page: number): Line[] {
  // margin line numbers: bare numbers left of (or right of) all other text
  const words = items.filter((i) => !/^\s*\d{1,4}\s*$/.test(i.str) && i.str.trim());
  if (words.length) {
    const minX = minOf(words.map((i) => i.x));
    const maxX = maxOf(words.map((i) => i.x + i.w));
    const nums = items.filter((i) => /^\s*\d{1,4}\s*$/.test(i.str));
    const marginNums = nums.filter((i) => i.x + i.w < minX - 2 || i.x > maxX + 2);
    if (marginNums.length >= 5) items = items.filter((i) => !marginNums.includes(i));
  }
  const split = findGutter(items, width);
  const mk = (ls: ReturnType<typeof buildLines>, col: number, left: number, right: number): Line[] =>
    ls.filter((l) => l.text).map((l) => ({ ...l, page, no: 0, col, colLeft: left, colRight: right, pageH: height }));
  let ordered: Line[];
  if (split === null) {
    const ls = buildLines(items);
    const left = ls.length ? median(ls.map((l) => l.x0)) : 0;
    const right = maxOf(ls.map((l) => l.x1), width);
    ordered = mk(ls, 0, left, right);
  } else {
    const L: Item[] = [];
    const R: Item[] = [];
    const S: Item[] = [];
    for (const it of items) {
      if (it.x + it.w <= split + 1) L.push(it);
      else if (it.x >= split - 1) R.push(it);
      else S.push(it);
    }
    const ll = buildLines(L);
    const rl = buildLines(R);
    const left = mk(ll, 1, ll.length ? median(ll.map((l) => l.x0)) : 0, split);
    const right = mk(rl, 2, rl.length ? median(rl.map((l) => l.x0)) : split, maxOf(rl.map((l) => l.x1), width));
    const span = mk(buildLines(S), 0, 0, width).sort((a, b) => b.y - a.y);
    ordered = [];
    let li = 0;
    let ri = 0;
    for (const s of span) {
      while (li < left.length && left[li]!.y > s.y) ordered.push(left[li++]!);
      while (ri < right.length && right[ri]!.y > s.y) ordered.push(right[ri++]!);
      ordered.push(s);
    }
    while (li < left.length) ordered.push(left[li++]!);
    while (ri < right.length) ordered.push(right[ri++]!);
  }
  ordered.forEach((l, k) => (l.no = k + 1));
  return ordered;
}
