/**
 * The reviewer's decisions, kept beside the manuscript (`<file>.review.json`, never the manuscript itself) and
 * loaded again on the next `reportlint review` of the same file. Plain data and file I/O: no ink, no React.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync } from 'node:fs';
import type { ChecklistResult, VerdictStatus } from '../checklists/types.js';
import { checkReadablePath, writeFileAtomic } from '../util/fs.js';
import { itemReviewSchema, reviewStateSchema, type Decision, type ItemReview } from './review-schema.js';

export type { Decision, ItemReview };

/** The order `o` cycles through. */
export const OVERRIDES: readonly Exclude<Decision, 'accepted'>[] = ['reported', 'partial', 'missing', 'not-applicable'];

export interface ChecklistReview {
  /** hash of the checklist's item ids in order: decisions are dropped when the checklist changed */
  fingerprint: string;
  items: Record<string, ItemReview>;
}

export interface ReviewState {
  tool: 'reportlint-review';
  version: 1;
  /** the manuscript, as given on the command line */
  file: string;
  /** sha-256 of the manuscript's normalised sentence texts (absent in files saved before it was recorded) */
  manuscript?: string;
  checklists: Record<string, ChecklistReview>;
}

export function defaultStatePath(file: string): string {
  return `${file}.review.json`;
}

export function fingerprint(cl: Pick<ChecklistResult, 'id' | 'items'>): string {
  return createHash('sha256').update(`${cl.id}\n${cl.items.map((i) => i.id).join('\n')}`).digest('hex').slice(0, 16);
}

export function emptyState(file: string, manuscript?: string): ReviewState {
  return { tool: 'reportlint-review', version: 1, file, ...(manuscript ? { manuscript } : {}), checklists: {} };
}

/** The manuscript's text as the review state knows it: a fingerprint, and the keys of its sentences. */
export interface ManuscriptText {
  fingerprint: string;
  sentences: ReadonlySet<string>;
}

const normalise = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim();

/** A short key for one sentence (sha-256 of its normalised text). */
export function sentenceKey(text: string): string {
  return createHash('sha256').update(normalise(text)).digest('hex').slice(0, 16);
}

export function manuscriptText(sentences: readonly string[]): ManuscriptText {
  const hash = createHash('sha256');
  for (const t of sentences) hash.update(normalise(t) + '\n');
  return { fingerprint: `sha256:${hash.digest('hex')}`, sentences: new Set(sentences.map(sentenceKey)) };
}

/** The reviewer corrected the item's evidence (marked a sentence wrong, picked one) or its "reported on" place. */
export function isCorrected(r: ItemReview | undefined): boolean {
  return Boolean(r?.wrong?.length || r?.picked?.length || r?.reportedOn);
}

/** A decision that counts: present and not stale. */
export function activeDecision(r: ItemReview | undefined): Decision | undefined {
  return r?.stale ? undefined : r?.decision;
}

/** The status the item ends up with: the reviewer's override (unless stale), or the automatic verdict. */
export function finalStatus(automatic: VerdictStatus, r: ItemReview | undefined): VerdictStatus {
  const d = activeDecision(r);
  return d && d !== 'accepted' ? d : automatic;
}

/** The next status `o` gives an item (starting after the status it shows now). */
export function nextOverride(current: VerdictStatus): Exclude<Decision, 'accepted'> {
  const i = OVERRIDES.indexOf(current as Exclude<Decision, 'accepted'>);
  return OVERRIDES[(i + 1) % OVERRIDES.length]!;
}

export interface LoadedState {
  state: ReviewState;
  warnings: string[];
  /** a state file that did not parse or validate was moved here (never overwritten): say so before the interface */
  movedAside?: string;
}

const DECISIONS = new Set<string>(['accepted', ...OVERRIDES]);
const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const optional = (x: unknown, type: string) => x === undefined || typeof x === type;

