/**
 * Loading and validating checklists: the bundled ones in `<package>/checklists/*.yaml` and a user's own
 * YAML/JSON files, both through the same path (parse -> JSON Schema -> semantic checks).
 *
 * Cheap by design: nothing is read until asked for, only the requested checklists are parsed, ajv is
 * required and the schema compiled on first validation only, and parsed bundled checklists are cached
 * (frozen; treat them as read-only).
 */
import { ReportlintError } from '../errors.js';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Document } from 'yaml';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { CONCEPTS, isKnownConcept } from './concept-catalog.js';
import type { Checklist } from './types.js';

/**
 * Folder of the bundled checklists. The compiled file lives in dist/checklists/, the source in
 * src/checklists/; both are two levels below the package root.
 */
const BUNDLED_DIR_URL = new URL('../../checklists/', import.meta.url);
const BUNDLED_DIR = fileURLToPath(BUNDLED_DIR_URL);
const SCHEMA_FILE = 'schema.json';

// `yaml` and `ajv` are CommonJS under Node (for yaml, `import` resolves to the same file), so requiring them
// on first use is safe and keeps importing this module nearly free.
const requireLazy = createRequire(import.meta.url);
let yamlModule: typeof import('yaml') | undefined;
function yaml(): typeof import('yaml') {
  return (yamlModule ??= requireLazy('yaml') as typeof import('yaml'));
}

// ---------------------------------------------------------------------------------------------------------
// Errors

export interface ChecklistErrorInit {
  /** file as the user named it ('' when the problem is not tied to a file) */
  file: string;
  /** JSON pointer of the offending value ('' = the whole document) */
  pointer?: string;
  /** 1-based; 0 when unknown */
  line?: number;
  /** 1-based; 0 when unknown */
  column?: number;
  /** what is wrong, e.g. "must be array" */
  problem: string;
}

/**
 * A checklist that cannot be used. The message is one line:
 * `<file>:<line>:<col>: <JSON pointer> <problem>`, e.g. `my.yaml:12:5: /items/3/concepts must be array`.
 * The whole document is shown as `/`.
 */
export class ChecklistError extends ReportlintError {
  override readonly name = 'ChecklistError';
  readonly pointer: string;
  readonly line: number;
  readonly column: number;

  constructor(init: ChecklistErrorInit) {
    super(init.file, init.problem, formatChecklistError(init));
    this.pointer = init.pointer ?? '';
    this.line = init.line ?? 0;
    this.column = init.column ?? 0;
  }
}

function formatChecklistError(e: ChecklistErrorInit): string {
  const problem = e.problem.replace(/\s*\n\s*/g, ' ').trim();
  const subject = e.pointer === undefined ? '' : `${e.pointer === '' ? '/' : e.pointer} `;
  if (!e.file) return subject + problem;
  if (e.line) return `${e.file}:${e.line}:${e.column || 1}: ${subject}${problem}`;
  return `${e.file}: ${subject}${problem}`;
}

// ---------------------------------------------------------------------------------------------------------
// Bundled checklists

let bundledIds: string[] | undefined;
const bundledCache = new Map<string, Checklist>();

/** Ids of the checklists shipped with reportlint, sorted. */
export function listBundledChecklists(): string[] {
  if (!bundledIds) {
    let names: string[];
    try {
      names = readdirSync(BUNDLED_DIR);
    } catch {
      names = [];
    }
    bundledIds = names
      .filter((n) => n.endsWith('.yaml'))
      .map((n) => n.slice(0, -'.yaml'.length))
      .sort();
  }
  return [...bundledIds];
}

/** A bundled checklist by id (e.g. `claim-2024`). Throws a ChecklistError listing the available ids. */
export function loadBundledChecklist(id: string): Checklist {
  const cached = bundledCache.get(id);
  if (cached) return cached;
  const available = listBundledChecklists();
  if (!available.includes(id)) {
    const near = closest(id, available);
    throw new ChecklistError({
      file: '',
      problem:
        `unknown checklist '${id}'` +
        (near ? ` (did you mean '${near}'?)` : '') +
        `; available: ${available.join(', ') || '(none found)'}`,
    });
  }
  const abs = path.join(BUNDLED_DIR, `${id}.yaml`);
  const shown = `checklists/${id}.yaml`;
  const pre = precompiled(id, abs);
  const checklist = pre !== undefined ? validateData(pre, shown, { source: abs, expectedId: id }) : parseChecklist(readText(abs, shown), shown, { source: abs, expectedId: id });
  deepFreeze(checklist);
  bundledCache.set(id, checklist);
  return checklist;
}

let compiledBundle: Record<string, { size: number; mtimeMs: number; data: unknown }> | null | undefined;

