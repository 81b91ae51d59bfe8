/**
 * Reading an input file's bytes and decoding text, with the checks every input goes through (a regular file, not
 * empty, not over the size limit, not binary, valid UTF-8). No format knowledge: study descriptions use it too.
 */
import { readFileSync, statSync } from 'node:fs';
import { InputError } from './types.js';

export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

export function readInputBytes(path: string): Uint8Array {
  let st;
  try {
    st = statSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(path, code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : `cannot read (${code ?? 'error'})`);
  }
  if (st.isDirectory()) throw new InputError(path, 'is a directory, expected a file');
  if (!st.isFile()) throw new InputError(path, 'is not a regular file');
  if (st.size === 0) throw new InputError(path, 'is empty');
  if (st.size > MAX_INPUT_BYTES) throw new InputError(path, `is ${(st.size / 1048576).toFixed(1)} MB, over the 20 MB limit`);
  try {
    return readFileSync(path);
  } catch (e) {
    throw new InputError(path, `cannot read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function decodeText(path: string, data: Uint8Array): string {
  if (data.subarray(0, 8000).includes(0)) throw new InputError(path, 'is a binary file, not a manuscript');
  let text: string;
  try {
    text = utf8.decode(data);
  } catch {
    // find the first bad byte to point at
    const bad = firstInvalidUtf8(data);
    throw new InputError(path, `is not valid UTF-8 (first invalid byte at offset ${bad})`);
  }
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (!text.trim()) throw new InputError(path, 'is empty');
  return text;
}

function firstInvalidUtf8(data: Uint8Array): number {
  let lo = 0;
  let hi = data.length;
  const d = new TextDecoder('utf-8', { fatal: true });
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    try {
      d.decode(data.subarray(0, mid));
      lo = mid;
    } catch {
      hi = mid;
    }
  }
  return lo;
}

