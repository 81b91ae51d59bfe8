/**
 * Format sniffing: content first (PDF magic, DOCX zip, JATS markup, HTML, LaTeX), file extension second.
 * A `.txt` that is really JATS is read as JATS; a `.docx` that is not a zip stays 'docx' (the reader reports
 * the bad zip).
 */
import { extname } from 'node:path';

export type SniffedFormat = 'markdown' | 'text' | 'jats' | 'latex' | 'rmarkdown' | 'html' | 'docx' | 'pdf' | 'unknown-binary';

const EXT: Record<string, SniffedFormat> = {
  '.md': 'markdown', '.markdown': 'markdown', '.mdown': 'markdown', '.mkd': 'markdown',
  '.txt': 'text', '.text': 'text',
  '.xml': 'jats', '.nxml': 'jats', '.jats': 'jats',
  '.tex': 'latex', '.rnw': 'latex', '.ltx': 'latex',
  '.rmd': 'rmarkdown', '.qmd': 'rmarkdown',
  '.html': 'html', '.htm': 'html', '.xhtml': 'html',
  '.docx': 'docx',
  '.pdf': 'pdf',
};

/** Does a ZIP archive (by its local file headers / central directory) contain word/document.xml? */
function zipHasWordDocument(data: Uint8Array): boolean {
  const s = Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('latin1');
  return s.includes('word/document.xml') || s.includes('[Content_Types].xml') && s.includes('word/');
}

function isBinary(data: Uint8Array): boolean {
  const n = Math.min(data.length, 8000);
  let ctrl = 0;
  for (let k = 0; k < n; k++) {
    const c = data[k]!;
    if (c === 0) return true;
    if (c < 9 || (c > 13 && c < 32)) ctrl++;
  }
  return n > 0 && ctrl / n > 0.1;
}

export function sniffFormat(path: string, data: Uint8Array): SniffedFormat {
  const ext = extname(path).toLowerCase();
  const head = Buffer.from(data.subarray(0, 4096)).toString('latin1');
  if (head.slice(0, 1024).includes('%PDF-')) return 'pdf';
  if (data[0] === 0x50 && data[1] === 0x4b && (data[2] === 3 || data[2] === 5 || data[2] === 7)) {
    return zipHasWordDocument(data) || ext === '.docx' ? 'docx' : 'unknown-binary';
  }
  if (isBinary(data)) return ext === '.docx' ? 'docx' : ext === '.pdf' ? 'pdf' : 'unknown-binary';
  const text = head.replace(/^\uFEFF|^\xEF\xBB\xBF/, '').trimStart();
  const xmlish = /^(<\?xml[^>]*\?>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE[^>]*>\s*)?/i.exec(text)![0];
  const afterProlog = text.slice(xmlish.length);
  if (
    /<!DOCTYPE\s+(article|pmc-articleset)\b[^>]*(JATS|NLM|Journal Archiving|Journal Publishing|Article Authoring)/i.test(text) ||
    (/^<(article|pmc-articleset)\b/i.test(afterProlog) && /<(front|article-meta|journal-meta)\b|dtd-version=|xmlns:xlink=|article-type=/i.test(text))
  ) {
    return 'jats';
  }
  if (/^<!DOCTYPE\s+html/i.test(text) || /^<html\b/i.test(afterProlog) || (/^<\?xml/i.test(text) && /<html\b[^>]*xhtml/i.test(text))) return 'html';
  if (ext === '.rmd' || ext === '.qmd') return 'rmarkdown';
  if (/\\documentclass\b|\\begin\{document\}|^\s*\\(section|chapter|subsection)\*?\{/m.test(head) && ext !== '.md') return ext === '.rnw' ? 'latex' : 'latex';
  if (EXT[ext]) return EXT[ext]!;
  if (/^<(article|html|body|div|section|p)\b/i.test(afterProlog)) return /^<article\b/i.test(afterProlog) && /<front\b/.test(text) ? 'jats' : 'html';
  if (/^#{1,6}\s|\n#{1,6}\s/.test(head) || /^---\n[\s\S]*?\n---\n/.test(head)) return 'markdown';
  return 'text';
}
