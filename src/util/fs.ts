/**
 * Writing files without harming anything: the target must be a new path or a regular file that is none of the
 * inputs (same device and inode: hard links and symbolic links to an input count), never a symbolic link, FIFO
 * or device; the data goes to a temporary file beside it, fsync, rename. A SIGINT/SIGTERM during a write is
 * handled after the write (the write is synchronous), then the temporary files still open are removed and the
 * signal ends the process as it would have. Files read as settings (checklists, configuration, review state)
 * must be regular files too (not /dev/zero or a FIFO, which never end).
 */
import { closeSync, fsyncSync, lstatSync, openSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { ReportlintError } from '../errors.js';

/** Refuse to write `path` when it is one of `inputs` or exists and is not a regular file. */
export function checkOutputPath(path: string, inputs: readonly string[] = []): void {
  let st;
  try {
    st = lstatSync(path);
  } catch {
    return; // a new file
  }
  if (st.isSymbolicLink()) throw new ReportlintError(path, 'is a symbolic link; reportlint writes only regular files (give the path it points to, or a new file)');
  if (!st.isFile()) throw new ReportlintError(path, `is not a regular file (${kindOf(st)}); choose a file to write`);
  for (const input of inputs) {
    let s;
    try {
      s = statSync(input);
    } catch {
      continue;
    }
    if (s.dev === st.dev && s.ino === st.ino) throw new ReportlintError(path, `is an input (${input}); writing there would overwrite it: choose another output file`);
  }
}

/** Refuse to read `path` as `what` when it exists and is not a regular file (a FIFO or device never ends). */
export function checkReadablePath(path: string, what: string): void {
  let st;
  try {
    st = statSync(path);
  } catch {
    return; // the reader reports a missing file in its own words
  }
  if (!st.isFile() && !st.isDirectory()) throw new ReportlintError(path, `is not a regular file (${kindOf(st)}); a ${what} must be a file`);
}

function kindOf(st: import('node:fs').Stats): string {
  if (st.isDirectory()) return 'a folder';
  if (st.isFIFO()) return 'a FIFO';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  if (st.isSocket()) return 'a socket';
  return 'not a file';
}

const liveTemps = new Set<string>();
let handlersInstalled = false;

function removeLiveTemps(): void {
  for (const t of liveTemps) {
    try {
      unlinkSync(t);
    } catch {
      /* already gone */
    }
  }
  liveTemps.clear();
}

function installSignalCleanup(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    const handler = () => {
      removeLiveTemps();
      // end as the signal would have: without this handler, then the same signal again
      for (const s of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.removeAllListeners(s);
      process.kill(process.pid, sig);
    };
    process.once(sig, handler);
  }
  process.once('exit', removeLiveTemps);
}

/** Write a file atomically: a temporary file beside it, fsync, then rename over the target (see checkOutputPath). */
export function writeFileAtomic(path: string, data: string | Uint8Array, inputs: readonly string[] = []): void {
  checkOutputPath(path, inputs);
  installSignalCleanup();
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  liveTemps.add(tmp);
  try {
    const fd = openSync(tmp, 'wx');
    try {
      if (typeof data === 'string') writeSync(fd, data);
      else writeSync(fd, data);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      /* already gone */
    }
    throw e;
  } finally {
    liveTemps.delete(tmp);
  }
}
