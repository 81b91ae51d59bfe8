/**
 * The structured study description: what an author fills in instead of a free-form checklist, what an editor
 * can require at submission and what a systematic reviewer extracts from each paper. The schema is defined
 * once, here, with zod; the JSON Schema (`reportlint schema study`), the TypeScript type, the validation
 * messages and the commented template are all derived from it.
 *
 * Minimal core (the only required fields): `title` and `study.type`. Every other field and group is
 * optional; inside an optional group a few deciding fields are required when the group is given
 * (`external_validation.performed`, `registration.registered`, `code.availability`, ...), so that a group
 * never leaves its main question open. All objects are strict: unknown keys are errors, not silently dropped.
 *
 * Units are in the field names (`_years`, `_percent`, `_tesla`, `_mm`, `_hours`); percentages are 0-100.
 */
import { z } from 'zod';

export const STUDY_SCHEMA_VERSION = 1;

// ---------------------------------------------------------------------------------------------------------
// vocabularies

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

// ---------------------------------------------------------------------------------------------------------
// building blocks (each call builds a new schema, so every use carries its own description)

function oneOf(values: readonly string[]): string {
  return values.join(' | ');
}
const text = (d: string) => z.string().describe(d);
const texts = (d: string, item = 'one entry') => z.array(z.string().describe(item)).describe(d);
const count = (d: string) => z.number().int().min(0).describe(d);
const positive = (d: string) => z.number().int().min(1).describe(d);
const percent = (d: string) => z.number().min(0).max(100).describe(d);
const bool = (d: string) => z.boolean().describe(d);
function choice<const T extends readonly [string, ...string[]]>(values: T, d: string) {
  return z.enum(values).describe(`${d} One of: ${oneOf(values)}.`);
}
function choices<const T extends readonly [string, ...string[]]>(values: T, d: string) {
  return z.array(z.enum(values).describe(`One of: ${oneOf(values)}.`)).describe(`${d} Each one of: ${oneOf(values)}.`);
}
const URL_RE = /^(https?|ftp):\/\/\S+$/;
const url = (d = 'A URL (http:// or https://).') =>
  z.string().regex(URL_RE, 'a URL starting with http:// or https://').describe(d);
const urls = (d: string) => z.array(url()).describe(d);
const DATE_RE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const date = (d: string) =>
  z
    .string()
    .regex(DATE_RE, 'a date written as "YYYY", "YYYY-MM" or "YYYY-MM-DD" (quote a bare year)')
    .describe(`${d} Written as "YYYY", "YYYY-MM" or "YYYY-MM-DD"; quote a bare year ("2015").`);

// ---------------------------------------------------------------------------------------------------------
// groups

const Authors = z
  .strictObject({
    countries: texts('Countries of the authors\' affiliations (e.g. ["Germany", "Japan"]).', 'a country name'),
    expertise: choices(AUTHOR_EXPERTISE, 'Fields of expertise represented among the authors.'),
    industry_involvement: z
      .strictObject({
        involved: bool('Whether industry was involved in the study (employed authors, funding, data, software).'),
        roles: choices(INDUSTRY_ROLES, 'How industry was involved.').optional(),
        companies: texts('Names of the companies involved.', 'a company name').optional(),
      })
      .describe('Industry involvement in the study; `involved` is required when this group is given.')
      .optional(),
  })
  .describe('Who wrote the study: countries, fields of expertise and industry involvement (extraction fields).');

const Abstract = z
  .strictObject({
    structured: bool(
      'Whether the abstract is structured (labelled parts such as Purpose / Methods / Results / Conclusion). A single unstructured paragraph does not satisfy the abstract item.',
    ).optional(),
    headings: texts('The abstract\'s headings, in order (e.g. ["Purpose", "Methods", "Results", "Conclusion"]).', 'a heading').optional(),
    text: text('The abstract text (optional; for reviewers extracting the paper).').optional(),
  })
  .describe('The abstract (concept: abstract).');

