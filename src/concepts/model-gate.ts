/**
 * Spec-level gate for the modelling detectors: a spec runs only over the sentences that may contain a literal of
 * one of its rules (see prefilter.ts for the mechanism). Computed on first use.
 */
import type { Manuscript, Sentence } from '../manuscript/model.js';
import { featuresOf, runSpec, type ConceptSpec } from './framework.js';
import { bloomPasses, literalsFor, mayMatch, sentenceBloom, termBits } from './prefilter.js';
import type { Detector, DetectContext, Finding } from './types.js';

export { requiredLiterals } from './prefilter.js';

export interface GatedSpec {
  spec: ConceptSpec;
  /** the concept only applies where the manuscript builds or evaluates a model, classifier or test */
  needsEvaluation?: boolean;
  /** rules that only count where a model or test is evaluated (the rest of the concept applies everywhere) */
  evaluationRules?: string[];
  /** the spec without `evaluationRules`, built on first use */
  plain?: ConceptSpec;
  /** bit lists of the literals; null = no gate (every sentence is checked); computed on first use */
  gates?: number[][] | null;
  terms?: string[] | null;
}

function computeGate(g: GatedSpec): number[][] | null {
  if (g.gates !== undefined) return g.gates;
  const terms = new Set<string>();
  for (const r of g.spec.rules) {
    const req = literalsFor(r.re);
    if (!req) return (g.gates = null), (g.terms = null), null;
    for (const t of req) terms.add(t);
  }
  const list = [...terms];
  const gates = list.map(termBits);
  if (gates.some((x) => x.length === 0)) return (g.gates = null), (g.terms = null), null;
  g.terms = list;
  g.gates = gates;
  return gates;
}

export function gateOf(spec: ConceptSpec, opts: { needsEvaluation?: boolean; evaluationRules?: string[] } = {}): GatedSpec {
  return {
    spec,
    ...(opts.needsEvaluation ? { needsEvaluation: true } : {}),
    ...(opts.evaluationRules?.length ? { evaluationRules: opts.evaluationRules } : {}),
  };
}

/** The spec to run on this manuscript: without the evaluation-only rules when nothing is evaluated. */
function specFor(g: GatedSpec, ms: Manuscript): ConceptSpec {
  if (!g.evaluationRules || hasEvaluation(ms)) return g.spec;
  const only = g.evaluationRules;
  return (g.plain ??= { ...g.spec, rules: g.spec.rules.filter((r) => !only.includes(r.id)) });
}

/**
 * Is there a model, classifier, score or diagnostic test under evaluation in this manuscript? Partitions, accuracy
 * measures, external validation, failure analysis and explanations only make sense then; in laboratory, trial or
 * association papers the same words mean something else ("diluted tenfold", "specificity of the antibody",
 * "validated in additional cohorts" as a wish). The signal is language that only evaluation work uses: ROC/AUC,
 * sensitivity together with specificity, classifiers and prediction models, training/test/validation sets,
 * cross-validation, segmentation overlap, index tests and reference standards — in a sentence about this study
 * (not an Introduction, not a sentence that only cites other work).
 */
export const EVAL_SIGNAL = new RegExp(
  [
    '\\bAUCs?\\b|\\bAUROC\\b|\\barea under the (?:[\\w-]+ ){0,4}curves?\\b|\\bROC\\b|\\breceiver[- ]operat\\w*',
    '\\bc-?statistics?\\b|\\bc-?index\\b|\\bconcordance (?:index|statistic)',
    '\\bsensitivit(?:y|ies)\\b[^.;]{0,80}\\bspecificit|\\bspecificit(?:y|ies)\\b[^.;]{0,80}\\bsensitivit',
    '\\bclassifiers?\\b|\\bclassification (?:models?|algorithms?|rules?|accuracy|performance)\\b',
    '\\bpredict(?:ion|ive) (?:models?|rules?|scores?|tools?|signatures?|algorithms?|performance|accuracy|values?)\\b',
    '\\brisk (?:scores?|models?|ind(?:ex|ices)|prediction|stratification model)\\b|\\bnomograms?\\b',
    '\\bmachine[- ]learning\\b|\\bdeep[- ]learning\\b|\\bneural networks?\\b|\\brandom forests?\\b|\\bsupport vector\\b|\\bgradient[- ]boost\\w*',
    '\\bindex tests?\\b|\\bdiagnostic (?:accuracy|performance)\\b|\\breference standard\\b|\\bground[- ]truth\\b',
    '\\bcross[- ]?validat\\w*|\\bleave[- ]one[- ](?:\\w+[- ])?out\\b|\\bLOOCV\\b|\\bjack-?knif\\w*|\\bHosmer[- –]Lemeshow\\b',
    '\\b(?:training|derivation|development|discovery) (?:sets?|cohorts?|data ?sets?|datasets?|samples?)\\b',
    '\\b(?<!\\bt[- ])(?:test|validation|hold-?out|held-?out) (?:sets?|cohorts?|data ?sets?|datasets?)\\b',
    '\\b(?:gene|expression|prognostic|predictive|risk|molecular|diagnostic|response|metastasis)[- ]signatures?\\b|\\bbiomarker scores?\\b',
    '\\bDice\\b|\\bJaccard\\b|\\bHausdorff\\b|\\bmean absolute errors?\\b|\\bF1[- ]scores?\\b',
  ].join('|'),
  'i',
);

