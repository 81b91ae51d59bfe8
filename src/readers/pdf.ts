/**
 * PDF reader (pdf.js legacy build, loaded on demand, no worker). Rebuilds lines from positioned text items,
 * reads two-column pages column by column, drops running headers/footers, page numbers and margin line
 * numbers, joins hyphenated line breaks, groups lines into paragraphs by vertical gaps and indentation, and
 * recognises headings (known section names, numbering, capitals, larger type). Positions are {page, line}:
 * the line's number on its page in reading order. Reference lists are skipped.
 */
import { firstLine } from '../errors.js';
import type { Block, Position } from '../manuscript/model.js';
import { InputError, type Reader, type ReaderInput, type ReaderOutput } from './types.js';
import { MappedBuilder, REFERENCE_HEADING } from './source-util.js';

export const MAX_PDF_PAGES = 300;
export const MAX_PDF_BYTES = 100 * 1024 * 1024;
export const PDF_TIME_BUDGET_MS = 120_000;

interface Item {
  str: string;
  x: number;
  y: number;
  w: number;
  size: number;
}

interface Line {
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
  colLeft: number;
  colRight: number;
  pageH: number;
}

// minimal shapes of the pdf.js API used here
interface PdfTextItem {
  str?: string;
  transform?: number[];
  width?: number;
  height?: number;
}
interface PdfPage {
  getViewport(o: { scale: number }): { width: number; height: number };
  getTextContent(): Promise<{ items: PdfTextItem[] }>;
  cleanup(): void;
}
interface PdfDoc {
  numPages: number;
  getPage(n: number): Promise<PdfPage>;
  destroy(): Promise<void>;
}
interface PdfJs {
  getDocument(src: Record<string, unknown>): { promise: Promise<PdfDoc>; destroy?: () => Promise<void> };
  /** thrown for files that are not PDF or are damaged beyond repair */
  InvalidPDFException: new (...args: never[]) => Error;
  /** the codes of pdf.js's PasswordException (a class pdf.js does not export) */
  PasswordResponses: Record<string, number>;
}

type PdfJsFailure = 'password' | 'invalid' | 'other';

/** What went wrong when pdf.js could not open a document: the one place that knows pdf.js's exceptions. */
function pdfJsFailure(pdfjs: PdfJs, e: unknown): PdfJsFailure {
  if (e instanceof pdfjs.InvalidPDFException) return 'invalid';
  // PasswordException is not exported: it is the error whose code is one of the exported PasswordResponses
  const code = e instanceof Error && 'code' in e ? (e as Error & { code: unknown }).code : undefined;
  if (typeof code === 'number' && Object.values(pdfjs.PasswordResponses).includes(code)) return 'password';
  return 'other';
}

const KNOWN_HEADING =
  /^(?:(?:\d+(?:\.\d+)*\.?|[IVX]+\.)\s+)?(abstract|summary|introduction|background|methods?|materials and methods|methods and materials|patients and methods|subjects and methods|material and methods|results|results and discussion|discussion|conclusions?|references|bibliography|literature cited|acknowledg(?:e)?ments?|funding|funding statement|financial support|competing interests?|conflicts? of interests?|declaration of (?:competing )?interests?|disclosures?|data availability(?: statement)?|data sharing(?: statement)?|availability of data and materials|code availability|ethics(?: statement| approval)?|ethical approval|ethics approval and consent to participate|author contributions|authors'? contributions|supplementary (?:material|materials|information)|supporting information|limitations|abbreviations|keywords|key words|trial registration|registration|declarations|appendix(?: [a-z0-9]+)?|study design|statistical analysis|participants)\s*:?$/i;

const PAGE_NUMBER = /^(?:page\s*)?\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?$/i;

function median(xs: number[]): number {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1]!;
}

