/** The `check` job of the pool: one file through the whole pipeline into its FileResult (plain data). */
import { checkFile, type CheckOptions } from '../api.js';
import { ChecklistError } from '../checklists/load.js';
import { ReportlintError, firstLine } from '../errors.js';
import type { JobFailure } from './index.js';

export function run(path: string, payload: unknown): Promise<unknown> {
  return checkFile(path, payload as CheckOptions);
}

/** reportlint's own errors as they print (one line per problem, each naming the file); anything else prefixed with the path. */
export function failure(path: string, e: unknown): JobFailure {
  if (e instanceof ReportlintError) return { lines: e.lines(), problem: e.problem.split('\n')[0]!, ...(e instanceof ChecklistError ? { fatal: true } : {}) };
  const problem = firstLine(e);
  return { lines: [`${path}: ${problem}`], problem };
}
