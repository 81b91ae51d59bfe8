/**
 * study_goal: the kind of study (development, validation, feasibility, pilot, ...).
 */
import { defineConcept, type SpecBody } from '../core/define.js';
import { cooccur } from '../shared/facets.js';

// the parts of a statement of the study's aim, in any order: an aim of this study (not of a model or a loss) and an
// act of development or evaluation applied to a model, method or test ("to present a method", "to train a model")
const GOAL_AIM = String.raw`\b(?:aims?|objectives?|purposes?|goals?) of (?:this|the|our|the present|the current) (?:study|work|paper|research|article|project|investigation|thesis)\b|\b(?:this|the present|the current|our) (?:study|work|paper|research|article|thesis) (?:aims?|aimed|seeks?|sought|sets? out|intends?)\b|\bwe (?:aim|aimed|seek|sought|set out|intend|intended)\b`;
const GOAL_ACT_OBJECT = String.raw`\b(?:develop|validat|evaluat|assess|present|propos|introduc|train|build|construct|design|test)\w* (?:[\w-]+ ){0,6}?(?:models?|methods?|approach(?:es)?|algorithms?|classifiers?|networks?|frameworks?|tools?|systems?|scores?|assays?|tests?|signatures?|biomarkers?|pipelines?)\b`;

// "validation" as the name of a data split or a resampling procedure ("training, validation and test sets", "the
// validation loss", "cross validation") is not a validation study
const spec: SpecBody = {
  sectionWeight: { declarations: 0, introduction: 0.9, abstract: 1, discussion: 0.5 },
  rules: [
    { id: 'study_goal/develop-validate', re: /\b(we|this (study|work|paper)|the (present|current) study|aims? (was|is|were) to|objective (was|is) to|purpose (was|is) to)\b[^.]{0,60}\b(develop(ed|ing|ment)?|(?<!\bcross[- ]|\b(?:train(?:ing)?|tuning),? (?:and |or )?)validat(e|ed|ing|ion)\b(?!,? (?:and |or |\/ ?)?(?:test(?:ing)? )?(?:sets?|data(?:sets?)?|splits?|loss(?:es)?|scores?|folds?|subsets?|samples?|images|metrics?|steps?|phases?|curves?|errors?))|externally validat|updat(e|ed|ing)|evaluat(e|ed|ing) the (performance|accuracy|feasibility)|feasibility|pilot|proof[- ]of[- ]concept|(diagnostic|prognostic) (accuracy|performance))\b/i, weight: 0.9, otherWorkOk: true },
    // a model development study told as the proposal of a new model, network or method ("we propose X, a network for
    // ..."; "the main contributions are ... (2) proposing a segmentation model"); other people's proposals (cited) do
    // not count
    { id: 'study_goal/propose-model', re: /(\b(we|this (work|paper|study)|our (work|paper|study)|contributions?\b[^.]{0,80})\s*|^\s*)(\(\d\)\s*)?(propos(e|es|ing)|introduc(e|es|ing)|present(s|ing)?)\s+((a|an|the|our)\b)?[^.]{0,100}?\b(model|network|classifier|framework|method|approach|module|algorithm|architecture|pipeline)s?\b/i, weight: 0.8 },
    { id: 'study_goal/type', re: /\b(development and (external |internal )?validation|external validation study|feasibility (study|trial)|pilot (study|trial)|diagnostic accuracy study|model development|superiority trial|non-?inferiority trial|equivalence trial|exploratory (study|analysis))\b/i, weight: 0.8 },
    // "the aim of the paper is to present a method for ...", "in this work we seek to determine whether ... can be
    // assessed with an unsupervised approach"; not in the Discussion or Results, where aims are restated or wished for
    { id: 'study_goal/aim-facets', re: cooccur(GOAL_AIM, GOAL_ACT_OBJECT), weight: 0.6, sections: ['abstract', 'introduction', 'methods', 'other'] },
  ],
  headingFallback: { heading: /^(study (aims?|objectives?|goals?))$/ },
  require: { pattern: /develop|validat|updat|evaluat|feasib|pilot|proof|accura|performance|superiority|inferiority|equivalence|exploratory|propos|introduc|present|\baim|objective|purpose|goal|seek|sought|intend|set out/i },
};

export default defineConcept({
  id: 'study_goal',
  meta: {
    label: 'Study goal (development, validation, feasibility, ...)',
    group: 'Design',
    definition:
      'Reported when the manuscript says what kind of study this is in terms of its goal: developing, validating (internally or externally) or updating a model or score, assessing diagnostic or prognostic accuracy, proposing a new model, network or method (a development study), a feasibility, pilot or proof-of-concept study, or a superiority, non-inferiority or equivalence trial; a section headed Study aims counts too. Validation of an assay by others and development wished for the future do not count.',
    traps: ['an assay or kit "validated by the manufacturer"', 'future development and validation (a wish in the Discussion)'],
  },
  spec,
  examples: {
    reported: [
      { text: 'We developed and externally validated a risk score.', heading: 'Abstract' },
      { text: 'This pilot study tested whether nurses could deliver the programme.' },
      { text: 'The aim of this study was to evaluate the diagnostic accuracy of a rapid antigen test.' },
      { text: 'We validated the published frailty score in a second hospital with its own patients.', heading: 'Methods' },
      { text: 'In this study we developed a classifier of retinal photographs and validated it against specialist grading.', heading: 'Introduction' },
      { text: 'The aim of this paper is to present a method for grading knee radiographs from the joint-space width.', heading: 'Introduction' },
      { text: 'In this work we set out to test whether an unsupervised clustering approach can sort heart sounds into clinically meaningful groups.', heading: 'Abstract' },
    ],
    missing: [
      { text: 'Cells were cultured for 48 hours before imaging.' },
      { text: 'The assay was validated by the manufacturer.', note: 'validation by others' },
      { text: 'Future development and validation of such tools is needed.', heading: 'Discussion', note: 'future wish' },
      { text: 'We divided the scans into training, validation and test sets and kept the weights with the lowest validation loss.', heading: 'Methods', note: 'validation as the name of a data split' },
      { text: 'We ran five-fold cross validation on the training images.', heading: 'Methods', note: 'a resampling procedure, not a validation study' },
      { text: 'The aim of the contrastive loss is to train the network to pull the two views of a patch together.', heading: 'Methods', note: 'the aim of a loss, not of the study' },
      { text: 'The aim of future work is to test the model in other hospitals.', heading: 'Discussion', note: 'a wish' },
    ],
  },
});
