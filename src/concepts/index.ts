/**
 * The concept registry: every concept reportlint knows, one file each (src/concepts/<group>/<id>.ts). Checklist
 * files and study descriptions may name only these keys; `detectAll` runs every detected concept once.
 */
import type { Manuscript } from '../manuscript/model.js';
import { isDetected, type Concept } from './core/define.js';
import { runConcept } from './core/run.js';
import { LEGACY } from './legacy.js';
import ethics from './design/ethics.js';
import input_data_type from './data/input_data_type.js';
import clinical_utility_metric from './evaluation/clinical_utility_metric.js';
import critical_appraisal from './review/critical_appraisal.js';
import data_extraction from './review/data_extraction.js';
import search_strategy from './review/search_strategy.js';
import selection_process from './review/selection_process.js';
import synthesis_methods from './review/synthesis_methods.js';
import model_specification from './results/model_specification.js';
import synthesis_results from './results/synthesis_results.js';
import unadjusted_associations from './results/unadjusted_associations.js';
import ethical_considerations from './discussion/ethical_considerations.js';
import code_availability from './other/code_availability.js';
import conflicts_of_interest from './other/conflicts_of_interest.js';
import data_availability from './other/data_availability.js';
import funding from './other/funding.js';
import output_auditability from './other/output_auditability.js';
import protocol from './other/protocol.js';
import registration from './other/registration.js';
import type { Finding } from './types.js';

export type { Finding, Evidence } from './types.js';
export type { Concept, ConceptMeta, ConceptExamples, Example, ConceptGroup } from './core/define.js';
export { CONCEPT_GROUPS } from './core/define.js';

/** Every concept, in a stable order. */
const FILES: Concept[] = [
  // Design
  ethics,
  // Data
  input_data_type,
  // Evaluation methods
  clinical_utility_metric,
  // Review methods
  search_strategy,
  selection_process,
  data_extraction,
  critical_appraisal,
  synthesis_methods,
  // Results
  unadjusted_associations,
  model_specification,
  synthesis_results,
  // Discussion
  ethical_considerations,
  // Other
  registration,
  protocol,
  funding,
  conflicts_of_interest,
  data_availability,
  code_availability,
  output_auditability,
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