const Study = z
  .strictObject({
    type: choice(STUDY_TYPES, 'Study type (required): basic research, clinical or epidemiological study.'),
    category: choice(STUDY_CATEGORIES, 'Whether the study assigned an intervention or only observed.').optional(),
    data_collection: choice(
      DATA_COLLECTION,
      'Whether data were collected prospectively (planned before data collection) or retrospectively (existing data) (concept: design_prospective_retrospective).',
    ).optional(),
    design: choice(STUDY_DESIGNS, 'Study design.').optional(),
    goal: choice(
      STUDY_GOALS,
      'What the study sets out to do with the model or test: develop it, validate an existing one, both, or another goal (concept: study_goal).',
    ).optional(),
    objectives: texts('The study\'s aims or objectives, one per entry (concept: objectives).', 'one objective').optional(),
    hypothesis: text('The hypothesis tested, if any (concept: objectives).').optional(),
    background: text('Scientific and clinical background and rationale (concept: background).').optional(),
    intended_use: text('Intended use and clinical role of the model or test: where it fits in the care pathway (concept: background).').optional(),
    intended_users: text('Who is meant to use the model or test (e.g. radiologists, spine surgeons) (concept: usability_end_user).').optional(),
  })
  .describe('The study itself: type (required), category, design, goal and objectives.');

const Application = z
  .strictObject({
    purposes: choices(APPLICATION_PURPOSES, 'Clinical application(s) of the model.').optional(),
    anatomy: choices(SPINE_REGIONS, 'Spinal region(s) imaged; `other` for a body part outside the spine (name it in other_body_parts).').optional(),
    other_body_parts: texts('Body parts outside the spine that are studied (e.g. ["hip"]).', 'a body part').optional(),
    condition: text('The condition studied (e.g. "lumbar spinal stenosis").').optional(),
    procedure: text('The procedure studied, if any (e.g. "pedicle screw placement").').optional(),
  })
  .describe('Clinical application: purpose, anatomy, condition and procedure (extraction fields; purpose without intended_use counts as partial background).');

const Imaging = z
  .strictObject({
    modalities: choices(MODALITIES, 'Imaging modalities used as model input.').optional(),
    mri_sequences: texts('MRI sequences used (e.g. ["sagittal T2-weighted FSE"]).', 'a sequence').optional(),
    planes: choices(IMAGING_PLANES, 'Imaging planes used.').optional(),
    field_strength_tesla: z
      .array(z.number().positive().describe('Field strength in tesla.'))
      .describe('MRI field strength(s) in tesla (e.g. [1.5, 3]).')
      .optional(),
    slice_thickness_mm: z.number().positive().describe('Slice thickness in millimetres.').optional(),
    scanners: texts('Scanner vendors/models (e.g. ["Siemens Magnetom Skyra 3T"]).', 'a scanner').optional(),
    protocol: text('Image acquisition protocol: parameters, contrast, positioning (concept: acquisition).').optional(),
  })
  .describe('Imaging modality and acquisition (concept: acquisition; modalities alone count as partial).');

const Eligibility = z
  .strictObject({
    inclusion: texts('Inclusion criteria, one per entry.', 'one criterion').optional(),
    exclusion: texts('Exclusion criteria, one per entry.', 'one criterion').optional(),
  })
  .describe('Inclusion and exclusion criteria for participants, cases or images (concept: eligibility).');

const Period = z
  .strictObject({
    start: date('First date of data collection or recruitment.').optional(),
    end: date('Last date of data collection or recruitment.').optional(),
  })
  .describe('Period of data collection or recruitment (concept: dates_setting).');

const ExclusionReason = z
  .strictObject({
    reason: text('Why these participants/cases were excluded.'),
    count: count('How many were excluded for this reason.').optional(),
  })
  .describe('One exclusion reason with its count.');

