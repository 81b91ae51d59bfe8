/**
 * Study design facts that make items inapplicable. Some concepts take something for granted (their meta's
 * `presupposes`): training details presuppose that the study trains a model; harms of the index test presuppose
 * that it was performed on participants for the study. When the manuscript shows the presupposition is false,
 * the concepts that rest on it are not applicable, with the reason and the sentence that shows it, instead of
 * being flagged as missing. Checklist items can declare presuppositions of their own (`presupposes` in the
 * checklist file): diagnostic performance estimates presuppose a class decision even though they share the
 * performance concept with other items. Only positive evidence counts: silence never makes an item inapplicable.
 */
import { CONCEPTS } from '../concepts/index.js';
import type { Evidence, Finding, Presupposition } from '../concepts/types.js';
import type { Applicability } from '../checklists/types.js';
import { formatPosition, type Manuscript } from '../manuscript/model.js';

const where = (e: Evidence | undefined) => (e ? ` (${formatPosition(e) || e.section}: "${e.text.length > 80 ? `${e.text.slice(0, 79)}…` : e.text}")` : '');

const has = (findings: ReadonlyMap<string, Finding>, c: string) => (findings.get(c)?.status ?? 'missing') !== 'missing';

/** Why each presupposition is false for this manuscript (absent: it holds, or nothing shows otherwise). */
function unmetPresuppositions(findings: ReadonlyMap<string, Finding>, ms?: Manuscript): Map<Presupposition, string> {
  const out = new Map<Presupposition, string>();
  const existing = findings.get('existing_model_evaluated');
  // an existing model evaluated, and no training of the study's own described anywhere
  if (existing && existing.status !== 'missing' && !has(findings, 'training_details') && !has(findings, 'initialization')) {
    const shown = existing.evidence.find((e) => e.rule === 'existing/no-training') ?? existing.evidence.find((e) => e.section !== 'Title') ?? existing.evidence[0];
    out.set('model_training', `the study evaluates an existing model and describes no training of its own${where(shown)}`);
  }
  const design = findings.get('design_prospective_retrospective');
  if (design && design.status !== 'missing' && design.value === 'retrospective') {
    out.set('prospective_testing', `the study is retrospective: no test was performed on participants for it${where(design.evidence[0])}`);
  }
  const fitted = fittedFromScratch(findings);
  if (fitted) out.set('network_training', fitted);
  const seg = ms ? segmentationOnly(findings, ms) : undefined;
  if (seg) out.set('class_output', seg);
  return out;
}

/** Model families fitted from their data alone: no weights to initialise, no pretraining, no transfer learning. */
const FITTED_FROM_SCRATCH = new Set([
  'logistic regression',
  'linear regression',
  'Poisson regression',
  'Cox regression',
  'penalised regression',
  'naive Bayes',
  'k-nearest neighbours',
  'decision tree',
  'random forest',
  'gradient boosting',
  'support vector machine',
  'discriminant analysis',
  'mixed/generalised linear model',
  'nearest shrunken centroids',
]);

/**
 * Every model the manuscript describes is a regression, a tree ensemble or another model fitted from scratch (no
 * network, no named architecture): parameter initialisation and pretraining do not arise.
 */
function fittedFromScratch(findings: ReadonlyMap<string, Finding>): string | undefined {
  const model = findings.get('model_description');
  if (!model || model.status === 'missing') return undefined;
  const families = (model.details?.families as string[] | undefined) ?? [];
  const architectures = (model.details?.architectures as string[] | undefined) ?? [];
  if (!families.length || architectures.length || !families.every((f) => FITTED_FROM_SCRATCH.has(f))) return undefined;
  const shown = model.evidence.find((e) => e.rule === 'model/family') ?? model.evidence[0];
  return `the models are fitted from scratch (${families.join(', ')}): there are no network weights to initialise or pretrain${where(shown)}`;
}

/** overlap and distance measures of a segmentation */
const SEGMENTATION_METRICS = new Set(['Dice', 'Jaccard/IoU', 'surface distance']);
/** measures of a class decision (accuracy, precision, recall and F1 are also computed per voxel: not counted) */
const CLASS_METRICS = new Set(['AUC', 'AUPRC', 'C-index', 'sensitivity', 'specificity', 'PPV', 'NPV', 'likelihood ratio', 'diagnostic odds ratio', 'TPR/FPR', 'confusion matrix', 'calibration', 'Brier score', 'net benefit/NRI', 'MCC']);
const SEG_METRIC_TEXT = /\bDice\b|\bDSC\b|\bJaccard\b|\bIoU\b|\bintersection over union\b|\bHausdorff\b|\bsurface distances?\b/i;

/**
 * A segmentation study: the title or abstract says the task is segmentation, the model is measured by overlap or
 * surface distance, and no measure of a class decision (sensitivity, AUC, predictive values, ...) appears.
 * Diagnostic performance estimates and explanations of a decision do not arise.
 */
function segmentationOnly(findings: ReadonlyMap<string, Finding>, ms: Manuscript): string | undefined {
  const perf = findings.get('performance_metrics');
  if (!perf || perf.status === 'missing') return undefined;
  const metrics = (perf.details?.metrics as string[] | undefined) ?? [];
  const seg = metrics.filter((m) => SEGMENTATION_METRICS.has(m));
  if (!seg.length || metrics.some((m) => CLASS_METRICS.has(m))) return undefined;
  // the title, the abstract, or the section where the abstract's labelled parts were found (front matter)
  const abstractAt = new Set((findings.get('abstract')?.evidence ?? []).map((e) => e.section));
  const inAbstract = (s: Manuscript['sentences'][number]) => s.section.kind === 'title' || s.section.kind === 'abstract' || abstractAt.has(s.section.path.join(' > ') || s.section.kind);
  if (!ms.sentences.some((s) => inAbstract(s) && /\bsegment/i.test(s.text))) return undefined;
  const shown = perf.evidence.find((e) => SEG_METRIC_TEXT.test(e.text)) ?? perf.evidence[0];
  return `the study measures segmentations (${seg.join(', ')}) and no class decision: no diagnostic estimate or explanation of a decision arises${where(shown)}`;
}

/**
 * The design facts of one manuscript, computed once: concepts that are not applicable (with the reason) and the
 * study's roles for TRIPOD-style items (an existing model evaluated → evaluation only).
 */
export function designFacts(
  findings: ReadonlyMap<string, Finding>,
  ms?: Manuscript,
): { inapplicable: Map<string, string>; unmet: Map<Presupposition, string>; studyRoles?: Applicability[] } {
  const unmet = unmetPresuppositions(findings, ms);
  const inapplicable = new Map<string, string>();
  for (const c of unmet.size ? CONCEPTS : []) {
    const p = c.meta.presupposes;
    const list = p === undefined ? [] : Array.isArray(p) ? p : [p];
    const why = list.map((x) => unmet.get(x)).find((x) => x !== undefined);
    // a concept the manuscript does report stays applicable whatever the design says
    if (why && !has(findings, c.id)) inapplicable.set(c.id, why);
  }
  return { inapplicable, unmet, ...(unmet.has('model_training') ? { studyRoles: ['evaluation'] as Applicability[] } : {}) };
}
