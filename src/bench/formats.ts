/**
 * Bench fixtures for the binary formats: a 10-page two-column PDF and a DOCX built from the bundled example
 * manuscript with the dev dependencies pdf-lib and docx (only `npm run bench` uses this file).
 */
import { readFileSync } from 'node:fs';

/** Plain paragraphs (heading lines marked) from the example Markdown. */
export function exampleParagraphs(mdFile: string): Array<{ text: string; heading: boolean }> {
  const md = readFileSync(mdFile, 'utf8').replace(/^---[\s\S]*?\n---\n/, '');
  return md
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\*\*/g, '').replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .map((p) => ({ heading: p.startsWith('#'), text: p.replace(/^#+\s*/, '') }));
}

function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const w of text.split(' ')) {
    if ((line + ' ' + w).trim().length > width) {
      out.push(line.trim());
      line = w;
    } else line += ' ' + w;
  }
  if (line.trim()) out.push(line.trim());
  return out;
}

export async function makeTwoColumnPdf(mdFile: string, pages = 10): Promise<Uint8Array> {
  const { PDFDocument, StandardFonts } = await import('pdf-lib');
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const paras = exampleParagraphs(mdFile);
  // enough text for the page count: repeat the body
  const lines: Array<{ text: string; bold: boolean }> = [];
  while (lines.length < pages * 2 * 58) {
    for (const p of paras) {
      if (p.heading) lines.push({ text: p.text.slice(0, 40), bold: true });
      else for (const l of wrap(p.text, 52)) lines.push({ text: l, bold: false });
      lines.push({ text: '', bold: false });
    }
  }
  let i = 0;
  for (let pg = 0; pg < pages; pg++) {
    const page = pdf.addPage([595, 842]);
    page.drawText('Example Journal of Spine Imaging 2025', { x: 72, y: 810, size: 7, font });
    page.drawText(String(pg + 1), { x: 295, y: 25, size: 8, font });
    for (const x of [50, 310]) {
      let y = 780;
      for (let k = 0; k < 58 && i < lines.length; k++, i++) {
        const l = lines[i]!;
        if (l.text) page.drawText(l.text, { x, y, size: 8.5, font: l.bold ? bold : font });
        y -= 12.5;
      }
    }
  }
  return pdf.save();
}

export async function makeDocx(mdFile: string): Promise<Uint8Array> {
  // docx's type declarations do not resolve under NodeNext for a dynamic import: type the few names used here
  type DocxModule = {
    Document: new (o: unknown) => unknown;
    HeadingLevel: { HEADING_1: unknown };
    Packer: { toBuffer(d: unknown): Promise<Uint8Array> };
    Paragraph: new (o: unknown) => unknown;
  };
  const mod = (await import('docx')) as unknown as DocxModule & { default?: DocxModule };
  const { Document, HeadingLevel, Packer, Paragraph } = mod.Document ? mod : mod.default!;
  const children = exampleParagraphs(mdFile).map((p) => (p.heading ? new Paragraph({ text: p.text, heading: HeadingLevel.HEADING_1 }) : new Paragraph({ text: p.text })));
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })));
}
