/**
 * The completed checklist as data, one document per file: facts about the manuscript, per checklist its rows
 * (where each item is reported, its status, the evidence) and summary. The Markdown, CSV and Word reporters
 * (checklist.ts, checklist-csv.ts, checklist-docx.ts) only lay this out, so `check -f checklist*` and
 * `review --export` say the same things.
 *
 * With a decisions overlay (`review --export`), the reviewer's decisions, notes, corrected evidence and "reported
 * on" places are applied on top of the automatic verdicts.
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
  /** the evidence after the reviewer's corrections (sentences marked wrong left out, sentences picked added) */
  evidence?: Evidence[];
  /** the reviewer's "reported on" place, replacing the places of the evidence */
  reportedOn?: string;
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
const STATUS_WORDS = ['Yes', 'Partly', 'No', 'Not found — check', 'Not applicable', 'Check by hand', 'Reported as not done'] as const;
type StatusWord = (typeof STATUS_WORDS)[number];

export function statusWord(it: Pick<ItemVerdict, 'status' | 'notDone' | 'candidate'>): StatusWord {
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

/** The innermost heading of an evidence's section path ("Materials and Methods > Data" → "Data"). */
function sectionName(e: Evidence): string {
  const leaf = e.section.split(' > ').pop()!.trim();
  // the part before the first heading has no name of its own: its kind ("other") is not one
  return leaf === 'other' && !e.section.includes(' > ') ? 'Before the first heading' : leaf;
}

/**
 * Where one piece of evidence is, as a journal's checklist form asks for it: "line 61" (text formats, with line
 * numbers), "page 3, line 12" (PDF), "Methods, ¶4" (Word: the paragraph counted within its section, as there are no
 * lines or pages in a .docx until Word lays it out); another file's evidence names that file.
 */
export function evidenceLocation(e: Evidence, path?: string): string {
  let at: string;
  if (e.page !== undefined) at = e.line !== undefined ? `page ${e.page}, line ${e.line}` : `page ${e.page}`;
  else if (e.paragraph !== undefined) {
    const name = sectionName(e);
    if (name === 'Title') at = 'Title';
    // evidence from an older result without the count within the section: the document's paragraph, said in full
    else at = e.sectionParagraph !== undefined ? `${name}, ¶${e.sectionParagraph}` : `${name}, paragraph ${e.paragraph} of the document`;
  } else at = e.line !== undefined ? `line ${e.line}` : formatPosition(e);
  if (e.file && path && e.file !== path) return at ? `${e.file} ${at}` : e.file;
  return at;
}

/** Every distinct place of an item's evidence, in reading order (this file first); "—" if there is none. */
export function reportedOn(it: Pick<ItemVerdict, 'evidence'>, path?: string): string {
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

/** One row of the table, as plain text (each layout escapes and styles it). */
export interface ChecklistRow {
  section: string;
  item: string;
  topic: string;
  reportedOn: string;
  /** the automatic status */
  status: StatusWord;
  /** with an overlay: the reviewer's status word and how they decided it (absent: not decided) */
  reviewer?: { word: StatusWord; how: 'accepted' | 'override' };
  note?: string;
  /** a short quote of the first evidence sentence (without quotation marks), '' when there is none */
  evidence: string;
  /** for "Not found — check": the candidate sentence's place and a short quote, for the author to confirm */
  candidate?: { at: string; text: string };
}

/** The status word of an item after review: "Reported as not done" only while the status is the automatic one. */
function reviewedWord(it: ItemVerdict, d: ItemDecision): StatusWord {
  const same = d.status === it.status;
  return statusWord({ status: d.status, notDone: same ? it.notDone : false, ...(same && it.candidate ? { candidate: it.candidate } : {}) });
}

export function checklistRows(cl: ChecklistResult, path?: string, overlay?: DecisionsOverlay): ChecklistRow[] {
  return cl.items.map((it) => {
    const d = overlay?.decision(cl.id, it);
    const evidence = d?.evidence ?? it.evidence;
    const first = evidence[0];
    const row: ChecklistRow = {
      section: it.section,
      item: it.id,
      topic: it.topic,
      reportedOn: d?.reportedOn ?? reportedOn({ evidence }, path),
      status: statusWord(it),
      evidence: first ? clip(first.text.replace(/\s+/g, ' ').trim(), 120) : '',
    };
    // a candidate is not evidence: it is quoted with its place, for the author to confirm
    if (!first && it.candidate && !d?.evidence) row.candidate = { at: evidenceLocation(it.candidate, path), text: clip(it.candidate.text.replace(/\s+/g, ' ').trim(), 120) };
    if (d?.decided) row.reviewer = { word: reviewedWord(it, d), how: d.decided };
    if (d?.note) row.note = d.note;
    return row;
  });
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

/** One checklist's part of the document. */
export interface ChecklistPart {
  id: string;
  name: string;
  citation?: string;
  doi?: string;
  url?: string;
  rows: ChecklistRow[];
  summary: string;
}

/** The completed checklist of one file. */
export interface ChecklistDocument {
  path: string;
  title?: string;
  checklistNames: string[];
  /** why the checklists are what they are when the study type chose none that fits (the study type's note) */
  studyTypeNote?: string;
  date: string;
  completedBy: string;
  warnings: string[];
  checklists: ChecklistPart[];
  /** the closing remark: how to read the statuses */
  remark: string;
  /** whether the rows carry the reviewer's columns */
  reviewed: boolean;
}

function isoDate(d: Date | string | undefined): string {
  if (typeof d === 'string') return d;
  return (d ?? new Date()).toISOString().slice(0, 10);
}

/** The study type's note (`--checklist auto` found no fitting checklist), when there is one. */
export function studyTypeNote(file: FileResult): string | undefined {
  const note = (file.studyType as { note?: unknown } | null | undefined)?.note;
  return typeof note === 'string' && note ? note : undefined;
}

function fileDocument(file: FileResult, version: string, date: string, overlay?: DecisionsOverlay): ChecklistDocument {
  const title = file.title?.trim();
  const note = studyTypeNote(file);
  return {
    path: file.path,
    ...(title ? { title } : {}),
    checklistNames: file.checklists.map((c) => c.name),
    ...(note ? { studyTypeNote: note } : {}),
    date,
    completedBy: overlay ? overlay.completedBy : `reportlint ${version} (automatic assessment)`,
    warnings: file.warnings,
    checklists: file.checklists.map((cl) => ({
      id: cl.id,
      name: cl.name,
      ...(cl.citation ? { citation: cl.citation } : {}),
      ...(cl.doi ? { doi: cl.doi } : {}),
      ...(cl.url ? { url: cl.url } : {}),
      rows: checklistRows(cl, file.path, overlay),
      summary: summaryLine(cl, overlay),
    })),
    remark: overlay
      ? `"Automatic" is the assessment by reportlint ${version}; "Reviewer" is the reviewer's decision where they made one.`
      : `The status of each item is an automatic assessment by reportlint ${version}: check every row against the manuscript, and correct the "Reported on" places, before you submit this checklist.`,
    reviewed: Boolean(overlay),
  };
}

export function checklistDocuments(result: CheckResult, opts: ChecklistReportOptions = {}): ChecklistDocument[] {
  const date = isoDate(opts.date);
  return result.files.map((f) => fileDocument(f, result.version, date, opts.overlay));
}

/** The table's column headings. */
export function checklistColumns(reviewed: boolean): string[] {
  return reviewed
    ? ['Section', 'Item', 'Topic', 'Reported on', 'Automatic', 'Reviewer', 'Note', 'Evidence']
    : ['Section', 'Item', 'Topic', 'Reported on', 'Status', 'Evidence'];
}

/** A row's cells in the columns' order, as plain text ("Not applicable (override)", "“quote”"). */
export function rowCells(row: ChecklistRow, reviewed: boolean): string[] {
  const quote = row.evidence ? `“${row.evidence}”` : row.candidate ? `check ${row.candidate.at || 'this'}: “${row.candidate.text}”` : '';
  if (!reviewed) return [row.section, row.item, row.topic, row.reportedOn, row.status, quote];
  const reviewer = row.reviewer ? `${row.reviewer.word} (${row.reviewer.how})` : '—';
  return [row.section, row.item, row.topic, row.reportedOn, row.status, reviewer, row.note ?? '', quote];
}
