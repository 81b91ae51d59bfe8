import { detectAll, detectedConcepts } from '../concepts/index.js';
import type { Finding } from '../concepts/types.js';
import { loadBundledChecklist, resolveChecklists } from '../checklists/load.js';
import type { Applicability, Checklist } from '../checklists/types.js';
import type { Manuscript, Position, SectionKind } from '../manuscript/model.js';
import type { ChecklistResult } from '../checklists/types.js';
import { toolVersion } from '../version.js';
import { classifyStudy, fallbackNote, type StudyTypeFallback } from './study-type.js';
import { SCHEMA_VERSION, type CheckResult, type ConceptResult, type FileResult, type StudyTypeResult } from './types.js';
import { judgeChecklist } from './verdicts.js';

/** The current guidelines checked when nothing is named and the study type says nothing more specific. */
export const DEFAULT_CHECKLISTS = ['claim-2024', 'tripod-ai-2024', 'stard-2015'];

export interface EngineOptions {
  /** comma-separated bundled ids and/or checklist file paths, or "auto" (default) */
  checklists?: string;
  /** development / evaluation: restrict TRIPOD-style items; default: infer nothing, every item applies */
  studyRoles?: Applicability[];
}

/**
 * Resolve "auto" against a study type: the fitting bundled checklists, or all current ones when none fits. In the
 * latter case (trials, reviews, guidelines, observational studies, software and methods papers, unrecognised
 * types) the study type is annotated (`fallbackChecklists`, `note`) so that reporters and the JSON say the
 * checklists run do not strictly apply.
 */
export function chooseChecklists(spec: string | undefined, studyType: StudyTypeResult | null): Checklist[] {
  const s = (spec ?? 'auto').trim();
  if (s === 'auto' || s === '') {
    if (studyType && studyType.checklists.length) return studyType.checklists.map((id) => loadBundledChecklist(id));
    if (studyType) {
      const fb: StudyTypeFallback = { fallbackChecklists: [...DEFAULT_CHECKLISTS], note: fallbackNote(studyType, DEFAULT_CHECKLISTS) };
      Object.assign(studyType, fb);
    }
    return DEFAULT_CHECKLISTS.map((id) => loadBundledChecklist(id));
  }
  if (s === 'all') return DEFAULT_CHECKLISTS.map((id) => loadBundledChecklist(id));
  return resolveChecklists(s);
}

export function conceptResults(findings: Map<string, Finding>, known: Set<string>): ConceptResult[] {
  const out: ConceptResult[] = [];
  for (const id of [...known].sort()) {
    const f = findings.get(id);
    if (!f) {
      out.push({ id, status: 'missing', value: null, confidence: 0.5, rule: 'no-finding', evidence: [] });
      continue;
    }
    out.push({
      id,
      status: f.status,
      value: f.value ?? null,
      ...(f.notDone ? { notDone: true } : {}),
      ...(f.details ? { details: f.details } : {}),
      confidence: Number(f.confidence.toFixed(3)),
      rule: f.rule,
      ...(f.reason ? { reason: f.reason } : {}),
      evidence: f.evidence,
    });
  }
  return out;
}

/** Check one manuscript (already read) against checklists: detectors run once, every checklist maps onto them. */
export function checkManuscript(ms: Manuscript, opts: EngineOptions = {}, preset?: { findings: Map<string, Finding>; known: Set<string> }): FileResult {
  const findings = preset?.findings ?? detectAll(ms);
  const known = preset?.known ?? detectedConcepts();
  const studyType = ms.format === 'study' ? null : classifyStudy(ms);
  const checklists = chooseChecklists(opts.checklists, studyType);
  return {
    path: ms.path,
    format: ms.format,
    ...(ms.title ? { title: ms.title } : {}),
    studyType,
    concepts: conceptResults(findings, known),
    checklists: checklists.map((cl) => placeItems(judgeChecklist(cl, findings, { known, ...(opts.studyRoles ? { studyRoles: opts.studyRoles } : {}) }), ms)),
    warnings: ms.warnings,
  };
}

const ITEM_SECTION: Record<string, SectionKind[]> = {
  title: ['title'],
  abstract: ['abstract'],
  'title/abstract': ['title', 'abstract'],
  introduction: ['introduction'],
  methods: ['methods'],
  results: ['results'],
  discussion: ['discussion'],
  other: ['declarations'],
};

/** Give every item a place: its first evidence, or the start of the section where it belongs. */
function placeItems(r: ChecklistResult, ms: Manuscript): ChecklistResult {
  const anchors = new Map<string, Position>();
  for (const [k, kinds] of Object.entries(ITEM_SECTION)) {
    const sec = ms.sections.find((s) => kinds.includes(s.kind) && s.index > 0);
    if (sec) anchors.set(k, sec.start);
  }
  for (const it of r.items) {
    const e = it.evidence[0];
    const p: Position = e ? { ...(e.line !== undefined ? { line: e.line, column: e.column ?? 1 } : {}), ...(e.page !== undefined ? { page: e.page } : {}), ...(e.paragraph !== undefined ? { paragraph: e.paragraph } : {}) } : anchors.get(it.section.toLowerCase()) ?? { line: 1, column: 1 };
    const place: NonNullable<typeof it.place> = {};
    if (p.line !== undefined) place.line = p.line;
    if (p.column !== undefined) place.column = p.column;
    if (p.page !== undefined) place.page = p.page;
    if (p.paragraph !== undefined) place.paragraph = p.paragraph;
    it.place = place;
  }
  return r;
}

export function wrapResult(files: FileResult[]): CheckResult {
  return { tool: 'reportlint', version: toolVersion(), schemaVersion: SCHEMA_VERSION, files };
}
