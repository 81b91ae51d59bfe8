/**
 * Shared pieces for the data-handling, model and evaluation detectors (modelling family).
 */
import type { CueRule } from '../core/spec.js';

/**
 * Capability descriptions of a tool or method rather than statements of what was done ("Cropping can be applied",
 * "Available architectures include ...", "the toolbox offers multiple losses"). Software papers and method
 * descriptions are full of them; they keep only part of their score.
 */
export const CAPABILITY =
  /\b(?:can|could|might)\s+(?:also\s+|easily\s+|optionally\s+|then\s+|further\s+)?(?:be\s+)?[a-z]+|\bit is (?:also )?possible to\b|\ballows? (?:one |users? |the user )?to\b|\b(?:tools?|modules?|functions?|features?|options?|models?) (?:are|is) (?:also )?(?:included|available|provided)\b|\bha(?:s|ve) (?:a|an) (?:module|function|option|tool|feature)s? (?:to|for|that)\b|\b(?:also )?includes (?:all|multiple|various|several|many|numerous|pre-?trained|tools|tutorials|APIs|modules?|functions|options)\b|\bavailable (?:architectures|models|methods|options|loss(?:es| functions)|metrics|tools|features)\b|\b(?:includes|offers|supports|features|provides) (?:all|multiple|various|several|many|numerous|a (?:wide|large|broad) (?:range|variety))\b|\busers?\b/i;

/** Concise rule constructor. */
export function cue(id: string, re: RegExp, weight: number, opts: Partial<CueRule> = {}): CueRule {
  return { id, re, weight, ...opts };
}

/** Number words that authors write out ("two radiologists", "five-fold"). */
export const NUM_WORD =
  '(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)';

const WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fifteen: 15, twenty: 20, single: 1,
};

/** "1,200" / "1 200" / "five" → number */
export function toNumber(s: string): number | undefined {
  const t = s.trim().toLowerCase().replace(/[,\u202f\u2009 ](?=\d{3}\b)/g, '');
  if (/^\d+(?:\.\d+)?$/.test(t)) return Number(t);
  return WORDS[t];
}

/** Collect unique strings in first-seen order. */
export function pushUnique(arr: string[], v: string): void {
  if (!arr.some((x) => x.toLowerCase() === v.toLowerCase())) arr.push(v);
}

/** Checklist instructions addressed to other authors ("Describe the ...", "Report ..."), e.g. in guideline papers. */
export const INSTRUCTION =
  /(?:^|\|)\s*(?:\d+[a-z]?\.?\s*\|?\s*)?(?:describe|state|report|present|give|specify|indicate|provide|explain|list|summari[sz]e|identify|include|discuss|define|clarify)\b|\bif (?:done|applicable|relevant)\b|\b(?:present|describe|report|give|state|specify),\s/i;

/** General background statements ("ground truth labels are often scarce", "X is increasingly used"). */
export const GENERIC =
  /\b(?:are|is) (?:often|usually|typically|generally|increasingly|commonly|frequently|rarely|traditionally)\b|\b(?:often|usually|typically|commonly) (?:are|is|require)\b|\b(?:is|are) (?:needed|lacking|scarce)\b|\b(?:provides|offers) an? (?:\w+ ){0,2}(?:approach|method|way|means) (?:to|for)\b/i;

/**
 * What the authors did in their own earlier studies ("In our earlier published work [22], we employ ...") is other
 * work; "as in our previous work, we ..." and "results from our previous work" still describe this study.
 */
export const OWN_EARLIER = /(?<!\bas )\bin (?:our|the authors'?) (?:earlier|previous|prior|past) (?:published )?(?:work|stud(?:y|ies)|papers?|reports?|publications?|research)\b/i;

/** Counterfactual remarks ("which would lower specificity were we to use ..."). */
export const COUNTERFACTUAL = /\bwere we to\b|\bif we (?:were|had)\b|\bwould (?:negatively |positively |adversely )?(?:impact|affect|lower|raise|increase|decrease|improve|reduce|hurt)\b/i;

/** Soft traps applied to every concept of this family. */
export const FAMILY_DAMP = [
  { re: COUNTERFACTUAL, factor: 0.6 },
  { re: CAPABILITY, factor: 0.5 },
  { re: INSTRUCTION, factor: 0.3 },
  { re: GENERIC, factor: 0.5 },
];
