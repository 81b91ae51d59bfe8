/**
 * Shared pieces for the data-handling, model and evaluation detectors (modelling family).
 */
import type { CueRule } from './framework.js';

/**
 * Capability descriptions of a tool or method rather than statements of what was done ("Cropping can be applied",
 * "Available architectures include ...", "the toolbox offers multiple losses"). Software papers and method
 * descriptions are full of them; they keep only part of their score.
 */
export const CAPABILITY =
  /\b(?:can|could|might)\s+(?:also\s+|easily\s+|optionally\s+|then\s+|further\s+)?(?:be\s+)?[a-z]+|\bit is possible to\b|\bavailable (?:architectures|models|methods|options|loss(?:es| functions)|metrics|tools|features)\b|\b(?:includes|offers|supports|features|provides) (?:all|multiple|various|several|many|numerous|a (?:wide|large|broad) (?:range|variety))\b|\busers?\b/i;

export const CAPABILITY_DAMP = { re: CAPABILITY, factor: 0.5 };

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
  /^\s*(?:\d+[a-z]?\.?\s+)?(?:describe|state|report|present|give|specify|indicate|provide|explain|list|summari[sz]e|identify|include|discuss|define|clarify)\b/i;

/** General background statements ("ground truth labels are often scarce", "X is increasingly used"). */
export const GENERIC =
  /\b(?:are|is) (?:often|usually|typically|generally|increasingly|commonly|frequently|rarely|traditionally)\b|\b(?:often|usually|typically|commonly) (?:are|is|require)\b/i;

/** Soft traps applied to every concept of this family. */
export const FAMILY_DAMP = [
  { re: CAPABILITY, factor: 0.5 },
  { re: INSTRUCTION, factor: 0.3 },
  { re: GENERIC, factor: 0.5 },
];
