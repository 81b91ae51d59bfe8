/**
 * Audit step 1, collect: every supported file under the given files and folders. Folders are searched recursively
 * with tinyglobby, never through symbolic links (linked files and folders are left out; a file is also checked to
 * resolve inside the folder); hidden files and folders, node_modules and corpus bookkeeping (README, labels.csv, …) are
 * skipped; YAML/JSON files count only when they are study descriptions (not configurations or checklists). Files
 * come in the order of a depth-first walk with each folder's entries sorted by name. One manuscript per LaTeX root:
 * files that another LaTeX file reaches by `\input`/`\include` are left out (src/inputs/latex-roots.ts).
 */
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { globSync } from 'tinyglobby';
import { decodeText, readInputBytes } from '../readers/index.js';
import { looksLikeStudyDescription } from '../study/sniff.js';
import { isManuscriptPath, isStudyPath, MANUSCRIPT_EXTENSIONS, SKIP_NAMES, STUDY_EXTENSIONS } from './formats.js';
import { latexRoots } from '../inputs/latex-roots.js';
import type { AuditFailure } from './types.js';

const patternExtensions = [...MANUSCRIPT_EXTENSIONS.keys(), ...STUDY_EXTENSIONS].map((e) => e.slice(1));
const PATTERN = `**/*.{${patternExtensions.join(',')}}`;

const skippedSegment = (name: string) => name.startsWith('.') || name === 'node_modules' || SKIP_NAMES.test(name);

/** Compare relative paths folder by folder, as a walk that sorts each folder's entries would meet them. */
function walkOrder(a: string[], b: string[]): number {
  for (let k = 0; k < Math.min(a.length, b.length); k++) {
    if (a[k] !== b[k]) return a[k]! < b[k]! ? -1 : 1;
  }
  return a.length - b.length;
}

function realpathOr(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return resolve(p);
  }
}

function insideRoot(root: string, p: string): boolean {
  let real: string;
  try {
    real = realpathSync(p);
  } catch {
    return false;
  }
  const r = relative(root, real);
  return r !== '' && !isAbsolute(r) && r !== '..' && !r.startsWith(`..${sep}`);
}

const errorCode = (e: unknown) => (e as NodeJS.ErrnoException).code ?? 'error';

/** Only YAML/JSON files that are study descriptions (not configs or checklists); unreadable ones are skipped. */
function isStudyDescriptionFile(path: string): boolean {
  try {
    return looksLikeStudyDescription(decodeText(path, readInputBytes(path)), path);
  } catch {
    return false;
  }
}

/** The supported files in one folder, recursively; folders that cannot be read are reported in `failed`. */
function filesIn(dir: string, failed: AuditFailure[]): string[] {
  try {
    readdirSync(dir);
  } catch (e) {
    failed.push({ path: dir, error: `cannot read folder (${errorCode(e)})` });
    return [];
  }
  const base = resolve(dir);
  const unreadable: AuditFailure[] = [];
  // tinyglobby skips folders it cannot read; the wrapper notes them so they are reported like the top folder
  const readdirChecked = ((p: string, o: unknown) => {
    try {
      return readdirSync(p, o as Parameters<typeof readdirSync>[1]);
    } catch (e) {
      unreadable.push({ path: join(dir, relative(base, p.replace(/[\\/]+$/, ''))), error: `cannot read folder (${errorCode(e)})` });
      throw e;
    }
  }) as typeof readdirSync;
  const found = globSync(PATTERN, {
    cwd: base,
    dot: false,
    caseSensitiveMatch: false,
    followSymbolicLinks: false,
    ignore: ['**/node_modules/**'],
    fs: { readdirSync: readdirChecked },
  });
  const rel = found
    .map((f) => f.split(/[\\/]/))
    .filter((parts) => !parts.some(skippedSegment))
    .sort(walkOrder)
    .map((parts) => join(dir, parts.join(sep)));
  failed.push(...unreadable.filter((u) => !u.path.split(/[\\/]/).some(skippedSegment)));
  // a file that is a link to somewhere outside the folder is not read (nor is a linked folder walked)
  const root = realpathOr(base);
  // a LaTeX file reached by another one's \input is part of that manuscript, not a manuscript of its own
  return latexRoots(rel.filter((p) => insideRoot(root, p) && (isManuscriptPath(p) || (isStudyPath(p) && isStudyDescriptionFile(p)))));
}

/** Every supported file under the given files and folders (folders recursively; hidden, README, labels.csv skipped). */
export function collectFiles(paths: string[]): { files: string[]; failed: AuditFailure[] } {
  const files: string[] = [];
  const failed: AuditFailure[] = [];
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch {
      failed.push({ path: p, error: 'no such file or folder' });
      continue;
    }
    if (st.isDirectory()) files.push(...filesIn(p, failed));
    else files.push(p);
  }
  return { files: [...new Set(files)], failed };
}
