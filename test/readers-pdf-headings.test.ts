import { describe, expect, it } from 'vitest';
import { linesToBlocks } from '../src/readers/pdf/blocks.js';
import type { Line } from '../src/readers/pdf/lines.js';

/** One page of lines in one column: [text, size, extra gap before] with body text at 10 pt. */
function page(spec: Array<string | [string, number, number?]>, pageNo = 1): Line[] {
  let y = 780;
  return spec.map((s, k) => {
    const [text, size, gap] = typeof s === 'string' ? [s, 10, 0] : [s[0], s[1], s[2] ?? 0];
    y -= gap + size * 1.3;
    return { text, size, x0: 72, x1: Math.min(520, 72 + text.length * size * 0.5), y, page: pageNo, no: k + 1, col: 0, colLeft: 72, colRight: 520, pageH: 842 };
  });
}

const headings = (pages: Line[][]) =>
  linesToBlocks(pages)
    .blocks.filter((b) => b.kind === 'heading')
    .map((b) => `${b.depth}:${b.text}`);

// body paragraphs long enough that 10 pt is the body size
const PROSE = [
  'The cohort was drawn from the records of two teaching hospitals over three years of routine care.',
  'Each record was read by a nurse who noted the outcome in a form kept apart from the model inputs.',
];

describe('PDF reader headings', () => {
  it('in a numbered document, keeps the numbered run and back matter; table rows and figure labels are not headings', () => {
    const blocks = headings([
      page([
        ['1. Introduction', 12, 8],
        ...PROSE,
        ['2. Methods', 12, 8],
        ['2.1. Data', 10, 6],
        ...PROSE,
        ['CNN RNN', 6],
        ['PATCH ENCODER', 6],
        ['2 Convolution 64 ReLU 3 1', 9],
        ['1 Baseline Network', 10],
        ['2.2. Training', 10, 6],
        ...PROSE,
      ]),
      page(
        [
          ['Methods', 9],
          ['0 Healthy', 10],
          ['3 Severe Disease', 10],
          ['Model A Model A', 10],
          ['3. Results', 12, 8],
          ...PROSE,
          ['Acknowledgments', 12, 8],
          ...PROSE,
        ],
        2,
      ),
    ]);
    expect(blocks).toEqual(['1:1. Introduction', '1:2. Methods', '2:2.1. Data', '2:2.2. Training', '1:3. Results', '1:Acknowledgments']);
  });

  it('keeps numbered headings that end with a full stop or carry a year or a dataset name with one; the reference list is not read', () => {
    const blocks = headings([
      page([
        ['1. Introduction', 12, 8],
        ...PROSE,
        ['2. Experiments', 12, 8],
        ['2.1. Preprocessing steps.', 10, 6],
        ...PROSE,
        ['2.2. Results on Challenge2021', 10, 6],
        ...PROSE,
        ['3. The 2021 Challenge Data', 12, 8],
        ...PROSE,
        ['4. Discussion', 12, 8],
        ...PROSE,
        ['References', 12, 8],
        ['4 Doe J and Roe K 2019 A network for scans', 10],
      ]),
    ]);
    expect(blocks).toEqual(['1:1. Introduction', '1:2. Experiments', '2:2.1. Preprocessing steps.', '2:2.2. Results on Challenge2021', '1:3. The 2021 Challenge Data', '1:4. Discussion']);
  });

  it('keeps the structured abstract before the first numbered heading and unknown back matter after the last one', () => {
    const blocks = headings([
      page([
        ['Abstract', 12, 8],
        ['Background', 10, 4],
        PROSE[0]!,
        ['Methods', 10, 4],
        PROSE[1]!,
        ['1. Introduction', 12, 8],
        ...PROSE,
        ['2. Methods', 12, 8],
        ...PROSE,
        ['3. Results', 12, 8],
        ...PROSE,
        ['Consent of the Participants', 12, 8],
        ...PROSE,
      ]),
    ]);
    expect(blocks).toEqual(['1:Abstract', '1:Background', '1:Methods', '1:1. Introduction', '1:2. Methods', '1:3. Results', '2:Consent of the Participants']);
  });

  it('in a document with unnumbered main sections, numbered subsections do not make it a numbered document', () => {
    const blocks = headings([
      page([
        ['Introduction', 12, 8],
        ...PROSE,
        ['Methods', 12, 8],
        ...PROSE,
        ['Results', 12, 8],
        ['1. Cohort Description', 10, 6],
        ...PROSE,
        ['2. Model Performance', 10, 6],
        ...PROSE,
        ['Discussion', 12, 8],
        ['1. Comparison With Earlier Work', 10, 6],
        ...PROSE,
      ]),
    ]);
    expect(blocks).toEqual([
      '1:Introduction',
      '1:Methods',
      '1:Results',
      '1:1. Cohort Description',
      '1:2. Model Performance',
      '1:Discussion',
      '1:1. Comparison With Earlier Work',
    ]);
  });

  it('in an unnumbered document, keeps capitals and larger type; small capitals in a figure are not headings', () => {
    const blocks = headings([
      page([
        ['INTRODUCTION', 10, 8],
        ...PROSE,
        ['STUDY POPULATION', 10, 8],
        ...PROSE,
        ['HGG LGG', 6],
        ['Outcome Measures', 12, 8],
        ...PROSE,
        ['DISCUSSION', 10, 8],
        ...PROSE,
      ]),
    ]);
    expect(blocks).toEqual(['1:INTRODUCTION', '1:STUDY POPULATION', '2:Outcome Measures', '1:DISCUSSION']);
  });

  it('finds a title set only 1.2-1.3x the body type (proceedings style) under a small running head, and never takes a heading for one', () => {
    const two = [
      page([['Proceedings of a Workshop on Examples 1: 1-9, 2026', 8], ['A Fictional Study of', 12.5, 8], ['Annotated Examples', 12.5], ['Ann Author', 10, 8], ['1. Introduction', 11, 8], ...PROSE]),
      page([...PROSE, ['2. Methods', 11, 8], ...PROSE], 2),
    ];
    const out = linesToBlocks(two);
    expect(out.title).toBe('A Fictional Study of Annotated Examples');
    expect(out.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual(['1. Introduction', '2. Methods']);
    // the same size used for headings on later pages: a heading size, not a title
    const headed = [page([['Background Of The Work', 12, 8], ...PROSE]), page([...PROSE, ['Further Methods Used', 12, 8], ...PROSE], 2)];
    expect(linesToBlocks(headed).title).toBeUndefined();
    // the first large line comes after body text: a heading
    expect(linesToBlocks([page([...PROSE, ['A Later Large Line', 12.5, 8], ...PROSE]), page(PROSE, 2)]).title).toBeUndefined();
  });

  it('joins a heading in larger type that wraps onto a second line', () => {
    const out = linesToBlocks([
      page([
        ['1. Introduction', 12, 8],
        ...PROSE,
        ['2. Learning From the Labels of Several', 12, 8],
        ['Annotators', 12],
        ...PROSE,
        ['3. Results', 12, 8],
        ...PROSE,
      ]),
    ]);
    const heads = out.blocks.filter((b) => b.kind === 'heading');
    expect(heads.map((b) => b.text)).toEqual(['1. Introduction', '2. Learning From the Labels of Several Annotators', '3. Results']);
    // the second line keeps its own position
    expect(heads[1]!.segments.map((s) => s.pos.line)).toEqual([4, 5]);
    expect(out.blocks.find((b) => b.kind === 'paragraph' && b.text.startsWith('Annotators'))).toBeUndefined();
  });
});
