/**
 * The runner's shared machinery: the literal gate never changes a finding, and the evaluation gate (concepts that
 * only apply where a model or test is evaluated) recognises evaluation work.
 */
import { describe, expect, it } from 'vitest';
import { findingFor as plainFindingFor } from '../helpers.js';
import { manuscriptFromString } from '../../src/readers/index.js';
import { CONCEPTS } from '../../src/concepts/index.js';
import { hasEvaluation } from '../../src/concepts/core/evaluation.js';
import { prefilterState, requiredLiterals } from '../../src/concepts/core/prefilter.js';
import { runConceptSpec } from '../../src/concepts/core/run.js';
import type { SectionKind } from '../../src/manuscript/model.js';

type Row = [concept: string, sentence: string, heading?: string];

describe('literal gate', () => {
  it('reads the required literals of each alternative', () => {
    expect(requiredLiterals(/\bexternal(?:ly)? validat\w*|\bindependent cohorts?/i)).toEqual([' external', ' independent cohort']);
    expect(requiredLiterals(/\bre-?sampl(?:ed|ing)/i)).toEqual(['sampl']);
    expect(requiredLiterals(/\w+ly/, { lastResort: false })).toBeNull();
    expect(requiredLiterals(/\w+ly/)).toEqual(['ly']);
  });

  const fixtures = [
    '# Study\n\n## Methods\n\nScans were resampled and registered; a 3D U-Net was trained with Adam (learning rate 1e-4) in PyTorch 1.9 using R (v4.0).\n\nData were split 70/30 at the patient level. ',
    '# Study\n\n## Results\n\nThe AUC was 0.81 (95% CI, 0.77–0.85; P<.001) and the model was externally validated. Tenfold crossvalidation gave 0.79 ± 0.03 across folds.\n',
    '# Study\n\n## Discussion\n\nMost errors occurred in small lesions. No external validation was performed. TheprimaryoutcomewasmajorCVD.\n',
  ];
  it.each(fixtures.map((f, i) => [i, f] as const))('never changes a finding (fixture %i)', (_i, md) => {
    const ms = manuscriptFromString(md);
    // every rule of every spec concept, also the evaluation-only ones and those of concepts that need an evaluation
    for (const c of CONCEPTS) {
      if (!c.spec) continue;
      const full = { ...c.spec, needsEvaluation: false, evaluationRules: [] };
      const a = runConceptSpec(full, ms);
      prefilterState.enabled = false;
      const b = runConceptSpec(full, ms);
      prefilterState.enabled = true;
      expect([c.id, a.status, a.value, a.evidence.map((e) => e.text)]).toEqual([c.id, b.status, b.value, b.evidence.map((e) => e.text)]);
    }
  });
});

