/**
 * R Markdown / Quarto pre-pass. The result is fed to the Markdown reader, so every character keeps its offset:
 * masked characters become spaces and newlines stay. Masked: executable code chunks (```{r …} … ```), inline
 * code (`r …`, `{r} …`), HTML comments, and the raw LaTeX layout that R Markdown papers carry (\vspace,
 * \begin{figure}, \includegraphics, \label, \ref, font switches; \caption{…}/\textbf{…} keep their text;
 * inline $math$ becomes its plain-text reading).
 */
import { matchBrace, reduceMath } from './latex-util.js';
import { markdownReader } from './markdown.js';
import type { Reader, ReaderInput, ReaderOutput } from './types.js';

const CHUNK_OPEN = /^([ \t]*)(`{3,}|~{3,})[ \t]*\{[ \t]*[A-Za-z][\w.-]*(?:[ ,][^}]*)?\}[ \t]*$/;
const FENCE_OPEN = /^([ \t]*)(`{3,}|~{3,})(.*)$/;

const ZERO_ARG =
  /\\(?:newpage|clearpage|cleardoublepage|pagebreak|centering|noindent|LARGE|Large|large|normalsize|small|footnotesize|scriptsize|tiny|huge|Huge|singlespacing|doublespacing|onehalfspacing|bfseries|itshape|bf|it|em|sc|tt|raggedright|raggedleft|maketitle|tableofcontents|listoffigures|listoftables|FloatBarrier|linebreak|newline|hline|toprule|midrule|bottomrule|appendix|protect|par|indent|medskip|bigskip|smallskip|vfill|hfill|item)(?![A-Za-z])\*?/g;
const WITH_ARGS =
  /\\(?:vspace\*?|hspace\*?|label|ref|eqref|autoref|cref|Cref|pageref|input|include|usepackage|setstretch|pagenumbering|thispagestyle|pagestyle|linespread|setlength\{[^{}\n]*\}|includegraphics(?:\[[^\]\n]*\])?|rule(?:\[[^\]\n]*\])?\{[^{}\n]*\}|addcontentsline\{[^{}\n]*\}\{[^{}\n]*\}|captionsetup(?:\[[^\]\n]*\])?|cite[pt]?|Sexpr)\{[^{}\n]*\}/g;
