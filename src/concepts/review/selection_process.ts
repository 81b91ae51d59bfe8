/**
 * selection_process: how the records of a review were screened and chosen.
 * No automatic check: items using it need review.
 */
import { defineConcept } from '../core/define.js';

export default defineConcept({
  id: 'selection_process',
  meta: {
    label: 'Source selection process',
    group: 'Review methods',
    definition:
      'Reported when a review explains how the records found were screened and chosen for inclusion: the stages (titles and abstracts, then full texts), how many reviewers screened and whether independently, how disagreements were settled, and any screening software used. Not counted: the eligibility criteria on their own, the numbers of records at each stage (that is the flow), and the selection of patients in a primary study.',
    traps: [
      'eligibility criteria without the screening procedure',
      'the selection flow counts ("of 1,245 records, 38 were included")',
      'patient selection in a primary study ("consecutive patients were selected")',
    ],
  },
  manual: true,
  examples: {
    reported: [
      { text: 'Two reviewers independently screened titles and abstracts in Rayyan and then read the full texts of all potentially relevant records.' },
      { text: 'Disagreements about inclusion were settled by discussion or, if needed, by a third reviewer.' },
      { text: 'One author screened all records and a second checked a random sample of 20%, with 94% agreement.' },
    ],
    missing: [
      { text: 'Of 1,245 records identified, 38 met the inclusion criteria.', heading: 'Results', note: 'the flow, not the process' },
      { text: 'Studies were eligible if they evaluated an AI tool in adult patients.', note: 'eligibility criteria' },
      { text: 'Consecutive patients were selected from the outpatient clinic.', note: 'a primary study' },
    ],
  },
});
