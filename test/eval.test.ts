import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateCorpora, evaluateCorpus } from '../src/eval/run.js';
import { citesLabel, citeWords } from '../src/eval/cite.js';
import { formatEval, formatEvalMarkdown } from '../src/eval/format.js';
import { foldOf } from '../src/eval/score.js';

const bin = join(import.meta.dirname, '..', 'bin', 'reportlint.js');
function runCli(args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const PAPERS: Record<string, string> = {
  'a.md': '# A\n\n## Methods\n\nThis work was funded by the National Science Foundation (grant 12345).\n',
  'b.md': '# B\n\n## Methods\n\nWe measured blood pressure twice.\n',
  'c.md': '# C\n\n## Methods\n\nThe study was supported by a grant from the Heart Foundation.\n',
  'd.md': '# D\n\n## Methods\n\nPatients were followed for one year.\n',
};

/** a corpus folder with its own documents (name -> Markdown) and raw label rows (after the header) */
function corpusOf(name: string, docs: Record<string, string>, rows: string[]): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'rl-eval-')), name);
  mkdirSync(join(dir, 'docs'), { recursive: true });
  for (const [file, text] of Object.entries(docs)) writeFileSync(join(dir, 'docs', file), text);
  writeFileSync(join(dir, 'labels.csv'), ['document,concept,reported,value,evidence', ...rows].join('\n') + '\n');
  return dir;
}

function corpus(name: string, labels: Array<[string, string, 0 | 1]>): string {
  return corpusOf(name, PAPERS, labels.map(([d, c, r]) => `docs/${d},${c},${r},,`));
}

