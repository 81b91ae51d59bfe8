/**
 * indeterminate_results: indeterminate, uninterpretable or failed test results and how they were handled.
 */
import { defineConcept, type SpecBody } from '../core/define.js';
import { cue, FAMILY_DAMP } from '../shared/modelling.js';
import { cooccur } from '../shared/facets.js';

// the parts of a statement about results that could not be used, in any order and wording: what was done with them
// (excluded, removed, repeated), the test output or sample, and the reason it failed (quality, an outlier, occlusion)
const UNUSABLE_ACT = String.raw`\b(?:exclud(?:ed|ing)|remov(?:ed|ing)|discard(?:ed|ing)|reject(?:ed|ing)|omitted|dropped|(?:was|were) repeated|re-?run|re-?tested|re-?assayed|failed|could not be|unable to)\b`;
const UNUSABLE_OBJECT = String.raw`\b(?:samples?|scans?|images?|volumes?|results?|tests?|assays?|measurements?|readings?|segmentations?|recordings?|signals?|slides?|specimens?|pairs?|landmarks?|runs?|outputs?|predictions?)\b`;
const UNUSABLE_REASON = String.raw`\b(?:(?:poor|low|insufficient|inadequate|bad) (?:[\w-]+ )?(?:quality|signal|coverage|yield|material|RNA|DNA|contrast)|quality control|outliers?|artefacts?|artifacts?|noisy|noise|occlu\w+|contaminat\w+|insufficient|not enough|too few|unsuccessful|technical (?:failures?|problems?|issues|reasons)|did not converge|failed to converge|corrupt\w*|unreadable)\b`;

const spec: SpecBody = {
  damp: FAMILY_DAMP,
  rules: [
    cue('indeterminate/explicit', /\b(?:indeterminate|inconclusive|uninterpretable|non-?diagnostic|equivocal|invalid|unreadable|failed) (?:results?|tests?|readings?|images?|scans?|samples?|segmentations?|cases?|outputs?)\b|\b(?:could not be|were not|was not) (?:interpreted|analy[sz]ed|processed|segmented|evaluated|read) (?:due to|because|owing to)\b|\bfailure rate\b/i, 0.7),
    // test outputs or samples set aside, or repeated, for a stated failure, whatever the phrasing; not participants
    // excluded by the eligibility criteria, not a wish
    cue('indeterminate/facets', cooccur(UNUSABLE_ACT, UNUSABLE_OBJECT, UNUSABLE_REASON), 0.6, {
      sections: ['methods', 'results', 'other'],
      unless: /\b(?:eligib\w*|inclusion|exclusion criteria|questionnaires?|responses?|surveys?|to (?:remove|reduce|suppress|avoid|filter))\b|\btraining (?:sets?|examples?|data|samples?)\b/i,
    }),
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
      { text: 'Four slides were discarded because of poor staining quality.', heading: 'Results' },
      { text: 'Measurements with artefacts from patient motion were removed before the scores were computed.' },
    ],
    missing: [
      { text: 'The evidence on the secondary outcome was inconclusive.', heading: 'Discussion' },
      { text: 'Invalid questionnaires were removed before analysis.' },
      { text: 'Earlier evaluations reported many indeterminate results for this assay [3].', heading: 'Introduction', note: 'other work' },
      { text: 'Noisy samples were removed from the training data before the classifier was fitted.', note: 'cleaning of the training data, not test results' },
    ],
  },
});
