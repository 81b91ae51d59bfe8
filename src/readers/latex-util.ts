/** Small LaTeX helpers shared by the LaTeX reader and the R Markdown masking pass. */

export const SYMBOLS: Record<string, string> = {
  alpha: 'α', beta: 'β', gamma: 'γ', delta: 'δ', epsilon: 'ε', varepsilon: 'ε', zeta: 'ζ', eta: 'η', theta: 'θ',
  vartheta: 'θ', iota: 'ι', kappa: 'κ', lambda: 'λ', mu: 'μ', nu: 'ν', xi: 'ξ', pi: 'π', rho: 'ρ', sigma: 'σ',
  tau: 'τ', upsilon: 'υ', phi: 'φ', varphi: 'φ', chi: 'χ', psi: 'ψ', omega: 'ω', Gamma: 'Γ', Delta: 'Δ',
  Theta: 'Θ', Lambda: 'Λ', Xi: 'Ξ', Pi: 'Π', Sigma: 'Σ', Phi: 'Φ', Psi: 'Ψ', Omega: 'Ω',
  pm: '±', mp: '∓', times: '×', cdot: '·', div: '÷', leq: '≤', le: '≤', geq: '≥', ge: '≥', neq: '≠', ne: '≠',
  approx: '≈', sim: '~', simeq: '≃', equiv: '≡', propto: '∝', infty: '∞', degree: '°', circ: '°',
  rightarrow: '→', to: '→', leftarrow: '←', Rightarrow: '⇒', leftrightarrow: '↔', uparrow: '↑', downarrow: '↓',
  in: '∈', notin: '∉', subset: '⊂', cup: '∪', cap: '∩', sum: 'Σ', prod: 'Π', int: '∫', partial: '∂',
  nabla: '∇', forall: '∀', exists: '∃', ll: '≪', gg: '≫', lt: '<', gt: '>', vert: '|', mid: '|', ldots: '…',
  cdots: '…', dots: '…', prime: '′', percent: '%', bullet: '•', star: '*', ast: '*', oplus: '⊕', otimes: '⊗',
  ominus: '⊖', sqrt: '√', hat: '', bar: '', tilde: '', vec: '', dot: '', ddot: '', widehat: '', overline: '',
};

/** Commands whose single argument is kept as text inside math. */
const MATH_WRAPPERS = new Set([
  'mathrm', 'mathbf', 'mathit', 'mathsf', 'mathtt', 'mathcal', 'mathbb', 'mathfrak', 'boldsymbol', 'bm', 'text',
  'textrm', 'textbf', 'textit', 'mbox', 'operatorname', 'hat', 'bar', 'tilde', 'vec', 'dot', 'ddot', 'widehat',
  'widetilde', 'overline', 'underline', 'emph', 'textnormal', 'mathnormal', 'ensuremath',
]);

/** Reduce the inside of a math expression to readable plain text ("p < 0.05", "0.93 ± 0.03", "a/b"). */
export function reduceMath(src: string): string {
  let s = src;
  // \frac{a}{b} → a/b (innermost first)
  for (let k = 0; k < 5 && /\\[dt]?frac\s*\{/.test(s); k++) {
    s = s.replace(/\\[dt]?frac\s*\{([^{}]*)\}\s*\{([^{}]*)\}/g, '$1/$2');
  }
  s = s.replace(/\\(left|right|big|Big|bigg|Bigg|bigl|bigr|Bigl|Bigr)\b\s*(\\?[()[\]{}|.]|\\[lr]?[vV]ert|\\langle|\\rangle)?/g, (_m, _c, d: string | undefined) =>
    d && d !== '.' ? d.replace(/^\\/, '').replace(/^[lr]?vert$/, '|').replace(/^[lr]?Vert$/, '‖').replace('langle', '⟨').replace('rangle', '⟩') : '');
  s = s.replace(/\\(?:[,;:! >]|quad|qquad)/g, ' ');
  s = s.replace(/\\([%$&#_{}])/g, '$1');
  s = s.replace(/\\\\/g, ' ');
  s = s.replace(/\\([A-Za-z]+)\*?/g, (_m, name: string) => {
    if (MATH_WRAPPERS.has(name)) return '';
    if (name in SYMBOLS) return SYMBOLS[name]!;
    if (/^(label|tag|nonumber|notag)$/.test(name)) return '\u0000';
    return name;
  });
  // drop arguments of \label/\tag
  s = s.replace(/\u0000\s*\{[^{}]*\}/g, '').replace(/\u0000/g, '');
  s = s.replace(/([\^_])\{([^{}]*)\}/g, '$1$2');
  s = s.replace(/[{}]/g, '');
  s = s.replace(/[&~]/g, ' ');
  s = s.replace(/\^\s*\\?circ/g, '°');
  return s.replace(/\s+/g, ' ').trim();
}

/** Index just past the group that opens at `i` (text[i] === '{'), or -1 when unbalanced. */
export function matchBrace(text: string, i: number, open = '{', close = '}'): number {
  if (text.length > 4096 && text[i] === open) {
    const known = pairsOf(text, open, close).get(i);
    if (known !== undefined) return known;
  }
  return scanBrace(text, i, open, close);
}

function scanBrace(text: string, i: number, open: string, close: string): number {
  let depth = 0;
  for (let k = i; k < text.length; k++) {
    const c = text[k];
    if (c === '\\') {
      k++;
      continue;
    }
    if (c === '%' && open === '{') {
      const nl = text.indexOf('\n', k);
      if (nl === -1) return -1;
      k = nl;
      continue;
    }
    if (c === open) depth++;
    else if (c === close) {
      depth--;
      if (depth === 0) return k + 1;
    }
  }
  return -1;
}

/**
 * Every open brace of a long text with its match (-1: unclosed), from one pass in the same terms as scanBrace
 * (escapes, comments): a scan started at such a brace is in the same state as this pass, so gives the same
 * answer. Without it, a text of many unclosed braces (`\textbf{x \textbf{x …`) costs quadratic time. The last
 * text is kept for each kind of bracket.
 */
const pairCache = new Map<string, { text: string; pairs: Map<number, number> }>();
function pairsOf(text: string, open: string, close: string): Map<number, number> {
  const hit = pairCache.get(open);
  if (hit && hit.text === text) return hit.pairs;
  const pairs = new Map<number, number>();
  const stack: number[] = [];
  for (let k = 0; k < text.length; k++) {
    const c = text[k];
    if (c === '\\') {
      k++;
      continue;
    }
    if (c === '%' && open === '{') {
      const nl = text.indexOf('\n', k);
      if (nl === -1) break;
      k = nl;
      continue;
    }
    if (c === open) stack.push(k);
    else if (c === close) {
      const o = stack.pop();
      if (o !== undefined) pairs.set(o, k + 1);
    }
  }
  for (const o of stack) pairs.set(o, -1);
  pairCache.set(open, { text, pairs });
  return pairs;
}

/** Combining marks for accent commands (\'e, \"o, \c{c}, …). */
export const ACCENTS: Record<string, string> = {
  "'": '\u0301', '`': '\u0300', '^': '\u0302', '"': '\u0308', '~': '\u0303', '=': '\u0304', '.': '\u0307',
  u: '\u0306', v: '\u030C', H: '\u030B', c: '\u0327', k: '\u0328', r: '\u030A',
};
