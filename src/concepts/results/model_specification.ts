/**
 * model_specification: the complete final model, and how to use it, so that others can make predictions.
 * No automatic check: items using it need review.
 */
import { defineConcept } from '../core/define.js';

export default defineConcept({
  id: 'model_specification',
  meta: {
    label: 'Full model specification',
    group: 'Results',
    definition:
      'Reported when the manuscript gives the final model in a form that lets others compute a prediction for a new individual, and says how it is meant to be applied: the full equation (every coefficient together with the intercept, or the baseline risk or survival at a stated time point), a points score, nomogram or web calculator, or the model object, code or an API, saying whether access is open or restricted. Coefficients without the intercept or baseline risk, or a calculator without the underlying model, are partial. Not counted: the list of predictors, the model type or architecture alone, and performance results.',
    traps: [
      'the predictors in the model without their weights',
      'the model type alone: "a gradient-boosted tree ensemble was chosen"',
      'performance of the model instead of the model itself',
    ],
  },
  manual: true,
  examples: {
    reported: [
      { text: 'The predicted risk is 1/(1 + exp(-(-4.21 + 0.035 x age + 0.62 x diabetes + 0.81 x prior stroke))).', heading: 'Results' },
      { text: 'The 5-year baseline survival was 0.912; with the coefficients in Table 3 it gives each patient\'s predicted risk.', heading: 'Results' },
      { text: 'A points-based score chart and an online calculator for applying the model at the bedside are provided in Supplementary Figure 2.', heading: 'Results' },
      { text: 'The trained model weights and an inference script are available at https://github.com/example/risk-net.', heading: 'Code availability' },
    ],
    missing: [
      { text: 'The final model included age, sex, diabetes and prior stroke.', heading: 'Results', note: 'predictors only' },
      { text: 'A gradient-boosted tree ensemble was chosen as the final model.', note: 'model type only' },
      { text: 'The model achieved a C statistic of 0.81 in the validation cohort.', heading: 'Results', note: 'performance' },
    ],
  },
});
