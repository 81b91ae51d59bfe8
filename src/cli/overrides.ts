/**
 * The configuration's `overrides`, applied per input file as in ESLint (eslintrc) and markdownlint-cli2: each
 * entry's `files` globs (picomatch, `dot: true`; a pattern without "/" matches the file name in any folder) are
 * matched against the file's path relative to `basePath`, the folder of the configuration file in use; an entry
 * whose `excludedFiles` match is skipped; matching entries apply in order, so later ones win (`rules` are merged
 * key by key, `checklist` and `failOn` replaced).
 *
 * `optionsFor` is a pure function of the options and a path (no file system), so it can run before a file is
 * dispatched or inside a worker.
 */
import { createRequire } from 'node:module';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type picomatchType from 'picomatch';
import type { RuleSettings } from '../waivers/index.js';
import type { FailOnLevel } from './config-values.js';

export interface ConfigOverride {
  files: string[];
  excludedFiles?: string[];
  /** comma-separated ids and/or checklist files (files already resolved against the configuration naming them) */
  checklist?: string;
  failOn?: FailOnLevel;
  rules?: RuleSettings;
}

/** The options an override can change, and what it needs to match. */
export interface PerFileOptions {
  checklist?: string;
  failOn?: FailOnLevel;
  rules?: RuleSettings;
  overrides?: readonly ConfigOverride[];
  /** the folder `overrides` globs are relative to (the configuration file's); default: the working directory */
  basePath?: string;
}

const matchers = new Map<string, (p: string) => boolean>();
// picomatch is required on the first override, not at every start of `check`
const requireLazy = createRequire(import.meta.url);
let picomatchModule: typeof picomatchType | undefined;

function matcher(patterns: readonly string[]): (p: string) => boolean {
  const key = patterns.join('\0');
  let m = matchers.get(key);
  if (!m) {
    // a pattern without "/" matches the file name in any folder (ESLint's matchBase); picomatch's own `basename`
    // option also changes how patterns with "/" match, so the folder part is spelt out
    picomatchModule ??= requireLazy('picomatch') as typeof picomatchType;
    m = picomatchModule(patterns.map((p) => (p.includes('/') ? p : `**/${p}`)), { dot: true });
    matchers.set(key, m);
  }
  return m;
}

/** The path of `file` relative to `basePath`, with "/" separators (a file outside it keeps its "../"). */
function relativePath(file: string, basePath: string, cwd: string): string {
  const abs = isAbsolute(file) ? file : resolve(cwd, file);
  return relative(basePath, abs).split(sep).join('/');
}

/** Does this override apply to the file? */
export function overrideApplies(o: ConfigOverride, file: string, basePath: string, cwd: string = process.cwd()): boolean {
  const rel = relativePath(file, basePath, cwd);
  if (!rel || rel.startsWith('../') || rel === '..') return false;
  return matcher(o.files)(rel) && !(o.excludedFiles?.length && matcher(o.excludedFiles)(rel));
}

/**
 * The options in effect for one file: the base options with every matching override applied in order, without
 * `overrides` and `basePath` themselves.
 */
export function optionsFor<T extends PerFileOptions>(options: T, file: string, cwd: string = process.cwd()): Omit<T, 'overrides' | 'basePath'> {
  const { overrides, basePath, ...rest } = options;
  if (!overrides?.length) return rest;
  const out: PerFileOptions = { ...rest };
  const base = basePath ?? cwd;
  for (const o of overrides) {
    if (!overrideApplies(o, file, base, cwd)) continue;
    if (o.checklist !== undefined) out.checklist = o.checklist;
    if (o.failOn !== undefined) out.failOn = o.failOn;
    if (o.rules) out.rules = { ...out.rules, ...o.rules };
  }
  return out as Omit<T, 'overrides' | 'basePath'>;
}
