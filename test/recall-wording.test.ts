/**
 * Wording that papers use for what they report, which the detectors had not seen (issue 9, sensitivity round,
 * 2026-12-06, branch e9-recall). Each rule was written from the errors of the development sets only (fold 0 of
 * ml-health in a 2-fold split, clinical-dev, clinical-check, ai-imaging, consort-tm) and from independent readings of
 * nine development papers, and kept only when the held-out totals (clinical-final, ml-health fold 1) did not fall
 * (docs/accuracy.md, "Sensitivity round"). Sentences are our own (positive / negative / negated / trap); none is
 * taken from a corpus document.
 */
import { describe } from 'vitest';
import { runCases } from './helpers.js';

describe('a development study told as the proposal of a new model or method', () => {
  runCases([
    { kind: 'positive', concept: 'study_goal', heading: 'Introduction', text: 'We propose LesionNet, a lightweight network that grades skin lesions from phone photographs.' },
    { kind: 'positive', concept: 'study_goal', heading: 'Introduction', text: 'Our contributions are: (1) a new public benchmark, and (2) introducing a graph-based framework for tracking cells.' },
    { kind: 'positive', concept: 'study_goal', heading: 'Abstract', text: 'In this paper we present an attention-based classifier for sleep stages.' },
    { kind: 'negative', concept: 'study_goal', heading: 'Introduction', text: 'Sleep staging is tedious and varies between scorers.' },
    { kind: 'trap', concept: 'study_goal', heading: 'Introduction', text: 'Nguyen et al. (2021) proposed a recurrent network for sleep staging.' },
    { kind: 'negated', concept: 'study_goal', heading: 'Discussion', text: 'In future work we will propose a multimodal model that also uses the audio.' },
  ]);
});

describe('the final model chosen by a comparison, without the words "model selection"', () => {
  runCases([
    { kind: 'positive', concept: 'model_selection', text: 'Based on the sensitivity and AUC of the three pipelines, pipeline C was chosen for the test phase.' },
    { kind: 'positive', concept: 'model_selection', text: 'Depth four gave the lowest error on the tuning folds, which is why we use four layers in the final model.' },
    { kind: 'positive', concept: 'model_selection', text: 'The pretrained encoder generalised better, and we therefore used it for all subsequent experiments.' },
    { kind: 'negative', concept: 'model_selection', text: 'The encoder has four convolutional layers.' },
    { kind: 'trap', concept: 'model_selection', text: 'Based on the inclusion criteria, 212 patients were selected.' },
    { kind: 'trap', concept: 'model_selection', text: 'Sleep stages are therefore used in the final report for clinicians.' },
  ]);
});

describe('test data kept out of training, or set aside for testing, without the word "patient-level"', () => {
  runCases([
    { kind: 'positive', concept: 'partition_disjointness', text: 'Scans of these donors were excluded from all training folds and used only for testing.' },
    { kind: 'positive', concept: 'partition_disjointness', text: 'The diagnosis was hidden from the encoder during pretraining to avoid it leaking into the model.' },
    { kind: 'positive', concept: 'partition_disjointness', text: 'Ten slides were used for tuning and the remaining 85 slides were used as test data.' },
    { kind: 'positive', concept: 'partition_disjointness', text: 'We reserved 120 examinations from the archive for the reader evaluation.' },
    { kind: 'negative', concept: 'partition_disjointness', text: 'The network was trained with a batch size of 16.' },
    { kind: 'trap', concept: 'partition_disjointness', text: 'Patients with missing outcome data were excluded from the study.' },
    { kind: 'trap', concept: 'partition_disjointness', text: 'The remaining 40 patients were treated with the standard regimen.' },
    { kind: 'trap', concept: 'partition_disjointness', text: 'Variables with more than half of their values missing were excluded from the training data.' },
  ]);
});

describe('robustness checks reported by their outcome, and model variants trained for comparison', () => {
  runCases([
    { kind: 'positive', concept: 'robustness', heading: 'Discussion', text: 'We repeated the analyses after excluding the twins, and the results were essentially unchanged.' },
    { kind: 'positive', concept: 'robustness', heading: 'Results', text: 'Results were similar when the cut-off was raised to 10 mm.' },
    { kind: 'positive', concept: 'robustness', text: 'The robustness of the frailty index was further tested by permuting the item weights.' },
    { kind: 'positive', concept: 'robustness', text: 'Encoders pre-trained on natural images were compared with those trained from scratch.' },
    { kind: 'positive', concept: 'robustness', text: 'We trained the classifiers with both the focal and the cross-entropy loss for comparison.' },
    { kind: 'negative', concept: 'robustness', text: 'The classifier was trained with the Adam optimiser.' },
    { kind: 'trap', concept: 'robustness', heading: 'Results', text: 'Baseline characteristics were similar in both arms.' },
    { kind: 'negated', concept: 'robustness', heading: 'Discussion', text: 'Future studies should test the robustness of the index in other cohorts.' },
  ]);
});

describe('bias control as blinded laboratory or clinical staff', () => {
  runCases([
    { kind: 'positive', concept: 'bias_control', text: 'Laboratory personnel who ran the assays were blind to the infection status of the donors.' },
    { kind: 'positive', concept: 'bias_control', text: 'The sonographers were unaware of the results of the blood tests.' },
    { kind: 'negative', concept: 'bias_control', text: 'Blood samples were frozen at -80 degrees.' },
    { kind: 'trap', concept: 'bias_control', text: 'Staff were trained for two days before enrolment began.' },
    { kind: 'negated', concept: 'bias_control', text: 'The nurses were not blinded to the group of the patients.' },
  ]);
});
