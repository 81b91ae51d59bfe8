import type { Manuscript, Position, Sentence } from '../manuscript/model.js';

export type FindingStatus = 'reported' | 'partial' | 'missing';

/**
 * Study facts that some concepts (and some checklist items) take for granted: the study trains a model; a test
 * was performed on participants for it; the model is a network trained from initial weights (not a regression or
 * tree ensemble fitted from scratch); the model outputs a class or diagnosis (not only a segmentation mask).
 */
export const PRESUPPOSITIONS = ['model_training', 'prospective_testing', 'network_training', 'class_output'] as const;
export type Presupposition = (typeof PRESUPPOSITIONS)[number];


export interface Evidence {
  text: string;
  line?: number;
  column?: number;
  page?: number;
  paragraph?: number;
  /** with `paragraph` (Word): the paragraph's number within its section, counting from the one after the heading */
  sectionParagraph?: number;
  file?: string;
  /** section path joined with " > " */
  section: string;
  /** id of the rule that matched */
  rule: string;
  /** the sentence says the thing was not done / not available */
  notDone?: boolean;
}

export interface Finding {
  concept: string;
  status: FindingStatus;
  /** headline value from the vocabulary in concepts.md, or a short free value */
  value?: string;
  /** extracted details (counts, URLs, names) */
  details?: Record<string, unknown>;
  /** the manuscript says it was not done / not available */
  notDone?: boolean;
  /** the "not done" answer is a complete report (no funding, no competing interests), not a warning */
  noneDeclared?: boolean;
  /** for a missing finding: the closest sentence, below the threshold but near it ("not found — check") */
  candidate?: Evidence;
  /**
   * for a missing finding: the item is answered in part although the concept, as defined, is not reported (counts
   * at one selection stage for a participant-flow item): items made of this concept are partial with this reason
   * and evidence, not missing
   */
  itemPartial?: { reason: string; evidence: Evidence[] };
  /** found only in the abstract: complete for items that accept the title or the abstract */
  onlyIn?: 'abstract';
  evidence: Evidence[];
  /** 0..1 */
  confidence: number;
  /** the rule that decided the status */
  rule: string;
  /** why, in one sentence (for --explain) */
  reason?: string;
}

export interface DetectContext {
  ms: Manuscript;
}


export function evidenceOf(s: Sentence, rule: string, notDone?: boolean): Evidence {
  const p: Position = s.start;
  const e: Evidence = { text: s.text, section: s.section.path.join(' > ') || s.section.kind, rule };
  if (p.line !== undefined) e.line = p.line;
  if (p.column !== undefined) e.column = p.column;
  if (p.page !== undefined) e.page = p.page;
  if (p.paragraph !== undefined) {
    e.paragraph = p.paragraph;
    if (s.section.startBlock !== undefined) e.sectionParagraph = s.blockIndex - s.section.startBlock;
  }
  if (p.file !== undefined) e.file = p.file;
  if (notDone) e.notDone = true;
  return e;
}
