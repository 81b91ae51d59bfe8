/**
 * class_imbalance: how class imbalance was handled in training or evaluation.
 */
import { defineConcept, type SpecBody } from '../core/define.js';
import { cue, FAMILY_DAMP } from '../shared/modelling.js';

const spec: SpecBody = {
  // Methods and Results cite the tools and data they use
  citationsInMethodsOk: true,
  damp: FAMILY_DAMP,
  rules: [
    cue('imbalance/explicit', /\b(?:class|label|data|outcome) imbalance\b|\bimbalanced (?:data|classes|datasets?|outcomes?)\b|\b(?:under|over)-?sampl\w*|\bSMOTE\b|\bclass[- ]weight\w*|\bweighted (?:loss|cross-?entropy|sampling)\b|\bfocal loss\b|\bbalanced (?:accuracy|batch\w*|sampling|classes|class weights)\b|\bto (?:ensure|achieve|address|handle|account for|correct for|mitigate) (?:the )?(?:class )?(?:balance|imbalance)\b|\bclass balance\b/i, 0.7),
  ],
};

export default defineConcept({
  id: 'class_imbalance',
  meta: {
    label: 'Class imbalance handling',
    group: 'Model',
    presupposes: 'model_training',
    definition:
      'Reported when the manuscript addresses unequal class frequencies: names class, label or outcome imbalance, or a remedy (under- or oversampling, SMOTE, class weights, weighted or focal loss, balanced sampling or batches) or an imbalance-aware metric (balanced accuracy). Groups balanced for age and sex by design, or a physiological imbalance, do not count.',
    traps: [
      'groups matched or balanced on covariates',
      'hormone or electrolyte imbalance',
      'consecutive sampling of patients',
    ],
  },
  spec,
  examples: {
    reported: [
      { text: 'To address class imbalance we oversampled the minority class.' },
      { text: 'A weighted cross-entropy loss was used to compensate for the rare positive class.' },
      { text: 'Synthetic minority examples were generated with SMOTE.' },
      { text: 'Class weights inversely proportional to class frequency were applied during training.' },
    ],
    missing: [
      { text: 'The two groups were balanced for age and sex.', note: 'balanced by design' },
      { text: 'Hormone imbalance was assessed at baseline.', note: 'physiological imbalance' },
      { text: 'Patients were sampled consecutively from the clinic.' },
    ],
  },
});
