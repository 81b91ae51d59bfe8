/**
 * indeterminate_results: indeterminate, uninterpretable or failed test results and how they were handled.
 */
import { defineConcept, type SpecBody } from '../core/define.js';
import { cue, FAMILY_DAMP } from '../shared/modelling.js';

const spec: SpecBody = {
  damp: FAMILY_DAMP,
  rules: [
    cue('indeterminate/explicit', /\b(?:indeterminate|inconclusive|uninterpretable|non-?diagnostic|equivocal|invalid|unreadable|failed) (?:results?|tests?|readings?|images?|scans?|samples?|segmentations?|cases?|outputs?)\b|\b(?:could not be|were not|was not) (?:interpreted|analy[sz]ed|processed|segmented|evaluated|read) (?:due to|because|owing to)\b|\bfailure rate\b/i, 0.7),
  ],
  citationsInMethodsOk: true,
};

export default defineConcept({
  id: 'indeterminate_results',
  meta: {
    label: 'Indeterminate results',
    group: 'Evaluation methods',
    definition:
      'Reported when the manuscript says how many index test or model results were indeterminate, inconclusive, uninterpretable, invalid or failed, or how they were handled (counted as positive, repeated, excluded), or that results could not be read or analysed for a stated reason, or a failure rate. Inconclusive findings of the study as a whole and other work do not count.',
    traps: ['"the results were inconclusive" about the study question', 'invalid questionnaires or responses', 'other work in the Introduction'],
  },
  spec,
  examples: {
    reported: [
      { text: 'Indeterminate results were counted as positive.' },
      { text: 'Uninterpretable scans were excluded from the accuracy analysis.' },
      { text: 'Eleven samples with failed tests were assayed again.', heading: 'Results' },
    ],
    missing: [
      { text: 'The evidence on the secondary outcome was inconclusive.', heading: 'Discussion' },
      { text: 'Invalid questionnaires were removed before analysis.' },
      { text: 'Earlier evaluations reported many indeterminate results for this assay [3].', heading: 'Introduction', note: 'other work' },
    ],
  },
});
