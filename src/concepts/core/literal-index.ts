/**
 * The prefilter's literal index (prefilter.ts): every literal of every compiled gate in one Aho-Corasick automaton,
 * the gates each literal opens, and each gate's clauses as word masks over the literal bits.
 *
 * Built from dist/compiled/gates.json, it costs a single check about as much as reading a short manuscript (tens of
 * milliseconds of cold code: ~7,000 literals, ~27,000 automaton states); so the build also writes it, as typed
 * arrays, to dist/compiled/literal-index.bin, and a run maps that file instead. The file names the gates.json it
 * was built from (its length and number of entries); any other gates.json, or no file (the web page), builds the
 * index as before. A test keeps the two routes equal.
 */
import { AhoCorasick } from '../../util/aho-corasick.js';
import { gateLiterals } from './literals.js';

export type Gates = Record<string, string[] | null>;

export interface LiteralIndex {
  automaton: AhoCorasick;
  /** the gates each literal opens, flat: literal l's (word, mask) pairs are opensAt[l] … opensAt[l + 1] - 1 */
  opensAt: Int32Array;
  opens: Int32Array;
  /** the gate id of every gates.json key that is a gate */
  ids: Map<string, number>;
  /** per literal id, its bit among the literal bits (only literals of some clause have one), or -1 */
  clauseBit: Int32Array;
  /** words of gate bits; the literal bits follow them in a sentence's bit set */
  words: number;
  literalWords: number;
  /** each gate's clauses as word masks (clausesFor + clauseMasks in prefilter.ts), by gate id */
  clauses: Array<Int32Array[][] | null>;
}

export const packClauses = (c: string[][][]): string => c.map((alt) => alt.map((cl) => cl.join('|')).join('&')).join(';');
const unpackClauses = (s: string): string[][][] => s.split(';').map((alt) => alt.split('&').map((cl) => cl.split('|')));

/** The clauses kept for the gates.json key at `ordinal` (its "and:" entry), or null. */
export function packedClauses(gates: Gates, key: string, ordinal: number): string[][][] | null {
  const packed = gates[`and:${ordinal}`] as unknown as string | undefined;
  // the entry starts with the length of the key it belongs to: a gates.json reordered by hand gives no clauses
  const colon = packed ? packed.indexOf(':') : -1;
  return packed && packed.slice(0, colon) === String(key.length) ? unpackClauses(packed.slice(colon + 1)) : null;
}

/** Build the index from the gates. */
export function buildLiteralIndex(gates: Gates): LiteralIndex {
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
  const ordinals: number[] = [];
  const keys = Object.keys(gates);
  keys.forEach((key, ordinal) => {
    const lits = gates[key]!;
    if (key.startsWith('split:')) return;
    if (key.startsWith('and:')) {
      const packed = lits as unknown as string;
      for (const alt of unpackClauses(packed.slice(packed.indexOf(':') + 1))) for (const clause of alt) for (const l of clause) inClauses.add(literalId(l));
      return;
    }
    const g = gateLiterals(lits);
    if (!g) return;
    const id = ids.size;
    ids.set(key, id);
    ordinals.push(ordinal);
    for (const l of g) {
      const li = literalId(l);
      if (!opens[li]!.includes(id)) opens[li]!.push(id);
    }
  });
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
  const masks = (clauses: string[][][] | null) => clauseMasks(clauses, literalIds, clauseBit, words);
  const clauses = ordinals.map((ordinal) => masks(packedClauses(gates, keys[ordinal]!, ordinal)));
  return { automaton: new AhoCorasick([...literalIds.keys()]), opensAt, opens: flat, ids, clauseBit, words, literalWords: Math.ceil(bit / 32), clauses };
}

