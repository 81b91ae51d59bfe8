/**
 * Study description → Findings, one per concept the description covers. A filled field group gives
 * `reported`; an explicit "not done / not available" gives `reported` with `notDone: true`; a group that is
 * filled but incomplete in the sense of concepts.md gives `partial`; an absent group gives no finding (the
 * engine treats the concept as missing). Values and details use the same vocabulary and shapes as the
 * manuscript detectors, so that a description and a manuscript of the same study can be compared.
 *
 * Strings that are empty or start with TODO/TBD/FIXME (template placeholders) count as not filled in.
 */
import type { Evidence, Finding, FindingStatus } from '../concepts/types.js';
import { formatPath, type StudyPositions } from './parse.js';
import type { StudyDescription } from './schema.js';

export const STUDY_RULE = 'study-description';

type Path = (string | number)[];

const PLACEHOLDER = /^\s*(TODO|TBD|FIXME)\b/i;

/** Whether a value counts as filled in (not empty, not a template placeholder). */
export function isFilled(v: unknown): boolean {
  if (v === undefined || v === null) return false;
  if (typeof v === 'string') return v.trim() !== '' && !PLACEHOLDER.test(v);
  if (Array.isArray(v)) return v.some(isFilled);
  if (typeof v === 'object') return Object.values(v as Record<string, unknown>).some(isFilled);
  return true;
}

function get(root: unknown, path: Path): unknown {
  let cur = root;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[seg];
  }
  return cur;
}

function isScalar(v: unknown): v is string | number | boolean {
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
}

function fmt(v: unknown): string {
  if (Array.isArray(v)) return v.filter(isFilled).map(fmt).join('; ');
  const s = String(v);
  return s.length > 240 ? `${s.slice(0, 237)}...` : s;
}

function uniq(xs: string[]): string[] {
  return [...new Set(xs)];
}

function filledStrings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && isFilled(x)) : [];
}

interface AddOptions {
  value?: string;
  details?: Record<string, unknown>;
  notDone?: boolean;
  reason?: string;
  /** paths whose filled leaves become evidence */
  paths: Path[];
  /** evidence built by hand (metrics) */
  evidence?: Evidence[];
}

class FindingBuilder {
  readonly findings: Finding[] = [];
  private readonly seen = new Set<string>();

  constructor(
    readonly desc: StudyDescription,
    private readonly positions: StudyPositions,
    private readonly file: string,
  ) {}

  get(path: Path): unknown {
    return get(this.desc, path);
  }

  filled(path: Path): boolean {
    return isFilled(this.get(path));
  }

  evidence(path: Path, text?: string): Evidence {
    const key = formatPath(path);
    const pos = this.positions[key];
    const e: Evidence = { text: text ?? `${key}: ${fmt(this.get(path))}`, section: key, rule: STUDY_RULE, file: this.file };
    if (pos) {
      e.line = pos.line;
      e.column = pos.column;
    }
    return e;
  }

  /** Evidence for every filled scalar (or list of scalars) under `path`. */
  leaves(path: Path, out: Evidence[] = []): Evidence[] {
    const v = this.get(path);
    if (!isFilled(v)) return out;
    if (isScalar(v) || (Array.isArray(v) && v.every(isScalar))) out.push(this.evidence(path));
    else if (Array.isArray(v)) v.forEach((_, i) => this.leaves([...path, i], out));
    else if (typeof v === 'object' && v) for (const k of Object.keys(v)) this.leaves([...path, k], out);
    return out;
  }

  add(concept: string, status: FindingStatus, o: AddOptions): void {
    if (this.seen.has(concept)) return;
    this.seen.add(concept);
    const evidence = [...(o.evidence ?? [])];
    for (const p of o.paths) this.leaves(p, evidence);
    if (o.notDone) for (const e of evidence) e.notDone = true;
    const f: Finding = {
      concept,
      status,
      evidence: evidence.slice(0, 12),
      confidence: 1,
      rule: STUDY_RULE,
    };
    if (o.value !== undefined) f.value = o.value;
    if (o.details && Object.keys(o.details).length > 0) f.details = o.details;
    if (o.notDone) f.notDone = true;
    if (o.reason) f.reason = o.reason;
    else {
      const fields = uniq(evidence.map((e) => e.section.replace(/\[\d+\].*$/, '')));
      const shown = fields.slice(0, 4).join(', ') + (fields.length > 4 ? `, +${fields.length - 4} more` : '');
      f.reason = `Stated in the study description (${shown}).`;
    }
    this.findings.push(f);
  }

