// ReDoS check of every detector pattern: each is run on adversarial sentences of the longest length the splitter
// gives (1,200 characters), made of its own words and of the characters that make backtracking explode. A
// pattern with exponential (or steep polynomial) backtracking takes seconds here; every one must stay in
// milliseconds. (`npm run fuzz` also asks recheck, a static checker, when RECHECK=1.)
import { describe, expect, it } from 'vitest';
import { detectorPatterns, sourceWords } from './patterns.js';

const MAX_SENTENCE = 1200;
const UNITS = ['a', ' ', 'a ', '1', '1 ', '1.', 'a-', '((', '| ', '\t', 'é '];

function attacks(re: RegExp): string[] {
  const ws = sourceWords(re);
  const units = [...UNITS, ...ws.map((w) => `${w} `), `${ws.join(' ')} `, ws.join('') || 'z', `${ws.join(' 1 ')} x `];
  return units.flatMap((u) => {
    const s = u.repeat(Math.ceil(MAX_SENTENCE / u.length)).slice(0, MAX_SENTENCE - 1) + '!';
    return [s, s.toLowerCase(), s.toUpperCase()];
  });
}

describe('detector patterns and catastrophic backtracking', () => {
  const patterns = detectorPatterns();

  it('finds the patterns (registry and literals)', () => {
    expect(patterns.size).toBeGreaterThan(400);
  });

  it('every pattern answers each adversarial sentence in milliseconds', () => {
    const slow: string[] = [];
    for (const [name, re] of patterns) {
      const r = new RegExp(re.source, re.flags.replace(/[gy]/g, ''));
      let worst = 0;
      for (const s of attacks(re)) {
        const t0 = performance.now();
        r.test(s);
        worst = Math.max(worst, performance.now() - t0);
      }
      // generous for a loaded machine: catastrophic backtracking on 1,200 characters takes seconds to years
      if (worst > 250) slow.push(`${worst.toFixed(0)} ms ${name.slice(0, 160)}`);
    }
    expect(slow).toEqual([]);
  });
});
