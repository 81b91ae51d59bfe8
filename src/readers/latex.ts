/**
 * LaTeX / Sweave reader. A small TeX-aware scanner (not a TeX engine): sectioning commands become headings,
 * the abstract environment an "Abstract" heading, figure/table captions caption blocks, tabular rows table
 * blocks; common text macros are reduced to their text, citations/labels/references dropped, math reduced to
 * plain text; comments, the preamble, bibliographies and knitr chunks are ignored. `\input`/`\include` of
 * sibling files are expanded (their positions carry `file`); a missing target is a warning.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import type { Block, BlockKind, SectionKind } from '../manuscript/model.js';
import { LATEX_ROLE_MACROS } from '../manuscript/roles.js';
import type { Reader, ReaderInput, ReaderOutput } from './types.js';
import { LineIndex, MappedBuilder, REFERENCE_HEADING, syntheticBlock } from './source-util.js';
import { ACCENTS, SYMBOLS, matchBrace, reduceMath } from './latex-util.js';

interface Src {
  text: string;
  idx: LineIndex;
  /** path shown to the user (undefined for the main file) */
  file?: string;
  /** absolute path on disk, for resolving \input */
  abs: string;
}

type Stop = { t: 'eof' } | { t: 'group' } | { t: 'env'; name: string } | { t: 'bracket' };

const SECTION_LEVEL: Record<string, number> = {
  part: 0, chapter: 1, section: 2, subsection: 3, subsubsection: 4, paragraph: 5, subparagraph: 6,
};

/** Environments whose content is not prose. */
const SKIP_ENVS = new Set([
  'verbatim', 'Verbatim', 'lstlisting', 'minted', 'comment', 'tikzpicture', 'picture', 'pgfpicture', 'axis',
  'equation', 'equation*', 'align', 'align*', 'alignat', 'alignat*', 'gather', 'gather*', 'multline', 'multline*',
  'eqnarray', 'eqnarray*', 'displaymath', 'math', 'flalign', 'flalign*', 'filecontents', 'filecontents*',
  'thebibliography', 'code', 'Schunk', 'Sinput', 'Soutput', 'knitrout', 'kframe', 'alltt', 'groupplot',
  'dmath', 'dmath*', 'CCSXML', 'titlepage',
]);
const TABULAR_ENVS: Record<string, number> = {
  tabular: 1, 'tabular*': 2, tabularx: 2, tabulary: 2, longtable: 1, tabu: 1, supertabular: 1, xtabular: 1,
  array: 1, longtabu: 1, NiceTabular: 1, tblr: 1,
};
const LIST_ENVS = new Set(['itemize', 'enumerate', 'description', 'list', 'compactitem', 'compactenum', 'inparaenum', 'asparaenum', 'tasks']);
const FLOAT_ENVS = new Set([
  'figure', 'figure*', 'table', 'table*', 'SCfigure', 'SCtable', 'wrapfigure', 'wraptable', 'sidewaysfigure',
  'sidewaystable', 'subfigure', 'subtable', 'marginfigure', 'margintable', 'floatrow', 'threeparttable',
]);
/** Environments with a fixed number of required arguments to skip. */
const ENV_ARGS: Record<string, number> = {
  minipage: 1, multicols: 1, 'multicols*': 1, adjustwidth: 2, 'adjustwidth*': 2, wrapfigure: 2, wraptable: 2,
  subfigure: 1, subtable: 1, list: 2, tabbing: 0, spacing: 1, colorbox: 1,
};
const ALGORITHM_ENVS = new Set(['algorithm', 'algorithm*', 'algorithmic', 'algorithm2e', 'algorithmic*', 'procedure']);
const ACK_ENVS = new Set(['acknowledgements', 'acknowledgments', 'acks', 'acknowledgement', 'acknowledgment']);

