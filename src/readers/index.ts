import { firstLine } from '../errors.js';
import { fileError } from '../limits.js';
import { buildManuscript } from '../manuscript/build.js';
import type { Manuscript } from '../manuscript/model.js';
import { inputFormat, type InputFormat } from './formats.js';
import { markdownReader } from './markdown.js';
import { textReader } from './text.js';
import { sniffFormat } from './sniff.js';
import { InputError, type Reader, type ReaderOutput } from './types.js';
import { decodeText, readInputBytes } from './input.js';
import { utf8Length } from '../util/bytes.js';

export { decodeText, readInputBytes } from './input.js';

export { InputError } from './types.js';
export type { InputFormat } from './formats.js';



/** Choose a format by content first (magic bytes, markup), extension second. */
export function detectFormat(path: string, data: Uint8Array): InputFormat | 'unknown-binary' {
  return sniffFormat(path, data);
}

export interface ReadOptions {
  /** override content sniffing */
  format?: InputFormat;
}

/** Read the raw bytes of an input file, with the checks every format shares. */
/** Read a manuscript file of any supported format into the manuscript model. */
export async function readManuscript(path: string, opts: ReadOptions = {}): Promise<Manuscript> {
  const data = readInputBytes(path);
  const format = opts.format ?? detectFormat(path, data);
  if (format === 'unknown-binary') throw new InputError(path, 'is a binary file of an unsupported format');
  return readManuscriptData(path, data, format);
}

/** Read bytes already in memory; `files`: the other files of a project (a LaTeX .zip), by resolved path. */
export async function readManuscriptData(path: string, data: Uint8Array, format: InputFormat, files?: ReadonlyMap<string, string>): Promise<Manuscript> {
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
  try {
    const out: ReaderOutput = await reader.read({ path, data, ...(text !== undefined ? { text } : {}), ...(files ? { files } : {}) });
    return buildManuscript(out.blocks, manuscriptOptions(path, format, data.length, out));
  } catch (e) {
    throw fileError(path, e);
  }
}

function manuscriptOptions(path: string, format: string, size: number, out: ReaderOutput) {
  return {
    path,
    format,
    size,
    ...(out.metadata ? { metadata: out.metadata } : {}),
    ...(out.warnings ? { warnings: out.warnings } : {}),
    ...(out.title ? { title: out.title } : {}),
  };
}

/** Build a manuscript from a string (tests, library callers). */
export function manuscriptFromString(text: string, opts: { path?: string; format?: 'markdown' | 'text' } = {}): Manuscript {
  const path = opts.path ?? '<input>';
  const format = opts.format ?? 'markdown';
  const out = (format === 'markdown' ? markdownReader : textReader).read({ path, data: new Uint8Array(), text }) as ReaderOutput;
  return buildManuscript(out.blocks, {
    path,
    format,
    size: utf8Length(text),
    ...(out.metadata ? { metadata: out.metadata } : {}),
    ...(out.title ? { title: out.title } : {}),
  });
}
