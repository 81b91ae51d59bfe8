/**
 * Study description → findings for model development and evaluation: data split, model, software and training,
 * performance metrics and uncertainty, evaluation analyses, and external validation.
 */
import type { StudyDescription } from '../schema.js';
import { type AddOptions, filledStrings, type FindingBuilder, isFilled, type Path, uniq } from './finding-builder.js';

export function split(b: FindingBuilder): void {
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

export function model(b: FindingBuilder): void {
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

export function softwareAndTraining(b: FindingBuilder): void {
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

export function evaluation(b: FindingBuilder): void {
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

export function externalValidation(b: FindingBuilder): void {
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
