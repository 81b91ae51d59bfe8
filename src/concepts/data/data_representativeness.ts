/**
 * data_representativeness: whether the data represent the intended-use or target population.
 */
import { defineConcept, type SpecBody } from '../core/define.js';
import { cooccur } from '../shared/facets.js';

// the two parts of a statement on how far the data stand for a population, in any order and wording: the narrowness or
// reach of the sample (one centre, only one group, limited to a specific population, a more diverse population, under-
// represented, may not generalise) and the people or data it concerns
const REP_SCOPE = String.raw`\bsingle[- ](?:[\w-]+ )?(?:cent(?:re|er)|site|institution|hospital|health[- ]?(?:care )?system|country|region|vendor|manufacturer|scanner|data ?set|database|population|ethnic\w*)\b|\b(?:includ\w*|enrol\w*|recruit\w*|contain\w*|compris\w*|consist\w*|conducted|drawn|sampled|studied|involv\w*) (?:[\w-]+ ){0,2}?(?:only|exclusively|solely|predominantly|mostly|mainly|entirely) (?:of |from |in |on )?(?:(?!(?:the|those|a|one|two|three|four|five|six|seven|eight|nine|ten|few|some|several)\b)[a-z][\w-]* ){0,3}?(?:patients|participants|subjects|individuals|women|men|adults|children|people|volunteers)\b|\b(?:limited|restricted|confined) to (?:a |an |the |one )?(?:[\w-]+ ){0,3}?(?:population|patients|participants|cohort|sample|individuals|women|men|cent(?:re|er)|site|hospital|institution|region|country|ancestry|ethnicity|setting)s?\b|\b(?:specific|particular|narrow|homogeneous|(?:highly )?selected|non-?random|convenience|referral) (?:[\w-]+ )?(?:population|cohort|sample|setting)s?\b|\b(?:validat|replicat|confirm|test|evaluat|assess|appl|generali[sz]|transfer|extrapolat)\w* (?:[^.;]{0,60} )?(?:in|to|on|across|among) (?:[\w-]+ ){0,3}?(?:more diverse|diverse|broader|wider|other|different|heterogeneous) (?:[\w-]+ )?(?:populations?|cohorts|settings|ethnicities|races|ethnic groups|countries|regions)\b|\b(?:under|over)-?represent\w*|\brepresented (?:in|within|among|by) (?:our|the|this) (?:[\w-]+ )?(?:data ?set|data|cohort|sample|population|study)\b|\brepresentation of (?:the )?(?:[\w-]+ ){0,3}?(?:population|patients|participants|people)\b|\bgenerali[sz]\w* (?:[^.;]{0,40} )?(?:to|beyond|across) (?:other|different|new|wider|broader|all|(?:a|the) (?:wider|broader|different|general|target))\b[^.;]{0,80}\b(?:populations?|settings?|patients|participants|people|individuals|women|men|adults|children|ethnicit\w+|races?|countries|regions|cent(?:re|er)s|sites|institutions|hospitals)\b`;
const REP_DATA = String.raw`\b(?:populations?|cohorts?|samples?|participants|patients|subjects|individuals|people|women|men|data ?sets?|databases?|settings?|cent(?:re|er)s?|sites?|institutions?|hospitals?)\b`;

