/**
 * Which checklists fit a study type: a checklist fits when its `appliesTo` names one of the study's types, except
 * that a primary type with `alsoChecks` (a randomised trial) admits only the checklists of those types. Which
 * unbundled guidelines fit comes from the study-type table.
 */
import { bundledAppliesTo } from '../checklists/load.js';
import { studyTypeInfo } from './types.js';

/** Study types whose documents are not study reports: no study checklist fits them unless one names the type itself. */
const NOT_STUDIES = new Set(['guideline', 'systematic_review', 'scoping_review', 'software', 'trial_protocol']);

/** A checklist as far as choosing goes: its id and the study types it applies to. */
export interface ChecklistTarget {
  id: string;
  appliesTo?: readonly string[];
}

/** The bundled checklists' targets (cheap: no checklist is loaded and validated to read them). */
export function bundledChecklists(): ChecklistTarget[] {
  return bundledAppliesTo();
}

/** The ids of the checklists among `available` that fit, in the order of the types, and the unbundled guidelines. */
export function fitChecklists(primary: string, types: string[], available: readonly ChecklistTarget[]): { checklists: string[]; otherGuidelines: string[] } {
  const info = studyTypeInfo(primary);
  const admitted = NOT_STUDIES.has(primary) ? [primary] : info?.alsoChecks ? [primary, ...info.alsoChecks] : types;
  const replaced = new Set(types.flatMap((t) => studyTypeInfo(t)?.replaces ?? []));
  const checklists: string[] = [];
  for (const t of types) {
    if (!admitted.includes(t) || replaced.has(t)) continue;
    for (const cl of available) if (cl.appliesTo?.includes(t) && !checklists.includes(cl.id)) checklists.push(cl.id);
  }
  const otherGuidelines: string[] = [];
  for (const t of types) for (const g of studyTypeInfo(t)?.guidelines ?? []) if (!otherGuidelines.includes(g)) otherGuidelines.push(g);
  return { checklists, otherGuidelines };
}
