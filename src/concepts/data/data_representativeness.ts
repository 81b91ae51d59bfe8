/**
 * data_representativeness: whether the data represent the intended-use or target population.
 */
import { defineConcept, type SpecBody } from '../core/define.js';

const spec: SpecBody = {
  sectionWeight: { declarations: 0, introduction: 0.2, discussion: 0.9 },
  rules: [
    // generalisability counts when the sentence speaks of a population, sample or setting, not of a method alone
    { id: 'represent/generalisable', re: /\b(generali[sz]ab(le|ility)|generali[sz]e (to|beyond))\b/i, weight: 0.85, otherWorkOk: true, unless: /^(?![^.]*\b(population|cohorts?|samples?|patients|participants|subjects|individuals|people|centres?|centers?|sites?|institutions?|hospitals?|settings?|countries|regions?|data ?sets?|data|scanners?|demographic\w*)\b)/i },
    { id: 'represent/representative', re: /\b((is|are|was|were|be|not|may not be|might not be) (fully |broadly |truly )?representative|representativeness|(similar|comparable) to the (general|target|source|wider|national) population|intended[- ]use population|target population|selection bias|spectrum (bias|of (patients|disease)))\b/i, weight: 0.85, otherWorkOk: true },
  ],
  headingFallback: { heading: /^(representativeness|generali[sz]ability)$/ },
  require: { pattern: /representativ|generali[sz]|population|selection bias|spectrum/i },
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
    ],
    missing: [
      { text: 'Representative images are shown in Figure 2.', heading: 'Results', note: 'representative images' },
      { text: 'The target population of earlier trials was younger [6].', heading: 'Introduction', note: 'other work' },
      { text: 'Blood pressure was measured twice.' },
      { text: 'Training with the shape prior could make the network more generalisable to unseen scanners.', heading: 'Discussion', note: 'the generalisability of a method' },
      { text: 'The proposed harmonisation step helps build generalizable deep learning models across multi-site data.', heading: 'Discussion', note: 'the generalisability of a method' },
    ],
  },
});
