/**
 * DOCX reader: mammoth converts the document to HTML (Word heading styles → h1–h6, Title → the article title),
 * then the HTML path reads it with paragraph-number positions. Short bold-only paragraphs ("Methods") become
 * headings. mammoth is loaded only here, on demand, after the zip's entries passed the unzipped-bytes limit.
 */
import { firstLine } from '../errors.js';
import type { Reader, ReaderInput, ReaderOutput } from './types.js';
import { InputError } from './types.js';
import { readHtmlString } from './html.js';
import { checkZipEntries } from './zip-check.js';
import { checkLimit, mb } from '../limits.js';

const STYLE_MAP = [
  "p[style-name='Title'] => h1.doc-title:fresh",
  "p[style-name='Subtitle'] => p.subtitle:fresh",
  "p[style-name='Abstract'] => p.abstract:fresh",
  "p[style-name='Heading 1'] => h1:fresh",
  "p[style-name='Heading 2'] => h2:fresh",
  "p[style-name='Heading 3'] => h3:fresh",
  "p[style-name='Heading 4'] => h4:fresh",
  "p[style-name='Heading 5'] => h5:fresh",
  "p[style-name='Heading 6'] => h6:fresh",
];

function looksLikeZip(d: Uint8Array): boolean {
  return d.length >= 4 && d[0] === 0x50 && d[1] === 0x4b && (d[2] === 3 || d[2] === 5 || d[2] === 7);
}

export async function readDocx(data: Uint8Array, path: string): Promise<ReaderOutput> {
  checkLimit(path, 'inputBytes', data.length, (n) => `is ${mb(n)}`);
  if (!looksLikeZip(data)) throw new InputError(path, 'is not a valid DOCX (bad zip: no ZIP signature)');
  checkZipEntries(path, data);
  const mammoth = (await import('mammoth')).default;
  let result: { value: string; messages: { type: string; message: string }[] };
  try {
    result = await mammoth.convertToHtml(
      // `buffer` for mammoth under Node, `arrayBuffer` for its browser build (JSZip reads a Uint8Array either way)
      { buffer: data as Buffer, arrayBuffer: data } as { buffer: Buffer },
      // images are never read: their bytes would only become data URIs the text reader throws away
      { styleMap: STYLE_MAP, ignoreEmptyParagraphs: false, convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })) },
    );
  } catch (e) {
    const msg = firstLine(e);
    if (/central directory|end of data|zip|corrupted|invalid|signature|Unexpected|inflate/i.test(msg)) {
      throw new InputError(path, `is not a valid DOCX (bad zip: ${msg.replace(/\s+/g, ' ').trim()})`, { cause: e });
    }
    if (/Could not find (main document part|file)|word\/document\.xml/i.test(msg)) {
      throw new InputError(path, 'is not a valid DOCX (no word/document.xml in the archive)', { cause: e });
    }
    throw new InputError(path, `could not be read as DOCX (${msg})`, { cause: e });
  }
  const out = readHtmlString(result.value, path, 'paragraph', { boldHeadings: true });
  const warnings = result.messages
    .filter((m) => m.type === 'error')
    .map((m) => `${path}: ${m.message.split('\n')[0]}`);
  if (warnings.length) out.warnings = [...(out.warnings ?? []), ...warnings];
  return out;
}

export const docxReader: Reader = {
  format: 'docx',
  read(input: ReaderInput): Promise<ReaderOutput> {
    return readDocx(input.data, input.path);
  },
};
