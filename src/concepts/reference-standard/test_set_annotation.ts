/**
 * test_set_annotation: how the test (held-out, external) data were annotated.
 */
import { defineConcept, type SpecBody } from '../core/define.js';
import { cue, FAMILY_DAMP } from '../shared/modelling.js';

const spec: SpecBody = {
  // Methods and Results cite the tools and data they use
  citationsInMethodsOk: true,
  damp: FAMILY_DAMP,
  rules: [
    cue('test-annotation/test-set', /\b(?<!\bt[- ])(?:test|testing|held-?out|evaluation|external|validation)[- ](?:sets?|cohorts?|data(?:sets?)?|images|cases|scans)\b[^.;]{0,80}\b(?:annotat\w*|labell?ed|segmented|delineated|read|reviewed|ground[- ]truth|reference standard)|\b(?:annotat\w*|labell?ed|segmented|delineated|ground[- ]truth|reference standard)[^.;]{0,60}\b(?<!\bt[- ])(?:test|testing|held-?out|external)[- ](?:sets?|cohorts?|data(?:sets?)?|images|cases|scans)\b/i, 0.7),
  ],
};

export default defineConcept({
  id: 'test_set_annotation',
  meta: {
    label: 'Annotation of the test set',
    group: 'Reference standard',
    definition:
      'Reported when the manuscript says how the reference labels of the test, held-out, external or validation data were produced (by whom, how, with what ground truth), in the same sentence as that partition. Annotation of the training data or of "the images" in general does not count.',
    traps: [
      'annotation of the training data only',
      'a test set described without its labels',
      '"t test" (the statistical test)',
    ],
  },
  spec,
  examples: {
    reported: [
      { text: 'The test set was annotated independently by a second radiologist.' },
      { text: 'Ground-truth masks for the external test cohort were produced by two pathologists.' },
      { text: 'Images in the held-out set were labelled by readers blinded to the training labels.' },
    ],
    missing: [
      { text: 'Training images were annotated by one junior radiologist.', note: 'training data, not the test set' },
      { text: 'The test set comprised 200 patients from the second hospital.' },
      { text: 'Two radiologists reviewed the images.' },
    ],
  },
});