/** Join positioned items that share a baseline into lines. */
function buildLines(items: Item[]): Omit<Line, 'page' | 'no' | 'col' | 'colLeft' | 'colRight' | 'pageH'>[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: Item[][] = [];
  for (const it of sorted) {
    let g: Item[] | undefined;
    for (let k = groups.length - 1; k >= 0 && k >= groups.length - 4; k--) {
      const gy = groups[k]![0]!.y;
      const tol = 0.45 * Math.max(it.size, groups[k]![0]!.size);
      if (Math.abs(gy - it.y) <= tol) {
        g = groups[k];
        break;
      }
    }
    if (g) g.push(it);
    else groups.push([it]);
  }
  return groups.map((g) => {
    g.sort((a, b) => a.x - b.x);
    let text = '';
    let prevEnd = -Infinity;
    for (const it of g) {
      const gap = it.x - prevEnd;
      if (text && gap > 0.15 * it.size && !/\s$/.test(text) && !/^\s/.test(it.str)) text += ' ';
      text += it.str;
      prevEnd = Math.max(prevEnd, it.x + it.w);
    }
    const bodyItems = g.filter((it) => it.str.trim());
    return {
      text: text.replace(/\s+/g, ' ').trim(),
      x0: Math.min(...g.map((i) => i.x)),
      x1: Math.max(...g.map((i) => i.x + i.w)),
      y: median(g.map((i) => i.y)),
      size: Math.max(...(bodyItems.length ? bodyItems : g).map((i) => i.size)),
    };
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
function pageLines(items: Item[], width: number, height: number, page: number): Line[] {
  // margin line numbers: bare numbers left of (or right of) all other text
  const words = items.filter((i) => !/^\s*\d{1,4}\s*$/.test(i.str) && i.str.trim());
  if (words.length) {
    const minX = Math.min(...words.map((i) => i.x));
    const maxX = Math.max(...words.map((i) => i.x + i.w));
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
    const right = ls.length ? Math.max(...ls.map((l) => l.x1)) : width;
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
    const right = mk(rl, 2, rl.length ? median(rl.map((l) => l.x0)) : split, rl.length ? Math.max(...rl.map((l) => l.x1)) : width);
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

function normKey(l: Line): string {
  return `${l.text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim()}@${Math.round(l.y / 4)}`;
}

/** Drop running headers/footers and page numbers. */
function dropFurniture(pages: Line[][]): Line[][] {
  const counts = new Map<string, number>();
  for (const ls of pages) {
    const seen = new Set<string>();
    for (const l of ls) {
      const k = normKey(l);
      if (!seen.has(k)) counts.set(k, (counts.get(k) ?? 0) + 1);
      seen.add(k);
    }
  }
  const n = pages.length;
  const minRepeat = Math.max(2, Math.ceil(n * 0.5));
  return pages.map((ls) =>
    ls.filter((l) => {
      const edge = l.y > l.pageH * 0.88 || l.y < l.pageH * 0.1;
      if (edge && PAGE_NUMBER.test(l.text)) return false;
      if (n >= 2 && edge && (counts.get(normKey(l)) ?? 0) >= minRepeat) return false;
      return true;
    }),
  );
}

function isHeading(l: Line, body: number): { depth: number } | null {
  const t = l.text.trim();
  if (!t || t.length > 100 || PAGE_NUMBER.test(t)) return null;
  const words = t.split(/\s+/).length;
  if (KNOWN_HEADING.test(t)) {
    const num = /^(\d+(?:\.\d+)*)\.?\s/.exec(t);
    return { depth: num ? num[1]!.split('.').length : 1 };
  }
  if (words > 12 || /[.,;]$/.test(t) || !/[A-Za-z]{2}/.test(t)) return null;
  const num = /^(\d+(?:\.\d+){0,3})\.?\s+[A-Z]/.exec(t);
  if (num && words <= 10 && l.size >= body * 0.98 && !/\d{4}/.test(t.slice(num[0].length))) return { depth: num[1]!.split('.').length };
  if (l.size >= body * 1.15 && /^[A-Z0-9]/.test(t)) return { depth: l.size >= body * 1.4 ? 1 : 2 };
  if (words <= 8 && /^[A-Z0-9][A-Z0-9 ,&:\-–()/]+$/.test(t) && /[A-Z]{3}/.test(t) && t.length >= 4) return { depth: 1 };
  return null;
}

const CAPTION_START = /^(fig(?:ure)?\.?|table|supplementary (?:figure|table))\s*S?\d+[a-z]?\s*[.:|]/i;

function linesToBlocks(pages: Line[][]): { blocks: Block[]; title?: string } {
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
  const maxSize = Math.max(...first.map((l) => l.size), 0);
  if (maxSize >= body * 1.3) {
    const k = first.findIndex((l) => l.size === maxSize && l.y > l.pageH * 0.45);
    if (k >= 0) {
      titleLines = [first[k]!];
      for (let j = k + 1; j < first.length && first[j]!.size === maxSize && first[j - 1]!.y - first[j]!.y < maxSize * 2; j++) titleLines.push(first[j]!);
    }
  }
  let title: string | undefined;
  const pos = (l: Line): Position => ({ page: l.page, line: l.no });

  let cur: Line[] = [];
  let curKind: Block['kind'] = 'paragraph';
  let skipping = false;
  const flush = () => {
    if (!cur.length) return;
    if (!skipping) {
      const b = new MappedBuilder();
      let prev = '';
      for (let k = 0; k < cur.length; k++) {
        let t = cur[k]!.text;
        const next = cur[k + 1]?.text ?? '';
        // "classi-" + "fication" → "classification"
        if (/[A-Za-z]-$/.test(t) && /^[a-z]/.test(next)) t = t.slice(0, -1) + '\u0000';
        if (k > 0 && !prev.endsWith('\u0000')) b.sep();
        b.pushAt(t.replace(/\u0000$/, ''), pos(cur[k]!));
        prev = t;
      }
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
      else if (skipping && KNOWN_HEADING.test(l.text)) skipping = false;
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

async function loadPdfJs(): Promise<PdfJs> {
  return (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfJs;
}

export async function readPdf(input: ReaderInput): Promise<ReaderOutput> {
  const { path } = input;
  const data = input.data;
  if (data.length > MAX_PDF_BYTES) throw new InputError(path, `is ${(data.length / 1048576).toFixed(1)} MB, over the PDF limit of ${MAX_PDF_BYTES / 1048576} MB`);
  const head = Buffer.from(data.subarray(0, 1024)).toString('latin1');
  if (!head.includes('%PDF-')) throw new InputError(path, 'is not a PDF (no %PDF- header)');
  const pdfjs = await loadPdfJs();
  const task = pdfjs.getDocument({
    data: new Uint8Array(data), // pdf.js may take ownership of the buffer
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  let doc: PdfDoc;
  try {
    doc = await task.promise;
  } catch (e) {
    const msg = firstLine(e);
    const failure = pdfJsFailure(pdfjs, e);
    if (failure === 'password') throw new InputError(path, 'is an encrypted PDF (password required); decrypt it first', { cause: e });
    if (failure === 'invalid') throw new InputError(path, `is not a valid PDF (corrupt or truncated: ${msg})`, { cause: e });
    throw new InputError(path, `could not be read as PDF (${msg})`, { cause: e });
  }
  const warnings: string[] = [];
  const pages: Line[][] = [];
  const started = Date.now();
  let chars = 0;
  try {
    const n = Math.min(doc.numPages, MAX_PDF_PAGES);
    if (doc.numPages > MAX_PDF_PAGES) warnings.push(`${path}: only the first ${MAX_PDF_PAGES} of ${doc.numPages} pages were read`);
    for (let p = 1; p <= n; p++) {
      if (Date.now() - started > PDF_TIME_BUDGET_MS) {
        warnings.push(`${path}: stopped after page ${p - 1} (time limit of ${PDF_TIME_BUDGET_MS / 1000} s)`);
        break;
      }
      let page: PdfPage;
      let content: { items: PdfTextItem[] };
      try {
        page = await doc.getPage(p);
        content = await page.getTextContent();
      } catch (e) {
        warnings.push(`${path}: page ${p} could not be read (${String((e as Error).message ?? e).split('\n')[0]})`);
        continue;
      }
      const vp = page.getViewport({ scale: 1 });
      const items: Item[] = [];
      for (const it of content.items) {
        if (typeof it.str !== 'string' || !it.transform) continue;
        const [a, b, c, d, e, f] = it.transform as [number, number, number, number, number, number];
        if (Math.abs(b) > Math.abs(a) * 0.5 && it.str.trim()) continue; // rotated text (margins, watermarks)
        const size = Math.hypot(c, d) || it.height || Math.hypot(a, b) || 10;
        if (!it.str) continue;
        chars += it.str.replace(/\s/g, '').length;
        items.push({ str: it.str, x: e, y: f, w: it.width ?? 0, size });
      }
      pages.push(pageLines(items, vp.width, vp.height, p));
      page.cleanup();
    }
  } finally {
    await doc.destroy().catch(() => undefined);
  }
  if (chars < 20) throw new InputError(path, 'has no text layer (scanned PDF?); OCR is not supported');
  const { blocks, title } = linesToBlocks(dropFurniture(pages));
  const out: ReaderOutput = { blocks };
  if (title) out.title = title;
  if (warnings.length) out.warnings = warnings;
  return out;
}

export const pdfReader: Reader = {
  format: 'pdf',
  read(input: ReaderInput): Promise<ReaderOutput> {
    return readPdf(input);
  },
};
