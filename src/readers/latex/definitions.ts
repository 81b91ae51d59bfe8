/**
 * Definitions read from a whole text before it is scanned: glossary entries (`\newacronym`, `\newglossaryentry`)
 * and user macros (`\newcommand` and kin, `\def`), so that `\gls{…}` prints the entry and a macro's arguments are
 * skipped (or a short text-only macro printed).
 */
import { matchBrace } from '../latex-util.js';

export interface UserMacro {
  nargs: number;
  optional: boolean;
  text?: string;
}

export interface GlossaryEntry {
  name?: string;
  short?: string;
  long?: string;
}

/** Add the definitions of `text` to `glossary` and `macros`; `plainOf` reduces a LaTeX fragment to plain text. */
export function collectDefinitions(text: string, glossary: Map<string, GlossaryEntry>, macros: Map<string, UserMacro>, plainOf: (s: string) => string): void {
  const arg = (from: number): [string, number] | null => {
    let k = from;
    while (k < text.length && /\s/.test(text[k]!)) k++;
    if (text[k] === '[') {
      const e = matchBrace(text, k, '[', ']');
      if (e === -1) return null;
      k = e;
      while (k < text.length && /\s/.test(text[k]!)) k++;
    }
    if (text[k] !== '{') return null;
    const e = matchBrace(text, k);
    if (e === -1) return null;
    return [text.slice(k + 1, e - 1), e];
  };
  for (const m of text.matchAll(/\\newacronym\b/g)) {
    const a = arg(m.index! + m[0].length);
    const b = a && arg(a[1]);
    const c = b && arg(b[1]);
    if (a && b && c) glossary.set(a[0].trim(), { short: plainOf(b[0]), long: plainOf(c[0]), name: plainOf(b[0]) });
  }
  for (const m of text.matchAll(/\\newglossaryentry\b/g)) {
    const a = arg(m.index! + m[0].length);
    const b = a && arg(a[1]);
    if (!a || !b) continue;
    const nm = /(?:^|,)\s*name\s*=\s*(\{)?/.exec(b[0]);
    let name: string | undefined;
    if (nm) {
      const st = nm.index + nm[0].length;
      if (nm[1]) {
        const e = matchBrace(b[0], st - 1);
        if (e !== -1) name = b[0].slice(st, e - 1);
      } else name = b[0].slice(st).split(',')[0];
    }
    if (name) glossary.set(a[0].trim(), { name: plainOf(name) });
  }
  const defRe = /\\(?:newcommand|renewcommand|providecommand|newrobustcmd|renewrobustcmd|DeclareRobustCommand)\*?\s*\{?\s*\\([A-Za-z@]+)\s*\}?\s*(?:\[(\d)\])?\s*(\[[^\]]{0,200}\])?\s*/g;
  for (const m of text.matchAll(defRe)) {
    const name = m[1]!;
    const nargs = m[2] ? Number(m[2]) : 0;
    const st = m.index! + m[0].length;
    let body: string | undefined;
    if (text[st] === '{') {
      const e = matchBrace(text, st);
      if (e !== -1) body = text.slice(st + 1, e - 1);
    }
    const macro: UserMacro = { nargs, optional: !!m[3] };
    if (nargs === 0 && body !== undefined && !/[\\#$^_&%]/.test(body) && body.length < 80) macro.text = body.replace(/[{}]/g, '');
    macros.set(name, macro);
  }
  for (const m of text.matchAll(/\\def\s*\\([A-Za-z@]+)((?:#\d)*)\s*\{/g)) {
    if (!macros.has(m[1]!)) macros.set(m[1]!, { nargs: (m[2] ?? '').length / 2, optional: false });
  }
}
