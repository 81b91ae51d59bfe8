/**
 * variable_definitions: how predictors, outcomes and other data elements were defined or measured.
 */
import { defineConcept, type SpecBody } from '../core/define.js';
import { cooccur } from '../shared/facets.js';

// the parts of a statement of what a label or category means, in any order and wording: an act of coding (mapped,
// assigned, coded, grouped), the labels, classes or scores coded, and the values or units they are given to
const CODE_ACT = String.raw`\b(?:map(?:s|ped|ping)?|(?:re-?)?assign(?:s|ed|ing)?|(?:re-?|en)?cod(?:e|es|ed|ing)|convert(?:s|ed|ing)?|group(?:s|ed|ing)?|merg(?:e|es|ed|ing)|collaps(?:e|es|ed|ing)|binari[sz](?:e|es|ed|ing)|dichotomi[sz](?:e|es|ed|ing))\b`;
const CODE_OBJECT = String.raw`\b(?:labels?|class(?:es)?|categor(?:y|ies)|scores?|grades?|ratings?|stages?|levels?)\b`;
const CODE_VALUES = String.raw`\b\d+ ?, ?\d+ ?, ?\d+\b|\b\d+ (?:and|or|to) \d+\b|\b(?:to|for) (?:each|every) (?:[\w-]+ )?(?:samples?|images?|patients?|cases?|subjects?|scans?|frames?|records?|instances?|participants?|lesions?|pixels?|voxels?|recordings?|visits?)\b|\binto (?:two|three|four|five|six|binary|a binary|a single|one)\b`;

const spec: SpecBody = {
  sectionWeight: { declarations: 0, introduction: 0.2, discussion: 0.3 },
  rules: [
    // labels and classes of ML papers: classes merged or mapped into categories, what a label value means, rating scales
    { id: 'variables/labels', re: /\b(?:classes|labels?|categories|sub-?regions|grades|scores)\b[^.;]{0,40}\b(?:were|was) (?:merged|combined|consolidated|grouped|collapsed|mapped|reassigned|binari[sz]ed)\b|\b(?:merged|combined|consolidated|grouped|collapsed|mapped|reassigned|binari[sz]ed)\b[^.;]{0,40}\b(?:into|to) (?:one|two|three|four|five|a single|a binary|binary|\w+) (?:classes|class|labels?|categories|sub-?regions|groups|scores?)\b|\b(?:label|target|y_?i|yi)\b[^.;]{0,20}?= ?[01]\b[^.;]{0,20}?\b(?:indicates?|denotes?|means|represents?|corresponds)\b|\bscale (?:from|of|ranging from) \d ?(?:-|–|to) ?\d+\b[^.;]{0,40}?\b\d (?:being|=|means|indicat\w+)/i, weight: 0.65, sections: ['methods', 'abstract', 'other', 'results'] },
    { id: 'variables/defined', re: /\b(was|were|is|are) (defined|classified|categori[sz]ed|dichotomi[sz]ed|coded|operationali[sz]ed|measured|assessed|ascertained|determined) (as|by|using|with|according to|on)\b|\b(defined|definition) (as|of)\b|\b(predictors?|covariates?|variables?|features?|exposures?|outcomes?) (included|were|was|consisted|comprised|considered)\b/i, weight: 0.8, sections: ['methods', 'abstract', 'other', 'results'] },
    // what each label, class or score stands for, whatever the phrasing ("the five grades are mapped to scores 0, 1, 2,
    // 3 and 4", "one of three class labels was reassigned to each image"); not the labels a model predicts, nor
    // another study's coding
    { id: 'variables/facets-coding', re: cooccur(CODE_ACT, CODE_OBJECT, CODE_VALUES), weight: 0.6, sections: ['methods', 'results', 'other'],
      unless: /\b(?:predict\w*|output\w*|et al|previous(?:ly)?|prior (?:work|studies)|batch(?:es)?|epochs?|layers?)\b|\b(?:not|no|never|without)\b[^.;,]{0,30}\b(?:map|assign|cod|convert|group|merg|collaps|binari|dichotomi)/i },
  ],
  headingFallback: { heading: /^(variables|definitions|outcomes?|predictors|covariates|measures|exposures?|study variables|outcome measures)$/, kinds: ['methods'] },
  require: { pattern: /defin|classified|categori|dichotomi|coded|operationali|measured|assessed|ascertained|determined|predictor|covariate|variable|feature|exposure|outcome|merged|combined|consolidated|grouped|collapsed|mapped|reassigned|binari|label|target|scale/i },
};

export default defineConcept({
  id: 'variable_definitions',
  meta: {
    label: 'Definitions of predictors / data elements',
    group: 'Data',
    definition:
      'Reported when the manuscript defines the predictors, outcomes, exposures or other data elements of this study, in the Methods, Results or abstract: how a variable was defined, classified, categorised, coded or measured ("Hypertension was defined as ...", "measured with a wrist-worn accelerometer"), or which variables were included; a Methods section headed Variables, Outcomes or Definitions counts too. Definitions in the Introduction or Discussion and a measurement without its method ("measured twice") do not count.',
    traps: ['definitions in the Introduction or Discussion', 'a measurement without how it was done'],
  },
  spec,
  examples: {
    reported: [
      { text: 'Hypertension was defined as a pressure above 140 mmHg.' },
      { text: 'Smoking status was categorised as never, former or current.' },
      { text: 'Physical activity was measured with a wrist-worn accelerometer.' },
      { text: 'The five lesion grades were merged into two classes, benign and suspicious.' },
      { text: 'Each frame carries a label y = 1 that indicates a visible polyp.' },
      { text: 'We mapped the four severity grades to ordinal scores 0, 1, 2 and 3.' },
      { text: 'One of three class labels (normal, abnormal or ungradable) was assigned to each fundus image.' },
    ],
    missing: [
      { text: 'Blood pressure was measured twice.', note: 'no method' },
      { text: 'Frailty was defined as in earlier studies.', heading: 'Discussion', note: 'not in the Methods' },
      { text: 'The term was introduced by Smith in 1990 [2].', heading: 'Introduction' },
      { text: 'Smith et al. mapped the five grades to scores 0, 1 and 2 [4].', note: "another study's coding" },
      { text: 'The network assigns one of the class labels to each pixel of the output.', note: 'labels the model predicts' },
    ],
  },
});
