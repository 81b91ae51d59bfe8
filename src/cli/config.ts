/**
 * Configuration files, found the way ESLint/remark users expect: `.reportlintrc`, `.reportlintrc.json`,
 * `.reportlintrc.yaml`/`.yml`, or a "reportlint" field in package.json, searched from the working directory
 * upwards; `extends` builds on other files, `overrides` sets options per glob (overrides.ts). Command-line flags
 * override the file. Read through the validate module (YAML or JSON, errors at
 * `file:line:col`) and validated with the zod schema in config-schema.ts (loaded only when a file is found).
 */
import { existsSync, readFileSync } from 'node:fs';
import { checkReadablePath } from '../util/fs.js';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { ReportlintError } from '../errors.js';
import { describeZodIssues, formatPath, parseYaml, ValidationError, type PathSegments } from '../validate/index.js';
import type { FailOnLevel } from './config-values.js';
import type { ConfigOverride } from './overrides.js';
import { createRequire } from 'node:module';

export type { FailOnLevel } from './config-values.js';

export interface ReportlintConfig {
  /** comma-separated ids and/or files */
  checklist?: string;
  failOn?: FailOnLevel;
  /** one of FORMATS (src/reporters) */
  format?: string;
  quiet?: boolean;
  verbose?: boolean;
  explain?: boolean;
  color?: boolean;
  /** limits by their --limit names, values as strings (`16MB`) or numbers */
  limits?: Record<string, string | number>;
  rules?: Record<string, 'off' | 'warn' | 'error'>;
  maxWarnings?: number;
  /** gitignore-style patterns relative to `basePath` */
  ignorePatterns?: string[];
  /** settings for the files some globs match (see overrides.ts) */
  overrides?: ConfigOverride[];
  /** the folder of the configuration file: `ignorePatterns` and `overrides` globs are relative to it */
  basePath?: string;
}

/** A configuration file that cannot be used: one line, `file:line:col: invalid configuration: …`. */
export class ConfigError extends ValidationError {
  constructor(file: string, line: number, column: number, message: string) {
    super(file, [{ file, line, column, message }]);
    this.name = 'ConfigError';
  }
}

const NAMES = ['.reportlintrc', '.reportlintrc.json', '.reportlintrc.yaml', '.reportlintrc.yml'];
const PKG_FIELD = '#reportlint';

/** Two configuration files in one folder: neither silently wins. */
export class ConfigConflictError extends ReportlintError {
  override name = 'ConfigConflictError';
}

/** The configuration files in one folder (rc files and a package.json "reportlint" field). */
function configsIn(dir: string): string[] {
  const found = NAMES.filter((n) => existsSync(join(dir, n))).map((n) => join(dir, n));
  const pkg = join(dir, 'package.json');
  if (existsSync(pkg)) {
    try {
      const data = JSON.parse(readFileSync(pkg, 'utf8')) as Record<string, unknown>;
      if (data && typeof data === 'object' && 'reportlint' in data) found.push(`${pkg}${PKG_FIELD}`);
    } catch {
      /* a broken package.json is not ours to report */
    }
  }
  return found;
}

