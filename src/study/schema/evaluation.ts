/**
 * Study-description schema, evaluation and discussion: external validation, performance metrics, uncertainty,
 * robustness, fairness, explainability, failure analysis, and the discussion (limitations, interpretation,
 * implications).
 */
import { z } from 'zod';
import { bool, choice, choices, count, percent, text, texts } from './field-types.js';
import { Period } from './participants.js';
import { EXTERNAL_ORIGINS, METRIC_PARTITIONS, UNCERTAINTY_METHODS, EXPLAINABILITY_METHODS } from './vocabularies.js';

export const ExternalValidation = z
  .strictObject({
    performed: bool('Whether the model/test was evaluated on data from another source than development (required in this group).'),
    origin: choices(EXTERNAL_ORIGINS, 'How the external data differ in origin.').optional(),
    sites: texts('External institutions/sites.', 'a site').optional(),
    datasets: texts('External datasets (e.g. public datasets).', 'a dataset').optional(),
    subjects: count('Subjects in the external test set(s).').optional(),
    images: count('Images in the external test set(s).').optional(),
    period: Period.optional(),
    differences: text('How the external data differ from the development data (concept: dev_vs_eval_differences).').optional(),
    description: text('Free-text description of the external validation.').optional(),
    reason_not_performed: text('Why no external validation was done (when performed is false).').optional(),
  })
  .describe('External validation/testing (concept: external_validation); `performed: false` states explicitly that none was done.');

const Metric = z
  .strictObject({
    name: text('Metric name (e.g. "AUC", "sensitivity", "specificity", "accuracy", "Dice", "weighted kappa", "MAE").'),
    value: z.number().describe('Point estimate, on the scale of `unit` (proportions as 0-1 unless unit is "%").').optional(),
    unit: text('Unit or scale of value and CI (e.g. "%", "mm"); omit for proportions 0-1 and unitless scores.').optional(),
    ci_lower: z.number().describe('Lower confidence-interval bound.').optional(),
    ci_upper: z.number().describe('Upper confidence-interval bound.').optional(),
    ci_level: percent('Confidence level in percent (default 95).').optional(),
    sd: z.number().min(0).describe('Standard deviation across folds/repeats, if given instead of a CI.').optional(),
    partition: choice(METRIC_PARTITIONS, 'Data the metric was computed on.').optional(),
    subgroup: text('Subgroup, level or class the metric refers to (e.g. "severe vs non-severe", "L4-L5").').optional(),
    comparator: text('Who/what the metric is for if not the model (e.g. "radiologist 1").').optional(),
  })
  .describe('One performance measure, optionally with its value and confidence interval.');

const Uncertainty = z
  .strictObject({
    methods: choices(UNCERTAINTY_METHODS, 'Methods used to quantify uncertainty or significance.').optional(),
    tests: texts('Statistical tests used (e.g. ["DeLong test"]).', 'a test').optional(),
    significance_level: z.number().gt(0).lt(1).describe('Significance level alpha (e.g. 0.05).').optional(),
    description: text('Free-text description.').optional(),
  })
  .describe('Statistical uncertainty and significance methods (concept: statistical_uncertainty).');

const Performed = <E extends z.ZodRawShape>(what: string, concept: string, extra: E) =>
  z
    .strictObject({
      performed: bool(`Whether ${what} was done; false states explicitly that it was not (required in this group).`),
      ...extra,
      description: text(`What was done and found.`).optional(),
    })
    .describe(`${what[0]!.toUpperCase()}${what.slice(1)} (concept: ${concept}).`);

export const Evaluation = z
  .strictObject({
    metrics: z.array(Metric).describe('Performance measures with values and CIs (concepts: performance_metrics, performance_results, statistical_uncertainty).').optional(),
    uncertainty: Uncertainty.optional(),
    confusion_matrix: bool('Whether a confusion matrix / cross-tabulation of results is reported (concept: cross_tabulation).').optional(),
    robustness: Performed('robustness, sensitivity or subgroup analysis', 'robustness', {
      analyses: texts('Analyses done (e.g. ["per scanner vendor", "per field strength"]).', 'an analysis').optional(),
    }).optional(),
    fairness: Performed('fairness / algorithmic-bias analysis', 'fairness', {
      subgroups: texts('Subgroups compared (e.g. ["sex", "age group"]).', 'a subgroup').optional(),
    }).optional(),
    explainability: Performed('explainability / model examination', 'explainability', {
      methods: choices(EXPLAINABILITY_METHODS, 'Explainability methods.').optional(),
    }).optional(),
    failure_analysis: Performed('failure / error analysis', 'failure_analysis', {
      error_types: texts('Main kinds of error found (e.g. ["confusion between adjacent grades"]).', 'a kind of error').optional(),
    }).optional(),
    indeterminate_results: text('How indeterminate or failed outputs were handled (concept: indeterminate_results).').optional(),
  })
  .describe('Evaluation: metrics, uncertainty, robustness, fairness, explainability and failure analysis.');

export const Discussion = z
  .strictObject({
    limitations: texts('The study\'s own limitations, one per entry (concept: limitations).', 'one limitation').optional(),
    interpretation: text('Overall interpretation of the results (concept: interpretation).').optional(),
    implications: text('Implications for practice (concept: implications).').optional(),
    future_research: text('Next steps / future research (concept: future_research).').optional(),
  })
  .describe('Discussion: limitations, interpretation, implications.');