/** The parsed data of a bundled checklist from dist/compiled/checklists.json, if it is there and up to date. */
function precompiled(id: string, abs: string): unknown {
  if (compiledBundle === undefined) {
    try {
      compiledBundle = JSON.parse(readFileSync(new URL('checklists.json', COMPILED_URL), 'utf8')) as typeof compiledBundle;
    } catch {
      compiledBundle = null;
    }
  }
  const entry = compiledBundle?.[id];
  if (!entry) return undefined;
  try {
    const st = statSync(abs);
    if (st.size !== entry.size || st.mtimeMs !== entry.mtimeMs) return undefined;
  } catch {
    return undefined;
  }
  return entry.data;
}

/** Validate already-parsed data; on any problem fall back to the YAML path, which can point at lines. */
function validateData(data: unknown, shown: string, options: ParseChecklistOptions): Checklist {
  // locating an error needs the YAML document: parse it only if there is an error to locate
  const locate: Pick<ParsedSource, 'locate'> = {
    locate: (pointer, atKey) => parseSource(readText(options.source!, shown), shown).locate(pointer, atKey),
  };
  return checkData(structuredClone(data), shown, options, locate);
}

// ---------------------------------------------------------------------------------------------------------
// User files

/** A user's own checklist file (YAML or JSON). Errors name the file as given. */
export function loadChecklistFile(file: string): Checklist {
  const abs = path.resolve(file);
  return parseChecklist(readText(abs, file), file, { source: abs, custom: true });
}

export interface ParseChecklistOptions {
  /** recorded as `source` on the result */
  source?: string;
  /** mark the result as a user's own checklist */
  custom?: boolean;
  /** require this checklist id (bundled files must match their file name) */
  expectedId?: string;
}

/**
 * Parse and validate checklist text (YAML or JSON). `file` is used in error messages only.
 */
export function parseChecklist(text: string, file: string, options: ParseChecklistOptions = {}): Checklist {
  const src = parseSource(text, file);
  return checkData(src.data, file, options, src);
}

/** Validate parsed checklist data; `src.locate` turns a JSON pointer into a line/column for the error. */
function checkData(data: unknown, file: string, options: ParseChecklistOptions, src: Pick<ParsedSource, 'locate'>): Checklist {
  const validate = getValidator();
  if (!validate(data)) {
    const err = pickError(validate.errors ?? []);
    const { pointer, problem, atKey } = describeAjvError(err, data);
    throw new ChecklistError({ file, pointer, problem, ...src.locate(pointer, atKey) });
  }

  // The schema guarantees the shape from here on.
  const raw = data as Record<string, unknown> & Checklist;
  const items = raw.items;

  const firstById = new Map<string, number>();
  items.forEach((item, i) => {
    const prev = firstById.get(item.id);
    if (prev !== undefined) {
      const pointer = `/items/${i}/id`;
      throw new ChecklistError({
        file,
        pointer,
        problem: `duplicate item id '${item.id}' (first used at /items/${prev})`,
        ...src.locate(pointer, true),
      });
    }
    firstById.set(item.id, i);

    item.concepts.forEach((key, k) => {
      if (!isKnownConcept(key)) {
        const pointer = `/items/${i}/concepts/${k}`;
        const near = closest(key, Object.keys(CONCEPTS));
        throw new ChecklistError({
          file,
          pointer,
          problem: `unknown concept '${key}'` + (near ? ` (did you mean '${near}'?)` : ''),
          ...src.locate(pointer, false),
        });
      }
    });
  });

  if (options.expectedId !== undefined && raw.id !== options.expectedId) {
    throw new ChecklistError({
      file,
      pointer: '/id',
      problem: `is '${raw.id}' but must be '${options.expectedId}' (the file name)`,
      ...src.locate('/id', true),
    });
  }

  if (raw.rows !== items.length) {
    throw new ChecklistError({
      file,
      pointer: '/rows',
      problem: `is ${raw.rows} but items has ${items.length} ${items.length === 1 ? 'entry' : 'entries'}`,
      ...src.locate('/rows', true),
    });
  }

  const { $schema: _schemaRef, ...fields } = raw;
  const checklist: Checklist = { ...fields };
  if (options.custom) checklist.custom = true;
  if (options.source !== undefined) checklist.source = options.source;
  return checklist;
}

// ---------------------------------------------------------------------------------------------------------
// Specs from the command line / config

/**
 * Resolve a comma-separated list of bundled ids and/or file paths, e.g. `claim-2024,./my-list.yaml`.
 * A part is a file when it ends in .yaml/.yml/.json or contains a path separator.
 */