/** The nearest configuration file, from `cwd` upwards; two in the nearest folder that has one is an error. */
export function findConfig(cwd: string): string | undefined {
  let dir = resolve(cwd);
  for (;;) {
    const found = configsIn(dir);
    if (found.length > 1) {
      const [a, b] = found.map((f) => (f.endsWith(PKG_FIELD) ? `${f.slice(0, -PKG_FIELD.length)} ("reportlint" field)` : f));
      throw new ConfigConflictError(found[0]!, `competes with ${b}: keep one configuration file per folder`, `${a} and ${b} are both configuration files: keep one per folder`);
    }
    if (found.length) return found[0];
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

type ParsedConfig = import('zod').infer<typeof import('./config-schema.js').ConfigSchema>;

/** Read and validate one configuration file, without following `extends`. */
async function readOne(file: string): Promise<{ path: string; data: ParsedConfig; extendsAt: (i: number | undefined) => { line: number; column: number } }> {
  const isPkg = file.endsWith(PKG_FIELD);
  const path = isPkg ? file.slice(0, -PKG_FIELD.length) : file;
  const prefix: PathSegments = isPkg ? ['reportlint'] : [];
  let text: string;
  try {
    checkReadablePath(path, 'configuration file');
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new ConfigError(path, 0, 0, `cannot read configuration: ${(e as Error).message.split('\n')[0]}`);
  }
  const parsed = parseYaml(text);
  if (!parsed.ok) {
    const { line, column, message } = parsed.problem;
    throw new ConfigError(path, line, column, `cannot parse configuration: ${message}`);
  }
  const { source } = parsed;
  const raw = isPkg ? (source.data as Record<string, unknown>).reportlint : (source.data ?? {});

  const { ConfigSchema } = await import('./config-schema.js');
  const r = ConfigSchema.safeParse(raw);
  if (!r.success) {
    const [first] = describeZodIssues(r.error, {
      file: path,
      schema: ConfigSchema,
      data: raw,
      locate: (p, which) => source.locate([...prefix, ...p], which),
      subject: (p) => formatPath([...prefix, ...p]) || 'configuration',
    });
    throw new ConfigError(path, first!.line, first!.column, `invalid configuration: ${first!.message}`);
  }
  const extendsAt = (i: number | undefined) => source.locate([...prefix, 'extends', ...(i === undefined ? [] : [i])], 'value');
  return { path, data: r.data, extendsAt };
}

const asList = (x: string | string[] | undefined): string[] | undefined => (x === undefined ? undefined : Array.isArray(x) ? x : [x]);

/** A `checklist` value with the checklist files in it resolved against the configuration's folder. */
function resolveChecklist(c: string | string[] | undefined, base: string): string | undefined {
  const list = c === undefined ? undefined : Array.isArray(c) ? c : c.split(',');
  return list?.map((x) => x.trim()).map((x) => (isChecklistFile(x) && !isAbsolute(x) ? resolve(base, x) : x)).join(',');
}

/** One file's own settings, its paths resolved against its folder (`extends` left out). */
function ownSettings(data: ParsedConfig, base: string): ReportlintConfig {
  const { extends: _, checklist: c, overrides, ...rest } = data;
  const checklist = resolveChecklist(c, base);
  const out: ReportlintConfig = { ...(rest as ReportlintConfig), ...(checklist !== undefined ? { checklist } : {}) };
  if (overrides) {
    out.overrides = overrides.map((o) => {
      const oc = resolveChecklist(o.checklist, base);
      return {
        files: asList(o.files)!,
        ...(o.excludedFiles !== undefined ? { excludedFiles: asList(o.excludedFiles)! } : {}),
        ...(oc !== undefined ? { checklist: oc } : {}),
        ...(o.failOn !== undefined ? { failOn: o.failOn } : {}),
        ...(o.rules !== undefined ? { rules: o.rules } : {}),
      };
    });
  }
  return out;
}

/**
 * `b` on top of `a`: scalars replaced, `rules` and `limits` merged key by key, `ignorePatterns` and `overrides`
 * concatenated (so the later file's overrides come last and win).
 */
function mergeConfigs(a: ReportlintConfig, b: ReportlintConfig): ReportlintConfig {
  const out: ReportlintConfig = { ...a, ...b };
  if (a.rules && b.rules) out.rules = { ...a.rules, ...b.rules };
  if (a.limits && b.limits) out.limits = { ...a.limits, ...b.limits };
  if (a.ignorePatterns && b.ignorePatterns) out.ignorePatterns = [...a.ignorePatterns, ...b.ignorePatterns];
  if (a.overrides && b.overrides) out.overrides = [...a.overrides, ...b.overrides];
  return out;
}

/** The file an `extends` entry names: a path relative to the configuration naming it, or a package's module. */
function resolveExtends(entry: string, from: string, at: { line: number; column: number }): string {
  const pathLike = entry.startsWith('.') || isAbsolute(entry) || /\.(json|ya?ml)$/i.test(entry) || entry.includes('\\') || /^[^@][^/]*\//.test(entry);
  if (pathLike) {
    const target = resolve(dirname(from), entry);
    if (!existsSync(target)) throw new ConfigError(from, at.line, at.column, `invalid configuration: extends "${entry}": no such file (${target})`);
    return target;
  }
  // a package ("reportlint-config-lab" or "@lab/reportlint-config"): its main module or a JSON/YAML file it names
  let target: string;
  try {
    target = createRequire(from).resolve(entry);
  } catch {
    throw new ConfigError(from, at.line, at.column, `invalid configuration: extends "${entry}": no such file or package (a path starts with ./)`);
  }
  if (!/\.(json|ya?ml)$/i.test(target)) throw new ConfigError(from, at.line, at.column, `invalid configuration: extends "${entry}": the package's main file must be JSON or YAML (${target})`);
  return target;
}

/** A configuration and everything it extends, merged base-first; `stack` is the chain that led here. */
async function loadChain(file: string, stack: string[]): Promise<ReportlintConfig> {
  const { path, data, extendsAt } = await readOne(file);
  const base = dirname(path);
  let merged: ReportlintConfig = {};
  const list = asList(data.extends) ?? [];
  for (const [i, entry] of list.entries()) {
    const target = resolveExtends(entry, path, extendsAt(Array.isArray(data.extends) ? i : undefined));
    const at = stack.indexOf(target);
    if (at !== -1 || target === file) {
      const cycle = [...stack.slice(Math.max(at, 0)), file, target];
      const { line, column } = extendsAt(Array.isArray(data.extends) ? i : undefined);
      throw new ConfigError(path, line, column, `invalid configuration: extends forms a cycle: ${cycle.join(' → ')}`);
    }
    merged = mergeConfigs(merged, await loadChain(target, [...stack, file]));
  }
  return mergeConfigs(merged, ownSettings(data, base));
}

/**
 * Read and validate a configuration file (`<dir>/package.json#reportlint` for the package.json field) and the
 * files it `extends`, merged base-first. Checklist files are resolved against the file that names them; the
 * globs of `ignorePatterns` and `overrides` are relative to `basePath`, the folder of this (the top) file, as in
 * ESLint.
 */
export async function loadConfig(file: string): Promise<ReportlintConfig> {
  const top = resolve(file);
  const conf = await loadChain(top, []);
  const path = top.endsWith(PKG_FIELD) ? top.slice(0, -PKG_FIELD.length) : top;
  return { ...conf, basePath: dirname(path) };
}

/** A checklist entry that names a file (not a bundled id, auto or all). */
function isChecklistFile(x: string): boolean {
  return /\.(ya?ml|json)$/i.test(x) || x.includes('/') || x.includes('\\');
}
