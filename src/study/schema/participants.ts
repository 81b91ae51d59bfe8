/**
 * Study-description schema, participants and sample: eligibility, recruitment, setting and period, participant
 * flow, baseline characteristics, and the numbers of subjects and images with the sample-size rationale.
 */
import { z } from 'zod';
import { bool, choice, count, date, percent, text, texts } from './field-types.js';
import { RECRUITMENT } from './vocabularies.js';

const Eligibility = z
  .strictObject({
    inclusion: texts('Inclusion criteria, one per entry.', 'one criterion').optional(),
    exclusion: texts('Exclusion criteria, one per entry.', 'one criterion').optional(),
  })
  .describe('Inclusion and exclusion criteria for participants, cases or images (concept: eligibility).');

export const Period = z
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

export const Participants = z
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

export const Sample = z
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
