/**
 * statistical_uncertainty: confidence intervals, standard errors, bootstrap, statistical tests and P values, spread
 * across folds or runs.
 */
import { defineConcept, type SpecBody } from '../core/define.js';
import { cue, FAMILY_DAMP } from '../shared/modelling.js';

const spec: SpecBody = {
  damp: FAMILY_DAMP,
  rules: [
    cue('uncertainty/ci', /\b(?:confidence|credible|uncertainty|prediction) intervals?\b|(?:% CI|%CI|%-CI|% -CI)s?\b|\b(?:CI: |CI:|CI = |CI=|CI |CI\[|CI \[|CI \(|CI\()[-–]?\d|\(95 ?%/i, 0.85),
    cue('uncertainty/p', /\b(?:p<|p>|p=|p≤|p≥|p <|p >|p =|p ≤|p ≥|P<|P>|P=|P≤|P≥|P <|P >|P =|P ≤|P ≥) ?0?\.\d|\b[Pp][- ]?values?\b|\bstatistically (?:significant|significance|different)\b|\bsignificance (?:level|threshold|was set)\b|\balpha (?:level )?(?:of|=) ?0\.\d|\b(?:were|was) considered (?:statistically )?significant\b/, 0.8),
    cue('uncertainty/test', /\b(?:(?<![a-z])t[- ]tests?|Student(?:'|’)?s t|Welch|Wilcoxon|Mann[-–\s]Whitney|McNemar|DeLong|chi[- ]?squared?(?: tests?)?|Fisher(?:'|’)?s exact|ANOVA|analysis of variance|Kruskal[-–\s]Wallis|log-?rank test|Friedman(?:'|’)?s? test|Tukey|Bonferroni|Benjamini|Holm|false discovery rate|FDR|permutation tests?|Kolmogorov[-–\s]Smirnov|Cochran|Wald tests?|likelihood ratio tests?|Z-tests?)\b/i, 0.75),
    cue('uncertainty/bootstrap', /\bbootstrap\w*\s(?:\w+\s){0,3}(?:confidence|CIs?|intervals?|standard errors?|percentile)\b|\b\d[\d,]*\s(?:bootstrap(?:ped)?|resampled)\s(?:samples|replicates|datasets|iterations|resamples|repetitions)\b|\bbootstrap(?:ping|ped)?\b[^.;]{0,40}\b\d[\d,]* (?:times|replicates|iterations|repetitions)\b/i, 0.8),
    cue('uncertainty/bootstrap-weak', /\bbootstrap\w*/i, 0.4),
    cue('uncertainty/se', /\bstandard errors?\b|\b(?:SE,|SE\)|SE=|SE =|SE:|SEM,|SEM\)|SEM=|SEM =|SEM:)/, 0.65),
    cue('uncertainty/spread', /(?:±|\+\/-|standard deviations?|\bSD\b)(?:[^.;]|\.(?=\d)){0,80}\b(?:folds?|cross-?validation|runs|repeats|repetitions|seeds|iterations|splits)\b|\b(?:folds?|cross-?validation|runs|repetitions|iterations|splits)\b(?:[^.;]|\.(?=\d)){0,80}(?:±|\+\/-|standard deviations?|\bSD\b)/i, 0.7),
    cue('uncertainty/significantly', /\bsignificantly (?:higher|lower|better|worse|different|outperform\w*|improved|increased|decreased|associated|reduced|greater|smaller)\b/i, 0.45),
  ],
  citationsInMethodsOk: true,
};

export default defineConcept({
  id: 'statistical_uncertainty',
  meta: {
    label: 'Statistical uncertainty and significance',
    group: 'Evaluation methods',
    definition:
      'Reported when the manuscript gives the uncertainty or significance of its results: confidence, credible or prediction intervals, standard errors, bootstrap intervals or resampling, statistical tests with P values or a significance level, or the spread of a result across cross-validation folds, runs or seeds. "Significantly better" alone is weak evidence, and so is the bare word bootstrap. A mean ± SD across subjects describes the data, not the uncertainty of a result, and does not count; neither do checklist instructions quoted in a guideline paper.',
    traps: [
      'a standard deviation of the data or of a reference distribution, not of a result',
      'checklist instructions ("Describe ... with confidence intervals, if done")',
      'the bare word bootstrap or "significantly" without a test or interval',
    ],
  },
  spec,
  examples: {
    reported: [
      { text: 'The AUC was 0.87 (95% CI 0.82-0.91).' },
      { text: 'Groups were compared with the Mann-Whitney U test and P < 0.05 was deemed significant.' },
      { text: 'Mean accuracy across the ten folds was 81% ± 4%.' },
      { text: 'Sensitivity was 0.78 ± 0.05 over the four repeated splits.', heading: 'Results' },
      { text: 'Standard errors of the slopes were obtained from 2,000 bootstrap replicates.' },
    ],
    missing: [
      { text: 'The optimal k was chosen where the gap exceeded one standard deviation of the reference distribution.' },
      { text: 'Synthesis | 21 | Describe how results were combined, with confidence intervals, if done. |', note: 'checklist instruction' },
      { text: 'Participants had a mean age of 54 years (SD 11) and a median follow-up of 3 years.', note: 'spread of the data, not of a result' },
      { text: 'The bootstrap was first described by Efron.', note: 'the bare word bootstrap' },
    ],
  },
});
