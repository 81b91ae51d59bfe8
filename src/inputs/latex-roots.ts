/**
 * One manuscript per LaTeX root: a `.tex`/`.rnw` file that another LaTeX file of the same run reaches by
 * `\input`, `\include`, `\subfile` or `\import` is part of that manuscript (the LaTeX reader expands it), not a
 * manuscript of its own. A file with `\documentclass` is always a root, so two files that include each other
 * are never both dropped.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { MANUSCRIPT_EXTENSION_FORMATS } from '../readers/formats.js';

const INCLUDE = /\\(?:input|include|subfile)\s*\{([^}]+)\}/g;
const IMPORT = /\\(?:sub)?import\*?\s*\{([^}]*)\}\s*\{([^}]+)\}/g;
const DOCUMENTCLASS = /^[^%\n]*\\documentclass\b/m;

const isLatexPath = (p: string) => MANUSCRIPT_EXTENSION_FORMATS.get(extname(p).toLowerCase()) === 'latex';

/** Text without LaTeX comments (a `%` not escaped to the end of its line). */
function stripComments(text: string): string {
  return text.replace(/(^|[^\\])%.*$/gm, '$1');
}

/** The include targets a LaTeX file names (as written, `.tex` not yet added). */
function includeTargets(text: string): string[] {
  const clean = stripComments(text);
  return [...[...clean.matchAll(INCLUDE)].map((m) => m[1]!.trim()), ...[...clean.matchAll(IMPORT)].map((m) => join(m[1]!, m[2]!.trim()))];
}

/**
 * The files of `files` that are LaTeX roots or not LaTeX at all, in their order. Targets are looked for as the
 * reader does: next to the file that names them and next to every main file (one with `\documentclass`).
 */
export function latexRoots(files: readonly string[]): string[] {
  const mains = new Set<string>();
  const named: { dir: string; targets: string[] }[] = [];
  for (const f of files) {
    if (!isLatexPath(f)) continue;
    let text: string;
    try {
      text = readFileSync(f, 'utf8');
    } catch {
      continue; // reported when the file is checked
    }
    if (DOCUMENTCLASS.test(text)) mains.add(resolve(f));
    named.push({ dir: dirname(resolve(f)), targets: includeTargets(text) });
  }
  const mainDirs = [...new Set([...mains].map((m) => dirname(m)))];
  const included = new Set<string>();
  for (const { dir, targets } of named) {
    for (const target of targets) {
      for (const base of [dir, ...mainDirs]) {
        for (const t of extname(target) ? [target] : [`${target}.tex`, target]) included.add(resolve(base, t));
      }
    }
  }
  return files.filter((f) => !isLatexPath(f) || mains.has(resolve(f)) || !included.has(resolve(f)));
}

/**
 * The files a LaTeX root reaches by `\input` and its kin, recursively (as the reader looks for them: next to the
 * root, then next to the file that names them), existing files only, each once.
 */
export function latexIncludedFiles(mainPath: string, text: string): string[] {
  const out: string[] = [];
  const seen = new Set([resolve(mainPath)]);
  const visit = (file: string, body: string, depth: number) => {
    if (depth >= 10) return;
    for (const target of includeTargets(body)) {
      const names = extname(target) ? [target] : [`${target}.tex`, target];
      const found = [dirname(resolve(mainPath)), dirname(resolve(file))].flatMap((b) => names.map((n) => resolve(b, n))).find((p) => isFile(p));
      if (!found || seen.has(found)) continue;
      seen.add(found);
      out.push(found);
      try {
        visit(found, readFileSync(found, 'utf8'), depth + 1);
      } catch {
        /* unreadable: the reader warns about it */
      }
    }
  };
  visit(mainPath, text, 0);
  return out;
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}
