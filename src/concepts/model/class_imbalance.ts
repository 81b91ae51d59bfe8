/**
 * class_imbalance: how class imbalance was handled in training or evaluation.
 */
import { defineConcept, type SpecBody } from '../core/define.js';
import { cue, FAMILY_DAMP } from '../shared/modelling.js';
import { cooccur } from '../shared/facets.js';

// the parts of a class-balance statement, in any order and wording: (un)evenness, an amount, and the classes
const EVEN = String.raw`\b(?:equal|same|balanced?|balancing|imbalanced?|unbalanced|unequal|skewed)\b`;
const AMOUNT = String.raw`\b(?:numbers?|proportions?|counts?|ratios?|distributions?|sizes?|frequenc(?:y|ies))\b`;
const CLASSES = String.raw`\b(?:(?:two|both|each|every|all|the|minority|majority|positive|negative) class(?:es)?|per class|class(?:es)? (?:labels?|distributions?)|cases and controls|(?:positive|negative) (?:and|or) (?:positive|negative|control) (?:samples|cases|examples|patches)|and control samples|controls? (?:and|vs\.?) cases)\b`;

const spec: SpecBody = {
  // Methods and Results cite the tools and data they use
  citationsInMethodsOk: true,
  damp: FAMILY_DAMP,
  rules: [
    cue('imbalance/explicit', /\b(?:class|label|data|outcome) imbalance\b|\bimbalanced (?:data|classes|datasets?|outcomes?)\b|\b(?:under|over)-?sampl\w*|\bSMOTE\b|\bclass[- ]weight\w*|\bweighted (?:loss|cross-?entropy|sampling)\b|\bfocal loss\b|\bbalanced (?:accuracy|batch\w*|sampling|classes|class weights)\b|\bto (?:ensure|achieve|address|handle|account for|correct for|mitigate) (?:the )?(?:class )?(?:balance|imbalance)\b|\bclass balance\b/i, 0.7),
    // the imbalance stated in plain words ("the numbers of cases and controls were not balanced", "the diagnostic
    // distribution is highly imbalanced") or a weighted sampler; not covariates unbalanced between trial arms
    cue('imbalance/stated', /\bunbalanced (?:data|datasets?|classes|class(?:es)? distributions?|problems?|labels?|samples)\b|\bweighted (?:random )?sampler\b|\b(?:numbers? of|classes|class(?:es)?|labels?|data ?sets?|datasets?|data|samples|cases|diagnos(?:is|tic) (?:distributions?|classes|groups))\b[^.;]{0,60}\b(?:(?:was|were|is|are) (?:not balanced|(?:highly |heavily |strongly |severely |very |extremely )?(?:imbalanced|unbalanced))|(?:highly|heavily|strongly|severely|very|extremely) (?:imbalanced|unbalanced))\b/i, 0.7, {
      unless: /\bbaseline\b|\bbetween (?:the )?(?:treatment |study )?(?:groups|arms)\b|\b(?:covariates?|characteristics|dropouts?|confound\w*|hormon\w+|electrolyte)\b/i,
    }),
    // how many examples each class has, evened out or not, whatever the phrasing; not groups balanced by design
    cue('imbalance/facets', cooccur(EVEN, AMOUNT, CLASSES), 0.6, {
      sections: ['methods', 'results', 'other', 'abstract'],
      unless: /\bbaseline\b|\bbetween (?:the )?(?:treatment |study )?(?:groups|arms)\b|\b(?:covariates?|characteristics|confound\w*|hormon\w+|electrolyte|matched)\b/i,
    }),
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
      { text: 'As the numbers of tumour and normal patches were not balanced, batches were drawn with a weighted random sampler.' },
      { text: 'Within each site the diagnostic distribution of the subjects is highly imbalanced.' },
      { text: 'For every training epoch we drew the same number of tiles from each class.' },
      { text: 'The positive class made up only 4% of the scans, a skewed distribution that we countered by tuning the decision threshold.' },
    ],
    missing: [
      { text: 'The two groups were balanced for age and sex.', note: 'balanced by design' },
      { text: 'Hormone imbalance was assessed at baseline.', note: 'physiological imbalance' },
      { text: 'Covariates that were unbalanced between the arms at baseline were added to the model.', note: 'trial arms' },
      { text: 'Patients were sampled consecutively from the clinic.' },
      { text: 'The two arms had a similar distribution of age and the same proportion of women at baseline.', note: 'trial arms' },
      { text: 'Cases and controls were matched so that their numbers were equal in each age band.', note: 'balanced by design' },
    ],
  },
});
