/**
 * blinding: who was blinded (masked) to what, or that the study was open-label.
 */
import { defineConcept, type SpecBody } from '../core/define.js';

const spec: SpecBody = {
  sectionWeight: { declarations: 0, introduction: 0.2, discussion: 0.6 },
  rules: [
    { id: 'blinding/blinded', re: /\b(double[- ]blind(ed)?|single[- ]blind(ed)?|triple[- ]blind(ed)?|assessor[- ]blind(ed)?|observer[- ]blind(ed)?|open[- ]label|blinded to|blind to|masked to|unaware of|without knowledge of|were (blinded|masked)|was (blinded|masked)|will be (blinded|masked)|blinded (outcome )?(assessors?|raters?|evaluators?)|(not|un)blinded|unmasked|blinding (was|of)|masking (was|of)|allocation conceal\w*)\b/i, weight: 1, negationOk: true },
  ],
  headingFallback: { heading: /^(blinding|masking|randomi[sz]ation and (blinding|masking))$/ },
  require: { pattern: /blind|mask|unaware|without knowledge|open[- ]label|conceal/i },
};

export default defineConcept({
  id: 'blinding',
  meta: {
    label: 'Blinding of assessments',
    group: 'Reference standard',
    definition:
      'Reported when the manuscript says who in this study was blinded (masked) to what, for example outcome assessors, readers or participants blinded to allocation or to the reference standard ("without knowledge of the diagnosis"), or that there was no blinding (open-label, "were not blinded"); allocation concealment and a section headed Blinding or Masking count too. Blindness as a condition, segmentation masks and double-blind trials of others do not count.',
    traps: ['blindness (a condition)', 'image masks', 'blinded designs of other trials (Introduction)'],
  },
  spec,
  examples: {
    reported: [
      { text: 'Outcome assessors were blinded to allocation.' },
      { text: 'This was an open-label trial.' },
      { text: 'Falls will be graded by a blinded assessor.', note: 'a protocol' },
      { text: 'The two radiologists read the scans without knowledge of the clinical diagnosis.' },
      { text: 'Participants and therapists were not blinded to group allocation.', note: 'no blinding is reported too (not flagged as not done)' },
    ],
    missing: [
      { text: 'Blood pressure was measured twice.' },
      { text: 'The double-blind trial design is considered the gold standard [7].', heading: 'Introduction', note: 'designs in general' },
      { text: 'Patients with a history of blindness were excluded.', note: 'blindness' },
      { text: 'Image masks were created in a free segmentation tool.', note: 'masks' },
    ],
  },
});