export function resolveChecklists(spec: string): Checklist[] {
  const parts = spec
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  if (parts.length === 0) {
    throw new ChecklistError({
      file: '',
      problem: `no checklist given; available: ${listBundledChecklists().join(', ')}`,
    });
  }
  const out: Checklist[] = [];
  const byId = new Map<string, Checklist>();
  for (const part of parts) {
    const checklist = isPathLike(part) ? loadChecklistFile(part) : loadBundledChecklist(part);
    const seen = byId.get(checklist.id);
    if (seen) {
      if (seen.source === checklist.source) continue;
      throw new ChecklistError({
        file: isPathLike(part) ? part : '',
        problem: `checklist id '${checklist.id}' is requested twice (${seen.source ?? seen.id} and ${checklist.source ?? part})`,
      });
    }
    byId.set(checklist.id, checklist);
    out.push(checklist);
  }
  return out;
}

function isPathLike(part: string): boolean {
  return /\.(ya?ml|json)$/i.test(part) || part.includes('/') || part.includes(path.sep);
}

// ---------------------------------------------------------------------------------------------------------
// Parsing with positions

interface ParsedSource {
  data: unknown;
  /** position of the value at `pointer` (of its key when `atKey` and the last step is a mapping key) */
  locate(pointer: string, atKey: boolean): { line: number; column: number };
}

function parseSource(text: string, file: string): ParsedSource {
  const { LineCounter, parseDocument } = yaml();
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const pos = (offset: number) => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, column: p.col };
  };
  const syntax = doc.errors[0];
  if (syntax) {
    const offset = syntax.pos[0];
    throw new ChecklistError({
      file,
      pointer: pointerAt(doc, offset),
      problem: `YAML syntax error: ${firstLine(syntax.message)}`,
      ...pos(offset),
    });
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    throw new ChecklistError({ file, pointer: '', problem: `cannot read document: ${firstLine(String(e))}`, ...pos(0) });
  }
  return {
    data,
    locate: (pointer, atKey) => pos(offsetOf(doc, pointer, atKey)),
  };
}

type Ranged = { range?: [number, number, number] | null };

function startOf(node: unknown, fallback: number): number {
  const r = (node as Ranged | null | undefined)?.range;
  return r ? r[0] : fallback;
}

function endOf(node: unknown, fallback: number): number {
  const r = (node as Ranged | null | undefined)?.range;
  return r ? r[2] : fallback;
}

function keyText(key: unknown): string {
  return yaml().isScalar(key) ? String((key as { value: unknown }).value) : String(key);
}

function offsetOf(doc: Document, pointer: string, atKey: boolean): number {
  const { isMap, isSeq } = yaml();
  const segments = splitPointer(pointer);
  let node: unknown = doc.contents;
  let offset = startOf(node, 0);
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i]!;
    const last = i === segments.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => keyText(p.key) === seg);
      if (!pair) break;
      offset = startOf(pair.key, offset);
      if (last && atKey) break;
      node = pair.value;
      offset = startOf(node, offset);
    } else if (isSeq(node)) {
      const item = node.items[Number(seg)];
      if (item === undefined) break;
      node = item;
      offset = startOf(node, offset);
    } else {
      break;
    }
  }
  return offset;
}

