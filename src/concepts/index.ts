/**
 * The concept registry: every concept reportlint knows, one file each (src/concepts/<group>/<id>.ts). Checklist
 * files and study descriptions may name only these keys; `detectAll` runs every detected concept once.
 */
import type { Manuscript } from '../manuscript/model.js';
import { isDetected, type Concept } from './core/define.js';
import { runConcept } from './core/run.js';
import { LEGACY } from './legacy.js';
import preprocessing from './data/preprocessing.js';
import data_subsets from './data/data_subsets.js';
import deidentification from './data/deidentification.js';
import acquisition from './data/acquisition.js';
import reference_standard from './reference-standard/reference_standard.js';
import reference_standard_rationale from './reference-standard/reference_standard_rationale.js';
import annotators from './reference-standard/annotators.js';
import annotation_tools from './reference-standard/annotation_tools.js';
import test_set_annotation from './reference-standard/test_set_annotation.js';
import rater_variability from './reference-standard/rater_variability.js';
import data_partitioning from './partitions/data_partitioning.js';
import partition_disjointness from './partitions/partition_disjointness.js';
import model_description from './model/model_description.js';
import predictor_selection from './model/predictor_selection.js';
import predictor_handling from './model/predictor_handling.js';
import software from './model/software.js';
import initialization from './model/initialization.js';
import training_details from './model/training_details.js';
import model_selection from './model/model_selection.js';
import ensembling from './model/ensembling.js';
import class_imbalance from './model/class_imbalance.js';
import model_output_thresholds from './model/model_output_thresholds.js';
import prediction_calculation from './evaluation/prediction_calculation.js';
import code_availability from './other/code_availability.js';
import type { Finding } from './types.js';

export type { Finding, Evidence } from './types.js';
export type { Concept, ConceptMeta, ConceptExamples, Example, ConceptGroup } from './core/define.js';
export { CONCEPT_GROUPS } from './core/define.js';

/** Every concept, in a stable order. */
const FILES: Concept[] = [
  // Data
  preprocessing,
  data_subsets,
  deidentification,
  acquisition,
  // Reference standard
  reference_standard,
  reference_standard_rationale,
  annotators,
  annotation_tools,
  test_set_annotation,
  rater_variability,
  // Partitions & size
  data_partitioning,
  partition_disjointness,
  // Model
  model_description,
  predictor_selection,
  predictor_handling,
  software,
  initialization,
  training_details,
  model_selection,
  ensembling,
  class_imbalance,
  model_output_thresholds,
  // Evaluation methods
  prediction_calculation,
  // Other
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
