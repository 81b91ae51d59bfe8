/**
 * "Did you mean …": the one typo suggestion for unknown keys, enum values, concept keys and checklist ids,
 * by edit distance (`leven`).
 */
import leven from 'leven';

const normalize = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * The candidate closest to `input` when it is close enough to be a likely typo: the same word up to case and
 * punctuation (`source_section` → `sourceSection`), or at most one edit per three characters (at least one).
 * Ties go to the earlier candidate.
 */
export function didYouMean(input: string, candidates: Iterable<string>): string | undefined {
  const norm = normalize(input);
  const lower = input.toLowerCase();
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    if (c === input) continue;
    if (norm !== '' && normalize(c) === norm) return c;
    const d = leven(lower, c.toLowerCase());
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  return best !== undefined && bestD <= Math.max(1, Math.floor(input.length / 3)) ? best : undefined;
}

/** ` (did you mean "x"?)` for the closest candidate, or '' when none is close. */
export function didYouMeanHint(input: string, candidates: Iterable<string>): string {
  const near = didYouMean(input, candidates);
  return near === undefined ? '' : ` (did you mean ${JSON.stringify(near)}?)`;
}
