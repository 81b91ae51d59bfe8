/**
 * study_goal: the kind of study (development, validation, feasibility, pilot, ...).
 */
import { defineConcept, type SpecBody } from '../core/define.js';

const spec: SpecBody = {
  sectionWeight: { declarations: 0, introduction: 0.9, abstract: 1, discussion: 0.5 },
  rules: [
    { id: 'study_goal/develop-validate', re: /\b(we|this (study|work|paper)|the (present|current) study|aims? (was|is|were) to|objective (was|is) to|purpose (was|is) to)\b[^.]{0,60}\b(develop(ed|ing|ment)?|validat(e|ed|ing|ion)|externally validat|updat(e|ed|ing)|evaluat(e|ed|ing) the (performance|accuracy|feasibility)|feasibility|pilot|proof[- ]of[- ]concept|(diagnostic|prognostic) (accuracy|performance))\b/i, weight: 0.9, otherWorkOk: true },
    // a methods paper's own contribution: proposing a new model or network is model development
    { id: 'study_goal/propose', re: /\b(?:we|this (?:paper|work|study))\b (?:\w+ ){0,1}(?:propose[sd]?|proposing|introduce[sd]?) (?:a |an |the first |our )?(?:novel |new )?(?:[\w-]+ ){0,4}?(?:model|network|architecture|classifier|algorithm)s?\b/i, weight: 0.8 },
    { id: 'study_goal/type', re: /\b(development and (external |internal )?validation|external validation study|feasibility (study|trial)|pilot (study|trial)|diagnostic accuracy study|model development|superiority trial|non-?inferiority trial|equivalence trial|exploratory (study|analysis))\b/i, weight: 0.8 },
  ],
  headingFallback: { heading: /^(study (aims?|objectives?|goals?))$/ },
  require: { pattern: /develop|validat|updat|evaluat|feasib|pilot|proof|accura|performance|superiority|inferiority|equivalence|exploratory|propos|introduc/i },
};

export default defineConcept({
  id: 'study_goal',
  meta: {
    label: 'Study goal (development, validation, feasibility, ...)',
    group: 'Design',
    definition:
      'Reported when the manuscript says what kind of study this is in terms of its goal: developing (including proposing a new model or network as the paper\'s contribution), validating (internally or externally) or updating a model or score, assessing diagnostic or prognostic accuracy, a feasibility, pilot or proof-of-concept study, or a superiority, non-inferiority or equivalence trial; a section headed Study aims counts too. Validation of an assay by others and development wished for the future do not count.',
    traps: ['an assay or kit "validated by the manufacturer"', 'future development and validation (a wish in the Discussion)'],
  },
  spec,
  examples: {
    reported: [
      { text: 'We developed and externally validated a risk score.', heading: 'Abstract' },
      { text: 'This pilot study tested whether nurses could deliver the programme.' },
      { text: 'In this paper we propose a new attention network that grades retinal photographs.', heading: 'Introduction', note: 'a proposed model is model development' },
      { text: 'The aim of this study was to evaluate the diagnostic accuracy of a rapid antigen test.' },
    ],
    missing: [
      { text: 'Cells were cultured for 48 hours before imaging.' },
      { text: 'Earlier groups proposed recurrent networks for this task.', heading: 'Introduction', note: 'other people\'s proposal' },
      { text: 'The assay was validated by the manufacturer.', note: 'validation by others' },
      { text: 'Future development and validation of such tools is needed.', heading: 'Discussion', note: 'future wish' },
    ],
  },
});
