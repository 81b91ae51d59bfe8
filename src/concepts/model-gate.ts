/**
 * Speed: most sentences cannot match a concept's cues, so each concept first narrows the manuscript to the
 * sentences that could match. For every alternative of every cue pattern we read one literal that a match must
 * contain (e.g. "validat" in /\bexternal(?:ly)? validat\w*|.../), and keep a sentence only when its character
 * trigrams (a per-sentence Bloom filter, built once per manuscript) contain all trigrams of one such literal.
 * The filter is a superset test: a sentence that could match a rule is always kept.
 */
import type { Manuscript, Sentence } from '../manuscript/model.js';
import { featuresOf, runSpec, type ConceptSpec } from './framework.js';
import type { Detector, DetectContext, Finding } from './types.js';

// ---------------------------------------------------------------------------------------------------------------
// Bloom filter of character trigrams per sentence. Text is normalised to [a-z0-9] and spaces (every other
// character becomes a space, and the sentence is padded with one space on each side), so that a word boundary
// in a pattern ("\\bvgg") can be required as a space (" vgg").

const WORDS = 128; // 4096 bits per sentence
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

const bloomCache = new WeakMap<Manuscript, Uint32Array>();

function bloomOf(ms: Manuscript): Uint32Array {
  let bits = bloomCache.get(ms);
  if (bits) return bits;
  const sents = ms.sentences;
  bits = new Uint32Array(sents.length * WORDS);
  for (let i = 0; i < sents.length; i++) {
    const t = sents[i]!.lower;
    const base = i * WORDS;
    let a = 32;
    let b = t.length ? norm(t.charCodeAt(0)) : 32;
    for (let j = 1; j <= t.length; j++) {
      const c = j < t.length ? norm(t.charCodeAt(j)) : 32;
      if (!(a === 32 && b === 32) && !(b === 32 && c === 32)) {
        let h = ha(a, b, c);
        bits[base + (h >>> 5)]! |= 1 << (h & 31);
        h = hb(a, b, c);
        bits[base + (h >>> 5)]! |= 1 << (h & 31);
      }
      a = b;
      b = c;
    }
  }
  bloomCache.set(ms, bits);
  return bits;
}

/** Normalise a literal the same way as the text (runs of other characters become one space are NOT merged). */
function normTerm(term: string): string {
  let out = '';
  for (let i = 0; i < term.length; i++) out += String.fromCharCode(norm(term.charCodeAt(i)));
  return out;
}