/** JSON pointer of the innermost node whose range contains `offset` (best effort, for syntax errors). */
function pointerAt(doc: Document, offset: number): string {
  const { isMap, isSeq } = yaml();
  const segs: string[] = [];
  let node: unknown = doc.contents;
  for (;;) {
    if (isMap(node)) {
      const pair = node.items.find((p) => {
        const from = startOf(p.key, -1);
        const to = endOf(p.value, endOf(p.key, -1));
        return from >= 0 && offset >= from && offset <= to;
      });
      if (!pair) break;
      segs.push(keyText(pair.key));
      node = pair.value;
    } else if (isSeq(node)) {
      const idx = node.items.findIndex((it) => offset >= startOf(it, -1) && offset <= endOf(it, -1));
      if (idx < 0) break;
      segs.push(String(idx));
      node = node.items[idx];
    } else {
      break;
    }
  }
  return segs.map((s) => '/' + s.replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

function splitPointer(pointer: string): string[] {
  if (!pointer) return [];
  return pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function escapeSegment(s: string): string {
  return s.replace(/~/g, '~0').replace(/\//g, '~1');
}

function firstLine(s: string): string {
  return s.split('\n')[0]!.trim();
}

function readText(abs: string, shown: string): string {
  try {
    return readFileSync(abs, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : firstLine(String(e));
    throw new ChecklistError({ file: shown, problem: `cannot read checklist file: ${why}` });
  }
}

// ---------------------------------------------------------------------------------------------------------
// JSON Schema validation (ajv, loaded and compiled once, on first use)

interface SchemaShape {
  properties: Record<string, unknown>;
  definitions: { item: { properties: Record<string, unknown> } };
}

let validator: ValidateFunction | undefined;
let schemaShape: SchemaShape | undefined;

// Written by scripts/build.mjs next to the compiled code (dist/compiled/): a standalone validator and the bundled
// checklists already parsed, so that a normal run neither compiles the schema nor parses YAML.
const COMPILED_URL = new URL('../compiled/', import.meta.url);

function getValidator(): ValidateFunction {
  if (!validator) {
    try {
      validator = requireLazy(fileURLToPath(new URL('validate-checklist.cjs', COMPILED_URL))) as ValidateFunction;
      schemaShape = JSON.parse(readFileSync(path.join(BUNDLED_DIR, SCHEMA_FILE), 'utf8')) as SchemaShape;
      return validator;
    } catch {
      validator = undefined; // not built (running from src/): compile below
    }
    const schemaPath = path.join(BUNDLED_DIR, SCHEMA_FILE);
    const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as SchemaShape;
    const ajvModule = requireLazy('ajv') as typeof import('ajv');
    const Ajv = ajvModule.default;
    // The schema itself is checked against the draft-07 meta-schema by the tests; skipping that here
    // saves compiling the meta-schema on every start.
    const ajv = new Ajv({ allErrors: false, strict: true, validateSchema: false, code: { optimize: false } });
    validator = ajv.compile(schema);
    schemaShape = schema;
  }
  return validator;
}

function pickError(errors: ErrorObject[]): ErrorObject {
  return errors[0] ?? ({ instancePath: '', keyword: 'unknown', params: {}, schemaPath: '', message: 'is invalid' } as ErrorObject);
}

const PATTERN_HINTS: Array<[RegExp, string]> = [
  [/^\/(id|supersedes)$/, "must be lowercase letters, digits and hyphens, e.g. 'my-checklist-2025'"],
  [/^\/doi$/, "must be a bare DOI such as '10.1136/bmj.h5527' (without https://doi.org/)"],
  [/^\/url$/, 'must be an http(s) URL'],
  [/^\/items\/\d+\/id$/, "must be letters and digits, e.g. '7' or '10a'"],
  [/^\/items\/\d+\/concepts\/\d+$/, 'must be a concept key in snake_case, e.g. data_source'],
];

function describeAjvError(err: ErrorObject, data: unknown): { pointer: string; problem: string; atKey: boolean } {
  const at = err.instancePath;
  const p = err.params as Record<string, unknown>;
  switch (err.keyword) {
    case 'required':
      return { pointer: at, problem: `must have required property '${String(p.missingProperty)}'`, atKey: false };
    case 'additionalProperties': {
      const prop = String(p.additionalProperty);
      const allowed = Object.keys(allowedProperties(at));
      const near = closest(prop, allowed);
      return {
        pointer: `${at}/${escapeSegment(prop)}`,
        problem:
          'is not an allowed property' +
          (near ? ` (did you mean '${near}'?)` : `; allowed: ${allowed.join(', ')}`),
        atKey: true,
      };
    }
    case 'type': {
      let problem = `must be ${String(p.type)}`;
      if (/^\/items\/\d+\/id$/.test(at) && typeof valueAt(data, at) === 'number') {
        problem += ' (quote item ids: id: "7")';
      }
      return { pointer: at, problem, atKey: true };
    }
    case 'enum': {
      const allowed = (p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ');
      return { pointer: at, problem: `must be one of ${allowed}`, atKey: true };
    }
    case 'pattern': {
      const hint = PATTERN_HINTS.find(([re]) => re.test(at));
      return { pointer: at, problem: hint ? hint[1] : `must match pattern ${String(p.pattern)}`, atKey: true };
    }
    case 'minItems':
      return {
        pointer: at,
        problem: p.limit === 1 ? 'must not be empty' : `must have at least ${String(p.limit)} entries`,
        atKey: true,
      };
    case 'minLength':
      return { pointer: at, problem: 'must not be empty', atKey: true };
    case 'uniqueItems':
      return {
        pointer: at,
        problem: `must not repeat entries (entries ${String(p.j)} and ${String(p.i)} are equal)`,
        atKey: true,
      };
    default:
      return { pointer: at, problem: err.message ?? 'is invalid', atKey: true };
  }
}

function allowedProperties(instancePath: string): Record<string, unknown> {
  const shape = schemaShape!;
  return /^\/items\/\d+$/.test(instancePath) ? shape.definitions.item.properties : shape.properties;
}

function valueAt(data: unknown, pointer: string): unknown {
  let v: unknown = data;
  for (const seg of splitPointer(pointer)) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[seg];
  }
  return v;
}

// ---------------------------------------------------------------------------------------------------------
// Small helpers

/** the candidate closest to `s` by edit distance, when it is close enough to be a likely typo */
function closest(s: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = editDistance(s.toLowerCase(), c.toLowerCase());
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  const normalized = (x: string) => x.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (best !== undefined && normalized(best) === normalized(s)) return best; // source_section vs sourceSection
  return best !== undefined && bestD <= Math.max(1, Math.floor(s.length / 4)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as Record<string, unknown>)) deepFreeze(v);
  }
  return value;
}
