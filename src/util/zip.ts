/**
 * A minimal ZIP writer (deflated entries, no directories, no ZIP64), enough for the few small XML parts of a
 * .docx. Synchronous, so a reporter stays a plain function; node:zlib does the compression (in
 * the browser build a stand-in writes stored deflate blocks: src/web/stand-ins/zlib.ts).
 */
import { deflateRawSync } from 'node:zlib';
import { utf8Bytes } from './bytes.js';

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of data) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A little-endian header of `size` bytes. */
function header(size: number): { bytes: Uint8Array; u16(v: number, at: number): void; u32(v: number, at: number): void } {
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  return { bytes, u16: (v, at) => view.setUint16(at, v, true), u32: (v, at) => view.setUint32(at, v >>> 0, true) };
}

/** The entries, in order, as one ZIP archive. Dates are fixed (1980-01-01) so the same input gives the same bytes. */
export function zip(entries: { name: string; data: string | Uint8Array }[]): Uint8Array {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  const DOS_DATE = (0 << 9) | (1 << 5) | 1; // 1980-01-01
  for (const { name, data } of entries) {
    const raw = typeof data === 'string' ? utf8Bytes(data) : data;
    const packed = new Uint8Array(deflateRawSync(raw));
    const nameBytes = utf8Bytes(name);
    const crc = crc32(raw);
    const local = header(30);
    local.u32(0x04034b50, 0);
    local.u16(20, 4); // version needed
    local.u16(0x0800, 6); // UTF-8 names
    local.u16(8, 8); // deflate
    local.u16(0, 10); // time
    local.u16(DOS_DATE, 12);
    local.u32(crc, 14);
    local.u32(packed.length, 18);
    local.u32(raw.length, 22);
    local.u16(nameBytes.length, 26);
    local.u16(0, 28);
    const dir = header(46);
    dir.u32(0x02014b50, 0);
    dir.u16(20, 4); // made by
    dir.u16(20, 6); // needed
    dir.u16(0x0800, 8);
    dir.u16(8, 10);
    dir.u16(0, 12);
    dir.u16(DOS_DATE, 14);
    dir.u32(crc, 16);
    dir.u32(packed.length, 20);
    dir.u32(raw.length, 24);
    dir.u16(nameBytes.length, 28);
    // extra, comment, disk, internal attributes: 0
    dir.u32(0, 38); // external attributes
    dir.u32(offset, 42);
    parts.push(local.bytes, nameBytes, packed);
    central.push(dir.bytes, nameBytes);
    offset += local.bytes.length + nameBytes.length + packed.length;
  }
  const dirSize = central.reduce((n, b) => n + b.length, 0);
  const end = header(22);
  end.u32(0x06054b50, 0);
  end.u16(entries.length, 8);
  end.u16(entries.length, 10);
  end.u32(dirSize, 12);
  end.u32(offset, 16);
  const all = [...parts, ...central, end.bytes];
  const out = new Uint8Array(all.reduce((n, b) => n + b.length, 0));
  let at = 0;
  for (const b of all) {
    out.set(b, at);
    at += b.length;
  }
  return out;
}
