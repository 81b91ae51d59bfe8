/**
 * robustness: sensitivity, subgroup and ablation analyses, perturbations, variability across runs or sites.
 */
import { defineConcept, type SpecBody } from '../core/define.js';
import { cue, FAMILY_DAMP } from '../shared/modelling.js';
import { cooccur } from '../shared/facets.js';

// the parts of a stability check, in any order and wording: an act of examining, the results or performance, and
// a condition varied across (subgroups, stages, sites, outcomes) or the variability itself
const ROBUST_ACT = String.raw`\b(?:assess(?:ed|ing)?|evaluat(?:e|ed|ing)|analy[sz](?:e|ed|ing)|examin(?:e|ed|ing)|investigat(?:e|ed|ing)|test(?:ed|ing)?|explor(?:e|ed|ing)|determine|check(?:ed)?|verif(?:y|ied)|plotted|repeated)\b`;
const ROBUST_RESULT = String.raw`\b(?:performance|accuracy|AUCs?|AUROC|discrimination|predictive (?:strength|power|value|ability|performance)|results|findings|estimates|conclusions|Dice|error rates?)\b`;
const ROBUST_VARIED = String.raw`\b(?:variability|stability|consistency|generali[sz]e|depend(?:s|ed|ing)? on|irrespective of|regardless of|separately (?:for|in|by)|(?:in|across|for|within|among|by) (?:the )?(?:various|different|each|several|other|multiple|separate|individual) (?:[\w-]+ )?(?:subgroups?|strata|stages?|sites?|centres?|centers?|scanners?|vendors?|cohorts?|age groups?|sexes|genders?|outcomes?|subsets?|seeds?|protocols?|settings?|subtypes?|grades?|populations?))\b`;

// an ablation in any wording: a part of the model taken away or swapped, and the comparison that shows its share
const ABL_PART = String.raw`\b(?:modules?|components?|loss(?: terms?| functions?)?|branch(?:es)?|layers?|blocks?|augmentation|pre-?training|attention|masking|encoders?|decoders?|heads?|skip connections?|regulari[sz]ation|modalit(?:y|ies)|input channels?)\b`;
const ABL_CHANGE = String.raw`\b(?:without|w/o|remov(?:ed|ing|al of)|exclud(?:ed|ing)|disabl(?:ed|ing)|replac(?:ed|ing)|dropp(?:ed|ing)|ablat\w*|turn(?:ed|ing) off|switch(?:ed|ing) off)\b`;
const ABL_COMPARE = String.raw`\b(?:versions?|variants?|configurations?|compar\w*|versus|vs\.?|relative to|contribution|effect|impact|benefit|gain|importance|improv\w*|degrad\w*|outperform\w*)\b`;
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
    // a part of the model taken away or swapped and the comparison that shows its share ("a variant without the
    // attention module", "removing the auxiliary loss lowered the Dice score"), whatever the phrasing
    cue('robustness/facets-ablation', cooccur(ABL_CHANGE, ABL_PART, ABL_COMPARE), 0.6, { sections: ['methods', 'results', 'other'] }),
    // examining how the results hold up across a varied condition, whatever the phrasing; not sensitivity the
    // accuracy measure (it is not among the result words), not robust regression
    cue('robustness/facets', cooccur(ROBUST_VARIED, ROBUST_ACT, ROBUST_RESULT), 0.6, {
      sections: ['methods', 'results', 'other', 'abstract'],
      unless: /\brobust (?:standard errors?|regression|variance)\b|\b(?:not|no|never)\b[^.;,]{0,30}\b(?:assess|evaluat|analy[sz]|examin|investigat|test|explor)/i,
    }),
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
      { text: 'We also trained a variant without the attention module to measure its contribution.' },
      { text: 'Removing the auxiliary loss term lowered the Dice score, which shows the benefit of that component.' },
      { text: 'A sensitivity analysis excluded scans with motion artefacts.' },
      { text: 'An ablation study removed each input modality in turn.' },
      { text: 'Results were stratified by scanner vendor to check their consistency.' },
      { text: 'The choice of the reference hospital did not affect the accuracy of the classifier.' },
      { text: 'We trained five networks with different weight initialisation seeds and report the spread.' },
      { text: 'The accuracy of the classifier was examined separately for each scanner vendor.', heading: 'Results' },
      { text: 'To check whether the findings depend on the choice of training cases, we ran the whole pipeline five times on new random draws.' },
    ],
    missing: [
      { text: 'Images without contrast were excluded before the encoder was trained.', note: 'a data exclusion, not an ablation' },
      { text: 'Sensitivity and specificity were computed for each reader.', note: 'accuracy measure' },
      { text: 'Robust standard errors were used to account for clustering within practices.', note: 'robust standard errors' },
      { text: 'Earlier trials reported subgroup analyses by age [8].', heading: 'Introduction', note: 'other work' },
      { text: 'Performance across different sites was not assessed in this study.', heading: 'Results', note: 'negated' },
    ],
  },
});
