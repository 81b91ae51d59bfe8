import type { Evidence, Finding } from '../concepts/types.js';
import type { Applicability, Checklist, ChecklistItem, ChecklistResult, ChecklistSummary, ItemVerdict } from '../checklists/types.js';

export interface JudgeOptions {
  /** concept keys that have a detector (or were filled by a study description); others give needs-review */
  known: Set<string>;
  /** what the study does; items for the other kind become not-applicable. Undefined: every item applies. */
  studyRoles?: Applicability[];
  /** concepts the study design makes inapplicable, with the reason */
  inapplicable?: ReadonlyMap<string, string>;
}

const MAX_ITEM_EVIDENCE = 3;

function mergeEvidence(findings: Finding[]): Evidence[] {
  const seen = new Set<string>();
  const out: Evidence[] = [];
  for (const f of findings) {
    for (const e of f.evidence) {
      const k = `${e.line ?? e.page ?? e.paragraph ?? ''}|${e.text}`;
      if (seen.has(k)) continue;
      seen.add(k);
      out.push(e);
    }
  }
  return out.slice(0, MAX_ITEM_EVIDENCE);
}

export function judgeItem(item: ChecklistItem, findings: Map<string, Finding>, opts: JudgeOptions): ItemVerdict {
  const base = { id: item.id, topic: item.topic, section: item.section, concepts: item.concepts };
  if (opts.studyRoles && item.appliesTo && !item.appliesTo.some((r) => opts.studyRoles!.includes(r))) {
    return { ...base, status: 'not-applicable', evidence: [], reason: `applies to ${item.appliesTo.join('/')} studies only` };
  }
  // concepts the design makes inapplicable drop out; an item made only of them is not applicable
  const na = opts.inapplicable;
  const concepts = na ? item.concepts.filter((c) => !na.has(c)) : item.concepts;
  if (!concepts.length) return { ...base, status: 'not-applicable', evidence: [], reason: na!.get(item.concepts[0]!)! };
  const unknown = concepts.filter((c) => !opts.known.has(c));
  const found = concepts.filter((c) => opts.known.has(c)).map((c) => findings.get(c)).filter((f): f is Finding => Boolean(f));
  const present = found.filter((f) => f.status !== 'missing');
  const missing = concepts.filter((c) => opts.known.has(c) && (findings.get(c)?.status ?? 'missing') === 'missing');
  const evidence = mergeEvidence(present);
  // "no funding" / "no competing interests" answer the item fully: not a warning
  const notDone = present.some((f) => f.notDone && !f.noneDeclared);
  const noneDeclared = present.length > 0 && present.every((f) => f.noneDeclared);
  const any = item.combine === 'any';

  const satisfied = any ? present.length > 0 : missing.length === 0 && present.length > 0;
  if (!satisfied) {
    if (unknown.length && (any || missing.length === 0)) {
      return { ...base, status: 'needs-review', evidence, reason: `no automatic check for ${unknown.join(', ')}; check by hand` };
    }
    if (item.conditional && present.length === 0) {
      return { ...base, status: 'not-applicable', evidence: [], reason: 'applies only if done; the manuscript does not mention it' };
    }
    if (present.length > 0) {
      // some of the item's concepts are there, others are not
      return { ...base, status: 'partial', evidence, reason: `not found: ${missing.join(', ')}`, ...(notDone ? { notDone } : {}) };
    }
    const candidate = missing.map((c) => findings.get(c)?.candidate).find((e) => e !== undefined);
    return { ...base, status: 'missing', evidence: [], reason: item.advice ?? item.description, ...(candidate ? { candidate } : {}) };
  }
  if (unknown.length && !any) {
    return { ...base, status: 'needs-review', evidence, reason: `no automatic check for ${unknown.join(', ')}; check by hand`, ...(notDone ? { notDone } : {}) };
  }
  // an item that accepts the title or the abstract is complete when only the abstract has it
  const abstractOk = /abstract/i.test(item.section);
  const partial = present.some((f) => f.status === 'partial' && !(abstractOk && f.onlyIn === 'abstract')) && !(any && present.some((f) => f.status === 'reported'));
  const v: ItemVerdict = { ...base, status: partial ? 'partial' : 'reported', evidence };
  if (partial) v.reason = present.find((f) => f.status === 'partial')?.reason ?? 'incomplete';
  else if (noneDeclared) v.reason = 'none declared';
  if (notDone) {
    v.notDone = true;
    v.reason = 'reported as not done';
  }
  return v;
}

export function summarise(items: ItemVerdict[]): ChecklistSummary {
  const s: ChecklistSummary = { total: items.length, reported: 0, partial: 0, missing: 0, 'not-applicable': 0, 'needs-review': 0 };
  for (const i of items) s[i.status]++;
  return s;
}

export function judgeChecklist(cl: Checklist, findings: Map<string, Finding>, opts: JudgeOptions): ChecklistResult {
  const items = cl.items.map((it) => judgeItem(it, findings, opts));
  return { id: cl.id, name: cl.name, citation: cl.citation, doi: cl.doi, url: cl.url, items, summary: summarise(items) };
}