const Flow = z
  .strictObject({
    screened: count('Participants/cases assessed for eligibility.').optional(),
    eligible: count('Participants/cases found eligible.').optional(),
    excluded: count('Participants/cases excluded (total).').optional(),
    exclusion_reasons: z.array(ExclusionReason).describe('Exclusions by reason.').optional(),
    included: count('Participants/cases included in the study.').optional(),
    analysed: count('Participants/cases in the final analysis.').optional(),
    diagram: bool('Whether the paper has a flow diagram.').optional(),
    description: text('Free-text description of the flow.').optional(),
  })
  .describe(
    'Participant/case flow through the selection stages (concept: participant_flow; counts at two or more stages are needed, fewer count as partial). Use the unit of sample.subject_unit.',
  );

const Characteristics = z
  .strictObject({
    age_mean_years: z.number().min(0).describe('Mean age in years.').optional(),
    age_sd_years: z.number().min(0).describe('Standard deviation of age in years.').optional(),
    age_median_years: z.number().min(0).describe('Median age in years.').optional(),
    age_min_years: z.number().min(0).describe('Youngest participant, years.').optional(),
    age_max_years: z.number().min(0).describe('Oldest participant, years.').optional(),
    female_count: count('Number of female participants.').optional(),
    female_percent: percent('Female participants in percent (0-100).').optional(),
    per_partition: bool('Whether characteristics are reported per data partition (training/validation/test).').optional(),
    table: text('Where the characteristics are tabulated (e.g. "Table 1").').optional(),
    other: texts('Other characteristics reported (e.g. "BMI 27.1 ± 4.3 kg/m²", "disease severity distribution").', 'one characteristic').optional(),
  })
  .describe('Baseline demographic and clinical characteristics (concept: baseline_characteristics).');

const Participants = z
  .strictObject({
    eligibility: Eligibility.optional(),
    recruitment: choice(RECRUITMENT, 'How participants/cases were identified (concept: recruitment_sampling).').optional(),
    setting: text('Setting and location of data collection (e.g. "three tertiary referral hospitals in Germany") (concept: dates_setting).').optional(),
    countries: texts('Countries where data were collected.', 'a country name').optional(),
    period: Period.optional(),
    flow: Flow.optional(),
    characteristics: Characteristics.optional(),
  })
  .describe('Participants: eligibility, recruitment, setting and period, flow and characteristics.');

const Counts = (what: string) =>
  z
    .strictObject({
      total: count(`All ${what} in the study (development + internal test + external test).`).optional(),
      diseased: count(`${what} with the target condition (positive cases), over the whole study.`).optional(),
      development: count(`${what} used to develop the model (training + validation).`).optional(),
      internal_test: count(`${what} in the internal (held-out) test set.`).optional(),
      external_test: count(`${what} in the external test set(s).`).optional(),
    })
    .describe(`Numbers of ${what}.`);

const Sample = z
  .strictObject({
    subject_unit: text('What a subject is (default "patients"; e.g. "participants", "vertebrae").').optional(),
    subjects: Counts('subjects').optional(),
    image_unit: text('What an image is in `images` (e.g. "sagittal T2-weighted series", "radiographs", "CT examinations").').optional(),
    images: Counts('images').optional(),
    size_method: choice(
      ['power_calculation', 'precision', 'all_available', 'convenience', 'other'] as const,
      'How the sample size was determined (concept: sample_size).',
    ).optional(),
    size_rationale: text('Why this sample size: calculation, target precision or rationale (concept: sample_size). The number of participants alone is not a rationale.').optional(),
  })
  .describe('Sample: numbers of subjects and images overall, diseased and per use, and the sample-size rationale. A total and a diseased count together give events_per_analysis.');

const Source = z
  .strictObject({
    name: text('Name of the institution, dataset, registry, cohort or trial.'),
    type: choice(SOURCE_TYPES, 'Kind of source.').optional(),
    country: text('Country of the source.').optional(),
    url: url('Link to the dataset or source, if public.').optional(),
    role: choice(SOURCE_ROLES, 'What the data from this source were used for.').optional(),
    subjects: count('Subjects from this source.').optional(),
    images: count('Images from this source.').optional(),
  })
  .describe('One data source.');

