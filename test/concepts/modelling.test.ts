import { describe, expect, it } from 'vitest';
import { detectMarkdown, findingFor as plainFindingFor } from '../helpers.js';
import type { Finding } from '../../src/concepts/types.js';
import { manuscriptFromString } from '../../src/readers/index.js';
import { dataAllSpecs } from '../../src/concepts/model-data.js';
import { devAllSpecs } from '../../src/concepts/model-dev.js';
import { getConcept } from '../../src/concepts/index.js';
import { hasEvaluation } from '../../src/concepts/core/evaluation.js';
import { prefilterState, requiredLiterals } from '../../src/concepts/core/prefilter.js';
import { runConceptSpec } from '../../src/concepts/core/run.js';

/** the evaluation concepts (now one file each), as plain specs for the literal gate */
const evalAllSpecs = [
  'performance_metrics', 'statistical_uncertainty', 'external_validation', 'failure_analysis', 'explainability', 'robustness',
  'fairness', 'internal_validation', 'cross_tabulation', 'performance_results', 'indeterminate_results', 'benchmark_comparison',
].map((id) => ({ ...getConcept(id)!.spec!, needsEvaluation: false }));

const INTRO = 'Introduction';
const DISC = 'Discussion';

type Row = [concept: string, sentence: string, heading?: string];

/**
 * Partitions, metrics, external validation, failure analysis and explanations only apply where a model or test is
 * evaluated: their fixtures sit in a manuscript whose Methods say so (the rules themselves must still reject
 * homonyms there).
 */
const GATED = new Set(['data_partitioning', 'partition_disjointness', 'performance_metrics', 'external_validation', 'failure_analysis', 'explainability', 'internal_validation']);
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
    ['preprocessing', 'All volumes were resampled to an isotropic grid of 1 mm and intensities were rescaled to the unit interval.'],
    ['preprocessing', 'Before training we applied N4 bias field correction and skull stripping to every scan.'],
    ['preprocessing', 'The preprocessing pipeline consisted of cropping, denoising and histogram equalisation.'],
    ['preprocessing', 'Read counts were quantile normalised across arrays to remove batch effects.'],
    ['reference_standard', 'Biopsy results served as the reference standard for every lesion.'],
    ['reference_standard', 'Manual delineations by the study team were taken as ground truth.'],
    ['reference_standard', 'The primary outcome was death from any cause within one year.'],
    ['reference_standard', 'Infection status was classified as latent or active according to the national guideline definitions.'],
    ['reference_standard', 'TheprimaryoutcomeofthisanalysiswasincidentstrokeorMI.'],
    ['annotators', 'Lesions were outlined by two board-certified radiologists with 8 and 12 years of experience.'],
    ['annotators', 'Three expert readers independently graded each image.'],
    ['annotators', 'All images were read as positive or negative (n = 40 and n = 35) by a senior nuclear medicine physician using the vendor workstation.'],
    ['data_partitioning', 'Patients were randomly split into a training set (70%), a validation set (15%) and a test set (15%).'],
    ['data_partitioning', 'We used five-fold cross-validation for all models.'],
    ['data_partitioning', 'Accuracy was estimated with leave-one-out cross-validation.'],
    ['data_partitioning', 'Of the available participants, 80% were used for training and the remainder for testing.'],
    ['partition_disjointness', 'The split was made at the patient level so that no patient appeared in both sets.'],
    ['partition_disjointness', 'Images from one participant were never split across training and test sets.'],
    ['partition_disjointness', 'The model was then evaluated on an independent test cohort of 120 patients.'],
    ['model_description', 'We trained a 3D U-Net with four resolution levels and residual blocks.'],
    ['model_description', 'A random forest with 500 trees was fitted to the radiomic features.'],
    ['model_description', 'Incidence was modelled with multivariable Cox proportional hazards regression.'],
    ['software', 'All networks were implemented in PyTorch 1.9 and trained on one GPU.'],
    ['software', 'Statistical analyses were performed in R version 4.1.2 with the lme4 package.'],
    ['software', 'Analyses used SPSS (version 25, IBM).'],
    ['training_details', 'Training used the Adam optimiser with a learning rate of 1e-4 for 200 epochs and a batch size of 8.'],
    ['training_details', 'Hyperparameters were tuned by grid search within the training folds.'],
    ['training_details', 'Predictors entered the model if their P value was below 0.2 in a stepwise procedure.'],
  ])('%s: %s', (concept, sentence, heading) => {
    expect(statusOf(concept, sentence, heading)).toBe('reported');
  });
});

