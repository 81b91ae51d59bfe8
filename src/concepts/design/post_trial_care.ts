/**
 * post_trial_care (SPIRIT 2025 item 34): ancillary and post-trial care, and compensation for harm from taking part.
 */
import { defineConcept, type SpecBody } from '../core/define.js';

/** payment for time and travel, and insurance as a participant characteristic */
const NOT_HARM_COVER =
  /\bcompensation (?:of |for (?:their )?(?:time|travel|inconvenience|expenses|participation in (?:the )?(?:interviews?|surveys?)))|\bvouchers?\b|(?:£|\$|€|US\$)\s?\d|\binsurance (?:status|type|coverage (?:type|status)|plans?|claims?|databases?)\b|\b(?:insured|uninsured|medicaid|medicare)\b/i;

const spec: SpecBody = {
  rules: [
    { id: 'post-trial/label', re: /^(?:ancillary and post-?trial care|post-?trial (?:care|access)|compensation(?: for harm)?|insurance|indemnity)\s*[:.–-]\s*\S/i, weight: 1.1, futureOk: true, unless: NOT_HARM_COVER },
    { id: 'post-trial/access', re: /\bpost-?trial (?:access|care|provision|treatment)\b|\bancillary care\b|\b(?:continued|ongoing) access to (?:the )?(?:study |trial |investigational )?(?:drug|treatment|intervention|medication|device)\b[^.]{0,40}\b(?:after|beyond|end of)\b/i, weight: 0.9, futureOk: true },
    {
      id: 'post-trial/compensation',
      re: /\b(?:compensation|indemnity|insurance|indemnif\w+)\b[^.]{0,80}\b(?:harm|injur\w*|damage|negligen\w*|trial[- ]related|study[- ]related|participation)\b|\b(?:harm|injur\w*)\b[^.]{0,60}\b(?:compensat\w*|indemnity|insurance|indemnif\w+)\b|\b(?:insurance|indemnity) (?:cover|policy|arrangements?)\b/i,
      weight: 0.9,
      futureOk: true,
      unless: NOT_HARM_COVER,
    },
  ],
  sectionWeight: { introduction: 0.3, discussion: 0.5, results: 0.6 },
  require: { pattern: /ancillary|post-?trial|compensat|indemn|insurance|continued access|ongoing access/i },
};

export default defineConcept({
  id: 'post_trial_care',
  meta: {
    label: 'Ancillary and post-trial care',
    group: 'Design',
    definition:
      'Reported when a trial or its protocol says what care participants get beyond the trial procedures or after the trial (ancillary care, continued access to the intervention, post-trial care) or how those harmed by taking part are compensated (insurance or indemnity cover for trial-related injury). Payments or vouchers for time and travel, and insurance status as a participant characteristic, do not count.',
    traps: ['payment for time and travel ("compensation of £20 per visit")', 'insurance status as a participant characteristic', 'compensatory mechanisms and compensated disease'],
  },
  spec,
  examples: {
    reported: [
      { text: "The sponsor's insurance will cover participants for any injury caused by taking part in the trial." },
      { text: 'Participants who benefit will have continued access to the study drug after the end of the trial, free of charge.' },
      { text: 'Ancillary and post-trial care: participants will be referred to their usual clinic at the end of follow-up.', heading: 'Ethics' },
    ],
    missing: [
      { text: 'Participants will receive a £20 voucher as compensation for their time.', note: 'payment for time' },
      { text: 'Insurance status (private or public) was recorded at baseline.', note: 'a participant characteristic' },
      { text: 'Patients with compensated cirrhosis were eligible.' },
    ],
  },
});
