import { describe, expect, it } from 'vitest';
import { detectMarkdown, findingFor as plainFindingFor } from '../helpers.js';
import type { Finding } from '../../src/concepts/types.js';
import { manuscriptFromString } from '../../src/readers/index.js';
import { getConcept } from '../../src/concepts/index.js';
import { evalAllSpecs } from '../../src/concepts/model-eval.js';
import { hasEvaluation } from '../../src/concepts/core/evaluation.js';
import { prefilterState, requiredLiterals } from '../../src/concepts/core/prefilter.js';
import { runConceptSpec } from '../../src/concepts/core/run.js';

const INTRO = 'Introduction';
const DISC = 'Discussion';

type Row = [concept: string, sentence: string, heading?: string];

/**
 * Partitions, metrics, external validation, failure analysis and explanations only apply where a model or test is
 * evaluated: their fixtures sit in a manuscript whose Methods say so (the rules themselves must still reject
 * homonyms there).
 */
const GATED = new Set(['performance_metrics', 'external_validation', 'failure_analysis', 'explainability', 'internal_validation']);
const MODEL_CONTEXT = 'A risk score was developed from the clinical variables.';
function findingFor(concept: string, sentence: string, heading = 'Methods'): Finding {
  if (!GATED.has(concept)) return plainFindingFor(concept, sentence, heading);
  const md = heading === 'Methods'
    ? `# A study\n\n## Methods\n\n${MODEL_CONTEXT} ${sentence}\n`
    : `# A study\n\n## Methods\n\n${MODEL_CONTEXT}\n\n## ${heading}\n\n${sentence}\n`;
  return detectMarkdown(md).get(concept)!;
}
function statusOf(concept: string, sentence: string, heading = 'Methods'): string {
  return findingFor(concept, sentence, heading).status;
}

describe('modelling family: reported', () => {
  it.each<Row>([
    ['performance_metrics', 'Segmentation quality was measured with the Dice coefficient and the Hausdorff distance.'],
    ['performance_metrics', 'Discrimination was summarised by the area under the ROC curve.'],
    ['statistical_uncertainty', 'The AUC was 0.87 (95% CI 0.82-0.91).'],
    ['statistical_uncertainty', 'Groups were compared with the Mann-Whitney U test and P < 0.05 was deemed significant.'],
    ['statistical_uncertainty', 'Mean accuracy across the ten folds was 81% ± 4%.'],
    ['external_validation', 'The model was externally validated on 300 patients from two other hospitals.'],
    ['external_validation', 'Performance was then tested on unseen datasets acquired at different sites.'],
    ['failure_analysis', 'Most misclassifications occurred between adjacent severity grades.'],
    ['failure_analysis', 'Small lesions were difficult to segment and were often missed by the network.'],
    ['failure_analysis', 'The failed prediction for one participant may reflect factors not measured here.', DISC],
    ['explainability', 'Grad-CAM heat maps highlighted the regions driving each prediction.'],
    ['explainability', 'We computed SHAP values to rank the contribution of each feature.'],
  ])('%s: %s', (concept, sentence, heading) => {
    expect(statusOf(concept, sentence, heading)).toBe('reported');
  });
});

describe('modelling family: not reported (absent, other work, homonyms, capability text)', () => {
  it.each<Row>([
    // other work in the Introduction
    ['external_validation', 'Earlier risk models were rarely validated externally [4,5].', INTRO],
    // homonyms
    ['external_validation', 'The tumour reached the external cortical surface in two cases.'],
    ['external_validation', 'The paper was externally peer reviewed.'],
    ['external_validation', 'Generalization performance was assessed with k-fold cross-validation.'],
    ['performance_metrics', 'Sensitivity analyses excluding dropouts gave similar estimates.'],
    ['performance_metrics', 'Contributors: A. Author, DSc, Centre for Statistics (Oxford).'],
    ['failure_analysis', 'Exposure was self-reported, so some misclassification is possible.', DISC],
    ['statistical_uncertainty', 'The optimal k was chosen where the gap exceeded one standard deviation of the reference distribution.'],
    // capability descriptions in a software paper and checklist instructions in a guideline
    ['performance_metrics', 'It is also possible to compute metrics for objects of a given size.'],
    ['statistical_uncertainty', 'Synthesis | 21 | Describe how results were combined, with confidence intervals, if done. |'],
  ])('%s: %s', (concept, sentence, heading) => {
    expect(statusOf(concept, sentence, heading)).toBe('missing');
  });
});

