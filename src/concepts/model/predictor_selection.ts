/**
 * predictor_selection: how candidate predictors were chosen and selected.
 */
import { defineConcept, type SpecBody } from '../core/define.js';
import { cue, FAMILY_DAMP } from '../shared/modelling.js';
import { cooccur } from '../shared/facets.js';

// the parts of a predictor-selection statement, in any order and wording: an act of choosing, the candidate inputs,
// and the criterion of the choice (a ranking, a test, importance, prior knowledge)
const CHOOSE = String.raw`\b(?:select(?:ed|ing)?|chos(?:e|en)|choos(?:e|ing)|includ(?:ed|ing)|entered|retain(?:ed|ing)|kept|identif(?:ied|y)|restrict(?:ed|ing)|filtered|pick(?:ed)?)\b`;
const INPUTS = String.raw`\b(?:covariates?|confound(?:ers?|ing (?:factors?|variables?))|variables?|features?|predictors?|markers?|biomarkers?|genes?|miRNAs?|taxa|peptides?|mediators?|inputs?)\b`;
const CHOICE_CRITERION = String.raw`\b(?:most (?:relevant|important|informative|predictive|discriminat\w+|differentially)|top(?:[- ]\d+| \w+)? (?:discriminat\w+|ranked|most|features|genes|predictors|variables)|(?:variable|feature) importance|importance (?:scores?|function|rank\w*)|p[- ]?values? (?:of |below |less than |under |<)|false discovery|FDR|impact values?|univariat\w+|univariable|a priori|prior knowledge|(?:the |published |previous )literature|clinical expertise|expert (?:knowledge|opinion))\b`;
// covariates or adjustment factors named as the inputs of the models
const ENTER = String.raw`\b(?:includ(?:ed|ing)|entered|added|incorporated|used)\b`;
const COVARIATES = String.raw`\b(?:covariates?|confound(?:ers?|ing (?:factors?|variables?))|(?:demographic|clinical|potential) (?:data|variables?|features?|factors?))\b`;
const INTO_MODEL = String.raw`\b(?:(?:multivariable|multivariate|regression|final|prediction|predictive|risk) (?:models?|analys[ie]s)|(?:all|the) (?:subsequent |following )?(?:models?|analys[ie]s)|into the model|in the model)\b`;
const FACET_SECTIONS: SpecBody['rules'][number]['sections'] = ['methods', 'results', 'other', 'abstract'];

const spec: SpecBody = {
  // Methods and Results cite the tools and data they use
  citationsInMethodsOk: true,
  damp: FAMILY_DAMP,
  rules: [
    cue('predictors/selection', /\b(?:candidate )?(?:predictors?|variables?|features?|covariates?|genes?|markers?) (?:were|was) (?:selected|chosen|identified|retained|pre-?specified|screened)\b|\b(?:feature|variable|predictor|gene) selection\b|\bselected (?:\w+ ){0,3}(?:predictors|variables|features|covariates)\b|\bLASSO\b|\bleast absolute shrinkage\b|\bstepwise\b|\b(?:backward|forward) (?:elimination|selection)\b|\bunivariate (?:screening|filter\w*|pre-?selection)\b|\bcandidate predictors?\b/i, 0.65),
    // a count or kind of features kept or left out, in the words of ML papers ("120 features have been selected",
    // "codes of the target diagnosis are excluded as features") and where candidate inputs came from ("data elements are
    // identified from prior literature and a survey of clinicians")
    cue('predictors/kept-or-dropped', /\b(?:predictors?|variables?|features?|covariates?|data elements?)\b (?:have|has) been (?:selected|chosen|retained|kept)\b|\b(?:are|were|is|was) (?:excluded|removed|dropped|omitted) as (?:input )?(?:features|predictors|inputs|covariates|variables)\b|\b(?:predictors?|variables?|features?|covariates?|data elements?|inputs?) (?:are|were|was|is) (?:first )?identified (?:from|in|through|based on) (?:the )?(?:prior |previous |existing |published |clinical )?(?:literature|expert|clinical expertise|surveys?|interviews?)\b/i, 0.65),
    // the act, the candidate inputs and the criterion of the choice in one sentence, whatever the phrasing
    cue('predictors/facets-criterion', cooccur(CHOOSE, INPUTS, CHOICE_CRITERION), 0.6, { sections: FACET_SECTIONS }),
    // covariates or adjustment factors entered into the models
    cue('predictors/facets-covariates', cooccur(ENTER, COVARIATES, INTO_MODEL), 0.6, { sections: FACET_SECTIONS }),
  ],
};

export default defineConcept({
  id: 'predictor_selection',
  meta: {
    label: 'Choice of candidate predictors',
    group: 'Model',
    definition:
      'Reported when the manuscript says how the candidate predictors, variables, features or covariates were chosen or selected (a priori from literature or expertise, by LASSO, stepwise or backward/forward selection, univariate screening), or names the feature or variable selection step. Selection of participants does not count.',
    traps: [
      'selection of participants or practices',
      'measurement of a variable',
    ],
  },
  spec,
  examples: {
    reported: [
      { text: 'Candidate predictors were selected with LASSO.' },
      { text: 'Candidate predictors were chosen a priori on the basis of the literature and clinical expertise.' },
      { text: 'Variable selection used backward elimination with a P value threshold of 0.10.' },
      { text: 'We selected twelve clinical variables that are routinely recorded at admission.' },
      { text: 'After filtering by variance, 84 longitudinal features have been selected.' },
      { text: 'Diagnosis codes of the outcome itself and its sub-codes are excluded as features.' },
      { text: 'Candidate data elements were identified from the published literature and interviews with ward nurses.' },
      { text: 'Only the twenty protein features with the highest importance scores in the forest were kept for the final classifier.' },
      { text: 'We retained the blood markers whose univariable association with relapse had a P value below 0.05.' },
      { text: 'Smoking status and deprivation index were added as covariates to the multivariable models.' },
      { text: 'The prediction model included clinical variables such as age and comorbidity burden.' },
    ],
    missing: [
      { text: 'Participants were selected from three primary care practices.', note: 'participants, not predictors' },
      { text: 'Blood pressure was measured twice.' },
      { text: 'Gene expression was measured by RNA sequencing.' },
      { text: 'Participants who had been selected for the pilot were excluded as controls.', note: 'people, not features' },
      { text: 'Relevant studies were identified from the literature by two reviewers.', note: 'a literature search, not candidate inputs' },
      { text: 'No features have been selected by hand; all 300 inputs enter the network.', note: 'negated' },
      { text: 'Hospitals were selected from the published literature on rural care.', note: 'sites, not inputs' },
      { text: 'Covariates were summarised by arm in Table 1.', note: 'description, not model inputs' },
    ],
  },
});
