/** The LaTeX reader's vocabulary: sectioning levels, environment classes and command argument patterns. */
import { LATEX_ROLE_MACROS } from '../../manuscript/roles.js';

export const SECTION_LEVEL: Record<string, number> = {
  part: 0, chapter: 1, section: 2, subsection: 3, subsubsection: 4, paragraph: 5, subparagraph: 6,
};

/** pythontex families: `\begin{pycode}`, `\pyc{…}` and their kin hold source code, never evidence. */
const PYTHONTEX_FAMILIES = ['py', 'sympy', 'pylab', 'rb', 'ruby', 'jl', 'julia', 'octave', 'sage', 'bash', 'sh', 'R', 'Rcon', 'perl', 'pl', 'js', 'javascript', 'rust', 'rs'];

/** Environments whose content is not prose. */
export const SKIP_ENVS = new Set([
  'verbatim', 'Verbatim', 'lstlisting', 'minted', 'comment', 'tikzpicture', 'picture', 'pgfpicture', 'axis',
  'equation', 'equation*', 'align', 'align*', 'alignat', 'alignat*', 'gather', 'gather*', 'multline', 'multline*',
  'eqnarray', 'eqnarray*', 'displaymath', 'math', 'flalign', 'flalign*', 'filecontents', 'filecontents*',
  'thebibliography', 'code', 'Schunk', 'Sinput', 'Soutput', 'knitrout', 'kframe', 'alltt', 'groupplot',
  'dmath', 'dmath*', 'CCSXML', 'titlepage', 'pythontexcustomcode', 'pyconcode', 'Rcode', 'rcode',
  ...PYTHONTEX_FAMILIES.flatMap((f) => ['code', 'block', 'verbatim', 'console', 'concode', 'converbatim', 'sub'].map((k) => `${f}${k}`)),
]);
export const TABULAR_ENVS: Record<string, number> = {
  tabular: 1, 'tabular*': 2, tabularx: 2, tabulary: 2, longtable: 1, tabu: 1, supertabular: 1, xtabular: 1,
  array: 1, longtabu: 1, NiceTabular: 1, tblr: 1,
};
export const LIST_ENVS = new Set(['itemize', 'enumerate', 'description', 'list', 'compactitem', 'compactenum', 'inparaenum', 'asparaenum', 'tasks']);
export const FLOAT_ENVS = new Set([
  'figure', 'figure*', 'table', 'table*', 'SCfigure', 'SCtable', 'wrapfigure', 'wraptable', 'sidewaysfigure',
  'sidewaystable', 'subfigure', 'subtable', 'marginfigure', 'margintable', 'floatrow', 'threeparttable',
]);
/** Environments with a fixed number of required arguments to skip. */
export const ENV_ARGS: Record<string, number> = {
  minipage: 1, multicols: 1, 'multicols*': 1, adjustwidth: 2, 'adjustwidth*': 2, wrapfigure: 2, wraptable: 2,
  subfigure: 1, subtable: 1, list: 2, tabbing: 0, spacing: 1, colorbox: 1,
};
export const ALGORITHM_ENVS = new Set(['algorithm', 'algorithm*', 'algorithmic', 'algorithm2e', 'algorithmic*', 'procedure']);
export const ACK_ENVS = new Set(['acknowledgements', 'acknowledgments', 'acks', 'acknowledgement', 'acknowledgment']);

/** Commands whose arguments are described by a pattern: `[` optional (skipped), D dropped, K kept, V verbatim kept. */
export const ARGS: Record<string, string> = {
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
  Sexpr: 'D', ...Object.fromEntries(['py', 'sympy', 'pylab'].flatMap((f) => ['', 'c', 'b', 'v', 's'].map((k) => [`${f}${k}`, 'D']))), color: '[D', definecolor: 'DDD', rowcolor: '[D', cellcolor: '[D', columncolor: '[D',
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

export const GLS: Record<string, 'name' | 'short' | 'long' | 'full'> = {
  gls: 'name', Gls: 'name', GLS: 'name', glspl: 'name', Glspl: 'name', glstext: 'name', Glstext: 'name',
  glsentryname: 'name', glsname: 'name', acrshort: 'short', Acrshort: 'short', acs: 'short', acrlong: 'long',
  Acrlong: 'long', acl: 'long', acrfull: 'full', Acrfull: 'full', acf: 'full', ac: 'short', Ac: 'short', acp: 'short',
};

export const ZERO: Record<string, string> = {
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
export const DECL_MACROS = LATEX_ROLE_MACROS;