describe('modelling family: not reported (absent, other work, homonyms, capability text)', () => {
  it.each<Row>([
    // other work in the Introduction
    ['model_description', 'Previous studies have used convolutional neural networks for this task [3].', INTRO],
    ['software', 'Several groups have released toolkits in Python for this purpose [7].', INTRO],
    // homonyms
    ['data_partitioning', 'Internal consistency was checked with split-half reliability.'],
    ['data_partitioning', 'Continuous variables were compared with the t test.'],
    ['data_partitioning', 'The questionnaire items were revised 11 times after pilot testing.'],
    ['training_details', 'Nurses were trained for two days before recruitment began.'],
    ['training_details', 'Samples were drawn prior to randomisation.'],
    ['training_details', 'We assumed a dropout rate of 20% in the sample size calculation.'],
    ['training_details', 'Missing outcomes were imputed with a Markov chain Monte Carlo procedure.'],
    ['training_details', 'An interim analysis allowed early stopping for futility.'],
    ['training_details', 'Accelerometer counts were summed over 60-second epoch lengths.'],
    ['preprocessing', 'Lipids were measured in a laboratory accredited by a national standardization programme.'],
    ['preprocessing', 'Landmark errors were then normalised by the distance between the pupils.'],
    ['annotators', 'The protocol was approved by the institutional review board.'],
    ['annotators', 'Approval was granted by an independent ethics committee.'],
    ['software', 'Conduction was measured from R–R intervals in the recordings.'],
    // capability descriptions in a software paper and checklist instructions in a guideline
    ['preprocessing', 'Cropping, resampling and normalisation can be applied while the images are loaded.'],
    ['model_description', 'Available architectures include a 2D U-Net, a 3D U-Net and a ResNet.'],
    ['reference_standard', 'Ground truth labels are often scarce in medical imaging.'],
  ])('%s: %s', (concept, sentence, heading) => {
    expect(statusOf(concept, sentence, heading)).toBe('missing');
  });
});

describe('values and details', () => {
  it.each<[string, string]>([
    ['A total of 1,200 patients were used for training, 300 for validation and 500 for testing.', 'with_numbers'],
    ['The cohort was split 70/15/15 into training, validation and test sets.', 'with_numbers'],
    ['We used ten-fold cross-validation with the folds drawn at random.', 'cross_validation'],
    ['Models were compared with 15-fold Monte Carlo cross-validation with 20% holdout.', 'cross_validation'],
    ['The data were divided into a training set and a test set.', 'without_numbers'],
  ])('data_partitioning value: %s', (sentence, value) => {
    expect(findingFor('data_partitioning', sentence).value).toBe(value);
  });

  it('partition details: counts, proportions, folds, level', () => {
    const a = findingFor('data_partitioning', 'Patients were split at the patient level: 70% for training, 10% for validation and 20% for testing.');
    expect(a.details).toMatchObject({ proportions: { train: 70, validation: 10, test: 20 }, level: 'patient' });
    const b = findingFor('data_partitioning', 'We split the data 80/20 into training and test sets.');
    expect(b.details).toMatchObject({ proportions: { train: 80, test: 20 } });
    const c = findingFor('data_partitioning', 'Five-fold cross-validation was used.');
    expect(c.details).toMatchObject({ folds: 5 });
    const d = findingFor('data_partitioning', 'Of the scans, 456 training images and 51 validation images were kept.');
    expect(d.details).toMatchObject({ train: 456, validation: 51 });
  });

  it('model families and architectures', () => {
    const f = findingFor('model_description', 'The segmentation network is a 3D U-Net; a gradient boosting classifier and logistic regression served as baselines.');
    expect(f.details).toMatchObject({ architectures: ['U-Net'] });
    expect((f.details as { families: string[] }).families).toEqual(expect.arrayContaining(['CNN', 'gradient boosting', 'logistic regression']));
  });

  it('software names with versions', () => {
    const f = findingFor('software', 'Models were built with scikit-learn 0.24 in Python 3.8, and statistics were run in R (version 4.0.3).');
    expect((f.details as { names: string[] }).names).toEqual(expect.arrayContaining(['scikit-learn 0.24', 'Python 3.8', 'R 4.0.3']));
  });

});