const BEGIN_END = /\\(?:begin|end)\{[^{}\n]*\}(?:\[[^\]\n]*\])*(?:\{[^{}\n]*\})?/g;
const WRAPPER = /\\(?:textbf|textit|emph|caption(?:\[[^\]\n]*\])?|footnote|underline|text|mbox|textsc|texttt|textrm|textsf|textcolor\{[^{}\n]*\}|colorbox\{[^{}\n]*\}|added|textup|textnormal|uline|hl)\{/g;
const FONT_GROUP = /\{\\(?:bf|it|em|sc|tt|small|large|Large|LARGE|footnotesize|bfseries|itshape)(?![A-Za-z])\s*/g;
const BOOKDOWN_REF = /\\@ref\([^)\n]*\)/g;
const INLINE_CODE = /`\{?(?:r|python|julia|ojs|sql|bash)\}?[ \t][^`\n]*`/g;

/** Blank code chunks, inline code, HTML comments and raw LaTeX layout in R Markdown / Quarto text. */
export function maskRMarkdown(text: string): string {
  const chars = text.split('');
  const n = chars.length;
  const prot = new Uint8Array(n); // 1 = inside code (chunk or fence): no further masking
  const blank = (a: number, b: number) => {
    for (let k = a; k < b && k < n; k++) if (chars[k] !== '\n') chars[k] = ' ';
  };
  const write = (a: number, b: number, s: string) => {
    blank(a, b);
    for (let k = 0; k < s.length && a + k < b; k++) chars[a + k] = s[k]!;
  };

  // 1. code chunks (blanked) and plain fenced code (protected, kept)
  let off = 0;
  const lines = text.split('\n');
  let fence: { ch: string; len: number; exec: boolean } | null = null;
  for (const line of lines) {
    const start = off;
    const end = off + line.length;
    off = end + 1;
    if (fence) {
      const close = new RegExp(`^[ \\t]*${fence.ch === '`' ? '`' : '~'}{${fence.len},}[ \\t]*$`).test(line);
      if (fence.exec) blank(start, end);
      prot.fill(1, start, Math.min(n, end + 1));
      if (close) fence = null;
      continue;
    }
    const chunk = CHUNK_OPEN.exec(line);
    if (chunk) {
      fence = { ch: chunk[2]![0]!, len: chunk[2]!.length, exec: true };
      blank(start, end);
      prot.fill(1, start, Math.min(n, end + 1));
      continue;
    }
    const f = FENCE_OPEN.exec(line);
    if (f && !(f[2]![0] === '`' && f[3]!.includes('`'))) {
      fence = { ch: f[2]![0]!, len: f[2]!.length, exec: false };
      prot.fill(1, start, Math.min(n, end + 1));
    }
  }

  // YAML front matter stays as it is (the Markdown reader parses it)
  const fm = /^---[ \t]*\n[\s\S]*?\n(?:---|\.\.\.)[ \t]*(?:\n|$)/.exec(text);
  if (fm) prot.fill(1, 0, fm[0].length);

  const free = (a: number, b: number) => {
    for (let k = a; k < b && k < n; k++) if (prot[k]) return false;
    return true;
  };

  // 2. HTML comments
  let p = 0;
  while ((p = text.indexOf('<!--', p)) !== -1) {
    if (prot[p]) {
      p += 4;
      continue;
    }
    const e = text.indexOf('-->', p + 4);
    const stop = e === -1 ? n : e + 3;
    blank(p, stop);
    prot.fill(1, p, stop);
    p = stop;
  }

  const each = (re: RegExp, fn: (a: number, b: number, m: RegExpExecArray) => void) => {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const a = m.index;
      const b = a + m[0].length;
      if (free(a, b)) fn(a, b, m);
      if (m[0].length === 0) re.lastIndex++;
    }
  };

  // display math ($$ … $$) is not prose
  p = 0;
  while ((p = text.indexOf('$$', p)) !== -1) {
    if (prot[p] || text[p - 1] === '\\') {
      p += 2;
      continue;
    }
    const e = text.indexOf('$$', p + 2);
    if (e === -1) break;
    if (free(p, e + 2)) blank(p, e + 2);
    p = e + 2;
  }

  // 3. inline code
  each(INLINE_CODE, (a, b) => {
    blank(a, b);
    prot.fill(1, a, b);
  });

  // other inline code spans are kept as they are
  each(/(`+)[^`\n]+?\1(?!`)/g, (a, b) => prot.fill(1, a, b));

  // 4. raw LaTeX layout: math environments whole, then the layout commands
  each(/\\begin\{(equation|align|gather|multline|eqnarray|displaymath|tikzpicture)(\*?)\}/g, (a, _b, m) => {
    const endTag = `\\end{${m[1]}${m[2]}}`;
    const e = text.indexOf(endTag, a);
    if (e === -1) return;
    if (free(a, e + endTag.length)) {
      blank(a, e + endTag.length);
      prot.fill(1, a, e + endTag.length);
    }
  });
  // pandoc heading attributes: "# Methods {-}", "## Results {#sec:results}"
  each(/^#{1,6}[ \t].*?[ \t](\{[-#.][^{}\n]*\})[ \t]*$/gm, (_a, b, m) => blank(b - m[0].length + m[0].lastIndexOf(m[1]!), b));
  each(BEGIN_END, (a, b) => blank(a, b));
  each(WITH_ARGS, (a, b) => blank(a, b));
  each(BOOKDOWN_REF, (a, b) => blank(a, b));
  each(WRAPPER, (a, b) => {
    const close = matchBrace(text, b - 1);
    if (close === -1) return;
    blank(a, b);
    if (!prot[close - 1]) blank(close - 1, close);
  });
  each(FONT_GROUP, (a, b) => {
    const close = matchBrace(text, a);
    if (close === -1) return;
    blank(a, b);
    if (!prot[close - 1]) blank(close - 1, close);
  });
  each(ZERO_ARG, (a, b) => blank(a, b));

  // 5. inline math → plain text (same length, padded with spaces)
  const math = /(?<![\\$])\$(?!\$)([^$\n]*?)(?<!\\)\$(?!\$)/g;
  each(math, (a, b, m) => {
    const inner = m[1]!;
    if (/^\d/.test(inner) && /\s$/.test(inner)) return; // "$5 and $10": currency, not math
    const r = reduceMath(inner);
    write(a, b, r.length <= b - a ? r : r.slice(0, b - a));
  });

  // pandoc metadata blocks inside the document ("---\nnocite: |\n…\n---")
  {
    const re = /(^|\n)[ \t]*\n---[ \t]*\n(?=[A-Za-z_][\w-]*:)([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?=\n|$)/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const a = m.index + m[1]!.length;
      const b = m.index + m[0].length;
      if (a > 0 && free(a, b)) blank(a, b);
    }
  }

  // masking must not turn a line into an indented code block: move text that lost its leading command left
  const out = chars.join('');
  const outLines = out.split('\n');
  let o = 0;
  for (let li = 0; li < outLines.length; li++) {
    const ml = outLines[li]!;
    const orig = lines[li] ?? '';
    const ind = /^[ \t]*/.exec(ml)![0].length;
    const origInd = /^[ \t]*/.exec(orig)![0].length;
    if (ind >= 4 && origInd < 4 && ind < ml.length && !prot[o + ind]) {
      const rest = ml.slice(ind);
      outLines[li] = ml.slice(0, origInd) + rest + ' '.repeat(ind - origInd);
    }
    o += ml.length + 1;
  }
  return outLines.join('\n');
}

/** R Markdown / Quarto reader: the masking pass, then the Markdown reader (positions are unchanged). */
export const rmarkdownReader: Reader = {
  format: 'rmarkdown',
  read(input: ReaderInput): ReaderOutput | Promise<ReaderOutput> {
    const text = input.text ?? new TextDecoder('utf-8').decode(input.data);
    return markdownReader.read({ ...input, text: maskRMarkdown(text) });
  },
};
