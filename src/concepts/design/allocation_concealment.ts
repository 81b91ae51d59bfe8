/**
 * allocation_concealment: how the allocation sequence was kept hidden until each participant was assigned, and
 * who enrolled and assigned participants.
 */
import { defineConcept, type SpecBody } from '../core/define.js';

const CONCEAL =
  /\b(?:allocation (?:was |will be |is )?conceal\w*|conceal\w* (?:of )?(?:the )?(?:allocation|sequence|assignment|randomi[sz]ation)|(?:sequentially numbered|sealed|opaque)[\w ,-]{0,40}envelopes?|envelopes? (?:were|was) (?:sequentially numbered|sealed|opaque)|central(?:ised|ized)? (?:web[- ]based |telephone |online |interactive )?(?:randomi[sz]ation|allocation|assignment)(?: system| service)?|interactive (?:web|voice) response|(?:IWRS|IVRS|IxRS)\b|pharmacy[- ]controlled|(?:identical|numbered) (?:drug )?containers?|(?:did not|had no|without) (?:have )?access to the (?:allocation|randomi[sz]ation) (?:sequence|list|schedule))/i;

const spec: SpecBody = {
  rules: [{ id: 'concealment/mechanism', re: CONCEAL, weight: 1, negationOk: true }],
  headingFallback: { heading: /^(allocation concealment|concealment of allocation|allocation concealment mechanism)$/, kinds: ['methods'] },
  sectionWeight: { introduction: 0.2, discussion: 0.4 },
  require: { pattern: /conceal|envelope|central|interactive|IWRS|IVRS|IxRS|pharmacy|container|access to the/i },
};

export default defineConcept({
  id: 'allocation_concealment',
  meta: {
    label: 'Allocation concealment',
    group: 'Design',
    definition:
      'Reported when a trial says how the allocation sequence was hidden from those enrolling participants until each was assigned: a central telephone or web system, sequentially numbered sealed opaque envelopes, pharmacy-controlled identical containers, or a statement that recruiters had no access to the sequence. A bare "allocation was concealed" counts as a weak statement. Concealed cameras, hidden lesions and blinding of outcome assessors are something else.',
    traps: ['blinding after assignment (a different item)', 'envelopes used for questionnaires', 'concealed as in hidden from view in images'],
  },
  spec,
  examples: {
    reported: [
      { text: 'Assignments were kept in sequentially numbered, sealed, opaque envelopes opened only after consent.' },
      { text: 'Allocation was done through a central web-based randomisation system.' },
      { text: 'Allocation will be concealed by a central web-based system.', note: 'a protocol' },
      { text: 'The research nurses who recruited participants had no access to the randomisation list.' },
    ],
    missing: [
      { text: 'Outcome assessors were blinded to group.', note: 'blinding, not concealment' },
      { text: 'Questionnaires were returned in prepaid envelopes.' },
      { text: 'The lesion was partly concealed by overlying bowel gas.' },
    ],
  },
});
