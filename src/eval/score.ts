/**
 * Scores from outcomes: per concept TP/FP/FN/TN, balanced accuracy (mean over concepts with both classes),
 * missing-F1 (the "missing" class pooled over every pair), macro-F1 (the "reported" class), value accuracy, and
 * the uncertain verdicts ("not found — check": counted as missing, and how often the label says reported).
 */
import { citesLabel } from './cite.js';
import type { Outcome } from './collect.js';

export interface ConceptScore {
  concept: string;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
  specificity: number | null;
  valueCorrect: number;
  valueTotal: number;
  /** labelled values whose concept the detector did not find (status missing or no value): part of valueTotal */
  valueMissed: number;
  /** labelled values outside the detector's vocabulary (`meta.values`): part of valueTotal */
  valueUnknown: number;
  /** true positives whose label quotes the paper; how many cite it first, how many cite it at all */
  citeTotal: number;
  citeFirst: number;
  citeAny: number;
}

/** A true positive whose first cited sentence is not the labelled quote (`any`: another cited sentence is). */
export interface CiteMiss {
  document: string;
  concept: string;
  found: string;
  label: string;
  any: boolean;
}

export interface EvalError {
  document: string;
  concept: string;
  kind: 'FP' | 'FN' | 'VALUE';
  expected: string;
  got: string;
  evidence?: string;
  labelEvidence?: string;
}

export interface Scores {
  concepts: ConceptScore[];
  balancedAccuracy: number;
  missingF1: number;
  macroF1: number;
  valueAccuracy: number | null;
  /** the value errors split: concept not found vs found with another value; value accuracy over found concepts */
  values: { total: number; correct: number; missed: number; wrong: number; unknownLabels: number; headline: { correct: number; total: number }; foundAccuracy: number | null };
  /** "not found — check" verdicts: how many, and how many of them the labels call reported */
  uncertain: { count: number; labelledReported: number };
  /**
   * evidence agreement over the true positives with a labelled quote: the first cited sentence overlaps it, any
   * cited sentence does (a lower bound: a paper can state a thing twice)
   */
  citing: { total: number; first: number; any: number };
  citeMisses: CiteMiss[];
  errors: EvalError[];
}

/** The five concepts whose values ../shared/reference/concepts.md defines ("Values for the headline concepts"). */
const HEADLINE_VALUES: ReadonlySet<string> = new Set(['data_source', 'data_partitioning', 'external_validation', 'code_availability', 'data_availability']);

const sum = (xs: readonly ConceptScore[], k: 'citeTotal' | 'citeFirst' | 'citeAny'): number => xs.reduce((a, s) => a + s[k], 0);
const ratio = (a: number, b: number): number | null => (b === 0 ? null : a / b);

