/**
 * Blocks from the lines of a PDF: the title (the largest line(s) high on page 1), headings (known section
 * names, numbering, capitals, larger type), paragraphs grouped by vertical gaps and indentation with
 * hyphenated line breaks joined, and figure/table captions. Positions are {page, line}. Reference lists are
 * skipped up to the next known heading.
 */
import type { Block, Position } from '../../manuscript/model.js';
import { MappedBuilder, REFERENCE_HEADING } from '../source-util.js';
import { PAGE_NUMBER } from './furniture.js';
import { median, type Line } from './lines.js';
import { maxOf } from '../../util/math.js';

const KNOWN_HEADING =
  /^(?:(?:\d+(?:\.\d+)*\.?|[IVX]+\.)\s+)?(abstract|summary|introduction|background|methods?|materials and methods|methods and materials|patients and methods|subjects and methods|material and methods|results|results and discussion|discussion|conclusions?|references|bibliography|literature cited|acknowledg(?:e)?ments?|funding|funding statement|financial support|competing interests?|conflicts? of interests?|declaration of (?:competing )?interests?|disclosures?|data availability(?: statement)?|data sharing(?: statement)?|availability of data and materials|code availability|ethics(?: statement| approval)?|ethical approval|ethics approval and consent to participate|author contributions|authors'? contributions|supplementary (?:material|materials|information)|supporting information|limitations|abbreviations|keywords|key words|trial registration|registration|declarations|appendix(?: [a-z0-9]+)?|study design|statistical analysis|participants)\s*:?$/i;

function isHeading(l: Line, body: number): { depth: number } | null {
  const t = l.text.trim();
  if (!t || t.length > 100 || PAGE_NUMBER.test(t)) return null;
  const words = t.split(/\s+/).length;
  if (KNOWN_HEADING.test(t)) {
    const num = /^(\d+(?:\.\d+)*)\.?\s/.exec(t);
    return { depth: num ? num[1]!.split('.').length : 1 };
  }
  if (words > 12 || /[.,;]$/.test(t) || !/[A-Za-z]{2}/.test(t)) return null;
  // appendices after the reference list ("Appendix B. Implementation details", "B.3. Training details")
  if (APPENDIX_HEADING.test(t) && l.size >= body * 0.98) return { depth: 1 };
  const lettered = /^[A-Z]((?:\.\d+){1,3})\.?\s+[A-Z]/.exec(t);
  if (lettered && words <= 10 && l.size >= body * 0.98) return { depth: lettered[1]!.split('.').length };
  const num = /^(\d+(?:\.\d+){0,3})\.?\s+[A-Z]/.exec(t);
  if (num && words <= 10 && l.size >= body * 0.98 && !/\d{4}/.test(t.slice(num[0].length))) return { depth: num[1]!.split('.').length };
  if (l.size >= body * 1.15 && /^[A-Z0-9]/.test(t)) return { depth: l.size >= body * 1.4 ? 1 : 2 };
  if (words <= 8 && /^[A-Z0-9][A-Z0-9 ,&:\-–()/]+$/.test(t) && /[A-Z]{3}/.test(t) && t.length >= 4) return { depth: 1 };
  return null;
}

/** "Appendix A. Data", "Appendices", "Appendix 2: ..." (not a sentence that starts with the word) */
const APPENDIX_HEADING = /^Appendix(?:es)?(?:\s+[A-Z0-9](?:\.\d+)*)?(?:[.:]\s+[A-Z]|\s*$)/;

const CAPTION_START = /^(fig(?:ure)?\.?|table|supplementary (?:figure|table))\s*S?\d+[a-z]?\s*[.:|]/i;

const pos = (l: Line): Position => ({ page: l.page, line: l.no });

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
  // body size: the size that carries most characters
  const bySize = new Map<number, number>();
  for (const l of all) bySize.set(Math.round(l.size * 2) / 2, (bySize.get(Math.round(l.size * 2) / 2) ?? 0) + l.text.length);
  const body = [...bySize.entries()].sort((a, b) => b[1] - a[1])[0]![0];
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

  let prevLine: Line | null = null;
  for (const l of all) {
    if (titleLines.includes(l)) {
      prevLine = l;
      continue;
    }
    const h = isHeading(l, body);
    if (h) {
      flush();
      const isRefs = REFERENCE_HEADING.test(l.text);
      if (isRefs) skipping = true;
      // the reference list ends at the next known heading or an appendix (back matter and appendices after it)
      else if (skipping && (KNOWN_HEADING.test(l.text) || APPENDIX_HEADING.test(l.text.trim()))) skipping = false;
      if (!skipping) blocks.push({ kind: 'heading', text: l.text.replace(/\s*:$/, ''), depth: h.depth, segments: [{ textStart: 0, pos: pos(l), verbatim: false }] });
      prevLine = l;
      continue;
    }
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
  const out: { blocks: Block[]; title?: string } = { blocks };
  if (title) out.title = title;
  return out;
}
