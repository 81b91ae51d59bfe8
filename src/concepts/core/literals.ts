/**
 * The literals a regular expression needs, read from its syntax tree (regexpp): for the prefilter's gates (one
 * list of literals, one of which every match contains) and clauses (for each top-level alternative, every literal
 * group it requires). Used at build time to write dist/compiled/gates.json, and at run time only for patterns the
 * build did not see. Literals are normalised like the text: letters lower-cased, digits kept, anything else a space.
 */
import { RegExpParser, type AST } from '@eslint-community/regexpp';

function norm(c: number): number {
  if (c >= 97 && c <= 122) return c;
  if (c >= 48 && c <= 57) return c;
  if (c >= 65 && c <= 90) return c + 32;
  return 32;
}

/** Normalise a literal the same way as the text (runs of other characters become one space are NOT merged). */
export function normTerm(term: string): string {
  let out = '';
  for (let i = 0; i < term.length; i++) out += String.fromCharCode(norm(term.charCodeAt(i)));
  return out;
}

/** How many character trigrams of `term` (normalised) hold a letter or digit in their middle: its selectivity. */
function trigramCount(term: string): number {
  const t = normTerm(term);
  let n = 0;
  for (let j = 2; j < t.length; j++) {
    const a = t.charCodeAt(j - 2);
    const b = t.charCodeAt(j - 1);
    const c = t.charCodeAt(j);
    if (!((a === 32 && b === 32) || (b === 32 && c === 32))) n++;
  }
  return n;
}

// ---------------------------------------------------------------------------------------------------------------
// Required literals of a regular expression

const parser = new RegExpParser({ ecmaVersion: 2025 });

type Item =
  | { kind: 'lit'; ch: string; min: number }
  | { kind: 'digit' }
  | { kind: 'look'; alt: Item[][] }
  | { kind: 'group'; alt: Item[][]; min: number }
  | { kind: 'wb' }
  | { kind: 'other' };

/** The pattern's syntax tree (regexpp) as the sequences the literal search reads. */
function itemsOf(re: RegExp): Item[][] | null {
  let ast: AST.Pattern;
  try {
    ast = parser.parsePattern(re.source, 0, re.source.length, { unicode: false });
  } catch {
    return null;
  }
  return ast.alternatives.map(sequence);
}

function sequence(alt: AST.Alternative): Item[] {
  return alt.elements.map(item);
}

function item(el: AST.Element): Item {
  switch (el.type) {
    case 'Character':
      // control characters and escapes that name no printable letter do not help the filter
      return el.value < 32 ? { kind: 'other' } : { kind: 'lit', ch: String.fromCodePoint(el.value).toLowerCase(), min: 1 };
    case 'Group':
    case 'CapturingGroup':
      return { kind: 'group', alt: el.alternatives.map(sequence), min: 1 };
    case 'Assertion':
      if ((el.kind === 'lookahead' || el.kind === 'lookbehind') && !el.negate) return { kind: 'look', alt: el.alternatives.map(sequence) };
      return el.kind === 'word' && !el.negate ? { kind: 'wb' } : { kind: 'other' };
    case 'CharacterSet':
      // \d: one of the ten digits (a last-resort literal, see requireSeq)
      return el.kind === 'digit' && !el.negate ? { kind: 'digit' } : { kind: 'other' };
    case 'Quantifier': {
      const inner = item(el.element);
      if (inner.kind === 'digit') return el.min === 0 ? { kind: 'other' } : inner;
      if (inner.kind !== 'lit' && inner.kind !== 'group') return { kind: 'other' };
      if (el.min === 0) return { ...inner, min: 0 };
      // one or more copies: the first copy is required, a repeated literal is a group of one
      return inner.kind === 'lit' ? { kind: 'group', alt: [[inner]], min: 1 } : inner;
    }
    default:
      return { kind: 'other' };
  }
}

// words frequent in any scientific text: a poor filter, chosen only when nothing rarer is required
const VERY_COMMON = new Set([
  'by', 'we', 'in', 'on', 'of', 'to', 'as', 'at', 'or', 'an', 'is', 'it', 'be', 'the', 'and', 'for', 'with', 'was',
  'were', 'are', 'our', 'this', 'that', 'from', 'for the', 'in the', 'of the', 'in which', 'patients with',
]);
const COMMON = new Set([
  'data', 'model', 'models', 'used', 'based', 'using', 'patients', 'patient', 'cases', 'time', 'set', 'test', 'group',
  'study', 'results', 'analysis', 'net', 'res', 'min', 'max', 'scor', 'ann', 'gan', 'vit', 'rnn', 'gru', 'random',
  'least', 'multi', 'forward', 'regression', 'error', 'errors', 'classif', 'segment', 'defined', 'determined',
  'assessed', 'classified', 'performance', 'accuracy', 'standard', 'reference', 'point', 'between', 'other', 'each',
]);

function termCost(term: string): number {
  const t = normTerm(term).trim();
  if (VERY_COMMON.has(t)) return 60;
  if (COMMON.has(t)) return 15;
  // a rough share of sentences containing the literal, by the number of trigrams it must match
  const n = trigramCount(term);
  return n === 0 ? Infinity : n === 1 ? 8 : n === 2 ? 3 : n === 3 ? 1 : 0.5;
}

