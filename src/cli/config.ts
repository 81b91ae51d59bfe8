/**
 * Configuration files, found the way ESLint/remark users expect: `.reportlintrc`, `.reportlintrc.json`,
 * `.reportlintrc.yaml`/`.yml`, or a "reportlint" field in package.json, searched from the working directory
 * upwards. Command-line flags override the file. Read through the validate module (YAML or JSON, errors at
 * `file:line:col`) and validated with the zod schema in config-schema.ts (loaded only when a file is found).
 */
import { existsSync, readFileSync } from 'node:fs';
import { checkReadablePath } from '../util/fs.js';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { ReportlintError } from '../errors.js';
import { describeZodIssues, formatPath, parseYaml, ValidationError, type PathSegments } from '../validate/index.js';
import type { FailOnLevel } from './config-values.js';

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
  ignorePatterns?: string[];
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

/** Read and validate a configuration file (`<dir>/package.json#reportlint` for the package.json field). */
export async function loadConfig(file: string): Promise<ReportlintConfig> {
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
  const c = r.data;
  const list = c.checklist === undefined ? undefined : Array.isArray(c.checklist) ? c.checklist : c.checklist.split(',');
  // checklist files named in a configuration are relative to it, not to the working directory
  const base = dirname(path);
  const checklist = list?.map((x) => x.trim()).map((x) => (isChecklistFile(x) && !isAbsolute(x) ? resolve(base, x) : x)).join(',');
  return { ...c, ...(checklist !== undefined ? { checklist } : {}) } as ReportlintConfig;
}

/** A checklist entry that names a file (not a bundled id, auto or all). */
function isChecklistFile(x: string): boolean {
  return /\.(ya?ml|json)$/i.test(x) || x.includes('/') || x.includes('\\');
}
