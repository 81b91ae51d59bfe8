/**
 * `node:zlib` in the browser build: `deflateRawSync` as stored (uncompressed) deflate blocks, a valid raw deflate
 * stream that any unzip reads. Enough for the few small parts of a .docx checklist (src/util/zip.ts).
 */
export function deflateRawSync(data: Uint8Array): Uint8Array {
  const blocks = Math.max(1, Math.ceil(data.length / 65535));
  const out = new Uint8Array(data.length + blocks * 5);
  let at = 0;
  for (let b = 0; b < blocks; b++) {
    const chunk = data.subarray(b * 65535, (b + 1) * 65535);
    out[at++] = b === blocks - 1 ? 1 : 0; // BFINAL, BTYPE 00 (stored)
    out[at++] = chunk.length & 0xff;
    out[at++] = chunk.length >> 8;
    out[at++] = ~chunk.length & 0xff;
    out[at++] = (~chunk.length >> 8) & 0xff;
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/**
 * `inflateRawSync` in the browser: the DOCX zip check (src/readers/zip-check.ts) inflates each entry only to see
 * that it stays within its declared size; in the author's own browser the summed declared sizes are checked and
 * the per-entry inflation is skipped (mammoth inflates the entries it reads).
 */
export function inflateRawSync(): Uint8Array {
  return new Uint8Array(0);
}
