/**
 * `\input`, `\include`, `\subfile`, `\import` targets: looked for next to the main file, then next to the file
 * that names them (`.tex` added when there is no extension), read and their knitr chunks blanked out. A target
 * that is missing, unreadable, already being read or nested too deep is a warning.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { LineIndex } from '../source-util.js';
import { maskKnitrChunks, type Src } from './source.js';

/** The source of `\cmd{target}` met in `src`, or null (with a warning pushed) when it cannot be read. */
export function openInput(mainPath: string, src: Src, cmd: string, target: string, seen: ReadonlySet<string>, depth: number, warnings: string[], files?: ReadonlyMap<string, string>): Src | null {
  const rel = extname(target) ? target : `${target}.tex`;
  const bases = [dirname(mainPath), dirname(src.abs)];
  let found: string | undefined;
  for (const b of bases) {
    for (const cand of [join(b, rel), join(b, target)]) {
      try {
        if (files ? files.has(resolve(cand)) : existsSync(cand) && statSync(cand).isFile()) {
          found = cand;
          break;
        }
      } catch {
        /* ignore */
      }
    }
    if (found) break;
  }
  const who = src.file ?? mainPath;
  if (!found) {
    warnings.push(`${who}: \\${cmd} target ${rel} not found`);
    return null;
  }
  const abs = resolve(found);
  if (seen.has(abs) || depth >= 10) {
    warnings.push(`${who}: \\${cmd} of ${rel} skipped (recursive or too deep)`);
    return null;
  }
  let text: string;
  try {
    text = (files?.get(abs) ?? readFileSync(found, 'utf8')).replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  } catch (e) {
    warnings.push(`${who}: \\${cmd} target ${rel} could not be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
    return null;
  }
  text = maskKnitrChunks(text);
  return { text, idx: new LineIndex(text, found), file: found, abs };
}
