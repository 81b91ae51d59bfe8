/**
 * A concept's home section: a Methods section whose heading the rule of a cited sentence matches ("Manual annotation
 * of the organs" when a sentence was cited for "manual annotations", "Leave-one-out cross-validation" when one was
 * cited for cross-validation). The cited sentence often mentions the thing only in passing, in another part of the
 * paper; the section so headed is where the manuscript says how it was done. Its first statement (not a table row,
 * a caption or a legend without a verb) is cited first. Evidence order only: the status, the value and the other
 * evidence stay; a finding reported as not done keeps its sentences.
 */
import type { Manuscript, Section, Sentence } from '../../manuscript/model.js';
import { normaliseHeading } from '../../manuscript/sections.js';
import { evidenceOf, type Finding } from '../types.js';
import { VERBISH, type ConceptSpec, type CueRule } from './spec.js';

/** a figure's panel legend or a pointer to a figure or table ("(a) Raw scan before correction.", "Figure 2 shows ...") */
const LEGEND = /^\s*(?:\(?[a-h]\)|(?:Fig(?:ure)?|Table)\.?\s*S?\d)/i;

/** the first statement of a section: prose, more than a few words, with a verb, not a legend */
function firstSentence(sec: Section, bySection: Sentence[][]): Sentence | undefined {
  return bySection[sec.index]?.find((s) => s.text.length > 30 && s.block !== 'table' && s.block !== 'caption' && VERBISH.test(s.text) && !LEGEND.test(s.text));
}

/** Does this rule head the section (it matches the heading, and the heading is not one of its traps)? */
function heads(rule: CueRule, heading: string): boolean {
  if (rule.unless?.test(heading)) return false;
  rule.re.lastIndex = 0;
  return rule.re.test(heading);
}

interface Candidate {
  heading: string;
  /** the section path as evidence names it */
  path: string;
  first: Sentence;
}

/** The Methods sections that have a first statement, computed once per manuscript. */
const candidatesOf = new WeakMap<Manuscript, Candidate[]>();
function candidates(ms: Manuscript, bySection: Sentence[][]): Candidate[] {
  let c = candidatesOf.get(ms);
  if (c) return c;
  c = [];
  for (const sec of ms.sections) {
    if (sec.kind !== 'methods' || !normaliseHeading(sec.heading)) continue;
    const first = firstSentence(sec, bySection);
    if (first) c.push({ heading: sec.heading, path: sec.path.join(' > ') || sec.kind, first });
  }
  candidatesOf.set(ms, c);
  return c;
}

/**
 * The finding with the first sentence of the concept's home section cited first, when there is such a section and
 * no cited sentence is already in it.
 */
export function homeFirst(spec: ConceptSpec, ms: Manuscript, f: Finding, bySection: Sentence[][]): Finding {
  if (f.status === 'missing' || f.notDone || !f.evidence.length) return f;
  const cands = candidates(ms, bySection);
  if (!cands.length) return f;
  // the rules of the cited sentences, each once
  const rules: CueRule[] = [];
  for (const e of f.evidence) {
    const rule = spec.rules.find((r) => r.id === e.rule);
    if (rule && !rules.includes(rule)) rules.push(rule);
  }
  const citedIn = new Set(f.evidence.map((e) => e.section));
  for (const c of cands) {
    if (citedIn.has(c.path)) continue;
    const rule = rules.find((r) => heads(r, c.heading));
    if (!rule || (spec.traps && spec.traps.some((t) => t.test(c.first.text)))) continue;
    const evidence = [evidenceOf(c.first, rule.id), ...f.evidence].slice(0, spec.maxEvidence ?? 3);
    return { ...f, evidence };
  }
  return f;
}
