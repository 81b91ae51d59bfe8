import { describe, expect, it } from 'vitest';
import { linesToBlocks } from '../src/readers/pdf/blocks.js';
import type { Line } from '../src/readers/pdf/lines.js';

/** Lines of one column at 10 pt: [text, x0 (72 = the column's left edge), extra gap before]. */
function page(spec: Array<string | [string, number, number?]>): Line[] {
  let y = 780;
  return spec.map((s, k) => {
    const [text, x0, gap] = typeof s === 'string' ? [s, 72, 0] : [s[0], s[1], s[2] ?? 0];
    y -= gap + 13;
    const x1 = x0 === 72 ? (k + 1 < spec.length && typeof spec[k + 1] === 'string' ? 520 : Math.min(520, 72 + text.length * 5)) : x0 + text.length * 5;
    return { text, size: 10, x0, x1, y, page: 1, no: k + 1, col: 0, colLeft: 72, colRight: 520, pageH: 842 };
  });
}

const PROSE = [
  'Each scan was resampled to the same voxel grid and cropped around the organ of interest before training',
  'so that the network saw comparable fields of view; the intensities were scaled to the unit interval.',
];

const blocks = (lines: Line[]) => linesToBlocks([lines]).blocks.map((b) => `${b.kind}: ${b.text}`);

describe('PDF reader display formulas', () => {
  it('takes a numbered formula out of the sentence, as a block of its own', () => {
    const out = blocks(
      page([
        ...PROSE,
        'The loss that the network minimises over a batch is written as',
        ['Ltotal = α Lseg + β Lcls , (2)', 200, 6],
        ['where α and β weigh the two terms and were set on the validation folds.', 72, 6],
        ['A new paragraph begins here and says something else about the training schedule that was used.', 90, 8],
      ]),
    );
    expect(out).toEqual([
      `paragraph: ${PROSE.join(' ')} The loss that the network minimises over a batch is written as`,
      'table: Ltotal = α Lseg + β Lcls , (2)',
      'paragraph: where α and β weigh the two terms and were set on the validation folds.',
      'paragraph: A new paragraph begins here and says something else about the training schedule that was used.',
    ]);
  });

  it('keeps the index under a sum with its formula and starts a new paragraph when the text after it does', () => {
    const out = blocks(
      page([
        'The score of a case averages the votes of its patches, defined as:',
        ['S = 1/K ∑ vk', 220, 6],
        ['k=1', 230],
        ['Scores above one half were read as positive by the two radiologists of the study.', 72, 6],
      ]),
    );
    expect(out).toEqual([
      'paragraph: The score of a case averages the votes of its patches, defined as:',
      'table: S = 1/K ∑ vk k=1',
      'paragraph: Scores above one half were read as positive by the two radiologists of the study.',
    ]);
  });

  it('leaves prose alone: an indented sentence with an inline relation, and a short last line at the left edge', () => {
    const out = blocks(
      page([
        'Children were seen in the outpatient clinic and adults in the ward, with a median age',
        ['(mean age = 29 years)', 72],
        ['We included patients where the value of n = 120 was reached in the first year of the study', 110, 8],
        ['and report them in the appendix.', 72],
      ]),
    );
    expect(out.filter((b) => b.startsWith('table'))).toEqual([]);
    expect(out.join(' ')).toContain('(mean age = 29 years)');
  });

  it('needs a cue: an indented line with a relation between two sentences that neither announce nor continue it is text', () => {
    const out = blocks(
      page([
        'The second cohort was smaller than the first one and came from a single site.',
        ['AUC = 0.91', 200, 6],
        ['The third cohort was external and was only used for testing the final model.', 72, 6],
      ]),
    );
    expect(out.filter((b) => b.startsWith('table'))).toEqual([]);
  });
});
