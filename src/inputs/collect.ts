/**
 * What `check` reads: files, folders (recursively, every extension of the input-format table), globs and `-`
 * (standard input). Symbolic links inside a folder are followed only when they stay under that folder; hidden
 * files and folders and node_modules are skipped; YAML/JSON files found in a folder count only when they are
 * study descriptions (not configurations or checklists). A LaTeX file that another one reaches by `\input` is
 * part of that manuscript. `.reportlintignore` (gitignore syntax, in the working directory) and
 * `--ignore-pattern` remove files found in folders and by globs; a file named on the command line that they
 * match is skipped with a notice. The order is deterministic: arguments in their order, each folder's entries
 * sorted by name, duplicates dropped.
 */
import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve, sep } from 'node:path';
import { decodeText, readInputBytes } from '../readers/index.js';
import { formatByExtension, isStudyPath } from '../readers/formats.js';
import { looksLikeStudyDescription } from '../study/sniff.js';
import { loadIgnore, type BasedPatterns, type IgnoreFilter } from './ignore.js';
import { latexRoots } from './latex-roots.js';

// tinyglobby (with fdir and picomatch, ~30 CommonJS files) is needed only for an argument that names no file and
// may be a glob: required then, not at every start of `check`
const requireLazy = createRequire(import.meta.url);
let tinyglobby: typeof import('tinyglobby') | undefined;
const glob = (): typeof import('tinyglobby') => (tinyglobby ??= requireLazy('tinyglobby') as typeof import('tinyglobby'));

/** The name standard input goes by when `--stdin-filename` is not given. */
export const STDIN = '-';

export interface CollectOptions {
  cwd?: string;
  /** extra gitignore-style patterns (`--ignore-pattern`) */
  ignorePatterns?: readonly string[];
  /** read `.reportlintignore` (default true) */
  ignoreFile?: boolean;
  /** the configuration's `ignorePatterns`, relative to its folder */
  configIgnore?: BasedPatterns;
}

export interface Collected {
  /** paths to check, in order; `-` is standard input */
  files: string[];
  /** arguments that gave nothing to check: `path: problem` */
  errors: string[];
  /** files named on the command line but ignored */
  ignored: string[];
}

const skipped = (name: string) => name.startsWith('.') || name === 'node_modules';

function isStudyDescription(path: string): boolean {
  try {
    return looksLikeStudyDescription(decodeText(path, readInputBytes(path)), path);
  } catch {
    return false;
  }
}

/** A file found in a folder or by a glob is checked when its extension names a format. */
function wanted(path: string): boolean {
  const row = formatByExtension(path);
  if (!row) return false;
  return !isStudyPath(path) || isStudyDescription(path);
}

/** Supported files under `dir`, depth first, entries sorted; symlinks followed only inside `rootReal`. */
function walk(dir: string, rootReal: string, seen: Set<string>, out: string[]): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (skipped(e.name)) continue;
    const p = join(dir, e.name);
    let isDir = e.isDirectory();
    let isFile = e.isFile();
    if (e.isSymbolicLink()) {
      let real: string;
      try {
        real = realpathSync(p);
      } catch {
        continue; // a dangling link
      }
      if (real !== rootReal && !real.startsWith(rootReal + sep)) continue;
      const st = statSync(real);
      isDir = st.isDirectory();
      isFile = st.isFile();
    }
    if (isDir) {
      const real = realpathSync(p);
      if (seen.has(real)) continue;
      seen.add(real);
      walk(p, rootReal, seen, out);
    } else if (isFile && wanted(p)) out.push(p);
  }
}

export function collectInputs(args: readonly string[], opts: CollectOptions = {}): Collected {
  const cwd = opts.cwd ?? process.cwd();
  const filter: IgnoreFilter = loadIgnore(cwd, opts.ignorePatterns ?? [], opts.ignoreFile ?? true, opts.configIgnore);
  const files: string[] = [];
  const errors: string[] = [];
  const ignored: string[] = [];
  const seen = new Set<string>();
  const add = (p: string) => {
    const key = p === STDIN ? STDIN : resolve(cwd, p);
    if (!seen.has(key)) {
      seen.add(key);
      files.push(p);
    }
  };
  for (const arg of args) {
    if (arg === STDIN) {
      add(STDIN);
      continue;
    }
    let st;
    try {
      st = statSync(resolve(cwd, arg));
    } catch {
      st = undefined;
    }
    if (st?.isDirectory()) {
      const found: string[] = [];
      const root = resolve(cwd, arg);
      const rootReal = realpathSync(root);
      walk(root, rootReal, new Set([rootReal]), found);
      const kept = latexRoots(found).filter((f) => !filter.ignores(f));
      if (!kept.length) errors.push(`${arg}: no manuscripts or study descriptions in this folder`);
      for (const f of kept) add(relativeOrAbsolute(cwd, f, arg));
    } else if (!st && glob().isDynamicPattern(arg)) {
      const found = glob().globSync(arg, { cwd, dot: false, followSymbolicLinks: false, ignore: ['**/node_modules/**'], expandDirectories: false })
        .sort()
        .filter(wanted);
      const kept = latexRoots(found.map((f) => resolve(cwd, f))).filter((f) => !filter.ignores(f));
      if (!kept.length) errors.push(`${arg}: no files match this pattern`);
      for (const f of kept) add(relative(cwd, f));
    } else if (st && filter.ignores(resolve(cwd, arg))) {
      ignored.push(arg);
    } else {
      add(arg); // a file, or a path that does not exist (its error comes when it is read)
    }
  }
  return { files, errors, ignored };
}

/** Paths found under a folder argument keep the argument's form: relative when it was relative. */
function relativeOrAbsolute(cwd: string, abs: string, arg: string): string {
  return arg.startsWith('/') ? abs : relative(cwd, abs);
}
