/**
 * A Pattern is a regular expression compiled once for use on sentences. It knows the literals that every match
 * must contain and offers `mightMatch`, a superset test: does one of those literals occur in the sentence (see
 * prefilter.ts): a sentence that could match is never skipped, so `test` and `exec` give exactly the answers of
 * the plain regular expression, only faster. Detectors never call the prefilter themselves; they use Patterns.
 *
 * A pattern whose whole has no literal of three characters ("\d{4}|hospital") is split at its top-level "|" into
 * the alternatives that have such literals and the rest, each prefiltered by its own gate (the rest's gate, if it
 * has one, is a last-resort literal: a digit, a pair of letters), with the same answer.
 */
import type { Sentence } from '../../manuscript/model.js';
import { cachedSplit, gateFor, gateLiterals, gatePasses, isLastResort, literalsFor, prefilterState, requiredLiterals, type Gate } from './prefilter.js';

export class Pattern {
  readonly re: RegExp;
  private main: RegExp | null;
  private rest: RegExp | null;
  private split = false;
  /** the gates of `re` and of `main`, looked up once (undefined: not yet) */
  private reGate: Gate | null | undefined = undefined;
  private mainGate: Gate | null = null;
  private restGate: Gate | null = null;

  constructor(re: RegExp) {
    this.re = re;
    this.main = re;
    this.rest = null;
  }

  /** The literals one of which every match contains (lower case, normalised), or null when none can be named. */
  get literals(): string[] | null {
    return literalsFor(this.re);
  }

  /** False only when the pattern certainly cannot match the sentence. */
  mightMatch(s: Sentence): boolean {
    if (!prefilterState.enabled) return true;
    let g = this.reGate;
    if (g === undefined) g = this.reGate = gateFor(this.re);
    return g === null || gatePasses(s, g);
  }

  /** `re.test(s.text)`, skipping the sentences (or the alternatives) that the prefilter rules out. */
  test(s: Sentence): boolean {
    if (!prefilterState.enabled) return this.testText(s.text);
    if (!this.split) this.splitOnce();
    const rest = this.rest;
    if (rest && (this.restGate === null || gatePasses(s, this.restGate)) && this.testRe(rest, s.text)) return true;
    const main = this.main;
    if (main === null) return false;
    const g = this.mainGate;
    if (g !== null && !gatePasses(s, g)) return false;
    return this.testRe(main, s.text);
  }

  /** `re.exec(s.text)` when the sentence may match, else null. */
  exec(s: Sentence): RegExpExecArray | null {
    if (!this.mightMatch(s)) return null;
    this.re.lastIndex = 0;
    return this.re.exec(s.text);
  }

  /** The plain test on any text (a sub-string of a sentence, a heading). */
  testText(text: string): boolean {
    return this.testRe(this.re, text);
  }

  private testRe(re: RegExp, text: string): boolean {
    re.lastIndex = 0;
    return re.test(text);
  }

  private splitOnce(): void {
    this.split = true;
    const re = this.re;
    const g = gateFor(re);
    this.mainGate = g;
    // a gate of full literals says it all; one that needs a last-resort literal would open for the whole pattern
    // where only the alternatives that need it can match
    if ((g !== null && !g.literals.some(isLastResort)) || re.global || re.sticky) return;
    const parts = cachedSplit(re, () => splitByLiterals(re));
    if (parts) {
      this.main = new RegExp(parts[0]!, re.flags);
      this.rest = new RegExp(parts[1]!, re.flags);
      this.mainGate = gateFor(this.main);
      this.restGate = gateFor(this.rest);
    }
  }
}

/** The top-level alternatives of a pattern that name literals, and the rest, as two sources (null: no split). */
function splitByLiterals(re: RegExp): string[] | null {
  const alts = topLevelAlternatives(re.source);
  if (!alts || alts.length < 2) return null;
  const withLit: string[] = [];
  const without: string[] = [];
  for (const a of alts) {
    let lits: string[] | null = null;
    try {
      lits = requiredLiterals(new RegExp(a, re.flags), { lastResort: false });
    } catch {
      lits = null;
    }
    (gateLiterals(lits) ? withLit : without).push(a);
  }
  return withLit.length && without.length ? [withLit.join('|'), without.join('|')] : null;
}

const patterns = new WeakMap<RegExp, Pattern>();

/** The Pattern of a regular expression (one per RegExp object, compiled on first use). */
export function pattern(re: RegExp | Pattern): Pattern {
  if (re instanceof Pattern) return re;
  let p = patterns.get(re);
  if (!p) {
    p = new Pattern(re);
    patterns.set(re, p);
  }
  return p;
}

/** The top-level alternatives of a pattern source (null if it uses back-references, which splitting would break). */
export function topLevelAlternatives(source: string): string[] | null {
  if (/\\[1-9]|\\k</.test(source)) return null;
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(source.slice(start, i));
      start = i + 1;
    }
  }
  out.push(source.slice(start));
  return out;
}

const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A case-insensitive pattern for a list of words or phrases, each matched whole (`words('Zenodo', 'Figshare')`).
 * A trailing `*` on an entry allows any word ending (`words('validat*')`); spaces match a space or a hyphen.
 */
export function words(...list: string[]): RegExp {
  const alts = list.map((w) => {
    const star = w.endsWith('*');
    const body = escape(star ? w.slice(0, -1) : w).replace(/ /g, '[- ]');
    return star ? `${body}\\w*` : `${body}\\b`;
  });
  return new RegExp(`\\b(?:${alts.join('|')})`, 'i');
}
