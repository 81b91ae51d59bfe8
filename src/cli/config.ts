/**
 * Configuration files, found the way ESLint/remark users expect: `.reportlintrc`, `.reportlintrc.json`,
 * `.reportlintrc.yaml`/`.yml`, or a "reportlint" field in package.json, searched from the working directory
 * upwards. Command-line flags override the file. Read through the validate module (YAML or JSON, errors at
 * `file:line:col`) and validated with the zod schema in config-schema.ts (loaded only when a file is found).
 */
import { existsSync, readFileSync } from 'node:fs';
import { checkReadablePath } from '../util/fs.js';
import { dirname, join, resolve } from 'node:path';
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

export function findConfig(cwd: string): string | undefined {
  let dir = resolve(cwd);
  for (;;) {
    for (const n of NAMES) if (existsSync(join(dir, n))) return join(dir, n);
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      try {
        const data = JSON.parse(readFileSync(pkg, 'utf8')) as Record<string, unknown>;
        if (data && typeof data === 'object' && 'reportlint' in data) return `${pkg}${PKG_FIELD}`;
      } catch {
        /* a broken package.json is not ours to report */
      }
    }
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
  return { ...c, ...(Array.isArray(c.checklist) ? { checklist: c.checklist.join(',') } : {}) } as ReportlintConfig;
}
