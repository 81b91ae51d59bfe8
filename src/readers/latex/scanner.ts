/**
 * The LaTeX scanner: a hand-written loop over the characters of the source (not a tokenizer, not a TeX engine;
 * written for speed) that emits text as it goes and hands control sequences to `command`. Text macros are
 * reduced to their text, citations and references dropped, math reduced to plain text, accents and symbols
 * printed, glossary entries and user macros expanded or skipped. Structure (environments, sectioning, lists,
 * captions, `\input`) is handled by the subclass through the abstract hooks below.
 */
import { join } from 'node:path';
import { MappedBuilder, syntheticBlock } from '../source-util.js';
import { ACCENTS, SYMBOLS, matchBrace, reduceMath } from '../latex-util.js';
import { optArg, reqArg, skipSpace } from './arguments.js';
import type { GlossaryEntry, UserMacro } from './definitions.js';
import { LatexOutput } from './output.js';
import type { Src, Stop } from './source.js';
import { limits, LimitError } from '../../limits.js';
import { ARGS, DECL_MACROS, GLS, SECTION_LEVEL, ZERO } from './vocabulary.js';

export abstract class LatexScanner extends LatexOutput {
  protected glossary = new Map<string, GlossaryEntry>();
  protected macros = new Map<string, UserMacro>();
  /** the file named in errors (the main file; included files name themselves) */
  protected docPath = '';
  private nesting = 0;

  /** `\begin{env}` with the index after it; returns the index after `\end{env}`. */
  protected abstract environment(src: Src, env: string, k: number, limit: number): number;
  /** A sectioning command (`name` a key of SECTION_LEVEL) with the index after it; returns the index after its title. */
  protected abstract section(src: Src, name: string, k: number, star: boolean): number;
  /** `\item` with the index after it; returns the index after its optional label. */
  protected abstract item(src: Src, k: number): number;
  /** `\caption` (or `\subcaption`, `\captionof` after its first argument) at k; returns the index after it. */
  protected abstract caption(src: Src, k: number): number;
  /** `\input` and kin: the named file parsed in place. */
  protected abstract include(src: Src, cmd: string, target: string): void;
  /** `\title{…}` (its argument s[a, b)) becomes the title block. */
  protected abstract titleFrom(src: Src, a: number, b: number): void;

  /**
   * The main loop: scan src.text from i until the stop condition (or `limit`), emitting text and blocks.
   * Returns the index after the stop.
   */
  run(src: Src, i: number, stop: Stop, limit = src.text.length): number {
    // groups and environments nest by recursion: bounded by the depth limit, not by the stack
    if (this.nesting >= limits().depth) throw new LimitError(src.file ?? this.docPath, 'depth', `nests groups or environments more than ${this.nesting} deep (line ${src.idx.pos(i).line ?? '?'})`);
    this.nesting++;
    try {
      return this.scan(src, i, stop, limit);
    } finally {
      this.nesting--;
    }
  }

