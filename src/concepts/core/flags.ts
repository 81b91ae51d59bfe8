/**
 * The runner's second check kind: flags. Where a concept spec scores sentences and keeps the best evidence, a flag
 * table says which cues one sentence carries (a design statement, AI vocabulary, a count of people, ...), for
 * classifiers that count cues per zone of a document (the study-type classifier). Rules are data: patterns that
 * must match (`any`; an `all` entry needs each of its patterns and none of its `not` patterns), patterns that must
 * not (`none`), flags the sentence must or must not already carry (rules run in order), whether a sentence about
 * other work is excluded, and a pattern whose matches are removed before testing. Patterns go through the shared
 * prefilter (Pattern), with the same answers as plain regular expressions.
 */
import type { Sentence } from '../../manuscript/model.js';
import { pattern } from './pattern.js';

export type FlagEntry = RegExp | { all: readonly RegExp[]; not?: readonly RegExp[] };

export interface FlagRule<F extends string> {
  flag: F;
  /** one of these must match (absent: no pattern needed) */
  any?: readonly FlagEntry[];
  /** none of these may match */
  none?: readonly FlagEntry[];
  /** flags the sentence must already carry */
  needs?: readonly F[];
  /** flags the sentence must not carry (an "else" branch of an earlier rule) */
  unless?: readonly F[];
  /** not in a sentence about other work */
  ownOnly?: boolean;
  /** test on the text with the matches of this (global) pattern replaced by a space */
  strip?: RegExp;
}

/** Which flags a text (a sentence, or a title) carries; `otherWork` says the sentence is about other work. */
export function flagsOf<F extends string>(rules: readonly FlagRule<F>[], text: string, otherWork: boolean, sentence?: Sentence): Set<F> {
  const out = new Set<F>();
  // rules that strip the same (global, so stateless) pattern share the stripped text: one replace per text
  let stripped: RegExp | undefined;
  let strippedText = text;
  for (const r of rules) {
    if (r.ownOnly && otherWork) continue;
    if (r.needs && !hasEvery(out, r.needs)) continue;
    if (r.unless && hasSome(out, r.unless)) continue;
    if (r.strip && (r.strip !== stripped || !r.strip.global)) {
      stripped = r.strip;
      strippedText = text.replace(r.strip, ' ');
    }
    const t = r.strip ? strippedText : text;
    if (r.any && !someMatches(r.any, t, sentence)) continue;
    if (r.none && someMatches(r.none, t, sentence)) continue;
    out.add(r.flag);
  }
  return out;
}

// loops of their own rather than closures in the loop over rules: a closure there captured the rule's text, and the
// optimised loop allocated a context for it in every iteration
function hasEvery<F>(out: Set<F>, fs: readonly F[]): boolean {
  for (const f of fs) if (!out.has(f)) return false;
  return true;
}
function hasSome<F>(out: Set<F>, fs: readonly F[]): boolean {
  for (const f of fs) if (out.has(f)) return true;
  return false;
}
function someMatches(entries: readonly FlagEntry[], text: string, sentence: Sentence | undefined): boolean {
  for (const e of entries) if (entryMatches(e, text, sentence)) return true;
  return false;
}
function everyHas(res: readonly RegExp[], text: string, sentence: Sentence | undefined): boolean {
  for (const re of res) if (!textHas(re, text, sentence)) return false;
  return true;
}
function someHas(res: readonly RegExp[], text: string, sentence: Sentence | undefined): boolean {
  for (const re of res) if (textHas(re, text, sentence)) return true;
  return false;
}

function entryMatches(e: FlagEntry, text: string, sentence: Sentence | undefined): boolean {
  if (e instanceof RegExp) return textHas(e, text, sentence);
  return everyHas(e.all, text, sentence) && !(e.not != null && someHas(e.not, text, sentence));
}

/** Does a text match a pattern (prefiltered when the text is the sentence's own)? */
export function textHas(re: RegExp, text: string, sentence?: Sentence): boolean {
  if (sentence && text === sentence.text) return pattern(re).test(sentence);
  re.lastIndex = 0;
  return re.test(text);
}