const Preprocessing = z
  .strictObject({
    steps: texts('Preprocessing steps in order (e.g. ["resampled to 0.5 mm in-plane", "z-score intensity normalisation"]).', 'one step').optional(),
    quality_control: text('Image quality checks and how failing images were handled.').optional(),
    description: text('Free-text description of preprocessing.').optional(),
  })
  .describe('How raw data/images were processed before modelling (concept: preprocessing).');

const MissingData = z
  .strictObject({
    handling: choice(MISSING_DATA_HANDLING, 'How missing data were handled; `none_missing` when there were none.'),
    count: count('How many values/cases were missing.').optional(),
    description: text('Details (which variables, why missing, imputation model).').optional(),
  })
  .describe('Missing data (concept: missing_data); `handling` is required when this group is given.');

const ClassBalance = z
  .strictObject({
    handling: choice(IMBALANCE_HANDLING, 'How class imbalance was addressed; `none` if it was not.').optional(),
    description: text('Class distribution and details of the handling.').optional(),
  })
  .describe('Class imbalance (concept: class_imbalance).');

const Data = z
  .strictObject({
    origin: choice(
      DATA_ORIGINS,
      'Where the data came from overall. `mixed` combines several kinds (e.g. hospital data plus a public dataset) (concept: data_source). Derived from `sources` when omitted.',
    ).optional(),
    sources: z.array(Source).describe('The data sources with names and links (concept: data_source).').optional(),
    subset_selection: text('How subsets of the data were selected for the study (e.g. which slices or series) (concept: data_subsets).').optional(),
    preprocessing: Preprocessing.optional(),
    deidentification: text('How data were de-identified/anonymised (concept: deidentification).').optional(),
    missing_data: MissingData.optional(),
    class_balance: ClassBalance.optional(),
    availability: choice(
      DATA_AVAILABILITY,
      'Whether and how the study data can be obtained (concept: data_availability): public (repository), on_request (ask the authors), restricted (application to a third party such as a biobank), within_paper (article or supplements), not_available.',
    ).optional(),
    urls: urls('Where the data can be obtained (repository links).').optional(),
    accessions: texts('Repository accessions or DOIs of the data (e.g. "doi:10.5281/zenodo.123").', 'an accession or DOI').optional(),
    contact: text('Whom to ask for the data (e-mail or office); needed for a complete `on_request` statement.').optional(),
    access_conditions: text('Conditions of access (data use agreement, ethics approval, fees).').optional(),
    statement: text('The data availability statement as written.').optional(),
  })
  .describe('Data: origin and sources, selection, preprocessing, de-identification, missing data, class balance and availability.');

const Annotators = z
  .strictObject({
    number: count('How many annotators/readers produced the reference labels.').optional(),
    expertise: texts('Expertise of each annotator (e.g. ["musculoskeletal radiologist", "spine surgeon"]).', 'one annotator\'s expertise').optional(),
    years_experience: z
      .array(z.number().min(0).describe('Years of experience.'))
      .describe('Years of experience of each annotator, in the order of `expertise`.')
      .optional(),
    description: text('How annotation was organised (independent reads, consensus, adjudication).').optional(),
  })
  .describe('Who produced the reference labels and their qualifications (concept: annotators).');

const RaterVariability = z
  .strictObject({
    metric: text('Agreement measure (e.g. "Cohen\'s kappa", "ICC", "Dice").').optional(),
    value: z.number().describe('Agreement value.').optional(),
    description: text('How inter-/intra-rater variability was measured and handled.').optional(),
  })
  .describe('Inter-/intra-rater variability of the reference standard (concept: rater_variability).');

const Blinding = z
  .strictObject({
    blinded: bool('Whether assessors of the reference standard / index test were blinded to other results.'),
    description: text('Who was blinded to what.').optional(),
  })
  .describe('Blinding (concept: blinding); `blinded` is required when this group is given.');

