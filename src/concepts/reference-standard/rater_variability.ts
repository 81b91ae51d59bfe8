/**
 * rater_variability: inter- and intra-rater variability of the reference annotations and how disagreements were handled.
 */
import { defineConcept, type SpecBody } from '../core/define.js';
import { cue, FAMILY_DAMP } from '../shared/modelling.js';

const spec: SpecBody = {
  // Methods and Results cite the tools and data they use
  citationsInMethodsOk: true,
  damp: FAMILY_DAMP,
  rules: [
    cue('raters/explicit', /\b(?:inter|intra)[- ]?(?:rater|reader|observer|annotator|grader|operator|examiner)\b|\b(?:cohen|fleiss)(?:'|’)?s? kappa\b|\bweighted kappa\b|\bkappa (?:statistics?|coefficients?|values?)\b|\bintra-?class correlation|\bICC\b|\b(?:agreement|concordance|consistency) (?:between|among|across) (?:the )?(?:two |three |\d+ |both |all |different )?(?:raters|readers|radiologists|observers|annotators|experts|pathologists|graders|ophthalmologists|clinicians)|\bdisagreements? (?:were|was) (?:resolved|settled|adjudicated)|\bresolved by (?:consensus|discussion|a third)|\bSTAPLE\b|\b(?:inter|intra)-?rater reliability|\bIRR\b/i, 0.75),
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
    ],
    missing: [
      { text: 'Split-half reliability of the scale was high.', note: 'reliability of a questionnaire' },
      { text: 'Agreement between the two methods was assessed with Bland-Altman plots.', note: 'methods, not raters' },
      { text: 'Internal consistency of the questionnaire was assessed with Cronbach’s alpha.' },
    ],
  },
});
