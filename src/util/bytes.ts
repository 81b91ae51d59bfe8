/** Byte helpers that work alike in Node and in a browser (no Buffer). */

/** Bytes as a latin1 string, one character a byte (for sniffing magic numbers and markup). */
export function latin1(data: Uint8Array): string {
  let s = '';
  // apply takes the typed array as it is (a spread would step through an iterator, an object per byte)
  for (let i = 0; i < data.length; i += 8192) s += String.fromCharCode.apply(null, data.subarray(i, i + 8192) as unknown as number[]);
  return s;
}

const encoder = new TextEncoder();

/** Length of a string in UTF-8 bytes. */
export function utf8Length(text: string): number {
  return encoder.encode(text).length;
}

/** A string as UTF-8 bytes. */
export function utf8Bytes(text: string): Uint8Array {
  return encoder.encode(text);
}
