/**
 * Exit codes and error reporting shared by every command. Commands import this module, never program.ts, so
 * that program.ts (which loads the commands on demand) and the commands do not import each other.
 */
import { ReportlintError } from '../errors.js';
import { escapeControls } from '../util/terminal.js';

/** Exit codes, as ESLint and remark-cli use them. */
export const EXIT = { ok: 0, findings: 1, error: 2 } as const;

/**
 * Report an error on stderr. reportlint's own errors (InputError, ChecklistError, StudyError, …) name their file
 * on every line; a study description with several problems gives one line per problem. Anything else: its message.
 */
export function reportError(e: unknown): void {
  if (e instanceof ReportlintError) {
    for (const line of e.lines()) process.stderr.write(`reportlint: ${escapeControls(line)}\n`);
    return;
  }
  process.stderr.write(`reportlint: ${escapeControls(e instanceof Error ? e.message.split('\n').join('\n  ') : String(e))}\n`);
}
