/**
 * The library as the page uses it (one chunk, loaded after the page shows): read a dropped file's bytes with the
 * same readers as the CLI, detect every concept once, then judge against the chosen checklists as often as the
 * author changes the study type or the checklists. Same functions as `reportlint check`, so the same verdicts.
 */
import { compiled } from './compiled-data.js';
import { provideCompiled } from '../util/compiled.js';
import { detectAll } from '../concepts/index.js';
import { warmUpMarkdown } from '../concepts/warm-up.js';
import type { Finding } from '../concepts/types.js';
import { checkSource, wrapResult, type FindingSource } from '../engine/check.js';
import type { CheckResult } from '../engine/types.js';
import type { Manuscript } from '../manuscript/model.js';
import { detectFormat, InputError, readManuscriptData } from '../readers/index.js';
import { checkLimit, mb } from '../limits.js';
import { isZip } from '../readers/formats.js';
import { manuscriptSource } from '../sources/manuscript.js';
import { bundledChecklists, fitChecklists } from '../study-type/fit.js';
import { STUDY_TYPES } from '../study-type/types.js';
import { listBundledChecklists, loadBundledChecklist } from '../checklists/load.js';
import { REPORTERS } from '../reporters/index.js';
import { readLatexZip } from './latex-zip.js';

for (const [name, value] of Object.entries(compiled)) provideCompiled(name, value);

/** A file read and its concepts detected, ready to be judged again and again. */
export interface ReadFile {
  manuscript: Manuscript;
  findings: Map<string, Finding>;
  /** milliseconds to read and detect */
  readMs: number;
}

/** Read a file the author picked; throws InputError with a message for people (wrong type, too large, scanned PDF). */
export async function readFile(name: string, data: Uint8Array): Promise<ReadFile> {
  const t0 = performance.now();
  if (data.length === 0) throw new InputError(name, 'is empty');
  checkLimit(name, 'inputBytes', data.length, (n) => `is ${mb(n)}`);
  let manuscript: Manuscript;
  if (isZip(data) && /\.zip$/i.test(name)) manuscript = await readLatexZip(name, data);
  else {
    const format = detectFormat(name, data);
    if (format === 'unknown-binary') throw new InputError(name, 'is not a manuscript this page can read: use Markdown, text, JATS XML, HTML, LaTeX (.tex or a .zip of the project), DOCX or PDF');
    if (format === 'study') throw new InputError(name, 'is a study description file: fill in the study-description form instead, or check it with the command line');
    manuscript = await readManuscriptData(name, data, format);
  }
  const findings = detectAll(manuscript);
  return { manuscript, findings, readMs: performance.now() - t0 };
}

/**
 * Run the detectors once on a small made-up manuscript, while the author is still choosing a file: the first run
 * compiles the patterns (about 2 s in Chromium); afterwards a 16 KB manuscript takes a tenth of that.
 */
export async function warmUp(): Promise<void> {
  const text = warmUpMarkdown();
  const ms = await readManuscriptData('warm-up.md', new TextEncoder().encode(text), 'markdown');
  judgeFile({ manuscript: ms, findings: detectAll(ms), readMs: 0 }, null, {});
}

export interface JudgeChoice {
  /** a study type id, or undefined for the one classified from the text */
  studyType?: string;
  /** bundled checklist ids, or undefined for the ones that fit the study type */
  checklists?: string[];
  /** a second source of findings, from the study-description form */
  merge?: (src: FindingSource) => FindingSource;
}

/** Judge a read file (or only a study description when `file` is null); returns the JSON contract of `check`. */
export function judgeFile(file: ReadFile | null, base: FindingSource | null, choice: JudgeChoice): { result: CheckResult; judgeMs: number } {
  const t0 = performance.now();
  let src = base ?? manuscriptSource(file!.manuscript, file!.findings);
  if (choice.merge) src = choice.merge(src);
  if (choice.studyType && src.studyType && choice.studyType !== src.studyType.type) {
    const fit = fitChecklists(choice.studyType, [choice.studyType], bundledChecklists());
    src = { ...src, studyType: { ...src.studyType, type: choice.studyType, types: [choice.studyType], checklists: fit.checklists, otherGuidelines: fit.otherGuidelines } };
  }
  const result = wrapResult([checkSource(src, { checklists: choice.checklists?.length ? choice.checklists.join(',') : 'auto' })]);
  return { result, judgeMs: performance.now() - t0 };
}

/** The study types and the bundled checklists (id and name), for the choosers. */
export function choices(): { studyTypes: Array<{ id: string; label: string }>; checklists: Array<{ id: string; name: string }> } {
  return {
    studyTypes: Object.entries(STUDY_TYPES).map(([id, info]) => ({ id, label: info.label })),
    checklists: listBundledChecklists().map((id) => ({ id, name: loadBundledChecklist(id).name })),
  };
}

/** A download of the result in one of `check --format`'s formats. */
export function report(result: CheckResult, format: string): string | Uint8Array {
  const render = REPORTERS[format];
  if (!render) throw new Error(`unknown format ${format}`);
  return render(result, { date: new Date().toISOString().slice(0, 10) });
}

export { InputError };
/** Where pdf.js's worker script is served (next to the page). */
export { usePdfWorker } from '../readers/pdf/text-layer.js';
