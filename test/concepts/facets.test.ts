import { describe, expect, it } from 'vitest';
import { Conjunction, cooccur, cooccurCased } from '../../src/concepts/shared/facets.js';

/** The single expression a facet rule stands for, compiled as it is written. */
const plain = (re: RegExp): RegExp => new RegExp(re.source, re.flags);

/** The rule and its single expression give the same match: text, position, captures, named groups. */
function same(re: RegExp, text: string): RegExpExecArray | null {
  const got = re.exec(text);
  const want = plain(re).exec(text);
  expect(got === null).toBe(want === null);
  if (got && want) {
    expect([...got]).toEqual([...want]);
    expect(got.index).toBe(want.index);
    expect(got.input).toBe(want.input);
    expect(got.groups).toEqual(want.groups);
  }
  return got;
}

describe('facet rules run as their groups', () => {
  const rule = cooccur(String.raw`\b(?:chose|selected)\b`, String.raw`\bhyperparameters?\b`, String.raw`\bvalidation (?:set|data)\b`);

  it('keeps the single expression as its source, never compiling it', () => {
    expect(rule).toBeInstanceOf(Conjunction);
    expect(rule).toBeInstanceOf(RegExp);
    expect(rule.source).toBe(String.raw`^(?=.*?(?:\bhyperparameters?\b))(?=.*?(?:\bvalidation (?:set|data)\b)).*?(?:\b(?:chose|selected)\b)`);
    expect(rule.flags).toBe('i');
  });

  it('matches from the start of the sentence to the end of the first term of the first group, groups in any order', () => {
    const text = 'On the validation set we selected the hyperparameters and chose the epoch.';
    const m = same(rule, text)!;
    expect(m[0]).toBe('On the validation set we selected');
    expect(m.index).toBe(0);
    expect(rule.test(text)).toBe(true);
  });

  it('does not match when a group is absent', () => {
    expect(same(rule, 'We selected the hyperparameters by hand.')).toBeNull();
    expect(rule.test('We selected the hyperparameters by hand.')).toBe(false);
    expect(same(rule, '')).toBeNull();
  });

  it('needs every group to start before the first line end, as `.` does', () => {
    // a group that only occurs after a line end
    for (const end of ['\n', '\r', '\u2028', '\u2029']) {
      expect(same(rule, `We selected the hyperparameters${end}on the validation set.`)).toBeNull();
      expect(same(rule, `On the validation set the hyperparameters were${end}selected.`)).toBeNull();
    }
    // a group that starts before the line end and runs past it
    const across = cooccur(String.raw`\bselected\b`, String.raw`\bvalidation\s+set\b`);
    expect(same(across, 'We selected on the validation\nset.')![0]).toBe('We selected');
    // a group whose term starts at the line end itself
    const atEnd = cooccur(String.raw`\bselected\b`, String.raw`\s+set\b`);
    expect(same(atEnd, 'We selected the\nset')![0]).toBe('We selected');
    // the first group's term may run past the line end too
    const mainAcross = cooccur(String.raw`\bselected\s+on\b`, String.raw`\bset\b`);
    expect(same(mainAcross, 'A set was selected\non it.')![0]).toBe('A set was selected\non');
  });

  it('ends at the leftmost term of the first group, its alternatives tried in order at each position', () => {
    const r = cooccur('cho|chose|selected', 'set');
    expect(same(r, 'A set: we selected, then chose.')![0]).toBe('A set: we selected');
    expect(same(r, 'We chose a set.')![0]).toBe('We cho');
  });

  it('keeps the flags: case-insensitive or not', () => {
    const cased = cooccurCased(String.raw`\bGE\b`, String.raw`\bscanners?\b`);
    expect(same(cased, 'Images were taken on a GE scanner.')![0]).toBe('Images were taken on a GE');
    expect(same(cased, 'Images were taken on a ge scanner.')).toBeNull();
    expect(same(cooccur(String.raw`\bGE\b`, String.raw`\bscanners?\b`), 'Images were taken on a ge Scanner.')![0]).toBe('Images were taken on a ge');
  });

  it('gives the captures of every group, the other groups first', () => {
    const r = cooccur(String.raw`(\d+) (cases)`, String.raw`(train|test)(ing)? set`, '(?<unit>patients)');
    same(r, 'The test set held 40 cases from 12 patients.');
    same(r, 'The training set held 40 cases from 12 patients.');
    expect(r.exec('The test set held 40 cases from 12 patients.')?.groups?.unit).toBe('patients');
  });

  it('shares one expression among rules that name the same group', () => {
    const a = cooccur('alpha', 'beta');
    const b = cooccur('gamma', 'beta');
    const parts = (r: RegExp): RegExp[] => (r as unknown as { others: RegExp[] }).others;
    expect(parts(a)[0]).toBe(parts(b)[0]);
    expect(parts(cooccurCased('gamma', 'beta'))[0]).not.toBe(parts(a)[0]);
  });

  it('answers for a rule with one group alone', () => {
    const r = cooccur(String.raw`\brandomly (?:chosen|selected)\b`);
    expect(same(r, 'Images were randomly chosen.')![0]).toBe('Images were randomly chosen');
    expect(same(r, 'Images were\nrandomly chosen.')).toBeNull();
  });

  it('leaves lastIndex alone and works through the string methods', () => {
    rule.lastIndex = 7;
    const text = 'We chose hyperparameters on the validation data.';
    expect(rule.exec(text)?.[0]).toBe('We chose');
    expect(rule.lastIndex).toBe(7);
    rule.lastIndex = 0;
    expect(text.match(rule)?.[0]).toBe('We chose');
    expect(text.replace(rule, 'X')).toBe(text.replace(plain(rule), 'X'));
    expect(text.search(rule)).toBe(0);
    expect(text.split(rule)).toEqual(text.split(plain(rule)));
  });
});