describe('crosswalk concepts (simple detectors)', () => {
  it.each<Row>([
    ['acquisition', 'Images were acquired on a 3 T Siemens scanner with a repetition time of 2300 ms.'],
    ['deidentification', 'All DICOM headers were anonymised before transfer.'],
    ['data_subsets', 'Only the axial T2-weighted images were used for analysis.'],
    ['annotation_tools', 'Contours were drawn in ITK-SNAP by the first author.'],
    ['test_set_annotation', 'The test set was annotated independently by a second radiologist.'],
    ['rater_variability', "Inter-rater agreement was quantified with Cohen's kappa."],
    ['reference_standard_rationale', 'Histopathology was chosen as the reference standard because it is the accepted diagnostic criterion.'],
    ['initialization', 'The encoder was initialised with weights pretrained on ImageNet.'],
    ['model_selection', 'The checkpoint with the lowest validation loss was selected as the final model.'],
    ['ensembling', 'Predictions of the five fold models were averaged as an ensemble.'],
    ['class_imbalance', 'To address class imbalance we oversampled the minority class.'],
    ['model_output_thresholds', 'The probability threshold was chosen by maximising the Youden index.'],
    ['prediction_calculation', 'Predicted probabilities were computed from the regression coefficients of the final model.'],
    ['predictor_selection', 'Candidate predictors were selected with LASSO.'],
    ['predictor_handling', 'Age was modelled with restricted cubic splines.'],
  ])('%s: %s', (concept, sentence, heading) => {
    expect(statusOf(concept, sentence, heading)).toBe('reported');
  });

  it.each<Row>([
    ['rater_variability', 'Split-half reliability of the scale was high.'],
    ['ensembling', 'Gene identifiers were mapped with Ensembl.'],
    ['initialization', 'Treatment was initiated within a week of diagnosis.'],
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

  const fixtures = [
    '# Study\n\n## Methods\n\nScans were resampled and registered; a 3D U-Net was trained with Adam (learning rate 1e-4) in PyTorch 1.9 using R (v4.0).\n\nData were split 70/30 at the patient level. ',
    '# Study\n\n## Results\n\nThe AUC was 0.81 (95% CI, 0.77–0.85; P<.001) and the model was externally validated. Tenfold crossvalidation gave 0.79 ± 0.03 across folds.\n',
    '# Study\n\n## Discussion\n\nMost errors occurred in small lesions. No external validation was performed. TheprimaryoutcomewasmajorCVD.\n',
  ];
  it.each(fixtures.map((f, i) => [i, f] as const))('never changes a finding (fixture %i)', (_i, md) => {
    const ms = manuscriptFromString(md);
    for (const spec of [...dataAllSpecs, ...devAllSpecs, ...evalAllSpecs]) {
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
    ['data_partitioning', 'The lysate was diluted twentyfold in binding buffer and loaded on the column.'],
    ['partition_disjointness', 'The pump pressure was kept low to avoid leakage through the membrane.'],
    ['external_validation', 'The assay has also been validated in other laboratories.'],
  ])('%s missing without evaluation: %s', (concept, sentence, heading) => {
    expect(plainFindingFor(concept, sentence, heading).status).toBe('missing');
  });
});

describe('round 2: rules on evaluation papers', () => {
  it.each<Row>([
    // fold changes and dilutions are not folds
    ['data_partitioning', 'Genes with at least a 2.5-fold expression change and an adjusted P value below 0.05 were retained.'],
    ['data_partitioning', 'Standards were serially diluted 10-fold from 1e6 to 10 copies.'],
    // conditional or prospective validation
  ])('%s missing: %s', (concept, sentence, heading) => {
    expect(statusOf(concept, sentence, heading)).toBe('missing');
  });

  it.each<Row>([
    ['data_partitioning', 'Ten-fold cross-validation was repeated five times.'],
    ['data_partitioning', 'Performance was estimated in 5-fold resampling of the training data.'],
  ])('%s reported: %s', (concept, sentence, heading) => {
    expect(statusOf(concept, sentence, heading)).toBe('reported');
  });

});

describe('round 2: recall on diagnostic, biomarker and prognostic papers', () => {
  it.each<Row>([
    ['reference_standard', 'Only autopsy cases with neuropathologically confirmed disease were included.'],
    ['reference_standard', 'The diagnosis of every patient was made in accordance with the consensus criteria of the movement disorder society.'],
    ['reference_standard', 'Tumour response categories were defined by RECIST as complete, partial or no response.'],
    ['reference_standard', 'A best-estimate diagnosis was reached by two senior psychiatrists using all available records.'],
    ['reference_standard', 'A vaccine response was considered as positive when spot counts doubled from baseline.'],
    ['reference_standard', 'Based on endoscopic evaluation, participants were assigned to the metaplasia group or the reflux-only group.'],
    ['partition_disjointness', 'Genes were selected entirely independently of the left-out sample in each iteration.'],
    ['partition_disjointness', 'The coefficients were then applied to patients of the independent TRIAL-B population.'],
    ['partition_disjointness', 'The marker was then validated in a separate set of 84 patients.'],
    ['training_details', 'Several P value cut-offs were compared within leave-one-out cross-validation and the best one was kept.'],
    ['training_details', 'The number of latent classes was chosen at the first minimum of the Bayesian information criterion.'],
  ])('%s reported: %s', (concept, sentence, heading) => {
    expect(statusOf(concept, sentence, heading)).toBe('reported');
  });

  it.each<Row>([
    ['training_details', 'Augmented sequencing coverage would only pay off above 50% pathogen DNA.'],
    ['reference_standard', 'Sperm samples were measured according to the laboratory manual criteria.'],
    ['partition_disjointness', 'Effects were estimated independently of the sample size.'],
  ])('%s missing: %s', (concept, sentence, heading) => {
    expect(statusOf(concept, sentence, heading)).toBe('missing');
  });
});

describe('round 2: data handling, annotators, software and model on laboratory and clinical papers', () => {
  it.each<Row>([
    ['annotators', 'Two trained psychiatrists carried out all clinical ratings.'],
    ['annotators', 'Diagnoses were established by neurologists blinded to the laboratory results.'],
    ['annotators', 'Three liver pathologists blinded to the clinical data reconciled and confirmed each diagnosis.'],
    ['preprocessing', "Spurious outliers were removed with Grubb's test."],
    ['preprocessing', 'An intensity threshold was set to eliminate false signal from background staining.'],
    ['software', 'Principal components were computed with the Eigenstrat software [20].'],
    ['software', 'Band volumes were quantified using the Image Lab software (Bio-Rad).'],
    ['software', 'Homologous human genes were identified by a BLAST search.'],
    ['model_description', 'The biomarker score for each sample was calculated as the mean expression of its probes.'],
    ['model_description', 'Samples were then assigned by nearest-centroid classification.'],
  ])('%s reported: %s', (concept, sentence, heading) => {
    expect(statusOf(concept, sentence, heading)).toBe('reported');
  });

  it.each<Row>([
    ['software', 'Statistical analysis was performed using a Kruskal-Wallis test.'],
    ['software', 'The Results section describes the main findings.'],
    ['preprocessing', 'A log transformation was applied to satisfy the model’s assumptions.'],
    ['preprocessing', 'Yield was the ratio of particles post-processing to particles pre-processing.'],
    ['preprocessing', 'Bending tests were carried out following the established quality control protocols.'],
    // a laboratory assay in a paper that evaluates no test
    ['model_description', 'A reporter assay was performed as previously described [26].'],
  ])('%s missing: %s', (concept, sentence, heading) => {
    expect(statusOf(concept, sentence, heading)).toBe('missing');
  });

  it('an assay is an index test where a test is evaluated', () => {
    const f = plainFindingFor('model_description', 'The interferon-gamma assay was performed according to the kit instructions. Sensitivity and specificity of the assay were computed against culture.');
    expect(f.status).toBe('reported');
  });
});

describe('round 2: staged partitions', () => {
  it.each<[string, string]>([
    ['Candidate proteins were found in 18 patients in a first step, with subsequent validation using 84 patients.', 'with_numbers'],
    ['The other two signatures were derived using 75% of the surgical cohort and tested on the rest.', 'with_numbers'],
  ])('data_partitioning value: %s', (sentence, value) => {
    expect(findingFor('data_partitioning', sentence).value).toBe(value);
  });
});

describe('round 3: general recall on evaluation papers', () => {
  it.each<Row>([
    // reference standard: diagnosis resting on a confirmatory procedure, the outcome named in passing
    ['reference_standard', 'Serum was collected from patients whose carcinoma had been diagnosed by surgical resection.'],
    ['reference_standard', 'Tumours were diagnosed as malignant on the basis of histology of the excised specimen.'],
    ['reference_standard', 'Risk groups were compared using Cox models with time to recurrence as the end point.'],
    ['reference_standard', 'Overall survival served as the primary outcome of the prognostic analysis.'.replace('served as the', 'was taken as the')],
    // partitions: a validation phase or an independent set with its own count
    ['data_partitioning', 'Stage two, validation of the selected markers in plasma: in this phase, samples from 96 cases and 90 controls were assayed.'],
    ['data_partitioning', 'Marker levels were then measured in an independent set of 61 kidney biopsies.'],
    // disjointness: selection repeated inside each resampling step, explicitly independent validation
    ['partition_disjointness', 'Candidate features were chosen anew within each training fold of the cross-validation.'],
    ['partition_disjointness', 'The procedure included separate selection of candidate probes for each cross-validation step.'],
    ['partition_disjointness', 'Phase three consisted of independent validation of the candidate transcripts.'],
    // external validation in several cohorts, a separate dataset used to validate
    // failure analysis: discordant predictions, counted error cases
    // training details: regularisation by ridge/LASSO, predictor filtering before the score is built
    ['training_details', 'The risk model was fitted by ridge regression on the untreated subset.'],
    ['training_details', 'Probes with a univariate Cox P < 0.01 were selected to build the risk score, and the classifier was evaluated by cross-validation with ROC analysis.'],
    ['training_details', 'Taking the transcripts with P values below 0.01, we computed a risk probability score whose AUC was then estimated.'],
    ['training_details', 'Genes were filtered for significance (adjusted P ≤ 0.05) and fold change before training the classifier, whose AUC was reported.'],
    // model description: the decision rule or the design of the assay evaluated as a test
    ['model_description', 'A specimen was scored as positive when more than 30% of tumour cells stained. Sensitivity and specificity of this rule were computed against relapse.'],
    ['model_description', 'We then developed a sandwich ELISA for the marker in bile; its ROC curve was compared with that of CA19-9.'],
    // software named with its version before "software", SDKs
    ['software', 'Curves were fitted with Origin version 8.1 software (OriginLab).'],
    ['software', 'Face landmarks were tracked with the Kinect SDK 2.0.'],
  ])('%s: %s', (concept, sentence, heading) => {
    expect(statusOf(concept, sentence, heading)).not.toBe('missing');
  });

  it.each<Row>([
    // a measurement made by a standard is not a truth
    ['reference_standard', 'Semen parameters were assessed according to the criteria of the laboratory manual.'],
    // "stepwise" outside model building
    ['training_details', 'The screening assay proceeds stepwise.'],
    // generic remarks about a method, and what the authors' earlier study did
    ['training_details', 'Maximum likelihood estimation provides a robust approach to finding optimal cut-offs.'],
    ['training_details', 'In our earlier published work on the screening test [12], we employ least squares regression to combine the responses.'],
    // future wishes ending in "are warranted"
    // an independent samples t test is not an independent validation
    ['partition_disjointness', 'Group means were compared with an independent samples t test.'],
    // homonym of the software name
    ['software', 'The rat model mimics several aspects of the human disease.'],
    // an assay developed by a company in a disclosure, laboratory reagents
    ['model_description', 'After washing, the blot was developed with chemiluminescent reagents.'],
  ])('%s not reported: %s', (concept, sentence, heading) => {
    expect(statusOf(concept, sentence, heading)).toBe('missing');
  });

  it('positivity rules and assay design count only where a test is evaluated', () => {
    expect(plainFindingFor('model_description', 'A tumour was considered positive when more than 10% of its cells stained.').status).toBe('missing');
    expect(plainFindingFor('model_description', 'We developed an in-house assay to measure the cytokine in culture supernatants.').status).toBe('missing');
  });

  it('data_partitioning value: a count with an adjective before the unit', () => {
    expect(findingFor('data_partitioning', 'The markers were measured in an independent set of 74 renal biopsies.').value).toBe('with_numbers');
  });
});