/**
 * The cost of a last-resort literal: one with no trigram (a digit of a \d, "mg", "v" after a word boundary)
 * gates a sequence only when it names no other literal (a pattern such a literal gates runs on the sentences that
 * contain it instead of on every sentence). A pair of letters or digits costs 100, one digit 30 (so the ten of a
 * \d cost 300), anything else cannot gate. The literals of a positive lookaround (the text holds a match of it)
 * are candidates like those of any other element of the sequence.
 */
function lastResortCost(term: string): number {
  if (trigramCount(term) > 0) return termCost(term);
  const alnum = normTerm(term).replace(/[^a-z0-9]/g, '');
  return alnum.length >= 2 ? 100 : /^[0-9]$/.test(alnum) ? 30 : Infinity;
}
const DIGITS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];
/** whether requireSeq may fall back to last-resort literals (off for splitting a pattern by its alternatives) */
let lastResort = true;

/** One-of list of literals that any match of the sequence contains, or null when none can be named. */
function requireSeq(seq: Item[], leadingWB: boolean, clauses?: string[][]): string[] | null {
  let best: string[] | null = null;
  let bestCost = Infinity;
  let fallback: string[] | null = null;
  let fallbackCost = Infinity;
  const consider = (terms: string[] | null, lastResortOnly = false) => {
    if (!terms || terms.length === 0) return;
    let cost = 0;
    for (const t of terms) cost += termCost(t);
    if (cost === Infinity || lastResortOnly) {
      // no trigram in some term: a last-resort candidate, never a clause
      if (!lastResort) return;
      let fc = 0;
      for (const t of terms) fc += lastResortCost(t);
      if (fc < fallbackCost) (fallback = terms), (fallbackCost = fc);
      return;
    }
    clauses?.push(terms);
    if (cost < bestCost) (best = terms), (bestCost = cost);
  };
  let run = '';
  let wb = leadingWB;
  const flush = () => {
    if (run) consider([run]);
    run = '';
  };
  for (const it of seq) {
    if (it.kind === 'lit' && it.min >= 1) {
      // a word boundary before a word character means a non-word character (a space after normalising) or the
      // start of the sentence (padded with a space)
      if (!run && wb && /[a-z0-9]/.test(it.ch)) run = ' ';
      run += it.ch;
      wb = false;
    } else if (it.kind === 'wb') {
      if (run && /[a-z0-9]$/.test(run)) run += ' ';
      flush();
      wb = true;
    } else {
      flush();
      if (it.kind === 'group' && it.min >= 1) consider(requireAlt(it.alt, wb));
      else if (it.kind === 'digit') consider(DIGITS);
      // a positive lookaround at this level is required like any element (a facet rule's groups)
      else if (it.kind === 'look') consider(requireAlt(it.alt));
      wb = false;
    }
  }
  flush();
  return best ?? fallback;
}

function requireAlt(alt: Item[][], leadingWB = false): string[] | null {
  const out = new Set<string>();
  for (const seq of alt) {
    const r = requireSeq(seq, leadingWB);
    if (!r) return null;
    for (const t of r) out.add(t);
  }
  return [...out];
}

/**
 * The literals one of which every match of `re` contains (lower case), or null. Without `lastResort: false`, a
 * sequence that names no literal of three characters may be gated by a shorter one (see lastResortCost).
 */
export function requiredLiterals(re: RegExp, opts: { lastResort?: boolean } = {}): string[] | null {
  const alts = itemsOf(re);
  if (!alts) return null;
  lastResort = opts.lastResort ?? true;
  try {
    return requireAlt(alts);
  } finally {
    lastResort = true;
  }
}

/** Is `literal` (normalised) a last-resort one (no trigram: a digit, a pair of letters)? */
export function isLastResort(literal: string): boolean {
  return trigramCount(literal) === 0;
}

/**
 * A finer, conjunctive condition than the literals: for each top-level alternative of `re`, every clause (a list
 * of literals, one of which occurs in any match of that alternative) that its sequence requires, normalised. A
 * match needs, for some alternative, each of its clauses. Null when no alternative requires more than one clause
 * (the gate's literals already say it all) or when an alternative names none.
 */
const MAX_CLAUSES = 6;
const CLAUSE_COST = 1000;

export function requiredClauses(re: RegExp): string[][][] | null {
  const alts = itemsOf(re);
  if (!alts) return null;
  const out: string[][][] = [];
  let finer = false;
  for (const seq of alts) {
    const found: string[][] = [];
    requireSeq(seq, false, found);
    // the most selective clauses only (a few, none of common words), to keep the automaton and gates.json small
    const ranked: Array<{ c: string[]; cost: number }> = [];
    for (const c of found) {
      const g = gateLiterals(c);
      if (!g || ranked.some((k) => k.c.length === g.length && k.c.every((l, i) => l === g[i]))) continue;
      let cost = 0;
      for (const t of c) cost += termCost(t);
      ranked.push({ c: g, cost });
    }
    if (!ranked.length) return null;
    ranked.sort((a, b) => a.cost - b.cost);
    const clauses = ranked.filter((r, i) => i === 0 || (i < MAX_CLAUSES && r.cost < CLAUSE_COST)).map((r) => r.c);
    if (clauses.length > 1) finer = true;
    out.push(clauses);
  }
  return finer ? out : null;
}

/** Literals that can gate a pattern: at least one, each with a letter or digit (normalised), else null. */
export function gateLiterals(lits: string[] | null): string[] | null {
  if (!lits || lits.length === 0) return null;
  const out = lits.map(normTerm);
  return out.every((l) => /[a-z0-9]/.test(l)) ? out : null;
}