/** Commands whose arguments are described by a pattern: `[` optional (skipped), D dropped, K kept, V verbatim kept. */
const ARGS: Record<string, string> = {
  textbf: 'K', textit: 'K', emph: 'K', texttt: 'K', textsc: 'K', textrm: 'K', textsf: 'K', textup: 'K',
  textmd: 'K', textnormal: 'K', textsl: 'K', underline: 'K', uline: 'K', mbox: 'K', hbox: 'K', text: 'K',
  textsuperscript: 'K', textsubscript: 'K', ul: 'K', hl: 'K', st: 'D', enquote: 'K', fbox: 'K', framebox: '[[K',
  makebox: '[[K', textcolor: 'DK', colorbox: 'DK', fcolorbox: 'DDK', href: 'DK', hyperref: '[K', hyperlink: 'DK',
  hypertarget: 'DK', foreignlanguage: '[DK', parbox: '[[[DK', raisebox: 'D[[K', scalebox: 'D[K',
  resizebox: 'DDK', rotatebox: '[DK', multicolumn: 'DDK', multirow: '[D[D[K', shortstack: '[K', added: '[K',
  deleted: '[D', replaced: '[KD', highlight: '[K', textls: '[K', ensuremath: 'K', textbullet: '', lowercase: 'K',
  uppercase: 'K', MakeUppercase: 'K', MakeLowercase: 'K', footnote: '[K', footnotetext: '[K', sidenote: '[K',
  marginnote: '[K', marginpar: '[K', tnote: 'D', thanks: 'D',
  url: 'V', nolinkurl: 'V', path: 'V', doi: 'V', email: 'V',
  label: 'D', ref: 'D', eqref: 'D', autoref: 'D', cref: 'D', Cref: 'D', pageref: 'D', nameref: 'D', vref: 'D',
  cite: '[[D', citep: '[[D', citet: '[[D', citealp: '[[D', citealt: '[[D', citeauthor: '[[D', citeyear: '[[D',
  citeyearpar: '[[D', parencite: '[[D', textcite: '[[D', autocite: '[[D', footcite: '[[D', nocite: 'D',
  supercite: '[[D', smartcite: '[[D', Cite: '[[D', Citep: '[[D', Citet: '[[D', Textcite: '[[D', Parencite: '[[D',
  includegraphics: '[[D', includepdf: '[D', vspace: 'D', hspace: 'D', vskip: '', hskip: '', setlength: 'DD',
  addtolength: 'DD', setcounter: 'DD', addtocounter: 'DD', usepackage: '[D', RequirePackage: '[D',
  documentclass: '[D', bibliographystyle: 'D', bibliography: 'D', addbibresource: '[D', printbibliography: '[',
  graphicspath: 'D', hypersetup: 'D', captionsetup: '[D', pagestyle: 'D', thispagestyle: 'D', pagenumbering: 'D',
  Sexpr: 'D', color: '[D', definecolor: 'DDD', rowcolor: '[D', cellcolor: '[D', columncolor: '[D',
  arrayrulecolor: 'D', newacronym: '[DDD', newglossaryentry: 'DD', setglossarystyle: 'D', glossarystyle: 'D',
  printglossary: '[', printglossaries: '', cline: 'D', cmidrule: '[D', newgeometry: 'D', geometry: 'D',
  chapterstyle: 'D', tag: 'D', hyphenation: 'D', linespread: 'D', fontsize: 'DD', addcontentsline: 'DDD',
  addlinespace: '[', toprule: '[', midrule: '[', bottomrule: '[', pagebreak: '[', linebreak: '[', newline: '',
  newcommand: 'D[[D', renewcommand: 'D[[D', providecommand: 'D[[D', newrobustcmd: 'D[[D', renewrobustcmd: 'D[[D',
  DeclareRobustCommand: 'D[[D', newenvironment: 'D[[DD', renewenvironment: 'D[[DD', DeclareMathOperator: 'DD',
  newtheorem: 'D[D[', newcounter: 'D[', newlength: 'D', settowidth: 'DD', setcitestyle: 'D', sidecaptionvpos: 'DD',
  xpatchcmd: 'DDDDD', patchcmd: 'DDDDD', usetikzlibrary: 'D', usepgfplotslibrary: 'D', pgfplotsset: 'D',
  tikzset: 'D', tikz: '[D', input: 'D', include: 'D', vphantom: 'D', hphantom: 'D', phantom: 'D', rule: '[DD',
  setstretch: 'D', keywords: 'K', bibitem: '[D', index: 'D', glossary: 'D', todo: '[D', listoftodos: '[',
  affiliation: '[D', affil: '[D', author: '[D', address: '[D', date: 'D', orcid: 'D', institute: 'D',
  titlerunning: 'D', authorrunning: 'D', shorttitle: 'D', runninghead: 'D', corresp: 'D', received: 'D',
  accepted: 'D', IEEEauthorblockN: 'D', IEEEauthorblockA: 'D', centerline: 'K', subfloat: '[[K', adjustbox: 'DK',
  FloatBarrier: '', setmainfont: '[D', setsansfont: '[D', sidecaptionrelwidth: 'D',
};

