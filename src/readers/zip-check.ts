/**
 * A DOCX's zip structure checked before anything inflates it: the central directory's declared uncompressed
 * sizes, summed, must be within the unzipped-bytes limit, those of the Word XML mammoth parses within the
 * word-xml-bytes limit (mammoth's memory grows about 100-fold on it), and every entry must inflate to no more than it
 * declares (zlib stops at that size, so a lying zip bomb costs at most the limit). The sizes are also the
 * ones mammoth's zip reader will see.
 */
import { inflateRawSync } from 'node:zlib';
import { checkLimit, mb } from '../limits.js';
import { InputError } from './types.js';

/** The parts mammoth parses into memory: the document, its footnotes, endnotes and comments. */
const WORD_XML = /^word\/(document|footnotes|endnotes|comments)\.xml$/i;

const EOCD = 0x06054b50;
const CEN = 0x02014b50;
const LOC = 0x04034b50;

interface Entry {
  name: string;
  method: number;
  compressed: number;
  size: number;
  local: number;
}

function entries(path: string, d: Uint8Array): Entry[] {
  const v = new DataView(d.buffer, d.byteOffset, d.byteLength);
  const bad = (why: string) => new InputError(path, `is not a valid DOCX (bad zip: ${why})`);
  let e = -1;
  for (let k = d.length - 22; k >= Math.max(0, d.length - 22 - 65535); k--) {
    if (v.getUint32(k, true) === EOCD) {
      e = k;
      break;
    }
  }
  if (e === -1) throw bad('no end of central directory');
  const count = v.getUint16(e + 10, true);
  const cdSize = v.getUint32(e + 12, true);
  const cdOff = v.getUint32(e + 16, true);
  if (count === 0xffff || cdOff === 0xffffffff) throw bad('ZIP64 archives are not read');
  if (cdOff + cdSize > d.length) throw bad('central directory past the end of the file');
  const out: Entry[] = [];
  let p = cdOff;
  for (let i = 0; i < count; i++) {
    if (p + 46 > d.length || v.getUint32(p, true) !== CEN) throw bad('damaged central directory');
    const nameLen = v.getUint16(p + 28, true);
    const name = new TextDecoder().decode(d.subarray(p + 46, p + 46 + nameLen));
    out.push({ name, method: v.getUint16(p + 10, true), compressed: v.getUint32(p + 20, true), size: v.getUint32(p + 24, true), local: v.getUint32(p + 42, true) });
    p += 46 + nameLen + v.getUint16(p + 30, true) + v.getUint16(p + 32, true);
  }
  return out;
}

/** Throws a LimitError or an InputError when the zip in `data` would inflate past the limit or past its word. */
export function checkZipEntries(path: string, data: Uint8Array): void {
  const list = entries(path, data);
  const total = list.reduce((a, x) => a + x.size, 0);
  checkLimit(path, 'unzippedBytes', total, (n) => `unzips to ${mb(n)}`);
  const word = list.filter((x) => WORD_XML.test(x.name)).reduce((a, x) => a + x.size, 0);
  checkLimit(path, 'wordXmlBytes', word, (n) => `has ${mb(n)} of Word XML (document, notes, comments)`);
  const v = new DataView(data.buffer, data.byteOffset, data.byteLength);
  for (const x of list) {
    if (x.method !== 8) continue;
    if (x.local + 30 > data.length || v.getUint32(x.local, true) !== LOC) throw new InputError(path, `is not a valid DOCX (bad zip: damaged entry ${x.name})`);
    const start = x.local + 30 + v.getUint16(x.local + 26, true) + v.getUint16(x.local + 28, true);
    try {
      inflateRawSync(data.subarray(start, start + x.compressed), { maxOutputLength: Math.max(1, x.size) });
    } catch (e) {
      const why = (e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' ? 'inflates past its declared size' : 'cannot be inflated';
      throw new InputError(path, `is not a valid DOCX (bad zip: entry ${x.name} ${why})`);
    }
  }
}
