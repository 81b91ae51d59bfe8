/**
 * A manuscript as a source of findings: every concept detected once, the study type classified from the same
 * sentences, and the section anchors where items without evidence point.
 */
import { detectAll, detectedConcepts } from '../concepts/index.js';
import type { Finding } from '../concepts/types.js';
import { checkSource, type EngineOptions, type FindingSource } from '../engine/check.js';
import type { FileResult } from '../engine/types.js';
import type { Manuscript, Position, SectionKind } from '../manuscript/model.js';
import { classifyStudy } from '../study-type/classify.js';
import { itemFacts } from './item-facts.js';
import { designFacts } from './presuppositions.js';

/** The first section of each kind (after the document's root), in document order. */
export function sectionAnchors(ms: Manuscript): Array<{ kind: SectionKind; start: Position }> {
  const out: Array<{ kind: SectionKind; start: Position }> = [];
  for (const sec of ms.sections) if (sec.index > 0 && !out.some((a) => a.kind === sec.kind)) out.push({ kind: sec.kind, start: sec.start });
  return out;
}

export function manuscriptSource(ms: Manuscript, findings: Map<string, Finding> = detectAll(ms)): FindingSource {
  const facts = designFacts(findings, ms);
  const items = itemFacts(findings, ms, facts.unmet);
  return {
    path: ms.path,
    format: ms.format,
    ...(ms.title ? { title: ms.title } : {}),
    findings,
    known: detectedConcepts(),
    studyType: classifyStudy(ms),
    anchors: sectionAnchors(ms),
    inapplicable: facts.inapplicable,
    unmet: facts.unmet,
    lacking: items.lacking,
    shown: items.shown,
    partly: items.partly,
    ...(facts.studyRoles ? { studyRoles: facts.studyRoles } : {}),
    warnings: ms.warnings,
  };
}

/** Check one manuscript (already read) against checklists. */
export function checkManuscript(ms: Manuscript, opts: EngineOptions = {}): FileResult {
  return checkSource(manuscriptSource(ms), opts);
}