const GLS: Record<string, 'name' | 'short' | 'long' | 'full'> = {
  gls: 'name', Gls: 'name', GLS: 'name', glspl: 'name', Glspl: 'name', glstext: 'name', Glstext: 'name',
  glsentryname: 'name', glsname: 'name', acrshort: 'short', Acrshort: 'short', acs: 'short', acrlong: 'long',
  Acrlong: 'long', acl: 'long', acrfull: 'full', Acrfull: 'full', acf: 'full', ac: 'short', Ac: 'short', acp: 'short',
};

const ZERO: Record<string, string> = {
  ldots: '…', dots: '…', textellipsis: '…', LaTeX: 'LaTeX', TeX: 'TeX', LaTeXe: 'LaTeX2e', textendash: '–',
  textemdash: '—', textasciitilde: '~', textbackslash: '\\', textbar: '|', textless: '<', textgreater: '>',
  textdegree: '°', degree: '°', textregistered: '®', texttrademark: '™', copyright: '©', textcopyright: '©',
  S: '§', P: '¶', dag: '†', ddag: '‡', pounds: '£', euro: '€', textmu: 'μ', textpm: '±', pm: '±', times: '×',
  ss: 'ß', o: 'ø', O: 'Ø', aa: 'å', AA: 'Å', ae: 'æ', AE: 'Æ', oe: 'œ', OE: 'Œ', l: 'ł', L: 'Ł', i: 'ı', j: 'ȷ',
  checkmark: '✓', textbullet: '•', textquotedbl: '"', textquoteright: '’', textquoteleft: '‘', textperthousand: '‰',
  textonehalf: '½', textthreequarters: '¾', textonequarter: '¼', textsection: '§', textparagraph: '¶',
  textdagger: '†', textasteriskcentered: '*', textperiodcentered: '·', textcelsius: '°C', textdollar: '$',
  textunderscore: '_', textbraceleft: '{', textbraceright: '}', slash: '/', textminus: '−', ie: 'i.e.', eg: 'e.g.',
  etal: 'et al.', Rlogo: 'R', R: 'R',
};

/** Back-matter macros of journal templates (MDPI, Elsevier, Springer…): command → [heading, role]. */
const DECL_MACROS = LATEX_ROLE_MACROS;

interface UserMacro {
  nargs: number;
  optional: boolean;
  text?: string;
}

interface TableState {
  cell: number;
  seps: number;
  rowStarted: boolean;
  hasRows: boolean;
}

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
function findOutsideComment(text: string, needle: string, from = 0): number {
  let k = text.indexOf(needle, from);
  while (k !== -1) {
    const ls = text.lastIndexOf('\n', k - 1) + 1;
    if (!/(^|[^\\])%/.test(text.slice(ls, k))) return k;
    k = text.indexOf(needle, k + 1);
  }
  return -1;
}

class LatexParser {
  blocks: Block[] = [];
  levels = new Map<Block, number>();
  warnings: string[] = [];
  title?: string;
  private out = new MappedBuilder();
  private outKind: BlockKind = 'paragraph';
  private argDepth = 0;
  private discard = 0;
  private refSkipLevel: number | null = null;
  private table: TableState | null = null;
  private listDepth = 0;
  private glossary = new Map<string, { name?: string; short?: string; long?: string }>();
  private macros = new Map<string, UserMacro>();
  private includeDepth = 0;
  private seen = new Set<string>();

  constructor(private mainPath: string) {}

  // ---------- definitions (preamble scan) ----------

