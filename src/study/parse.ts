/**
 * Reading a study description: YAML (or JSON, which the YAML parser reads too) → validated StudyDescription,
 * plus a map from every JSON path (`split.test`, `evaluation.metrics[0].value`) to its line/column so that
 * errors and findings point into the file.
 */
import { describeZodIssues, formatPath, parseYaml, ValidationError, type PathSegments } from '../validate/index.js';
import type { PositionMap } from '../validate/index.js';
import { StudyDescription } from './schema.js';

export { formatPath };

/** JSON path (`split.test`, `data.sources[1].name`; '' for the document) → position. */
export type StudyPositions = PositionMap;

export interface StudyIssue {
  file: string;
  line: number;
  column: number;
  /** JSON path of the offending value ('' for the document) */
  path: string;
  /** zod issue code, or 'yaml-syntax' */
  code: string;
  /** the message without the location prefix, e.g. `data.split.test expected number, received string` */
  message: string;
}

/** A study description that cannot be read: YAML syntax error or schema violations (all of them). */
export class StudyError extends ValidationError<StudyIssue> {
  constructor(file: string, issues: StudyIssue[]) {
    super(file, issues);
    this.name = 'StudyError';
  }
}

export interface ParsedStudy {
  description: StudyDescription;
  positions: StudyPositions;
}

function dataPath(path: readonly PropertyKey[]): string {
  const p = formatPath(path);
  return p ? (p.startsWith('[') ? `data${p}` : `data.${p}`) : 'data';
}

/**
 * Parse and validate a study description (YAML or JSON text). Throws StudyError: for a YAML syntax error a
 * one-line `file:line:col: YAML syntax error: …`; for schema violations one line per issue,
 * `file:line:col: data.split.test expected number, received string`.
 */
export function parseStudyDescription(text: string, file: string): ParsedStudy {
  const parsed = parseYaml(text, { maxAliasCount: 1000 });
  if (!parsed.ok) {
    const { line, column, message } = parsed.problem;
    throw new StudyError(file, [{ file, line, column, path: '', code: 'yaml-syntax', message }]);
  }
  const { source } = parsed;
  const result = StudyDescription.safeParse(source.data);
  if (!result.success) {
    const issues = describeZodIssues(result.error, {
      file,
      schema: StudyDescription,
      data: source.data,
      locate: (path: PathSegments, which) => source.locate(path, which),
      subject: dataPath,
    });
    throw new StudyError(file, issues);
  }
  return { description: result.data, positions: source.positions() };
}