export function score(outcomes: readonly Outcome[]): Scores {
  const scores = new Map<string, ConceptScore>();
  const errors: EvalError[] = [];
  const citeMisses: CiteMiss[] = [];
  let mTP = 0;
  let mFP = 0;
  let mFN = 0;
  const uncertain = { count: 0, labelledReported: 0 };
  for (const o of outcomes) {
    let s = scores.get(o.concept);
    if (!s) {
      s = { concept: o.concept, tp: 0, fp: 0, fn: 0, tn: 0, precision: null, recall: null, f1: null, specificity: null, valueCorrect: 0, valueTotal: 0, valueMissed: 0, valueUnknown: 0, citeTotal: 0, citeFirst: 0, citeAny: 0 };
      scores.set(o.concept, s);
    }
    if (o.label && o.pred) s.tp++;
    else if (!o.label && o.pred) s.fp++;
    else if (o.label && !o.pred) s.fn++;
    else s.tn++;
    if (!o.label && !o.pred) mTP++;
    if (o.label && !o.pred) mFP++;
    if (!o.label && o.pred) mFN++;
    if (o.uncertain) {
      uncertain.count++;
      if (o.label) uncertain.labelledReported++;
    }
    const doc = o.corpus ? `${o.corpus}/${o.document}` : o.document;
    const ev = { ...(o.evidence ? { evidence: o.evidence } : {}), ...(o.labelEvidence ? { labelEvidence: o.labelEvidence } : {}) };
    if (o.label && o.pred && o.labelEvidence && o.cited?.length) {
      s.citeTotal++;
      const first = citesLabel(o.cited[0]!, o.labelEvidence);
      const any = first || o.cited.slice(1).some((c) => citesLabel(c, o.labelEvidence));
      if (first) s.citeFirst++;
      if (any) s.citeAny++;
      if (!first) citeMisses.push({ document: doc, concept: o.concept, found: o.cited[0]!, label: o.labelEvidence, any });
    }
    if (o.label !== o.pred) errors.push({ document: doc, concept: o.concept, kind: o.pred ? 'FP' : 'FN', expected: o.label ? 'reported' : 'missing', got: o.got, ...ev });
    if (o.label && o.labelValue) {
      s.valueTotal++;
      if (o.labelValueUnknown) s.valueUnknown++;
      // a value counts only with the concept found (a "missing" verdict shows the author no value)
      const ok = o.pred && o.value === o.labelValue;
      if (ok) s.valueCorrect++;
      else if (!o.pred || !o.value) s.valueMissed++;
      if (!ok) errors.push({ document: doc, concept: o.concept, kind: 'VALUE', expected: o.labelValue, got: o.pred && o.value ? o.value : '(none)', ...ev });
    }
  }
  const concepts = [...scores.values()].sort((a, b) => a.concept.localeCompare(b.concept));
  for (const s of concepts) {
    s.precision = ratio(s.tp, s.tp + s.fp);
    s.recall = ratio(s.tp, s.tp + s.fn);
    s.specificity = ratio(s.tn, s.tn + s.fp);
    s.f1 = s.tp + s.fp + s.fn === 0 ? null : (2 * s.tp) / (2 * s.tp + s.fp + s.fn);
  }
  const both = concepts.filter((s) => s.tp + s.fn > 0 && s.tn + s.fp > 0);
  const withPos = concepts.filter((s) => s.tp + s.fn > 0);
  const vt = concepts.reduce((a, s) => a + s.valueTotal, 0);
  const vc = concepts.reduce((a, s) => a + s.valueCorrect, 0);
  const vm = concepts.reduce((a, s) => a + s.valueMissed, 0);
  const head = concepts.filter((s) => HEADLINE_VALUES.has(s.concept));
  return {
    concepts,
    balancedAccuracy: both.length ? both.reduce((a, s) => a + ((s.recall ?? 0) + (s.specificity ?? 0)) / 2, 0) / both.length : 0,
    missingF1: mTP + mFP + mFN === 0 ? 0 : (2 * mTP) / (2 * mTP + mFP + mFN),
    macroF1: withPos.length ? withPos.reduce((a, s) => a + (s.f1 ?? 0), 0) / withPos.length : 0,
    valueAccuracy: vt ? vc / vt : null,
    values: {
      total: vt,
      correct: vc,
      missed: vm,
      wrong: vt - vc - vm,
      unknownLabels: concepts.reduce((a, s) => a + s.valueUnknown, 0),
      headline: { correct: head.reduce((a, s) => a + s.valueCorrect, 0), total: head.reduce((a, s) => a + s.valueTotal, 0) },
      foundAccuracy: vt - vm ? vc / (vt - vm) : null,
    },
    uncertain,
    citing: { total: sum(concepts, 'citeTotal'), first: sum(concepts, 'citeFirst'), any: sum(concepts, 'citeAny') },
    citeMisses: citeMisses.sort((a, b) => a.concept.localeCompare(b.concept)),
    errors,
  };
}

/** FNV-1a: a document's fold is fixed by its corpus and path, whatever else is in the run. */
export function foldOf(corpus: string, document: string, k: number): number {
  let h = 0x811c9dc5;
  for (const ch of `${corpus}/${document}`) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % k;
}
