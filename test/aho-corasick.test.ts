import { describe, expect, it } from 'vitest';
import { AhoCorasick } from '../src/util/aho-corasick.js';

/** The keywords found by the automaton, as a sorted list of strings. */
function found(keywords: string[], text: string, pad = true): string[] {
  const out: string[] = [];
  new AhoCorasick(keywords).scan(text, (k) => out.push(keywords[k]!), pad);
  return out.sort();
}

/** The same by brute force on the normalised, padded text. */
function naive(keywords: string[], text: string): string[] {
  const t = ` ${text.toLowerCase().replace(/[^a-z0-9]/g, ' ')} `;
  return [...new Set(keywords.filter((k) => t.includes(k)))].sort();
}

describe('Aho-Corasick automaton', () => {
  it('finds overlapping and nested keywords, each once', () => {
    expect(found(['he', 'she', 'his', 'hers'], 'ushers')).toEqual(['he', 'hers', 'she']);
    expect(found(['ab', 'b', 'bab'], 'ababab')).toEqual(['ab', 'b', 'bab']);
  });

  it('reads the text normalised: either case, other characters as a space, padded at both ends', () => {
    expect(found([' fund', 'grant in aid ', ' p 0 05'], 'FUNDED by a Grant-in-Aid, p<0.05')).toEqual([' fund', ' p 0 05', 'grant in aid ']);
    expect(found([' fund'], 'refund')).toEqual([]);
    expect(found([' data '], 'data')).toEqual([' data ']);
    expect(found([' data '], 'data', false)).toEqual([]);
    expect(found(['caf '], 'café')).toEqual(['caf ']);
  });

  it('agrees with a substring search on random texts', () => {
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 8) % n;
    const alphabet = 'ab c1-';
    const word = (n: number) => Array.from({ length: n }, () => alphabet[rand(alphabet.length)]).join('');
    for (let round = 0; round < 200; round++) {
      const keywords = [...new Set(Array.from({ length: 1 + rand(8) }, () => word(1 + rand(4)).replace(/-/g, ' ')))];
      const text = word(rand(30));
      expect(found(keywords, text), `${JSON.stringify(keywords)} in ${JSON.stringify(text)}`).toEqual(naive(keywords, text));
    }
  });

  it('is reusable: every scan reports afresh', () => {
    const ac = new AhoCorasick(['cat']);
    const hits: number[] = [];
    ac.scan('cat', (k) => hits.push(k));
    ac.scan('a cat', (k) => hits.push(k));
    ac.scan('dog', (k) => hits.push(k));
    expect(hits).toEqual([0, 0]);
  });
});
