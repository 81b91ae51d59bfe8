import { describe, expect, it } from 'vitest';
import { manuscriptFromString } from '../src/readers/index.js';
import { statusOf } from './helpers.js';
import { appendixClass } from '../src/manuscript/appendix.js';
import type { Manuscript } from '../src/manuscript/model.js';

/** the section a sentence starting with `start` sits in */
const sectionOf = (m: Manuscript, start: string) => {
  const s = m.sentences.find((x) => x.text.startsWith(start));
  if (!s) throw new Error(`no sentence starts with "${start}"`);
  return s.section;
};

describe('an appendix with a title of its own is classified by it', () => {
  it.each([
    ['Appendix B. Details of the implementation', 'methods'],
    ['Appendix C: Training procedure', 'methods'],
    ['Appendix A – Hyperparameter search ranges', 'methods'],
    ['APPENDIX D. EVALUATION METRICS', 'methods'],
    ['Appendix E. Cohort characteristics', 'methods'],
    ['Appendix A. Image pre-processing and augmentation', 'methods'],
    ['Supplementary Methods S3: Image acquisition protocol', 'methods'],
    ['Supplementary Methods 2', 'methods'],
    ['S2 Appendix. Data collection', 'methods'],
    ['Online appendix 1 — Extended methods', 'methods'],
    ['Appendix F. Extra qualitative results', 'results'],
    ['Appendix G. Ablation experiments', 'results'],
    ['Appendix B. Results per scanner vendor', 'results'],
    ['Supplementary Results 2: Per-site performance', 'results'],
    ['Appendix H. Broader discussion', 'discussion'],
    ['Appendix I. Limitations of the approach', 'discussion'],
    ['Appendix A. Extended related work', 'introduction'],
  ])('%s → %s', (h, kind) => {
    expect(appendixClass(h, false)?.kind).toBe(kind);
  });

  it('a limitations appendix keeps its role', () => {
    expect(appendixClass('Appendix C. Limitations', false)).toMatchObject({ kind: 'discussion', role: 'limitations' });
  });

  it('sub-headings of an appendix by the same vocabulary, headings elsewhere not', () => {
    expect(appendixClass('A.2. Augmentation of the training images', true)?.kind).toBe('methods');
    expect(appendixClass('B.1 Training details', true)?.kind).toBe('methods');
    expect(appendixClass('Hyper-parameters', true)?.kind).toBe('methods');
    expect(appendixClass('Additional experiments', true)?.kind).toBe('results');
    expect(appendixClass('Data augmentation', false)).toBeUndefined();
    expect(appendixClass('Training details', false)).toBeUndefined();
  });

  it('an appendix whose title names no kind stays of no kind (traps)', () => {
    for (const h of [
      'Appendix A',
      'Appendix B. Proof of Proposition 2',
      'Appendix C. Derivation of the update rule',
      'Appendix D. Training curves',
      'Appendix: Members of the steering committee',
      'Appendix A. Data availability',
      'Appendix 2 Outline of the counselling sessions',
      'Supplementary Information',
      'S1 Table',
    ])
      expect(appendixClass(h, false), h).toBeUndefined();
  });
});

describe('appendices in a manuscript', () => {
  const md = [
    '# Counting pollen with a camera',
    '',
    '## 1. Introduction',
    '',
    'Counting pollen by hand is slow.',
    '',
    '## 2. Methods',
    '',
    'We photographed 400 slides.',
    '',
    '## 3. Results',
    '',
    'The counts agreed with the manual ones.',
    '',
    '## 4. Discussion',
    '',
    'Cameras could replace manual counting.',
    '',
    '## Appendix A. Details of the image preprocessing',
    '',
    'Each photograph was cropped to the slide.',
    '',
    '### A.1 Colour normalisation',
    '',
    'Colours were scaled to a reference slide.',
    '',
    '## A field note',
    '',
    'The slides were stored in a cool room.',
    '',
    '## Appendix B',
    '',
    'This appendix collects further material.',
    '',
    '### B.1 Augmentation of the training images',
    '',
    'The images were flipped and rotated at random.',
    '',
    '#### Rotation angles',
    '',
    'Angles were drawn between 0 and 90 degrees.',
    '',
    '### B.2 Proof of the counting bound',
    '',
    'The bound follows from the triangle inequality.',
    '',
    '## Appendix C. Additional related work',
    '',
    'Earlier systems used microscopes with fixed stages.',
    '',
    '## Appendix D. Further results',
    '',
    'Counts on damp slides were lower.',
  ].join('\n');
  const m = manuscriptFromString(md, { path: 'pollen.md' });

  it('a titled appendix and its sub-headings take the kind its title names', () => {
    expect(sectionOf(m, 'Each photograph').kind).toBe('methods');
    expect(sectionOf(m, 'Colours were scaled').kind).toBe('methods');
    expect(sectionOf(m, 'Counts on damp').kind).toBe('results');
    expect(sectionOf(m, 'Earlier systems').kind).toBe('introduction');
  });

  it('under an appendix that names no kind, a sub-heading that names one takes it, and its own sub-headings follow', () => {
    expect(sectionOf(m, 'This appendix collects')).toMatchObject({ kind: 'other', role: 'supplementary' });
    const aug = sectionOf(m, 'The images were flipped');
    expect(aug.kind).toBe('methods');
    expect(aug.role).toBeUndefined();
    expect(sectionOf(m, 'Angles were drawn').kind).toBe('methods');
    expect(sectionOf(m, 'The bound follows')).toMatchObject({ kind: 'other', role: 'supplementary' });
  });

  it('appendices do not place the unnamed sections between them', () => {
    expect(sectionOf(m, 'The slides were stored').kind).toBe('other');
  });
});

describe('an appendix classified by its title still counts where sections of unknown kind count', () => {
  // before, "Appendix B. Implementation details" was of no kind; rules kept to the Discussion and sections of unknown
  // kind (a future wish, a small sample) saw it, and still do, while a body Methods section is not theirs
  const wish = 'We leave the tuning of the learning rate to future work.';
  const small = 'The relatively small sample size of the validation set is a weakness.';
  it.each([
    ['future_research', wish],
    ['limitations', small],
  ])('%s', (concept, sentence) => {
    expect(statusOf(concept, sentence, 'Appendix B. Implementation details')).toBe('reported');
    expect(statusOf(concept, sentence, 'Appendix B. Proof of the bound')).toBe('reported');
    expect(statusOf(concept, sentence, 'Methods')).toBe('missing');
  });
});
