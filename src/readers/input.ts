/**
 * Reading an input file's bytes and decoding text, with the checks every input goes through (a regular file, not
 * empty, within the input-bytes limit, not binary, valid UTF-8 or UTF-16 with its byte-order mark, within the
 * text-bytes limit). No format knowledge: study descriptions use it too.
 */
import { readFileSync, statSync } from 'node:fs';
import { checkLimit, mb } from '../limits.js';
import { InputError } from './types.js';

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
  checkLimit(path, 'inputBytes', st.size, (n) => `is ${mb(n)}`);
  try {
    return readFileSync(path);
  } catch (e) {
    throw new InputError(path, `cannot read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** UTF-16 with a byte-order mark, as Windows editors save "Unicode" text: its encoding, or undefined. */
function utf16Bom(data: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (data[0] === 0xff && data[1] === 0xfe) return 'utf-16le';
  if (data[0] === 0xfe && data[1] === 0xff) return 'utf-16be';
  return undefined;
}

export function decodeText(path: string, data: Uint8Array): string {
  const utf16 = utf16Bom(data);
  if (!utf16 && data.subarray(0, 8000).includes(0)) throw new InputError(path, 'is a binary file, not a manuscript');
  checkLimit(path, 'textBytes', utf16 ? data.length / 2 : data.length, (n) => `is ${mb(n)} of text`);
  let text: string;
  try {
    text = utf16 ? new TextDecoder(utf16, { fatal: true }).decode(data) : utf8.decode(data);
  } catch {
    if (utf16) throw new InputError(path, `is not valid ${utf16.toUpperCase()}`);
    // find the first bad byte to point at
    const bad = firstInvalidUtf8(data);
    throw new InputError(path, `is not valid UTF-8 (first invalid byte at offset ${bad})`);
  }
  text = text.replace(/^\uFEFF/, '');
  // line ends to \n (a search first: most files have no carriage return, and the replace would scan all of it)
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
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

