/**
 * PDF reader (pdf.js legacy build, loaded on demand, no worker). Rebuilds lines from positioned text items,
 * reads two-column pages column by column, drops running headers/footers, page numbers and margin line
 * numbers, joins hyphenated line breaks, groups lines into paragraphs by vertical gaps and indentation, and
 * recognises headings (known section names, numbering, capitals, larger type). Positions are {page, line}:
 * the line's number on its page in reading order. Reference lists are skipped.
 *
 * The parts: text-layer.ts (pdf.js, pages to lines) using lines.ts (line and column assembly), furniture.ts
 * (running headers/footers, page numbers), blocks.ts (title, headings, paragraphs, captions).
 */
import { checkLimit, mb } from '../../limits.js';
import { InputError, type Reader, type ReaderInput, type ReaderOutput } from '../types.js';
import { linesToBlocks } from './blocks.js';
import { dropFurniture } from './furniture.js';
import { readTextLayer } from './text-layer.js';

async function readPdf(input: ReaderInput): Promise<ReaderOutput> {
  const { path } = input;
  const data = input.data;
  checkLimit(path, 'inputBytes', data.length, (n) => `is ${mb(n)}`);
  const head = Buffer.from(data.subarray(0, 1024)).toString('latin1');
  if (!head.includes('%PDF-')) throw new InputError(path, 'is not a PDF (no %PDF- header)');
  const { pages, chars, warnings, failed } = await readTextLayer(path, data);
  if (chars < 20 && failed > 0) throw new InputError(path, `is a damaged PDF (${failed} of ${failed + pages.length} pages could not be read)`);
  if (chars < 20) throw new InputError(path, 'has no text layer (scanned PDF?); OCR is not supported');
  const { blocks, title } = linesToBlocks(dropFurniture(pages));
  const out: ReaderOutput = { blocks };
  if (title) out.title = title;
  if (warnings.length) out.warnings = warnings;
  return out;
}

export const pdfReader: Reader = {
  format: 'pdf',
  read(input: ReaderInput): Promise<ReaderOutput> {
    return readPdf(input);
  },
};
