/**
 * A prefilter for regular expressions over sentences. For every alternative of a pattern we read one literal that
 * a match must contain (e.g. "validat" in /\bexternal(?:ly)? validat\w*|.../): a pattern's gate is its list of
 * literals, and it is executed on a sentence only when one of them occurs in the sentence. All literals of all
 * patterns (written to dist/compiled/gates.json by the build) form one Aho-Corasick automaton, so one pass over a
 * sentence says which patterns may match it; a test is then one bit. The test is a superset test: a sentence that
 * could match is never skipped, so findings are identical with and without it (tested), only faster.
 * A gate that opens is then refined by the pattern's clauses (requiredClauses): where an alternative needs several
 * literals ("sensitivity … specificity"), all of them, or one of each listed group, must occur; the automaton also
 * marks every literal found, so this is a few more bit tests (it halves the executions of detector patterns).
 * Text and literals are normalised alike: letters lower-cased, digits kept, everything else a space, and the text
 * padded with a space at both ends (a word boundary at the start or end of a sentence).
 */
import { readFileSync } from 'node:fs';
import { compiledFile, providedCompiled } from '../../util/compiled.js';
import type { Sentence } from '../../manuscript/model.js';
import { buildLiteralIndex, decodeLiteralIndex, packClauses, packedClauses, type LiteralIndex } from './literal-index.js';
import { gateLiterals, normTerm, requiredClauses, requiredLiterals } from './literals.js';

export { gateLiterals, isLastResort, requiredClauses, requiredLiterals } from './literals.js';

// ---------------------------------------------------------------------------------------------------------------
// Gates per pattern, cached. scripts/build.mjs writes the literals of every pattern the detectors use to
// dist/compiled/gates.json, so a run does not parse hundreds of pattern sources at start-up.

let compiledLiterals: Record<string, string[] | null> | null | undefined;
/** the length of the gates.json text read (the saved literal index names the text it was built from) */
let compiledTextLength = -1;
// (keys "and:<position>" hold a pattern's clauses, packed in one string: see clausesFor)
/** Literals computed during this process (read by the build script to write gates.json). */
export const computedLiterals: Record<string, string[] | null> = {};

function compiled(): Record<string, string[] | null> | null {
  if (compiledLiterals === undefined) {
    try {
      compiledLiterals = providedCompiled('gates.json') as typeof compiledLiterals;
      if (!compiledLiterals) {
        const text = readFileSync(compiledFile('gates.json'), 'utf8');
        compiledTextLength = text.length;
        compiledLiterals = JSON.parse(text) as Record<string, string[] | null>;
      }
    } catch {
      compiledLiterals = null;
    }
  }
  return compiledLiterals;
}

const keyOf = (re: RegExp): string => `${re.flags}/${re.source}`;

export function literalsFor(re: RegExp): string[] | null {
  const key = keyOf(re);
  const known = compiled();
  if (known && key in known) return known[key]!;
  const lits = re.multiline || re.flags.includes('u') || re.flags.includes('v') ? null : requiredLiterals(re);
  record(key, lits);
  return lits;
}

/**
 * The clauses of a pattern (requiredClauses), kept in gates.json too (key "and:" + the pattern). A compiled gates
 * file without them for a pattern it knows means none.
 */
export function clausesFor(re: RegExp): string[][][] | null {
  const key = keyOf(re);
  const known = compiled();
  if (known && key in known) return packedClauses(known, key, ordinalOf(key));
  const clauses = re.multiline || re.flags.includes('u') || re.flags.includes('v') ? null : requiredClauses(re);
  if (clauses && order.has(key)) record(`and:${order.get(key)!}`, `${key.length}:${packClauses(clauses)}` as unknown as string[]);
  return clauses;
}

/**
 * Entries of computedLiterals in the order they were made: the clauses of a pattern are kept under "and:" + the
 * position of the pattern's own entry (JSON keeps the order), not under a second copy of its long source.
 */
const order = new Map<string, number>();
function record(key: string, value: string[] | null): void {
  if (!order.has(key)) order.set(key, order.size);
  computedLiterals[key] = value;
}
let ordinals: Map<string, number> | undefined;
function ordinalOf(key: string): number {
  if (!ordinals) {
    ordinals = new Map();
    for (const k of Object.keys(compiled() ?? {})) ordinals.set(k, ordinals.size);
  }
  return ordinals.get(key) ?? -1;
}

/**
 * How a pattern without a gate splits into alternatives with literals and the rest (see pattern.ts), kept in
 * gates.json too (key "split:" + the pattern), as the split parses every alternative.
 */
export function cachedSplit(re: RegExp, split: () => string[] | null): string[] | null {
  const key = `split:${keyOf(re)}`;
  const known = compiled();
  if (known && key in known) return known[key]!;
  const parts = split();
  record(key, parts);
  return parts;
}

/**
 * The gate of a pattern: a bit of the sentences' gate sets (`id`), or, for a pattern whose literals are not in the
 * compiled automaton, its literals, looked up in the normalised sentence.
 */
export interface Gate {
  id: number;
  literals: string[];
  /**
   * The pattern's clauses (requiredClauses) as word masks over the sentence's literal bits, tested after the gate's
   * bit: for some alternative, every clause has one of its literals in the sentence. Null: the bit says it all.
   */
  clauses: Int32Array[][] | null;
}

let index: LiteralIndex | undefined;