/** Bit positions a sentence must have for `term` (normalised) to occur in it. */
function termBits(term: string): number[] {
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

type Item =
  | { kind: 'lit'; ch: string; min: number }
  | { kind: 'group'; alt: Item[][]; min: number }
  | { kind: 'wb' }
  | { kind: 'other' };

function parseAlt(src: string, pos: { i: number }): Item[][] {
  const branches: Item[][] = [[]];
  while (pos.i < src.length) {
    const ch = src[pos.i]!;
    if (ch === ')') {
      pos.i++;
      break;
    }
    if (ch === '|') {
      branches.push([]);
      pos.i++;
      continue;
    }
    const seq = branches[branches.length - 1]!;
    let item: Item;
    if (ch === '(') {
      let look = false;
      if (src.startsWith('(?:', pos.i)) pos.i += 3;
      else if (src.startsWith('(?=', pos.i) || src.startsWith('(?!', pos.i)) (pos.i += 3), (look = true);
      else if (src.startsWith('(?<=', pos.i) || src.startsWith('(?<!', pos.i)) (pos.i += 4), (look = true);
      else if (src.startsWith('(?<', pos.i)) pos.i = src.indexOf('>', pos.i) + 1;
      else pos.i += 1;
      const alt = parseAlt(src, pos);
      item = look ? { kind: 'other' } : { kind: 'group', alt, min: 1 };
    } else if (ch === '[') {
      pos.i++;
      while (pos.i < src.length && src[pos.i] !== ']') pos.i += src[pos.i] === '\\' ? 2 : 1;
      pos.i++;
      item = { kind: 'other' };
    } else if (ch === '\\') {
      const nx = src[pos.i + 1] ?? '';
      pos.i += 2;
      if (nx === 'b') item = { kind: 'wb' };
      else if (/[BdDsSwWnrtfv0-9ux]/.test(nx)) {
        if (nx === 'u') pos.i += src[pos.i] === '{' ? src.indexOf('}', pos.i) - pos.i + 1 : 4;
        if (nx === 'x') pos.i += 2;
        item = { kind: 'other' };
      } else item = { kind: 'lit', ch: nx.toLowerCase(), min: 1 };
    } else if (ch === '.' || ch === '^' || ch === '$') {
      pos.i++;
      item = { kind: 'other' };
    } else {
      pos.i++;
      item = { kind: 'lit', ch: ch.toLowerCase(), min: 1 };
    }
    // quantifier
    const q = src[pos.i];
    if (q === '?' || q === '*') {
      pos.i++;
      if (item.kind === 'lit' || item.kind === 'group') item.min = 0;
    } else if (q === '+') {
      pos.i++;
      if (item.kind === 'lit') item = { kind: 'group', alt: [[{ ...item }]], min: 1 };
    } else if (q === '{') {
      const end = src.indexOf('}', pos.i);
      const min = Number(src.slice(pos.i + 1, end).split(',')[0]);
      pos.i = end + 1;
      if (item.kind === 'lit' || item.kind === 'group') {
        if (min === 0) item.min = 0;
        else if (item.kind === 'lit') item = { kind: 'group', alt: [[{ ...item }]], min: 1 };
      }
    }
    if (src[pos.i] === '?' && (q === '?' || q === '*' || q === '+' || q === '{')) pos.i++; // lazy
    seq.push(item);
  }
  return branches;
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
  return requireAlt(parseAlt(re.source, { i: 0 }));
}

// ---------------------------------------------------------------------------------------------------------------

export interface GatedSpec {
  spec: ConceptSpec;
  /** bit lists of the literals; null = no gate (every sentence is checked) */
  gates: number[][] | null;
  terms: string[] | null;
}

export function gateOf(spec: ConceptSpec): GatedSpec {
  const terms = new Set<string>();
  for (const r of spec.rules) {
    const req = requiredLiterals(r.re);
    if (!req) return { spec, gates: null, terms: null };
    for (const t of req) terms.add(t);
  }
  const list = [...terms];
  const gates = list.map(termBits);
  if (gates.some((g) => g.length === 0)) return { spec, gates: null, terms: null };
  return { spec, gates, terms: list };
}

/** The sentences that may contain one of the literals, in document order. */
export function candidates(ms: Manuscript, gates: number[][]): Sentence[] {
  const bits = bloomOf(ms);
  const out: Sentence[] = [];
  const sents = ms.sentences;
  for (let i = 0; i < sents.length; i++) {
    const base = i * WORDS;
    for (const g of gates) {
      let ok = true;
      for (const h of g) {
        if ((bits[base + (h >>> 5)]! & (1 << (h & 31))) === 0) {
          ok = false;
          break;
        }
      }
      if (ok) {
        out.push(sents[i]!);
        break;
      }
    }
  }
  return out;
}

export function gatedDetector(g: GatedSpec): Detector {
  return {
    concepts: [g.spec.concept],
    detect(ctx: DetectContext): Finding[] {
      const ms = ctx.ms;
      const features = featuresOf(ms);
      const view: Manuscript = g.gates ? { ...ms, sentences: candidates(ms, g.gates) } : ms;
      return [runSpec(g.spec, { ms: view, features })];
    },
  };
}

/** Same detector without the gate (to check that the gate never changes a finding). */
export function ungatedDetector(g: GatedSpec): Detector {
  return {
    concepts: [g.spec.concept],
    detect(ctx: DetectContext): Finding[] {
      return [runSpec(g.spec, { ms: ctx.ms, features: featuresOf(ctx.ms) })];
    },
  };
}
