/**
 * Format sniffing: content first (PDF magic, DOCX zip, JATS markup, HTML, LaTeX), file extension second, over
 * the sniffers and extensions of the format table (formats.ts). A `.txt` that is really JATS is read as JATS; a
 * `.docx` that is not a zip stays 'docx' (the reader reports the bad zip); a `.yaml` is a study description.
 */
import { extname } from 'node:path';
import { latin1 } from '../util/bytes.js';
import { formatOfExtension, INPUT_FORMATS, isZip, SNIFF_RANK, type InputFormat, type SniffInput } from './formats.js';

export type SniffedFormat = InputFormat | 'unknown-binary';

function isBinary(data: Uint8Array): boolean {
  const n = Math.min(data.length, 8000);
  let ctrl = 0;
  for (let k = 0; k < n; k++) {
    const c = data[k]!;
    if (c === 0) return true;
    if (c < 9 || (c > 13 && c < 32)) ctrl++;
  }
  return n > 0 && ctrl / n > 0.1;
}

type Step = { rank: number; run(s: SniffInput): SniffedFormat | undefined };

/** Settle binary data that no magic-byte sniffer claimed: only a binary format's extension helps. */
const BINARY_GATE: Step = {
  rank: SNIFF_RANK.binaryGate,
  run(s) {
    if (isZip(s.data)) return 'unknown-binary'; // a zip that is not a Word document
    if (!isBinary(s.data)) return undefined;
    const f = formatOfExtension(s.ext);
    return f?.binary ? f.id : 'unknown-binary';
  },
};

/** Text whose markup did not decide: the extension does, if it names a format. */
const BY_EXTENSION: Step = { rank: SNIFF_RANK.extension, run: (s) => formatOfExtension(s.ext)?.id };

/** Every sniffer of the table and the two settling steps, by rank (ties in table order). */
const STEPS: Step[] = [
  ...INPUT_FORMATS.flatMap((f) => f.sniff.map((sn): Step => ({ rank: sn.rank, run: (s) => (sn.test(s) ? f.id : undefined) }))),
  BINARY_GATE,
  BY_EXTENSION,
].sort((a, b) => a.rank - b.rank);

function sniffInput(path: string, data: Uint8Array): SniffInput {
  const head = latin1(data.subarray(0, 4096));
  const text = head.replace(/^\uFEFF|^\xEF\xBB\xBF/, '').trimStart();
  const prolog = /^(<\?xml[^>]*\?>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE[^>]*>\s*)?/i.exec(text)![0];
  return { ext: extname(path).toLowerCase(), data, head, text, afterProlog: text.slice(prolog.length) };
}

/** A UTF-16 text with its byte-order mark is sniffed by its first characters, re-encoded as UTF-8. */
function utf16Head(data: Uint8Array): Uint8Array | undefined {
  const le = data[0] === 0xff && data[1] === 0xfe;
  if (!le && !(data[0] === 0xfe && data[1] === 0xff)) return undefined;
  const head = new TextDecoder(le ? 'utf-16le' : 'utf-16be').decode(data.subarray(0, 16384));
  return new TextEncoder().encode(head.replace(/^\uFEFF/, '').replace(/\uFFFD$/, ''));
}

export function sniffFormat(path: string, data: Uint8Array): SniffedFormat {
  const s = sniffInput(path, utf16Head(data) ?? data);
  for (const step of STEPS) {
    const f = step.run(s);
    if (f) return f;
  }
  return 'text';
}
