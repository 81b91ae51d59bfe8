/**
 * test_set_annotation: how the test (held-out, external) data were annotated.
 */
import { defineConcept, type SpecBody } from '../core/define.js';
import { cue, FAMILY_DAMP } from '../shared/modelling.js';
import { cooccur } from '../shared/facets.js';

// the parts of a test-set annotation statement, in any order and wording: the labels (annotated, ground truth,
// reference segmentations), the held-out partition they belong to, and who or how (by two radiologists, manually)
const TEST_LABEL = String.raw`\b(?:annotat(?:ed|ions?)|labell?ed|labels|segmentations|delineat(?:ed|ions?)|contoured|traced|outlined|rated|graded|ground[- ]truth|gold[- ]standard|reference (?:standard|labels?|segmentations?|masks?)|masks)\b`;
const TEST_PART = String.raw`\b(?<!\bt[- ])(?:test(?:ing)?|held-?out|hold-?out|external)[- ](?:[\w-]+ ){0,2}(?:sets?|cohorts?|data(?:sets?)?|images|cases|scans|subjects|patients|segmentations|splits?|comparisons?)\b|\bfor testing\b`;
const TEST_WHO = String.raw`\b(?:by (?:\w+ ){0,3}(?:radiologists?|pathologists?|experts?|clinicians?|physicians?|readers?|annotators?|raters?|neuroradiologists?|gastroenterologists?|dermatologists?|ophthalmologists?|cardiologists?|specialists?|technicians?|technologists?|observers?|graders?|authors?)|manual(?:ly)?|semi-?automat\w*|consensus|independently|blinded)\b`;

const spec: SpecBody = {
  // Methods and Results cite the tools and data they use
  citationsInMethodsOk: true,
  damp: FAMILY_DAMP,
  rules: [
    cue('test-annotation/test-set', /\b(?<!\bt[- ])(?:test|testing|held-?out|evaluation|external|validation)[- ](?:sets?|cohorts?|data(?:sets?)?|images|cases|scans)\b[^.;]{0,80}\b(?:annotat\w*|labell?ed|segmented|delineated|read|reviewed|ground[- ]truth|reference standard)|\b(?:annotat\w*|labell?ed|segmented|delineated|ground[- ]truth|reference standard)[^.;]{0,60}\b(?<!\bt[- ])(?:test|testing|held-?out|external)[- ](?:sets?|cohorts?|data(?:sets?)?|images|cases|scans)\b/i, 0.7),
    // labels, the test partition and who or how in one sentence, whatever the order; not the model's predicted
    // masks, not pseudo-labels, not labelling left undone
    cue('test-annotation/facets', cooccur(TEST_LABEL, TEST_PART, TEST_WHO), 0.6, {
      sections: ['methods', 'results', 'other', 'abstract'],
      negationOk: true,
      unless: /\b(?:not|no|never|without)\b[^.;,]{0,30}\b(?:annotat|label|segment|delineat|contour|rated|graded)|\bpredicted\b|\bpseudo-?labels?\b/i,
    }),
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
      { text: 'For testing we kept 300 slides whose tumour regions had been annotated by two pathologists working independently.', heading: 'Methods' },
      { text: 'Reference segmentations for the training and test scans were drawn manually and checked by a senior radiologist.', heading: 'Methods' },
    ],
    missing: [
      { text: 'Training images were annotated by one junior radiologist.', note: 'training data, not the test set' },
      { text: 'The test set comprised 200 patients from the second hospital.' },
      { text: 'Two radiologists reviewed the images.' },
      { text: 'The predicted masks of the test images were compared with those drawn by a radiologist.', heading: 'Results', note: 'the model output, not how the labels were made' },
      { text: 'Pseudo-labels for the held-out images came from the teacher network and were checked manually for gross errors.', heading: 'Methods', note: 'labels made by a network' },
    ],
  },
});
