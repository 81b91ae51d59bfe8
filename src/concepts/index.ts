/**
 * The concept registry: every concept reportlint knows, one file each (src/concepts/<group>/<id>.ts). Checklist
 * files and study descriptions may name only these keys; `detectAll` runs every detected concept once.
 */
import type { Manuscript } from '../manuscript/model.js';
import { isDetected, type Concept } from './core/define.js';
import { runConcept } from './core/run.js';
import abstract from './front-matter/abstract.js';
import title_id from './front-matter/title_id.js';
import background from './introduction/background.js';
import health_inequalities from './introduction/health_inequalities.js';
import objectives from './introduction/objectives.js';
import design_prospective_retrospective from './design/design_prospective_retrospective.js';
import ethics from './design/ethics.js';
import existing_model_evaluated from './design/existing_model_evaluated.js';
import study_goal from './design/study_goal.js';
import acquisition from './data/acquisition.js';
import data_representativeness from './data/data_representativeness.js';
import data_source from './data/data_source.js';
import data_subsets from './data/data_subsets.js';
import dates_setting from './data/dates_setting.js';
import deidentification from './data/deidentification.js';
import eligibility from './data/eligibility.js';
import input_data_type from './data/input_data_type.js';
import missing_data from './data/missing_data.js';
import preprocessing from './data/preprocessing.js';
import recruitment_sampling from './data/recruitment_sampling.js';
import treatments from './data/treatments.js';
import variable_definitions from './data/variable_definitions.js';
import annotation_tools from './reference-standard/annotation_tools.js';
import annotators from './reference-standard/annotators.js';
import blinding from './reference-standard/blinding.js';
import rater_variability from './reference-standard/rater_variability.js';
import reference_standard from './reference-standard/reference_standard.js';
import reference_standard_rationale from './reference-standard/reference_standard_rationale.js';
import test_set_annotation from './reference-standard/test_set_annotation.js';
import data_partitioning from './partitions/data_partitioning.js';
import partition_disjointness from './partitions/partition_disjointness.js';
import sample_size from './partitions/sample_size.js';
import class_imbalance from './model/class_imbalance.js';
import ensembling from './model/ensembling.js';
import fairness from './model/fairness.js';
import initialization from './model/initialization.js';
import model_description from './model/model_description.js';
import model_output_thresholds from './model/model_output_thresholds.js';
import model_selection from './model/model_selection.js';
import predictor_handling from './model/predictor_handling.js';
import predictor_selection from './model/predictor_selection.js';
import software from './model/software.js';
import training_details from './model/training_details.js';
import benchmark_comparison from './evaluation/benchmark_comparison.js';
import clinical_utility_metric from './evaluation/clinical_utility_metric.js';
import dev_vs_eval_differences from './evaluation/dev_vs_eval_differences.js';
import explainability from './evaluation/explainability.js';
import external_validation from './evaluation/external_validation.js';
import heterogeneity_clusters from './evaluation/heterogeneity_clusters.js';
import indeterminate_results from './evaluation/indeterminate_results.js';
import internal_validation from './evaluation/internal_validation.js';
import model_updating from './evaluation/model_updating.js';
import performance_metrics from './evaluation/performance_metrics.js';
import prediction_calculation from './evaluation/prediction_calculation.js';
import robustness from './evaluation/robustness.js';
import statistical_uncertainty from './evaluation/statistical_uncertainty.js';
import critical_appraisal from './review/critical_appraisal.js';
import data_extraction from './review/data_extraction.js';
import search_strategy from './review/search_strategy.js';
import selection_process from './review/selection_process.js';
import synthesis_methods from './review/synthesis_methods.js';
import adverse_events from './results/adverse_events.js';
import baseline_characteristics from './results/baseline_characteristics.js';
import cross_tabulation from './results/cross_tabulation.js';
import disease_severity_alternative_dx from './results/disease_severity_alternative_dx.js';
import events_per_analysis from './results/events_per_analysis.js';
import failure_analysis from './results/failure_analysis.js';
import model_specification from './results/model_specification.js';
import participant_flow from './results/participant_flow.js';
import performance_results from './results/performance_results.js';
import synthesis_results from './results/synthesis_results.js';
import time_interval from './results/time_interval.js';
import unadjusted_associations from './results/unadjusted_associations.js';
import ethical_considerations from './discussion/ethical_considerations.js';
import future_research from './discussion/future_research.js';
import implications from './discussion/implications.js';
import interpretation from './discussion/interpretation.js';
import limitations from './discussion/limitations.js';
import usability_end_user from './discussion/usability_end_user.js';
import code_availability from './other/code_availability.js';
import conflicts_of_interest from './other/conflicts_of_interest.js';
import data_availability from './other/data_availability.js';
import funding from './other/funding.js';
import output_auditability from './other/output_auditability.js';
import ppi from './other/ppi.js';
import protocol from './other/protocol.js';
import registration from './other/registration.js';
import allocation_concealment from './design/allocation_concealment.js';
import bias_control from './design/bias_control.js';
import confounding from './design/confounding.js';
import interim_analyses from './design/interim_analyses.js';
import protocol_changes from './design/protocol_changes.js';
import randomisation from './design/randomisation.js';
import trial_design from './design/trial_design.js';
import trial_outcomes from './design/trial_outcomes.js';
import follow_up from './data/follow_up.js';
import analysis_population from './evaluation/analysis_population.js';
import effect_measures from './evaluation/effect_measures.js';
import certainty_assessment from './review/certainty_assessment.js';
import information_sources from './review/information_sources.js';
import reporting_bias from './review/reporting_bias.js';
import harms from './results/harms.js';
import contributors from './other/contributors.js';
import data_management from './data/data_management.js';
import dissemination from './other/dissemination.js';
import post_trial_care from './design/post_trial_care.js';
import protocol_version from './other/protocol_version.js';
import trial_oversight from './design/trial_oversight.js';
import type { Finding } from './types.js';

