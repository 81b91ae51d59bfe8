/**
 * Study description → findings for the study and its data: title and abstract, design and objectives, data
 * source, participants, data handling and imaging, reference standard, and sample size.
 */
import { type AddOptions, filledStrings, type FindingBuilder, isFilled, uniq } from './finding-builder.js';

const AI_IN_TITLE =
  /\b(deep[- ]learning|machine[- ]learning|artificial intelligence|AI|neural networks?|convolutional|CNNs?|transformers?|U-?Net|radiomics|algorithms?|(prediction|predictive|prognostic) models?|diagnostic (accuracy|performance)|automated|automatic|computer[- ]aided)\b/i;
const ABSTRACT_HEADING =
  /(^|\n|\.\s)\s*(background|purpose|objectives?|aims?|introduction|methods?|materials and methods|results?|findings|conclusions?|interpretation)\s*:/gi;

export function titleAndAbstract(b: FindingBuilder): void {
  const title = b.desc.title;
  if (isFilled(title)) {
    if (AI_IN_TITLE.test(title)) b.add('title_id', 'reported', { paths: [['title']] });
    else
      b.add('title_id', 'partial', {
        paths: [['title']],
        reason: 'The title does not name the AI method or the study type (deep learning, prediction model, diagnostic accuracy...).',
      });
  }
  const a = b.desc.abstract;
  if (!a || !isFilled(a)) return;
  const headings = filledStrings(a.headings);
  const labelled = a.text ? (a.text.match(ABSTRACT_HEADING) ?? []).length : 0;
  if (a.structured === true || headings.length >= 2 || labelled >= 2) b.add('abstract', 'reported', { paths: [['abstract']] });
  else if (a.structured === false)
    b.add('abstract', 'missing', {
      paths: [['abstract', 'structured']],
      reason: 'The abstract is not structured; a single unstructured paragraph does not satisfy the item.',
    });
  else
    b.add('abstract', 'partial', {
      paths: [['abstract']],
      reason: 'An abstract is given but not said to be structured (set abstract.structured or abstract.headings).',
    });
}

export function design(b: FindingBuilder): void {
  const s = b.desc.study;
  b.simple('objectives', [['study', 'objectives'], ['study', 'hypothesis']]);
  if (isFilled(s.data_collection)) b.add('design_prospective_retrospective', 'reported', { value: s.data_collection, paths: [['study', 'data_collection']] });
  else if (s.design === 'randomised_trial' || s.design === 'non_randomised_trial')
    b.add('design_prospective_retrospective', 'reported', {
      value: 'prospective',
      paths: [['study', 'design']],
      reason: 'A trial design implies prospective data collection.',
    });
  b.simple('study_goal', [['study', 'goal']], { value: s.goal });
  if (b.filled(['study', 'background']) || b.filled(['study', 'intended_use']))
    b.add('background', 'reported', { paths: [['study', 'background'], ['study', 'intended_use'], ['application', 'purposes']] });
  else if (b.filled(['application', 'purposes']) || b.filled(['application', 'condition']))
    b.add('background', 'partial', {
      paths: [['application', 'purposes'], ['application', 'condition']],
      reason: 'Only the clinical application is given; add study.background or study.intended_use.',
    });
  b.simple('usability_end_user', [['study', 'intended_users']]);
}

export function dataSource(b: FindingBuilder): void {
  const d = b.desc.data;
  if (!d || !(isFilled(d.origin) || isFilled(d.sources))) return;
  const sources = (d.sources ?? []).filter((s) => isFilled(s.name));
  const institutions = uniq(sources.filter((s) => s.type === undefined || s.type === 'institution').map((s) => s.name));
  const datasets = uniq(sources.filter((s) => s.type !== undefined && s.type !== 'institution').map((s) => s.name));
  let value: string;
  let reason: string | undefined;
  if (d.origin && d.origin !== 'synthetic') value = d.origin;
  else if (d.origin === 'synthetic') {
    value = 'unclear';
    reason = 'Synthetic data has no value in the data_source vocabulary; recorded as unclear (details.synthetic).';
  } else {
    // a source without a type is taken to be an institution
    const kinds = new Set<string>();
    const inst = sources.filter((s) => s.type === undefined || s.type === 'institution');
    if (inst.length === 1) kinds.add('single_center');
    if (inst.length > 1) kinds.add('multi_center');
    for (const s of sources) {
      if (s.type === 'public_dataset') kinds.add('public_dataset');
      else if (s.type === 'registry' || s.type === 'cohort' || s.type === 'trial') kinds.add('registry_or_cohort');
    }
    value = kinds.size === 1 ? [...kinds][0]! : kinds.size > 1 ? 'mixed' : 'unclear';
  }
  const details: Record<string, unknown> = {};
  if (institutions.length) details.institutions = institutions;
  if (datasets.length) details.datasets = datasets;
  if (d.origin === 'synthetic' || sources.some((s) => s.type === 'synthetic')) details.synthetic = true;
  const o: AddOptions = { value, details, paths: [['data', 'origin'], ['data', 'sources']] };
  if (reason) o.reason = reason;
  b.add('data_source', 'reported', o);
}

