/**
 * The text layer through pdf.js (its legacy build, imported only when a PDF is read; no worker): opening the
 * document (password-protected and damaged files told apart), then the positioned text items of each page,
 * rotated text dropped, assembled into lines page by page. At most MAX_PDF_PAGES pages; the text read is
 * bounded by the text-bytes limit and the time by the document's time limit; pages that cannot be read are
 * warnings (and counted: a PDF whose every page fails is damaged, not scanned).
 */
import { firstLine } from '../../errors.js';
import { checkLimit, limits, LimitError, mb } from '../../limits.js';
import { InputError } from '../types.js';
import { pageLines, type Item, type Line } from './lines.js';

const MAX_PDF_PAGES = 300;

// minimal shapes of the pdf.js API used here
interface PdfTextItem {
  str?: string;
  transform?: number[];
  width?: number;
  height?: number;
}
interface PdfPage {
  getViewport(o: { scale: number }): { width: number; height: number };
  getTextContent(): Promise<{ items: PdfTextItem[] }>;
  cleanup(): void;
}
interface PdfDoc {
  numPages: number;
  getPage(n: number): Promise<PdfPage>;
  destroy(): Promise<void>;
}
interface PdfJs {
  getDocument(src: Record<string, unknown>): { promise: Promise<PdfDoc>; destroy?: () => Promise<void> };
  /** thrown for files that are not PDF or are damaged beyond repair */
  InvalidPDFException: new (...args: never[]) => Error;
  /** the codes of pdf.js's PasswordException (a class pdf.js does not export) */
  PasswordResponses: Record<string, number>;
}

type PdfJsFailure = 'password' | 'invalid' | 'other';

/** What went wrong when pdf.js could not open a document: the one place that knows pdf.js's exceptions. */
function pdfJsFailure(pdfjs: PdfJs, e: unknown): PdfJsFailure {
  if (e instanceof pdfjs.InvalidPDFException) return 'invalid';
  // PasswordException is not exported: it is the error whose code is one of the exported PasswordResponses
  const code = e instanceof Error && 'code' in e ? (e as Error & { code: unknown }).code : undefined;
  if (typeof code === 'number' && Object.values(pdfjs.PasswordResponses).includes(code)) return 'password';
  return 'other';
}

let workerSrc: string | undefined;

/** Where pdf.js's worker script is (a browser page sets it; under Node pdf.js runs without one). */
export function usePdfWorker(src: string): void {
  workerSrc = src;
}

async function loadPdfJs(): Promise<PdfJs> {
  const pdfjs = (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfJs & { GlobalWorkerOptions: { workerSrc: string } };
  if (workerSrc) pdfjs.GlobalWorkerOptions.workerSrc = workerSrc;
  return pdfjs;
}

/** The document in `data`; an InputError saying why when pdf.js cannot open it. */
async function openPdf(path: string, data: Uint8Array): Promise<PdfDoc> {
  const pdfjs = await loadPdfJs();
  const task = pdfjs.getDocument({
    data: new Uint8Array(data), // pdf.js may take ownership of the buffer
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  try {
    return await task.promise;
  } catch (e) {
    const msg = firstLine(e);
    const failure = pdfJsFailure(pdfjs, e);
    if (failure === 'password') throw new InputError(path, 'is an encrypted PDF (password required); decrypt it first', { cause: e });
    if (failure === 'invalid') throw new InputError(path, `is not a valid PDF (corrupt or truncated: ${msg})`, { cause: e });
    throw new InputError(path, `could not be read as PDF (${msg})`, { cause: e });
  }
}

/** The lines of each page of the PDF in `data` in reading order, the number of non-space characters read, and warnings. */
export async function readTextLayer(path: string, data: Uint8Array): Promise<{ pages: Line[][]; chars: number; warnings: string[]; failed: number }> {
  const doc = await openPdf(path, data);
  const warnings: string[] = [];
  const pages: Line[][] = [];
  const started = Date.now();
  const budget = limits().timeMs;
  let chars = 0;
  let bytes = 0;
  let failed = 0;
  try {
    const n = Math.min(doc.numPages, MAX_PDF_PAGES);
    if (doc.numPages > MAX_PDF_PAGES) warnings.push(`${path}: only the first ${MAX_PDF_PAGES} of ${doc.numPages} pages were read`);
    for (let p = 1; p <= n; p++) {
      if (Date.now() - started > budget) throw new LimitError(path, 'timeMs', `took too long (read ${p - 1} of ${n} pages)`);
      let page: PdfPage;
      let content: { items: PdfTextItem[] };
      try {
        page = await doc.getPage(p);
        content = await page.getTextContent();
      } catch (e) {
        warnings.push(`${path}: page ${p} could not be read (${String((e as Error).message ?? e).split('\n')[0]})`);
        failed++;
        continue;
      }
      const vp = page.getViewport({ scale: 1 });
      const items: Item[] = [];
      for (const it of content.items) {
        if (typeof it.str !== 'string' || !it.transform) continue;
        const [a, b, c, d, e, f] = it.transform as [number, number, number, number, number, number];
        if (Math.abs(b) > Math.abs(a) * 0.5 && it.str.trim()) continue; // rotated text (margins, watermarks)
        const size = Math.hypot(c, d) || it.height || Math.hypot(a, b) || 10;
        if (!it.str) continue;
        chars += it.str.replace(/\s/g, '').length;
        bytes += it.str.length;
        items.push({ str: it.str, x: e, y: f, w: it.width ?? 0, size });
      }
      checkLimit(path, 'textBytes', bytes, (b) => `has ${mb(b)} of text`);
      pages.push(pageLines(items, vp.width, vp.height, p));
      page.cleanup();
    }
  } finally {
    await doc.destroy().catch(() => undefined);
  }
  return { pages, chars, warnings, failed };
}
