/**
 * Audit step 2a, one document: a manuscript is read and run through the detectors once, a study description is
 * parsed and mapped onto concepts; either gives a small record (concept statuses, checklist item verdicts, split
 * percentages, headline values, modality, year).
 */
import { detectAll, detectedConcepts } from '../concepts/index.js';
import type { Finding } from '../concepts/types.js';
import type { Checklist } from '../checklists/types.js';
import { chooseChecklists } from '../engine/choose.js';
import { judgeChecklist } from '../engine/verdicts.js';
import { decodeText, readInputBytes, readManuscript } from '../readers/index.js';
import { textFacts } from '../study/extract.js';
import { classifyDescription, loadStudyText, studyKnownConcepts } from '../study/source.js';
import { StudyError } from '../study/parse.js';
import { isStudyPath } from './formats.js';
import { fileError, withDeadline } from '../limits.js';
import { ReportlintError } from '../errors.js';
import type { AuditRecord, ConceptStatus } from './types.js';

function statuses(findings: Map<string, Finding>, known: Set<string>): Record<string, ConceptStatus> {
  const out: Record<string, ConceptStatus> = {};
  for (const c of known) out[c] = findings.get(c)?.status ?? 'missing';
  return out;
}

const HEADLINE = ['data_source', 'data_partitioning', 'external_validation', 'code_availability', 'data_availability'];

function values(findings: Map<string, Finding>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const c of HEADLINE) {
    const f = findings.get(c);
    if (f && f.status !== 'missing' && f.value) out[c] = f.value;
  }
  return out;
}

const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : undefined);

/** Train/validation/test shares in percent from a data_partitioning finding, where it states them. */
export function splitPercent(f: Finding | undefined): AuditRecord['split'] {
  if (!f || f.status === 'missing' || !f.details) return undefined;
  const d = f.details;
  const p = (d.proportions ?? {}) as Record<string, unknown>;
  const [pt, pv, ps] = [num(p.train), num(p.validation), num(p.test)];
  if (pt !== undefined && ps !== undefined) {
    const v = pv ?? 0;
    const sum = pt + v + ps;
    if (sum >= 98 && sum <= 102) return { train: pt, validation: v, test: ps, from: 'proportions' };
  }
  const [ct, cv, cs] = [num(d.train), num(d.validation), num(d.test)];
  if (ct !== undefined && cs !== undefined && ct > 0 && cs > 0) {
    const total = ct + (cv ?? 0) + cs;
    const r = (x: number) => Math.round((x / total) * 1000) / 10;
    return { train: r(ct), validation: r(cv ?? 0), test: r(cs), from: 'counts' };
  }
  return undefined;
}

function items(checklists: Checklist[], findings: Map<string, Finding>, known: Set<string>): AuditRecord['items'] {
  const out: AuditRecord['items'] = {};
  for (const cl of checklists) {
    const r = judgeChecklist(cl, findings, { known });
    out[cl.id] = Object.fromEntries(r.items.map((i) => [i.id, i.status]));
  }
  return out;
}

async function auditDescription(path: string, spec: string): Promise<AuditRecord> {
  const s = loadStudyText(decodeText(path, readInputBytes(path)), path);
  const st = classifyDescription(s);
  const known = studyKnownConcepts();
  const cls = chooseChecklists(spec === 'auto' && st.checklists.length ? st.checklists.join(',') : spec, null);
  const rec: AuditRecord = {
    path,
    kind: 'description',
    title: s.description.title,
    studyType: st.type,
    modalities: [...(s.description.imaging?.modalities ?? [])],
    concepts: statuses(s.findings, known),
    values: values(s.findings),
    items: items(cls, s.findings, known),
  };
  if (s.description.year !== undefined) rec.year = s.description.year;
  const sp = splitPercent(s.findings.get('data_partitioning'));
  if (sp) rec.split = sp;
  return rec;
}

async function auditManuscript(path: string, spec: string): Promise<AuditRecord> {
  const ms = await readManuscript(path);
  const findings = detectAll(ms);
  const known = detectedConcepts();
  const facts = textFacts(ms);
  let studyType = 'other';
  let cls: Checklist[];
  if (spec === 'auto') {
    const { classifyStudy } = await import('../study-type/classify.js');
    const st = classifyStudy(ms);
    studyType = st.type;
    cls = chooseChecklists('auto', st);
  } else cls = chooseChecklists(spec, null);
  const rec: AuditRecord = {
    path,
    kind: 'manuscript',
    ...(ms.title ? { title: ms.title } : {}),
    studyType,
    modalities: facts.modalities.map((m) => m.key),
    concepts: statuses(findings, known),
    values: values(findings),
    items: items(cls, findings, known),
  };
  if (facts.year !== undefined) rec.year = facts.year;
  const sp = splitPercent(findings.get('data_partitioning'));
  if (sp) rec.split = sp;
  return rec;
}

/** Audit one file: a study description (by extension) or a manuscript of any supported format. */
export async function auditFile(path: string, spec: string): Promise<AuditRecord> {
  try {
    return await withDeadline(path, () => (isStudyPath(path) ? auditDescription(path, spec) : auditManuscript(path, spec)));
  } catch (e) {
    throw fileError(path, e);
  }
}

/** One line saying why a file could not be audited. */
export function errorText(e: unknown): string {
  if (e instanceof StudyError) return `invalid study description (${e.issues.length} problem${e.issues.length === 1 ? '' : 's'}; first: line ${e.issues[0]?.line}: ${e.issues[0]?.message})`;
  // the audit prints the path itself: reportlint's errors give only their problem
  if (e instanceof ReportlintError && e.file) return e.problem.split('\n')[0]!;
  return e instanceof Error ? e.message.split('\n')[0]! : String(e);
}

/** The `audit` job of the worker pool (src/pool): a record per file; failures carry the one-line problem. */
export const auditJob = {
  run: (path: string, payload: unknown): Promise<AuditRecord> => auditFile(path, (payload as { spec: string }).spec),
  failure: (path: string, e: unknown) => {
    const problem = errorText(e);
    return { lines: [`${path}: ${problem}`], problem };
  },
};
