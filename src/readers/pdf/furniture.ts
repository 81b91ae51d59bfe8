/** Page furniture: running headers and footers (repeated near the page edge on most pages) and page numbers. */
import type { Line } from './lines.js';

export const PAGE_NUMBER = /^(?:page\s*)?\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?$/i;

function normKey(l: Line): string {
  return `${l.text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim()}@${Math.round(l.y / 4)}`;
}

/** Drop running headers/footers and page numbers. */
export function dropFurniture(pages: Line[][]): Line[][] {
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
