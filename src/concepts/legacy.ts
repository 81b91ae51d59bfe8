/**
 * TEMPORARY during the one-file-per-concept migration: the family files' specs as Concept objects, with labels
 * and groups from the old catalog. Each concept moves to src/concepts/<group>/<id>.ts with its own definition
 * and examples, and this file disappears.
 */
import { CONCEPTS as CATALOG } from '../checklists/concept-catalog.js';
import type { Concept } from './core/define.js';
import type { ConceptSpec } from './core/spec.js';
import { dataConceptSpecs } from './model-data.js';
import { devConceptSpecs } from './model-dev.js';

function meta(id: string): Concept['meta'] {
  const c = CATALOG[id];
  return { label: c?.label ?? id, group: (c?.group ?? 'Other') as Concept['meta']['group'], definition: '' };
}
const fromSpec = (spec: ConceptSpec): Concept => ({ id: spec.concept, meta: meta(spec.concept), spec, examples: { reported: [], missing: [] } });

export const LEGACY: Concept[] = [...dataConceptSpecs.map(fromSpec), ...devConceptSpecs.map(fromSpec)];
