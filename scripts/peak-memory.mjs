#!/usr/bin/env node
/**
 * Peak memory of `reportlint check` on the largest inputs the default limits let through, one reader family at a
 * time (issue 14: "peak memory stays under 1 GB for any input up to the default limits"). Each input is built just
 * under the limit that bounds it (text-bytes 4 MB, sentences 20,000, depth 200, markers 1,000 per paragraph,
 * word-xml-bytes 5 MB for a DOCX, input-files 500 for LaTeX), checked in one process (`--jobs 0`, the time
 * limit raised out of the way: this measures memory, not time), and the process's peak resident set size is
 * read from GNU time. Prints one row per input and exits 1 when any peak is 1 GB or more.
 *
 *   node scripts/peak-memory.mjs [only-these-names...]      (not part of npm test: minutes on 2 cores)
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const MB = 1024 * 1024;
const TEXT = 4 * MB - 64 * 1024; // just under text-bytes

const sentences = [
  'We enrolled adults referred for lumbar MRI at two hospitals between 2018 and 2021.',
  'Images were split by patient into training, validation and test sets.',
  'The reference standard was the consensus reading of two radiologists.',
  'Sensitivity and specificity were reported with 95% confidence intervals.',
  'No external validation was performed in this study.',
];
/** Repeat `unit(i)` until the text reaches `bytes`. */
function fill(bytes, unit, head = '') {
  const parts = [head];
  let n = head.length;
  for (let i = 0; n < bytes; i++) {
    const u = unit(i);
    if (n + u.length > bytes) break;
    parts.push(u);
    n += u.length;
  }
  return parts.join('');
}
const prose = (i) => `${sentences[i % sentences.length]} `;

