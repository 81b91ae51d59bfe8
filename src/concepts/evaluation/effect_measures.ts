/**
 * effect_measures: which effect measures (risk ratio, odds ratio, mean difference, absolute risk) were used.
 * No automatic check: items using it need review.
 */
import { defineConcept } from '../core/define.js';

export default defineConcept({
  id: 'effect_measures',
  meta: {
    label: 'Effect measures',
    group: 'Evaluation methods',
    definition:
      'Reported when a study or review says which effect measure it used for each outcome (risk or odds ratio, hazard ratio, mean or standardised mean difference, risk difference) or, for STROBE, translates relative risks into absolute risks for a meaningful period. Accuracy measures of a diagnostic test are not effect measures.',
  },
  manual: true,
  examples: {
    reported: [{ text: 'Dichotomous outcomes were summarised as risk ratios and continuous outcomes as mean differences.' }],
    missing: [{ text: 'Sensitivity and specificity were calculated for each reader.' }],
  },
});
