// PDF text cleaning on lines and text items built here: running heads, sub/superscripts, footnotes.
import { describe, expect, it } from 'vitest';
import { linesToBlocks } from '../src/readers/pdf/blocks.js';
import { insertFootnotes, splitFootnotes } from '../src/readers/pdf/footnotes.js';
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
  it('joins a subscript to its line when the line opens with a raised superscript', () => {
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

  it('records a raised note mark in smaller type and where it stands in the text', () => {
    const items = [item('We used the public tumour dataset', 90, 500, 10.9, 170), item('1', 260, 504, 8, 4), item('to train the network.', 266, 500, 10.9, 100)];
    const [l] = pageLines(items, 612, H, 1);
    expect(l!.text).toBe('We used the public tumour dataset1 to train the network.');
    expect(l!.marks).toEqual([{ at: 33, mark: '1' }]);
  });

  it('keeps a line of small type that stands apart from the text (a footnote)', () => {
    const items = [item('the last line of the body text on this page.', 90, 111), item('1. https://example.org/code', 94, 89, 9)];
    expect(pageLines(items, 612, H, 1).map((l) => l.text)).toEqual(['the last line of the body text on this page.', '1. https://example.org/code']);
  });
});

/** Pages of lines to block texts, footnotes split off and put back as the reader does. */
function blockTexts(pages: Line[][]): string[] {
  const { pages: flow, notes } = splitFootnotes(pages);
  return insertFootnotes(linesToBlocks(flow).blocks, notes).map((b) => `${b.kind}:${b.text}`);
}

/** Body lines from y down, 14 points apart, numbered on their page. */
function body(page: number, y: number, texts: string[]): Line[] {
  return texts.map((t, k) => ({ ...line(page, y - k * 14, t, 10.9), no: k + 1 }));
}

describe('PDF footnotes', () => {
  it('keeps a footnote out of the sentence that runs on to the next page, as a paragraph of its own', () => {
    const p1 = [
      ...body(1, 300, ['Methods', 'We used the public tumour dataset to train', 'the network, which holds 369 subjects of']),
      { ...line(1, 250, '1. https://example.org/tumour-data', 9), no: 4 },
    ];
    const p2 = body(2, 700, ['whom 76 had a low-grade tumour.', 'The images were resampled before training.']);
    p1.unshift(...body(1, 700, Array.from({ length: 8 }, (_, k) => `Filler sentence number ${k} of the introduction text here.`)));
    const out = blockTexts([p1, p2]);
    const k = out.indexOf('paragraph:We used the public tumour dataset to train the network, which holds 369 subjects of whom 76 had a low-grade tumour.');
    expect(k).toBeGreaterThan(0);
    expect(out.slice(k + 1)).toEqual(['paragraph:1. https://example.org/tumour-data', 'paragraph:The images were resampled before training.']);
  });

  it('reads a link note in brackets after its mark in the text', () => {
    const p1 = [
      ...body(1, 700, Array.from({ length: 8 }, (_, k) => `Filler sentence number ${k} of the introduction text here.`)),
      ...body(1, 300, ['Methods', 'We used the public tumour dataset1 to train', 'the network, which holds 369 subjects of']),
      { ...line(1, 250, '1. https://example.org/tumour-data', 9), no: 4 },
    ];
    p1[9] = { ...p1[9]!, marks: [{ at: 33, mark: '1' }] };
    const p2 = body(2, 700, ['whom 76 had a low-grade tumour.']);
    const out = blockTexts([p1, p2]);
    expect(out.at(-1)).toBe(
      'paragraph:We used the public tumour dataset1 (https://example.org/tumour-data) to train the network, which holds 369 subjects of whom 76 had a low-grade tumour.',
    );
    expect(out.filter((t) => t.includes('example.org'))).toHaveLength(1);
  });

  it('keeps a link note as a paragraph when its mark is not the only one on the page that can be a note mark', () => {
    const flow = body(1, 300, ['We used the public tumour dataset2 to train', 'a network on areas of 4 mm2 each.', 'The error is (y - z)2 on average.']);
    flow[0] = { ...flow[0]!, marks: [{ at: 33, mark: '2' }] };
    flow[1] = { ...flow[1]!, marks: [{ at: 26, mark: '2' }] };
    flow[2] = { ...flow[2]!, marks: [{ at: 20, mark: '2' }] };
    const note = { ...line(1, 250, '2. https://example.org/tumour-data', 9), no: 4 };
    const filler = body(1, 700, Array.from({ length: 8 }, (_, k) => `Filler sentence number ${k} of the introduction text here.`));
    const twoSquares = splitFootnotes([[...filler, ...flow, note]]);
    expect(twoSquares.notes.map((n) => n.notes.length)).toEqual([1]);
    // without the area in mm2, the squared bracket is no note mark and the link goes to the dataset
    const oneSquare = splitFootnotes([[...filler, flow[0]!, flow[2]!, note]]);
    expect(oneSquare.notes).toEqual([]);
    expect(oneSquare.pages[0]!.map((l) => l.text)).toContain('We used the public tumour dataset2 (https://example.org/tumour-data) to train');
  });

  it('splits notes by their marks and keeps the copyright line', () => {
    const p1 = [
      ...body(1, 300, ['Introduction', 'Deep networks are widely used for the reading of scans and', 'their errors are costly']),
      { ...line(1, 100, '∗ These authors contributed equally.', 9), no: 4 },
      { ...line(1, 59, '© 2024 CC-BY 4.0, A. Doe & B. Roe.', 8), no: 5 },
    ];
    const p2 = body(2, 700, ['for patients.']);
    const out = blockTexts([p1, p2]);
    console.log(out);
    expect(out.slice(-3)).toEqual([
      'paragraph:Deep networks are widely used for the reading of scans and their errors are costly for patients.',
      'paragraph:∗ These authors contributed equally.',
      'paragraph:© 2024 CC-BY 4.0, A. Doe & B. Roe.',
    ]);
  });

  it('leaves small type that is not a note in the flow: a caption, and numbered references under their heading', () => {
    const cap = [...body(1, 300, ['Results', 'The model reached the reported accuracy.']), { ...line(1, 240, 'Figure 2: Curves of the training loss.', 9), no: 3 }];
    const { notes: n1 } = splitFootnotes([cap]);
    expect(n1).toEqual([]);
    const refs = [...body(1, 300, ['References']), { ...line(1, 270, '1. A. Smith. A paper. Journal, 2020.', 9), no: 2 }];
    const { notes: n2 } = splitFootnotes([refs]);
    expect(n2).toEqual([]);
  });
});
