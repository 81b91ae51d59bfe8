/**
 * The concept registry: every concept reportlint knows, one file each (src/concepts/<group>/<id>.ts). Checklist
 * files and study descriptions may name only these keys; `detectAll` runs every detected concept once.
 */
import type { Manuscript } from '../manuscript/model.js';
import { isDetected, type Concept } from './core/define.js';
import { runConcept } from './core/run.js';
import { LEGACY } from './legacy.js';
import title_id from './front-matter/title_id.js';
import abstract from './front-matter/abstract.js';
import background from './introduction/background.js';
import objectives from './introduction/objectives.js';
import design_prospective_retrospective from './design/design_prospective_retrospective.js';
import study_goal from './design/study_goal.js';
import data_source from './data/data_source.js';
import data_representativeness from './data/data_representativeness.js';
import dates_setting from './data/dates_setting.js';
import eligibility from './data/eligibility.js';
import recruitment_sampling from './data/recruitment_sampling.js';
import treatments from './data/treatments.js';
import variable_definitions from './data/variable_definitions.js';
import missing_data from './data/missing_data.js';
import blinding from './reference-standard/blinding.js';
import sample_size from './partitions/sample_size.js';
import participant_flow from './results/participant_flow.js';
import baseline_characteristics from './results/baseline_characteristics.js';
import interpretation from './discussion/interpretation.js';
import limitations from './discussion/limitations.js';
import implications from './discussion/implications.js';
import future_research from './discussion/future_research.js';
import code_availability from './other/code_availability.js';
import type { Finding } from './types.js';

export type { Finding, Evidence } from './types.js';
export type { Concept, ConceptMeta, ConceptExamples, Example, ConceptGroup } from './core/define.js';
export { CONCEPT_GROUPS } from './core/define.js';

/** Every concept, in a stable order. */
const FILES: Concept[] = [
  // Front matter
  title_id,
  abstract,
  // Introduction
  background,
  objectives,
  // Design
  design_prospective_retrospective,
  study_goal,
  // Data
  data_source,
  data_representativeness,
  dates_setting,
  eligibility,
  recruitment_sampling,
  treatments,
  variable_definitions,
  missing_data,
  // Reference standard
  blinding,
  // Partitions & size
  sample_size,
  // Results
  participant_flow,
  baseline_characteristics,
  // Discussion
  interpretation,
  limitations,
  implications,
  future_research,
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
