/**
 * The catalog of reporting concepts: every crosswalk key from `reference/checklists/CROSSWALK.md`, with a
 * short human label and the crosswalk group it belongs to. Checklist items refer to these keys; the loader
 * rejects a checklist that uses a key not listed here.
 *
 * Keep this file free of imports so that it costs nothing to load.
 */

export interface ConceptInfo {
  /** short human label */
  label: string;
  /** crosswalk group (Front matter, Introduction, Design, Data, ...) */
  group: ConceptGroup;
}

export type ConceptGroup =
  | 'Front matter'
  | 'Introduction'
  | 'Design'
  | 'Data'
  | 'Reference standard'
  | 'Partitions & size'
  | 'Model'
  | 'Evaluation methods'
  | 'Review methods'
  | 'Results'
  | 'Discussion'
  | 'Other';

/** Groups in the order the crosswalk presents them. */
export const CONCEPT_GROUPS: readonly ConceptGroup[] = [
  'Front matter',
  'Introduction',
  'Design',
  'Data',
  'Reference standard',
  'Partitions & size',
  'Model',
  'Evaluation methods',
  'Review methods',
  'Results',
  'Discussion',
  'Other',
];

function c(group: ConceptGroup, label: string): ConceptInfo {
  return { label, group };
}

export const CONCEPTS: Record<string, ConceptInfo> = {
  // Front matter
  title_id: c('Front matter', 'Study type identified in title/abstract'),
  abstract: c('Front matter', 'Structured abstract'),

  // Introduction
  background: c('Introduction', 'Background, rationale and intended use'),
  health_inequalities: c('Introduction', 'Known health inequalities'),
  objectives: c('Introduction', 'Objectives and hypotheses'),

  // Design
  design_prospective_retrospective: c('Design', 'Prospective or retrospective design'),
  study_goal: c('Design', 'Study goal (development, validation, feasibility, ...)'),
  ethics: c('Design', 'Ethics approval and consent'),

  // Data
  data_source: c('Data', 'Data source'),
  data_representativeness: c('Data', 'Representativeness of the data'),
  dates_setting: c('Data', 'Setting, locations and dates'),
  eligibility: c('Data', 'Eligibility criteria'),
  recruitment_sampling: c('Data', 'Participant identification and sampling'),
  treatments: c('Data', 'Treatments received'),
  preprocessing: c('Data', 'Data preprocessing and quality checks'),
  data_subsets: c('Data', 'Selection of data subsets'),
  variable_definitions: c('Data', 'Definitions of predictors / data elements'),
  deidentification: c('Data', 'De-identification'),
  missing_data: c('Data', 'Missing data'),
  acquisition: c('Data', 'Image/data acquisition protocol'),
  input_data_type: c('Data', 'Input data type'),

  // Reference standard
  reference_standard: c('Reference standard', 'Reference standard / outcome definition'),
  reference_standard_rationale: c('Reference standard', 'Rationale for the reference standard'),
  annotators: c('Reference standard', 'Annotators / assessors and their qualifications'),
  annotation_tools: c('Reference standard', 'Annotation tools'),
  test_set_annotation: c('Reference standard', 'Annotation of the test set'),
  rater_variability: c('Reference standard', 'Inter- and intra-rater variability'),
  blinding: c('Reference standard', 'Blinding of assessments'),

  // Partitions & size
  sample_size: c('Partitions & size', 'Sample size justification'),
  data_partitioning: c('Partitions & size', 'Assignment to training/validation/test data'),
  partition_disjointness: c('Partitions & size', 'Partition disjointness / leakage control'),

  // Model
  model_description: c('Model', 'Model / index test description'),
  predictor_selection: c('Model', 'Choice of candidate predictors'),
  predictor_handling: c('Model', 'Handling of predictors'),
  software: c('Model', 'Software and libraries'),
  initialization: c('Model', 'Parameter initialisation / transfer learning'),
  training_details: c('Model', 'Training procedure and hyperparameters'),
  model_selection: c('Model', 'Final model selection'),
  ensembling: c('Model', 'Ensembling'),
  class_imbalance: c('Model', 'Class imbalance handling'),
  fairness: c('Model', 'Fairness / algorithmic bias'),
  model_output_thresholds: c('Model', 'Model output, cut-offs and risk groups'),

  // Evaluation methods
  performance_metrics: c('Evaluation methods', 'Performance measures'),
  clinical_utility_metric: c('Evaluation methods', 'Clinical-utility measure'),
  statistical_uncertainty: c('Evaluation methods', 'Statistical uncertainty and significance'),
  robustness: c('Evaluation methods', 'Robustness / sensitivity / subgroup analyses'),
  explainability: c('Evaluation methods', 'Explainability / model examination'),
  internal_validation: c('Evaluation methods', 'Internal validation'),
  external_validation: c('Evaluation methods', 'External validation'),
  heterogeneity_clusters: c('Evaluation methods', 'Heterogeneity across clusters'),
  indeterminate_results: c('Evaluation methods', 'Indeterminate results'),
  prediction_calculation: c('Evaluation methods', 'How predictions were calculated'),
  model_updating: c('Evaluation methods', 'Model updating / recalibration'),
  dev_vs_eval_differences: c('Evaluation methods', 'Development vs evaluation data differences'),
  benchmark_comparison: c('Evaluation methods', 'Comparison with baseline / other models'),

  // Review methods
  search_strategy: c('Review methods', 'Search strategy'),
  selection_process: c('Review methods', 'Source selection process'),
  data_extraction: c('Review methods', 'Data charting / extraction'),
  critical_appraisal: c('Review methods', 'Critical appraisal'),
  synthesis_methods: c('Review methods', 'Synthesis methods'),

  // Results
  participant_flow: c('Results', 'Participant / case flow'),
  baseline_characteristics: c('Results', 'Baseline characteristics'),
  disease_severity_alternative_dx: c('Results', 'Disease severity and alternative diagnoses'),
  time_interval: c('Results', 'Interval between index test and reference standard'),
  events_per_analysis: c('Results', 'Participants and events per analysis'),
  unadjusted_associations: c('Results', 'Unadjusted associations'),
  model_specification: c('Results', 'Full model specification'),
  cross_tabulation: c('Results', 'Cross-tabulation / confusion matrix'),
  performance_results: c('Results', 'Performance results with precision'),
  failure_analysis: c('Results', 'Failure / error analysis'),
  adverse_events: c('Results', 'Adverse events of testing'),
  synthesis_results: c('Results', 'Synthesis of results'),

  // Discussion
  interpretation: c('Discussion', 'Interpretation'),
  limitations: c('Discussion', 'Limitations'),
  implications: c('Discussion', 'Implications for practice'),
  future_research: c('Discussion', 'Future research'),
  usability_end_user: c('Discussion', 'Intended users and use in practice'),
  ethical_considerations: c('Discussion', 'Ethical considerations of use'),

  // Other
  registration: c('Other', 'Registration'),
  protocol: c('Other', 'Protocol access'),
  funding: c('Other', 'Funding'),
  conflicts_of_interest: c('Other', 'Conflicts of interest'),
  data_availability: c('Other', 'Data availability'),
  code_availability: c('Other', 'Code / model availability'),
  output_auditability: c('Other', 'Output storage / auditability'),
  ppi: c('Other', 'Patient and public involvement'),
};

const KNOWN: ReadonlySet<string> = new Set(Object.keys(CONCEPTS));

/** true when `key` is a crosswalk concept key */
export function isKnownConcept(key: string): boolean {
  return KNOWN.has(key);
}

/** label for a concept key, or the key itself when unknown */
export function conceptLabel(key: string): string {
  return CONCEPTS[key]?.label ?? key;
}
