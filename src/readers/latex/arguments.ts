/** Reading command arguments at an index of the source text: spaces and comments, `[optional]`, `{required}`. */
import { matchBrace } from '../latex-util.js';

/** Skip whitespace (not across a blank line) and comments; returns the new index. */
export function skipSpace(s: string, i: number): number {
  let nl = 0;
  while (i < s.length) {
    const c = s[i]!;
    if (c === '%') {
      const e = s.indexOf('\n', i);
      i = e === -1 ? s.length : e + 1;
      continue;
    }
    if (c === '\n') {
      if (nl >= 1) return i;
      nl++;
      i++;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r') {
      i++;
      continue;
    }
    break;
  }
  return i;
}

/** Read an optional [..] argument at i (after spaces); returns [content start, end] or null. */
export function optArg(s: string, i: number): [number, number] | null {
  const k = skipSpace(s, i);
  if (s[k] !== '[') return null;
  const e = matchBrace(s, k, '[', ']');
  if (e === -1) return null;
  return [k + 1, e];
}

/** Read a required {..} argument (or a single token) at i; returns [content start, content end, next]. */
export function reqArg(s: string, i: number): [number, number, number] | null {
  const k = skipSpace(s, i);
  if (k >= s.length) return null;
  if (s[k] === '{') {
    const e = matchBrace(s, k);
    if (e === -1) return [k + 1, s.length, s.length];
    return [k + 1, e - 1, e];
  }
  if (s[k] === '\\') {
    const m = /^\\([A-Za-z@]+|.)/.exec(s.slice(k, k + 60));
    if (m) return [k, k + m[0].length, k + m[0].length];
  }
  if (s[k] === '}' || s[k] === ']') return null;
  return [k, k + 1, k + 1];
}
