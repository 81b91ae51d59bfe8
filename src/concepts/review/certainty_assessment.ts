/**
 * certainty_assessment: how a review rated and what it concluded about the certainty of the body of evidence (e.g. GRADE).
 * No automatic check: items using it need review.
 */
import { defineConcept } from '../core/define.js';

export default defineConcept({
  id: 'certainty_assessment',
  meta: {
    label: 'Certainty of evidence (reviews)',
    group: 'Review methods',
    definition:
      'Reported when a review says how it rated the certainty or confidence in the body of evidence for an outcome (GRADE or a similar approach, and who rated it) or gives the resulting ratings (high, moderate, low, very low). Confidence intervals and the quality of single images are something else.',
  },
  manual: true,
  examples: {
    reported: [{ text: 'Two reviewers rated the certainty of evidence for each outcome with the GRADE approach.' }],
    missing: [{ text: 'The 95% confidence interval was narrow.' }],
  },
});
