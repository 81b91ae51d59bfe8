/**
 * The review screen's state and what each key does to it, as plain functions (no React): ReviewApp keeps the
 * state in a ref and runs every key of a burst through `step` in order, so no key sees a stale state.
 */
import type { FileResult } from '../engine/types.js';
import { shownEvidence, toggleWrong, withPicked, type ShownEvidence } from './corrections.js';
import type { EditorTarget } from './editor.js';
import type { KeyPress } from './keys.js';
import { rowsOf, type Filter, type Order, type Row } from './model.js';
import { searchSentences, type ReviewText } from './review-text.js';
import { nextOverride, sentenceKey, withItem, type ReviewState } from './review-state.js';

/** browse; typing a note, a "reported on" place or a search for a sentence to pick; help; the quit question */
export type Mode = 'browse' | 'note' | 'place' | 'pick' | 'help' | 'confirm-quit';

export interface Ui {
  state: ReviewState;
  dirty: boolean;
  /** the active checklist */
  active: number;
  filter: Filter;
  order: Order;
  /** the selected item per checklist */
  selectedId: Record<string, string>;
  /** the selected evidence sentence of the selected item (paged with [ and ]) */
  evidence: number;
  /** the manuscript context instead of the detail (narrow terminals), or the context alone (wide ones) */
  context: boolean;
  mode: Mode;
  message: string | undefined;
  /** the text being typed: the note, the place, or the search (modes `note`, `place`, `pick`) */
  input: string;
  /** the selected match of the search (mode `pick`) */
  pick: number;
  /** quit: later keys are ignored */
  closed: boolean;
}

/** What `step` needs from outside: the file and its text, the clock, saving, the editor and quitting. */
export interface StepContext {
  file: FileResult;
  /** the manuscript's sentences (absent for a study description) */
  text?: ReviewText | undefined;
  now: () => Date;
  /** save the state; an error message when it could not be saved */
  save: (state: ReviewState) => string | undefined;
  statePath: string;
  /** run the editor (the terminal given up meanwhile); a message for the status line */
  openEditor: (target: EditorTarget) => string;
  quit: (r: { saved: boolean; dirty: boolean }) => void;
}

export const NOTE_MAX = 200;
const PLACE_MAX = 80;
const QUERY_MAX = 80;

export function initialUi(state: ReviewState, message?: string): Ui {
  return { state, dirty: false, active: 0, filter: 'all', order: 'guideline', selectedId: {}, evidence: 0, context: false, mode: 'browse', message, input: '', pick: 0, closed: false };
}

/** The rows of the active checklist, the selected one, its evidence as shown and the selected sentence. */
export function view(ui: Ui, file: FileResult): { rows: Row[]; selected: number; row: Row | undefined; shown: ShownEvidence[]; evidence: number } {
  const cl = file.checklists[ui.active];
  const rows = cl ? rowsOf(cl, ui.state.checklists[cl.id], ui.order, ui.filter) : [];
  const found = cl ? rows.findIndex((r) => r.item.id === ui.selectedId[cl.id]) : -1;
  const selected = found >= 0 ? found : 0;
  const row = rows[selected];
  const shown = row ? shownEvidence(row.item, row.review) : [];
  return { rows, selected, row, shown, evidence: Math.max(0, Math.min(ui.evidence, shown.length - 1)) };
}

/** The matches of the search in mode `pick`. */
export function matches(ui: Ui, text: ReviewText | undefined): number[] {
  return searchSentences(text, ui.input);
}

/** A text being typed, after one key: undefined for a key that is not typing. */
function typed(value: string, key: KeyPress, max: number): string | undefined {
  if (key.name === 'backspace') return [...value].slice(0, -1).join('');
  if (!key.name && key.input) return (value + key.input).slice(0, max);
  return undefined;
}

