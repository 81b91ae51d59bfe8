/**
 * `.reportlintignore` (gitignore syntax, read from the working directory) and `--ignore-pattern`, through the
 * `ignore` package (the one ESLint uses). Patterns are relative to the working directory; files outside it are
 * never ignored.
 */
import { readFileSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import ignore from 'ignore';

export const IGNORE_FILE = '.reportlintignore';

export interface IgnoreFilter {
  /** is this absolute path ignored? */
  ignores(abs: string): boolean;
}

export function loadIgnore(cwd: string, patterns: readonly string[], readFile: boolean): IgnoreFilter {
  const ig = ignore();
  if (readFile) {
    try {
      ig.add(readFileSync(join(cwd, IGNORE_FILE), 'utf8'));
    } catch {
      /* no ignore file */
    }
  }
  ig.add([...patterns]);
  return {
    ignores(abs) {
      const rel = relative(cwd, abs);
      if (!rel || rel.startsWith('..') || isAbsolute(rel)) return false;
      return ig.ignores(rel.split(sep).join('/'));
    },
  };
}