  /** Report `concept` when any of `paths` is filled. */
  simple(concept: string, paths: Path[], o: Omit<AddOptions, 'paths'> = {}): void {
    if (paths.some((p) => this.filled(p))) this.add(concept, 'reported', { ...o, paths });
  }

  /** A group with a boolean `flag` (performed/registered/...): true → reported, false → reported + notDone. */
  flagged(concept: string, path: Path, flag: string, words: [string, string], partialIfBare?: string): void {
    const group = this.get(path) as Record<string, unknown> | undefined;
    if (!group || typeof group[flag] !== 'boolean') {
      if (isFilled(group)) this.add(concept, 'partial', { paths: [path], reason: `${formatPath(path)}.${flag} is not given.` });
      return;
    }
    if (group[flag]) {
      const others = Object.keys(group).filter((k) => k !== flag && isFilled(group[k]));
      if (partialIfBare && others.length === 0)
        this.add(concept, 'partial', { value: words[0], paths: [path], reason: partialIfBare });
      else this.add(concept, 'reported', { value: words[0], paths: [path] });
    } else {
      this.add(concept, 'reported', {
        value: words[1],
        notDone: true,
        paths: [path],
        reason: `The study description states that this was not done (${formatPath([...path, flag])}: false).`,
      });
    }
  }
}

// ---------------------------------------------------------------------------------------------------------

const AI_IN_TITLE =
  /\b(deep[- ]learning|machine[- ]learning|artificial intelligence|AI|neural networks?|convolutional|CNNs?|transformers?|U-?Net|radiomics|algorithms?|(prediction|predictive|prognostic) models?|diagnostic (accuracy|performance)|automated|automatic|computer[- ]aided)\b/i;
const ABSTRACT_HEADING =
  /(^|\n|\.\s)\s*(background|purpose|objectives?|aims?|introduction|methods?|materials and methods|results?|findings|conclusions?|interpretation)\s*:/gi;

