// PDF text cleaning on lines and text items built here: running heads, sub/superscripts, footnotes.
import { describe, expect, it } from 'vitest';
import { dropFurniture } from '../src/readers/pdf/furniture.js';
import { pageLines, type Item, type Line } from '../src/readers/pdf/lines.js';

const H = 792;

/** A line of a single-column page at height y (points from the bottom). */
function line(page: number, y: number, text: string, size = 10): Line {
  return { text, x0: 90, x1: 90 + text.length * 5, y, size, page, no: 0, col: 0, colLeft: 90, colRight: 520, pageH: H };
}

/** n pages of body text, with `edge(page)` lines on top of each page. */
function pagesWith(n: number, edge: (page: number) => Line[]): Line[][] {
  const pages: Line[][] = [];
  for (let p = 1; p <= n; p++) {
    const ls = [...edge(p)];
    for (let k = 0; k < 6; k++) ls.push(line(p, 680 - k * 14, `Body line ${k} of page ${p} about the cohort and the model.`));
    ls.push(line(p, 40, String(p)));
    pages.push(ls);
  }
  return pages;
}

const texts = (pages: Line[][]): string[] => pages.flat().map((l) => l.text);

describe('PDF running heads', () => {
  it('drops a short title on odd pages and the authors on even pages, each on half the pages', () => {
    const pages = pagesWith(10, (p) => (p === 1 ? [] : [line(p, 744, p % 2 ? 'Learning From Few Scans' : 'Doe Roe Moe')]));
    const out = texts(dropFurniture(pages));
    expect(out.filter((t) => /Learning From Few Scans|Doe Roe Moe/.test(t))).toEqual([]);
    expect(out.filter((t) => t.startsWith('Body line'))).toHaveLength(60);
    expect(out.filter((t) => /^\d+$/.test(t))).toEqual([]);
  });

  it('drops alternating heads of a short paper (two pages each)', () => {
    const pages = pagesWith(5, (p) => (p === 1 ? [] : [line(p, 744, p % 2 ? 'Short Title Of The Work' : 'Doe and Roe')]));
    expect(texts(dropFurniture(pages)).filter((t) => /Short Title|Doe and Roe/.test(t))).toEqual([]);
  });

  it('keeps a heading that opens one page and a table header repeated on two facing pages', () => {
    const pages = pagesWith(12, (p) => {
      if (p === 3) return [line(p, 744, '3. Experiments and Results')];
      if (p === 6 || p === 7) return [line(p, 744, 'Model Sensitivity Specificity AUC')];
      return [];
    });
    const out = texts(dropFurniture(pages));
    expect(out).toContain('3. Experiments and Results');
    expect(out.filter((t) => t === 'Model Sensitivity Specificity AUC')).toHaveLength(2);
  });

  it('keeps text that repeats on three pages away from the page edge', () => {
    const pages = pagesWith(9, (p) => (p % 3 === 0 ? [line(p, 400, 'Table continued from the previous page')] : []));
    expect(texts(dropFurniture(pages)).filter((t) => t.startsWith('Table continued'))).toHaveLength(3);
  });
});

/** A text item; `w` defaults to 5 points a character. */
const item = (str: string, x: number, y: number, size = 10.9, w = str.length * 5): Item => ({ str, x, y, w, size });

describe('PDF sub- and superscripts', () => {
  it('keeps a subscript on its line when the line opens with a raised superscript', () => {
    const items = [
      item('the attention maps M', 90, 548, 10.9, 100),
      item('k', 190, 545.5, 8, 4),
      item('(x) in R', 195, 548, 10.9, 40),
      item('16x16x12', 235, 552, 8, 30),
      item('for each prototype, scaled into a range.', 90, 534),
    ];
    const ls = pageLines(items, 612, H, 1);
    expect(ls.map((l) => l.text)).toEqual(['the attention maps Mk(x) in R16x16x12', 'for each prototype, scaled into a range.']);
  });

  it('joins indices set far from the baseline to the line they belong to', () => {
    const items = [
      item('index and the number of static features, respectively.', 90, 690.2),
      item('all time-steps form the sequence matrix X = [x , x ] in R', 90, 676.6, 10.9, 300),
      item('seq', 362, 681.9, 8, 12),
      item('i', 330, 672.2, 8, 3),
      item('where t is the number of observed time-steps.', 90, 663.1),
    ];
    const ls = pageLines(items, 612, H, 1);
    expect(ls).toHaveLength(3);
    expect(ls[1]!.text).toContain('seq');
    expect(ls[1]!.size).toBe(10.9);
  });

  it('keeps a line of small type that stands apart from the text (a footnote)', () => {
    const items = [item('the last line of the body text on this page.', 90, 111), item('1. https://example.org/code', 94, 89, 9)];
    expect(pageLines(items, 612, H, 1).map((l) => l.text)).toEqual(['the last line of the body text on this page.', '1. https://example.org/code']);
  });
});
