/**
 * `reportlint review <file>`: an interactive review of a manuscript's checklist items (ink). ink and React are
 * imported here, dynamically, only once a terminal is known to be there: `check` never loads them.
 */
import { resolve } from 'node:path';
import { checkFile } from '../api.js';
import type { FileResult } from '../engine/types.js';
import { isStudyPath } from '../readers/formats.js';
import { readManuscript } from '../readers/index.js';
import { checkManuscript } from '../sources/manuscript.js';
import { exportReview, type ExportFormat } from '../tui/export.js';
import { checkOutputPath, writeFileAtomic } from '../util/fs.js';
import { reviewText, type ReviewText } from '../tui/review-text.js';
import { defaultStatePath, loadReviewState, manuscriptText, quitSummary, saveReviewState, type ManuscriptText, type ReviewState } from '../tui/review-state.js';
import { toolVersion } from '../version.js';
import { EXIT, reportError } from './exit.js';
import { escapeControlsDeep } from '../util/terminal.js';

export interface RunReviewOptions {
  checklist?: string;
  state?: string;
  export?: ExportFormat;
  /** with export: the file to write */
  output?: string;
}

export const NO_TTY_MESSAGE = 'reportlint: review needs an interactive terminal; use "reportlint check <file>" or "reportlint review <file> --export md"';

export function interactive(env: NodeJS.ProcessEnv = process.env): boolean {
  const ci = env.CI !== undefined && env.CI !== '' && env.CI !== '0' && env.CI.toLowerCase() !== 'false';
  return Boolean(process.stdin.isTTY) && Boolean(process.stdout.isTTY) && !ci;
}

export async function runReview(file: string, o: RunReviewOptions): Promise<number> {
  if (o.output && !o.export) {
    process.stderr.write('reportlint: --output is for --export (the completed checklist); the review state goes to --state\n');
    return EXIT.error;
  }
  if (!o.export && !interactive()) {
    process.stderr.write(NO_TTY_MESSAGE + '\n');
    return EXIT.error;
  }
  if (o.export === 'docx' && !o.output && process.stdout.isTTY) {
    process.stderr.write('reportlint: --export docx writes a Word file: use --output <file> or redirect stdout\n');
    return EXIT.error;
  }
  const statePath = o.state ?? defaultStatePath(file);
  if (resolve(statePath) === resolve(file)) {
    process.stderr.write(`reportlint: ${statePath}: the review state cannot be the manuscript itself\n`);
    return EXIT.error;
  }
  let result: FileResult;
  let text: ManuscriptText | undefined;
  let sentences: ReviewText | undefined;
  try {
    const checklists = o.checklist ?? 'auto';
    if (isStudyPath(file)) result = await checkFile(file, { checklists });
    else {
      // the manuscript's sentences as well as its result: the review state records a fingerprint of the text
      const ms = await readManuscript(file);
      text = manuscriptText(ms.sentences.map((s) => s.text));
      sentences = reviewText(ms);
      result = await checkManuscript(ms, { checklists });
    }
  } catch (e) {
    reportError(e);
    return EXIT.error;
  }
  let loaded;
  try {
    checkOutputPath(statePath, [file]);
    loaded = loadReviewState(statePath, file, result.checklists, text, { readOnly: Boolean(o.export) });
  } catch (e) {
    reportError(e);
    return EXIT.error;
  }
  const { state, warnings, movedAside } = loaded;
  // a state file moved aside is said once, on the terminal, before the interface takes it over
  if (movedAside && !o.export) process.stderr.write(`reportlint: warning: ${warnings.find((w) => w.includes(movedAside))}\n`);
  if (o.export) {
    for (const w of warnings) process.stderr.write(`reportlint: warning: ${w}\n`);
    const out = exportReview(o.export, escapeControlsDeep(result), state, { version: toolVersion() });
    if (o.output) writeFileAtomic(o.output, out, [file]);
    else process.stdout.write(out);
    return EXIT.ok;
  }
  const [{ render }, { createElement }, { ReviewApp }] = await Promise.all([import('ink'), import('react'), import('../tui/ReviewApp.js')]);
  // the last state and the last one saved, for the summary line (also after Ctrl+C)
  let last = state;
  let saved: ReviewState | undefined;
  const save = (s: ReviewState) => {
    saveReviewState(statePath, s);
    saved = s;
  };
  // the interface shows manuscript text: control characters as visible escapes
  const app = render(createElement(ReviewApp, { file: escapeControlsDeep(result), ...(sentences ? { text: escapeControlsDeep(sentences) } : {}), initialState: state, statePath, warnings, save, onChange: (s) => (last = s) }), { exitOnCtrlC: true });
  await app.waitUntilExit();
  const where = saved === last ? `saved to ${statePath}` : saved ? `saved to ${statePath}; the changes after that were not saved` : last === state ? 'no changes, not saved' : 'not saved';
  process.stdout.write(`${quitSummary(last, result.checklists, where)}\n`);
  return EXIT.ok;
}
