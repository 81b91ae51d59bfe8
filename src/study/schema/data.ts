/**
 * Study-description schema, imaging and data: image acquisition, data sources, subset selection,
 * preprocessing, de-identification, missing data, class balance and data availability.
 */
import { z } from 'zod';
import { choice, choices, count, text, texts, url, urls } from './field-types.js';
import {
  MODALITIES,
  IMAGING_PLANES,
  DATA_ORIGINS,
  SOURCE_TYPES,
  SOURCE_ROLES,
  MISSING_DATA_HANDLING,
  IMBALANCE_HANDLING,
  DATA_AVAILABILITY,
} from './vocabularies.js';

export const Imaging = z
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

export const Data = z
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
