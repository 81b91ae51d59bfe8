import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { ReviewApp } from '../../src/tui/ReviewApp.js';
import { emptyState, loadReviewState } from '../../src/tui/review-state.js';
import { draft, draftText, KEY, renderReady, settle } from './helpers.js';

const NOW = () => new Date('2025-01-02T03:04:05.000Z');
let cleanup: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanup) c();
  cleanup = [];
});

async function app(statePath = join(mkdtempSync(join(tmpdir(), 'rl-review-')), 'draft.md.review.json'), initial?: ReturnType<typeof emptyState>) {
  const file = await draft();
  const text = await draftText();
  const quits: { saved: boolean; dirty: boolean }[] = [];
  const r = await renderReady((onReady) => (
    <ReviewApp file={file} text={text} initialState={initial ?? emptyState(file.path)} statePath={statePath} onReady={onReady} onQuit={(q) => quits.push(q)} now={NOW} />
  ));
  cleanup.push(() => r.unmount());
  return { ...r, statePath, file, quits };
}

/** The list row of the selected item (marked ›). */
const selectedRow = (f: string) => f.split('\n').find((l) => l.includes('›')) ?? '';

describe('ReviewApp', () => {
  it('shows the header, the list and the first item', async () => {
    const { frame } = await app();
    const f = frame();
    expect(f).toContain('reportlint review · examples/draft-incomplete.md');
    expect(f).toContain('study type: ai_imaging + diagnostic_accuracy');
    expect(f).toContain('claim-2024');
    expect(f).toMatch(/9 reported, 4 partial, 27 missing, 4 n\/a, 0 need review · 0\/44 decided/);
    expect(selectedRow(f)).toMatch(/1 ✔\s+AI methodology identified/);
  });

  it('moves with ↓/j and ↑/k and shows the detail of the selected item', async () => {
    const { frame, press } = await app();
    await press(KEY.down);
    expect(selectedRow(frame())).toContain('Abstract summary');
    // the draft's abstract is one unlabelled paragraph: partial, with its first sentence as evidence
    expect(frame()).toContain('status: ◐ partial');
    expect(frame()).toMatch(/why: the abstract is not structured/);
    expect(frame()).toContain('5:1 · Abstract');
    await press('j');
    await press('j');
    expect(selectedRow(frame())).toContain('Aims, objectives, hypotheses');
    // evidence with its place and section, and the concept with its status
    expect(frame()).toContain('13:1 · Introduction');
    expect(frame()).toContain('We aimed to detect compression fractures');
    expect(frame()).toMatch(/objectives: reported/);
    await press('k');
    await press(KEY.up);
    expect(selectedRow(frame())).toContain('Abstract summary');
    await press('j');
    await press('j');
    await press('j');
    expect(selectedRow(frame())).toContain('Prospective or retrospective');
    expect(frame()).toContain('status: ✖ missing');
    expect(frame()).toMatch(/advice: Say whether the study is prospective or retrospective/);
  });

  it('o cycles an override, a accepts the automatic verdict', async () => {
    const { frame, press } = await app();
    await press('o'); // item 1 is reported → partial
    expect(frame()).toContain('status: ◐ partial · override (automatic: ✔ reported)');
    expect(frame()).toContain('● unsaved changes');
    expect(frame()).toMatch(/8 reported, 5 partial/);
    await press('o');
    await press('o');
    await press('o');
    expect(frame()).toContain('status: ✔ reported · override');
    await press('a');
    expect(frame()).toContain('status: ✔ reported · accepted by reviewer');
    expect(frame()).toContain('1/44 decided');
  });

  it('n edits a note: type, backspace, Enter keeps it; Esc cancels', async () => {
    const { frame, press } = await app();
    await press('n', (f) => f.includes('note:'));
    for (const ch of 'see tablex') await press(ch);
    await press(KEY.backspace);
    expect(frame()).toContain('note: see table');
    await press(KEY.enter, (f) => f.includes('note kept'));
    expect(frame()).toContain('note: see table');
    expect(selectedRow(frame())).toContain('✎');
    await press('n', (f) => f.includes('⏎ keep'));
    await press('x');
    await press(KEY.escape, (f) => !f.includes('⏎ keep'));
    expect(frame()).not.toContain('see tablex');
  });

  it('f shows only problems; m puts missing items first', async () => {
    const { frame, press } = await app();
    await press('f');
    expect(frame()).toContain('problems only');
    expect(frame()).not.toContain('AI methodology identified');
    expect(selectedRow(frame())).toContain('Abstract summary');
    await press('f');
    await press('m');
    expect(frame()).toContain('missing first');
    expect(selectedRow(frame())).toContain('✖');
  });

  it('s saves the state atomically beside the manuscript, and a reload restores it', async () => {
    const first = await app();
    const dir = join(first.statePath, '..');
    const manuscriptBefore = readFileSync('examples/draft-incomplete.md', 'utf8');
    for (let i = 0; i < 4; i++) await first.press(KEY.down);
    await first.press('o'); // item 5 missing → not-applicable
    await first.press('n', (f) => f.includes('⏎ keep'));
    for (const ch of 'single time point') await first.press(ch);
    await first.press(KEY.enter, (f) => f.includes('note kept'));
    await first.press('s', (f) => f.includes('saved to'));
    expect(first.frame()).not.toContain('unsaved changes');
    expect(readdirSync(dir)).toEqual(['draft.md.review.json']); // no temporary file left behind
    const saved = JSON.parse(readFileSync(first.statePath, 'utf8'));
    expect(saved).toMatchObject({ tool: 'reportlint-review', version: 1, file: 'examples/draft-incomplete.md' });
    expect(saved.checklists['claim-2024'].items['5']).toEqual({ decision: 'not-applicable', automatic: 'missing', evidence: [], note: 'single time point', at: '2025-01-02T03:04:05.000Z' });
    expect(saved.manuscript).toBeUndefined(); // the app saves what it was given: the command adds the fingerprint
    expect(readFileSync('examples/draft-incomplete.md', 'utf8')).toBe(manuscriptBefore);
    first.unmount();

    const { state, warnings } = loadReviewState(first.statePath, first.file.path, first.file.checklists);
    expect(warnings).toEqual([]);
    const again = await app(first.statePath, state);
    for (let i = 0; i < 4; i++) await again.press(KEY.down);
    expect(again.frame()).toContain('status: – not applicable · override');
    expect(again.frame()).toContain('note: single time point');
    expect(again.frame()).toContain('1/44 decided');
  });

  it('a changed checklist: earlier decisions are ignored with a warning', async () => {
    const file = await draft();
    const dir = mkdtempSync(join(tmpdir(), 'rl-review-'));
    const p = join(dir, 's.json');
    writeFileSync(p, JSON.stringify({ tool: 'reportlint-review', version: 1, file: file.path, checklists: { 'claim-2024': { fingerprint: 'old', items: { '1': { decision: 'missing', at: 'x' } } } } }));
    const { state, warnings } = loadReviewState(p, file.path, file.checklists);
    expect(warnings[0]).toMatch(/checklist claim-2024 has changed/);
    expect(state.checklists['claim-2024']).toBeUndefined();
    expect(existsSync(p)).toBe(true);
  });

  it('q quits at once without changes, and asks first when there are unsaved ones', async () => {
    const clean = await app();
    await clean.press('q', () => clean.quits.length > 0);
    expect(clean.quits).toEqual([{ saved: false, dirty: false }]);

    const dirty = await app();
    await dirty.press('a');
    await dirty.press('q', (f) => f.includes('Save before quitting?'));
    await dirty.press('c', (f) => !f.includes('Save before quitting?'));
    expect(dirty.quits).toEqual([]);
    await dirty.press('q', (f) => f.includes('Save before quitting?'));
    await dirty.press('y', () => dirty.quits.length > 0);
    expect(dirty.quits).toEqual([{ saved: true, dirty: false }]);
    expect(existsSync(dirty.statePath)).toBe(true);
  });

  it('? shows the keys, any key closes them', async () => {
    const { frame, press } = await app();
    await press('?', (f) => f.includes('Keys'));
    expect(frame()).toContain('accept the automatic verdict / override: ✔ → ◐ → ✖ → –');
    expect(frame()).toContain("open the manuscript in $VISUAL/$EDITOR at the evidence's line");
    await press('x', (f) => !f.includes('this help'));
    expect(selectedRow(frame())).toContain('AI methodology identified');
  });
});

