/**
 * Which checklists to run: the ones named, or (`auto`) the ones that fit the study type. A bundled checklist fits
 * when the classifier found a study type it `appliesTo`; a checklist file named beside `auto`
 * (`-c auto,./journal.yaml`) fits the same way, or always when it names no study type.
 */
import { listBundledChecklists, loadBundledChecklist, resolveChecklists } from '../checklists/load.js';
import type { Checklist } from '../checklists/types.js';
import { fitChecklists } from '../study-type/fit.js';
import { studyTypeInfo } from '../study-type/types.js';
import type { StudyTypeResult } from './types.js';

/** The current guidelines checked when nothing is named and the study type says nothing more specific. */
export const DEFAULT_CHECKLISTS = ['claim-2024', 'tripod-ai-2024', 'stard-2015'];

/**
 * Additive fields of the JSON `studyType` when `--checklist auto` found no checklist that fits: for a study type
 * not recognised, the current checklists ran instead (`fallbackChecklists`) and `note` says they do not strictly
 * apply; for a recognised type that no bundled checklist fits, nothing ran and `note` says so.
 */
export interface StudyTypeFallback {
  fallbackChecklists?: string[];
  note?: string;
}

/** The sentence explaining that the checklists run for a study type without a fitting one do not strictly apply. */
export function fallbackNote(st: StudyTypeResult, ran: string[]): string {
  const label = studyTypeInfo(st.type)?.label ?? st.type;
  const fits = st.otherGuidelines.length ? `${st.otherGuidelines.join(', ')} (not bundled) fit${st.otherGuidelines.length === 1 ? 's' : ''} it` : 'no reporting guideline applies to it as a study';
  return `${st.type === 'other' ? 'Study type not recognised' : `This looks like a ${label}`}: ${fits}; ${ran.join(', ')} were run as the current checklists but do not strictly apply.`;
}

/** The sentence saying that no bundled checklist fits a recognised study type, and how to check it anyway. */
export function noFitNote(st: StudyTypeResult): string {
  if (st.type === 'other')
    return 'Study type not recognised, and the text is not about AI, medical images, prediction models or diagnostic accuracy, which the current checklists cover; nothing was checked (name checklists with --checklist, e.g. -c current, to check it anyway).';
  const label = studyTypeInfo(st.type)?.label ?? st.type;
  const fits = st.otherGuidelines.length ? `${st.otherGuidelines.join(', ')} (not bundled) fit${st.otherGuidelines.length === 1 ? 's' : ''} it` : 'no reporting guideline applies to it as a study';
  return `This looks like a ${label}: ${fits}; no bundled checklist fits, so nothing was checked (name checklists with --checklist, e.g. -c current, to check it anyway).`;
}

/**
 * Resolve a checklist spec against a study type: `all` (every bundled checklist), `current` (the current version
 * of each guideline), ids and files, or `auto` (the default). With `auto`, when nothing fits a recognised study
 * type, no checklist runs (the study type's `note` says so); when the type is not recognised, the current
 * checklists run and the study type is annotated (`fallbackChecklists`, `note`) so that reporters and the JSON say
 * they do not strictly apply.
 */
export function chooseChecklists(spec: string | undefined, studyType: StudyTypeResult | null): Checklist[] {
  const parts = (spec ?? 'auto').split(',').map((s) => s.trim()).filter(Boolean);
  if (parts.length === 0 || parts.includes('auto')) {
    const named = parts.filter((p) => p !== 'auto');
    const files = named.length ? resolveChecklists(named.join(',')) : [];
    const out: Checklist[] = studyType ? studyType.checklists.map((id) => loadBundledChecklist(id)) : [];
    if (studyType) {
      const fit = fitChecklists(studyType.type, studyType.types, files).checklists;
      for (const cl of files) if ((!cl.appliesTo || fit.includes(cl.id)) && !out.some((c) => c.id === cl.id)) out.push(cl);
    } else out.push(...files.filter((cl) => !cl.appliesTo));
    if (out.length) return out;
    // a recognised type that no bundled checklist fits (a guideline document, a software or methods paper, a
    // laboratory or animal study), or a type not recognised in a text without the current checklists' cues:
    // nothing is checked, and the output says so
    if (studyType && (studyType.type !== 'other' || studyType.outOfScope)) {
      const fb: StudyTypeFallback = { note: noFitNote(studyType) };
      Object.assign(studyType, fb);
      return [];
    }
    if (studyType) {
      const fb: StudyTypeFallback = { fallbackChecklists: [...DEFAULT_CHECKLISTS], note: fallbackNote(studyType, DEFAULT_CHECKLISTS) };
      Object.assign(studyType, fb);
    }
    return DEFAULT_CHECKLISTS.map((id) => loadBundledChecklist(id));
  }
  if (parts.length === 1 && parts[0] === 'current') return DEFAULT_CHECKLISTS.map((id) => loadBundledChecklist(id));
  // `all`: every bundled checklist, older versions included (with other ids or files beside it)
  if (parts.includes('all')) {
    const rest = parts.filter((p) => p !== 'all');
    const out = listBundledChecklists().map((id) => loadBundledChecklist(id));
    for (const cl of rest.length ? resolveChecklists(rest.join(',')) : []) if (!out.some((c) => c.id === cl.id)) out.push(cl);
    return out;
  }
  return resolveChecklists(parts.join(','));
}
