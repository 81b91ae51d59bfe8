/**
 * Study design facts that make items inapplicable. Some concepts take something for granted (their meta's
 * `presupposes`): training details presuppose that the study trains a model; harms of the index test presuppose
 * that it was performed on participants for the study. When the manuscript shows the presupposition is false,
 * the concepts that rest on it are not applicable, with the reason and the sentence that shows it, instead of
 * being flagged as missing. Only positive evidence counts: silence never makes an item inapplicable.
 */
import { CONCEPTS } from '../concepts/index.js';
import type { Presupposition } from '../concepts/core/define.js';
import type { Evidence, Finding } from '../concepts/types.js';
import type { Applicability } from '../checklists/types.js';
import { formatPosition } from '../manuscript/model.js';

const where = (e: Evidence | undefined) => (e ? ` (${formatPosition(e) || e.section}: "${e.text.length > 80 ? `${e.text.slice(0, 79)}…` : e.text}")` : '');

const has = (findings: ReadonlyMap<string, Finding>, c: string) => (findings.get(c)?.status ?? 'missing') !== 'missing';

/** Why each presupposition is false for this manuscript (absent: it holds, or nothing shows otherwise). */
function unmetPresuppositions(findings: ReadonlyMap<string, Finding>): Map<Presupposition, string> {
  const out = new Map<Presupposition, string>();
  const existing = findings.get('existing_model_evaluated');
  // an existing model evaluated, and no training of the study's own described anywhere
  if (existing && existing.status !== 'missing' && !has(findings, 'training_details') && !has(findings, 'initialization')) {
    const shown = existing.evidence.find((e) => e.rule === 'existing/no-training') ?? existing.evidence.find((e) => e.section !== 'Title') ?? existing.evidence[0];
    out.set('model_training', `the study evaluates an existing model and describes no training of its own${where(shown)}`);
  }
  const design = findings.get('design_prospective_retrospective');
  if (design && design.status !== 'missing' && design.value === 'retrospective') {
    out.set('prospective_testing', `the study is retrospective: no test was performed on participants for it${where(design.evidence[0])}`);
  }
  return out;
}

/**
 * The design facts of one manuscript, computed once: concepts that are not applicable (with the reason) and the
 * study's roles for TRIPOD-style items (an existing model evaluated → evaluation only).
 */
export function designFacts(findings: ReadonlyMap<string, Finding>): { inapplicable: Map<string, string>; studyRoles?: Applicability[] } {
  const unmet = unmetPresuppositions(findings);
  const inapplicable = new Map<string, string>();
  for (const c of unmet.size ? CONCEPTS : []) {
    const p = c.meta.presupposes;
    const why = p ? unmet.get(p) : undefined;
    // a concept the manuscript does report stays applicable whatever the design says
    if (why && !has(findings, c.id)) inapplicable.set(c.id, why);
  }
  return { inapplicable, ...(unmet.has('model_training') ? { studyRoles: ['evaluation'] as Applicability[] } : {}) };
}
