/**
 * The controlled vocabularies of the study description (enum values of its choice fields). Pure data.
 */
export const STUDY_TYPES = ['basic', 'clinical', 'epidemiological'] as const;
export const STUDY_CATEGORIES = ['interventional', 'observational'] as const;
export const DATA_COLLECTION = ['retrospective', 'prospective', 'prospective_and_retrospective'] as const;
export const STUDY_DESIGNS = [
  'cross_sectional',
  'cohort',
  'case_control',
  'descriptive',
  'case_series',
  'randomised_trial',
  'non_randomised_trial',
  'diagnostic_accuracy',
  'other',
] as const;
export const STUDY_GOALS = [
  'development',
  'validation',
  'development_and_validation',
  'feasibility',
  'diagnostic_accuracy',
  'non_inferiority',
  'other',
] as const;
export const AUTHOR_EXPERTISE = [
  'radiology',
  'neuroradiology',
  'orthopaedic_surgery',
  'neurosurgery',
  'spine_surgery',
  'rheumatology',
  'rehabilitation',
  'other_clinical',
  'computer_science',
  'engineering',
  'physics',
  'mathematics_statistics',
  'epidemiology',
  'other',
] as const;
export const INDUSTRY_ROLES = ['author_employment', 'funding', 'data', 'software_or_hardware', 'other'] as const;
export const APPLICATION_PURPOSES = [
  'diagnosis',
  'decision_support',
  'automated_assessment',
  'outcome_prediction',
  'screening',
  'other',
] as const;
export const SPINE_REGIONS = ['cervical', 'thoracic', 'lumbar', 'sacral', 'whole_spine', 'other'] as const;
export const MODALITIES = [
  'radiograph',
  'dexa',
  'ct',
  'mri',
  'ultrasound',
  'fluoroscopy',
  'navigation',
  'other',
] as const;
export const IMAGING_PLANES = ['sagittal', 'axial', 'coronal', 'oblique', '3d'] as const;
export const RECRUITMENT = ['consecutive', 'random', 'convenience', 'all_available', 'other'] as const;
export const DATA_ORIGINS = [
  'single_center',
  'multi_center',
  'public_dataset',
  'registry_or_cohort',
  'synthetic',
  'mixed',
  'unclear',
] as const;
export const SOURCE_TYPES = ['institution', 'public_dataset', 'registry', 'cohort', 'trial', 'synthetic', 'other'] as const;
export const SOURCE_ROLES = ['development', 'internal_test', 'external_test', 'development_and_test'] as const;
export const MISSING_DATA_HANDLING = [
  'none_missing',
  'complete_case',
  'excluded',
  'imputation',
  'missing_indicator',
  'other',
] as const;
export const IMBALANCE_HANDLING = [
  'none',
  'resampling',
  'class_weights',
  'loss_function',
  'augmentation',
  'threshold_tuning',
  'other',
] as const;
export const DATA_AVAILABILITY = ['public', 'on_request', 'restricted', 'within_paper', 'not_available'] as const;
export const CODE_AVAILABILITY = ['public', 'on_request', 'not_available'] as const;
export const REFERENCE_METHODS = [
  'expert_reading',
  'consensus_reading',
  'histopathology',
  'surgery',
  'clinical_follow_up',
  'clinical_diagnosis',
  'laboratory',
  'other_imaging',
  'registry',
  'other',
] as const;
export const MODEL_FAMILIES = ['cnn', 'rnn_lstm', 'gan', 'mlp', 'transformer', 'other'] as const;
export const MODEL_TASKS = ['classification', 'regression', 'segmentation', 'detection', 'generation', 'other'] as const;
export const MODEL_DIMENSIONS = ['2d', '2.5d', '3d'] as const;
export const SPLIT_UNITS = ['patients', 'images', 'studies', 'exams', 'series', 'levels', 'other'] as const;
export const SPLIT_LEVELS = ['patient', 'image', 'study', 'exam'] as const;
export const SPLIT_METHODS = ['random', 'stratified', 'temporal', 'by_site', 'predefined', 'other'] as const;
export const EXTERNAL_ORIGINS = [
  'other_center',
  'other_country',
  'public_dataset',
  'registry_or_cohort',
  'other_period',
  'other_device',
  'other',
] as const;
export const METRIC_PARTITIONS = [
  'training',
  'validation',
  'cross_validation',
  'internal_test',
  'external_test',
] as const;
export const UNCERTAINTY_METHODS = [
  'confidence_interval',
  'bootstrap',
  'standard_error',
  'cross_validation_spread',
  'statistical_test',
  'credible_interval',
  'other',
] as const;
export const EXPLAINABILITY_METHODS = [
  'grad_cam',
  'saliency_map',
  'occlusion',
  'attention_map',
  'shap',
  'lime',
  'feature_importance',
  'other',
] as const;
export const ETHICS_APPROVAL = ['approved', 'waived', 'exempt', 'not_required'] as const;
export const CONSENT = ['obtained', 'waived', 'not_required', 'not_applicable'] as const;
