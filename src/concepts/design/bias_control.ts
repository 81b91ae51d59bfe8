/**
 * bias_control: what an observational study did to limit selection, information or other bias.
 * No automatic check: items using it need review.
 */
import { defineConcept } from '../core/define.js';

export default defineConcept({
  id: 'bias_control',
  meta: {
    label: 'Efforts to address bias',
    group: 'Design',
    definition:
      'Reported when an observational study says what it did about possible sources of bias: how selection bias, recall or information bias, detection bias or loss to follow-up were limited (e.g. blinded outcome assessment, validated measures, consecutive enrolment, restriction). Bias named only as a limitation without any measure taken is not enough, and statistical bias of an estimator is something else.',
  },
  manual: true,
  examples: {
    reported: [{ text: 'To limit recall bias, exposure was taken from prescription records collected before the outcome occurred.' }],
    missing: [{ text: 'The estimator is unbiased under the usual assumptions.' }],
  },
});