const spec: SpecBody = {
  sectionWeight: { declarations: 0, introduction: 0.2, discussion: 0.9 },
  rules: [
    // generalisability counts when the sentence speaks of a population, sample or setting, not of a method alone
    { id: 'represent/generalisable', re: /\b(generali[sz]ab(le|ility)|generali[sz]e (to|beyond))\b/i, weight: 0.85, otherWorkOk: true, unless: /^(?![^.]*\b(population|cohorts?|samples?|patients|participants|subjects|individuals|people|centres?|centers?|sites?|institutions?|hospitals?|settings?|countries|regions?|data ?sets?|data|scanners?|demographic\w*)\b)/i },
    { id: 'represent/representative', re: /\b((is|are|was|were|be|not|may not be|might not be) (fully |broadly |truly )?representative|representativeness|(similar|comparable) to the (general|target|source|wider|national) population|intended[- ]use population|target population|selection bias|spectrum (bias|of (patients|disease)))\b/i, weight: 0.85, otherWorkOk: true },
    // how narrow or broad the people or data of this study are, in any wording ("the sample contained only adults of one
    // ethnicity", "our findings are limited to a specific population", "may not generalise to other settings"); the doubt
    // is the statement, so a negation does not cancel it; not other work, not a method's generalisability
    { id: 'represent/facets', re: cooccur(REP_SCOPE, REP_DATA), weight: 0.6, sections: ['discussion'], negationOk: true,
      unless: /\b(?:more |better |improved? )?(?:robust|generali[sz]able|accurate) (?:[\w-]+ )?(?:models?|networks?|classifiers?|methods?|algorithms?)\b|\b(?:class(?:es)?|labels?|(?:im|un)balanc\w*)\b/i },
  ],
  headingFallback: { heading: /^(representativeness|generali[sz]ability)$/ },
  require: { pattern: /representativ|represent(?:ed|ation)|generali[sz]|population|selection bias|spectrum|single|only|exclusively|solely|predominantly|mostly|mainly|entirely|limited|restricted|confined|specific|particular|narrow|homogeneous|selected|random|convenience|referral|diverse|broader|wider|other|different|heterogeneous/i },
  // the generalisability of a model, method or technique (to other scanners, sites or tasks) is a claim about the
  // method, not about whether this study's data represent a population; a sentence naming people still counts
  traps: [
    /^(?!.*\b(?:population|cohorts?|patients|participants|subjects|individuals|people|samples?|demographic\w*)\b).*(?:\b(?:models?|methods?|technique|approach|algorithm|network|classifier)\b(?:'s)?[^.]{0,20}\bgenerali[sz]ab\w*|\bgenerali[sz]ab(?:le|ility) of (?:the|our|this|a) (?:\w+ )?(?:models?|methods?|network|classifier|approach|technique|algorithm|identifiers?)\b|\bgenerali[sz]able (?:deep[- ]learning |machine[- ]learning )?(?:models?|methods?|methodology|approach|frameworks?|classifiers?|networks?|segmentation)\b|\bmethodology generali[sz]able\b)/i,
  ],
};

export default defineConcept({
  id: 'data_representativeness',
  meta: {
    label: 'Representativeness of the data',
    group: 'Data',
    definition:
      'Reported when the manuscript discusses whether the data of this study represent the intended-use or target population: representativeness, generalisability, similarity to the general or national population, selection or spectrum bias; a section headed Representativeness or Generalisability counts too. "Representative images" and the target populations of other studies do not count.',
    traps: ['"representative images/examples" in figures', 'target populations of earlier trials (Introduction)', 'the generalisability of a model or method ("to facilitate generalisable models", "improve model generalisability") without the people it applies to'],
  },
  spec,
  examples: {
    reported: [
      { text: 'The sample may not be representative of the general population.', heading: 'Discussion' },
      { text: 'The age and sex distribution of the cohort was similar to the national population.' },
      { text: 'The participants were broadly representative of adults attending primary care in the region.' },
      { text: 'The generalisability of our model to older patients is uncertain, as the cohort was recruited at a young-onset clinic.', heading: 'Discussion' },
      { text: 'Selection bias is possible because only patients referred to a specialist centre were included.', heading: 'Discussion' },
      { text: 'All volunteers were enrolled at one university hospital, so the cohort included only urban adults.', heading: 'Discussion' },
      { text: 'These estimates are restricted to a specific referral population and still need testing in more diverse cohorts.', heading: 'Discussion' },
      { text: 'Older women were under-represented in our sample.', heading: 'Discussion' },
    ],
    missing: [
      { text: 'Representative images are shown in Figure 2.', heading: 'Results', note: 'representative images' },
      { text: 'The target population of earlier trials was younger [6].', heading: 'Introduction', note: 'other work' },
      { text: 'Blood pressure was measured twice.' },
      { text: 'Training with the shape prior could make the network more generalisable to unseen scanners.', heading: 'Discussion', note: 'the generalisability of a method' },
      { text: 'The proposed harmonisation step helps build generalizable deep learning models across multi-site data.', heading: 'Discussion', note: 'the generalisability of a method' },
      { text: 'The study included only four patients who later needed surgery.', heading: 'Discussion', note: 'a count of patients, not the reach of the sample' },
      { text: 'Rare findings were under-represented among the labels of the data set, so their classes were weighted.', heading: 'Discussion', note: 'class imbalance, not a population' },
    ],
  },
});
