/**
 * `\input`, `\include`, `\subfile`, `\import` targets: looked for next to the main file, then next to the file
 * that names them (`.tex` added when there is no extension), read and their knitr chunks blanked out. Only
 * files inside the main file's folder are read: an absolute path, a `..` that climbs out or a symlink that
 * resolves outside is refused with a one-line warning, as is a target that is missing, unreadable, not a
 * regular file, already being read or nested too deep. The whole expansion is bounded before each read: the
 * number of expansions and their bytes, repeats counted (limits input-files and text-bytes); a file named
 * several times is read once.
 */
import { realpathSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { checkLimit, mb } from '../../limits.js';
import { LineIndex } from '../source-util.js';
import { maskKnitrChunks, type Src } from './source.js';

const MAX_INCLUDE_DEPTH = 10;

function inside(root: string, p: string): boolean {
  const r = relative(root, p);
  return r === '' || (!isAbsolute(r) && r !== '..' && !r.startsWith(`..${sep}`));
}

export function realpathOr(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return resolve(p);
  }
}

/** What one LaTeX document may still expand: its folder, counters and the files already read. */
export class InputClosure {
  private readonly root: string;
  private readonly realRoot: string;
  private files = 0;
  private bytes: number;
  private readonly cache = new Map<string, Src | null>();

  constructor(
    private readonly mainPath: string,
    mainBytes: number,
    /** the other files of a project held in memory (a LaTeX .zip in the browser), by resolved path */
    private readonly memory?: ReadonlyMap<string, string>,
  ) {
    this.root = resolve(dirname(mainPath));
    this.realRoot = realpathOr(this.root);
    this.bytes = mainBytes;
  }

  /** The source of `\cmd{target}` met in `src`, or null (with a warning pushed) when it is not to be read. */
  open(src: Src, cmd: string, target: string, seen: ReadonlySet<string>, depth: number, warnings: string[]): Src | null {
    const who = src.file ?? this.mainPath;
    const rel = extname(target) ? target : `${target}.tex`;
    if (isAbsolute(target) || /^~|^[A-Za-z]:|\0/.test(target)) {
      warnings.push(`${who}: \\${cmd} of ${oneLine(rel)} refused (an absolute path; only files in the manuscript's folder are read)`);
      return null;
    }
    let found: string | undefined;
    let outside = false;
    for (const b of [this.root, resolve(dirname(src.abs))]) {
      for (const cand of [resolve(b, rel), resolve(b, target)]) {
        if (!inside(this.root, cand)) {
          outside = true;
          continue;
        }
        try {
          if (this.memory ? this.memory.has(cand) : statSync(cand).isFile()) {
            found = cand;
            break;
          }
        } catch {
          /* not there */
        }
      }
      if (found) break;
    }
    if (!found) {
      warnings.push(outside ? `${who}: \\${cmd} of ${oneLine(rel)} refused (outside the manuscript's folder)` : `${who}: \\${cmd} target ${oneLine(rel)} not found`);
      return null;
    }
    const abs = this.memory ? found : realpathOr(found);
    if (!inside(this.realRoot, abs)) {
      warnings.push(`${who}: \\${cmd} of ${oneLine(rel)} refused (a link to a file outside the manuscript's folder)`);
      return null;
    }
    if (seen.has(abs) || depth >= MAX_INCLUDE_DEPTH) {
      warnings.push(`${who}: \\${cmd} of ${oneLine(rel)} skipped (recursive or too deep)`);
      return null;
    }
    const size = this.memory ? (this.memory.get(abs) ?? '').length : statSync(abs).size;
    this.files++;
    this.bytes += size;
    checkLimit(this.mainPath, 'inputFiles', this.files, (n) => `expands more than ${n - 1} \\input/\\include files (repeats counted)`);
    checkLimit(this.mainPath, 'textBytes', this.bytes, (n) => `expands to ${mb(n)} with its \\input/\\include files (repeats counted)`);
    if (this.cache.has(abs)) return this.cache.get(abs)!;
    let text: string;
    try {
      text = (this.memory?.get(abs) ?? readFileSync(abs, 'utf8')).replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
    } catch (e) {
      warnings.push(`${who}: \\${cmd} target ${oneLine(rel)} could not be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
      this.cache.set(abs, null);
      return null;
    }
    text = maskKnitrChunks(text);
    const shown = join(dirname(this.mainPath), relative(this.root, found));
    const out: Src = { text, idx: new LineIndex(text, shown), file: shown, abs };
    this.cache.set(abs, out);
    return out;
  }
}

function oneLine(s: string): string {
  return JSON.stringify(s).slice(1, -1);
}
