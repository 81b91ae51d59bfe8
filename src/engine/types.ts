import type { Evidence } from '../concepts/types.js';
import type { ChecklistResult } from '../checklists/types.js';

export interface ConceptResult {
  id: string;
  status: 'reported' | 'partial' | 'missing';
  value: string | null;
  notDone?: boolean;
  details?: Record<string, unknown>;
  confidence: number;
  rule: string;
  reason?: string;
  evidence: Evidence[];
}

export interface StudyTypeResult {
  /** primary class: ai_imaging | prediction_model | diagnostic_accuracy | rct | systematic_review | scoping_review | guideline | observational | software | other */
  type: string;
  /** every class that applies, strongest first */
  types: string[];
  /** bundled checklists that fit */
  checklists: string[];
  /** guidelines that fit but are not bundled (none at present: the table in src/study-type/types.ts lists them) */
  otherGuidelines: string[];
  confidence: number;
  evidence: Evidence[];
  /**
   * type `other` only: the text shows none of the cues of the current checklists (AI, medical imaging, prediction,
   * diagnostic accuracy), so `--checklist auto` does not fall back to them
   */
  outOfScope?: boolean;
}

export interface FileResult {
  path: string;
  format: string;
  title?: string;
  studyType: StudyTypeResult | null;
  concepts: ConceptResult[];
  checklists: ChecklistResult[];
  warnings: string[];
  /**
   * `check paper.md --study study.yaml`: where the manuscript and the study description disagree (additive,
   * present only when a description was combined with a manuscript).
   */
  disagreements?: Disagreement[];
}

/** A concept on which a manuscript and its study description say different things. */
export interface Disagreement {
  concept: string;
  /** what the manuscript says (a value, counts, or null when it says nothing) */
  manuscript: string | null;
  /** what the study description says */
  description: string;
  /** the description field that disagrees, e.g. `split.test` */
  field?: string;
  /** one sentence for humans */
  message: string;
  /** evidence from both sides: manuscript sentences first, then the description fields */
  evidence: Evidence[];
}

/** The JSON contract of `--format json` and of `check()`; bump SCHEMA_VERSION on breaking changes. */
export interface CheckResult {
  tool: 'reportlint';
  version: string;
  schemaVersion: 1;
  files: FileResult[];
}

export const SCHEMA_VERSION = 1 as const;