  private scan(src: Src, i: number, stop: Stop, limit: number): number {
    const s = src.text;
    let nl = 0;
    while (i < limit) {
      const c = s[i]!;
      // whitespace and paragraph breaks
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
        let e = i;
        nl = 0;
        while (e < limit) {
          const d = s[e]!;
          if (d === '\n') nl++;
          else if (d === '%') {
            const q = s.indexOf('\n', e);
            e = q === -1 || q >= limit ? limit : q + 1;
            continue;
          } else if (d !== ' ' && d !== '\t' && d !== '\r') break;
          e++;
        }
        if (nl >= 2 && this.argDepth === 0 && !this.table) this.flushPara();
        else if (!this.table || this.out.text.length) this.emitText(s.slice(i, e).replace(/%[^\n]*\n?/g, ' '), src, i);
        i = e;
        continue;
      }
      if (c === '%') {
        const q = s.indexOf('\n', i);
        i = q === -1 ? limit : q + 1;
        // a comment eats the newline and the next line's indentation
        while (i < limit && (s[i] === ' ' || s[i] === '\t')) i++;
        continue;
      }
      if (c === '}') {
        if (stop.t === 'group') return i + 1;
        i++;
        continue;
      }
      if (c === ']' && stop.t === 'bracket') return i + 1;
      if (c === '{') {
        i = this.run(src, i + 1, { t: 'group' }, limit);
        continue;
      }
      if (c === '$') {
        const display = s[i + 1] === '$';
        const open = display ? 2 : 1;
        let e = i + open;
        while (e < limit) {
          if (s[e] === '\\') {
            e += 2;
            continue;
          }
          if (s[e] === '$' && (!display || s[e + 1] === '$')) break;
          e++;
        }
        if (!display) {
          const r = reduceMath(s.slice(i + 1, e));
          if (r) this.emitText(r, src, i, false);
        } else this.sep();
        i = Math.min(limit, e + open);
        continue;
      }
      if (c === '&') {
        if (this.table) this.table.cell++;
        else this.sep();
        i++;
        continue;
      }
      if (c === '~') {
        this.emitText(' ', null, 0, false);
        i++;
        continue;
      }
      if (c === '`' || c === "'") {
        if (s[i + 1] === c) {
          this.emitText('"', src, i, false);
          i += 2;
        } else {
          this.emitText(c === '`' ? '‘' : "'", src, i, c === "'");
          i++;
        }
        continue;
      }
      if (c === '-' && s[i + 1] === '-') {
        const em = s[i + 2] === '-';
        this.emitText(em ? '—' : '–', src, i, false);
        i += em ? 3 : 2;
        continue;
      }
      if (c === '^' || c === '_' || c === '#') {
        i++;
        continue;
      }
      if (c === '\\') {
        const r = this.command(src, i, stop, limit);
        if (r < 0) return -r; // stop reached (\end{env})
        i = r;
        continue;
      }
      // a run of ordinary characters
      let e = i + 1;
      while (e < limit && !/[\s\\{}$&%~`'^_#\-\]]/.test(s[e]!)) e++;
      if (e < limit && s[e] === '-' && s[e + 1] !== '-') e++;
      else if (e < limit && s[e] === ']' && stop.t !== 'bracket') e++;
      this.emitText(s.slice(i, e), src, i);
      i = e;
    }
    return limit;
  }

  /** Handle a control sequence at i. Returns the next index, or -(index after) when it closes the stop env. */
  private command(src: Src, i: number, stop: Stop, limit: number): number {
    const s = src.text;
    const next = s[i + 1];
    if (next === undefined) return i + 1;
    // control symbols
    if (!/[A-Za-z@]/.test(next)) {
      if (next === '\\') {
        let k = i + 2;
        if (s[k] === '*') k++;
        const o = optArg(s, k);
        if (o && s.slice(o[0], o[1] - 1).match(/^\s*-?[\d.]+\s*[a-z]{2}\s*$/)) k = o[1];
        if (this.table) {
          if (this.table.rowStarted) this.table.hasRows = true;
          this.table.rowStarted = false;
          this.table.cell = 0;
          this.table.seps = 0;
        } else this.sep();
        return k;
      }
      if (ACCENTS[next] && /[A-Za-z{\\]/.test(s[i + 2] ?? '')) return this.accent(src, i + 2, ACCENTS[next]!, i);
      if ('%&$#_{}'.includes(next)) {
        this.emitText(next, src, i, false);
        return i + 2;
      }
      if (next === '(') {
        const e = s.indexOf('\\)', i + 2);
        const end = e === -1 || e > limit ? limit : e;
        const r = reduceMath(s.slice(i + 2, end));
        if (r) this.emitText(r, src, i, false);
        return Math.min(limit, end + 2);
      }
      if (next === '[') {
        const e = s.indexOf('\\]', i + 2);
        this.sep();
        return e === -1 || e > limit ? limit : e + 2;
      }
      if (' ,;:>'.includes(next) || next === '\n') {
        this.emitText(' ', null, 0, false);
        return i + 2;
      }
      return i + 2; // \- \/ \@ \! …
    }
    const m = /^[A-Za-z@]+\*?/.exec(s.slice(i + 1, i + 60))!;
    let name = m[0];
    const star = name.endsWith('*');
    if (star) name = name.slice(0, -1);
    let k = i + 1 + m[0].length;

    if (name === 'begin' || name === 'end') {
      const r = reqArg(s, k);
      if (!r) return k;
      const env = s.slice(r[0], r[1]).trim();
      if (name === 'end') {
        if (stop.t === 'env' && stop.name === env) return -r[2];
        return r[2];
      }
      return this.environment(src, env, r[2], limit);
    }
    if (name in SECTION_LEVEL) return this.section(src, name, k, star);
    if (name === 'item') return this.item(src, k);
    if (name === 'caption' || name === 'captionof' || name === 'subcaption') return this.caption(src, name === 'captionof' ? this.applyArgs(src, k, 'D') : k);
    if (name === 'par') {
      this.flushPara();
      return k;
    }
    if (name === 'input' || name === 'include' || name === 'subfile' || name === 'InputIfFileExists') {
      const r = reqArg(s, k);
      if (!r) return k;
      this.include(src, name, s.slice(r[0], r[1]).trim());
      return r[2];
    }
    if (name === 'import' || name === 'subimport') {
      const a = reqArg(s, k);
      const b = a && reqArg(s, a[2]);
      if (!a || !b) return k;
      this.include(src, name, join(s.slice(a[0], a[1]).trim(), s.slice(b[0], b[1]).trim()));
      return b[2];
    }
    if (name === 'verb') {
      const d = s[k];
      if (!d) return k;
      const e = s.indexOf(d, k + 1);
      if (e === -1) return k + 1;
      this.emitText(s.slice(k + 1, e), src, k + 1);
      return e + 1;
    }
    if (name === 'title' && this.argDepth === 0) {
      const r = reqArg(s, optArg(s, k)?.[1] ?? k);
      if (!r) return k;
      this.titleFrom(src, r[0], r[1]);
      return r[2];
    }
    if (name === 'abstract' && this.argDepth === 0) {
      const r = reqArg(s, k);
      if (!r) return k;
      this.flushPara();
      this.addBlock(syntheticBlock('heading', 'Abstract', src.idx.pos(i), { sectionHint: 'abstract' }), -1);
      this.sub(src, r[0], r[1]);
      this.flushPara();
      return r[2];
    }
    if (name in DECL_MACROS && this.argDepth === 0 && /^\s*\{/.test(s.slice(k, k + 20))) {
      const [heading, role] = DECL_MACROS[name]!;
      const r = reqArg(s, k);
      if (!r) return k;
      this.flushPara();
      this.addBlock(syntheticBlock('heading', heading, src.idx.pos(i), { sectionHint: 'declarations', roleHint: role }), 99);
      this.sub(src, r[0], r[1]);
      this.flushPara();
      return r[2];
    }
    if (name in GLS) {
      const o = optArg(s, k);
      const r = reqArg(s, o ? o[1] : k);
      if (!r) return k;
      const key = s.slice(r[0], r[1]).trim();
      const g = this.glossary.get(key);
      const form = GLS[name]!;
      let text = g ? (form === 'full' ? (g.long && g.short ? `${g.long} (${g.short})` : g.name) : form === 'long' ? g.long ?? g.name : form === 'short' ? g.short ?? g.name : g.name ?? g.short) : key;
      text ??= key;
      if (/^[A-Z]/.test(name)) text = text.charAt(0).toUpperCase() + text.slice(1);
      if (name === 'GLS') text = text.toUpperCase();
      if (/pl$|^acp$/.test(name)) text += 's';
      this.emitText(text, src, i, false);
      return r[2];
    }
    if (name === 'appendix') return k;
    if (name in ARGS) {
      const pattern = ARGS[name]!;
      if (name === 'cmidrule' && s[skipSpace(s, k)] === '(') k = s.indexOf(')', k) + 1 || k;
      const isNote = name === 'footnote' || name === 'footnotetext' || name === 'sidenote' || name === 'marginpar' || name === 'marginnote';
      if (isNote && !this.table) {
        // footnotes become their own paragraph after the current one, so they do not split sentences
        const o = optArg(s, k);
        const r = reqArg(s, o ? o[1] : k);
        if (!r) return k;
        const nb = this.withOut(new MappedBuilder(), 'paragraph', () => this.sub(src, r[0], r[1]));
        const blk = nb.block('paragraph');
        if (blk && this.discard === 0) this.notes.push(blk);
        return r[2];
      }
      if (/^(ref|eqref|autoref|cref|Cref|pageref|nameref|vref|cite\w*|parencite|textcite|autocite|footcite|supercite|smartcite|Cite\w*|Textcite|Parencite)$/.test(name)) {
        // "cases~\cite{x}." → "cases."
        const e = this.applyArgs(src, k, pattern);
        if (/^[.,;:)\]]/.test(s.slice(e, e + 1)) && this.discard === 0) this.out.cancelSpace();
        return e;
      }
      return this.applyArgs(src, k, pattern, isNote);
    }
    if (ACCENTS[name] && name.length === 1 && /[{ ]/.test(s[k] ?? '')) return this.accent(src, k, ACCENTS[name]!, i);
    if (name in ZERO) {
      this.emitText(ZERO[name]!, src, i, false);
      return this.afterControlWord(s, k);
    }
    if (name in SYMBOLS && SYMBOLS[name]) {
      this.emitText(SYMBOLS[name]!, src, i, false);
      return this.afterControlWord(s, k);
    }
    const macro = this.macros.get(name);
    if (macro) {
      if (macro.text !== undefined) {
        this.emitText(macro.text, src, i, false);
        return this.afterControlWord(s, k);
      }
      if (macro.optional) k = optArg(s, k)?.[1] ?? k;
      for (let a = 0; a < macro.nargs - (macro.optional ? 1 : 0); a++) {
        const r = reqArg(s, k);
        if (!r) break;
        k = r[2];
      }
      return macro.nargs ? k : this.afterControlWord(s, k);
    }
    // unknown command: drop the name and an immediately following optional argument; keep {…} groups as text
    if (s[k] === '[') {
      const e = matchBrace(s, k, '[', ']');
      if (e !== -1 && e - k < 200) k = e;
    }
    return this.afterControlWord(s, k);
  }

  private afterControlWord(s: string, k: number): number {
    // TeX skips spaces after a control word; keep one word break
    let e = k;
    while (e < s.length && (s[e] === ' ' || s[e] === '\t')) e++;
    if (e > k) this.sep();
    if (s[e] === '{' && s[e + 1] === '}') e += 2;
    return e;
  }

  private accent(src: Src, k: number, mark: string, at: number): number {
    const s = src.text;
    let e = k;
    while (s[e] === ' ') e++;
    let letter = '';
    if (s[e] === '{') {
      const close = matchBrace(s, e);
      letter = s.slice(e + 1, close === -1 ? e + 2 : close - 1).replace(/^\\([ij])$/, '$1');
      e = close === -1 ? e + 1 : close;
    } else if (s[e] === '\\' && /[ij]/.test(s[e + 1] ?? '')) {
      letter = s[e + 1]!;
      e += 2;
    } else {
      letter = s[e] ?? '';
      e++;
    }
    this.emitText((letter + mark).normalize('NFC'), src, at, false);
    return e;
  }
}
