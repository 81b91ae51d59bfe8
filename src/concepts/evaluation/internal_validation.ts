/**
 * internal_validation: cross-validation, bootstrap validation, split sample or held-out sets within the development data.
 */
import { defineConcept, type SpecBody } from '../core/define.js';
import { cue, FAMILY_DAMP } from '../shared/modelling.js';
import { MODEL_CONTEXT } from '../shared/examples.js';
import { cooccur } from '../shared/facets.js';

const TUNED_ON_VALIDATION =
  /^(?![^]*\btest(?:ing)? (?:sets?|data|folds?|cohorts?|samples?)\b)(?:[^]*\b(?:select\w*|tun(?:e|ed|ing)|cho(?:ose|sen)|optimi[sz]\w*|determin\w*)\b[^.;]{0,80}\b(?:on|using|in|by|with|from) (?:the |an? )?(?:\w+[- ])?(?:validation (?:sets?|data|folds?|cohorts?|samples?)|cross[- ]?validation)\b|[^]*\bcross[- ]?validation (?:was |were )?(?:used |performed |applied |run )?(?:to|for) (?:select|tun|choos|optimi|determin))/i;

// a split of the development data, in any order and wording: an act of dividing or setting aside, a part kept for
// validation or testing, and a part to train on
const SPLIT_ACT = String.raw`\b(?:split(?:s|ting)?|divid(?:e|ed|ing)|partition(?:s|ed|ing)?|set aside|held out|hold out|withheld|reserved|kept aside|separated|(?:randomly )?(?:assigned|allocated))\b`;
const HELD_PART = String.raw`\b(?:validation|validating|testing|test (?:sets?|data|images|samples|cohorts?|splits?|subsets?|portions?|partitions?|folds?)|evaluation (?:sets?|data|cohorts?|subsets?)|held-?out)\b`;
const TRAIN_PART = String.raw`\b(?:train(?:ing)?|development|derivation|fine-?tuning|remaining)\b`;

const spec: SpecBody = {
  damp: FAMILY_DAMP,
  traps: [/\bsplit[- ]half\b/i],
  rules: [
    // the development data split into a part to train on and a part kept for validation or testing, whatever the
    // phrasing ("we split 75 portraits off for validation and fine-tuned on the remaining 700"); not a validation of
    // an instrument or assay, not the allocation of a trial, not split-half reliability
    cue('internal/split-facets', cooccur(SPLIT_ACT, HELD_PART, TRAIN_PART), 0.6, {
      sections: ['methods', 'results', 'other'],
      unless: /\bsplit[- ]half\b|\bt[- ]tests?\b|\b(?:questionnaires?|scales?|assays?|instruments?|interventions?|placebo|control (?:group|arm))\b|\b(?:not|no|never|without)\b[^.;,]{0,20}\b(?:split|divid|partition|set aside|held out|withheld|reserved)/i,
    }),
    cue('internal/explicit', /\binternal(?:ly)? (?:validat\w*|test\w*|evaluat\w*)\b|\bcross[- ]?validat\w*|\bbootstrap (?:validation|resampling|optimism)\b|\boptimism[- ]correct\w*|\bhold-?out (?:set|sample|validation|test)\b|\bheld-?out (?:test|validation|set|data)\b|\bsplit-?sample\b|\b(?<!\bt[- ])(?:test|validation) (?:set|cohort|dataset|data set)\b/i, 0.7, { unless: /\bvalidation (?:study|studies|of the (?:questionnaire|scale|instrument|assay))\b/i }),
  ],
  citationsInMethodsOk: true,
  needsEvaluation: true,
  // validation data or cross-validation that serve to choose a setting (a penalty, a cut-off, a number of neighbours)
  // are part of fitting, not the evaluation the items ask about: cited after a sentence on how the model was tested,
  // unless the sentence speaks of a test set too
  citedLast: TUNED_ON_VALIDATION,
};

export default defineConcept({
  id: 'internal_validation',
  meta: {
    label: 'Internal validation',
    group: 'Evaluation methods',
    definition:
      'Reported when the manuscript says how the model or test was validated within its development data: cross-validation, bootstrap validation or optimism correction, a split sample, or a held-out (hold-out) test or validation set. Validation of a questionnaire, scale or assay, split-half reliability and the t test are not internal validation. The concept applies only where a model, classifier or test is evaluated.',
    traps: ['split-half reliability', 'a validation study of a questionnaire, scale or assay', 'the t test, which is not a test set'],
  },
  spec,
  examples: {
    context: MODEL_CONTEXT,
    reported: [
      { text: 'Optimism was estimated by bootstrap validation with 200 resamples.' },
      { text: 'Internal validation used ten-fold cross-validation repeated five times.' },
      { text: 'The final model was evaluated once on a held-out test set of 150 patients.' },
      { text: 'We set aside a fifth of the scans as a test split and fitted the network on the remaining scans.' },
      { text: 'The recordings were divided at random, 700 for training and 150 for validation.' },
    ],
    missing: [
      { text: 'Baseline values were compared with the t test.' },
      { text: 'A validation study of the questionnaire was carried out in 2019.', note: 'validation of an instrument' },
      { text: 'The questionnaire was internally validated in a pilot sample of 30 nurses.', context: '', note: 'no model or test under evaluation' },
      { text: 'Each serum sample was divided into two aliquots, one kept for assay validation and the remaining one for training of laboratory staff.', note: 'validation of an assay' },
      { text: 'Earlier work split its cohorts into training and testing parts at random [12].', heading: 'Introduction', note: 'other work' },
    ],
  },
});