/** Why `r` is not a valid review state (wrong types anywhere), or undefined when it is one. */
function invalidState(r: unknown): string | undefined {
  if (!isObject(r) || r.tool !== 'reportlint-review' || r.version !== 1) return 'not a reportlint review state (version 1)';
  if (!optional(r.file, 'string') || !optional(r.manuscript, 'string')) return 'file and manuscript must be strings';
  if (!isObject(r.checklists)) return 'checklists must be an object';
  for (const [id, cl] of Object.entries(r.checklists)) {
    if (!isObject(cl) || typeof cl.fingerprint !== 'string' || !(cl.items === undefined || isObject(cl.items))) return `checklist ${id} must have a fingerprint and items`;
    for (const [itemId, ir] of Object.entries(cl.items ?? {})) {
      const bad =
        !isObject(ir) ||
        !(ir.decision === undefined || (typeof ir.decision === 'string' && DECISIONS.has(ir.decision))) ||
        !optional(ir.note, 'string') ||
        !optional(ir.automatic, 'string') ||
        !optional(ir.stale, 'boolean') ||
        !optional(ir.at, 'string') ||
        !(ir.evidence === undefined || (Array.isArray(ir.evidence) && ir.evidence.every((k) => typeof k === 'string')));
      if (bad) return `item ${id}/${itemId} has fields of the wrong type`;
    }
  }
  return undefined;
}

/** Move an unusable state file aside to `<file>.bak` (or .bak.1, .bak.2, … when that exists). */
function moveAside(path: string): string {
  let to = `${path}.bak`;
  for (let n = 1; existsSync(to); n++) to = `${path}.bak.${n}`;
  renameSync(path, to);
  return to;
}

/**
 * Read a saved review; a missing file is an empty review. Decisions for a checklist whose items changed since
 * (or for an item that no longer exists) are ignored with a warning; an unreadable file is ignored with a warning.
 * With the manuscript's text: when it changed since the save, decisions whose evidence sentences are all still
 * there are kept and the others marked stale (one notice); a file saved without a manuscript fingerprint keeps
 * its decisions, unchecked (one notice). The state returned carries the current fingerprint. A file that does
 * not parse or has fields of the wrong type is moved aside to `<path>.bak` (never overwritten by the next save),
 * unless `readOnly` (an export), where it is only ignored.
 */
export function loadReviewState(path: string, file: string, checklists: Pick<ChecklistResult, 'id' | 'items'>[], manuscript?: ManuscriptText, opts: { readOnly?: boolean } = {}): LoadedState {
  const warnings: string[] = [];
  const state = emptyState(file, manuscript?.fingerprint);
  if (!existsSync(path)) return { state, warnings };
  checkReadablePath(path, 'review state');
  let raw: unknown;
  let why: string | undefined;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
    why = invalidState(raw);
  } catch (e) {
    why = `not a review state file (${(e instanceof Error ? e.message : String(e)).split('\n')[0]})`;
  }
  if (!why && !reviewStateSchema.safeParse(raw).success) why = 'not a reportlint review state (version 1)';
  if (why && opts.readOnly) {
    warnings.push(`${path}: ${why}; ignored`);
    return { state, warnings };
  }
  if (why) {
    const to = moveAside(path);
    warnings.push(`${path}: ${why}; kept as ${to}, starting a new review`);
    return { state, warnings, movedAside: to };
  }
  const r = reviewStateSchema.parse(raw);
  const changed = manuscript && r.manuscript !== undefined && r.manuscript !== manuscript.fingerprint;
  let decided = 0;
  let stale = 0;
  let gone = 0;
  for (const [id, saved] of Object.entries(r.checklists)) {
    const cl = checklists.find((c) => c.id === id);
    if (!cl) {
      // a checklist not reviewed this time: keep it so saving does not lose it
      state.checklists[id] = saved as ChecklistReview;
      continue;
    }
    if (saved.fingerprint !== fingerprint(cl)) {
      warnings.push(`${path}: checklist ${id} has changed since the review was saved; its earlier decisions are ignored`);
      continue;
    }
    const items: Record<string, ItemReview> = {};
    let broken = 0;
    for (const [itemId, value] of Object.entries(saved.items)) {
      const item = cl.items.find((i) => i.id === itemId);
      if (!item) continue;
      const one = itemReviewSchema.safeParse(value);
      if (!one.success) {
        broken++;
        continue;
      }
      let ir = one.data;
      // a sentence picked as evidence that is no longer in the manuscript is dropped (with the notice below)
      const kept = changed && ir.picked ? ir.picked.filter((p) => manuscript.sentences.has(sentenceKey(p.text))) : ir.picked;
      if (kept && ir.picked && kept.length < ir.picked.length) {
        gone += ir.picked.length - kept.length;
        ir = { ...ir, picked: kept };
        if (!kept.length) delete ir.picked;
      }
      items[itemId] = ir;
      if (!ir.decision) continue;
      decided++;
      if (changed && !ir.stale && !evidenceStillThere(ir, item, manuscript)) items[itemId] = { ...ir, stale: true };
      if (items[itemId]!.stale) stale++;
    }
    if (broken) warnings.push(`${path}: ${broken} unreadable item review${broken === 1 ? '' : 's'} in ${id} ignored`);
    state.checklists[id] = { fingerprint: saved.fingerprint, items };
  }
  if (gone) warnings.push(`the manuscript has changed since the review was saved: ${gone} sentence${gone === 1 ? '' : 's'} picked as evidence no longer in it, dropped`);
  if (changed && decided > 0) {
    warnings.push(`the manuscript has changed since the review was saved: ${decided - stale} decision${decided - stale === 1 ? '' : 's'} kept, ${stale} stale (marked !; decide again)`);
  } else if (manuscript && r.manuscript === undefined && decided > 0) {
    warnings.push(`${path} was saved without a manuscript fingerprint: ${decided} decision${decided === 1 ? '' : 's'} kept, not checked against the text`);
  }
  return { state, warnings };
}

