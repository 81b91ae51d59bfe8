/**
 * The review state file (`<file>.review.json`), defined once with zod: the types the review uses are inferred
 * from it, and a saved file is checked against it when loaded. Version 1 only grows by optional fields, so a
 * file saved by an earlier reportlint still loads (its items simply have no corrections).
 */
import { z } from 'zod';

const VERDICT_STATUSES = ['reported', 'partial', 'missing', 'not-applicable', 'needs-review'] as const;

/** What a reviewer can decide: accept the automatic verdict, or override it with a status of their own. */
export const DECISIONS = ['accepted', 'reported', 'partial', 'missing', 'not-applicable'] as const;

const count = () => z.number().int().nonnegative().optional();

/** A sentence of the manuscript the reviewer chose as evidence: its text and its place, as the reader gave it. */
export const pickedEvidenceSchema = z.object({
  text: z.string(),
  /** section path joined with " > " */
  section: z.string(),
  line: count(),
  column: count(),
  page: count(),
  paragraph: count(),
  /** with `paragraph` (Word): its number within its section */
  sectionParagraph: count(),
  file: z.string().optional(),
});

export const itemReviewSchema = z.object({
  /** absent when the reviewer only wrote a note or corrected the evidence */
  decision: z.enum(DECISIONS).optional(),
  /** the automatic verdict when the decision was taken (to notice a changed verdict later) */
  automatic: z.enum(VERDICT_STATUSES).optional(),
  note: z.string().optional(),
  /**
   * keys (sentenceKey) of the item's evidence sentences when the decision was taken: on a changed manuscript
   * the decision is kept when they are all still there (or, without evidence, when the item still has none)
   */
  evidence: z.array(z.string()).optional(),
  /** the manuscript changed and this decision's evidence did too: shown, not applied, until decided again */
  stale: z.boolean().optional(),
  /** keys (sentenceKey) of automatic evidence sentences the reviewer marked as wrong: left out of the export */
  wrong: z.array(z.string()).optional(),
  /** sentences the reviewer picked as the evidence, in the order picked */
  picked: z.array(pickedEvidenceSchema).optional(),
  /** where the item is reported, in the reviewer's words ("p. 4, lines 12–18"): replaces the automatic places */
  reportedOn: z.string().optional(),
  /** ISO time of the last change */
  at: z.string(),
});

/** The file's frame; items are checked one by one (a broken item is dropped, not the whole review). */
export const reviewStateSchema = z.object({
  tool: z.literal('reportlint-review'),
  version: z.literal(1),
  /** the manuscript, as given on the command line */
  file: z.string(),
  /** sha-256 of the manuscript's normalised sentence texts (absent in files saved before it was recorded) */
  manuscript: z.string().optional(),
  checklists: z.record(
    z.string(),
    z.object({
      /** hash of the checklist's item ids in order: decisions are dropped when the checklist changed */
      fingerprint: z.string(),
      items: z.record(z.string(), z.unknown()).default({}),
    }),
  ),
});

export type Decision = (typeof DECISIONS)[number];
export type PickedEvidence = z.infer<typeof pickedEvidenceSchema>;
export type ItemReview = z.infer<typeof itemReviewSchema>;
