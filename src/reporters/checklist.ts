/**
 * The completed checklist journals ask authors to upload: per file, a Markdown document; per checklist, a table in
 * the guideline's item order saying where each item is reported, with a short quote of the evidence.
 *
 * With a decisions overlay (`review --export md`), the reviewer's decisions and notes are applied on top of the
 * automatic verdicts: the table shows the automatic status, the reviewer's decision and note, and the summary
 * counts the statuses after review.
 */
import type { Evidence } from '../concepts/types.js';
import { formatPosition } from '../manuscript/model.js';
import type { ChecklistResult, ItemVerdict, VerdictStatus } from '../checklists/types.js';
import type { CheckResult, FileResult } from '../engine/types.js';
import { clip } from './stylish.js';

/** A reviewer's decision on one item, as the overlay gives it. */
export interface ItemDecision {
  /** the status after review (the override, or the automatic verdict) */
  status: VerdictStatus;
  /** how the reviewer decided; absent when they did not (or only wrote a note) */
  decided?: 'accepted' | 'override';
  note?: string;
}

/** Decisions applied on top of the automatic verdicts. */
export interface DecisionsOverlay {
  /** the "Completed by" line of the header */
  completedBy: string;
  decision(checklist: string, item: ItemVerdict): ItemDecision;
}

export interface ChecklistReportOptions {
  /** the date in the header (default: today); fixed in tests */
  date?: Date | string;
  overlay?: DecisionsOverlay;
}

/** Status in the words a checklist form uses, in the order the summary lists them. */
export const STATUS_WORDS = ['Yes', 'Partly', 'No', 'Not found — check', 'Not applicable', 'Check by hand', 'Reported as not done'] as const;
export type StatusWord = (typeof STATUS_WORDS)[number];

export function statusWord(it: ItemVerdict): StatusWord {
  switch (it.status) {
    case 'reported':
      return it.notDone ? 'Reported as not done' : 'Yes';
    case 'partial':
      return 'Partly';
    case 'missing':
      return it.candidate ? 'Not found — check' : 'No';
    case 'not-applicable':
      return 'Not applicable';
    case 'needs-review':
      return 'Check by hand';
  }
}

/** Where one piece of evidence is: "line 61", "p3:12" (PDF), "¶14" (Word); another file's evidence names it. */
export function evidenceLocation(e: Evidence, path?: string): string {
  // page and paragraph places as everywhere else; a text position reads better as "line 61" in a checklist
  const at = e.page === undefined && e.paragraph === undefined && e.line !== undefined ? `line ${e.line}` : formatPosition(e);
  if (e.file && path && e.file !== path) return at ? `${e.file} ${at}` : e.file;
  return at;
}

/** Every distinct place of an item's evidence, in reading order (this file first); "—" if there is none. */
export function reportedOn(it: ItemVerdict, path?: string): string {
  const key = (e: Evidence) => [e.file && path && e.file !== path ? 1 : 0, e.page ?? 0, e.paragraph ?? 0, e.line ?? 0, e.column ?? 0];
  const order = (a: Evidence, b: Evidence) => {
    const ka = key(a);
    const kb = key(b);
    for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i]! - kb[i]!;
    return (a.file ?? '').localeCompare(b.file ?? '');
  };
  const seen = new Set<string>();
  for (const e of [...it.evidence].sort(order)) {
    const at = evidenceLocation(e, path);
    if (at) seen.add(at);
  }
  return seen.size ? [...seen].join('; ') : '—';
}

/** A table cell: one line, pipes and backslashes escaped (GFM). */
function cell(s: string): string {
  return s.replace(/\s+/g, ' ').trim().replace(/\\/g, '\\\\').replace(/\|/g, '\\|');
}

function isoDate(d: Date | string | undefined): string {
  if (typeof d === 'string') return d;
  return (d ?? new Date()).toISOString().slice(0, 10);
}

/** The status word of an item after review: "Reported as not done" only while the status is the automatic one. */
function reviewedWord(it: ItemVerdict, d: ItemDecision): StatusWord {
  return statusWord({ ...it, status: d.status, notDone: d.status === it.status ? it.notDone : false });
}

