/**
 * robustness: sensitivity, subgroup and ablation analyses, perturbations, variability across runs or sites.
 */
import { defineConcept, type SpecBody } from '../core/define.js';
import { cue, FAMILY_DAMP } from '../shared/modelling.js';

const spec: SpecBody = {
  damp: FAMILY_DAMP,
  rules: [
    cue('robustness/analysis', /\bsensitivity analys[ie]s\b|\bsubgroup analys[ie]s\b|\bstratified (?:analys[ie]s|by)\b|\brobust(?:ness)? (?:to|analys[ie]s|against|across|check)\b|\bperturbations?\b|\bablation (?:stud(?:y|ies)|experiments?|analys[ie]s)\b|\b(?:variability|stability|consistency) (?:across|between|over) (?:runs|seeds|scanners|sites|folds|vendors|centres|centers|protocols)\b|\bstress[- ]test\w*|\bnoise (?:was )?added\b|\btest-?retest\b/i, 0.7),
    // ablations and variations in the words of ML papers: "ablation of", the effect of a hyperparameter, with and
    // without a component, repeats over different seeds or splits
    cue('robustness/variation', /\bablat(?:ion|ed|ing) (?:of|on)\b|\b(?:impact|effect|influence|sensitivity) of (?:the )?(?:[\w-]+ ){0,3}(?:hyper-?parameters?|parameters?|factors?|weights?|number of|choice of|sizes?|epochs?|loss(?:es)?|components?|modules?|layers?|augmentations?|initiali[sz]ations?|seeds?|thresholds?|smoothing|temperature|learning rates?|batch sizes?)\b|\bwith and without (?:the )?(?:[\w-]+ ){0,2}(?:loss(?:es)?|modules?|components?|dropouts?|augmentations?|pre-?training|attention|masking|regulari[sz]ation)\b|\b(?:different|multiple|several|(?:\w+ )?independent) (?:random )?(?:[\w-]+ ){0,2}(?:seeds|initiali[sz]ations|splits of the data|data splits|runs)\b/i, 0.65),
    // a stated check that a choice does not change the results ("the choice of the base site did not affect the
    // classification"), and variants of the model compared ("three versions of the model: without X, without Y")
    cue('robustness/no-effect', /\b(?:choice|selection|changes?|number|order|size) of (?:the )?(?:[\w-]+ ){0,3}(?:does|did|do) not (?:substantially |materially |significantly )?(?:affect|change|alter|influence)\b|\b(?:these|such|the) (?:changes|modifications|variations|choices) (?:does|did|do) not (?:substantially |materially |significantly )?(?:affect|change|alter|influence) (?:our |the )?(?:conclusions?|results?|findings?|classification|performance|rankings?)\b|\bversions? of (?:the |our )?(?:[\w-]+ ){0,2}(?:model|network|method)\b[^.;]{0,40}\bwithout\b/i, 0.6, { negationOk: true }),
    // a check reported by its outcome: "we repeated the analyses after excluding them and the results were substantially
    // unchanged", "the robustness of the scores was further tested", "robustness test shown in the supplement"
    cue('robustness/unchanged', /\b(?:repeated|re-?ran|redid|re-?did|re-?performed) (?:the|all|our|these) (?:[\w-]+ )?analys[ie]s\b[^.;]{0,80}\b(?:excluding|without|after|restricted|limited|only|omitting|removing)\b|\bresults? (?:were|was|remained|are|is) (?:substantially |essentially |materially |largely |virtually |qualitatively |broadly )?(?:unchanged|unaltered|similar|the same|consistent)\b[^.;]{0,12}\b(?:when|after|if|excluding|without|on excluding|on removing)\b|\brobustness (?:\([^)]{0,40}\) )?of (?:the |our )?(?:[\w-]+ ){0,4}(?:was|were|is|are) (?:further |also |then |additionally )?(?:tested|assessed|evaluated|examined|checked|verified)\b|\brobustness tests?\b/i, 0.7, { negationOk: true }),
    // variants of the model trained for comparison: "models pre-trained with X compared to those trained from
    // scratch", "we train the models with both losses for comparison"
    cue('robustness/variants', /\b(?:compared (?:to|with)|versus|vs\.?) (?:those|the ones|models?|networks?|the same (?:model|network)s?) (?:trained|initiali[sz]ed|learned|learnt) (?:from scratch|without)\b|\b(?:train|trained|training|fit|fitted) (?:the |our |all )?(?:models?|networks?|classifiers?) with (?:both )?[^.;]{0,140}\b(?:for|as) (?:a )?comparisons?\b/i, 0.6),
  ],
  citationsInMethodsOk: true,
};

export default defineConcept({
  id: 'robustness',
  meta: {
    label: 'Robustness / sensitivity / subgroup analyses',
    group: 'Evaluation methods',
    definition:
      'Reported when the manuscript describes analyses of how stable its results are: sensitivity analyses, subgroup or stratified analyses, ablation studies, perturbations or added noise, stress tests, test-retest repeats, or variability across runs, seeds, scanners, sites or folds. Sensitivity as an accuracy measure (sensitivity and specificity) and robust standard errors are not robustness analyses, nor are such analyses in other work cited in the Introduction.',
    traps: ['sensitivity as an accuracy measure', 'robust standard errors or robust regression', 'other work in the Introduction'],
  },
  spec,
  examples: {
    reported: [
      { text: 'A sensitivity analysis excluded scans with motion artefacts.' },
      { text: 'An ablation study removed each input modality in turn.' },
      { text: 'Results were stratified by scanner vendor to check their consistency.' },
      { text: 'The choice of the reference hospital did not affect the accuracy of the classifier.' },
      { text: 'We trained five networks with different weight initialisation seeds and report the spread.' },
    ],
    missing: [
      { text: 'Sensitivity and specificity were computed for each reader.', note: 'accuracy measure' },
      { text: 'Robust standard errors were used to account for clustering within practices.', note: 'robust standard errors' },
      { text: 'Earlier trials reported subgroup analyses by age [8].', heading: 'Introduction', note: 'other work' },
    ],
  },
});
