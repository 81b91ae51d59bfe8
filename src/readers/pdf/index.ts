/**
 * PDF reader (pdf.js legacy build, loaded on demand, no worker). Rebuilds lines from positioned text items,
 * reads two-column pages column by column, drops running headers/footers, page numbers and margin line
 * numbers, keeps footnotes out of the paragraphs (as paragraphs of their own), joins hyphenated line breaks,
 * groups lines into paragraphs by vertical gaps and indentation, keeps display formulas out of the sentences (as
 * blocks of kind table), and recognises headings (known section names,
 * numbering, capitals, larger type). Positions are {page, line}: the line's number on its page in reading order.
 * Reference lists are skipped.
 *
 * The parts: text-layer.ts (pdf.js, pages to lines) using lines.ts (line and column assembly), furniture.ts
 * (running headers/footers, page numbers), footnotes.ts (notes at the page foot), blocks.ts (title, headings,
 * paragraphs, captions).
 */
import { latin1 } from '../../util/bytes.js';
import { checkLimit, mb } from '../../limits.js';
import { InputError, type Reader, type ReaderInput, type ReaderOutput } from '../types.js';
import { linesToBlocks } from './blocks.js';
import { insertFootnotes, splitFootnotes } from './footnotes.js';
import { dropFurniture } from './furniture.js';
import { readTextLayer } from './text-layer.js';

/**
 * Why a PDF gave no text: pages that failed, or fonts declared (there was text to show) mean a damaged file;
 * only a file of images without fonts is likely a scan.
 */
function noTextProblem(data: Uint8Array, failed: number, pages: number): string {
  if (failed > 0) return `is a damaged PDF (${failed} of ${pages} pages could not be read)`;
  if (latin1(data).includes('/Font')) return 'is a damaged PDF (it declares fonts, but no text could be read from its pages)';
  return 'has no text layer (scanned PDF?); OCR is not supported';
}

async function readPdf(input: ReaderInput): Promise<ReaderOutput> {
  const { path } = input;
  const data = input.data;
  checkLimit(path, 'inputBytes', data.length, (n) => `is ${mb(n)}`);
  const head = latin1(data.subarray(0, 1024));
  if (!head.includes('%PDF-')) throw new InputError(path, 'is not a PDF (no %PDF- header)');
  const { pages, chars, warnings, failed } = await readTextLayer(path, data);
  if (chars < 20) throw new InputError(path, noTextProblem(data, failed, failed + pages.length));
  const { pages: flow, notes } = splitFootnotes(dropFurniture(pages));
  const { blocks, title } = linesToBlocks(flow);
  const out: ReaderOutput = { blocks: insertFootnotes(blocks, notes) };
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
