/**
 * The base class of reportlint's own errors. Every one names the file it is about: `file` holds the path and
 * `message` starts with it (`paper.md: is empty`), so `String(err)` names the file for library callers too.
 * The CLI reports them by type (src/cli/exit.ts): one line on stderr per line of the message.
 */
export class ReportlintError extends Error {
  override name = 'ReportlintError';
  /** the file the error is about ('' when there is none) */
  readonly file: string;
  /** what is wrong, without the file name (`is empty`) */
  readonly problem: string;

  /** `message` defaults to `file: problem`; give it when the place is finer than the file (`file:line:col: …`) */
  constructor(file: string, problem: string, message: string = file ? fileMessage(file, problem) : problem, options?: { cause?: unknown }) {
    super(message, options);
    this.file = file;
    this.problem = problem;
  }

  /** the lines to show a user, each naming the file (most errors have one) */
  lines(): string[] {
    return this.message.split('\n');
  }
}

/** `file: problem`, the one-line message of an error about a file. */
export function fileMessage(file: string, problem: string): string {
  return `${file}: ${problem.split('\n')[0]}`;
}

/** The first line of whatever was thrown (library errors carry stack-like multi-line messages). */
export function firstLine(e: unknown): string {
  const m = e instanceof Error ? e.message : typeof e === 'object' && e !== null && 'message' in e ? String((e as { message: unknown }).message) : String(e);
  return m.split('\n')[0]!;
}
