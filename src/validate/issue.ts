/**
 * The one error format for files users write (checklists, study descriptions, configuration):
 * `file:line:col: message`, e.g. `study.yaml:12:9: data.split.test expected number, received string` or
 * `my.yaml:12:5: /items/3/concept is not an allowed property (did you mean "concepts"?)`.
 */

export interface Issue {
  /** file as the user named it ('' when the problem is not tied to a file) */
  file: string;
  /** 1-based; 0 when unknown */
  line: number;
  /** 1-based; 0 when unknown */
  column: number;
  /** one line: what is wrong, with the path in the file's own notation */
  message: string;
}

/** `file:line:col: message`; `file: message` without a position; `message` without a file. */
export function formatIssue(issue: Issue): string {
  const message = issue.message.replace(/\s*\n\s*/g, ' ').trim();
  if (!issue.file) return message;
  if (issue.line) return `${issue.file}:${issue.line}:${issue.column || 1}: ${message}`;
  return `${issue.file}: ${message}`;
}

/**
 * A file that is not valid: one line per issue in the one format. `file` names the file as given, so the CLI
 * prints the message as it is.
 */
import { ReportlintError } from '../errors.js';

export class ValidationError<I extends Issue = Issue> extends ReportlintError {
  readonly issues: I[];
  /** `problem`: what is wrong without the place (default: the first issue's message) */
  constructor(file: string, issues: I[], problem: string = issues[0]?.message ?? 'invalid file') {
    super(file, problem, issues.map(formatIssue).join('\n'));
    this.name = 'ValidationError';
    this.issues = issues;
  }
}
