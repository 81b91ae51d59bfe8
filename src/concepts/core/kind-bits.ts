/**
 * Section kinds as bit flags, for the rule masks of the scoring loop (spec.ts), and the section weight of a sentence
 * in an appendix classified by its own title (src/manuscript/appendix.ts).
 */
import type { SectionKind } from '../../manuscript/model.js';

export const KIND_BIT: Record<SectionKind, number> = {
  title: 1,
  abstract: 2,
  introduction: 4,
  methods: 8,
  results: 16,
  discussion: 32,
  declarations: 64,
  references: 128,
  other: 256,
};
export const ALL_KINDS = 511;

/**
 * An appendix classified by its title was of no kind before: the rules kept to sections of unknown kind still count
 * there, at the better of the two weights the rule allows (its kind's, unknown sections').
 */
export function appendixWeight(kinds: number, kind: SectionKind, sw: Record<SectionKind, number>): number {
  const own = kinds & KIND_BIT[kind] ? (sw[kind] ?? 1) : 0;
  return kinds & KIND_BIT.other ? Math.max(own, sw.other ?? 1) : own;
}