export type { Finding } from './types.js';
export type { Concept, ConceptMeta, ConceptExamples } from './core/define.js';
export { CONCEPT_GROUPS } from './core/define.js';

/** Every concept, by group, in a stable order. */
const FILES: Concept[] = [
  // Front matter
  abstract,
  title_id,
  // Introduction
  background,
  health_inequalities,
  objectives,
  // Design
  design_prospective_retrospective,
  ethics,
  existing_model_evaluated,
  study_goal,
  allocation_concealment,
  bias_control,
  confounding,
  interim_analyses,
  protocol_changes,
  randomisation,
  trial_design,
  trial_outcomes,
  trial_oversight,
  post_trial_care,
  // Data
  acquisition,
  data_management,
  data_representativeness,
  data_source,
  data_subsets,
  dates_setting,
  deidentification,
  eligibility,
  follow_up,
  input_data_type,
  missing_data,
  preprocessing,
  recruitment_sampling,
  treatments,
  variable_definitions,
  // Reference standard
  annotation_tools,
  annotators,
  blinding,
  rater_variability,
  reference_standard,
  reference_standard_rationale,
  test_set_annotation,
  // Partitions & size
  data_partitioning,
  partition_disjointness,
  sample_size,
  // Model
  class_imbalance,
  ensembling,
  fairness,
  initialization,
  model_description,
  model_output_thresholds,
  model_selection,
  predictor_handling,
  predictor_selection,
  software,
  training_details,
  // Evaluation methods
  analysis_population,
  benchmark_comparison,
  clinical_utility_metric,
  dev_vs_eval_differences,
  effect_measures,
  explainability,
  external_validation,
  heterogeneity_clusters,
  indeterminate_results,
  internal_validation,
  model_updating,
  performance_metrics,
  prediction_calculation,
  robustness,
  statistical_uncertainty,
  // Review methods
  certainty_assessment,
  critical_appraisal,
  data_extraction,
  information_sources,
  reporting_bias,
  search_strategy,
  selection_process,
  synthesis_methods,
  // Results
  adverse_events,
  baseline_characteristics,
  cross_tabulation,
  disease_severity_alternative_dx,
  events_per_analysis,
  failure_analysis,
  harms,
  model_specification,
  participant_flow,
  performance_results,
  synthesis_results,
  time_interval,
  unadjusted_associations,
  // Discussion
  ethical_considerations,
  future_research,
  implications,
  interpretation,
  limitations,
  usability_end_user,
  // Other
  code_availability,
  conflicts_of_interest,
  contributors,
  data_availability,
  dissemination,
  funding,
  output_auditability,
  ppi,
  protocol,
  protocol_version,
  registration,
];

export const CONCEPTS: readonly Concept[] = FILES;

const BY_ID = new Map(CONCEPTS.map((c) => [c.id, c]));

export function getConcept(id: string): Concept | undefined {
  return BY_ID.get(id);
}

/** true when `key` names a concept of the registry */
export function isKnownConcept(key: string): boolean {
  return BY_ID.has(key);
}


/** Concept keys that have an automatic check. */
export function detectedConcepts(): Set<string> {
  return new Set(CONCEPTS.filter(isDetected).map((c) => c.id));
}

/** "No funding" / "no competing interests": for concepts where none is a full answer, not a not-done warning. */
export function settleNone(f: Finding): Finding {
  if (f.notDone && BY_ID.get(f.concept)?.meta.noneIsComplete) f.noneDeclared = true;
  return f;
}

/** Run every detected concept once over the manuscript (or only those in `only`). */
export function detectAll(ms: Manuscript, only?: Set<string>): Map<string, Finding> {
  const out = new Map<string, Finding>();
  for (const c of CONCEPTS) {
    if (only && !only.has(c.id)) continue;
    const f = runConcept(c, ms);
    if (!f) continue;
    out.set(f.concept, settleNone(f));
  }
  return out;
}
