/**
 * `reportlint review <file> --export md`: the completed checklist with the reviewer's decisions and notes. This
 * is the checklist reporter (src/reporters/checklist.ts) with the review state as its decisions overlay.
 */
import { SCHEMA_VERSION, type CheckResult, type FileResult } from '../engine/types.js';
import { checklist, type DecisionsOverlay } from '../reporters/checklist.js';
import { toolVersion } from '../version.js';
import { activeDecision, finalStatus, type ReviewState } from './review-state.js';

export interface ExportOptions {
  /** the date in the header (default: today); fixed in tests */
  date?: string;
  version?: string;
}

/** The review state as decisions on top of the automatic verdicts. */
export function reviewOverlay(state: ReviewState, version?: string): DecisionsOverlay {
  return {
    completedBy: `reviewer, starting from reportlint${version ? ` ${version}` : ''}'s automatic assessment`,
    decision(checklistId, item) {
      const r = state.checklists[checklistId]?.items[item.id];
      const d = activeDecision(r);
      const decided = !d ? undefined : d === 'accepted' ? 'accepted' : 'override';
      return { status: finalStatus(item.status, r), ...(decided ? { decided } : {}), ...(r?.note ? { note: r.note } : {}) };
    },
  };
}

export function exportMarkdown(file: FileResult, state: ReviewState, opts: ExportOptions = {}): string {
  const version = opts.version ?? toolVersion();
  const result: CheckResult = { tool: 'reportlint', version, schemaVersion: SCHEMA_VERSION, files: [file] };
  return checklist(result, { ...(opts.date ? { date: opts.date } : {}), overlay: reviewOverlay(state, opts.version) });
}
