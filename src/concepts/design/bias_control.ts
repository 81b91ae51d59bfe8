/**
 * bias_control: what an observational study did to limit selection, information or other bias.
 */
import { defineConcept, type SpecBody } from '../core/define.js';

/** kinds of study bias (not the bias of an estimator, a network or a scanner) */
const KIND =
  '(?:selection|recall|information|detection|observer|interviewer|measurement|verification|work-?up|spectrum|attrition|reporting|ascertainment|misclassification|survivorship|survivor|immortal[- ]time|lead[- ]time|length[- ]time|referral|volunteer|participation|non-?response|response|incorporation|review|differential verification|partial verification|diagnostic suspicion|exposure suspicion|indication|healthy (?:user|worker)|publication|assessment|performance|confounding)';
const EFFORT = new RegExp(
  `\\b(?:to|in order to|aim(?:ed|ing)? to|help(?:ed)? to|(?:were|was) (?:taken|made|done) to|efforts? to|attempt(?:ed|s)? to|sought to|tried to)\\s+(?:minimi[sz]e|reduce|limit|avoid|address|mitigate|prevent|lessen|counter(?:act)?|control|correct for|account for|guard against|decrease|eliminate|exclude|rule out)\\s+(?:the\\s+)?(?:(?:risk|possibility|potential|likelihood|influence|effect|impact) of\\s+)?(?:any\\s+|possible\\s+|potential\\s+)?(?:${KIND}\\s+)?bias(?:es)?\\b|\\b(?:${KIND}\\s+)?bias(?:es)?\\s+(?:was|were|is|are)\\s+(?:further\\s+)?(?:minimi[sz]ed|reduced|limited|avoided|addressed|mitigated|prevented|lessened|controlled|corrected|accounted for|assessed)\\s+(?:by|through|with|using|via)\\b|\\b(?:minimi[sz]ed|reduced|limited|avoided|mitigated|prevented|lessened)\\s+(?:the\\s+)?(?:risk of\\s+|potential for\\s+|possibility of\\s+)?(?:${KIND}\\s+)?bias(?:es)?\\s+(?:by|through|with|using|via)\\b`,
  'i',
);
/** bias of estimators and machines; biased training data as a fairness topic */
const NOT_STUDY_BIAS =
  /\b(?:bias[- ](?:field|term|terms|correction of the (?:MRI|image)|vector|parameters?|corrected (?:bootstrap|confidence)|variance trade-?off)|N4|unbiased estimat\w*|estimator|algorithmic|(?:racial|gender|demographic|model|dataset|data set|AI|algorithm) bias|batch normali[sz]ation|inductive bias)\b/i;

/** the measures the definition names, stated without the word "bias" */
const BLINDED =
  /\b(?:assessors?|investigators?|raters?|readers?|\w*pathologists?|\w*radiologists?|interviewers?|observers?|examiners?|technicians?|technologists?|staff|personnel|workers|evaluators?|analysts?|coders?|scientists?|nurses|physicians|clinicians|operators?|sonographers?)\b[^.;]{0,40}\b(?:were|was|remained) (?:all )?(?:blind(?:ed)?|unaware|masked)\b[^.;]{0,20}\b(?:to|of|regarding|for) (?:the )?(?:exposure|case|control|group|clinical|status|diagnos\w+|outcomes?|disease|patients?'?|participants?'?|subjects?'?|children'?s?|treatment|allocation|assignment|infection|results?)\b/i;
/** blinding said another way: an appended "blind to treatment", "in a blinded fashion", "without knowledge of the clinical data" */
const BLIND_PHRASE =
  /(?:,|\bwho (?:was|were)|\band (?:was|were)) (?:all )?(?:blind(?:ed)?|masked|unaware) (?:to|of) (?:the )?(?:patients?'? |participants?'? |subjects?'? )?(?:treatment|group|allocation|clinical|exposure|case|control|diagnos\w+|outcomes?|status|disease)\b|\bin a (?:single-|double-|triple-)?(?:blind(?:ed)?|masked) (?:fashion|manner|way)\b|\b(?:without|no(?: prior)?) knowledge of (?:the )?(?:patients?'? |participants?'? |subjects?'? )?(?:clinical|treatment|group|allocation|exposure|case|diagnos\w+|outcomes?|disease)\b/i;
