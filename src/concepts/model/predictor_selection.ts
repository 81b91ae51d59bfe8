/**
 * predictor_selection: how candidate predictors were chosen and selected.
 */
import { defineConcept, type SpecBody } from '../core/define.js';
import { cue, FAMILY_DAMP } from '../shared/modelling.js';

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
    ],
    missing: [
      { text: 'Participants were selected from three primary care practices.', note: 'participants, not predictors' },
      { text: 'Blood pressure was measured twice.' },
      { text: 'Gene expression was measured by RNA sequencing.' },
      { text: 'Participants who had been selected for the pilot were excluded as controls.', note: 'people, not features' },
      { text: 'Relevant studies were identified from the literature by two reviewers.', note: 'a literature search, not candidate inputs' },
      { text: 'No features have been selected by hand; all 300 inputs enter the network.', note: 'negated' },
    ],
  },
});
