/**
 * indeterminate_results: indeterminate, uninterpretable or failed test results and how they were handled.
 */
import { defineConcept, type SpecBody } from '../core/define.js';
import { cue, FAMILY_DAMP } from '../shared/modelling.js';
import type { SectionKind } from '../../manuscript/model.js';
import { cooccur } from '../shared/facets.js';

// the parts of a statement about results that could not be used, in any order and wording: what was done with them
// (excluded, removed, repeated), the test output or sample, and the reason it failed (quality, an outlier, occlusion)
const UNUSABLE_ACT = String.raw`\b(?:exclud(?:ed|ing)|remov(?:ed|ing)|discard(?:ed|ing)|reject(?:ed|ing)|omitted|dropped|(?:was|were) repeated|re-?run|re-?tested|re-?assayed|failed|could not be|unable to)\b`;
const UNUSABLE_OBJECT = String.raw`\b(?:samples?|scans?|images?|volumes?|results?|tests?|assays?|measurements?|readings?|segmentations?|recordings?|signals?|slides?|specimens?|pairs?|landmarks?|runs?|outputs?|predictions?)\b`;
const UNUSABLE_REASON = String.raw`\b(?:(?:poor|low|insufficient|inadequate|bad) (?:[\w-]+ )?(?:quality|signal|coverage|yield|material|RNA|DNA|contrast)|quality control|outliers?|artefacts?|artifacts?|noisy|noise|occlu\w+|contaminat\w+|insufficient|not enough|too few|unsuccessful|technical (?:failures?|problems?|issues|reasons)|did not converge|failed to converge|corrupt\w*|unreadable)\b`;

// a second way: how many test outputs could be obtained at all - a success or a lack (successfully processed, had
// enough material, could not be read), the outputs, and how many ("in 97% of the scans", "only 40 samples")
const OBTAINED_ACT = String.raw`\b(?:successfully|unsuccessful(?:ly)?|(?:was|were) (?:not |un)?able to (?:successfully )?(?:extract|process|segment|analy[sz]e|read|measure|quantify|register|reconstruct|sequence|amplify|assay|interpret|score|label)|(?:had|with|without|yielded|lacked) (?:enough|sufficient|adequate|insufficient)|not enough)\b`;
const OBTAINED_COUNT = String.raw`\d\s?%|\bonly \d+|\b\d+ (?:of|out of) (?:the |all )?\d+\b|\ball (?:but|except)\b`;
// a third: outputs or samples that passed or failed a quality check (the rest were not used)
const QUALITY_CHECK = String.raw`\b(?:pass(?:ed|ing|es)?|fail(?:ed|ing|s)?|did not (?:pass|meet)|met|meeting) (?:the |our |a |an )?(?:[\w-]+ ){0,2}(?:quality[- ]control|QC|quality (?:checks?|criteria|thresholds?|assessment|standards?|filters?))\b`;
const OUTPUT = String.raw`\b(?:samples?|scans?|images?|volumes?|results?|tests?|assays?|measurements?|readings?|segmentations?|recordings?|slides?|specimens?|datasets?)\b`;
// not the size of the study sample, not participants or their answers (nor, for a quality check, the training data)
const NOT_PARTICIPANTS = /\b(?:sample sizes?|study samples?|participants?|respondents?|questionnaires?|surveys?|eligib\w*|inclusion criteria|exclusion criteria)\b/i;
const NOT_OUTPUTS = new RegExp(`${NOT_PARTICIPANTS.source}|\\btraining (?:sets?|examples?|data|samples?)\\b`, 'i');

// the facet rules count in Methods, Results and sections of unknown kind; there a citation names a tool used
// (`citationsInMethodsOk` splits them by section like the plain rules)
const OWN: SectionKind[] = ['methods', 'results', 'other'];

const spec: SpecBody = {
  damp: FAMILY_DAMP,
  rules: [
    cue('indeterminate/explicit', /\b(?:indeterminate|inconclusive|uninterpretable|non-?diagnostic|equivocal|invalid|unreadable|failed) (?:results?|tests?|readings?|images?|scans?|samples?|segmentations?|cases?|outputs?)\b|\b(?:could not be|were not|was not) (?:interpreted|analy[sz]ed|processed|segmented|evaluated|read) (?:due to|because|owing to)\b|\bfailure rate\b/i, 0.7),
    // test outputs or samples set aside, or repeated, for a stated failure, whatever the phrasing; not participants
    // excluded by the eligibility criteria, not a wish
    cue('indeterminate/facets', cooccur(UNUSABLE_ACT, UNUSABLE_OBJECT, UNUSABLE_REASON), 0.6, { sections: OWN, unless: /\b(?:eligib\w*|inclusion|exclusion criteria|questionnaires?|responses?|surveys?|to (?:remove|reduce|suppress|avoid|filter))\b|\btraining (?:sets?|examples?|data|samples?)\b/i }),
    // "usable images were obtained in 96% of the examinations", "only 30 samples had enough material for the assay"
    cue('indeterminate/obtained-facets', cooccur(OBTAINED_ACT, OUTPUT, OBTAINED_COUNT), 0.6, { sections: OWN, unless: NOT_PARTICIPANTS }),
    // "specimens that passed the quality check went on to sequencing"
    cue('indeterminate/quality-check', cooccur(QUALITY_CHECK, OUTPUT), 0.6, { sections: OWN, unless: NOT_OUTPUTS }),
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
      { text: 'Cortical thickness maps were successfully computed for 97% of the baseline scans.', heading: 'Results' },
      { text: 'Only 61 of the 70 biopsies yielded enough tissue for the expression assay.', heading: 'Methods' },
      { text: 'Specimens that failed the laboratory quality control were not analysed further.', heading: 'Methods' },
      { text: 'All plasma samples that passed our QC thresholds were sequenced and scored by the classifier.', heading: 'Methods' },
      { text: 'Recordings with motion artefacts were rejected with the automatic filter of the acquisition software [12].', heading: 'Methods', note: 'a cited tool in Methods, not other work' },
    ],
    missing: [
      { text: 'The evidence on the secondary outcome was inconclusive.', heading: 'Discussion' },
      { text: 'Invalid questionnaires were removed before analysis.' },
      { text: 'Earlier evaluations reported many indeterminate results for this assay [3].', heading: 'Introduction', note: 'other work' },
      { text: 'Noisy samples were removed from the training data before the classifier was fitted.', note: 'cleaning of the training data, not test results' },
      { text: 'Only 12% of the invited participants had sufficient time to complete the second visit.', heading: 'Results', note: 'participants, not test outputs' },
      { text: 'The required sample size of 240 was met, with 88% of questionnaires returned complete.', heading: 'Results', note: 'the study sample, not test outputs' },
      { text: 'Questionnaires that failed the quality check of the survey company were replaced.', heading: 'Methods', note: 'survey answers, not test outputs' },
    ],
  },
});