const ENROLMENT = /\b(?:all )?consecutive(?:ly)? (?:\w+ ){0,2}(?:patients|cases|participants|subjects|admissions|individuals|women|men|children|referrals)\b[^.;]{0,40}\b(?:were|was) (?:enrolled|recruited|included|invited|studied|approached)\b|\b(?:enrolled|recruited|included) (?:all )?consecutive(?:ly)?\b/i;
const VALIDATED = /\b(?:previously |well-)?validated (?:\w+ ){0,2}(?:questionnaires?|instruments?|scales?|measures?|tools?|algorithms? for (?:identifying|defining)|case definitions?|codes?|interview)\b/i;

const spec: SpecBody = {
  rules: [
    { id: 'bias-control/effort', re: EFFORT, weight: 0.95, unless: NOT_STUDY_BIAS },
    { id: 'bias-control/blinded-assessment', re: BLINDED, weight: 0.75, sections: ['methods', 'results', 'other'] },
    { id: 'bias-control/blind-phrase', re: BLIND_PHRASE, weight: 0.7, sections: ['methods', 'results', 'other'] },
    { id: 'bias-control/consecutive', re: ENROLMENT, weight: 0.6, sections: ['methods', 'other'] },
    { id: 'bias-control/validated-measure', re: VALIDATED, weight: 0.6, sections: ['methods', 'other'] },
  ],
  headingFallback: { heading: /^(bias|sources of bias|potential (sources of )?bias|minimi[sz]ing bias|efforts to (address|reduce|minimi[sz]e) (potential )?(sources of )?bias)$/, kinds: ['methods', 'other'] },
  sectionWeight: { introduction: 0.2, discussion: 0.7 },
  // a measure described with a citation ("scored blinded, as described (12)") is still this study's own
  citationsInMethodsOk: true,
  require: { pattern: /bias|blind|unaware|masked|knowledge of|consecutive|validated/i },
};

export default defineConcept({
  id: 'bias_control',
  meta: {
    label: 'Efforts to address bias',
    group: 'Design',
    definition:
      'Reported when an observational study says what it did about possible sources of bias: how selection bias, recall or information bias, detection bias or loss to follow-up were limited (e.g. blinded outcome assessment, validated measures, consecutive enrolment, restriction); these measures count also when the word bias is not used, weaker for consecutive enrolment and validated measures. Bias named only as a limitation without any measure taken is not enough, and statistical bias of an estimator, the bias term of a network, MRI bias-field correction and biased training data as a fairness topic are something else.',
    traps: ['bias named as a limitation without a measure', 'estimator bias, bias terms, bias-field correction', 'algorithmic or dataset bias (fairness)'],
  },
  spec,
  examples: {
    reported: [
      { text: 'To limit recall bias, exposure was taken from prescription records collected before the outcome occurred.' },
      { text: 'Selection bias was reduced by enrolling all consecutive patients who met the criteria.' },
      { text: 'Outcome assessors were unaware of exposure status to avoid detection bias.' },
      { text: 'The pathologist who graded the biopsies was blinded to the case or control status of each sample.', note: 'a measure the definition names, without the word bias' },
      { text: 'Depressive symptoms were measured with a validated questionnaire.' },
      { text: 'Each slide was graded by a dermatopathologist, blind to the clinical group of the donor.', note: 'blinding appended to the sentence' },
      { text: 'Recordings were coded in a blinded fashion by two raters who had no knowledge of the clinical data.' },
    ],
    missing: [
      { text: 'The estimator is unbiased under the usual assumptions.' },
      { text: 'Selection bias cannot be excluded because only one hospital took part.', heading: 'Discussion', note: 'a limitation without a measure' },
      { text: 'Images underwent N4 bias field correction to reduce intensity inhomogeneity.', note: 'image processing' },
      { text: 'Dataset bias may lead models to underperform in under-represented groups.', heading: 'Discussion', note: 'fairness, not study design' },
      { text: 'Clinicians are often blind to early signs of the disease.', heading: 'Discussion', note: 'not a measure of the study' },
    ],
  },
});