/** Every evidence sentence the decision was taken on is still in the manuscript (or, without any, the item still has none). */
function evidenceStillThere(ir: ItemReview, item: ChecklistResult['items'][number], manuscript: ManuscriptText): boolean {
  if (!ir.evidence) return false;
  if (ir.evidence.length === 0) return item.evidence.length === 0;
  return ir.evidence.every((k) => manuscript.sentences.has(k));
}

/** Save atomically (temporary file, fsync, rename); never the manuscript itself. */
export function saveReviewState(path: string, state: ReviewState): void {
  if (path === state.file) throw new Error(`refusing to overwrite the manuscript ${path} with the review state`);
  writeFileAtomic(path, JSON.stringify(state, null, 2) + '\n', [state.file]);
}

/**
 * The line printed after the interface closes: decided, overridden and annotated items of the checklists
 * reviewed, and where the state was saved.
 */
export function quitSummary(state: ReviewState, checklists: Pick<ChecklistResult, 'id'>[], where: string): string {
  let decided = 0;
  let overridden = 0;
  let notes = 0;
  let corrected = 0;
  for (const cl of checklists) {
    for (const r of Object.values(state.checklists[cl.id]?.items ?? {})) {
      const d = activeDecision(r);
      if (d) decided++;
      if (d && d !== 'accepted') overridden++;
      if (r.note) notes++;
      if (isCorrected(r)) corrected++;
    }
  }
  const corrections = corrected ? `, ${corrected} with corrected evidence or place` : '';
  return `review: ${decided} item${decided === 1 ? '' : 's'} decided, ${overridden} overridden, ${notes} with notes${corrections} · ${where}`;
}

/** A copy of the state with one item's review changed (`undefined` fields are removed). */
export function withItem(
  state: ReviewState,
  cl: Pick<ChecklistResult, 'id' | 'items'>,
  itemId: string,
  change: Partial<Omit<ItemReview, 'at'>>,
  now: Date = new Date(),
): ReviewState {
  const prev = state.checklists[cl.id];
  const items = { ...(prev?.items ?? {}) };
  const merged: ItemReview = { ...(items[itemId] ?? {}), ...change, at: now.toISOString() };
  if (merged.note !== undefined && merged.note.trim() === '') delete merged.note;
  if (merged.decision === undefined) delete merged.decision;
  if (!merged.stale) delete merged.stale;
  if (merged.reportedOn !== undefined && merged.reportedOn.trim() === '') delete merged.reportedOn;
  if (!merged.wrong?.length) delete merged.wrong;
  if (!merged.picked?.length) delete merged.picked;
  items[itemId] = merged;
  return { ...state, checklists: { ...state.checklists, [cl.id]: { fingerprint: fingerprint(cl), items } } };
}
