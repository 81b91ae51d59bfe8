import { wrapResult, type EngineOptions } from './engine/check.js';
import { checkManuscript } from './sources/manuscript.js';
import { fileError, withDeadline } from './limits.js';
import type { CheckResult, FileResult } from './engine/types.js';
import type { Manuscript } from './manuscript/model.js';
import { isStudyPath, STUDY_FORMAT } from './readers/formats.js';
import { manuscriptFromString, readManuscript, type InputFormat } from './readers/index.js';

export interface CheckOptions extends EngineOptions {
  /** input format, instead of detection by content and extension */
  format?: InputFormat;
  /** a structured study description (YAML/JSON file) combined with the manuscript */
  study?: string;
}

export type CheckInput = string | { text: string; path?: string; format?: 'markdown' | 'text' } | Manuscript;

/**
 * Check one file (any supported format) and return its result. A .yaml/.yml/.json file (or `format: 'study'`)
 * is read as a study description (throws StudyError listing every problem); with `study`, the manuscript is
 * combined with that description and the result lists their disagreements.
 */
export async function checkFile(path: string, opts: CheckOptions = {}): Promise<FileResult> {
  try {
    return await withDeadline(path, () => checkFileNow(path, opts));
  } catch (e) {
    throw fileError(path, e);
  }
}

async function checkFileNow(path: string, opts: CheckOptions): Promise<FileResult> {
  // study descriptions (zod schema and all) are loaded only when one is checked: the manuscript path stays light
  if (opts.format === 'study' || (!opts.format && isStudyPath(path))) {
    const { checkStudy, loadStudyFile } = await STUDY_FORMAT.load();
    return checkStudy(loadStudyFile(path), opts);
  }
  const ms = await readManuscript(path, opts.format ? { format: opts.format } : {});
  return await withStudy(ms, opts);
}

async function withStudy(ms: Manuscript, opts: CheckOptions): Promise<FileResult> {
  if (!opts.study) return checkManuscript(ms, opts);
  const [{ checkWithStudy }, { loadStudyFile }] = await Promise.all([import('./study/merge.js'), STUDY_FORMAT.load()]);
  return checkWithStudy(ms, loadStudyFile(opts.study), opts);
}

function isManuscript(x: unknown): x is Manuscript {
  return typeof x === 'object' && x !== null && Array.isArray((x as Manuscript).sentences) && Array.isArray((x as Manuscript).sections);
}

/**
 * Check manuscripts without unified: a path, several paths, a string of Markdown/text, or a Manuscript.
 * Returns the same structure as `reportlint check --format json`.
 */
export async function check(input: CheckInput | CheckInput[], opts: CheckOptions = {}): Promise<CheckResult> {
  const inputs = Array.isArray(input) ? input : [input];
  const files: FileResult[] = [];
  for (const i of inputs) {
    if (typeof i === 'string') files.push(await checkFile(i, opts));
    else if (isManuscript(i)) files.push(await withStudy(i, opts));
    else files.push(await withStudy(manuscriptFromString(i.text, { ...(i.path ? { path: i.path } : {}), ...(i.format ? { format: i.format } : {}) }), opts));
  }
  return wrapResult(files);
}
