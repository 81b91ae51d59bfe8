/**
 * Which checklists fit a study type: a checklist fits when its `appliesTo` names one of the study's types, except
 * that a primary type with `alsoChecks` (a randomised trial) admits only the checklists of those types. Which
 * unbundled guidelines fit comes from the study-type table.
 */
import { listBundledChecklists, loadBundledChecklist } from '../checklists/load.js';
import type { Checklist } from '../checklists/types.js';
import { studyTypeInfo } from './types.js';

/** Study types whose documents are not studies: no study checklist fits them unless one names the type itself. */
const NOT_STUDIES = new Set(['guideline', 'systematic_review', 'scoping_review', 'software']);

export function bundledChecklists(): Checklist[] {
  return listBundledChecklists().map((id) => loadBundledChecklist(id));
}

/** The ids of the checklists among `available` that fit, in the order of the types, and the unbundled guidelines. */
export function fitChecklists(primary: string, types: string[], available: readonly Checklist[]): { checklists: string[]; otherGuidelines: string[] } {
  const info = studyTypeInfo(primary);
  const admitted = NOT_STUDIES.has(primary) ? [primary] : info?.alsoChecks ? [primary, ...info.alsoChecks] : types;
  const checklists: string[] = [];
  for (const t of types) {
    if (!admitted.includes(t)) continue;
    for (const cl of available) if (cl.appliesTo?.includes(t) && !checklists.includes(cl.id)) checklists.push(cl.id);
  }
  const otherGuidelines: string[] = [];
  for (const t of types) for (const g of studyTypeInfo(t)?.guidelines ?? []) if (!otherGuidelines.includes(g)) otherGuidelines.push(g);
  return { checklists, otherGuidelines };
}
