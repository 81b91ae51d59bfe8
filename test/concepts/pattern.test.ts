import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { detectAll } from '../../src/concepts/index.js';
import { pattern, topLevelAlternatives, words } from '../../src/concepts/core/pattern.js';
import { prefilterState, requiredClauses, requiredLiterals } from '../../src/concepts/core/prefilter.js';
import { manuscriptFromString, readManuscript } from '../../src/readers/index.js';
import { sharedData } from '../shared-data.js';

const root = join(import.meta.dirname, '../..');
const corpus = sharedData('corpus', 'corpus tests (prefilter on corpus documents)');

describe('sentence prefilter', () => {
  afterAll(() => {
    prefilterState.enabled = true;
  });

  it('names the literals a pattern needs', () => {
    expect(requiredLiterals(/\bfund(?:ed|ing)\b|\bgrant/i)).toEqual([' fund', ' grant']);
    expect(requiredLiterals(/\d{4}|hospital/)).toBeNull();
  });

  it('names every clause an alternative needs, for the conjunctive refinement', () => {
    // both words must occur for the first alternative; the second needs its one word
    expect(requiredClauses(/\bsensitivit(?:y|ies)\b[^.;]{0,80}\bspecificit|\bnomograms?\b/i)).toEqual([[[' sensitivit'], [' specificit']], [[' nomogram']]]);
    // one clause per alternative: the gate's literals already say it all
    expect(requiredClauses(/\bfund(?:ed|ing)\b|\bgrant/i)).toBeNull();
    // an alternative without a literal: no refinement
    expect(requiredClauses(/\d{4}|hospital (?:ward|unit)/)).toBeNull();
  });

  it('never rules out a sentence that matches', () => {
    const ms = manuscriptFromString('# T\n\n## Methods\n\nThe study was FUNDED by a grant-in-aid. External validation was performed.\n');
    const [s] = ms.sentences.filter((x) => x.section.kind === 'methods');
    expect(pattern(/\bfunded\b/i).mightMatch(s!)).toBe(true);
    expect(pattern(/\bgrant-in-aid\b/i).mightMatch(s!)).toBe(true);
    expect(pattern(/\bcross-validation\b/i).mightMatch(s!)).toBe(false);
  });

  it('builds word-list patterns that match whole words, with * for endings', () => {
    const re = words('Zenodo', 'code ocean', 'validat*');
    expect(re.test('deposited on zenodo.')).toBe(true);
    expect(re.test('see Code-Ocean capsule')).toBe(true);
    expect(re.test('externally validated')).toBe(true);
    expect(re.test('zenodos')).toBe(false);
    expect(requiredLiterals(re)).not.toBeNull();
  });

  it('splits a pattern at its top-level alternatives only', () => {
    expect(topLevelAlternatives('a(b|c)|[|]d|e\\|f')).toEqual(['a(b|c)', '[|]d', 'e\\|f']);
    expect(topLevelAlternatives('(a)\\1|b')).toBeNull();
  });

  it('answers like RegExp.test for patterns with alternatives that name no literal', () => {
    const ms = manuscriptFromString('# T\n\n## Methods\n\nRecruitment ran from 2015 onwards.\n\nWe enrolled adults.\n\nNothing here.\n');
    const gate = /\d{4}|enrol|hospital/i;
    for (const s of ms.sentences) expect(pattern(gate).test(s)).toBe(gate.test(s.text));
  });

  const sameFindings = async (f: string) => {
    prefilterState.enabled = true;
    const on = detectAll(await readManuscript(f));
    prefilterState.enabled = false;
    const off = detectAll(await readManuscript(f));
    prefilterState.enabled = true;
    expect(JSON.stringify([...on])).toBe(JSON.stringify([...off]));
  };

  const examples = [join(root, 'examples/spine-mri-study.md'), join(root, 'examples/draft-incomplete.md')];
  it.each(examples.map((f) => [f]))('gives identical findings with and without it: %s', sameFindings);

  // every eighth document of the reference corpora, when they are next to the checkout
  const corpusFiles: string[] = [];
  for (const sub of ['consort-tm', 'ai-imaging', 'unlabeled-clinical']) {
    const d = join(corpus.path, sub, 'docs');
    if (existsSync(d)) corpusFiles.push(...readdirSync(d).filter((_, i) => i % 8 === 0).map((f) => join(d, f)));
  }
  describe.skipIf(!corpusFiles.length)(corpus.name('on corpus documents'), () => {
    if (corpusFiles.length) it.each(corpusFiles.map((f) => [f]))('gives identical findings with and without it: %s', sameFindings);
    else it('gives identical findings with and without it', () => {});
  });
});
