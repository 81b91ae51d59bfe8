/**
 * The LaTeX source as the scanner sees it, and scans over a whole text: knitr chunks blanked out, the first
 * `\begin{document}` that is not commented out, the preamble's `\title`.
 */
import type { LineIndex } from '../source-util.js';
import { matchBrace } from '../latex-util.js';

export interface Src {
  text: string;
  idx: LineIndex;
  /** path shown to the user (undefined for the main file) */
  file?: string;
  /** absolute path on disk, for resolving \input */
  abs: string;
}

/** Where a scan stops: end of text, the closing `}` of a group, `\end{name}`, or the closing `]`. */
export type Stop = { t: 'eof' } | { t: 'group' } | { t: 'env'; name: string } | { t: 'bracket' };

/** Blank knitr chunks (<<…>>= … @) keeping newlines so positions stay the same. */
export function maskKnitrChunks(text: string): string {
  if (!/^<<.*>>=/m.test(text)) return text;
  const lines = text.split('\n');
  let inChunk = false;
  for (let k = 0; k < lines.length; k++) {
    const l = lines[k]!;
    if (!inChunk && /^\s*<<.*>>=\s*$/.test(l)) inChunk = true;
    if (inChunk) {
      const end = /^@\s*$/.test(l) || /^@\s/.test(l);
      lines[k] = ' '.repeat(l.length);
      if (end) inChunk = false;
    }
  }
  return lines.join('\n');
}

/** Index of the first `\begin{document}` that is not commented out, or -1. */
export function findOutsideComment(text: string, needle: string, from = 0): number {
  let k = text.indexOf(needle, from);
  while (k !== -1) {
    const ls = text.lastIndexOf('\n', k - 1) + 1;
    if (!/(^|[^\\])%/.test(text.slice(ls, k))) return k;
    k = text.indexOf(needle, k + 1);
  }
  return -1;
}

export function findTitle(pre: string): [number, number] | null {
  let k = findOutsideComment(pre, '\\title');
  while (k !== -1) {
    let p = k + '\\title'.length;
    if (/[A-Za-z]/.test(pre[p] ?? '')) {
      k = findOutsideComment(pre, '\\title', p);
      continue;
    }
    while (/\s/.test(pre[p] ?? '')) p++;
    if (pre[p] === '[') {
      const e = matchBrace(pre, p, '[', ']');
      if (e === -1) return null;
      p = e;
      while (/\s/.test(pre[p] ?? '')) p++;
    }
    if (pre[p] !== '{') return null;
    const e = matchBrace(pre, p);
    if (e === -1) return null;
    return [p + 1, e - 1];
  }
  return null;
}