const ReferenceStandard = z
  .strictObject({
    definition: text('The reference standard / ground truth / outcome definition (e.g. "Lee grade of central canal stenosis per level").').optional(),
    method: choice(REFERENCE_METHODS, 'How the reference standard was obtained.').optional(),
    rationale: text('Why this reference standard was chosen (concept: reference_standard_rationale).').optional(),
    annotators: Annotators.optional(),
    annotation_tool: text('Software used for annotation (e.g. "3D Slicer 5.2") (concept: annotation_tools).').optional(),
    test_set_annotation: text('How the test set was annotated, if differently from the training set (concept: test_set_annotation).').optional(),
    rater_variability: RaterVariability.optional(),
    blinding: Blinding.optional(),
    time_interval: text('Time between index imaging and reference standard (concept: time_interval).').optional(),
  })
  .describe('Reference standard and annotation (concepts: reference_standard, annotators, ...).');

const Initialization = z
  .strictObject({
    pretrained: bool('Whether weights were initialised from a pretrained model (transfer learning).'),
    source: text('Source of the pretrained weights (e.g. "ImageNet", "RadImageNet").').optional(),
    description: text('Details of initialisation.').optional(),
  })
  .describe('Parameter initialisation (concept: initialization); `pretrained` is required when this group is given.');

const Ensembling = z
  .strictObject({
    used: bool('Whether several models were ensembled.'),
    description: text('How the ensemble was formed.').optional(),
  })
  .describe('Ensembling (concept: ensembling); `used` is required when this group is given.');

const Model = z
  .strictObject({
    families: choices(MODEL_FAMILIES, 'Method family (concept: model_description).').optional(),
    tasks: choices(MODEL_TASKS, 'What the model does (concept: model_description).').optional(),
    architectures: texts('Named architectures of the final model (e.g. ["U-Net", "ResNet-50"]).', 'an architecture').optional(),
    backbone: text('Backbone/encoder network, if any (e.g. "ResNet-50").').optional(),
    dimensionality: choice(MODEL_DIMENSIONS, 'Input dimensionality.').optional(),
    inputs: text('Model inputs (e.g. "sagittal T2-weighted slices, 384×384 px").').optional(),
    outputs: text('Model outputs (e.g. "probability of each of four stenosis grades per level").').optional(),
    parameters_millions: z.number().min(0).describe('Number of trainable parameters, in millions.').optional(),
    description: text('Free-text description of the model: layers, pipeline stages, inputs and outputs.').optional(),
    output_threshold: text('How outputs were turned into decisions: cut-offs, risk groups (concept: model_output_thresholds).').optional(),
    initialization: Initialization.optional(),
    ensembling: Ensembling.optional(),
    selection: text('How the final model was selected (e.g. "checkpoint with the best validation kappa") (concept: model_selection).').optional(),
    architectures_compared: positive('Number of different architectures compared.').optional(),
    pipelines_compared: positive('Number of different pipelines (pre-/post-processing + model combinations) compared.').optional(),
    other_methods_compared: texts(
      'Other methods the model was compared with: other machine-learning methods, baselines, clinicians (concept: benchmark_comparison).',
      'a method',
    ).optional(),
  })
  .describe('The model / index test (concept: model_description and related).');

const Training = z
  .strictObject({
    optimizer: text('Optimiser (e.g. "AdamW").').optional(),
    learning_rate: z.number().positive().describe('Initial learning rate.').optional(),
    learning_rate_schedule: text('Learning-rate schedule (e.g. "cosine annealing").').optional(),
    epochs: positive('Number of training epochs (maximum if early stopping).').optional(),
    batch_size: positive('Batch size.').optional(),
    loss: text('Loss function (e.g. "class-weighted cross-entropy").').optional(),
    augmentation: texts('Data augmentations (e.g. ["random rotation ±10°", "intensity scaling"]).', 'one augmentation').optional(),
    regularization: texts('Regularisation (e.g. ["weight decay 1e-4", "dropout 0.3"]).', 'one technique').optional(),
    early_stopping: text('Early-stopping rule (e.g. "patience 10 epochs on validation loss").').optional(),
    hyperparameter_tuning: text('How hyperparameters were chosen or tuned, and on which data.').optional(),
    hardware: text('Hardware used for training (e.g. "1 × NVIDIA A100 40 GB").').optional(),
    training_time_hours: z.number().min(0).describe('Training time in hours.').optional(),
    description: text('Free-text description of the training procedure.').optional(),
  })
  .describe('How the model was trained (concept: training_details).');

