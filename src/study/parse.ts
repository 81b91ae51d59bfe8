/**
 * Reading a study description: YAML (or JSON, which the YAML parser reads too) → validated StudyDescription,
 * plus a map from every JSON path (`split.test`, `evaluation.metrics[0].value`) to its line/column so that
 * errors and findings point into the file.
 */
import { ReportlintError } from '../errors.js';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import type { z } from 'zod';
import { STUDY_TOP_LEVEL_KEYS, StudyDescription } from './schema.js';

export interface StudyPosition {
  /** 1-based line of the key (or of the sequence item) */
  line: number;
  /** 1-based column of the key (or of the sequence item) */
  column: number;
  /** where the value starts (differs from line/column for `key: value` pairs) */
  value?: { line: number; column: number };
}

/** JSON path (`split.test`, `data.sources[1].name`; '' for the document) → position. */
export type StudyPositions = Record<string, StudyPosition>;

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
export class StudyError extends ReportlintError {
  readonly issues: StudyIssue[];
  constructor(file: string, issues: StudyIssue[]) {
    super(file, issues[0]?.message ?? 'invalid study description', issues.map((i) => `${i.file}:${i.line}:${i.column}: ${i.message}`).join('\n'));
    this.name = 'StudyError';
    this.issues = issues;
  }
}

export interface ParsedStudy {
  description: StudyDescription;
  positions: StudyPositions;
}

/** `['split', 'test']` → `split.test`; `['evaluation', 'metrics', 0, 'value']` → `evaluation.metrics[0].value`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out ? `.${String(seg)}` : String(seg);
  }
  return out;
}

function dataPath(path: readonly PropertyKey[]): string {
  const p = formatPath(path);
  return p ? (p.startsWith('[') ? `data${p}` : `data.${p}`) : 'data';
}

function collectPositions(root: unknown, lc: LineCounter): StudyPositions {
  const positions: StudyPositions = {};
  const at = (node: unknown): { line: number; column: number } | undefined => {
    const range = (node as YamlNode | null | undefined)?.range;
    if (!range) return undefined;
    const p = lc.linePos(range[0]);
    return { line: p.line, column: p.col };
  };
  const walk = (node: unknown, path: PropertyKey[]): void => {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        const childPath = [...path, key];
        const k = at(pair.key) ?? at(pair.value);
        if (k) {
          const pos: StudyPosition = { line: k.line, column: k.column };
          const v = at(pair.value);
          if (v) pos.value = v;
          positions[formatPath(childPath)] = pos;
        }
        walk(pair.value, childPath);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        const childPath = [...path, i];
        const p = at(item);
        if (p) positions[formatPath(childPath)] = { line: p.line, column: p.column, value: p };
        walk(item, childPath);
      });
    }
  };
  const start = at(root) ?? { line: 1, column: 1 };
  positions[''] = { line: start.line, column: start.column, value: start };
  walk(root, []);
  return positions;
}

/** Position of a path, falling back to the nearest ancestor that has one. */
export function positionOf(
  positions: StudyPositions,
  path: readonly PropertyKey[],
  which: 'key' | 'value' = 'key',
): { line: number; column: number } {
  for (let n = path.length; n >= 0; n--) {
    const p = positions[formatPath(path.slice(0, n))];
    if (p) return which === 'value' && n === path.length && p.value ? p.value : { line: p.line, column: p.column };
  }
  return { line: 1, column: 1 };
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = data;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[seg as string];
  }
  return cur;
}

function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number' && !Number.isFinite(v)) return String(v);
  return typeof v;
}