  collectDefinitions(text: string): void {
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
    const plainOf = (s: string) => {
      const p = new LatexParser(this.mainPath);
      const src: Src = { text: s, idx: new LineIndex(s), abs: this.mainPath };
      p.withOut(new MappedBuilder(), 'paragraph', () => p.run(src, 0, { t: 'eof' }));
      return p.lastArg.trim();
    };
    for (const m of text.matchAll(/\\newacronym\b/g)) {
      const a = arg(m.index! + m[0].length);
      const b = a && arg(a[1]);
      const c = b && arg(b[1]);
      if (a && b && c) this.glossary.set(a[0].trim(), { short: plainOf(b[0]), long: plainOf(c[0]), name: plainOf(b[0]) });
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
      if (name) this.glossary.set(a[0].trim(), { name: plainOf(name) });
    }
    const defRe = /\\(?:newcommand|renewcommand|providecommand|newrobustcmd|renewrobustcmd|DeclareRobustCommand)\*?\s*\{?\s*\\([A-Za-z@]+)\s*\}?\s*(?:\[(\d)\])?\s*(\[[^\]]*\])?\s*/g;
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
      this.macros.set(name, macro);
    }
    for (const m of text.matchAll(/\\def\s*\\([A-Za-z@]+)((?:#\d)*)\s*\{/g)) {
      if (!this.macros.has(m[1]!)) this.macros.set(m[1]!, { nargs: (m[2] ?? '').length / 2, optional: false });
    }
  }

  lastArg = '';

  // ---------- output helpers ----------

  withOut(b: MappedBuilder, kind: BlockKind, fn: () => void): MappedBuilder {
    const prev = this.out;
    const prevKind = this.outKind;
    const prevTable = this.table;
    this.out = b;
    this.outKind = kind;
    this.table = null;
    this.argDepth++;
    try {
      fn();
    } finally {
      this.argDepth--;
      this.out = prev;
      this.outKind = prevKind;
      this.table = prevTable;
    }
    this.lastArg = b.text;
    return b;
  }

  flushPara(): void {
    if (this.argDepth > 0 || this.table) return;
    if (this.discard === 0) {
      const blk = this.out.block(this.outKind);
      if (blk) this.blocks.push(blk);
    }
    this.out = new MappedBuilder();
    if (this.notes.length) {
      this.blocks.push(...this.notes);
      this.notes = [];
    }
  }

  private notes: Block[] = [];

  private emitText(text: string, src: Src | null, off: number, verbatim = true): void {
    if (this.discard > 0) return;
    const t = this.table;
    if (t && /\S/.test(text)) {
      if (!t.rowStarted) {
        if (t.hasRows) this.out.synthetic('\n');
        t.rowStarted = true;
      }
      while (t.seps < t.cell) {
        this.out.synthetic(' | ');
        t.seps++;
      }
    }
    this.out.push(text, src ? src.idx : null, off, verbatim);
  }

  private sep(): void {
    if (this.discard === 0) this.out.sep();
  }

  private addBlock(b: Block | null, level?: number): void {
    if (!b || this.discard > 0) return;
    this.blocks.push(b);
    if (level !== undefined) this.levels.set(b, level);
  }

  // ---------- scanning ----------

  /** Skip whitespace (not across a blank line) and comments; returns the new index. */
  private skipSpace(s: string, i: number): number {
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
  private optArg(s: string, i: number): [number, number] | null {
    const k = this.skipSpace(s, i);
    if (s[k] !== '[') return null;
    const e = matchBrace(s, k, '[', ']');
    if (e === -1) return null;
    return [k + 1, e];
  }

  /** Read a required {..} argument (or a single token) at i; returns [content start, content end, next]. */
  private reqArg(s: string, i: number): [number, number, number] | null {
    const k = this.skipSpace(s, i);
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

  /** Parse s[a, b) as content into the current output. */
  private sub(src: Src, a: number, b: number): void {
    const view: Src = { ...src };
    // parse with an end bound by running on the same text and stopping at b
    this.run(view, a, { t: 'eof' }, b);
  }

  /** Apply an argument pattern; returns the index after the arguments. */
  private applyArgs(src: Src, i: number, pattern: string, keepSep = false): number {
    const s = src.text;
    for (const p of pattern) {
      if (p === '[') {
        const o = this.optArg(s, i);
        if (o) i = o[1];
        continue;
      }
      const r = this.reqArg(s, i);
      if (!r) break;
      if (p === 'K') {
        if (keepSep) this.sep();
        this.sub(src, r[0], r[1]);
        if (keepSep) this.sep();
      } else if (p === 'V') {
        this.emitText(s.slice(r[0], r[1]), src, r[0]);
      }
      i = r[2];
    }
    return i;
  }

  /**
   * The main loop: scan src.text from i until the stop condition (or `limit`), emitting text and blocks.
   * Returns the index after the stop.
   */
  run(src: Src, i: number, stop: Stop, limit = src.text.length): number {
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
        const o = this.optArg(s, k);
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
      const r = this.reqArg(s, k);
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
      const r = this.reqArg(s, k);
      if (!r) return k;
      this.include(src, name, s.slice(r[0], r[1]).trim());
      return r[2];
    }
    if (name === 'import' || name === 'subimport') {
      const a = this.reqArg(s, k);
      const b = a && this.reqArg(s, a[2]);
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
      const r = this.reqArg(s, this.optArg(s, k)?.[1] ?? k);
      if (!r) return k;
      this.titleFrom(src, r[0], r[1]);
      return r[2];
    }
    if (name === 'abstract' && this.argDepth === 0) {
      const r = this.reqArg(s, k);
      if (!r) return k;
      this.flushPara();
      this.addBlock(syntheticBlock('heading', 'Abstract', src.idx.pos(i), { sectionHint: 'abstract' }), -1);
      this.sub(src, r[0], r[1]);
      this.flushPara();
      return r[2];
    }
    if (name in DECL_MACROS && this.argDepth === 0 && /^\s*\{/.test(s.slice(k, k + 20))) {
      const [heading, role] = DECL_MACROS[name]!;
      const r = this.reqArg(s, k);
      if (!r) return k;
      this.flushPara();
      this.addBlock(syntheticBlock('heading', heading, src.idx.pos(i), { sectionHint: 'declarations', roleHint: role }), 99);
      this.sub(src, r[0], r[1]);
      this.flushPara();
      return r[2];
    }
    if (name in GLS) {
      const o = this.optArg(s, k);
      const r = this.reqArg(s, o ? o[1] : k);
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
      if (name === 'cmidrule' && s[this.skipSpace(s, k)] === '(') k = s.indexOf(')', k) + 1 || k;
      const isNote = name === 'footnote' || name === 'footnotetext' || name === 'sidenote' || name === 'marginpar' || name === 'marginnote';
      if (isNote && !this.table) {
        // footnotes become their own paragraph after the current one, so they do not split sentences
        const o = this.optArg(s, k);
        const r = this.reqArg(s, o ? o[1] : k);
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
      if (macro.optional) k = this.optArg(s, k)?.[1] ?? k;
      for (let a = 0; a < macro.nargs - (macro.optional ? 1 : 0); a++) {
        const r = this.reqArg(s, k);
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

  private titleFrom(src: Src, a: number, b: number): void {
    const tb = this.withOut(new MappedBuilder(), 'title', () => this.sub(src, a, b));
    const blk = tb.block('title', { sectionHint: 'title' });
    if (blk && this.discard === 0) {
      this.title = blk.text;
      this.blocks.unshift(blk);
    }
  }

  private section(src: Src, name: string, k: number, star: boolean): number {
    const s = src.text;
    void star;
    const level = SECTION_LEVEL[name]!;
    const o = this.optArg(s, k);
    const r = this.reqArg(s, o ? o[1] : k);
    if (!r) return k;
    this.flushPara();
    if (this.refSkipLevel !== null && level <= this.refSkipLevel) {
      this.refSkipLevel = null;
      this.discard--;
    }
    const hb = this.withOut(new MappedBuilder(), 'heading', () => this.sub(src, r[0], r[1]));
    const text = hb.text.trim();
    if (REFERENCE_HEADING.test(text)) {
      if (this.refSkipLevel === null) {
        this.refSkipLevel = level;
        this.discard++;
      }
      return r[2];
    }
    const extra: Partial<Block> = { depth: level };
    if (/^\s*abstract\s*$/i.test(text)) extra.sectionHint = 'abstract';
    this.addBlock(hb.block('heading', extra), level);
    return r[2];
  }

  private item(src: Src, k: number): number {
    if (this.listDepth === 0 || this.argDepth > 0) {
      this.sep();
      return k;
    }
    this.flushPara();
    this.outKind = 'list-item';
    const o = this.optArg(src.text, k);
    if (o) {
      this.sub(src, o[0], o[1] - 1);
      this.sep();
      return o[1];
    }
    return k;
  }

  private caption(src: Src, k: number): number {
    const s = src.text;
    const o = this.optArg(s, k);
    const r = this.reqArg(s, o ? o[1] : k);
    if (!r) return k;
    if (!this.table) this.flushPara();
    const saved = this.discard;
    this.discard = this.refSkipLevel !== null ? 1 : 0;
    const cb = this.withOut(new MappedBuilder(), 'caption', () => this.sub(src, r[0], r[1]));
    const blk = cb.block('caption');
    if (blk && this.discard === 0) this.blocks.push(blk);
    this.discard = saved;
    return r[2];
  }

  private environment(src: Src, env: string, k: number, limit: number): number {
    const s = src.text;
    const findEnd = (): [number, number] => {
      // matching \end{env}, counting nested \begin{env}
      const open = `\\begin{${env}}`;
      const close = `\\end{${env}}`;
      let depth = 1;
      let p = k;
      while (p < limit) {
        const a = s.indexOf(open, p);
        const b = s.indexOf(close, p);
        if (b === -1) return [limit, limit];
        if (a !== -1 && a < b) {
          depth++;
          p = a + open.length;
          continue;
        }
        depth--;
        if (depth === 0) return [b, b + close.length];
        p = b + close.length;
      }
      return [limit, limit];
    };
    if (SKIP_ENVS.has(env)) {
      if (env === 'thebibliography') this.flushPara();
      else this.sep();
      return findEnd()[1];
    }
    if (env === 'document') return k;
    if (env === 'abstract') {
      this.flushPara();
      this.addBlock(syntheticBlock('heading', 'Abstract', src.idx.pos(k), { sectionHint: 'abstract' }), -1);
      const e = this.run(src, k, { t: 'env', name: env }, limit);
      this.flushPara();
      return e;
    }
    if (ACK_ENVS.has(env)) {
      this.flushPara();
      this.addBlock(syntheticBlock('heading', 'Acknowledgements', src.idx.pos(k), { sectionHint: 'declarations', roleHint: 'acknowledgements' }), 99);
      const e = this.run(src, k, { t: 'env', name: env }, limit);
      this.flushPara();
      return e;
    }
    if (env in TABULAR_ENVS && !this.table) {
      let p = k;
      const o = this.optArg(s, p);
      if (o) p = o[1];
      for (let a = 0; a < TABULAR_ENVS[env]!; a++) {
        const r = this.reqArg(s, p);
        if (r) p = r[2];
      }
      if (this.argDepth === 0) this.flushPara();
      const saved = { out: this.out, kind: this.outKind };
      this.out = new MappedBuilder();
      this.outKind = 'table';
      this.table = { cell: 0, seps: 0, rowStarted: false, hasRows: false };
      const argDepth = this.argDepth;
      this.argDepth = 0;
      let e: number;
      try {
        e = this.run(src, p, { t: 'env', name: env }, limit);
      } finally {
        this.argDepth = argDepth;
        this.table = null;
      }
      const blk = this.out.block('table');
      if (blk && this.discard === 0) {
        const first = blk.segments[0];
        if (first && first.pos.line === undefined) first.pos = src.idx.pos(k);
        this.blocks.push(blk);
      }
      this.out = saved.out;
      this.outKind = saved.kind;
      return e;
    }
    if (LIST_ENVS.has(env)) {
      let p = k;
      const o = this.optArg(s, p);
      if (o) p = o[1];
      if (env === 'list') p = this.applyArgs(src, p, 'DD');
      this.flushPara();
      this.listDepth++;
      const kind = this.outKind;
      let e: number;
      try {
        e = this.run(src, p, { t: 'env', name: env }, limit);
      } finally {
        this.listDepth--;
      }
      this.flushPara();
      this.outKind = this.listDepth > 0 ? 'list-item' : kind === 'list-item' ? 'paragraph' : kind;
      return e;
    }
    if (ALGORITHM_ENVS.has(env)) {
      this.flushPara();
      this.discard++;
      let e: number;
      try {
        e = this.run(src, k, { t: 'env', name: env }, limit);
      } finally {
        this.discard--;
      }
      return e;
    }
    let p = k;
    const o = this.optArg(s, p);
    if (o && (FLOAT_ENVS.has(env) || env in ENV_ARGS || o[1] - o[0] < 12)) p = o[1];
    if (FLOAT_ENVS.has(env)) {
      const o2 = this.optArg(s, p);
      if (o2) p = o2[1];
    }
    for (let a = 0; a < (ENV_ARGS[env] ?? 0); a++) {
      const r = this.reqArg(s, p);
      if (r) p = r[2];
    }
    if (FLOAT_ENVS.has(env)) {
      this.flushPara();
      const e = this.run(src, p, { t: 'env', name: env }, limit);
      this.flushPara();
      return e;
    }
    return this.run(src, p, { t: 'env', name: env }, limit);
  }

  private include(src: Src, cmd: string, target: string): void {
    const rel = extname(target) ? target : `${target}.tex`;
    const bases = [dirname(this.mainPath), dirname(src.abs)];
    let found: string | undefined;
    for (const b of bases) {
      for (const cand of [join(b, rel), join(b, target)]) {
        try {
          if (existsSync(cand) && statSync(cand).isFile()) {
            found = cand;
            break;
          }
        } catch {
          /* ignore */
        }
      }
      if (found) break;
    }
    const who = src.file ?? this.mainPath;
    if (!found) {
      this.warnings.push(`${who}: \\${cmd} target ${rel} not found`);
      return;
    }
    const abs = resolve(found);
    if (this.seen.has(abs) || this.includeDepth >= 10) {
      this.warnings.push(`${who}: \\${cmd} of ${rel} skipped (recursive or too deep)`);
      return;
    }
    let text: string;
    try {
      text = readFileSync(found, 'utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
    } catch (e) {
      this.warnings.push(`${who}: \\${cmd} target ${rel} could not be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
      return;
    }
    text = maskKnitrChunks(text);
    this.collectDefinitions(text);
    const sub: Src = { text, idx: new LineIndex(text, found), file: found, abs };
    this.seen.add(abs);
    this.includeDepth++;
    if (cmd === 'include') this.flushPara();
    try {
      const bd = findOutsideComment(text, '\\begin{document}');
      const ed = findOutsideComment(text, '\\end{document}');
      this.run(sub, bd === -1 ? 0 : bd + '\\begin{document}'.length, { t: 'eof' }, ed === -1 ? text.length : ed);
    } finally {
      this.includeDepth--;
      this.seen.delete(abs);
    }
    if (cmd === 'include') this.flushPara();
  }

  parseDocument(src: Src): void {
    this.seen.add(resolve(src.abs));
    const s = src.text;
    this.collectDefinitions(s);
    const bd = findOutsideComment(s, '\\begin{document}');
    const ed = findOutsideComment(s, '\\end{document}');
    let start = 0;
    if (bd !== -1) {
      // the preamble only contributes \title
      const pre = s.slice(0, bd);
      const t = findTitle(pre);
      if (t) this.titleFrom(src, t[0], t[1]);
      start = bd + '\\begin{document}'.length;
    }
    this.run(src, start, { t: 'eof' }, ed === -1 ? s.length : ed);
    this.flushPara();
    this.normaliseDepths();
  }

  private normaliseDepths(): void {
    const used = [...this.levels.values()].filter((l) => l >= 0 && l < 99);
    const min = used.length ? Math.min(...used) : 1;
    for (const [b, l] of this.levels) {
      if (b.kind !== 'heading') continue;
      b.depth = l < 0 || l >= 99 ? 1 : l - min + 1;
    }
  }
}

function findTitle(pre: string): [number, number] | null {
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

export function readLatexString(text: string, path: string): ReaderOutput {
  const clean = maskKnitrChunks(text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
  const p = new LatexParser(path);
  const src: Src = { text: clean, idx: new LineIndex(clean), abs: resolve(path) };
  p.parseDocument(src);
  const out: ReaderOutput = { blocks: p.blocks };
  if (p.warnings.length) out.warnings = p.warnings;
  if (p.title) out.title = p.title;
  return out;
}

export const latexReader: Reader = {
  format: 'latex',
  read(input: ReaderInput): ReaderOutput {
    const text = input.text ?? new TextDecoder('utf-8').decode(input.data);
    return readLatexString(text, input.path);
  },
};

export type { SectionKind };
