/**
 * reporting_bias: how a review assessed and what it found about bias from missing or selectively reported results.
 * No automatic check: items using it need review.
 */
import { defineConcept } from '../core/define.js';

export default defineConcept({
  id: 'reporting_bias',
  meta: {
    label: 'Reporting bias (reviews)',
    group: 'Review methods',
    definition:
      'Reported when a review says how it judged the risk that results were missing from a synthesis because of selective publication or reporting (funnel plots, Egger test, comparison with registered protocols) or what that assessment found. Publication bias mentioned only as a general limitation is weak.',
  },
  manual: true,
  examples: {
    reported: [{ text: 'Small-study effects were examined with funnel plots and the Egger test when at least ten studies were pooled.' }],
    missing: [{ text: 'The results of the trial were published in 2020.' }],
  },
});
