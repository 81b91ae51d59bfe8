/**
 * trial_outcomes: the prespecified primary (and secondary) outcomes of a study, with how and when measured.
 */
import { defineConcept, type SpecBody } from '../core/define.js';

const PRIMARY =
  /\b(?:the )?(?:primary|main|principal|secondary|co-primary) (?:outcomes?|end ?points?|efficacy (?:outcomes?|end ?points?)|outcome measures?)\b[^.]{0,40}?\b(?:was|were|is|are|included|comprised|consisted|being|will be|:)|\b(?:primary|secondary) (?:outcomes?|end ?points?) (?:measures? )?(?:was|were) (?:defined|assessed|measured)|\b(?:outcomes?|end ?points?) (?:was|were) (?:pre-?specified|prespecified|defined a priori)/i;

const spec: SpecBody = {
  rules: [
    { id: 'outcomes/primary', re: PRIMARY, weight: 1, unless: /\b(?:previous|prior|other|earlier) (?:trials?|studies)\b|\bdid not (?:differ|reach)\b|\bno (?:significant )?difference\b|\bp ?[<=>]/i },
  ],
  headingFallback: { heading: /^(outcomes?|outcome measures|primary outcome|end ?points|study outcomes|outcomes and measures)$/, kinds: ['methods'] },
  sectionWeight: { introduction: 0.2, discussion: 0.3, results: 0.5, abstract: 0.6 },
  require: { pattern: /primary|secondary|main|principal|outcome|end ?point/i },
};

export default defineConcept({
  id: 'trial_outcomes',
  meta: {
    label: 'Prespecified outcomes',
    group: 'Design',
    definition:
      'Reported when the Methods define the planned primary (and secondary) outcomes of this study: what was measured, and ideally the metric, aggregation and time point ("the primary outcome was change in HbA1c from baseline to 12 months"). Results sentences that only give the effect on the primary outcome, and outcomes of earlier studies, do not define it.',
    traps: ['result sentences ("the primary outcome did not differ between groups")', 'outcomes of previous trials in the Introduction'],
  },
  spec,
  examples: {
    reported: [
      { text: 'The primary outcome was the change in systolic blood pressure from baseline to 6 months.' },
      { text: 'Secondary outcomes included quality of life, hospital admissions and adverse events at 12 months.' },
      { text: 'The primary end point will be all-cause mortality at 90 days.', note: 'protocol wording' },
    ],
    missing: [
      { text: 'The primary outcome did not differ between groups (p = 0.41).', heading: 'Results', note: 'a result' },
      { text: 'Blood samples were stored at -80 degrees.' },
    ],
  },
});
