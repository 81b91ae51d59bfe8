/** The audit's data: what one document contributes (a record) and what the corpus adds up to (the report). */
import type { VerdictStatus } from '../checklists/types.js';

export type ConceptStatus = 'reported' | 'partial' | 'missing';

/** What one document contributes to the audit. */
export interface AuditRecord {
  path: string;
  kind: 'manuscript' | 'description';
  title?: string;
  studyType: string;
  year?: number;
  modalities: string[];
  /** status of every concept that can be judged for this kind of document */
  concepts: Record<string, ConceptStatus>;
  /** headline values (data_source, data_partitioning, external_validation, code_availability, data_availability) */
  values: Record<string, string>;
  /** checklist id → item id → verdict */
  items: Record<string, Record<string, VerdictStatus>>;
  /** split shares in percent, where stated (proportions, or computed from counts) */
  split?: { train: number; validation: number; test: number; from: 'proportions' | 'counts' };
}

export interface AuditFailure {
  path: string;
  error: string;
}

export interface ShareRow {
  key: string;
  label?: string;
  /** documents in which it can be judged */
  n: number;
  reported: number;
  partial: number;
  missing: number;
  needsReview?: number;
  notApplicable?: number;
  /** (reported + partial) / (reported + partial + missing) */
  share: number | null;
}

export interface GroupRow {
  group: string;
  n: number;
  externalValidation: number;
  codePublic: number;
  dataShared: number;
}

export interface AuditReport {
  tool: 'reportlint';
  measuredAt: string;
  durationMs: number;
  inputs: string[];
  files: number;
  checked: number;
  manuscripts: number;
  descriptions: number;
  failed: AuditFailure[];
  checklists: Array<{ id: string; name: string; items: ShareRow[] }>;
  concepts: ShareRow[];
  split: { n: number; train: number | null; validation: number | null; test: number | null; withValidation: number };
  externalValidation: { performed: number; notPerformed: number; notStated: number };
  code: { public: number; onRequest: number; notAvailable: number; notStated: number };
  data: { public: number; onRequest: number; restricted: number; withinPaper: number; notAvailable: number; notStated: number };
  byModality: GroupRow[];
  byYear: GroupRow[];
  records?: AuditRecord[];
}

export interface AuditOptions {
  /** "current" (default: the current version of each guideline), "all", "auto" (per document) or ids/files */
  checklists?: string;
  /** worker threads; default: chosen by the batch's size (src/pool `chooseJobs`); 0 = in this process */
  jobs?: number;
  /** called after every file */
  onProgress?: (done: number, total: number, failed: number) => void;
  /** keep the per-document records in the report */
  keepRecords?: boolean;
  /** called with the files found, before any is checked (the CLI refuses an output that is one of them) */
  beforeRun?: (files: string[]) => void;
}
