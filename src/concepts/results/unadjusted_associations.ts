/**
 * unadjusted_associations: the crude association of each candidate predictor with the outcome.
 * No automatic check: items using it need review.
 */
import { defineConcept } from '../core/define.js';

export default defineConcept({
  id: 'unadjusted_associations',
  meta: {
    label: 'Unadjusted associations',
    group: 'Results',
    definition:
      'Reported when a prediction-model study gives the crude (univariable, unadjusted) association of the candidate predictors with the outcome, for example unadjusted odds or hazard ratios with confidence intervals in a table or supplement. The item applies where such associations were calculated; an explicit statement that they were not is reported as not done. Not counted: only the adjusted estimates of the final multivariable model, a methods sentence on univariable screening without its results, baseline characteristics without any measure of association, and associations found in earlier studies.',
    traps: [
      'adjusted estimates of the final model presented as the only associations',
      'univariable analyses of other cohorts cited in the background',
      'a baseline table of the cohort without association measures',
    ],
  },
  manual: true,
  examples: {
    reported: [
      { text: 'Table 2 gives the unadjusted odds ratio of each candidate predictor for 30-day mortality.', heading: 'Results' },
      { text: 'In univariable Cox regression, age (HR 1.04 per year, 95% CI 1.02 to 1.06) and tumour size were associated with recurrence.', heading: 'Results' },
      { text: 'Crude associations of all 14 candidate predictors with the outcome are shown in Supplementary Table 4.', heading: 'Results' },
    ],
    missing: [
      { text: 'In the final multivariable model, the adjusted odds ratio for smoking was 1.8.', heading: 'Results', note: 'adjusted only' },
      { text: 'Univariable analyses in earlier cohorts identified age as a strong predictor [9].', heading: 'Introduction', note: 'other work' },
      { text: 'Baseline characteristics of the development cohort are summarised in Table 1.', heading: 'Results', note: 'no association measure' },
    ],
  },
});
