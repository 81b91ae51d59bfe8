/**
 * Wording that ML-in-health papers use for concepts the rules were written for in clinical words (issue 9, second
 * round of general mechanisms, 2026-12-06). Each rule was written from errors of the development folds only (fold 0
 * of ml-health in a 2-fold split, clinical-dev, clinical-check, ai-imaging) and kept only when the held-out sets did
 * not lose (docs/accuracy.md, "Second round"). Sentences are our own (positive / negative / negated / trap); none is
 * taken from a corpus document.
 */
import { describe, expect, it } from 'vitest';
import { detectMarkdown, findingFor, runCases } from './helpers.js';

describe('events per analysis written as class counts of a data set', () => {
  runCases([
    { kind: 'positive', concept: 'events_per_analysis', text: 'The cohort comprised 318 participants, 190 with early Alzheimer disease and 128 healthy controls.' },
    { kind: 'positive', concept: 'events_per_analysis', text: 'The archive holds 85 malignant and 240 normal mammograms for training.' },
    { kind: 'positive', concept: 'events_per_analysis', text: 'Table 3 gives the class distribution of the training and test sets.' },
    { kind: 'positive', concept: 'events_per_analysis', text: 'The prevalence of the disease was 31% in the training set and 29% in the test set.' },
    { kind: 'negative', concept: 'events_per_analysis', text: 'The images were split at random into training and test sets.' },
    { kind: 'trap', concept: 'events_per_analysis', text: 'The AUC was 0.91 and 0.88 for normal and abnormal scans.' },
    { kind: 'trap', concept: 'events_per_analysis', text: 'We trained 4 models with and 4 without augmentation.' },
    { kind: 'trap', concept: 'events_per_analysis', text: 'Here c is the number of classes and n the number of images in the training set.' },
  ]);
});

describe('model output described as what the network produces', () => {
  runCases([
    { kind: 'positive', concept: 'model_output_thresholds', text: 'A final dense layer with a sigmoid activation gives the likelihood that a lesion is present.' },
    { kind: 'positive', concept: 'model_output_thresholds', text: 'For every nodule the network predicts a malignancy score between 0 and 1.' },
    { kind: 'positive', concept: 'model_output_thresholds', text: 'The summed reconstruction error is compared with a predefined threshold to flag abnormal scans.' },
    { kind: 'negative', concept: 'model_output_thresholds', text: 'The encoder has four convolutional blocks with batch normalisation.' },
    { kind: 'trap', concept: 'model_output_thresholds', text: 'The proposed network reached a Dice score of 0.87 on the test set.' },
    { kind: 'trap', concept: 'model_output_thresholds', text: 'A P value below 0.05 was considered significant.' },
  ]);
});

describe('acquisition given as the sequences, views or sampling rate of the data', () => {
  runCases([
    { kind: 'positive', concept: 'acquisition', text: 'Each examination includes four MRI sequences (T1, contrast-enhanced T1, T2 and FLAIR).' },
    { kind: 'positive', concept: 'acquisition', text: 'Single-lead recordings were sampled at 300 Hz.' },
    { kind: 'positive', concept: 'acquisition', text: 'Both posteroanterior and anteroposterior chest films were used.' },
    { kind: 'negative', concept: 'acquisition', text: 'Demographic data were recorded on a case report form.' },
    { kind: 'trap', concept: 'acquisition', text: 'Heart rate was recorded at 60 beats per minute on average.' },
  ]);
});

describe('robustness written as a choice that does not change the results, or repeated seeds', () => {
  runCases([
    { kind: 'positive', concept: 'robustness', text: 'The choice of the reference hospital did not affect the accuracy of the classifier.' },
    { kind: 'positive', concept: 'robustness', text: 'We trained five networks with different weight initialisation seeds and report the spread.' },
    { kind: 'negative', concept: 'robustness', text: 'The network was trained for 100 epochs with the Adam optimiser.' },
    { kind: 'trap', concept: 'robustness', text: 'Sensitivity and specificity were computed for each reader.' },
  ]);
});

describe('label definitions of ML papers as variable definitions', () => {
  runCases([
    { kind: 'positive', concept: 'variable_definitions', text: 'The five lesion grades were merged into two classes, benign and suspicious.' },
    { kind: 'positive', concept: 'variable_definitions', text: 'Each frame carries a label y = 1 that indicates a visible polyp.' },
    { kind: 'positive', concept: 'variable_definitions', text: 'Readers rated their confidence on a scale from 1 to 5, with 1 being a guess.' },
    { kind: 'negative', concept: 'variable_definitions', text: 'The network was trained on a single graphics card.' },
    { kind: 'trap', concept: 'variable_definitions', text: 'Blood pressure was measured twice.' },
  ]);
});