export function checklistTable(cl: ChecklistResult, path?: string, overlay?: DecisionsOverlay): string[] {
  if (overlay) return reviewedTable(cl, overlay, path);
  const out = ['| Section | Item | Topic | Reported on | Status | Evidence |', '|---|---|---|---|---|---|'];
  for (const it of cl.items) {
    const ev = it.evidence[0];
    const c = it.candidate;
    // a candidate is not evidence: it is quoted with its place, for the author to confirm
    const quote = ev ? `“${clip(ev.text.replace(/\s+/g, ' ').trim(), 120)}”` : c ? `check ${evidenceLocation(c, path) || 'this'}: “${clip(c.text.replace(/\s+/g, ' ').trim(), 120)}”` : '';
    out.push(`| ${cell(it.section)} | ${cell(it.id)} | ${cell(it.topic)} | ${cell(reportedOn(it, path))} | ${statusWord(it)} | ${cell(quote)} |`);
  }
  return out;
}

function reviewedTable(cl: ChecklistResult, overlay: DecisionsOverlay, path?: string): string[] {
  const out = ['| Section | Item | Topic | Reported on | Automatic | Reviewer | Note |', '|---|---|---|---|---|---|---|'];
  for (const it of cl.items) {
    const d = overlay.decision(cl.id, it);
    const w = reviewedWord(it, d);
    const reviewer = !d.decided ? '—' : d.decided === 'accepted' ? `${w} (accepted)` : `**${w}** (override)`;
    out.push(`| ${cell(it.section)} | ${cell(it.id)} | ${cell(it.topic)} | ${cell(reportedOn(it, path))} | ${statusWord(it)} | ${reviewer} | ${cell(d.note ?? '')} |`);
  }
  return out;
}

/**
 * "11 Yes, 1 Partly, 28 No, 4 Not applicable (44 items)": every status word that occurs, in form order; with an
 * overlay, the statuses after review and how many items the reviewer decided.
 */
export function summaryLine(cl: ChecklistResult, overlay?: DecisionsOverlay): string {
  const counts = new Map<StatusWord, number>();
  let decided = 0;
  for (const it of cl.items) {
    const d = overlay?.decision(cl.id, it);
    if (d?.decided) decided++;
    const w = d ? reviewedWord(it, d) : statusWord(it);
    counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  const parts = STATUS_WORDS.filter((w) => counts.get(w)).map((w) => `${counts.get(w)} ${w}`);
  const items = `${cl.items.length} item${cl.items.length === 1 ? '' : 's'}`;
  return `${parts.join(', ')} (${overlay ? `${items}; ${decided} decided by the reviewer` : items})`;
}

function fileDocument(file: FileResult, result: CheckResult, date: string, overlay?: DecisionsOverlay): string[] {
  const name = file.title?.trim() || file.path;
  const out = [`# Reporting checklist: ${name}`, ''];
  out.push(`- **Manuscript:** ${file.title?.trim() ? `${file.title.trim()} (\`${file.path}\`)` : `\`${file.path}\``}`);
  out.push(`- **Checklist${file.checklists.length === 1 ? '' : 's'}:** ${file.checklists.length ? file.checklists.map((c) => c.name).join('; ') : 'none'}`);
  out.push(`- **Date:** ${date}`);
  out.push(`- **Completed by:** ${overlay ? overlay.completedBy : `reportlint ${result.version} (automatic assessment)`}`);
  for (const w of file.warnings) out.push(`- **Warning:** ${w}`);
  for (const cl of file.checklists) {
    out.push('', `## ${cl.name}`, '');
    out.push(`- **Checklist id:** \`${cl.id}\``);
    const doi = cl.doi ? `[doi:${cl.doi}](https://doi.org/${cl.doi})` : '';
    if (cl.citation || doi) out.push(`- **Citation:** ${[cl.citation, doi].filter(Boolean).join(' ')}`);
    if (cl.url) out.push(`- **URL:** <${cl.url}>`);
    out.push('', ...checklistTable(cl, file.path, overlay), '', `**Summary${overlay ? ' (after review)' : ''}:** ${summaryLine(cl, overlay)}.`);
  }
  out.push(
    '',
    overlay
      ? `> "Automatic" is the assessment by reportlint ${result.version}; "Reviewer" is the reviewer's decision where they made one.`
      : `> The status of each item is an automatic assessment by reportlint ${result.version}: check every row against the manuscript, and correct the "Reported on" places, before you submit this checklist.`,
  );
  return out;
}

export function checklist(result: CheckResult, opts: ChecklistReportOptions = {}): string {
  const date = isoDate(opts.date);
  return result.files.map((f) => fileDocument(f, result, date, opts.overlay).join('\n') + '\n').join('\n---\n\n');
}
