/**
 * rater_variability: inter- and intra-rater variability of the reference annotations and how disagreements were handled.
 */
import { defineConcept, type SpecBody } from '../core/define.js';
import { cue, FAMILY_DAMP } from '../shared/modelling.js';
import { cooccur } from '../shared/facets.js';

// the two parts of a statement on rater variability, in any order and wording: the people who rate, read or label,
// and their agreement, disagreement, consistency over time or the consensus that settles it
const RATERS = String.raw`\b(?:raters?|readers?|annotators?|observers?|graders?|labell?ers?|experts?|radiologists?|pathologists?|ophthalmologists?|dermatologists?|cardiologists?|neurologists?|clinicians?|physicians?|specialists?|reviewers?|assessors?)\b`;
const VARIATION = String.raw`\b(?:agreement|disagree(?:d|ments?|s)?|concordan(?:ce|t)|discordan(?:ce|t)|discrepan(?:cy|cies|t)|consensus|inconsisten(?:cy|t)|consisten(?:cy|t) (?:between|among|across|over|of (?:the )?(?:ratings?|readings?|labels?|annotations?))|reproducib(?:le|ility)|variabilit(?:y|ies)|drift|majority vot\w*)\b`;
// a model, method or device compared with the readers, people who are not raters, a society's consensus, and the
// form of an intraclass correlation ("absolute agreement, single rater") used for the repeatability of a measurement
const NOT_RATERS = /\b(?:models?|algorithms?|AI|networks?|CNNs?|classifiers?|systems?|software|automat\w*|methods?|devices?|predictions?|predicted|tools?|participants?|patients?|respondents?)\b|\bconsensus (?:statements?|guidelines?|criteria|conferences?|definitions?|recommendations?|panels?)\b|\bDelphi\b|\babsolute agreement\b|\bwith (?:the )?agreement of\b|\bagreement to\b|\bsingle (?:rater|measure)/i;

const spec: SpecBody = {
  // Methods and Results cite the tools and data they use
  citationsInMethodsOk: true,
  damp: FAMILY_DAMP,
  rules: [
    cue('raters/explicit', /\b(?:inter|intra)[- ]?(?:rater|reader|observer|annotator|grader|operator|examiner)\b|\b(?:cohen|fleiss)(?:'|’)?s? kappa\b|\bweighted kappa\b|\bkappa (?:statistics?|coefficients?|values?)\b|\bintra-?class correlation|\bICC\b|\b(?:agreement|concordance|consistency) (?:between|among|across) (?:the )?(?:two |three |\d+ |both |all |different )?(?:raters|readers|radiologists|observers|annotators|experts|pathologists|graders|ophthalmologists|clinicians)|\bdisagreements? (?:were|was) (?:resolved|settled|adjudicated)|\bresolved by (?:consensus|discussion|a third)|\bSTAPLE\b|\b(?:inter|intra)-?rater reliability|\bIRR\b/i, 0.75),
    // the raters and how they varied or were brought to agree, whatever the phrasing ("a single expert labelled every
    // case, so the labels may differ from a consensus of several", "to avoid drift in the rater's corrections"); not
    // agreement of a model or a method with the readers, not a consensus statement of a society
    // (in Methods and Results, as for the other rule, a citation names the protocol followed)
    cue('raters/facets', cooccur(VARIATION, RATERS), 0.6, { sections: ['methods', 'results'], otherWorkOk: true, unless: NOT_RATERS }),
    cue('raters/facets', cooccur(VARIATION, RATERS), 0.6, { sections: ['discussion', 'other'], unless: NOT_RATERS }),
  ],
};

export default defineConcept({
  id: 'rater_variability',
  meta: {
    label: 'Inter- and intra-rater variability',
    group: 'Reference standard',
    definition:
      'Reported when the manuscript measures or handles the variability between or within raters, readers or annotators: inter-/intra-rater (observer, reader) agreement or reliability, kappa statistics, intraclass correlation, agreement among named raters, STAPLE fusion, or how disagreements were resolved (consensus, a third reader). Reliability of a questionnaire (split-half, internal consistency) and agreement between two measurement methods do not count.',
    traps: [
      'split-half reliability and internal consistency of a scale',
      'agreement between two methods or devices (Bland-Altman)',
      '"ICC" as an abbreviation of something else (a known weakness)',
    ],
  },
  spec,
  examples: {
    reported: [
      { text: 'Inter-rater agreement was quantified with Cohen\'s kappa.' },
      { text: 'Disagreements between the two readers were resolved by consensus.' },
      { text: 'Intraobserver reproducibility was assessed with the intraclass correlation coefficient on 30 repeated measurements.' },
      { text: 'Two graders labelled every fundus photograph, and their disagreements went to a senior retina specialist.' },
      { text: 'To limit drift in the annotator\'s corrections over months of labelling, every tenth case was checked again.' },
    ],
    missing: [
      { text: 'Split-half reliability of the scale was high.', note: 'reliability of a questionnaire' },
      { text: 'Agreement between the two methods was assessed with Bland-Altman plots.', note: 'methods, not raters' },
      { text: 'Internal consistency of the questionnaire was assessed with Cronbach’s alpha.' },
      { text: 'Agreement between the model and the radiologists was moderate on the external cases.', note: 'a model compared with readers' },
      { text: 'Where no relative could be reached, enrolment went ahead with the agreement of two clinicians.', note: 'consent, not agreement between raters' },
    ],
  },
});