describe('ReviewApp: bursts of keys', () => {
  it('one stdin write of four j moves exactly four rows, in order', async () => {
    const r = await app();
    r.stdin.write('jjjj');
    await settle(r);
    expect(selectedRow(r.frame())).toMatch(/›\s+5 ✖\s+Prospective or retrospective/);
    r.stdin.write('jjkkk');
    await settle(r);
    expect(selectedRow(r.frame())).toMatch(/›\s+4 ✔\s+Aims, objectives, hypotheses/);
  });

  it('a burst of arrow keys (one write) moves once per key', async () => {
    const r = await app();
    r.stdin.write(KEY.down.repeat(3));
    await settle(r);
    expect(selectedRow(r.frame())).toMatch(/›\s+4 /);
  });

  it('a burst across modes: n, the note text and Enter in one write', async () => {
    const r = await app();
    r.stdin.write('jnsee table\r');
    await settle(r);
    expect(r.frame()).toContain('note: see table');
    expect(selectedRow(r.frame())).toMatch(/›\s+2 .*✎/);
  });

  it('keys written before the first render has settled are not lost', async () => {
    const file = await draft();
    const text = await draftText();
    const r = render(<ReviewApp file={file} text={text} initialState={emptyState(file.path)} statePath={join(tmpdir(), 'never-saved.json')} now={NOW} />);
    cleanup.push(() => r.unmount());
    r.stdin.write('jjjj'); // synchronously after render(): before any effect has run
    await settle(r);
    expect(selectedRow(r.lastFrame() ?? '')).toMatch(/›\s+5 ✖\s+Prospective or retrospective/);
  });
});
