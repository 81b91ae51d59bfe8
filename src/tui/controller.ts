/**
 * The review screen's state and what each key does to it, as plain functions (no React): ReviewApp keeps the
 * state in a ref and runs every key of a burst through `step` in order, so no key sees a stale state.
 */
import type { FileResult } from '../engine/types.js';
import type { KeyPress } from './keys.js';
import { rowsOf, type Filter, type Order, type Row } from './model.js';
import { nextOverride, sentenceKey, withItem, type ReviewState } from './review-state.js';

export type Mode = 'browse' | 'note' | 'help' | 'confirm-quit';

export interface Ui {
  state: ReviewState;
  dirty: boolean;
  /** the active checklist */
  active: number;
  filter: Filter;
  order: Order;
  /** the selected item per checklist */
  selectedId: Record<string, string>;
  mode: Mode;
  message: string | undefined;
  /** the note being edited (mode `note`) */
  note: string;
  /** quit: later keys are ignored */
  closed: boolean;
}

/** What `step` needs from outside: the file, the clock, saving and quitting. */
export interface StepContext {
  file: FileResult;
  now: () => Date;
  /** save the state; an error message when it could not be saved */
  save: (state: ReviewState) => string | undefined;
  statePath: string;
  quit: (r: { saved: boolean; dirty: boolean }) => void;
}

export const NOTE_MAX = 200;

export function initialUi(state: ReviewState, message?: string): Ui {
  return { state, dirty: false, active: 0, filter: 'all', order: 'guideline', selectedId: {}, mode: 'browse', message, note: '', closed: false };
}

/** The rows of the active checklist and the selected one. */
export function view(ui: Ui, file: FileResult): { rows: Row[]; selected: number; row: Row | undefined } {
  const cl = file.checklists[ui.active];
  const rows = cl ? rowsOf(cl, ui.state.checklists[cl.id], ui.order, ui.filter) : [];
  const found = cl ? rows.findIndex((r) => r.item.id === ui.selectedId[cl.id]) : -1;
  const selected = found >= 0 ? found : 0;
  return { rows, selected, row: rows[selected] };
}

/** The state after one key. */
export function step(ui: Ui, key: KeyPress, ctx: StepContext): Ui {
  if (ui.closed) return ui;
  const { file } = ctx;
  const cl = file.checklists[ui.active];
  const { rows, selected, row } = view(ui, file);
  const select = (i: number): Ui => {
    if (!cl || rows.length === 0) return ui;
    const k = Math.max(0, Math.min(rows.length - 1, i));
    return { ...ui, selectedId: { ...ui.selectedId, [cl.id]: rows[k]!.item.id } };
  };
  const change = (c: Parameters<typeof withItem>[3], message: string): Ui => {
    if (!cl || !row) return ui;
    // a decision records what it was taken on (and is no longer stale); a note alone changes nothing else
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

  if (ui.mode === 'note') {
    if (!row) return { ...ui, mode: 'browse' };
    if (name === 'enter') {
      const v = ui.note.trim();
      return { ...change({ note: v }, v ? `${row.item.id}: note kept` : `${row.item.id}: note removed`), mode: 'browse', note: '' };
    }
    if (name === 'escape') return { ...ui, mode: 'browse', note: '' };
    if (name === 'backspace') return { ...ui, note: [...ui.note].slice(0, -1).join('') };
    if (!name && input) return { ...ui, note: (ui.note + input).slice(0, NOTE_MAX) };
    return ui;
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
  if (n > 1 && (name === 'tab' || name === 'right')) return { ...ui, active: (ui.active + 1) % n };
  if (n > 1 && (name === 'shift-tab' || name === 'left')) return { ...ui, active: (ui.active + n - 1) % n };
  if (input === 'a' && row) return change({ decision: 'accepted' }, `${row.item.id}: automatic verdict accepted`);
  if (input === 'o' && row) {
    const next = nextOverride(row.status);
    return change({ decision: next }, `${row.item.id}: overridden → ${next}`);
  }
  if (input === 'n' && row) return { ...ui, mode: 'note', note: row.review?.note ?? '' };
  if (input === 'f') return { ...ui, filter: ui.filter === 'all' ? 'problems' : 'all' };
  if (input === 'm') return { ...ui, order: ui.order === 'guideline' ? 'missing-first' : 'guideline' };
  if (input === 's') return save(ui).ui;
  if (input === '?') return { ...ui, mode: 'help' };
  if (input === 'q' || name === 'escape') return ui.dirty ? { ...ui, mode: 'confirm-quit' } : quit(ui, false, false);
  return ui;
}
