/**
 * Page furniture: running headers and footers (repeated near the page edge) and page numbers. A line at the
 * top or bottom edge is furniture when the same text (digits aside) stands at the same height on half the pages
 * or more, or, for text with words, on at least three pages or on every other page: templates that alternate
 * the short title (odd pages) and the authors' names (even pages) repeat each on about half the pages only.
 */
import type { Line } from './lines.js';

export const PAGE_NUMBER = /^(?:page\s*)?\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?$/i;

const isEdge = (l: Line): boolean => l.y > l.pageH * 0.88 || l.y < l.pageH * 0.1;

function textKey(l: Line): string {
  return `${l.text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim()}@${l.y > l.pageH / 2 ? 'top' : 'bottom'}`;
}

interface Hit {
  page: number;
  y: number;
}

/** The occurrences of an edge text at its most common height (within 4 points), and their pages. */
function atOneHeight(hits: Hit[]): { hits: Hit[]; pages: number[] } {
  let best: { hits: Hit[]; pages: number[] } = { hits: [], pages: [] };
  for (const h of hits) {
    const near = hits.filter((o) => Math.abs(o.y - h.y) <= 4);
    const pages = [...new Set(near.map((o) => o.page))];
    if (pages.length > best.pages.length) best = { hits: near, pages };
  }
  return best;
}

/** Whether text repeated on `pages` (of `n`) is a running header or footer. */
function isRunning(pages: number[], n: number, key: string): boolean {
  const c = pages.length;
  if (c >= Math.max(2, Math.ceil(n * 0.5))) return true;
  if ((key.match(/[a-z]/g) ?? []).length < 4) return false;
  if (c >= 3) return true;
  // every other page: all on odd or all on even pages, and on most pages of that parity after the first page
  const parity = pages[0]! % 2;
  if (c < 2 || pages.some((p) => p % 2 !== parity)) return false;
  let ofParity = 0;
  for (let p = 2; p <= n; p++) if (p % 2 === parity) ofParity++;
  return c >= ofParity * 0.6;
}

/** Drop running headers/footers and page numbers. */
export function dropFurniture(pages: Line[][]): Line[][] {
  const hits = new Map<string, Hit[]>();
  for (const ls of pages) {
    for (const l of ls) {
      if (!isEdge(l)) continue;
      const k = textKey(l);
      let h = hits.get(k);
      if (!h) hits.set(k, (h = []));
      h.push({ page: l.page, y: l.y });
    }
  }
  const n = pages.length;
  const running = new Set<string>();
  if (n >= 2) {
    for (const [k, h] of hits) {
      const at = atOneHeight(h);
      if (at.pages.length >= 2 && isRunning(at.pages, n, k)) for (const o of at.hits) running.add(`${k}#${o.page}#${o.y}`);
    }
  }
  return pages.map((ls) =>
    ls.filter((l) => {
      if (!isEdge(l)) return true;
      if (PAGE_NUMBER.test(l.text)) return false;
      return !running.has(`${textKey(l)}#${l.page}#${l.y}`);
    }),
  );
}
