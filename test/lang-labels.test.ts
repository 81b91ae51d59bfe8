/**
 * labelRole settles most sentences with one test of the union of the label patterns: it must give the answer of
 * trying each label pattern in turn, on sentences that open with a label and on ones that do not.
 */
import { describe, expect, it } from 'vitest';
import { labelRole } from '../src/concepts/core/lang.js';
import { ROLE_LABELS } from '../src/manuscript/roles.js';

function oneByOne(text: string): string | undefined {
  const t = text.trimStart().slice(0, 80);
  for (const [re, role] of ROLE_LABELS) if (re.test(t)) return role;
  return undefined;
}

describe('labelRole', () => {
  it('gives the same role as testing each label pattern in turn', () => {
    const texts = [
      'Funding: the work had no external grant.',
      '  Source of funding – a national research council.',
      'Competing interests: the authors report none.',
      'Conflict of interest statement. None declared.',
      'Data availability: the tables are in the supplement.',
      'Code availability - scripts are on a public server.',
      'Ethics approval: a regional board approved the protocol.',
      'Trial registration: registered before enrolment.',
      'Acknowledgements: we thank the ward staff.',
      'Author contributions: AB wrote the draft.',
      'We recruited 120 adults from two clinics.',
      'The funding body had no role in the analysis.',
      'Registration of the protocol happened later.',
      '',
    ];
    let labelled = 0;
    for (const t of texts) {
      expect(labelRole(t), t).toBe(oneByOne(t));
      if (oneByOne(t)) labelled++;
    }
    expect(labelled).toBeGreaterThanOrEqual(8);
  });
});