async function docx(file) {
  const { default: JSZip } = await import('jszip');
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
  zip.file('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  // paragraphs with run properties up to just under word-xml-bytes (5 MB; DOCX_MB=n for another size)
  const para = (i) => `<w:p><w:pPr><w:pStyle w:val="Normal"/></w:pPr><w:r><w:rPr><w:b/><w:i/><w:sz w:val="24"/></w:rPr><w:t>${sentences[i % 5]}</w:t></w:r></w:p>`;
  const body = fill(Number(process.env.DOCX_MB ?? 4.9) * MB, para, '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>');
  zip.file('word/document.xml', `${body}</w:body></w:document>`);
  writeFileSync(file, await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
}

async function pdf(file) {
  const { PDFDocument, StandardFonts } = await import('pdf-lib');
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  // 1,500 pages of 60 lines: about 4 MB of text, under text-bytes for what pdf.js extracts
  for (let p = 0; p < 1500; p++) {
    const page = doc.addPage([595, 842]);
    for (let l = 0; l < 60; l++) page.drawText(sentences[(p + l) % 5].slice(0, 44), { x: 40, y: 800 - l * 13, size: 9, font });
  }
  writeFileSync(file, await doc.save());
}

const INPUTS = {
  'md-prose': (f) => writeFileSync(`${f}.md`, fill(TEXT, (i) => (i % 40 === 0 ? `\n## Section ${i}\n\n` : i % 6 === 0 ? `${prose(i)}\n\n` : prose(i)), '# A long manuscript\n\n')),
  'md-table': (f) => writeFileSync(`${f}.md`, `# T\n\n| a | b | c |\n|---|---|---|\n${'| one cell | another cell | 12.5 |\n'.repeat(19_500)}`),
  // 990 markers a paragraph (limit 1,000), 100 paragraphs (a document may hold 100 paragraphs' worth)
  'md-markers': (f) => writeFileSync(`${f}.md`, `# T\n\n${`${'*a* '.repeat(495)}end.\n\n`.repeat(100)}`),
  'md-nesting': (f) => writeFileSync(`${f}.md`, fill(TEXT, (i) => `${'> '.repeat(190)}${prose(i)}\n\n`, '# T\n\n')),
  'md-blank': (f) => writeFileSync(`${f}.md`, fill(TEXT, (i) => (i % 1000 === 0 ? `${prose(i)}\n` : '\n'), '# T\n\n')),
  'txt-lines': (f) => writeFileSync(`${f}.txt`, fill(TEXT, (i) => `${sentences[i % 5].slice(0, 20)}\n`)),
  'html-nested': (f) => writeFileSync(`${f}.html`, `<!doctype html><html><body>${fill(TEXT - 100, (i) => `${'<div>'.repeat(150)}<p>${prose(i)}</p>${'</div>'.repeat(150)}`)}</body></html>`),
  'jats': (f) => writeFileSync(`${f}.xml`, `<?xml version="1.0"?><article><front><article-meta><title-group><article-title>T</article-title></title-group></article-meta></front><body>${fill(TEXT - 300, (i) => `<sec><title>Part ${i}</title><p>${prose(i)}${prose(i + 1)}</p></sec>`)}</body></article>`),
  'latex-inputs': (f) => {
    const dir = `${f}-latex`;
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'part.tex'), fill(7_800, (i) => (i % 10 === 0 ? `\n\n\\subsection{Part ${i}}\n` : prose(i))));
    writeFileSync(join(dir, 'main.tex'), `\\documentclass{article}\n\\begin{document}\n\\section{Methods}\n${'\\input{part}\n'.repeat(495)}\\end{document}\n`);
    return join(dir, 'main.tex');
  },
  'latex-macros': (f) => writeFileSync(`${f}.tex`, `\\documentclass{article}\n${fill(TEXT / 2, (i) => `\\newcommand{\\m${i.toString(36)}}{${sentences[i % 5]}}\n`)}\\begin{document}\n${fill(TEXT / 2 - 100, (i) => `\\m${(i % 1000).toString(36)} `)}\n\\end{document}\n`),
  docx: async (f) => {
    await docx(`${f}.docx`);
  },
  pdf: async (f) => {
    await pdf(`${f}.pdf`);
  },
};
const EXT = { 'txt-lines': 'txt', 'html-nested': 'html', jats: 'xml', 'latex-macros': 'tex', docx: 'docx', pdf: 'pdf' };

const only = process.argv.slice(2);
const dir = mkdtempSync(join(tmpdir(), 'reportlint-peak-'));
let worst = 0;
try {
  console.log('input            size      peak RSS   time    result');
  for (const [name, make] of Object.entries(INPUTS)) {
    if (only.length && !only.includes(name)) continue;
    const base = join(dir, name);
    const made = await make(base);
    const file = typeof made === 'string' ? made : `${base}.${EXT[name] ?? 'md'}`;
    const args = ['-f', '%M %e', process.execPath, join(root, 'bin/reportlint.js'), 'check', file, '-f', 'json', '-c', 'current', '--fail-on', 'never', '--jobs', '0', '--limit', 'time=1800s'];
    const r = spawnSync('/usr/bin/time', args, { encoding: 'utf8', maxBuffer: 1 << 30 });
    const last = r.stderr.trim().split('\n').at(-1) ?? '';
    const [kb, secs] = last.split(' ').map(Number);
    const err = r.stderr.split('\n').find((l) => l.startsWith('reportlint: '));
    const peak = kb / 1024;
    worst = Math.max(worst, peak);
    const size = statSync(file).size / MB;
    console.log(`${name.padEnd(16)} ${size.toFixed(1).padStart(5)} MB ${peak.toFixed(0).padStart(7)} MB ${secs.toFixed(1).padStart(6)} s  ${r.status === 2 ? `error: ${err?.slice(12, 130)}` : `exit ${r.status}`}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(`worst peak: ${worst.toFixed(0)} MB (${worst < 1024 ? 'under' : 'OVER'} 1 GB)`);
process.exitCode = worst < 1024 ? 0 : 1;