/** "area under the concentration-time curve" of pharmacokinetics is not a ROC curve */
const PHARMACOKINETIC = /\bconcentration|\bpharmacokinetic|\bC ?max\b|\bplasma (?:levels?|exposure)|\bdrug exposure|\bAUC ?(?:0|\(0|inf|tau|τ|last|24)/i;

const DONE = /\b(?:was|were|we)\b/i;

const evalCache = new WeakMap<Manuscript, boolean>();
/** true when some sentence about this study (outside Introduction and references) carries EVAL_SIGNAL */
export function hasEvaluation(ms: Manuscript): boolean {
  const hit = evalCache.get(ms);
  if (hit !== undefined) return hit;
  const features = featuresOf(ms);
  let found = false;
  for (const s of ms.sentences) {
    const k = s.section.kind;
    if (k === 'introduction' || k === 'references' || k === 'declarations') continue;
    const f = features[s.index]!;
    // Methods and Results cite the methods they use ("leave-one-out cross-validation was used [37]")
    // in the past tense of what was done; a cited expectation ("should give high accuracy [16]") is not
    if (f.otherWork && !f.own && !((k === 'methods' || k === 'results') && DONE.test(s.text))) continue;
    if (f.future || f.hypothetical) continue;
    if (!mayMatch(s, EVAL_SIGNAL)) continue;
    if (EVAL_SIGNAL.test(s.text) && !PHARMACOKINETIC.test(s.text)) {
      found = true;
      break;
    }
  }
  evalCache.set(ms, found);
  return found;
}

function noEvaluation(concept: string): Finding {
  return {
    concept,
    status: 'missing',
    evidence: [],
    confidence: 0.8,
    rule: 'no-evaluation',
    reason: 'the manuscript does not build or evaluate a model, classifier or test',
  };
}

/** The sentences that may contain one of the literals, in document order. */
export function candidates(ms: Manuscript, gates: number[][]): Sentence[] {
  const out: Sentence[] = [];
  for (const s of ms.sentences) if (bloomPasses(sentenceBloom(s), gates)) out.push(s);
  return out;
}

export function gatedDetector(g: GatedSpec): Detector {
  return {
    concepts: [g.spec.concept],
    detect(ctx: DetectContext): Finding[] {
      const ms = ctx.ms;
      if (g.needsEvaluation && !hasEvaluation(ms)) return [noEvaluation(g.spec.concept)];
      const features = featuresOf(ms);
      const gates = computeGate(g);
      const view: Manuscript = gates ? { ...ms, sentences: candidates(ms, gates) } : ms;
      return [runSpec(specFor(g, ms), { ms: view, features })];
    },
  };
}

/** Same detector without the gate (to check that the gate never changes a finding). */
export function ungatedDetector(g: GatedSpec): Detector {
  return {
    concepts: [g.spec.concept],
    detect(ctx: DetectContext): Finding[] {
      if (g.needsEvaluation && !hasEvaluation(ctx.ms)) return [noEvaluation(g.spec.concept)];
      return [runSpec(specFor(g, ctx.ms), { ms: ctx.ms, features: featuresOf(ctx.ms) }, { noPrefilter: true })];
    },
  };
}
