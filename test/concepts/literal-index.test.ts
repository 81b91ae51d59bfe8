// The prefilter's literal index saved by the build (dist/compiled/literal-index.bin) is the index built from
// gates.json, and a file built from another gates.json is never used.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildLiteralIndex, decodeLiteralIndex, encodeLiteralIndex, type LiteralIndex } from '../../src/concepts/core/literal-index.js';

const compiled = join(import.meta.dirname, '../../dist/compiled');
const built = existsSync(join(compiled, 'gates.json')) && existsSync(join(compiled, 'literal-index.bin'));
const text = built ? readFileSync(join(compiled, 'gates.json'), 'utf8') : '{}';
const gates = JSON.parse(text) as Record<string, string[] | null>;

/** Every part of an index, typed arrays as their type, length and a digest of their bytes. */
function plain(ix: LiteralIndex) {
  const digest = (a: Uint16Array | Int32Array) => `${a.constructor.name} ${a.length} ${createHash('sha1').update(new Uint8Array(a.buffer, a.byteOffset, a.byteLength)).digest('hex')}`;
  const { next, keyword, dict } = ix.automaton.tables();
  return {
    ids: [...ix.ids],
    arrays: [ix.opensAt, ix.opens, ix.clauseBit, next, keyword, dict].map(digest),
    words: ix.words,
    literalWords: ix.literalWords,
    clauses: ix.clauses.map((alts) => alts?.map((alt) => alt.map((c) => [...c]))),
  };
}

function found(ix: LiteralIndex, texts: string[]): number[][] {
  return texts.map((t) => {
    const out: number[] = [];
    ix.automaton.scan(t, (k) => out.push(k));
    return out.sort((a, b) => a - b);
  });
}

const sentences = [
  'the model was externally validated on an independent cohort of 120 patients',
  'code is available at github under an open licence',
  'sensitivity and specificity were calculated with 95% confidence intervals',
  'images were split at the patient level into training, validation and test sets',
  '',
];

describe.skipIf(!built)('literal index saved by the build', () => {
  const fresh = buildLiteralIndex(gates);

  it('the shipped file decodes to the index built from gates.json', () => {
    const saved = decodeLiteralIndex(readFileSync(join(compiled, 'literal-index.bin')), gates, text.length);
    expect(saved).toBeDefined();
    expect(plain(saved!)).toEqual(plain(fresh));
    expect(found(saved!, sentences)).toEqual(found(fresh, sentences));
    expect(found(fresh, sentences).flat().length).toBeGreaterThan(10);
  });

  it('encodes and decodes exactly, from any byte offset', () => {
    const bytes = encodeLiteralIndex(fresh, gates, text);
    const shifted = new Uint8Array(bytes.length + 1);
    shifted.set(bytes, 1);
    for (const b of [bytes, shifted.subarray(1)]) expect(plain(decodeLiteralIndex(b, gates, text.length)!)).toEqual(plain(fresh));
  });

  it('is not used for another gates.json, or when cut short', () => {
    const bytes = encodeLiteralIndex(fresh, gates, text);
    expect(decodeLiteralIndex(bytes, gates, text.length + 1)).toBeUndefined();
    const fewer = Object.fromEntries(Object.entries(gates).slice(1));
    expect(decodeLiteralIndex(bytes, fewer, text.length)).toBeUndefined();
    expect(decodeLiteralIndex(bytes.subarray(0, bytes.length - 2), gates, text.length)).toBeUndefined();
    expect(decodeLiteralIndex(bytes.subarray(0, 16), gates, text.length)).toBeUndefined();
  });
});