describe('evaluation gate: concepts that need a model or test under evaluation', () => {
  const doc = (methods: string, intro = '') =>
    manuscriptFromString(`# A study\n\n${intro ? `## Introduction\n\n${intro}\n\n` : ''}## Methods\n\n${methods}\n`);
  it.each<[string, boolean]>([
    ['Discrimination of the score was assessed with the area under the ROC curve.', true],
    ['Sensitivity and specificity of the assay were computed against culture.', true],
    ['We trained a classifier on the radiomic features.', true],
    ['Patients in the discovery cohort were compared with the remaining patients.', true],
    ['Internal validity was checked with the jack-knife method [12].', true],
    ['The area under the plasma concentration-time curve was computed for each dose.', false],
    ['Cells were diluted tenfold and incubated overnight.', false],
    ['This procedure should give close to perfect diagnostic accuracy [16].', false],
  ])('%s -> %s', (sentence, expected) => {
    expect(hasEvaluation(doc(sentence))).toBe(expected);
  });
  it('an Introduction about other models is not a signal', () => {
    expect(hasEvaluation(doc('Cells were cultured for two days.', 'Deep learning classifiers have been proposed for this task [3].'))).toBe(false);
  });

  // without any model or test in the paper (laboratory, trial or association work)
  it.each<Row>([
    ['performance_metrics', 'Binding specificity of the tagged enzyme was confirmed by inhibition with two receptor fragments.'],
    ['performance_metrics', 'Erythema was larger on day two, as expected for a delayed hypersensitivity reaction.'],
    ['data_partitioning', 'The lysate was diluted twentyfold in binding buffer and loaded on the column.'],
    ['partition_disjointness', 'The pump pressure was kept low to avoid leakage through the membrane.'],
    ['external_validation', 'The assay has also been validated in other laboratories.'],
  ])('%s missing without evaluation: %s', (concept, sentence, heading) => {
    expect(plainFindingFor(concept, sentence, heading).status).toBe('missing');
  });
});

describe('flag tables (the check kind the study-type classifier uses)', () => {
  it('applies any, none, all/not, needs, unless, ownOnly and strip in order', async () => {
    const { flagsOf } = await import('../../src/concepts/core/flags.js');
    type F = 'trial' | 'dataRandom' | 'ai' | 'aiModel' | 'pred' | 'predWeak';
    const rules = [
      { flag: 'trial', ownOnly: true, any: [/\brandomi[sz]ed\b/i], none: [/\bnon-randomi[sz]ed\b/i, { all: [/\bimages\b/i], not: [/\bpatients\b/i] }] },
      { flag: 'ai', any: [/\bdeep learning\b/i, { all: [/\bclassifier\b/i, /\btrained\b/i] }] },
      { flag: 'aiModel', needs: ['ai'], any: [/\bmodel\b/i] },
      { flag: 'pred', strip: /\bpredictive values?\b/gi, any: [/\bpredict/i] },
      { flag: 'predWeak', unless: ['pred'], any: [/\bforecast/i] },
    ] as const;
    const f = (text: string, other = false) => [...flagsOf<F>(rules as never, text, other)].sort();
    expect(f('Patients were randomised to two arms.')).toEqual(['trial']);
    expect(f('Patients were randomised to two arms.', true)).toEqual([]);
    expect(f('A non-randomised comparison.')).toEqual([]);
    expect(f('The images were randomised into folds.')).toEqual([]);
    expect(f('The classifier was trained; the model was tuned.')).toEqual(['ai', 'aiModel']);
    expect(f('The model was tuned.')).toEqual([]);
    expect(f('Positive predictive values were high.')).toEqual([]);
    expect(f('We predict and forecast relapse.')).toEqual(['pred']);
    expect(f('We forecast relapse.')).toEqual(['predWeak']);
  });
});

describe('citations in Methods (`citationsInMethodsOk`)', () => {
  // a rule kept to some sections is split like a plain rule: a tool cited in Methods does not weaken it (before, only
  // plain rules were split, so a facet rule kept to Methods and Results lost most of its score to a tool's citation)
  const spec = (sections?: SectionKind[]) => ({
    concept: 'test_concept',
    citationsInMethodsOk: true,
    rules: [{ id: 'tool', re: /\bsegmented with the \w+ toolbox\b/i, weight: 0.9, ...(sections ? { sections } : {}) }],
  });
  const doc = (heading: string, cite = ' [12]') =>
    manuscriptFromString(`# A study\n\n## ${heading}\n\nThe scans were segmented with the FAST toolbox${cite}.\n`);
  it.each<[string, SectionKind[] | undefined]>([
    ['plain rule', undefined],
    ['rule kept to Methods and Results', ['methods', 'results']],
    ['rule kept to Methods, Results and other sections', ['methods', 'results', 'other']],
  ])('%s: a citation in Methods keeps the full score', (_name, sections) => {
    const f = runConceptSpec(spec(sections), doc('Methods'));
    expect(f.status).toBe('reported');
    expect(f.confidence).toBe(runConceptSpec(spec(sections), doc('Methods', '')).confidence);
  });
});
