import { describe, expect, it } from 'vitest';
import { positionAt, type Block } from '../src/manuscript/model.js';
import { InputError } from '../src/readers/types.js';
import { docxReader } from '../src/readers/docx.js';
import { pdfReader } from '../src/readers/pdf/index.js';
import { sniffFormat } from '../src/readers/sniff.js';
import { MANUSCRIPT, makeDocx, makeImageOnlyPdf, makeManuscriptPdf, makePdf, makeTwoColumnPdf } from './fixtures/readers/make.js';

const summary = (blocks: Block[]) => blocks.map((b) => `${b.kind}${b.depth ? b.depth : ''}:${b.text}`);

async function inputError(p: Promise<unknown>): Promise<InputError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    expect((e as Error).message).not.toContain('\n');
    return e as InputError;
  }
  throw new Error('expected an InputError');
}

describe('DOCX reader', () => {
  it('reads headings (Word styles and bold pseudo-headings), text and paragraph numbers', async () => {
    const data = await makeDocx();
    expect(sniffFormat('paper.bin', data)).toBe('docx');
    const out = await docxReader.read({ path: 'paper.docx', data });
    const m = MANUSCRIPT;
    expect(out.title).toBe(m.title);
    expect(summary(out.blocks)).toEqual([
      `title:${m.title}`,
      'heading1:Abstract',
      `paragraph:${m.abstract}`,
      'heading1:Methods',
      `paragraph:${m.methods.join(' ')}`,
      'heading2:Statistical analysis',
      'paragraph:We report the AUC with a 95% confidence interval.',
      'heading1:Results',
      `paragraph:${m.results}`,
      'heading1:Funding',
      `paragraph:${m.funding}`,
    ]);
    // paragraph numbers count document paragraphs, including the empty one after the abstract
    const para = (needle: string) => positionAt(out.blocks.find((b) => b.text.includes(needle))!, 0).paragraph;
    expect(para(m.title)).toBe(1);
    expect(para(m.abstract)).toBe(3);
    expect(para('Images were collected')).toBe(6);
    expect(para(m.funding)).toBe(12);
  });

  it('rejects a truncated DOCX as a bad zip', async () => {
    const data = await makeDocx();
    const err = await inputError(Promise.resolve(docxReader.read({ path: 'cut.docx', data: data.subarray(0, Math.floor(data.length / 2)) })));
    expect(err.message).toMatch(/not a valid DOCX \(bad zip/);
    expect(err.file).toBe('cut.docx');
    const err2 = await inputError(Promise.resolve(docxReader.read({ path: 'text.docx', data: new TextEncoder().encode('just text') })));
    expect(err2.message).toMatch(/not a valid DOCX \(bad zip/);
  });
});

describe('PDF reader', () => {
  it('rebuilds headings, paragraphs and page/line positions; drops headers, page numbers and references', async () => {
    const data = await makeManuscriptPdf();
    expect(sniffFormat('paper.bin', data)).toBe('pdf');
    const out = await pdfReader.read({ path: 'paper.pdf', data });
    const m = MANUSCRIPT;
    expect(out.title).toBe(m.title);
    expect(summary(out.blocks)).toEqual([
      `title:${m.title}`,
      'heading1:Abstract',
      `paragraph:${m.abstract}`,
      'heading1:Methods',
      `paragraph:${m.methods.join(' ')} The labels were used as the reference standard for all analyses.`,
      'heading1:Results',
      `paragraph:${m.results}`,
      'heading1:Funding',
      `paragraph:${m.funding}`,
    ]);
    const at = (needle: string, sub = 0) => {
      const b = out.blocks.find((x) => x.text.includes(needle))!;
      return positionAt(b, b.text.indexOf(needle) + sub);
    };
    // line 1 of each page is the running header (dropped, but counted)
    expect(at(m.abstract)).toEqual({ page: 1, line: 4 });
    expect(at('Two radiologists')).toEqual({ page: 1, line: 7 });
    expect(at('reference standard')).toEqual({ page: 1, line: 7 });
    expect(at('standard for all')).toEqual({ page: 1, line: 8 });
    expect(at(m.funding)).toEqual({ page: 2, line: 5 });
    const all = out.blocks.map((b) => b.text).join('\n');
    expect(all).not.toContain('Journal of Test Imaging');
    expect(all).not.toContain('must not be read');
  });

  it('reads a two-column page column by column', async () => {
    const out = await pdfReader.read({ path: 'two.pdf', data: await makeTwoColumnPdf() });
    const text = out.blocks.map((b) => b.text).join('\n');
    expect(out.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual(['Methods', 'Results']);
    const order = ['A two column study', 'The left column starts', 'Left column final', 'The right column continues', 'Right column final'].map((s) =>
      text.indexOf(s),
    );
    expect(order.every((v) => v >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(text).toContain('The left column starts the text of the methods section and goes on');
  });

  it('reads appendices after the reference list, and not the references', async () => {
    const lines = [
      { text: 'Methods', size: 12, bold: true },
      { text: 'A network was trained on chest radiographs.' },
      { text: 'References', size: 12, bold: true, gapBefore: 12 },
      { text: 'A. Smith and B. Jones. A study of things. Journal, 2020.' },
      { text: 'C. Doe. Another reference entry. Proceedings, 2021.' },
      { text: 'Appendix A. Implementation details', size: 11, bold: true, gapBefore: 12 },
      { text: 'The checkpoint with the lowest validation loss was kept.' },
      { text: 'A.1. Data processing', size: 10, bold: true, gapBefore: 6 },
      { text: 'Images were resampled to an isotropic spacing.' },
    ];
    const out = await pdfReader.read({ path: 'appendix.pdf', data: await makePdf([lines]) });
    expect(summary(out.blocks)).toEqual([
      'heading1:Methods',
      'paragraph:A network was trained on chest radiographs.',
      'heading1:Appendix A. Implementation details',
      'paragraph:The checkpoint with the lowest validation loss was kept.',
      'heading2:A.1. Data processing',
      'paragraph:Images were resampled to an isotropic spacing.',
    ]);
  });

  it('drops margin line numbers and joins hyphenated line breaks', async () => {
    const lines = [
      { text: 'Methods', size: 12, bold: true },
      { text: 'We describe the automatic classi-' },
      { text: 'fication of radiographs by a network' },
      { text: 'that was trained on images from two' },
      { text: 'hospitals and tested on a third one.' },
      { text: 'Results', size: 12, bold: true, gapBefore: 12 },
      { text: 'The network reached an AUC of 0.91.' },
    ];
    const out = await pdfReader.read({ path: 'numbered.pdf', data: await makePdf([lines], { lineNumbers: true }) });
    expect(summary(out.blocks)).toEqual([
      'heading1:Methods',
      'paragraph:We describe the automatic classification of radiographs by a network that was trained on images from two hospitals and tested on a third one.',
      'heading1:Results',
      'paragraph:The network reached an AUC of 0.91.',
    ]);
  });

  it('rejects a corrupt PDF and a PDF without a text layer', async () => {
    const good = await makeManuscriptPdf();
    const corrupt = new Uint8Array(good.subarray(0, 400));
    const e1 = await inputError(Promise.resolve(pdfReader.read({ path: 'corrupt.pdf', data: corrupt })));
    expect(e1.message).toMatch(/PDF/);
    const e2 = await inputError(Promise.resolve(pdfReader.read({ path: 'scan.pdf', data: await makeImageOnlyPdf() })));
    expect(e2.problem).toBe('has no text layer (scanned PDF?); OCR is not supported');
    expect(e2.message).toBe('scan.pdf: has no text layer (scanned PDF?); OCR is not supported');
    expect(e1.cause).toBeDefined();
    const e3 = await inputError(Promise.resolve(pdfReader.read({ path: 'fake.pdf', data: new TextEncoder().encode('not a pdf at all') })));
    expect(e3.message).toMatch(/not a PDF/);
  });
});
