import { readFileSync, statSync } from 'node:fs';
import { firstLine } from '../errors.js';
import { buildManuscript } from '../manuscript/build.js';
import type { Manuscript } from '../manuscript/model.js';
import { INPUT_FORMAT_IDS, inputFormat, type InputFormat } from './formats.js';
import { markdownReader } from './markdown.js';
import { textReader } from './text.js';
import { sniffFormat } from './sniff.js';
import { InputError, type Reader, type ReaderOutput } from './types.js';

export { InputError } from './types.js';
export { INPUT_FORMATS, INPUT_FORMAT_IDS, type InputFormat, type ManuscriptFormat } from './formats.js';

export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

/** Every input format id (derived from the format table). */
export const SUPPORTED_FORMATS: readonly InputFormat[] = INPUT_FORMAT_IDS;

/** Choose a format by content first (magic bytes, markup), extension second. */
export function detectFormat(path: string, data: Uint8Array): InputFormat | 'unknown-binary' {
  return sniffFormat(path, data);
}

export interface ReadOptions {
  /** override content sniffing */
  format?: InputFormat;
}

/** Read the raw bytes of an input file, with the checks every format shares. */
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

/** Read a manuscript file of any supported format into the manuscript model. */
export async function readManuscript(path: string, opts: ReadOptions = {}): Promise<Manuscript> {
  const data = readInputBytes(path);
  const format = opts.format ?? detectFormat(path, data);
  if (format === 'unknown-binary') throw new InputError(path, 'is a binary file of an unsupported format');
  return readManuscriptData(path, data, format);
}

export async function readManuscriptData(path: string, data: Uint8Array, format: InputFormat): Promise<Manuscript> {
  const row = inputFormat(format);
  if (!row) throw new InputError(path, `unsupported input format "${format}"`);
  const text = row.binary ? undefined : decodeText(path, data);
  if (row.kind === 'study') throw new InputError(path, 'is a study description; use checkStudy');
  let reader: Reader;
  try {
    reader = await row.load();
  } catch (e) {
    throw new InputError(path, `the ${format} reader is not available (${firstLine(e)})`, { cause: e });
  }
  const out: ReaderOutput = await reader.read({ path, data, ...(text !== undefined ? { text } : {}) });
  return buildManuscript(out.blocks, {
    path,
    format,
    size: data.length,
    ...(out.metadata ? { metadata: out.metadata } : {}),
    ...(out.warnings ? { warnings: out.warnings } : {}),
    ...(out.title ? { title: out.title } : {}),
  });
}

/** Build a manuscript from a string (tests, library callers). */
export function manuscriptFromString(text: string, opts: { path?: string; format?: 'markdown' | 'text' } = {}): Manuscript {
  const path = opts.path ?? '<input>';
  const format = opts.format ?? 'markdown';
  const out = (format === 'markdown' ? markdownReader : textReader).read({ path, data: new Uint8Array(), text }) as ReaderOutput;
  return buildManuscript(out.blocks, {
    path,
    format,
    size: Buffer.byteLength(text),
    ...(out.metadata ? { metadata: out.metadata } : {}),
    ...(out.title ? { title: out.title } : {}),
  });
}
