/**
 * From a source of findings to the result of one file: choose the checklists (auto: by study type), judge them,
 * list the concepts. A source is a manuscript (src/sources/manuscript.ts) or a study description
 * (src/study/source.ts); `--study` merges two sources before this step (src/study/merge.ts).
 */
import { toolVersion } from '../version.js';
import { chooseChecklists } from './choose.js';
import { conceptResults, judge, type Judgeable, type JudgeOptions } from './judge.js';
import { SCHEMA_VERSION, type CheckResult, type Disagreement, type FileResult } from './types.js';

export interface EngineOptions extends JudgeOptions {
  /** comma-separated bundled ids and/or checklist file paths, or "auto" (default) */
  checklists?: string;
}

/** A source of findings for one file: what the engine judges, plus what the file result reports about it. */
export interface FindingSource extends Judgeable {
  path: string;
  format: string;
  title?: string;
  warnings: string[];
  /** where a manuscript and its study description disagree (`--study`) */
  disagreements?: Disagreement[];
}

/** Check one source against checklists: findings exist once, every checklist maps onto them. */
export function checkSource(src: FindingSource, opts: EngineOptions = {}): FileResult {
  const checklists = chooseChecklists(opts.checklists, src.studyType);
  return {
    path: src.path,
    format: src.format,
    ...(src.title ? { title: src.title } : {}),
    studyType: src.studyType,
    concepts: conceptResults(src.findings, src.known),
    checklists: judge(src, checklists, opts),
    warnings: src.warnings,
    ...(src.disagreements ? { disagreements: src.disagreements } : {}),
  };
}

export function wrapResult(files: FileResult[]): CheckResult {
  return { tool: 'reportlint', version: toolVersion(), schemaVersion: SCHEMA_VERSION, files };
}
