/**
 * The concept registry: every concept reportlint knows, one file each (src/concepts/<group>/<id>.ts). Checklist
 * files and study descriptions may name only these keys; `detectAll` runs every detected concept once.
 */
import type { Manuscript } from '../manuscript/model.js';
import { isDetected, type Concept } from './core/define.js';
import { runConcept } from './core/run.js';
import { LEGACY } from './legacy.js';
import code_availability from './other/code_availability.js';
import health_inequalities from './introduction/health_inequalities.js';
import fairness from './model/fairness.js';
import performance_metrics from './evaluation/performance_metrics.js';
import statistical_uncertainty from './evaluation/statistical_uncertainty.js';
import robustness from './evaluation/robustness.js';
import explainability from './evaluation/explainability.js';
import internal_validation from './evaluation/internal_validation.js';
import external_validation from './evaluation/external_validation.js';
import heterogeneity_clusters from './evaluation/heterogeneity_clusters.js';
import indeterminate_results from './evaluation/indeterminate_results.js';
import model_updating from './evaluation/model_updating.js';
import dev_vs_eval_differences from './evaluation/dev_vs_eval_differences.js';
import benchmark_comparison from './evaluation/benchmark_comparison.js';
import disease_severity_alternative_dx from './results/disease_severity_alternative_dx.js';
import time_interval from './results/time_interval.js';
import events_per_analysis from './results/events_per_analysis.js';
import cross_tabulation from './results/cross_tabulation.js';
import performance_results from './results/performance_results.js';
import failure_analysis from './results/failure_analysis.js';
import adverse_events from './results/adverse_events.js';
import usability_end_user from './discussion/usability_end_user.js';
import ppi from './other/ppi.js';
import type { Finding } from './types.js';

export type { Finding, Evidence } from './types.js';
export type { Concept, ConceptMeta, ConceptExamples, Example, ConceptGroup } from './core/define.js';
export { CONCEPT_GROUPS } from './core/define.js';

/** Every concept, in a stable order. */
const FILES: Concept[] = [
  // Introduction
  health_inequalities,
  // Model
  fairness,
  // Evaluation methods
  performance_metrics,
  statistical_uncertainty,
  robustness,
  explainability,
  internal_validation,
  external_validation,
  heterogeneity_clusters,
  indeterminate_results,
  model_updating,
  dev_vs_eval_differences,
  benchmark_comparison,
  // Results
  disease_severity_alternative_dx,
  time_interval,
  events_per_analysis,
  cross_tabulation,
  performance_results,
  failure_analysis,
  adverse_events,
  // Discussion
  usability_end_user,
  // Other
  ppi,
  code_availability,
];

export const CONCEPTS: readonly Concept[] = [...FILES, ...LEGACY.filter((c) => !FILES.some((f) => f.id === c.id))];

const BY_ID = new Map(CONCEPTS.map((c) => [c.id, c]));

export function getConcept(id: string): Concept | undefined {
  return BY_ID.get(id);
}

/** true when `key` names a concept of the registry */
export function isKnownConcept(key: string): boolean {
  return BY_ID.has(key);
}

/** the human label of a concept key, or the key itself when unknown */
export function conceptLabel(key: string): string {
  return BY_ID.get(key)?.meta.label ?? key;
}

/** Concept keys that have an automatic check. */
export function detectedConcepts(): Set<string> {
  return new Set(CONCEPTS.filter(isDetected).map((c) => c.id));
}

/** Run every detected concept once over the manuscript (or only those in `only`). */
export function detectAll(ms: Manuscript, only?: Set<string>): Map<string, Finding> {
  const out = new Map<string, Finding>();
  for (const c of CONCEPTS) {
    if (only && !only.has(c.id)) continue;
    const f = runConcept(c, ms);
    if (f) out.set(f.concept, f);
  }
  return out;
}
