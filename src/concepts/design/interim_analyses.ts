/**
 * interim_analyses: interim analyses, stopping rules and why a trial ended.
 * No automatic check: items using it need review.
 */
import { defineConcept } from '../core/define.js';

export default defineConcept({
  id: 'interim_analyses',
  meta: {
    label: 'Interim analyses and stopping',
    group: 'Design',
    definition:
      'Reported when a trial says whether interim analyses were planned or done, the rules for stopping early (and who applied them, e.g. a data monitoring committee), or why the trial ended or was stopped early; that no interim analysis was planned also answers the item. Interim results of other trials do not count.',
  },
  manual: true,
  examples: {
    reported: [{ text: 'One interim analysis for efficacy was planned after half of the participants had completed follow-up, with a group-sequential stopping boundary.' }],
    missing: [{ text: 'Interim results of a similar trial were published in 2019.', heading: 'Introduction' }],
  },
});
