/**
 * Which sentences a reported concept cites (issue 9, dev reading 2026-12-06, classes C8/C4): the status is the
 * rules' business; the evidence should be the sentences about the item. Two mechanisms: a Methods section headed by
 * the cue that a cited sentence matched is the concept's home, and its first statement is cited first; a concept may
 * name sentences about another aspect than its items ask for (for an evaluation, a setting tuned on validation data),
 * cited after the others. Every manuscript here is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { getConcept } from '../src/concepts/index.js';
import { runConcept } from '../src/concepts/core/run.js';
import { manuscriptFromString } from '../src/readers/index.js';

function cited(concept: string, md: string): { status: string; texts: string[] } {
  const f = runConcept(getConcept(concept)!, manuscriptFromString(md))!;
  return { status: f.status, texts: f.evidence.map((e) => e.text) };
}

const ANNOTATION = (heading: string) => `# Kidney volume from abdominal MRI with a convolutional network

## Methods

### Network for the kidneys

We trained a U-Net to outline both kidneys, using 90 manual segmentations as training targets.

### ${heading}

Two sonographers followed a written protocol and outlined each kidney slice by slice in an open-source viewer.
A senior radiologist checked every outline before it entered the training set.

## Results

The network reached a mean Dice coefficient of 0.91 on 30 held-out scans.
`;

describe('the home section of a concept', () => {
  it('a Methods section headed by the matched cue is cited first, the matching sentence after it', () => {
    const r = cited('reference_standard', ANNOTATION('Manual segmentation of the kidneys'));
    expect(r.status).toBe('reported');
    expect(r.texts[0]).toMatch(/^Two sonographers followed a written protocol/);
    expect(r.texts).toContain('We trained a U-Net to outline both kidneys, using 90 manual segmentations as training targets.');
  });

  it('a section that already holds a cited sentence is not cited twice', () => {
    const md = ANNOTATION('Manual segmentation of the kidneys').replace('Two sonographers followed', 'Two sonographers manually segmented the kidneys; they followed');
    const r = cited('reference_standard', md);
    expect(r.texts.filter((t) => t.startsWith('Two sonographers'))).toHaveLength(1);
  });

  it('a heading the cue does not match changes nothing', () => {
    const r = cited('reference_standard', ANNOTATION('Preparing the training data'));
    expect(r.status).toBe('reported');
    expect(r.texts[0]).toMatch(/^We trained a U-Net/);
    expect(r.texts.some((t) => t.startsWith('Two sonographers'))).toBe(false);
  });

  it('a panel legend at the head of the section is not cited; the first statement is', () => {
    const md = `# Lung masks from proton MRI

## Methods

Each scan went through preprocessing before segmentation.

### Preprocessing

(a) Original scan, shaded unevenly across the field of view.

We followed the steps of an earlier pipeline, with the two changes listed below.
`;
    const r = cited('preprocessing', md);
    expect(r.status).toBe('reported');
    expect(r.texts[0]).toMatch(/^We followed the steps of an earlier pipeline/);
    expect(r.texts.some((t) => t.startsWith('(a)'))).toBe(false);
  });
});

describe('an aspect the items do not ask for is cited last', () => {
  const TUNED = `# Predicting delirium after surgery from routine records

## Methods

We fitted a LASSO logistic regression on 800 surgical admissions.
Ten-fold cross-validation was used to choose the penalty that gave the lowest deviance.
The number of retained predictors was selected on the validation set.

## Discussion

In our experiments, the final model was evaluated on a held-out test set of 200 admissions, where the AUC was 0.78.
`;

  it('internal evaluation: a sentence on the test set is cited before settings tuned on validation data', () => {
    const r = cited('internal_validation', TUNED);
    expect(r.status).toBe('reported');
    expect(r.texts[0]).toMatch(/^In our experiments, the final model was evaluated on a held-out test set/);
  });

  it('the status does not change: tuning sentences alone still report internal validation', () => {
    const md = TUNED.replace(/## Discussion[^]*$/, '');
    const r = cited('internal_validation', md);
    expect(r.status).toBe('reported');
    expect(r.texts[0]).toMatch(/cross-validation was used to choose the penalty/);
  });
});
