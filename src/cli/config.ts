/**
 * Configuration files, found the way ESLint/remark users expect: `.reportlintrc`, `.reportlintrc.json`,
 * `.reportlintrc.yaml`/`.yml`, or a "reportlint" field in package.json, searched from the working directory
 * upwards. Command-line flags override the file. Validated with zod (loaded only when a file is found).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { InputError } from '../readers/types.js';

export interface ReportlintConfig {
  checklist?: string;
  failOn?: 'missing' | 'partial' | 'never';
  format?: 'stylish' | 'json' | 'checklist' | 'sarif' | 'csv';
  quiet?: boolean;
  verbose?: boolean;
  explain?: boolean;
  color?: boolean;
}

const NAMES = ['.reportlintrc', '.reportlintrc.json', '.reportlintrc.yaml', '.reportlintrc.yml'];

export function findConfig(cwd: string): string | undefined {
  let dir = resolve(cwd);
  for (;;) {
    for (const n of NAMES) if (existsSync(join(dir, n))) return join(dir, n);
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      try {
        const data = JSON.parse(readFileSync(pkg, 'utf8')) as Record<string, unknown>;
        if (data && typeof data === 'object' && 'reportlint' in data) return `${pkg}#reportlint`;
      } catch {
        /* a broken package.json is not ours to report */
      }
    }
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

export async function loadConfig(file: string): Promise<ReportlintConfig> {
  const { z } = await import('zod');
  const schema = z
    .object({
      checklist: z.union([z.string(), z.array(z.string())]).optional(),
      failOn: z.enum(['missing', 'partial', 'never']).optional(),
      format: z.enum(['stylish', 'json', 'checklist', 'sarif', 'csv']).optional(),
      quiet: z.boolean().optional(),
      verbose: z.boolean().optional(),
      explain: z.boolean().optional(),
      color: z.boolean().optional(),
    })
    .strict();
  const isPkg = file.endsWith('#reportlint');
  const path = isPkg ? file.slice(0, -'#reportlint'.length) : file;
  let raw: unknown;
  try {
    const text = readFileSync(path, 'utf8');
    if (isPkg) raw = (JSON.parse(text) as Record<string, unknown>).reportlint;
    else if (/\.ya?ml$/.test(path) || (!path.endsWith('.json') && !text.trimStart().startsWith('{'))) {
      const { parse } = await import('yaml');
      raw = parse(text) ?? {};
    } else raw = JSON.parse(text);
  } catch (e) {
    throw new InputError(path, `cannot parse configuration: ${(e as Error).message.split('\n')[0]}`);
  }
  const r = schema.safeParse(raw);
  if (!r.success) {
    const i = r.error.issues[0]!;
    const where = i.path.length ? i.path.join('.') : '(root)';
    throw new InputError(path, `invalid configuration: ${where}: ${i.message}`);
  }
  const c = r.data;
  return { ...c, ...(Array.isArray(c.checklist) ? { checklist: c.checklist.join(',') } : {}) } as ReportlintConfig;
}
