/**
 * protocol_changes: important changes to a trial or review after it started (outcomes, analyses, eligibility), with reasons.
 * No automatic check: items using it need review.
 */
import { defineConcept } from '../core/define.js';

export default defineConcept({
  id: 'protocol_changes',
  meta: {
    label: 'Changes to the protocol',
    group: 'Design',
    definition:
      'Reported when a trial or review says which important changes were made after it began, or to its registration or protocol (new or dropped outcomes, changed eligibility, analyses added that were not planned), and why; a statement that there were no changes also answers the item. Amendments of other studies and changes to a drug dose within the protocol are not protocol changes.',
  },
  manual: true,
  examples: {
    reported: [{ text: 'After 40 participants the primary outcome was changed from pain at 6 weeks to pain at 12 weeks, at the request of the data monitoring committee.' }],
    missing: [{ text: 'The dose was reduced in patients with renal impairment, as the protocol specified.' }],
  },
});
