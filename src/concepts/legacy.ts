/**
 * TEMPORARY during the one-file-per-concept migration: the family files' specs and detectors as Concept
 * objects, with labels and groups from the old catalog. Each concept moves to src/concepts/<group>/<id>.ts with
 * its own definition and examples, and this file disappears.
 */
import { CONCEPTS as CATALOG } from '../checklists/concept-catalog.js';
import type { Concept } from './core/define.js';
import type { ConceptSpec } from './core/spec.js';
import { availabilitySpecs } from './decl-availability.js';
import { statementSpecs } from './decl-statements.js';
import { designCode, designSpecs } from './design.js';
import { extraConceptSpecs } from './extra.js';
import { evalConceptSpecs } from './model-eval.js';
import type { DetectContext, Finding } from './types.js';

function meta(id: string): Concept['meta'] {
  const c = CATALOG[id];
  return { label: c?.label ?? id, group: (c?.group ?? 'Other') as Concept['meta']['group'], definition: '' };
}
const fromSpec = (spec: ConceptSpec): Concept => ({ id: spec.concept, meta: meta(spec.concept), spec, examples: { reported: [], missing: [] } });
const fromCode = (d: { concepts: string[]; detect(ctx: DetectContext): Finding[] }): Concept => ({
  id: d.concepts[0]!,
  meta: meta(d.concepts[0]!),
  detect: (ctx) => d.detect(ctx)[0]!,
  examples: { reported: [], missing: [] },
});

const DETECTED: Concept[] = [
  ...designCode.map(fromCode),
  ...designSpecs.map(fromSpec),
  ...evalConceptSpecs.map(fromSpec),
  ...statementSpecs.map(fromSpec),
  ...availabilitySpecs.map(fromSpec),
  ...extraConceptSpecs.map(fromSpec),
];

/** catalog keys without a detector (review methods): items that use them need review */
const MANUAL: Concept[] = Object.keys(CATALOG)
  .filter((id) => !DETECTED.some((c) => c.id === id))
  .map((id) => ({ id, meta: meta(id), manual: true as const, examples: { reported: [], missing: [] } }));

export const LEGACY: Concept[] = [...DETECTED, ...MANUAL];
