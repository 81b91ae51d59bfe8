/**
 * cross_tabulation: a confusion matrix or 2x2 table of test results against the reference standard.
 */
import { defineConcept, type SpecBody } from '../core/define.js';
import { cue, FAMILY_DAMP } from '../shared/modelling.js';

const spec: SpecBody = {
  damp: FAMILY_DAMP,
  rules: [
    cue('crosstab/explicit', /\bconfusion matri(?:x|ces)\b|\bcontingency tables?\b|\b2\s?[×x]\s?2 tables?\b|\bcross-?tabulat\w*|\b(?:true|false) positives?,? (?:and|,) (?:true|false) (?:negatives?|positives?)\b/i, 0.75),
  ],
  citationsInMethodsOk: true,
};

export default defineConcept({
  id: 'cross_tabulation',
  meta: {
    label: 'Cross-tabulation / confusion matrix',
    group: 'Results',
    definition:
      'Reported when the manuscript gives, or points to, the cross-tabulation of the index test or model results against the reference standard: a confusion matrix, a 2×2 or contingency table, or the counts of true and false positives and negatives. Defining what counts as a true positive does not count by itself, nor do confusion matrices of other work.',
    traps: ['the definition of a true positive without the counts', 'other work in the Introduction'],
  },
  spec,
  examples: {
    reported: [
      { text: 'The confusion matrix of the test set is shown in Table 3.' },
      { text: 'A 2×2 table of index test results against the reference standard is given for each reader.', heading: 'Results' },
      { text: 'Test results were cross-tabulated against the histological diagnosis.' },
    ],
    missing: [
      { text: 'True positives were defined as lesions overlapping the reference mask by at least 50%.', note: 'a definition, not a table' },
      { text: 'A contingency plan was in place for loss of follow-up data.' },
      { text: 'Earlier reports presented confusion matrices for similar classifiers [4].', heading: 'Introduction', note: 'other work' },
    ],
  },
});