describe('data source values: published datasets, background sentences, negated availability', () => {
  runCases([
    { kind: 'positive', concept: 'data_source', text: 'We used the KiTS-2019 dataset (Doe et al., 2019) for all experiments.', value: 'public_dataset' },
    { kind: 'positive', concept: 'data_source', text: 'All experiments use the BraTS2021 training data.', value: 'public_dataset' },
    { kind: 'negated', concept: 'data_source', text: 'No publicly available dataset of wound photographs exists.' },
  ]);
  it('a background sentence of the abstract does not make a public dataset "mixed"', () => {
    const md = `# A title

## Abstract

Federated training can use records held by many different hospitals without pooling them. We propose a new aggregation rule.

## Methods

We used the publicly available ABIDE data set.
`;
    const f = detectMarkdown(md).get('data_source')!;
    expect(f.status).toBe('reported');
    expect(f.value).toBe('public_dataset');
  });
  it('other work in the Discussion does not add a public source', () => {
    const md = `# A title

## Methods

Patients were recruited at the Example University Hospital between 2018 and 2020.

## Discussion

Related approaches train a student model on public data labelled by teachers (Roe et al., 2017).
`;
    const f = detectMarkdown(md).get('data_source')!;
    expect(f.value).toBe('single_center');
  });
  it('"with and without the disease" before "publicly available" is not a negated availability', () => {
    const f = findingFor('data_source', 'We validated the score in subjects with and without the disease using publicly available expression data.');
    expect(f.value).toBe('public_dataset');
  });
});

describe('data availability: federated settings and conditions are no sharing statements', () => {
  runCases([
    { kind: 'positive', concept: 'data_availability', text: 'The imaging data are available from the corresponding author on reasonable request.', value: 'on_request' },
    { kind: 'positive', concept: 'data_availability', text: 'The raw data are available under restrictions from the data office of the trial unit.', value: 'restricted' },
    { kind: 'trap', concept: 'data_availability', text: 'Every client holds a local data set that cannot be shared with the server or the other clients.' },
    { kind: 'trap', concept: 'data_availability', text: 'Training on the full-resolution data is possible provided that a large graphics card is available.' },
    { kind: 'negative', concept: 'data_availability', text: 'The network was trained on 400 scans.' },
  ]);
});

describe('end users acting on the output, and adapting the tool to a workflow', () => {
  runCases([
    { kind: 'positive', concept: 'usability_end_user', text: 'The uncertainty overlay gives guidance to the radiologists when they accept or correct the proposed contour.', heading: 'Discussion' },
    { kind: 'positive', concept: 'usability_end_user', text: 'Our results show that the report generator can be adapted to a hospital-specific reporting template.', heading: 'Discussion' },
    { kind: 'negative', concept: 'usability_end_user', text: 'The network was trained with a batch size of 16.' },
    { kind: 'trap', concept: 'usability_end_user', text: 'Radiologists have long relied on visual grading of these scans.', heading: 'Introduction' },
  ]);
});

describe('how a prediction is formed, in plain words', () => {
  runCases([
    { kind: 'positive', concept: 'prediction_calculation', text: 'The classifier makes its prediction by comparing the image embedding with a learned prototype of each class.' },
    { kind: 'positive', concept: 'prediction_calculation', text: 'The prediction for a patient is the average of the predictions of the five fold models.' },
    { kind: 'negative', concept: 'prediction_calculation', text: 'The encoder uses residual blocks.' },
    { kind: 'trap', concept: 'prediction_calculation', text: 'Body mass index was calculated from height and weight.' },
  ]);
});

describe('title names the study type with the method words of ML venues', () => {
  const titleValue = (md: string) => detectMarkdown(md).get('title_id')!;
  it('positive: a transformer in the title is an AI study', () => {
    const f = titleValue('# Pretrained vision transformers for grading retinal photographs\n\n## Methods\n\nText.\n');
    expect(f.status).toBe('reported');
    expect(f.value).toBe('ai');
  });
  it('positive: survival prediction in the title is a prediction model', () => {
    expect(titleValue('# Survival prediction after liver transplantation\n\n## Methods\n\nText.\n').value).toBe('prediction_model');
  });
  it('trap: a venue running header does not name the method', () => {
    expect(titleValue('# Proceedings of Machine Learning Research 99, 2025\n\n## Methods\n\nText.\n').status).toBe('missing');
  });
  it('negative: a title without a study type', () => {
    expect(titleValue('# Knee cartilage in runners\n\n## Methods\n\nText.\n').status).toBe('missing');
  });
});
