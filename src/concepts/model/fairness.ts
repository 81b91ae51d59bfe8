/**
 * fairness: performance across sociodemographic groups, algorithmic bias, under-representation.
 */
import { defineConcept, type SpecBody } from '../core/define.js';
import { cue, FAMILY_DAMP } from '../shared/modelling.js';

/** "For (the sake of) fairness, all models were trained ..." is about a fair comparison, not fairness across groups. */
const FAIR_COMPARISON = /^(?![^.]*\b(?:subgroups?|race|racial|ethnic\w*|sex|gender|demographic\w*|socio-?economic|under-?represent\w*|disparit\w*)\b).*\b(?:for (?:the sake of )?fairness|to (?:ensure|guarantee|keep|maintain) (?:the )?fairness|in the interest of fairness|fair(?:ness of the)? comparisons?)\b/i;

/** Homonyms with no group of people in the sentence: under-represented classes of a class-imbalanced training set, a
 * disparity between statistics or metric values. */
const NO_PEOPLE = '(?![^.]*\\b(?:subgroups?|patients|people|persons|individuals|participants|women|men|race|racial|ethnic\\w*|sex|gender|demographic\\w*|socio-?economic|minorit\\w+|populations?)\\b)';
const HOMONYM = new RegExp(
  `^${NO_PEOPLE}.*(?:\\bunder-?represented (?:\\w+ )?(?:classes|labels|categories|lesion types|structures)\\b|\\b(?:statistics?|metrics?|measures?|values?|ratios?)\\b[^.]{0,30}\\bdisparit\\w*|\\bdisparit\\w* (?:in|of|between) the (?:[\\w-]+ ){0,3}(?:statistics?|metrics?|measures?|values?|ratios?)\\b)`,
  'i',
);

const spec: SpecBody = {
  damp: FAMILY_DAMP,
  rules: [
    cue('fairness/explicit', /\bfairness\b|\balgorithmic bias\b|\bbias (?:across|between|among|against) (?:subgroups|groups|races?|ethnic\w*|sex(?:es)?|genders?|populations)\b|\b(?:performance|accuracy|AUC|sensitivity|specificity|error) (?:was |were )?(?:\w+ )?(?:across|by|between|among|stratified by|within|for) (?:different )?(?:race|racial|ethnic\w*|sex|gender|age groups?|demographic\w*|socio-?economic)\b|\bdisparit\w*|\bunder-?represent\w*|\bequit(?:y|able)\b/i, 0.65, { unless: new RegExp(`${FAIR_COMPARISON.source}|${HOMONYM.source}`, 'i') }),
  ],
  citationsInMethodsOk: true,
};

export default defineConcept({
  id: 'fairness',
  meta: {
    label: 'Fairness / algorithmic bias',
    group: 'Model',
    definition:
      'Reported when the manuscript addresses whether the model or test works equally well for sociodemographic groups: performance, accuracy or error compared across race, ethnicity, sex, gender, age groups or socio-economic status, algorithmic bias or fairness assessed, under-representation of groups in the data, disparities or equity of the results. Performance compared across sites or scanners is robustness, not fairness; such analyses in other work cited in the Introduction do not count.',
    traps: [
      'comparisons across sites, scanners or vendors (robustness)',
      'other work in the Introduction',
      'under-represented classes of an imbalanced training set, disparities between statistics or metric values',
    ],
  },
  spec,
  examples: {
    reported: [
      { text: 'Performance was compared across racial and ethnic subgroups to look for algorithmic bias.' },
      { text: 'Specificity was compared across age groups and between women and men.' },
      { text: 'Patients from rural areas were under-represented in the training data.' },
      { text: 'Women were an under-represented class in the training set, and sensitivity was lower for them.', note: 'a class that is a group of people' },
    ],
    missing: [
      { text: 'Accuracy was compared across scanner vendors.', note: 'robustness, not fairness' },
      { text: 'Sex and age were recorded for every participant.' },
      { text: 'Rare lesion types were under-represented classes, so the loss gave them larger weights.', note: 'class imbalance, not groups of people' },
      { text: 'The disparity between the two summary statistics was largest for the smallest structures.', heading: 'Results', note: 'a statistical disparity' },
      { text: 'Earlier audits found that skin lesion classifiers under-represent darker skin types [12].', heading: 'Introduction', note: 'other work' },
    ],
  },
});
