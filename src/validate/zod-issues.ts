/**
 * zod issues → one-line messages at a place in the file: `expected number, received string`,
 * `expected one of a | b, received "c" (did you mean "b"?)`, `has unknown key "foldz" (did you mean "folds"?)`.
 * Used for every file kind validated with zod (study descriptions, configuration).
 */
import type { z } from 'zod';
import type { Issue } from './issue.js';
import { formatPath, valueAtPath, type PathSegments } from './paths.js';
import { didYouMeanHint } from './suggest.js';
import type { Position } from './yaml-source.js';

export interface ZodIssueAt extends Issue {
  /** dotted path of the offending value ('' for the document), see formatPath */
  path: string;
  /** zod issue code */
  code: string;
}

export interface ZodIssueContext {
  file: string;
  /** the schema that was used (for allowed keys and enum values) */
  schema: z.ZodType;
  /** the data that was validated */
  data: unknown;
  /** place of a path: its key, or where its value starts */
  locate(path: PathSegments, which: 'key' | 'value'): Position;
  /** how a path is named in the message, e.g. `data.split.test` */
  subject(path: PathSegments): string;
}

// ---- schema introspection, for enum values and allowed keys ----

interface ZodLike {
  _zod: { def: { type: string; innerType?: ZodLike; element?: ZodLike; entries?: Record<string, unknown> } };
  shape?: Record<string, ZodLike>;
}

function unwrap(s: ZodLike | undefined): ZodLike | undefined {
  let cur = s;
  while (cur && ['optional', 'nullable', 'default', 'prefault', 'readonly'].includes(cur._zod.def.type)) cur = cur._zod.def.innerType;
  return cur;
}

/** The (unwrapped) schema of the value at `path`, for objects, arrays and their elements. */
function schemaAt(root: z.ZodType, path: PathSegments): ZodLike | undefined {
  let cur = unwrap(root as unknown as ZodLike);
  for (const seg of path) {
    if (!cur) return undefined;
    const def = cur._zod.def;
    if (def.type === 'object' && typeof seg === 'string') cur = unwrap(cur.shape?.[seg]);
    else if (def.type === 'array' && typeof seg === 'number') cur = unwrap(def.element);
    else return undefined;
  }
  return cur;
}

/** Allowed values of an enum at `path`, if it is one. */
export function enumValuesAt(root: z.ZodType, path: PathSegments): string[] | undefined {
  const s = schemaAt(root, path);
  if (s?._zod.def.type === 'enum' && s._zod.def.entries) return Object.values(s._zod.def.entries).map(String);
  return undefined;
}

/** Keys of the object schema at `path` ([] when it is not an object). */
export function objectKeysAt(root: z.ZodType, path: PathSegments): string[] {
  const s = schemaAt(root, path);
  return s?._zod.def.type === 'object' && s.shape ? Object.keys(s.shape) : [];
}

// ---- describing values ----

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

const EXPECTED: Record<string, string> = { int: 'integer', safeint: 'integer' };

/** Every zod issue as a located one-line message, sorted by place in the file. */
export function describeZodIssues(error: z.ZodError, ctx: ZodIssueContext): ZodIssueAt[] {
  const out: ZodIssueAt[] = [];
  const push = (path: PathSegments, code: string, problem: string, which: 'key' | 'value', subjectPath: PathSegments = path) => {
    const pos = ctx.locate(path, which);
    out.push({ file: ctx.file, ...pos, path: formatPath(path), code, message: `${ctx.subject(subjectPath)} ${problem}` });
  };
  for (const issue of error.issues) {
    const path = issue.path as PropertyKey[];
    const received = valueAtPath(ctx.data, path);
    switch (issue.code) {
      case 'invalid_type': {
        if (received === undefined) {
          const values = enumValuesAt(ctx.schema, path);
          push(path, issue.code, `is required${values ? ` (one of ${values.join(' | ')})` : ''}`, 'key');
        } else {
          const expected = EXPECTED[issue.expected] ?? issue.expected;
          const got = issue.expected === 'int' && typeof received === 'number' ? String(received) : typeName(received);
          push(path, issue.code, `expected ${expected}, received ${got}`, 'value');
        }
        break;
      }
      case 'invalid_value': {
        const values = issue.values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
        if (received === undefined) {
          push(path, issue.code, `is required (one of ${values.join(' | ')})`, 'key');
          break;
        }
        const exp = values.length === 1 ? values[0] : `one of ${values.join(' | ')}`;
        const hint = typeof received === 'string' ? didYouMeanHint(received, values) : '';
        push(path, issue.code, `expected ${exp}, received ${show(received)}${hint}`, 'value');
        break;
      }
      case 'unrecognized_keys': {
        const allowed = objectKeysAt(ctx.schema, path);
        for (const key of issue.keys) push([...path, key], issue.code, `has unknown key ${JSON.stringify(key)}${didYouMeanHint(key, allowed)}`, 'key', path);
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