/** The state after one key. */
export function step(ui: Ui, key: KeyPress, ctx: StepContext): Ui {
  if (ui.closed) return ui;
  const { file } = ctx;
  const cl = file.checklists[ui.active];
  const { rows, selected, row, shown, evidence } = view(ui, file);
  const select = (i: number): Ui => {
    if (!cl || rows.length === 0) return ui;
    const k = Math.max(0, Math.min(rows.length - 1, i));
    return { ...ui, selectedId: { ...ui.selectedId, [cl.id]: rows[k]!.item.id }, evidence: k === selected ? ui.evidence : 0 };
  };
  const change = (c: Parameters<typeof withItem>[3], message: string): Ui => {
    if (!cl || !row) return ui;
    // a decision records what it was taken on (and is no longer stale); a note or a correction changes nothing else
    const taken = c.decision ? { automatic: row.item.status, evidence: row.item.evidence.map((e) => sentenceKey(e.text)), stale: false } : {};
    return { ...ui, state: withItem(ui.state, cl, row.item.id, { ...c, ...taken }, ctx.now()), dirty: true, message };
  };
  const save = (u: Ui): { ui: Ui; ok: boolean } => {
    const error = ctx.save(u.state);
    if (error !== undefined) return { ui: { ...u, message: `could not save: ${error}` }, ok: false };
    return { ui: { ...u, dirty: false, message: `saved to ${ctx.statePath}` }, ok: true };
  };
  const quit = (u: Ui, saved: boolean, dirty: boolean): Ui => {
    ctx.quit({ saved, dirty });
    return { ...u, closed: true };
  };
  const { name, input } = key;

  if (ui.mode === 'note' || ui.mode === 'place') {
    if (!row) return { ...ui, mode: 'browse' };
    if (name === 'escape') return { ...ui, mode: 'browse', input: '' };
    if (name === 'enter') {
      const v = ui.input.trim();
      const done = { mode: 'browse' as const, input: '' };
      if (ui.mode === 'note') return { ...change({ note: v }, v ? `${row.item.id}: note kept` : `${row.item.id}: note removed`), ...done };
      return { ...change({ reportedOn: v }, v ? `${row.item.id}: reported on ${v}` : `${row.item.id}: reported on the evidence's places again`), ...done };
    }
    const next = typed(ui.input, key, ui.mode === 'note' ? NOTE_MAX : PLACE_MAX);
    return next === undefined ? ui : { ...ui, input: next };
  }
  if (ui.mode === 'pick') {
    if (!row) return { ...ui, mode: 'browse' };
    const found = matches(ui, ctx.text);
    if (name === 'escape') return { ...ui, mode: 'browse', input: '', message: undefined };
    if (name === 'up') return { ...ui, pick: Math.max(0, ui.pick - 1) };
    if (name === 'down') return { ...ui, pick: Math.min(found.length - 1, ui.pick + 1) };
    if (name === 'pageup') return { ...ui, pick: Math.max(0, ui.pick - 10) };
    if (name === 'pagedown') return { ...ui, pick: Math.max(0, Math.min(found.length - 1, ui.pick + 10)) };
    if (name === 'enter') {
      const i = found[Math.min(ui.pick, found.length - 1)];
      if (i === undefined) return { ...ui, message: 'no sentence matches: type fewer words, Esc cancels' };
      const { blockIndex: _, ...sentence } = ctx.text!.sentences[i]!;
      const c = withPicked(row.item, row.review, sentence);
      const done = { mode: 'browse' as const, input: '', pick: 0 };
      if (!c) return { ...ui, ...done, message: `${row.item.id}: that sentence is already its evidence` };
      const after = change(c, `${row.item.id}: evidence picked`);
      // select the sentence picked (or made right again)
      const now = shownEvidence(row.item, after.state.checklists[cl!.id]?.items[row.item.id]);
      return { ...after, ...done, evidence: Math.max(0, now.findIndex((s) => s.key === sentenceKey(sentence.text))) };
    }
    const next = typed(ui.input, key, QUERY_MAX);
    return next === undefined ? ui : { ...ui, input: next, pick: 0 };
  }
  if (ui.mode === 'help') return { ...ui, mode: 'browse' };
  if (ui.mode === 'confirm-quit') {
    if (input === 'y') {
      const r = save(ui);
      return r.ok ? quit(r.ui, true, false) : { ...r.ui, mode: 'browse' };
    }
    if (input === 'n') return quit(ui, false, true);
    if (input === 'c' || name === 'escape') return { ...ui, mode: 'browse', message: undefined };
    return ui;
  }
  const n = file.checklists.length;
  if (name === 'up' || input === 'k') return select(selected - 1);
  if (name === 'down' || input === 'j') return select(selected + 1);
  if (name === 'pagedown') return select(selected + 10);
  if (name === 'pageup') return select(selected - 10);
  if (name === 'home') return select(0);
  if (name === 'end') return select(rows.length - 1);
  if (n > 1 && (name === 'tab' || name === 'right')) return { ...ui, active: (ui.active + 1) % n, evidence: 0 };
  if (n > 1 && (name === 'shift-tab' || name === 'left')) return { ...ui, active: (ui.active + n - 1) % n, evidence: 0 };
  if (input === ']' || input === '[') {
    if (shown.length < 2) return { ...ui, message: shown.length ? 'the item has one evidence sentence' : 'the item has no evidence: p picks a sentence' };
    const k = (evidence + (input === ']' ? 1 : shown.length - 1)) % shown.length;
    return { ...ui, evidence: k, message: undefined };
  }
  if (input === 'c') return { ...ui, context: !ui.context };
  if (input === 'a' && row) return change({ decision: 'accepted' }, `${row.item.id}: automatic verdict accepted`);
  if (input === 'o' && row) {
    const next = nextOverride(row.status);
    return change({ decision: next }, `${row.item.id}: overridden → ${next}`);
  }
  if (input === 'n' && row) return { ...ui, mode: 'note', input: row.review?.note ?? '' };
  if (input === 'r' && row) return { ...ui, mode: 'place', input: row.review?.reportedOn ?? '' };
  if (input === 'x' && row) {
    const s = shown[evidence];
    if (!s) return { ...ui, message: `${row.item.id}: no evidence to mark` };
    const what = s.origin === 'reviewer' ? 'picked sentence removed' : s.wrong ? 'evidence marked right again' : 'evidence marked wrong';
    return { ...change(toggleWrong(s, row.review), `${row.item.id}: ${what}`), evidence: s.origin === 'reviewer' ? Math.max(0, evidence - 1) : evidence };
  }
  if (input === 'p' && row) {
    if (!ctx.text) return { ...ui, message: 'a study description has no manuscript sentences to pick from' };
    return { ...ui, mode: 'pick', input: '', pick: 0 };
  }
  if (input === 'e') {
    const target = editorTarget(file, ctx.text, shown[evidence]);
    return { ...ui, message: 'error' in target ? target.error : ctx.openEditor(target) };
  }
  if (input === 'f') return { ...ui, filter: ui.filter === 'all' ? 'problems' : 'all' };
  if (input === 'm') return { ...ui, order: ui.order === 'guideline' ? 'missing-first' : 'guideline' };
  if (input === 's') return save(ui).ui;
  if (input === '?') return { ...ui, mode: 'help' };
  if (input === 'q' || name === 'escape') return ui.dirty ? { ...ui, mode: 'confirm-quit' } : quit(ui, false, false);
  return ui;
}

/** Where `e` opens: the evidence's file at its line; the manuscript without a line when there is none. */
function editorTarget(file: FileResult, text: ReviewText | undefined, s: ShownEvidence | undefined): EditorTarget | { error: string } {
  if (!s) {
    const lines = !text || text.sentences.some((x) => x.line !== undefined);
    return lines ? { file: file.path } : { error: `${file.path} has no lines to open an editor at` };
  }
  const e = s.evidence;
  const path = e.file ?? file.path;
  if (e.line !== undefined && e.page === undefined && e.paragraph === undefined) return { file: path, line: e.line };
  return { error: `${path} has no lines to open an editor at (the evidence is at ${e.page !== undefined ? `page ${e.page}` : `paragraph ${e.paragraph}`})` };
}