function show(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 37)}...` : v);
  if (typeof v === 'number' || typeof v === 'boolean' || v === null) return String(v);
  return typeName(v);
}

// ---- schema introspection, for enum values and "did you mean" ----

interface ZodLike {
  _zod: { def: { type: string; innerType?: ZodLike; element?: ZodLike; shape?: Record<string, ZodLike>; entries?: Record<string, unknown> } };
  shape?: Record<string, ZodLike>;
}

function unwrap(s: ZodLike | undefined): ZodLike | undefined {
  let cur = s;
  while (cur && (cur._zod.def.type === 'optional' || cur._zod.def.type === 'nullable' || cur._zod.def.type === 'default'))
    cur = cur._zod.def.innerType;
  return cur;
}

function schemaAt(path: readonly PropertyKey[]): ZodLike | undefined {
  let cur = unwrap(StudyDescription as unknown as ZodLike);
  for (const seg of path) {
    if (!cur) return undefined;
    const def = cur._zod.def;
    if (def.type === 'object' && typeof seg === 'string') cur = unwrap(cur.shape?.[seg]);
    else if (def.type === 'array' && typeof seg === 'number') cur = unwrap(def.element);
    else return undefined;
  }
  return cur;
}

function enumValues(path: readonly PropertyKey[]): string[] | undefined {
  const s = schemaAt(path);
  if (s?._zod.def.type === 'enum' && s._zod.def.entries) return Object.values(s._zod.def.entries).map(String);
  return undefined;
}

function objectKeys(path: readonly PropertyKey[]): string[] {
  const s = schemaAt(path);
  return s?._zod.def.type === 'object' && s.shape ? Object.keys(s.shape) : [];
}

function distance(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const cur = [i];
    for (let j = 1; j <= n; j++)
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[n]!;
}

function suggest(key: string, candidates: string[]): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  const k = key.toLowerCase().replace(/[-\s]/g, '_');
  for (const c of candidates) {
    const d = k === c ? 0 : distance(k, c);
    if (d < bestD) {
      best = c;
      bestD = d;
    }
  }
  return best !== undefined && bestD <= Math.max(2, Math.floor(key.length / 3)) ? best : undefined;
}

const EXPECTED: Record<string, string> = { int: 'integer', safeint: 'integer' };

function issuesFromZod(error: z.ZodError, data: unknown, positions: StudyPositions, file: string): StudyIssue[] {
  const out: StudyIssue[] = [];
  const push = (path: readonly PropertyKey[], code: string, problem: string, which: 'key' | 'value') => {
    const pos = positionOf(positions, path, which);
    out.push({ file, ...pos, path: formatPath(path), code, message: `${dataPath(path)} ${problem}` });
  };
  for (const issue of error.issues) {
    const path = issue.path as PropertyKey[];
    const received = valueAt(data, path);
    switch (issue.code) {
      case 'invalid_type': {
        if (received === undefined) {
          const values = enumValues(path);
          push(path, issue.code, `is required${values ? ` (one of ${values.join(' | ')})` : ''}`, 'key');
        } else {
          const expected = EXPECTED[issue.expected] ?? issue.expected;
          const got = issue.expected === 'int' && typeof received === 'number' ? String(received) : typeName(received);
          push(path, issue.code, `expected ${expected}, received ${got}`, 'value');
        }
        break;
      }
      case 'invalid_value': {
        if (received === undefined) {
          push(path, issue.code, `is required (one of ${issue.values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(' | ')})`, 'key');
          break;
        }
        const values = issue.values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
        const exp = values.length === 1 ? values[0] : `one of ${values.join(' | ')}`;
        push(path, issue.code, `expected ${exp}, received ${show(received)}`, 'value');
        break;
      }
      case 'unrecognized_keys': {
        const allowed = objectKeys(path);
        for (const key of issue.keys) {
          const hint = suggest(key, allowed);
          const pos = positionOf(positions, [...path, key], 'key');
          out.push({
            file,
            ...pos,
            path: formatPath([...path, key]),
            code: issue.code,
            message: `${dataPath(path)} has unknown key "${key}"${hint ? ` (did you mean "${hint}"?)` : ''}`,
          });
        }
        break;
      }
      case 'too_small':
      case 'too_big': {
        const small = issue.code === 'too_small';
        const bound = small ? (issue as { minimum: number | bigint }).minimum : (issue as { maximum: number | bigint }).maximum;
        const inclusive = (issue as { inclusive?: boolean }).inclusive !== false;
        const op = small ? (inclusive ? '>=' : '>') : inclusive ? '<=' : '<';
        let problem: string;
        if (issue.origin === 'string') problem = small && bound === 1 ? 'expected a non-empty string' : `expected a string of length ${op} ${bound}`;
        else if (issue.origin === 'array') problem = `expected ${op} ${bound} items, received ${Array.isArray(received) ? received.length : typeName(received)}`;
        else problem = `expected number ${op} ${bound}, received ${show(received)}`;
        push(path, issue.code, problem, 'value');
        break;
      }
      case 'invalid_format':
        push(path, issue.code, `expected ${issue.message}, received ${show(received)}`, 'value');
        break;
      default:
        push(path, issue.code, issue.message, 'value');
    }
  }
  return out.sort((a, b) => a.line - b.line || a.column - b.column);
}

function yamlIssue(file: string, err: { message: string; linePos?: [{ line: number; col: number }, ...unknown[]]; code: string }): StudyIssue {
  const first = err.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?\s*$/, '').trim();
  const line = err.linePos?.[0]?.line ?? 1;
  const column = err.linePos?.[0]?.col ?? 1;
  return { file, line, column, path: '', code: 'yaml-syntax', message: `YAML syntax error: ${first}` };
}

/**
 * Parse and validate a study description (YAML or JSON text). Throws StudyError: for a YAML syntax error a
 * one-line `file:line:col: YAML syntax error: …`; for schema violations one line per issue,
 * `file:line:col: data.split.test expected number, received string`.
 */
export function parseStudyDescription(text: string, file: string): ParsedStudy {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const first = yamlIssue(file, doc.errors[0]!);
    throw new StudyError(file, [first]);
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 1000 });
  } catch (e) {
    throw new StudyError(file, [
      { file, line: 1, column: 1, path: '', code: 'yaml-syntax', message: `YAML syntax error: ${(e as Error).message}` },
    ]);
  }
  const positions = collectPositions(doc.contents, lc);
  const result = StudyDescription.safeParse(data);
  if (!result.success) throw new StudyError(file, issuesFromZod(result.error, data, positions, file));
  return { description: result.data, positions };
}

const STUDY_EXT = /\.(ya?ml|json)$/i;
const KNOWN_KEYS = new Set(STUDY_TOP_LEVEL_KEYS);

/**
 * Whether a file is a study description rather than a manuscript or another YAML/JSON file: a .yaml/.yml/.json
 * file whose top-level mapping has `title` and `study`, or mostly keys of the study-description schema (at least
 * two, and at least half of its keys). A description with YAML errors still counts when its keys match, so that
 * the user sees the YAML error rather than a manuscript check.
 */
export function looksLikeStudyDescription(text: string, path: string): boolean {
  if (!STUDY_EXT.test(path)) return false;
  let contents: unknown;
  try {
    contents = parseDocument(text, { prettyErrors: false }).contents;
  } catch {
    return false;
  }
  if (!isMap(contents)) return false;
  const keys = contents.items.map((p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)));
  if (keys.includes('title') && keys.includes('study')) return true;
  const known = keys.filter((k) => KNOWN_KEYS.has(k)).length;
  return known >= 2 && known * 2 >= keys.length;
}
