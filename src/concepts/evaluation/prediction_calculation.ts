/**
 * prediction_calculation: how the predictions used in the evaluation were calculated.
 */
import { defineConcept, type SpecBody } from '../core/define.js';
import { cue, FAMILY_DAMP } from '../shared/modelling.js';

const spec: SpecBody = {
  // Methods and Results cite the tools and data they use
  citationsInMethodsOk: true,
  damp: FAMILY_DAMP,
  rules: [
    cue('predictions/calc', /\b(?:predicted (?:probabilit\w+|risks?|values?|scores?|labels?)|predictions|risk scores?|risk ind(?:ex|ices)) (?:were|was) (?:calculated|computed|obtained|derived|generated|estimated|made|averaged)\b|\b(?:calculated|computed) (?:using|with|from|by) the (?:\w+ )?(?:formula|equation|regression coefficients)\b|\bout-of-fold predictions\b|\bapplied (?:the )?(?:\w+ )?(?:model|equation|formula|coefficients|algorithm) to (?:the )?(?:test|validation|external|held|new|each)\b/i, 0.6),
  ],
};

export default defineConcept({
  id: 'prediction_calculation',
  meta: {
    label: 'How predictions were calculated',
    group: 'Evaluation methods',
    definition:
      'Reported when the manuscript says how the predictions that were evaluated were obtained: predicted probabilities or risk scores calculated from the model, formula or coefficients, out-of-fold predictions, or the model or equation applied to the test, validation or external data. Other calculations (sample size, body mass index) do not count.',
    traps: [
      'sample size and derived clinical measures "calculated"',
      'predictions of earlier studies',
    ],
  },
  spec,
  examples: {
    reported: [
      { text: 'Predicted probabilities were computed from the regression coefficients of the final model.' },
      { text: 'Risk scores were calculated by summing the points assigned to each predictor.' },
      { text: 'Out-of-fold predictions were pooled to estimate performance.' },
      { text: 'We applied the published equation to the validation cohort to obtain individual risks.' },
    ],
    missing: [
      { text: 'Sample size was calculated with a power of 80%.' },
      { text: 'The predictions of earlier studies were not confirmed.' },
      { text: 'Body mass index was calculated as weight divided by height squared.' },
    ],
  },
});
