/**
 * unadjusted_associations: the crude association of each candidate predictor with the outcome (results, not only
 * the method).
 */
import { defineConcept, type SpecBody } from '../core/define.js';

const CRUDE = '(?:univariable|univariate|unadjusted|crude|bivariate|bivariable|single[- ]variable|unconditional)';
const ASSOC =
  '(?:analys[ie]s|associations?|odds ratios?|hazard ratios?|risk ratios?|relative risks?|ORs?|HRs?|RRs?|(?:logistic |Cox |linear |Poisson )?(?:regression|models?)|comparisons?|effects?|estimates?|coefficients?)';
/** crude associations given (Results) or where they are shown */
const GIVEN = new RegExp(
  `\\b${CRUDE}\\s+(?:logistic |Cox |linear |Poisson |regression )*${ASSOC}\\b|\\b(?:${ASSOC})\\s+(?:were |was )?(?:${CRUDE})\\b`,
  'i',
);
const NOT_DONE = new RegExp(`\\b${CRUDE}\\s+(?:logistic |Cox |regression )*${ASSOC}\\b[^.]{0,40}\\b(?:were|was) not (?:performed|calculated|reported|done|estimated)\\b|\\bno ${CRUDE}\\s+${ASSOC}\\b`, 'i');
/** univariate in the statistical sense (distributions, feature filters, time series) */
const NOT_ASSOCIATION =
  /\b(?:univariate (?:feature selection|filter|distribution|normal|gaussian|time series|statistics|descriptive|outliers?|feature ranking)|feature selection|descriptive statistics|bivariate (?:random[- ]effects?|model for (?:sensitivity|diagnostic))|sensitivity and specificity)\b/i;

const spec: SpecBody = {
  rules: [
    { id: 'unadjusted/not-done', re: NOT_DONE, weight: 0.85, notDone: true, negationOk: true },
    { id: 'unadjusted/given', re: GIVEN, weight: 0.9, unless: NOT_ASSOCIATION },
  ],
  // a methods sentence alone says only that crude associations were computed, not what they were
  sectionWeight: { methods: 0.45, introduction: 0.1, discussion: 0.45, abstract: 0.8 },
  require: { pattern: /univari|unadjusted|crude|bivari|single[- ]variable|unconditional/i },
};

export default defineConcept({
  id: 'unadjusted_associations',
  meta: {
    label: 'Unadjusted associations',
    group: 'Results',
    definition:
      'Reported when a prediction-model study gives the crude (univariable, unadjusted) association of the candidate predictors with the outcome, for example unadjusted odds or hazard ratios with confidence intervals in a table or supplement. The item applies where such associations were calculated; an explicit statement that they were not is reported as not done. Not counted: only the adjusted estimates of the final multivariable model, a methods sentence on univariable screening without its results, baseline characteristics without any measure of association, univariate feature filters and distributions, and associations found in earlier studies.',
    traps: [
      'adjusted estimates of the final model presented as the only associations',
      'univariable analyses of other cohorts cited in the background',
      'a baseline table of the cohort without association measures',
      'a methods sentence on univariable screening without its results',
    ],
  },
  spec,
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
      { text: 'Variables with p < 0.1 in univariable logistic regression were entered into the multivariable model.', note: 'the method without its results' },
      { text: 'Features were ranked with a univariate filter before training the classifier.', note: 'feature selection' },
    ],
  },
});
