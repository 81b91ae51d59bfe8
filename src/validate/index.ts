/**
 * Validated YAML/JSON for the files users write (checklists, study descriptions, configuration): parsing that
 * keeps the nodes, one path → line:col mapper, one "did you mean", one error format `file:line:col: message`.
 */
export { formatIssue, ValidationError } from './issue.js';
export { escapePointerSegment, formatPath, pathToPointer, pointerToPath, valueAtPath, type PathSegments } from './paths.js';
export { didYouMean, didYouMeanHint } from './suggest.js';
export {
  parseYaml,
  YamlSource,
  type Position,
  type PositionMap,
} from './yaml-source.js';
export { describeZodIssues } from './zod-issues.js';
