/** What the review screens show, as plain functions: symbols, colours, order, filters, places. */
import type { Evidence } from '../concepts/types.js';
import { formatPosition } from '../manuscript/model.js';
import type { ChecklistResult, ItemVerdict, VerdictStatus } from '../checklists/types.js';
import { activeDecision, finalStatus, type ChecklistReview, type ItemReview } from './review-state.js';

export const STATUS_STYLE: Record<VerdictStatus, { symbol: string; color: string; label: string }> = {
  reported: { symbol: '✔', color: 'green', label: 'reported' },
  partial: { symbol: '◐', color: 'yellow', label: 'partial' },
  missing: { symbol: '✖', color: 'red', label: 'missing' },
  'not-applicable': { symbol: '–', color: 'gray', label: 'not applicable' },
  'needs-review': { symbol: '?', color: 'blue', label: 'needs review' },
};

export type Order = 'guideline' | 'missing-first';
export type Filter = 'all' | 'problems';

export interface Row {
  item: ItemVerdict;
  review: ItemReview | undefined;
  /** the reviewer's status when there is one, else the automatic one */
  status: VerdictStatus;
}

const SEVERITY: Record<VerdictStatus, number> = { missing: 0, partial: 1, 'needs-review': 2, reported: 3, 'not-applicable': 4 };

/** A problem: missing, partial, needs review, or reported as not done. */
export function isProblem(r: Row): boolean {
  return r.status === 'missing' || r.status === 'partial' || r.status === 'needs-review' || (r.status === 'reported' && Boolean(r.item.notDone) && r.status === r.item.status);
}

export function rowsOf(cl: ChecklistResult, review: ChecklistReview | undefined, order: Order, filter: Filter): Row[] {
  let rows = cl.items.map((item) => {
    const r = review?.items[item.id];
    return { item, review: r, status: finalStatus(item.status, r) };
  });
  if (filter === 'problems') rows = rows.filter(isProblem);
  if (order === 'missing-first') rows = rows.map((r, i) => ({ r, i })).sort((a, b) => SEVERITY[a.r.status] - SEVERITY[b.r.status] || a.i - b.i).map((x) => x.r);
  return rows;
}

/** line:col for text formats, p3:12 for PDF, ¶14 for Word. */
export function evidencePlace(e: Evidence): string {
  return formatPosition(e);
}

export function countsLine(cl: ChecklistResult, review: ChecklistReview | undefined): string {
  const c: Record<VerdictStatus, number> = { reported: 0, partial: 0, missing: 0, 'not-applicable': 0, 'needs-review': 0 };
  let decided = 0;
  for (const it of cl.items) {
    const r = review?.items[it.id];
    c[finalStatus(it.status, r)]++;
    if (activeDecision(r)) decided++;
  }
  return `${c.reported} reported, ${c.partial} partial, ${c.missing} missing, ${c['not-applicable']} n/a, ${c['needs-review']} need review · ${decided}/${cl.items.length} decided`;
}