const Software = z
  .strictObject({
    name: text('Software, library or framework (e.g. "PyTorch").'),
    version: text('Version (quote it: "2.1").').optional(),
    purpose: text('What it was used for.').optional(),
  })
  .describe('One piece of software.');

const Proportions = z
  .strictObject({
    train: percent('Training share in percent (0-100).').optional(),
    validation: percent('Validation (tuning) share in percent (0-100).').optional(),
    test: percent('Test share in percent (0-100).').optional(),
  })
  .describe('Partition shares in percent (70/10/20 → train: 70, validation: 10, test: 20).');

const Split = z
  .strictObject({
    train: count('Training set size, in `unit`.').optional(),
    validation: count('Validation (tuning) set size, in `unit`.').optional(),
    test: count('Internal test set size, in `unit`.').optional(),
    unit: choice(SPLIT_UNITS, 'Unit of the counts (default patients).').optional(),
    proportions: Proportions.optional(),
    folds: z.number().int().min(2).describe('Number of cross-validation folds, if cross-validation was used.').optional(),
    repeats: positive('Repeats of cross-validation.').optional(),
    level: choice(
      SPLIT_LEVELS,
      'Level at which data were assigned to partitions; `patient` keeps all data of a patient in one partition (concept: partition_disjointness).',
    ).optional(),
    disjoint: bool('Whether the partitions share no patients/subjects (concept: partition_disjointness); false = they overlap.').optional(),
    method: choice(SPLIT_METHODS, 'How data were assigned to partitions.').optional(),
    description: text('Free-text description of the split.').optional(),
  })
  .describe('Assignment of data to training/validation/test partitions or folds (concepts: data_partitioning, partition_disjointness; a split without counts, proportions or folds counts as partial).');

const ExternalValidation = z
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

const Evaluation = z
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

const Discussion = z
  .strictObject({
    limitations: texts('The study\'s own limitations, one per entry (concept: limitations).', 'one limitation').optional(),
    interpretation: text('Overall interpretation of the results (concept: interpretation).').optional(),
    implications: text('Implications for practice (concept: implications).').optional(),
    future_research: text('Next steps / future research (concept: future_research).').optional(),
  })
  .describe('Discussion: limitations, interpretation, implications.');

const Availability = (what: string, concept: string) =>
  z
    .strictObject({
      availability: choice(
        CODE_AVAILABILITY,
        `Whether the ${what} can be obtained (required in this group): public (link or repository), on_request (ask the authors), not_available.`,
      ),
      urls: urls(`Where the ${what} can be obtained.`).optional(),
      contact: text(`Whom to ask (for on_request).`).optional(),
      license: text('Licence (e.g. "MIT", "CC BY 4.0").').optional(),
      statement: text('The availability statement as written.').optional(),
    })
    .describe(`Availability of the ${what} (concept: ${concept}).`);

const Registration = z
  .strictObject({
    registered: bool('Whether the study was registered (required in this group); false states it was not.'),
    registry: text('Registry name (e.g. "ClinicalTrials.gov", "DRKS").').optional(),
    id: text('Registration number (e.g. "NCT01234567").').optional(),
    url: url('Link to the registration.').optional(),
  })
  .describe('Study registration (concept: registration).');

const Protocol = z
  .strictObject({
    available: bool('Whether a study protocol can be accessed.'),
    url: url('Where the protocol can be accessed.').optional(),
    description: text('Where/how the protocol can be accessed.').optional(),
  })
  .describe('Protocol access (concept: protocol); `available` is required when this group is given.');

