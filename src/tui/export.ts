/**
 * `reportlint review <file> --export md|csv|docx`: the completed checklist with the reviewer's decisions, notes,
 * corrected evidence and "reported on" places. These are the checklist reporters of `check -f checklist`,
 * `checklist-csv` and `checklist-docx` (src/reporters/), run with the review state as their decisions overlay.
 */
import type { DecisionsOverlay } from '../reporters/checklist-model.js';
import { REPORTERS } from '../reporters/index.js';
import { SCHEMA_VERSION, type CheckResult, type FileResult } from '../engine/types.js';
import { toolVersion } from '../version.js';
import { correctedEvidence, isCorrectedEvidence } from './corrections.js';
import { activeDecision, finalStatus, type ReviewState } from './review-state.js';

/** `--export` choices and the reporter each runs. */
export const EXPORT_FORMATS = { md: 'checklist', csv: 'checklist-csv', docx: 'checklist-docx' } as const;
export type ExportFormat = keyof typeof EXPORT_FORMATS;

export interface ExportOptions {
  /** the date in the header (default: today); fixed in tests */
  date?: string;
  version?: string;
}

/** The review state as decisions on top of the automatic verdicts. */
function reviewOverlay(state: ReviewState, version?: string): DecisionsOverlay {
  return {
    completedBy: `reviewer, starting from reportlint${version ? ` ${version}` : ''}'s automatic assessment`,
    decision(checklistId, item) {
      const r = state.checklists[checklistId]?.items[item.id];
      const d = activeDecision(r);
      const decided = !d ? undefined : d === 'accepted' ? 'accepted' : 'override';
      return {
        status: finalStatus(item.status, r),
        ...(decided ? { decided } : {}),
        ...(r?.note ? { note: r.note } : {}),
        ...(isCorrectedEvidence(r) ? { evidence: correctedEvidence(item, r) } : {}),
        ...(r?.reportedOn ? { reportedOn: r.reportedOn } : {}),
      };
    },
  };
}

export function exportReview(format: ExportFormat, file: FileResult, state: ReviewState, opts: ExportOptions = {}): string | Uint8Array {
  const version = opts.version ?? toolVersion();
  const result: CheckResult = { tool: 'reportlint', version, schemaVersion: SCHEMA_VERSION, files: [file] };
  return REPORTERS[EXPORT_FORMATS[format]]!(result, { ...(opts.date ? { date: opts.date } : {}), overlay: reviewOverlay(state, opts.version) });
}

export function exportMarkdown(file: FileResult, state: ReviewState, opts: ExportOptions = {}): string {
  return exportReview('md', file, state, opts) as string;
}
