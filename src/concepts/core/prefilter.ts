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
import { AhoCorasick } from '../../util/aho-corasick.js';
import type { Sentence } from '../../manuscript/model.js';
import { gateLiterals, normTerm, requiredClauses, requiredLiterals } from './literals.js';

export { gateLiterals, isLastResort, requiredClauses, requiredLiterals } from './literals.js';

// ---------------------------------------------------------------------------------------------------------------
// Gates per pattern, cached. scripts/build.mjs writes the literals of every pattern the detectors use to
// dist/compiled/gates.json, so a run does not parse hundreds of pattern sources at start-up.

let compiledLiterals: Record<string, string[] | null> | null | undefined;
// (keys "and:<position>" hold a pattern's clauses, packed in one string: see clausesFor)
/** Literals computed during this process (read by the build script to write gates.json). */
export const computedLiterals: Record<string, string[] | null> = {};

function compiled(): Record<string, string[] | null> | null {
  if (compiledLiterals === undefined) {
    try {
      compiledLiterals = (providedCompiled('gates.json') as typeof compiledLiterals) ?? (JSON.parse(readFileSync(compiledFile('gates.json'), 'utf8')) as Record<string, string[] | null>);
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
  if (known && key in known) {
    const packed = known[`and:${ordinalOf(key)}`] as unknown as string | undefined;
    // the entry starts with the length of the key it belongs to: a gates.json reordered by hand gives no clauses
    const colon = packed ? packed.indexOf(':') : -1;
    return packed && packed.slice(0, colon) === String(key.length) ? unpackClauses(packed.slice(colon + 1)) : null;
  }
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

const packClauses = (c: string[][][]): string => c.map((alt) => alt.map((cl) => cl.join('|')).join('&')).join(';');
const unpackClauses = (s: string): string[][][] => s.split(';').map((alt) => alt.split('&').map((cl) => cl.split('|')));

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

/** The automaton over every compiled literal, and for each literal the gates it opens. */
interface LiteralIndex {
  automaton: AhoCorasick;
  /** the gates each literal opens, flat: literal l's (word, mask) pairs are opensAt[l] … opensAt[l + 1] - 1 */
  opensAt: Int32Array;
  opens: Int32Array;
  ids: Map<string, number>;
  /** the id of every literal in the automaton */
  literalIds: Map<string, number>;
  /** per literal id, its bit among the literal bits (only literals of some clause have one), or -1 */
  clauseBit: Int32Array;
  /** words of gate bits; the literal bits follow them in a sentence's bit set */
  words: number;
  literalWords: number;
}
let index: LiteralIndex | undefined;

function literalIndex(): LiteralIndex {
  if (index) return index;
  const ids = new Map<string, number>();
  const literalIds = new Map<string, number>();
  const opens: number[][] = [];
  const inClauses = new Set<number>();
  const literalId = (l: string): number => {
    let li = literalIds.get(l);
    if (li === undefined) {
      li = literalIds.size;
      literalIds.set(l, li);
      opens.push([]);
    }
    return li;
  };
  for (const [key, lits] of Object.entries(compiled() ?? {})) {
    if (key.startsWith('split:')) continue;
    if (key.startsWith('and:')) {
      const packed = lits as unknown as string;
      for (const alt of unpackClauses(packed.slice(packed.indexOf(':') + 1))) for (const clause of alt) for (const l of clause) inClauses.add(literalId(l));
      continue;
    }
    const g = gateLiterals(lits);
    if (!g) continue;
    const id = ids.size;
    ids.set(key, id);
    for (const l of g) {
      const li = literalId(l);
      if (!opens[li]!.includes(id)) opens[li]!.push(id);
    }
  }
  const words = Math.max(1, Math.ceil(ids.size / 32));
  const clauseBit = new Int32Array(literalIds.size).fill(-1);
  let bit = 0;
  for (const li of inClauses) clauseBit[li] = bit++;
  const opensAt = new Int32Array(opens.length + 1);
  for (let l = 0; l < opens.length; l++) opensAt[l + 1] = opensAt[l]! + 2 * opens[l]!.length;
  const flat = new Int32Array(opensAt[opens.length]!);
  for (let l = 0; l < opens.length; l++) {
    let k = opensAt[l]!;
    for (const id of opens[l]!) {
      flat[k++] = id >>> 5;
      flat[k++] = 1 << (id & 31);
    }
  }
  index = { automaton: new AhoCorasick([...literalIds.keys()]), opensAt, opens: flat, ids, literalIds, clauseBit, words, literalWords: Math.ceil(bit / 32) };
  return index;
}

/** Clauses as word masks over the literal bits (which follow the gate bits); null if a literal is not indexed. */
function clauseMasks(clauses: string[][][] | null): Int32Array[][] | null {
  if (!clauses) return null;
  const { literalIds, clauseBit, words } = literalIndex();
  const out: Int32Array[][] = [];
  for (const alt of clauses) {
    const a: Int32Array[] = [];
    for (const clause of alt) {
      const masks = new Map<number, number>();
      for (const l of clause) {
        const id = literalIds.get(l);
        const li = id === undefined ? -1 : clauseBit[id]!;
        if (li < 0) return null;
        const w = words + (li >>> 5);
        masks.set(w, (masks.get(w) ?? 0) | (1 << (li & 31)));
      }
      const flat = new Int32Array(masks.size * 2);
      let i = 0;
      for (const [w, m] of masks) {
        flat[i++] = w;
        flat[i++] = m;
      }
      a.push(flat);
    }
    out.push(a);
  }
  return out;
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
    const id = literalIndex().ids.get(keyOf(re)) ?? -1;
    const clauses = clausesFor(re);
    g = { id, literals, clauses: id >= 0 ? clauseMasks(clauses) : null };
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
