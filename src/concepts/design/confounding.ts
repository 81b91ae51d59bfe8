/**
 * confounding: which confounders were considered and how they were controlled (adjustment, matching, weighting).
 */
import { defineConcept, type SpecBody } from '../core/define.js';

const CONFOUND =
  /\b(?:adjust(?:ed|ing|ment)? for|controll(?:ed|ing) for|(?:potential |possible )?confound(?:ers?|ing (?:factors?|variables?)))\b|\b(?:propensity[- ]scores?|inverse probability (?:of treatment )?weight\w*|directed acyclic graphs?|DAGs?)\b|\b(?:multivariable|multivariate|adjusted) (?:logistic |linear |Cox |Poisson )?(?:regression|models?|analys[ie]s)\b[^.]{0,80}\b(?:age|sex|gender|smoking|BMI|comorbid\w*|covariates?|confounders?|socioeconomic)\b/i;

const spec: SpecBody = {
  rules: [
    { id: 'confounding/adjusted', re: CONFOUND, weight: 1, negationOk: true, unless: /\b(?:adjust(?:ed|ing)? for (?:multiple (?:comparisons|testing)|multiplicity)|bonferroni|dose adjust\w*|adjusted the (?:dose|settings?|window))\b/i },
  ],
  sectionWeight: { introduction: 0.2, discussion: 0.45, abstract: 0.7 },
  require: { pattern: /adjust|controll|confound|propensity|inverse probability|acyclic|DAG|multivari|regression|model/i },
};

export default defineConcept({
  id: 'confounding',
  meta: {
    label: 'Confounding',
    group: 'Design',
    definition:
      'Reported when an observational study says which potential confounders it considered and how it dealt with them: adjustment in a multivariable model for named variables, propensity scores, inverse probability weighting, matching or a causal diagram. Adjustment for multiple comparisons and dose adjustments are not confounding control; confounding mentioned only as a limitation is weak.',
    traps: ['adjusted for multiple comparisons (Bonferroni)', 'dose adjustment', 'confounding only as a limitation in the Discussion'],
  },
  spec,
  examples: {
    reported: [
      { text: 'Hazard ratios were adjusted for age, sex, smoking status and diabetes.' },
      { text: 'We used propensity scores to balance measured confounders between the groups.' },
      { text: 'Potential confounders were chosen from a directed acyclic graph.' },
    ],
    missing: [
      { text: 'P values were adjusted for multiple comparisons with the Bonferroni method.' },
      { text: 'The insulin dose was adjusted weekly.' },
    ],
  },
});
