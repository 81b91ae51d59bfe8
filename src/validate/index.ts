/**
 * Validated YAML/JSON for the files users write (checklists, study descriptions, configuration): parsing that
 * keeps the nodes, one path → line:col mapper, one "did you mean", one error format `file:line:col: message`.
 */
export { formatIssue, ValidationError, type Issue } from './issue.js';
export { escapePointerSegment, formatPath, pathToPointer, pointerToPath, valueAtPath, type PathSegments } from './paths.js';
export { didYouMean, didYouMeanHint } from './suggest.js';
export {
  parseYaml,
  topLevelKeys,
  yaml,
  YamlSource,
  type NodePosition,
  type ParseYamlOptions,
  type ParseYamlResult,
  type Position,
  type PositionMap,
  type SyntaxProblem,
} from './yaml-source.js';
export { describeZodIssues, enumValuesAt, objectKeysAt, type ZodIssueAt, type ZodIssueContext } from './zod-issues.js';