export function participants(b: FindingBuilder): void {
  b.simple('eligibility', [['participants', 'eligibility']]);
  b.simple('recruitment_sampling', [['participants', 'recruitment']], { value: b.desc.participants?.recruitment });
  b.simple('dates_setting', [['participants', 'setting'], ['participants', 'countries'], ['participants', 'period']]);

  const flow = b.desc.participants?.flow;
  if (flow && isFilled(flow)) {
    const stages = (['screened', 'eligible', 'excluded', 'included', 'analysed'] as const).filter((k) => flow[k] !== undefined);
    const reasonCounts = (flow.exclusion_reasons ?? []).some((r) => r.count !== undefined);
    const n = stages.length + (reasonCounts && !stages.includes('excluded') ? 1 : 0);
    if (n >= 2) b.add('participant_flow', 'reported', { paths: [['participants', 'flow']] });
    else
      b.add('participant_flow', 'partial', {
        paths: [['participants', 'flow']],
        reason: 'A flow needs counts at two or more selection stages (e.g. screened and included).',
      });
  }
  b.simple('baseline_characteristics', [['participants', 'characteristics']]);
}

export function dataHandling(b: FindingBuilder): void {
  b.simple('data_subsets', [['data', 'subset_selection']]);
  b.simple('preprocessing', [['data', 'preprocessing']]);
  b.simple('deidentification', [['data', 'deidentification']]);
  b.simple('missing_data', [['data', 'missing_data']], { value: b.desc.data?.missing_data?.handling });
  b.simple('class_imbalance', [['data', 'class_balance']], { value: b.desc.data?.class_balance?.handling });

  const im = b.desc.imaging;
  if (im && isFilled(im)) {
    const detail = (['mri_sequences', 'field_strength_tesla', 'slice_thickness_mm', 'scanners', 'protocol'] as const).some((k) =>
      isFilled(im[k]),
    );
    const value = im.modalities && im.modalities.length ? im.modalities.join(',') : undefined;
    const o: AddOptions = { paths: [['imaging']] };
    if (value) o.value = value;
    if (detail) b.add('acquisition', 'reported', o);
    else b.add('acquisition', 'partial', { ...o, reason: 'Only the modality is given; add sequences, scanners or the protocol.' });
  }
}

export function referenceStandard(b: FindingBuilder): void {
  const r = b.desc.reference_standard;
  if (!r) return;
  b.simple('reference_standard', [['reference_standard', 'definition'], ['reference_standard', 'method']], { value: r.method });
  b.simple('reference_standard_rationale', [['reference_standard', 'rationale']]);
  const a = r.annotators;
  if (a && isFilled(a)) {
    const details: Record<string, unknown> = {};
    if (a.number !== undefined) details.number = a.number;
    if (filledStrings(a.expertise).length) details.expertise = filledStrings(a.expertise);
    if (a.years_experience?.length) details.years_experience = a.years_experience;
    b.add('annotators', 'reported', { details, paths: [['reference_standard', 'annotators']] });
  }
  b.simple('annotation_tools', [['reference_standard', 'annotation_tool']]);
  b.simple('test_set_annotation', [['reference_standard', 'test_set_annotation']]);
  b.simple('rater_variability', [['reference_standard', 'rater_variability']]);
  b.flagged('blinding', ['reference_standard', 'blinding'], 'blinded', ['blinded', 'not_blinded']);
  b.simple('time_interval', [['reference_standard', 'time_interval']]);
}

export function sample(b: FindingBuilder): void {
  const s = b.desc.sample;
  if (!s) return;
  b.simple('sample_size', [['sample', 'size_method'], ['sample', 'size_rationale']], { value: s.size_method });
  const withEvents = (['subjects', 'images'] as const).filter((k) => s[k]?.total !== undefined && s[k]?.diseased !== undefined);
  if (withEvents.length) {
    const details: Record<string, unknown> = {};
    for (const k of withEvents) details[k] = { ...s[k] };
    b.add('events_per_analysis', 'reported', { details, paths: withEvents.map((k) => ['sample', k]) });
  }
}
