import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { latexIncludedFiles } from './inputs/latex-roots.js';
import { wrapResult, type EngineOptions } from './engine/check.js';
import { checkManuscript } from './sources/manuscript.js';
import { fileError, withDeadline } from './limits.js';
import type { CheckResult, FileResult } from './engine/types.js';
import type { Manuscript } from './manuscript/model.js';
import { inputFormat, isStudyPath, STUDY_FORMAT } from './readers/formats.js';
import { applyTuning, parseWaivers, type RuleSettings } from './waivers/index.js';
import { decodeText, detectFormat, InputError, manuscriptFromString, readManuscript, readManuscriptData, type InputFormat } from './readers/index.js';

export interface CheckOptions extends EngineOptions {
  /** per-item settings: `{"claim-2024/11": "off" | "warn" | "error"}` (waiver comments in the manuscript apply too) */
  rules?: RuleSettings;
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
    return applyTuning(checkStudy(loadStudyFile(path), opts), opts.rules);
  }
  const ms = await readManuscript(path, opts.format ? { format: opts.format } : {});
  return tune(await withStudy(ms, opts), () => readFileSync(path), opts);
}

/** Rule settings and the manuscript's waiver comments (text formats only: a PDF or Word file has none we read). */
function tune(r: FileResult, source: () => Uint8Array, opts: CheckOptions): FileResult {
  const row = inputFormat(r.format);
  let waivers: ReturnType<typeof parseWaivers> = [];
  if (row && !row.binary) {
    try {
      const text = Buffer.from(source()).toString('utf8').replace(/\r\n?/g, '\n');
      waivers = parseWaivers(text, r.format);
      // a LaTeX paper's waivers may stand in any of its \input files
      if (r.format === 'latex' && existsSync(r.path)) {
        for (const f of latexIncludedFiles(r.path, text)) waivers.push(...parseWaivers(readFileSync(f, 'utf8'), 'latex').map((w) => ({ ...w, file: relative(process.cwd(), f) })));
      }
    } catch {
      /* the file was read a moment ago; if it is gone now, it has no waivers */
    }
  }
  return applyTuning(r, opts.rules, waivers);
}

/**
 * Check bytes that are not in a file (standard input): `path` names them in reports and chooses the format by its
 * extension when the content does not (`--stdin-filename`).
 */
export async function checkBytes(path: string, data: Uint8Array, opts: CheckOptions = {}): Promise<FileResult> {
  if (!data.length) throw new InputError(path, 'is empty');
  if (opts.format === 'study' || (!opts.format && isStudyPath(path))) {
    const { checkStudy, loadStudyText } = await STUDY_FORMAT.load();
    return applyTuning(checkStudy(loadStudyText(decodeText(path, data), path), opts), opts.rules);
  }
  const format = opts.format ?? detectFormat(path, data);
  if (format === 'unknown-binary') throw new InputError(path, 'is a binary file of an unsupported format');
  return tune(await withStudy(await readManuscriptData(path, data, format), opts), () => data, opts);
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
    else if (isManuscript(i)) files.push(applyTuning(await withStudy(i, opts), opts.rules));
    else files.push(tune(await withStudy(manuscriptFromString(i.text, { ...(i.path ? { path: i.path } : {}), ...(i.format ? { format: i.format } : {}) }), opts), () => Buffer.from(i.text), opts));
  }
  return wrapResult(files);
}