/** The literal index of the compiled gates: as saved by the build (literal-index.bin) when it matches, else built. */
function literalIndex(): LiteralIndex {
  if (index) return index;
  const gates = compiled() ?? {};
  if (compiledTextLength >= 0) {
    try {
      index = decodeLiteralIndex(readFileSync(compiledFile('literal-index.bin')), gates, compiledTextLength);
    } catch {
      index = undefined;
    }
  }
  index ??= buildLiteralIndex(gates);
  return index;
}

/** For some alternative, does every clause have one of its literals in the sentence's bit set? */
function clausesHold(bits: Uint32Array, alts: Int32Array[][]): boolean {
  for (const alt of alts) {
    let all = true;
    for (const c of alt) {
      let one = false;
      for (let i = 0; i < c.length; i += 2) {
        if ((bits[c[i]!]! & c[i + 1]!) !== 0) {
          one = true;
          break;
        }
      }
      if (!one) {
        all = false;
        break;
      }
    }
    if (all) return true;
  }
  return false;
}

const gateCache = new WeakMap<RegExp, Gate | null>();

/** The gate of a pattern, or null (no gate: the pattern runs on every sentence). */
export function gateFor(re: RegExp): Gate | null {
  let g = gateCache.get(re);
  if (g !== undefined) return g;
  const literals = gateLiterals(literalsFor(re));
  if (literals) {
    const { ids, clauses } = literalIndex();
    const id = ids.get(keyOf(re)) ?? -1;
    // a pattern gates.json lacks: its clauses are computed (and recorded for the build's gates.json), not used
    if (id < 0) clausesFor(re);
    g = { id, literals, clauses: id >= 0 ? clauses[id]! : null };
  } else g = null;
  gateCache.set(re, g);
  return g;
}

/** The gates open in a sentence (a bit set over gate ids): one automaton pass, on first use, kept on the sentence. */
export function sentenceGates(s: Sentence): Uint32Array {
  let bits = s.gates;
  if (bits) return bits;
  const { automaton, opensAt, opens, clauseBit, words, literalWords } = literalIndex();
  // the gate bits, then one bit per clause literal found (for the gates' clauses)
  const open = bitSet(words + literalWords);
  automaton.scan(s.lower, (l) => {
    for (let k = opensAt[l]!, end = opensAt[l + 1]!; k < end; k += 2) open[opens[k]!]! |= opens[k + 1]!;
    const b = clauseBit[l]!;
    if (b >= 0) open[words + (b >>> 5)]! |= 1 << (b & 31);
  });
  s.gates = open;
  return open;
}

/**
 * The gates of every sentence, computed up front (the features of a manuscript ask for them first). The same bits
 * as computing them on first use; but a test that finds them missing calls `sentenceGates`, and V8 then inlines the
 * whole automaton pass into every optimised caller of the gate tests (`scoreHits` took 0.2–0.45 s to compile, again
 * after each deoptimisation): with the bits in place before any test, that call is never taken.
 */
export function computeGates(sentences: readonly Sentence[]): void {
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    if (!s.gates) sentenceGates(s);
  }
}

/**
 * A zeroed bit set, cut from a shared block: a typed array of its own per sentence (~100 words) cost a separate
 * allocation outside the heap each, ~4% of a check. A block is freed when no sentence cut from it is alive.
 */
let block: Uint32Array | undefined;
let blockAt = 0;
function bitSet(n: number): Uint32Array {
  if (!block || blockAt + n > block.length) {
    block = new Uint32Array(Math.max(1 << 15, n));
    blockAt = 0;
  }
  const out = block.subarray(blockAt, blockAt + n);
  blockAt += n;
  return out;
}

const normCache = new WeakMap<Sentence, string>();
function normalised(s: Sentence): string {
  let t = normCache.get(s);
  if (t === undefined) {
    t = ` ${normTerm(s.lower)} `;
    normCache.set(s, t);
  }
  return t;
}

/** Is the gate open in the sentence (one of the pattern's literals occurs in it)? */
export function gatePasses(s: Sentence, g: Gate): boolean {
  if (g.id >= 0) {
    const bits = s.gates ?? sentenceGates(s);
    if ((bits[g.id >>> 5]! & (1 << (g.id & 31))) === 0) return false;
    return g.clauses === null || clausesHold(bits, g.clauses);
  }
  const t = normalised(s);
  return g.literals.some((l) => t.includes(l));
}

/**
 * The union of several gates as word masks over the gate bit set, flat (word, mask, word, mask, ...), or null when
 * one of them is not compiled: a sentence where none is open can skip all their patterns at once.
 */
export function gateUnion(gates: Gate[]): Int32Array | null {
  const masks = new Map<number, number>();
  for (const g of gates) {
    if (g.id < 0) return null;
    masks.set(g.id >>> 5, (masks.get(g.id >>> 5) ?? 0) | (1 << (g.id & 31)));
  }
  const out = new Int32Array(masks.size * 2);
  let i = 0;
  for (const [w, m] of masks) {
    out[i++] = w;
    out[i++] = m;
  }
  return out;
}

/** Is any gate of a union open in the sentence? */
export function anyGatePasses(s: Sentence, union: Int32Array): boolean {
  const bits = s.gates ?? sentenceGates(s);
  for (let i = 0; i < union.length; i += 2) if ((bits[union[i]!]! & union[i + 1]!) !== 0) return true;
  return false;
}

/** Switch the prefilter off (to check that it never changes a finding). */
export const prefilterState = { enabled: true };
