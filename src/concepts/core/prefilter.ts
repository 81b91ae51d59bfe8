/**
 * A prefilter for regular expressions over sentences. For every alternative of a pattern we read one literal that
 * a match must contain (e.g. "validat" in /\bexternal(?:ly)? validat\w*|.../); each sentence keeps a Bloom filter
 * of its character trigrams (built once, on first use); a pattern is executed on a sentence only when the filter
 * holds every trigram of at least one of the pattern's literals. The test is a superset test: a sentence that
 * could match is never skipped, so findings are identical with and without it (tested), only faster.
 * Text and literals are normalised alike: letters lower-cased, digits kept, everything else a space.
 */
import { RegExpParser, type AST } from '@eslint-community/regexpp';
import { readFileSync } from 'node:fs';
import { compiledFile, providedCompiled } from '../../util/compiled.js';
import type { Sentence } from '../../manuscript/model.js';

export const WORDS = 128; // 4096 bits per sentence
const MASK = WORDS * 32 - 1;

function norm(c: number): number {
  if (c >= 97 && c <= 122) return c;
  if (c >= 48 && c <= 57) return c;
  if (c >= 65 && c <= 90) return c + 32;
  return 32;
}
function ha(a: number, b: number, c: number): number {
  return ((Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b) ^ Math.imul(c, 0xc2b2ae35)) >>> 9) & MASK;
}
function hb(a: number, b: number, c: number): number {
  return ((Math.imul(a, 0x27d4eb2f) ^ Math.imul(b, 0x165667b1) ^ Math.imul(c, 0x5bd1e995)) >>> 11) & MASK;
}


/** The trigram Bloom filter of a sentence, computed once and kept on the sentence. */
export function sentenceBloom(s: Sentence): Uint32Array {
  let bits = s.bloom;
  if (bits) return bits;
  bits = new Uint32Array(WORDS);
  const t = s.lower;
  let a = 32;
  let b = t.length ? norm(t.charCodeAt(0)) : 32;
  for (let j = 1; j <= t.length; j++) {
    const c = j < t.length ? norm(t.charCodeAt(j)) : 32;
    if (!(a === 32 && b === 32) && !(b === 32 && c === 32)) {
      let h = ha(a, b, c);
      bits[h >>> 5]! |= 1 << (h & 31);
      h = hb(a, b, c);
      bits[h >>> 5]! |= 1 << (h & 31);
    }
    a = b;
    b = c;
  }
  s.bloom = bits;
  return bits;
}

/** Does the filter hold every bit of at least one gate? */
export function bloomPasses(bits: Uint32Array, gates: number[][]): boolean {
  for (const g of gates) {
    let ok = true;
    for (const h of g) {
      if ((bits[h >>> 5]! & (1 << (h & 31))) === 0) {
        ok = false;
        break;
      }
    }
    if (ok) return true;
  }
  return false;
}

/** Normalise a literal the same way as the text (runs of other characters become one space are NOT merged). */
function normTerm(term: string): string {
  let out = '';
  for (let i = 0; i < term.length; i++) out += String.fromCharCode(norm(term.charCodeAt(i)));
  return out;
}

/** Bit positions a sentence must have for `term` (normalised) to occur in it. */
export function termBits(term: string): number[] {
  const t = normTerm(term);
  const out: number[] = [];
  for (let j = 2; j < t.length; j++) {
    const a = t.charCodeAt(j - 2);
    const b = t.charCodeAt(j - 1);
    const c = t.charCodeAt(j);
    if ((a === 32 && b === 32) || (b === 32 && c === 32)) continue;
    out.push(ha(a, b, c), hb(a, b, c));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Required literals of a regular expression

const parser = new RegExpParser({ ecmaVersion: 2025 });

type Item =
  | { kind: 'lit'; ch: string; min: number }
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
      return el.kind === 'word' && !el.negate ? { kind: 'wb' } : { kind: 'other' };
    case 'Quantifier': {
      const inner = item(el.element);
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
  const n = termBits(term).length / 2;
  return n === 0 ? Infinity : n === 1 ? 8 : n === 2 ? 3 : n === 3 ? 1 : 0.5;
}

/** One-of list of literals that any match of the sequence contains, or null when none can be named. */
function requireSeq(seq: Item[], leadingWB: boolean): string[] | null {
  let best: string[] | null = null;
  let bestCost = Infinity;
  const consider = (terms: string[] | null) => {
    if (!terms || terms.length === 0) return;
    let cost = 0;
    for (const t of terms) cost += termCost(t);
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
      wb = false;
    }
  }
  flush();
  return best;
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

/** The literals one of which every match of `re` contains (lower case), or null. */
export function requiredLiterals(re: RegExp): string[] | null {
  const alts = itemsOf(re);
  return alts ? requireAlt(alts) : null;
}


// ---------------------------------------------------------------------------------------------------------------
// Gates per pattern, cached. scripts/build.mjs writes the literals of every pattern the detectors use to
// dist/compiled/gates.json, so a run does not parse hundreds of pattern sources at start-up.

const gateCache = new WeakMap<RegExp, number[][] | null>();
let compiledLiterals: Record<string, string[] | null> | null | undefined;
/** Literals computed during this process (read by the build script to write gates.json). */
export const computedLiterals: Record<string, string[] | null> = {};

export function literalsFor(re: RegExp): string[] | null {
  const key = `${re.flags}/${re.source}`;
  if (compiledLiterals === undefined) {
    try {
      compiledLiterals = (providedCompiled('gates.json') as typeof compiledLiterals) ?? (JSON.parse(readFileSync(compiledFile('gates.json'), 'utf8')) as Record<string, string[] | null>);
    } catch {
      compiledLiterals = null;
    }
  }
  if (compiledLiterals && key in compiledLiterals) return compiledLiterals[key]!;
  const lits = re.multiline || re.flags.includes('u') || re.flags.includes('v') ? null : requiredLiterals(re);
  computedLiterals[key] = lits;
  return lits;
}

/** The gate of a pattern: bit lists, one per literal (a sentence must hold all bits of one), or null (no gate). */
export function gateFor(re: RegExp): number[][] | null {
  let g = gateCache.get(re);
  if (g !== undefined) return g;
  const lits = literalsFor(re);
  g = lits && lits.length ? lits.map(termBits) : null;
  if (g && g.some((x) => x.length === 0)) g = null;
  gateCache.set(re, g);
  return g;
}

/** Switch the prefilter off (to check that it never changes a finding). */
export const prefilterState = { enabled: true };