describe('modelling family: reported as not done', () => {
  it.each<Row>([
    ['external_validation', 'No external validation of the model was performed.'],
    ['external_validation', 'The score has not yet been validated in an independent population.', DISC],
    ['external_validation', 'A limitation is that all cohorts used to validate the method came from the same registry.', DISC],
  ])('%s: %s', (concept, sentence, heading) => {
    const f = findingFor(concept, sentence, heading);
    expect(f.status).toBe('reported');
    expect(f.notDone).toBe(true);
    expect(f.value).toBe('not_performed');
  });

  it('a future wish alone is not a report', () => {
    expect(statusOf('external_validation', 'Future studies should validate the model in other populations.', DISC)).toBe('missing');
  });
});

describe('values and details', () => {
  it('performance metric names', () => {
    const f = findingFor('performance_metrics', 'We report sensitivity, specificity, PPV and the F1 score.');
    expect((f.details as { metrics: string[] }).metrics).toEqual(expect.arrayContaining(['sensitivity', 'specificity', 'PPV', 'F1']));
  });

  it('external validation performed', () => {
    const f = findingFor('external_validation', 'The model was externally tested on the Rotterdam Study cohort.');
    expect(f.value).toBe('performed');
    expect(f.notDone).toBeUndefined();
  });
});

describe('crosswalk concepts (simple detectors)', () => {
  it.each<Row>([
    ['fairness', 'Performance was compared across racial and ethnic subgroups to look for algorithmic bias.'],
    ['robustness', 'A sensitivity analysis excluded scans with motion artefacts.'],
    ['internal_validation', 'Optimism was estimated by bootstrap validation with 200 resamples.'],
    ['cross_tabulation', 'The confusion matrix of the test set is shown in Table 3.'],
    ['performance_results', 'On the test set the AUC was 0.91 and the sensitivity 84%.'],
    ['indeterminate_results', 'Indeterminate results were counted as positive.'],
    ['benchmark_comparison', 'Our network outperformed the baseline models.'],
  ])('%s: %s', (concept, sentence, heading) => {
    expect(statusOf(concept, sentence, heading)).toBe('reported');
  });

  it.each<Row>([
    ['internal_validation', 'Baseline values were compared with the t test.'],
  ])('%s not reported: %s', (concept, sentence, heading) => {
    expect(statusOf(concept, sentence, heading)).toBe('missing');
  });
});

