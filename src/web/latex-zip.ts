/**
 * A LaTeX project as a .zip (what Overleaf downloads): the entries unpacked in memory (stored or deflated, with
 * the platform's DecompressionStream), the main file chosen (the one with \documentclass and
 * \begin{document}; else the only or the first .tex), and the LaTeX reader run with the other files at hand
 * for \input and \include.
 */
import type { Manuscript } from '../manuscript/model.js';
import { InputError, readManuscriptData } from '../readers/index.js';

const MAX_ENTRIES = 2000;

async function inflateRaw(data: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([new Uint8Array(data)]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** The files of a ZIP archive whose names pass `want`, by name (read from the central directory). */
export async function unzip(data: Uint8Array, want: (name: string) => boolean): Promise<Map<string, Uint8Array>> {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  let end = data.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end--;
  if (end < 0) throw new Error('no ZIP directory');
  const count = view.getUint16(end + 10, true);
  if (count > MAX_ENTRIES) throw new Error(`${count} entries, over the limit of ${MAX_ENTRIES}`);
  let at = view.getUint32(end + 16, true);
  const out = new Map<string, Uint8Array>();
  const decoder = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new Error('damaged ZIP directory');
    const method = view.getUint16(at + 10, true);
    const size = view.getUint32(at + 20, true);
    const nameLen = view.getUint16(at + 28, true);
    const skip = nameLen + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const name = decoder.decode(data.subarray(at + 46, at + 46 + nameLen));
    at += 46 + skip;
    if (name.endsWith('/') || !want(name)) continue;
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const raw = data.subarray(start, start + size);
    if (method === 0) out.set(name, raw);
    else if (method === 8) out.set(name, await inflateRaw(raw));
  }
  return out;
}

const TEXT_FILE = /\.(tex|ltx|bbl|sty|cls|rnw|bib)$/i;

/** Read the main file of a zipped LaTeX project, with the other files of the project for its \input commands. */
export async function readLatexZip(name: string, data: Uint8Array): Promise<Manuscript> {
  let entries: Map<string, Uint8Array>;
  try {
    entries = await unzip(data, (n) => TEXT_FILE.test(n) && !n.startsWith('__MACOSX/'));
  } catch (e) {
    throw new InputError(name, `is not a readable ZIP archive (${(e as Error).message})`);
  }
  const decoder = new TextDecoder();
  const texts = new Map([...entries].map(([n, bytes]) => [n, decoder.decode(bytes)] as const));
  const tex = [...texts.keys()].filter((n) => /\.(tex|ltx|rnw)$/i.test(n)).sort((a, b) => a.split('/').length - b.split('/').length || a.localeCompare(b));
  if (!tex.length) throw new InputError(name, 'has no .tex file: a .zip is read as a LaTeX project');
  const main = tex.find((n) => /\\documentclass\b/.test(texts.get(n)!) && /\\begin\{document\}/.test(texts.get(n)!)) ?? tex[0]!;
  // resolved paths, the way the LaTeX reader looks for \input targets ('/' + the name inside the archive)
  const files = new Map([...texts].map(([n, t]) => [`/${n}`, t] as const));
  return readManuscriptData(`/${main}`, entries.get(main)!, 'latex', files);
}