/** Clauses as word masks over the literal bits (which follow the gate bits); null if a literal is not indexed. */
function clauseMasks(clauses: string[][][] | null, literalIds: Map<string, number>, clauseBit: Int32Array, words: number): Int32Array[][] | null {
  if (!clauses) return null;
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

// ---------------------------------------------------------------------------------------------------------------
// The file: a header of int32s, then int32 sections, then the automaton's transition table (uint16 when it has
// fewer than 65,536 states, else int32). Little-endian, as typed arrays are on every platform Node supports.

const MAGIC = 0x52_4c_49_31; // "RLI1"
const HEADER = 12;

/**
 * Clauses flattened: per gate, at clauseAt[g] (or -1 for none): the number of alternatives, then per alternative
 * the number of clauses, then per clause the number of ints and the (word, mask) ints.
 */
function flattenClauses(clauses: Array<Int32Array[][] | null>): { at: Int32Array; data: Int32Array } {
  const at = new Int32Array(clauses.length).fill(-1);
  const data: number[] = [];
  clauses.forEach((alts, g) => {
    if (!alts) return;
    at[g] = data.length;
    data.push(alts.length);
    for (const alt of alts) {
      data.push(alt.length);
      for (const c of alt) data.push(c.length, ...c);
    }
  });
  return { at, data: Int32Array.from(data) };
}

/** The index as the bytes of literal-index.bin, for the gates.json text it was built from. */
export function encodeLiteralIndex(index: LiteralIndex, gates: Gates, gatesText: string): Uint8Array {
  const { next, keyword, dict } = index.automaton.tables();
  const keys = Object.keys(gates);
  const ordinalOf = new Map(keys.map((k, i) => [k, i]));
  const ordinals = Int32Array.from([...index.ids.keys()].map((k) => ordinalOf.get(k)!));
  const { at, data } = flattenClauses(index.clauses);
  const sections = [ordinals, index.opensAt, index.opens, index.clauseBit, at, data, keyword, dict];
  const header = new Int32Array(HEADER);
  header.set([MAGIC, gatesText.length, keys.length, index.words, index.literalWords, index.automaton.states, next instanceof Uint16Array ? 2 : 4, ...[0, 0, 0, 0, 0]]);
  const lengths = Int32Array.from(sections.map((s) => s.length));
  const ints = HEADER + lengths.length + sections.reduce((n, s) => n + s.length, 0);
  const out = new Uint8Array(ints * 4 + next.byteLength);
  const view = new Int32Array(out.buffer, 0, ints);
  let k = 0;
  for (const part of [header, lengths, ...sections]) {
    view.set(part, k);
    k += part.length;
  }
  out.set(new Uint8Array(next.buffer, next.byteOffset, next.byteLength), ints * 4);
  return out;
}

/** The index from literal-index.bin, or undefined when the file was not built from this gates.json text. */
export function decodeLiteralIndex(bytes: Uint8Array, gates: Gates, gatesTextLength: number): LiteralIndex | undefined {
  if (bytes.byteLength < (HEADER + 8) * 4) return undefined;
  // typed arrays need an aligned offset: a Buffer from readFileSync may sit anywhere in Node's pool
  const buf = bytes.byteOffset % 4 === 0 ? bytes : new Uint8Array(bytes);
  const header = new Int32Array(buf.buffer, buf.byteOffset, HEADER + 8);
  const keys = Object.keys(gates);
  if (header[0] !== MAGIC || header[1] !== gatesTextLength || header[2] !== keys.length) return undefined;
  const [words, literalWords, states, width] = [header[3]!, header[4]!, header[5]!, header[6]!];
  let at = buf.byteOffset + (HEADER + 8) * 4;
  const take = (n: number): Int32Array => {
    const a = new Int32Array(buf.buffer, at, n);
    at += n * 4;
    return a;
  };
  const [ordinals, opensAt, opens, clauseBit, clauseAt, data, keyword, dict] = [...header.subarray(HEADER, HEADER + 8)].map(take) as [Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array];
  const cells = states * 37;
  if (at + cells * width !== buf.byteOffset + buf.byteLength) return undefined;
  const next = width === 2 ? new Uint16Array(buf.buffer, at, cells) : new Int32Array(buf.buffer, at, cells);
  const ids = new Map<string, number>();
  for (let g = 0; g < ordinals.length; g++) ids.set(keys[ordinals[g]!]!, g);
  const clauses: Array<Int32Array[][] | null> = [];
  for (let g = 0; g < ordinals.length; g++) {
    let p = clauseAt[g]!;
    if (p < 0) {
      clauses.push(null);
      continue;
    }
    const alts: Int32Array[][] = [];
    for (let a = 0, na = data[p++]!; a < na; a++) {
      const alt: Int32Array[] = [];
      for (let c = 0, nc = data[p++]!; c < nc; c++) {
        const n = data[p++]!;
        alt.push(data.subarray(p, p + n));
        p += n;
      }
      alts.push(alt);
    }
    clauses.push(alts);
  }
  return { automaton: AhoCorasick.fromTables(next, keyword, dict), opensAt, opens, ids, clauseBit, words, literalWords, clauses };
}
