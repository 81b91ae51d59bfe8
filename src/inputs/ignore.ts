/**
 * `.reportlintignore` (gitignore syntax, read from the working directory) and `--ignore-pattern`, through the
 * `ignore` package (the one ESLint uses). Patterns are relative to the working directory (a configuration's
 * `ignorePatterns`: to its folder); files outside that folder are never ignored.
 */
import { readFileSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import ignore from 'ignore';

export const IGNORE_FILE = '.reportlintignore';

export interface IgnoreFilter {
  /** is this absolute path ignored? */
  ignores(abs: string): boolean;
}

/** Patterns relative to another folder than the working directory (a configuration's `ignorePatterns`). */
export interface BasedPatterns {
  base: string;
  patterns: readonly string[];
}

/** A filter for patterns relative to `base`: files outside it are never ignored. */
function filterAt(base: string, ig: ReturnType<typeof ignore>): IgnoreFilter {
  return {
    ignores(abs) {
      const rel = relative(base, abs);
      if (!rel || rel.startsWith('..') || isAbsolute(rel)) return false;
      return ig.ignores(rel.split(sep).join('/'));
    },
  };
}

export function loadIgnore(cwd: string, patterns: readonly string[], readFile: boolean, based?: BasedPatterns): IgnoreFilter {
  const ig = ignore();
  if (readFile) {
    try {
      ig.add(readFileSync(join(cwd, IGNORE_FILE), 'utf8'));
    } catch {
      /* no ignore file */
    }
  }
  ig.add([...patterns]);
  const here = filterAt(cwd, ig);
  if (!based?.patterns.length) return here;
  const there = filterAt(based.base, ignore().add([...based.patterns]));
  return { ignores: (abs) => here.ignores(abs) || there.ignores(abs) };
}