function titleAndAbstract(b: FindingBuilder): void {
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

function design(b: FindingBuilder): void {
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

function dataSource(b: FindingBuilder): void {
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

function participants(b: FindingBuilder): void {
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

function dataHandling(b: FindingBuilder): void {
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

function referenceStandard(b: FindingBuilder): void {
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

function sample(b: FindingBuilder): void {
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

function split(b: FindingBuilder): void {
  const s = b.desc.split;
  if (!s || !isFilled(s)) return;
  const counts = s.train !== undefined || s.validation !== undefined || s.test !== undefined;
  const props = s.proportions && isFilled(s.proportions);
  const details: Record<string, unknown> = {};
  for (const k of ['train', 'validation', 'test', 'unit'] as const) if (s[k] !== undefined) details[k] = s[k];
  if (props) details.proportions = { ...s.proportions };
  if (s.folds !== undefined) details.folds = s.folds;
  if (s.level !== undefined) details.level = s.level;
  const partitioning = (['train', 'validation', 'test', 'unit', 'proportions', 'folds', 'repeats', 'method', 'description'] as const).map(
    (k): Path => ['split', k],
  );
  if (counts || props) b.add('data_partitioning', 'reported', { value: 'with_numbers', details, paths: partitioning });
  else if (s.folds !== undefined) b.add('data_partitioning', 'reported', { value: 'cross_validation', details, paths: partitioning });
  else
    b.add('data_partitioning', 'partial', {
      value: 'without_numbers',
      details,
      paths: [...partitioning, ['split', 'level']],
      reason: 'The split is described without counts, proportions or folds.',
    });

  if (s.disjoint === false)
    b.add('partition_disjointness', 'reported', {
      value: 'overlapping',
      notDone: true,
      paths: [['split', 'disjoint'], ['split', 'level']],
      reason: 'The study description states that partitions share patients (split.disjoint: false).',
    });
  else if (s.disjoint === true || s.level !== undefined) {
    const o: AddOptions = {
      value: s.level ?? 'disjoint',
      paths: [['split', 'level'], ['split', 'disjoint']],
    };
    if (s.level && s.level !== 'patient' && s.disjoint !== true)
      o.reason = `Split at ${s.level} level; data of one patient may fall into several partitions.`;
    b.add('partition_disjointness', 'reported', o);
  }
}

function model(b: FindingBuilder): void {
  const m = b.desc.model;
  if (!m) return;
  const core = (['families', 'tasks', 'architectures', 'backbone', 'dimensionality', 'inputs', 'outputs', 'parameters_millions', 'description'] as const).map(
    (k): Path => ['model', k],
  );
  if (core.some((p) => b.filled(p))) {
    const details: Record<string, unknown> = {};
    if (m.families?.length) details.families = [...m.families];
    const arch = uniq([...filledStrings(m.architectures), ...(m.backbone && isFilled(m.backbone) ? [m.backbone] : [])]);
    if (arch.length) details.architectures = arch;
    if (m.tasks?.length) details.tasks = [...m.tasks];
    const identified = arch.length > 0 || isFilled(m.description);
    if (identified) b.add('model_description', 'reported', { details, paths: core });
    else
      b.add('model_description', 'partial', {
        details,
        paths: core,
        reason: 'Only the method family or task is given; name the architecture or describe the model.',
      });
  }
  if (m.initialization) b.add('initialization', 'reported', { value: m.initialization.pretrained ? 'pretrained' : 'from_scratch', paths: [['model', 'initialization']] });
  if (m.ensembling) b.add('ensembling', 'reported', { value: m.ensembling.used ? 'used' : 'not_used', paths: [['model', 'ensembling']] });
  b.simple('model_selection', [['model', 'selection']]);
  b.simple('model_output_thresholds', [['model', 'output_threshold']]);
  const compared =
    (m.architectures_compared ?? 0) > 1 || (m.pipelines_compared ?? 0) > 1 || isFilled(m.other_methods_compared);
  if (compared)
    b.add('benchmark_comparison', 'reported', {
      paths: [['model', 'architectures_compared'], ['model', 'pipelines_compared'], ['model', 'other_methods_compared']],
    });
}

function softwareAndTraining(b: FindingBuilder): void {
  const sw = (b.desc.software ?? []).filter((s) => isFilled(s.name));
  if (sw.length) {
    b.add('software', 'reported', {
      details: { software: sw.map((s) => (s.version ? `${s.name} ${s.version}` : s.name)) },
      paths: [],
      evidence: (b.desc.software ?? []).flatMap((s, i) =>
        isFilled(s.name) ? [b.evidence(['software', i], `software[${i}]: ${s.name}${s.version ? ` ${s.version}` : ''}`)] : [],
      ),
    });
  }
  b.simple('training_details', [['training']]);
}

function metricText(m: NonNullable<NonNullable<StudyDescription['evaluation']>['metrics']>[number]): string {
  let s = m.name;
  const unit = m.unit ? (m.unit === '%' ? '%' : ` ${m.unit}`) : '';
  if (m.value !== undefined) s += ` ${m.value}${unit}`;
  if (m.ci_lower !== undefined && m.ci_upper !== undefined) s += ` (${m.ci_level ?? 95}% CI ${m.ci_lower}-${m.ci_upper}${unit})`;
  else if (m.sd !== undefined) s += ` ± ${m.sd}`;
  const where = [m.partition, m.subgroup, m.comparator].filter((x) => x && isFilled(x));
  if (where.length) s += ` [${where.join(', ')}]`;
  return s;
}

function evaluation(b: FindingBuilder): void {
  const e = b.desc.evaluation;
  const metrics = (e?.metrics ?? []).map((m, i) => ({ m, i })).filter(({ m }) => isFilled(m.name));
  if (metrics.length) {
    const ev = (pred: (m: (typeof metrics)[number]['m']) => boolean) =>
      metrics.filter(({ m }) => pred(m)).map(({ m, i }) => b.evidence(['evaluation', 'metrics', i], `evaluation.metrics[${i}]: ${metricText(m)}`));
    b.add('performance_metrics', 'reported', {
      details: { metrics: uniq(metrics.map(({ m }) => m.name)) },
      paths: [],
      evidence: ev(() => true),
    });
    const withValues = ev((m) => m.value !== undefined);
    if (withValues.length)
      b.add('performance_results', 'reported', { paths: [], evidence: withValues });
    const internal = ev((m) => m.partition === 'internal_test' || m.partition === 'cross_validation');
    if (internal.length)
      b.add('internal_validation', 'reported', { paths: [], evidence: internal, reason: 'Metrics on internal test data or cross-validation.' });
  }
  const withCi = metrics.filter(
    ({ m }) => (m.ci_lower !== undefined && m.ci_upper !== undefined) || (m.sd !== undefined && m.partition === 'cross_validation'),
  );
  if (withCi.length || (e?.uncertainty && isFilled(e.uncertainty))) {
    b.add('statistical_uncertainty', 'reported', {
      paths: [['evaluation', 'uncertainty']],
      evidence: withCi.map(({ m, i }) => b.evidence(['evaluation', 'metrics', i], `evaluation.metrics[${i}]: ${metricText(m)}`)),
      reason: 'Confidence intervals or uncertainty methods in the study description.',
    });
  }
  if (e?.confusion_matrix === true) b.add('cross_tabulation', 'reported', { paths: [['evaluation', 'confusion_matrix']] });
  b.flagged('robustness', ['evaluation', 'robustness'], 'performed', ['performed', 'not_performed']);
  b.flagged('fairness', ['evaluation', 'fairness'], 'performed', ['performed', 'not_performed']);
  b.flagged('explainability', ['evaluation', 'explainability'], 'performed', ['performed', 'not_performed']);
  b.flagged('failure_analysis', ['evaluation', 'failure_analysis'], 'performed', ['performed', 'not_performed']);
  b.simple('indeterminate_results', [['evaluation', 'indeterminate_results']]);
}

function externalValidation(b: FindingBuilder): void {
  const x = b.desc.external_validation;
  if (!x) return;
  if (x.performed) {
    const details: Record<string, unknown> = {};
    const sites = filledStrings(x.sites);
    const datasets = filledStrings(x.datasets);
    if (sites.length) details.sites = sites;
    if (datasets.length) details.datasets = datasets;
    if (x.origin?.length) details.origin = [...x.origin];
    b.add('external_validation', 'reported', { value: 'performed', details, paths: [['external_validation']] });
  } else {
    b.add('external_validation', 'reported', {
      value: 'not_performed',
      notDone: true,
      paths: [['external_validation']],
      reason: 'The study description states that no external validation was performed.',
    });
  }
  b.simple('dev_vs_eval_differences', [['external_validation', 'differences']]);
}

function discussion(b: FindingBuilder): void {
  b.simple('limitations', [['discussion', 'limitations']]);
  b.simple('interpretation', [['discussion', 'interpretation']]);
  b.simple('implications', [['discussion', 'implications']]);
  b.simple('future_research', [['discussion', 'future_research']]);
}

const CODE_RANK = { public: 3, on_request: 2, not_available: 1 } as const;

function availability(b: FindingBuilder): void {
  // data
  const d = b.desc.data;
  const dataPaths: Path[] = (['availability', 'urls', 'accessions', 'contact', 'access_conditions', 'statement'] as const).map((k) => ['data', k]);
  if (d && dataPaths.some((p) => b.filled(p))) {
    const urls = filledStrings(d.urls);
    const accessions = filledStrings(d.accessions);
    const details: Record<string, unknown> = {};
    if (urls.length) details.urls = urls;
    if (accessions.length) details.accessions = accessions;
    const value = d.availability ?? (urls.length || accessions.length ? 'public' : undefined);
    const o: AddOptions = { details, paths: dataPaths };
    if (value) o.value = value;
    if (!value) b.add('data_availability', 'partial', { ...o, reason: 'A data statement is given without data.availability.' });
    else if (value === 'not_available')
      b.add('data_availability', 'reported', { ...o, notDone: true, reason: 'The study description states that the data are not available.' });
    else if (value === 'on_request' && !isFilled(d.contact))
      b.add('data_availability', 'partial', { ...o, reason: 'Data "on request" without a contact (data.contact).' });
    else if (value === 'public' && !urls.length && !accessions.length)
      b.add('data_availability', 'partial', { ...o, reason: 'Data said to be public without a URL or accession.' });
    else b.add('data_availability', 'reported', o);
  }

  // code and trained model
  const parts = (['code', 'trained_model'] as const).filter((k) => b.desc[k] !== undefined);
  if (!parts.length) return;
  const best = parts.reduce((a, k) => (CODE_RANK[b.desc[k]!.availability] > CODE_RANK[b.desc[a]!.availability] ? k : a));
  const g = b.desc[best]!;
  const urls = uniq(parts.flatMap((k) => filledStrings(b.desc[k]!.urls)));
  const details: Record<string, unknown> = {};
  if (urls.length) details.urls = urls;
  const o: AddOptions = { value: g.availability, details, paths: parts.map((k) => [k]) };
  if (g.availability === 'not_available')
    b.add('code_availability', 'reported', { ...o, notDone: true, reason: 'The study description states that code/model are not available.' });
  else if (g.availability === 'on_request' && !isFilled(g.contact))
    b.add('code_availability', 'partial', { ...o, reason: `${best} "on request" without a contact (${best}.contact).` });
  else if (g.availability === 'public' && !filledStrings(g.urls).length)
    b.add('code_availability', 'partial', { ...o, reason: `${best} said to be public without a URL (${best}.urls).` });
  else b.add('code_availability', 'reported', o);
}

function declarations(b: FindingBuilder): void {
  b.flagged('registration', ['registration'], 'registered', ['registered', 'not_registered'], 'Registered, but no registry, number or URL is given.');
  b.flagged('protocol', ['protocol'], 'available', ['available', 'not_available']);
  b.simple('ethics', [['ethics']], { value: b.desc.ethics?.approval });
  const f = b.desc.funding;
  if (f) {
    if (!f.funded) b.add('funding', 'reported', { value: 'none', paths: [['funding']] });
    else if (filledStrings(f.sources).length || filledStrings(f.grants).length)
      b.add('funding', 'reported', { value: 'funded', details: { sources: filledStrings(f.sources) }, paths: [['funding']] });
    else b.add('funding', 'partial', { value: 'funded', paths: [['funding']], reason: 'Funded, but the funders are not named (funding.sources).' });
  }
  const c = b.desc.conflicts_of_interest;
  if (c) b.add('conflicts_of_interest', 'reported', { value: c.present ? 'declared' : 'none', paths: [['conflicts_of_interest']] });
}

/**
 * Map a validated study description onto concept findings. `positions` comes from parseStudyDescription;
 * `file` is recorded on every evidence entry.
 */
export function studyToFindings(desc: StudyDescription, positions: StudyPositions, file: string): Finding[] {
  const b = new FindingBuilder(desc, positions, file);
  titleAndAbstract(b);
  design(b);
  dataSource(b);
  participants(b);
  dataHandling(b);
  referenceStandard(b);
  sample(b);
  split(b);
  model(b);
  softwareAndTraining(b);
  evaluation(b);
  externalValidation(b);
  discussion(b);
  availability(b);
  declarations(b);
  return b.findings;
}

/**
 * Which fields feed which concepts (documentation, template ordering and tests). A row's concepts are reported
 * from that field or group; see the functions above for the partial / not-done rules.
 */
export const FIELD_CONCEPTS: ReadonlyArray<readonly [field: string, concepts: readonly string[]]> = [
  ['title', ['title_id']],
  ['abstract', ['abstract']],
  ['study.objectives', ['objectives']],
  ['study.hypothesis', ['objectives']],
  ['study.data_collection', ['design_prospective_retrospective']],
  ['study.design', ['design_prospective_retrospective']],
  ['study.goal', ['study_goal']],
  ['study.background', ['background']],
  ['study.intended_use', ['background']],
  ['study.intended_users', ['usability_end_user']],
  ['application', ['background']],
  ['imaging', ['acquisition']],
  ['participants.eligibility', ['eligibility']],
  ['participants.recruitment', ['recruitment_sampling']],
  ['participants.setting', ['dates_setting']],
  ['participants.countries', ['dates_setting']],
  ['participants.period', ['dates_setting']],
  ['participants.flow', ['participant_flow']],
  ['participants.characteristics', ['baseline_characteristics']],
  ['sample.size_method', ['sample_size']],
  ['sample.size_rationale', ['sample_size']],
  ['sample.subjects', ['events_per_analysis']],
  ['sample.images', ['events_per_analysis']],
  ['data.origin', ['data_source']],
  ['data.sources', ['data_source']],
  ['data.subset_selection', ['data_subsets']],
  ['data.preprocessing', ['preprocessing']],
  ['data.deidentification', ['deidentification']],
  ['data.missing_data', ['missing_data']],
  ['data.class_balance', ['class_imbalance']],
  ['data.availability', ['data_availability']],
  ['data.urls', ['data_availability']],
  ['data.accessions', ['data_availability']],
  ['data.contact', ['data_availability']],
  ['data.access_conditions', ['data_availability']],
  ['data.statement', ['data_availability']],
  ['reference_standard.definition', ['reference_standard']],
  ['reference_standard.method', ['reference_standard']],
  ['reference_standard.rationale', ['reference_standard_rationale']],
  ['reference_standard.annotators', ['annotators']],
  ['reference_standard.annotation_tool', ['annotation_tools']],
  ['reference_standard.test_set_annotation', ['test_set_annotation']],
  ['reference_standard.rater_variability', ['rater_variability']],
  ['reference_standard.blinding', ['blinding']],
  ['reference_standard.time_interval', ['time_interval']],
  ['model.families', ['model_description']],
  ['model.tasks', ['model_description']],
  ['model.architectures', ['model_description']],
  ['model.backbone', ['model_description']],
  ['model.description', ['model_description']],
  ['model.initialization', ['initialization']],
  ['model.ensembling', ['ensembling']],
  ['model.selection', ['model_selection']],
  ['model.output_threshold', ['model_output_thresholds']],
  ['model.architectures_compared', ['benchmark_comparison']],
  ['model.pipelines_compared', ['benchmark_comparison']],
  ['model.other_methods_compared', ['benchmark_comparison']],
  ['training', ['training_details']],
  ['software', ['software']],
  ['split', ['data_partitioning']],
  ['split.level', ['partition_disjointness']],
  ['split.disjoint', ['partition_disjointness']],
  ['external_validation', ['external_validation']],
  ['external_validation.differences', ['dev_vs_eval_differences']],
  ['evaluation.metrics', ['performance_metrics', 'performance_results', 'internal_validation', 'statistical_uncertainty']],
  ['evaluation.uncertainty', ['statistical_uncertainty']],
  ['evaluation.confusion_matrix', ['cross_tabulation']],
  ['evaluation.robustness', ['robustness']],
  ['evaluation.fairness', ['fairness']],
  ['evaluation.explainability', ['explainability']],
  ['evaluation.failure_analysis', ['failure_analysis']],
  ['evaluation.indeterminate_results', ['indeterminate_results']],
  ['discussion.limitations', ['limitations']],
  ['discussion.interpretation', ['interpretation']],
  ['discussion.implications', ['implications']],
  ['discussion.future_research', ['future_research']],
  ['code', ['code_availability']],
  ['trained_model', ['code_availability']],
  ['registration', ['registration']],
  ['protocol', ['protocol']],
  ['ethics', ['ethics']],
  ['funding', ['funding']],
  ['conflicts_of_interest', ['conflicts_of_interest']],
];

/** Concept keys studyToFindings can produce (the 30 scored ones and the other crosswalk keys the schema covers). */
export const STUDY_CONCEPTS: readonly string[] = uniq(FIELD_CONCEPTS.flatMap(([, c]) => [...c]));