describe('eval', () => {
  const one = corpus('one', [
    ['a.md', 'funding', 1],
    ['b.md', 'funding', 0],
  ]);
  const two = corpus('two', [
    ['c.md', 'funding', 1],
    ['d.md', 'funding', 1], // a label the detector cannot meet: one false "missing"
  ]);

  it('scores one corpus and pools several', async () => {
    const r1 = await evaluateCorpus(one);
    expect(r1.concepts[0]).toMatchObject({ concept: 'funding', tp: 1, tn: 1, fp: 0, fn: 0 });
    const pooled = await evaluateCorpora([one, two]);
    expect(pooled.docs).toBe(4);
    expect(pooled.corpus).toBe('one + two');
    expect(pooled.concepts[0]).toMatchObject({ tp: 2, tn: 1, fn: 1 });
    expect(pooled.errors).toEqual([expect.objectContaining({ document: 'two/docs/d.md', kind: 'FN' })]);
    expect(formatEval(pooled)).toMatch(/not found — check: \d+ verdicts/);
  });

  it('splits value errors into concepts not found and other values, and counts labels outside the vocabulary', async () => {
    const dir = corpusOf(
      'values',
      {
        'v.md': '# V\n\n## Methods\n\nPatients were recruited at the Example University Hospital. We trained a classifier and tested it with five-fold cross-validation.\n',
        'w.md': '# W\n\n## Methods\n\nWe measured blood pressure twice.\n',
      },
      [
        'docs/v.md,data_source,1,single_center,',
        'docs/v.md,data_partitioning,1,with_numbers,', // found with another value
        'docs/w.md,data_source,1,multi_center,', // not found
        'docs/w.md,code_availability,1,on_github,', // not found, and not a value of the vocabulary
      ],
    );
    const r = await evaluateCorpus(dir);
    expect(r.valueAccuracy).toBeCloseTo(1 / 4);
    expect(r.values).toMatchObject({ total: 4, correct: 1, missed: 2, wrong: 1, unknownLabels: 1, headline: { correct: 1, total: 4 } });
    expect(r.values.foundAccuracy).toBeCloseTo(1 / 2);
    expect(formatEval(r)).toMatch(/value accuracy 0\.250 \(1\/4: 2 concept not found, 1 another value; on found concepts 1\/2 = 0\.500; the five headline concepts 1\/4 = 0\.250; 1 labelled values outside/);
  });

  it('splits documents into stable folds and can leave one out', async () => {
    const k = 2;
    const all = await evaluateCorpora([one, two], { folds: k });
    expect(all.folds!.reduce((a, f) => a + f.docs, 0)).toBe(4);
    // a document's fold depends only on its corpus and path
    expect(foldOf('two', 'docs/d.md', k)).toBe(foldOf('two', 'docs/d.md', k));
    const f0 = await evaluateCorpora([one, two], { folds: k, fold: 0 });
    const not0 = await evaluateCorpora([one, two], { folds: k, notFold: 0 });
    expect(f0.docs + not0.docs).toBe(4);
    const inFold0 = Object.keys(PAPERS).filter((p) => foldOf(p === 'a.md' || p === 'b.md' ? 'one' : 'two', `docs/${p}`, k) === 0).length;
    expect(f0.docs).toBe(inFold0);
  });

  it('exits 2 when every document failed to read, and --fold needs --folds', async () => {
    const bad = join(mkdtempSync(join(tmpdir(), 'rl-eval-')), 'bad');
    mkdirSync(bad);
    writeFileSync(join(bad, 'labels.csv'), 'document,concept,reported,value,evidence\ndocs/none.md,funding,1,,\n');
    const r = runCli(['eval', bad]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('failed docs/none.md');
    const u = runCli(['eval', one, '--fold', '1']);
    expect(u.code).toBe(2);
    expect(u.stderr).toContain('--fold and --not-fold need --folds <k>');
  });

  it('evidence agreement: how often a true positive cites the labelled quote first, or at all, with the misses under --errors', async () => {
    const dir = corpusOf(
      'cite',
      {
        'e.md': '# E\n\n## Funding\n\nThe trial was paid for by the Lung Research Trust (award 77).\n',
        'f.md': '# F\n\n## Funding\n\nThe work received support from the Kidney Fund.\n',
      },
      [
        'docs/e.md,funding,1,,"The trial was paid for by the Lung\nResearch Trust"', // the cited sentence, quoted in part
        'docs/f.md,funding,1,,Salaries were paid from a departmental budget.', // a sentence the detector did not cite
      ],
    );
    const r = await evaluateCorpus(dir);
    expect(r.concepts[0]).toMatchObject({ tp: 2, citeTotal: 2, citeFirst: 1, citeAny: 1 });
    expect(r.citing).toEqual({ total: 2, first: 1, any: 1 });
    expect(r.citeMisses).toEqual([expect.objectContaining({ document: 'docs/f.md', concept: 'funding', any: false, label: 'Salaries were paid from a departmental budget.' })]);
    const line = 'evidence agreement: first cited sentence 1/2 = 0.500, any cited sentence 1/2 = 0.500';
    expect(formatEval(r)).toContain(line);
    expect(formatEval(r)).not.toContain('cite: ');
    expect(formatEval(r, { errors: true })).toMatch(/cite funding: first 1\/2, any 1\/2\ncite: funding docs\/f\.md\n {4}found: The work received support from the Kidney Fund\.\n {4}label: Salaries/);
    expect(formatEvalMarkdown(r)).toContain(line);
    expect(JSON.parse(runCli(['eval', dir, '-f', 'json']).stdout).citing).toEqual({ total: 2, first: 1, any: 1 });
  });
});

describe('a cited sentence and a labelled quote', () => {
  const SENTENCE = 'Two radiologists outlined every lesion on the contrast-enhanced series, blinded to the outcome.';

  it('normalise case, PDF line breaks, hyphenation and dashes', () => {
    expect(citeWords('Seg-\nmentation of CROSS‐validation  sets')).toEqual(['segmentation', 'of', 'crossvalidation', 'sets']);
    expect(citesLabel(SENTENCE, 'two radiologists outlined every lesion on the contrast- enhanced series')).toBe(true);
    expect(citesLabel(SENTENCE, 'Two radiologists out-\nlined every lesion')).toBe(true);
  });

  it('a quote that runs over the sentence end, starts mid-sentence, or is cut with an ellipsis', () => {
    expect(citesLabel(SENTENCE, 'blinded to the outcome. A third reader settled disagreements.')).toBe(true);
    expect(citesLabel(SENTENCE, 'The scans were anonymised. Two radiologists outlined every lesion on the contrast-enhanced series')).toBe(true);
    expect(citesLabel(SENTENCE, 'Two radiologists outlined every lesion [..] blinded to the outcome')).toBe(true);
    // the cited sentence is a part of a longer quote
    expect(citesLabel('A third reader settled disagreements.', `${SENTENCE} A third reader settled disagreements.`)).toBe(true);
  });

  it('another sentence on the same subject is not the labelled one', () => {
    expect(citesLabel('Every lesion was outlined on the arterial phase by a trained student.', SENTENCE)).toBe(false);
    // a title and an abstract sentence that shares its key words
    expect(citesLabel('Lesion outlining on contrast-enhanced CT with a deep network improved the speed of reading.', 'Deep network lesion outlining on contrast-enhanced CT')).toBe(false);
    // a place or a maker shared by two sentences (a short run)
    expect(citesLabel('Tissue was bought from the Example Institute for Cell Research (Springfield, Ohio).', 'Cells came from the City Hospital and the Example Institute for Cell Research (Springfield, Ohio) in 2001')).toBe(false);
  });
});