describe('literal gate', () => {
  it('reads the required literals of each alternative', () => {
    expect(requiredLiterals(/\bexternal(?:ly)? validat\w*|\bindependent cohorts?/i)).toEqual([' external', ' independent cohort']);
    expect(requiredLiterals(/\bre-?sampl(?:ed|ing)/i)).toEqual(['sampl']);
    expect(requiredLiterals(/\w+ly/)).toBeNull();
  });

  /** the data-handling and model-development concepts (one file each now), with every rule as the family files ran them */
  const DATA_DEV = ['preprocessing', 'reference_standard', 'annotators', 'data_partitioning', 'partition_disjointness', 'acquisition', 'deidentification', 'data_subsets', 'annotation_tools', 'test_set_annotation', 'rater_variability', 'reference_standard_rationale', 'model_description', 'software', 'training_details', 'initialization', 'model_selection', 'ensembling', 'class_imbalance', 'predictor_selection', 'predictor_handling', 'model_output_thresholds', 'prediction_calculation'];
  const fixtures = [
    '# Study\n\n## Methods\n\nScans were resampled and registered; a 3D U-Net was trained with Adam (learning rate 1e-4) in PyTorch 1.9 using R (v4.0).\n\nData were split 70/30 at the patient level. ',
    '# Study\n\n## Results\n\nThe AUC was 0.81 (95% CI, 0.77–0.85; P<.001) and the model was externally validated. Tenfold crossvalidation gave 0.79 ± 0.03 across folds.\n',
    '# Study\n\n## Discussion\n\nMost errors occurred in small lesions. No external validation was performed. TheprimaryoutcomewasmajorCVD.\n',
  ];
  it.each(fixtures.map((f, i) => [i, f] as const))('never changes a finding (fixture %i)', (_i, md) => {
    const ms = manuscriptFromString(md);
    for (const spec of [...DATA_DEV.map((id) => ({ ...getConcept(id)!.spec!, needsEvaluation: false, evaluationRules: [] })), ...evalAllSpecs]) {
      const full = { ...spec, citationsInMethodsOk: true };
      const a = runConceptSpec(full, ms);
      prefilterState.enabled = false;
      const b = runConceptSpec(full, ms);
      prefilterState.enabled = true;
      expect([spec.concept, a.status, a.value, a.evidence.map((e) => e.text)]).toEqual([spec.concept, b.status, b.value, b.evidence.map((e) => e.text)]);
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
    ['external_validation', 'The assay has also been validated in other laboratories.'],
  ])('%s missing without evaluation: %s', (concept, sentence, heading) => {
    expect(plainFindingFor(concept, sentence, heading).status).toBe('missing');
  });
});

describe('round 2: rules on evaluation papers', () => {
  it.each<Row>([
    // conditional or prospective validation
    ['external_validation', 'If it is successfully validated in an external cohort, the score would help select patients for withdrawal.', DISC],
    ['external_validation', 'With validation in further cohorts, this approach may lead to better treatment decisions.', DISC],
  ])('%s missing: %s', (concept, sentence, heading) => {
    expect(statusOf(concept, sentence, heading)).toBe('missing');
  });

  it.each<Row>([
    ['performance_metrics', 'Model fit was checked with the Hosmer–Lemeshow test.'],
    ['external_validation', 'To validate the signature, we analysed four independent expression datasets of treated patients.'],
  ])('%s reported: %s', (concept, sentence, heading) => {
    expect(statusOf(concept, sentence, heading)).toBe('reported');
  });

  it('an unavailable independent cohort is reported as not done', () => {
    const f = findingFor('external_validation', 'Because our biopsy collection is unique, an independent validation cohort is therefore not available.', DISC);
    expect(f.status).toBe('reported');
    expect(f.value).toBe('not_performed');
  });
});

describe('round 2: recall on diagnostic, biomarker and prognostic papers', () => {
  it.each<Row>([
    ['failure_analysis', 'The score was more accurate in identifying synchronous metastases (80%) than later ones (65%).', DISC],
    ['failure_analysis', 'Most of the “false positives” were patients with acute tubular injury on biopsy.', DISC],
    ['failure_analysis', 'Calibration on the older drug may explain why the performance of the models in the second trial was worse for mortality.', DISC],
    ['failure_analysis', 'Cases and controls were correctly clustered apart, with the notable exception of one control sample.', 'Results'],
  ])('%s reported: %s', (concept, sentence, heading) => {
    expect(statusOf(concept, sentence, heading)).toBe('reported');
  });

  it.each<Row>([
    ['failure_analysis', 'Misclassification of the exposure is possible because diet was self-reported.', DISC],
  ])('%s missing: %s', (concept, sentence, heading) => {
    expect(statusOf(concept, sentence, heading)).toBe('missing');
  });
});

describe('round 3: general recall on evaluation papers', () => {
  it.each<Row>([
    // external validation in several cohorts, a separate dataset used to validate
    ['external_validation', 'We have since validated the classifier across several independent cohorts and array platforms.'],
    ['external_validation', 'We then used a separate dataset of 30 biopsies from 9 other patients to validate the model.'],
    // failure analysis: discordant predictions, counted error cases
    ['failure_analysis', 'In one patient the model was uncertain, and the predicted status was discordant with the actual status; the discordance between predicted and actual labels is shown in Figure 4.'],
    ['failure_analysis', 'Six cases of the "false negatives" had very small lesions on imaging.'],
  ])('%s: %s', (concept, sentence, heading) => {
    expect(statusOf(concept, sentence, heading)).not.toBe('missing');
  });

  it.each<Row>([
    // future wishes ending in "are warranted"
    ['external_validation', 'Validation studies in external cohorts of this grading model are warranted.'],
  ])('%s not reported: %s', (concept, sentence, heading) => {
    expect(statusOf(concept, sentence, heading)).toBe('missing');
  });
});
