/**
 * Validating checklist data against the checklist JSON Schema (generated from the zod schema in schema.ts) with
 * ajv, and turning ajv's first error into a pointer and a short problem. ajv is required and the schema compiled
 * on first use only; after `npm run build` a standalone validator precompiled by scripts/build.mjs is used.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { providedCompiled } from '../util/compiled.js';
import { didYouMeanHint, escapePointerSegment, pointerToPath, valueAtPath } from '../validate/index.js';

/** checklists/schema.json: generated from the zod schema (a test fails when it is stale) */
const SCHEMA_FILE = fileURLToPath(new URL('../../checklists/schema.json', import.meta.url));

// `ajv` is CommonJS, so requiring it on first use is safe and keeps importing this module nearly free.
const requireLazy = createRequire(import.meta.url);

/** A schema violation: where (JSON pointer; point at the key or the value) and what. */
export interface SchemaProblem {
  pointer: string;
  problem: string;
  atKey: boolean;
}

/** The first schema violation of `data`, or undefined when it is valid. */
export function schemaProblem(data: unknown): SchemaProblem | undefined {
  const validate = getValidator();
  if (validate(data)) return undefined;
  return describeAjvError(pickError(validate.errors ?? []), data);
}

interface SchemaShape {
  properties: Record<string, unknown>;
  definitions: { item: { properties: Record<string, unknown> } };
}

let validator: ValidateFunction | undefined;
let schemaShape: SchemaShape | undefined;

// Written by scripts/build.mjs next to the compiled code (dist/compiled/): the JSON Schema generated from the zod
// schema (checklist-schema.json), a standalone validator compiled from it and the bundled checklists already
// parsed, so that a normal run neither compiles the schema nor parses YAML.
const COMPILED_URL = new URL('../compiled/', import.meta.url);

/** The generated JSON Schema: from the build, or (running from src/) the committed copy, which a test keeps equal. */
function loadSchema(): SchemaShape {
  schemaShape ??= providedCompiled('checklist-schema.json') as SchemaShape | undefined;
  if (!schemaShape) {
    let text: string;
    try {
      text = readFileSync(new URL('checklist-schema.json', COMPILED_URL), 'utf8');
    } catch {
      text = readFileSync(SCHEMA_FILE, 'utf8');
    }
    schemaShape = JSON.parse(text) as SchemaShape;
  }
  return schemaShape;
}

function getValidator(): ValidateFunction {
  if (!validator) validator = providedCompiled('validate-checklist.cjs') as ValidateFunction | undefined;
  if (!validator) {
    try {
      validator = requireLazy(fileURLToPath(new URL('validate-checklist.cjs', COMPILED_URL))) as ValidateFunction;
      return validator;
    } catch {
      validator = undefined; // not built (running from src/): compile below
    }
    const ajvModule = requireLazy('ajv') as typeof import('ajv');
    const Ajv = ajvModule.default;
    // The schema itself is checked against the draft-07 meta-schema by the tests; skipping that here
    // saves compiling the meta-schema on every start.
    const ajv = new Ajv({ allErrors: false, strict: true, validateSchema: false, code: { optimize: false } });
    validator = ajv.compile(loadSchema());
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

function describeAjvError(err: ErrorObject, data: unknown): SchemaProblem {
  const at = err.instancePath;
  const p = err.params as Record<string, unknown>;
  switch (err.keyword) {
    case 'required':
      return { pointer: at, problem: `must have required property '${String(p.missingProperty)}'`, atKey: false };
    case 'additionalProperties': {
      const prop = String(p.additionalProperty);
      const allowed = Object.keys(allowedProperties(at));
      const hint = didYouMeanHint(prop, allowed);
      return {
        pointer: `${at}/${escapePointerSegment(prop)}`,
        problem: 'is not an allowed property' + (hint || `; allowed: ${allowed.join(', ')}`),
        atKey: true,
      };
    }
    case 'type': {
      let problem = `must be ${String(p.type)}`;
      if (/^\/items\/\d+\/id$/.test(at) && typeof valueAtPath(data, pointerToPath(at)) === 'number') {
        problem += ' (quote item ids: id: "7")';
      }
      return { pointer: at, problem, atKey: true };
    }
    case 'enum': {
      const values = p.allowedValues as unknown[];
      const allowed = values.map((v) => JSON.stringify(v)).join(', ');
      const received = valueAtPath(data, pointerToPath(at));
      const hint = typeof received === 'string' ? didYouMeanHint(received, values.filter((v): v is string => typeof v === 'string')) : '';
      return { pointer: at, problem: `must be one of ${allowed}${hint}`, atKey: true };
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
  const shape = loadSchema();
  return /^\/items\/\d+$/.test(instancePath) ? shape.definitions.item.properties : shape.properties;
}
