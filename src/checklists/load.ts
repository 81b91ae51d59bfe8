/**
 * Loading and validating checklists: the bundled ones in `<package>/checklists/*.yaml` and a user's own
 * YAML/JSON files, both through the same path (parse -> JSON Schema -> semantic checks).
 *
 * Cheap by design: nothing is read until asked for, only the requested checklists are parsed, ajv is
 * required and the schema compiled on first validation only, and parsed bundled checklists are cached
 * (frozen; treat them as read-only).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { didYouMeanHint, parseYaml, ValidationError, type Position } from '../validate/index.js';
import { CONCEPTS, isKnownConcept } from '../concepts/index.js';
import { schemaProblem } from './schema-check.js';
import { providedCompiled } from '../util/compiled.js';
import { ReportlintError } from '../errors.js';
import { checkReadablePath } from '../util/fs.js';
import type { Checklist } from './types.js';

/**
 * Folder of the bundled checklists. The compiled file lives in dist/checklists/, the source in
 * src/checklists/; both are two levels below the package root.
 */
const BUNDLED_DIR_URL = new URL('../../checklists/', import.meta.url);
const BUNDLED_DIR = fileURLToPath(BUNDLED_DIR_URL);

// Written by scripts/build.mjs next to the compiled code (dist/compiled/): the bundled checklists already parsed.
const COMPILED_URL = new URL('../compiled/', import.meta.url);

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
 * A checklist that cannot be used. The message is one line in the one format (src/validate):
 * `<file>:<line>:<col>: <JSON pointer> <problem>`, e.g. `my.yaml:12:5: /items/3/concepts must be array`.
 * The whole document is shown as `/`.
 */
export class ChecklistError extends ValidationError {
  readonly pointer: string;
  readonly line: number;
  readonly column: number;

  constructor(init: ChecklistErrorInit) {
    const subject = init.pointer === undefined ? '' : `${init.pointer === '' ? '/' : init.pointer} `;
    const line = init.line ?? 0;
    const column = init.column ?? 0;
    super(init.file, [{ file: init.file, line, column, message: subject + init.problem }], init.problem);
    this.name = 'ChecklistError';
    this.pointer = init.pointer ?? '';
    this.line = line;
    this.column = column;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Bundled checklists

let bundledIds: string[] | undefined;
const bundledCache = new Map<string, Checklist>();

/** The bundled checklists handed over in memory (a browser has no folder to list): `provideCompiled('checklists.json', …)`. */
const providedBundle = () => providedCompiled('checklists.json') as CompiledBundle | undefined;

/** Ids of the checklists shipped with reportlint, sorted. */
export function listBundledChecklists(): string[] {
  if (!bundledIds) {
    let names: string[];
    try {
      names = Object.keys(providedBundle() ?? {}).map((id) => `${id}.yaml`);
      if (!names.length) names = readdirSync(BUNDLED_DIR);
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
    throw new ChecklistError({
      file: '',
      problem: `unknown checklist ${JSON.stringify(id)}${didYouMeanHint(id, available)}; available: ${available.join(', ') || '(none found)'}`,
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

/**
 * The study types each bundled checklist applies to, for `--checklist auto`: read from the precompiled data when it
 * is up to date (no validation needed to pick), else from the loaded checklist. Loading and validating every bundled
 * checklist only to choose among them would cost the start-up of every check.
 */
export function bundledAppliesTo(): Array<{ id: string; appliesTo?: string[] }> {
  return listBundledChecklists().map((id) => {
    const cached = bundledCache.get(id);
    if (cached) return cached;
    const data = precompiled(id, path.join(BUNDLED_DIR, `${id}.yaml`)) as { appliesTo?: unknown } | undefined;
    if (data && (data.appliesTo === undefined || (Array.isArray(data.appliesTo) && data.appliesTo.every((t) => typeof t === 'string')))) {
      return { id, ...(data.appliesTo ? { appliesTo: data.appliesTo as string[] } : {}) };
    }
    return loadBundledChecklist(id);
  });
}

type CompiledBundle = Record<string, { size: number; mtimeMs: number; data: unknown }>;
let compiledBundle: CompiledBundle | null | undefined;

/** The parsed data of a bundled checklist from dist/compiled/checklists.json, if it is there and up to date. */
function precompiled(id: string, abs: string): unknown {
  const inMemory = providedBundle()?.[id];
  if (inMemory) return inMemory.data;
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
  const locate: Locator = {
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
function checkData(data: unknown, file: string, options: ParseChecklistOptions, src: Locator): Checklist {
  const invalid = schemaProblem(data);
  if (invalid) {
    const { pointer, problem, atKey } = invalid;
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
        throw new ChecklistError({
          file,
          pointer,
          problem: `unknown concept ${JSON.stringify(key)}${didYouMeanHint(key, CONCEPTS.map((c) => c.id))}`,
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

interface Locator {
  /** position of the value at `pointer` (of its key when `atKey` and the last step is a mapping key) */
  locate(pointer: string, atKey: boolean): Position;
}

interface ParsedSource extends Locator {
  data: unknown;
}

function parseSource(text: string, file: string): ParsedSource {
  const parsed = parseYaml(text);
  if (!parsed.ok) {
    const { line, column, pointer, message } = parsed.problem;
    throw new ChecklistError({ file, pointer, problem: message, line, column });
  }
  const { source } = parsed;
  return { data: source.data, locate: (pointer, atKey) => source.locate(pointer, atKey ? 'key' : 'value') };
}

function readText(abs: string, shown: string): string {
  try {
    checkReadablePath(abs, 'checklist file');
    return readFileSync(abs, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (e instanceof ReportlintError) throw new ChecklistError({ file: shown, problem: `cannot read checklist file: ${e.problem}` });
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : String(e).split('\n')[0]!.trim();
    throw new ChecklistError({ file: shown, problem: `cannot read checklist file: ${why}` });
  }
}

// ---------------------------------------------------------------------------------------------------------
// Small helpers

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as Record<string, unknown>)) deepFreeze(v);
  }
  return value;
}
