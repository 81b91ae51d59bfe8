/** Standard input as one input file (`reportlint check - --stdin-filename paper.md`), with the input-bytes limit. */
import { checkLimit, mb } from '../limits.js';
import { InputError } from '../readers/types.js';

export async function readStdin(name: string, stream: NodeJS.ReadableStream = process.stdin): Promise<Uint8Array> {
  if ((stream as NodeJS.ReadStream).isTTY) throw new InputError(name, 'standard input is a terminal: pipe a manuscript into it, or name a file');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of stream) {
    const b = typeof c === 'string' ? Buffer.from(c) : (c as Buffer);
    size += b.length;
    checkLimit(name, 'inputBytes', size, (n) => `is at least ${mb(n)}`);
    chunks.push(b);
  }
  return Buffer.concat(chunks);
}
