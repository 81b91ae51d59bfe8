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
    // a \d names no literal of three characters: its ten digits gate it only as a last resort
    expect(requiredLiterals(/\d{4}|hospital/)).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'hospital']);
    expect(requiredLiterals(/\d{4}|hospital/, { lastResort: false })).toBeNull();
    expect(requiredLiterals(/\d+ ?% of patients\b/)).toEqual(['% of patients ']);
  });

  it('falls back to short literals only where a sequence names no other', () => {
    // a pair of letters or digits: "mg"; one letter after a word boundary (" v") cannot gate, the digit can
    expect(requiredLiterals(/\d+ ?mg\b/i)).toEqual(['mg ']);
    expect(requiredLiterals(/mg/i)).toEqual(['mg']);
    expect(requiredLiterals(/\bv\.? ?\d/i)).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
    // a positive lookahead's literals are in every matching text, a candidate like any other element (the rarer
    // literal wins: "search" over "and"); a negative lookahead's are not
    expect(requiredLiterals(/^(?=.*\bsearch)\w+ AND \w+/)).toEqual([' search']);
    // a facet rule (src/concepts/shared/facets.ts) is gated on a rare group (the first of equal cost), not on the
    // common words its match ends at
    expect(requiredLiterals(/^(?=.*?(?:\bvalidation\b))(?=.*?(?:\bhyperparameters?\b)).*?(?:\b(?:only|not)\b)/i)).toEqual([' validation ']);
    expect(requiredLiterals(/^(?=.*\bsearch)[\w*]+ ?[&|] ?\w+/)).toEqual([' search']);
    expect(requiredLiterals(/^(?!.*\bsearch)[\w*]+ ?[&|] ?\w+/)).toBeNull();
    // nothing but punctuation names no literal at all (the text is normalised to letters, digits and spaces)
    expect(requiredLiterals(/≥|>|\*/)).toBeNull();
    // never a clause of the conjunctive refinement
    expect(requiredClauses(/\bintercept\b[^.]{0,40}=\s*\d|\bnomograms?\b/i)).toBeNull();
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
    const ms = manuscriptFromString('# T\n\n## Methods\n\nRecruitment ran from 2015 onwards.\n\nWe enrolled adults.\n\nNothing here.\n\nDoses above 5 mg were rare (≥ grade 3).\n');
    // split into the alternatives with full literals and the rest: gated by digits, by a pair of letters, or not at all
    for (const gate of [/\d{4}|enrol|hospital/i, /enrol|mg/i, /hospital|≥|>/i, /\bmg\b|\d{4}/i, /\d+ ?mg\b|ward\b|\brare/i]) {
      for (const s of ms.sentences) {
        expect(pattern(gate).test(s), `${gate} on "${s.text}"`).toBe(gate.test(s.text));
        expect(pattern(gate).exec(s)?.[0], `${gate} on "${s.text}"`).toBe(gate.exec(s.text)?.[0]);
      }
    }
    // a sentence without a digit or the pair is never tested by the gated rest
    const [none] = ms.sentences.filter((s) => s.text.startsWith('Nothing'));
    expect(pattern(/\d{4}/).mightMatch(none!)).toBe(false);
    expect(pattern(/\bmg\b/i).mightMatch(none!)).toBe(false);
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