const Ethics = z
  .strictObject({
    approval: choice(ETHICS_APPROVAL, 'Ethics committee / IRB decision.').optional(),
    committee: text('Name of the ethics committee / IRB.').optional(),
    reference: text('Approval number.').optional(),
    consent: choice(CONSENT, 'Informed consent.').optional(),
    description: text('The ethics statement as written.').optional(),
  })
  .describe('Ethics approval and consent (concept: ethics).');

const Funding = z
  .strictObject({
    funded: bool('Whether the study received funding (required in this group); false states that it received none.'),
    sources: texts('Funders.', 'a funder').optional(),
    grants: texts('Grant numbers.', 'a grant number').optional(),
    role_of_funder: text('Role of the funder in the study.').optional(),
  })
  .describe('Funding (concept: funding).');

const Conflicts = z
  .strictObject({
    present: bool('Whether any author declared competing interests (required in this group); false = "no competing interests".'),
    statement: text('The competing-interests statement as written.').optional(),
  })
  .describe('Conflicts / competing interests (concept: conflicts_of_interest).');

// ---------------------------------------------------------------------------------------------------------
// the description

export const StudyDescription = z
  .strictObject({
    $schema: text('Path or URL of this JSON Schema, for editors (ignored by reportlint).').optional(),
    schema_version: z.literal(STUDY_SCHEMA_VERSION).describe('Version of the study-description format (1).').optional(),
    title: z.string().min(1).describe('Title of the study or manuscript (required; concept: title_id).'),
    doi: text('DOI of the publication, if published (e.g. "10.1000/xyz123").').optional(),
    journal: text('Journal or venue, if published.').optional(),
    year: z.number().int().min(1900).max(2100).describe('Publication year (or year of submission).').optional(),
    reporting_guidelines: texts(
      'Reporting guidelines the authors followed, as checklist ids (claim-2024, tripod-ai-2024, stard-2015, stard-ai-2025, ...) or names.',
      'a checklist id or name',
    ).optional(),
    authors: Authors.optional(),
    abstract: Abstract.optional(),
    study: Study,
    application: Application.optional(),
    imaging: Imaging.optional(),
    participants: Participants.optional(),
    sample: Sample.optional(),
    data: Data.optional(),
    reference_standard: ReferenceStandard.optional(),
    model: Model.optional(),
    training: Training.optional(),
    software: z.array(Software).describe('Software, libraries and frameworks with versions (concept: software).').optional(),
    split: Split.optional(),
    external_validation: ExternalValidation.optional(),
    evaluation: Evaluation.optional(),
    discussion: Discussion.optional(),
    code: Availability('code', 'code_availability').optional(),
    trained_model: Availability('trained model (weights)', 'code_availability').optional(),
    registration: Registration.optional(),
    protocol: Protocol.optional(),
    ethics: Ethics.optional(),
    funding: Funding.optional(),
    conflicts_of_interest: Conflicts.optional(),
  })
  .describe(
    'reportlint structured study description. Required: title and study.type; everything else is optional. Unknown keys are errors.',
  );

export type StudyDescription = z.infer<typeof StudyDescription>;

/** The top-level keys of a study description, in schema order. */
export const STUDY_TOP_LEVEL_KEYS: readonly string[] = Object.keys(StudyDescription.shape);

let cachedJsonSchema: Record<string, unknown> | undefined;

/** The JSON Schema (draft 2020-12) of a study description, for `reportlint schema study > study.schema.json`. */
export function studyJsonSchema(): Record<string, unknown> {
  if (!cachedJsonSchema) {
    const js = z.toJSONSchema(StudyDescription, { target: 'draft-2020-12' }) as Record<string, unknown>;
    cachedJsonSchema = {
      $schema: js.$schema,
      title: 'reportlint study description',
      ...js,
    };
  }
  return structuredClone(cachedJsonSchema);
}
