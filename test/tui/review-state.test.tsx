import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readManuscript } from '../../src/readers/index.js';
import { ReviewApp } from '../../src/tui/ReviewApp.js';
import { emptyState, loadReviewState, manuscriptText, quitSummary, saveReviewState, sentenceKey, withItem, type ReviewState } from '../../src/tui/review-state.js';
import { draft, renderReady } from './helpers.js';

let cleanup: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanup) c();
  cleanup = [];
});

const tmp = () => join(mkdtempSync(join(tmpdir(), 'rl-review-')), 'draft.md.review.json');

/** The draft's sentences, and a review of three items: 1 accepted (evidence 1:3, 5:106), 6 overridden (no evidence), 8 overridden (evidence 17:1). */
async function reviewed() {
  const file = await draft();
  const sentences = (await readManuscript('examples/draft-incomplete.md')).sentences.map((s) => s.text);
  const cl = file.checklists[0]!;
  const item = (id: string) => cl.items.find((i) => i.id === id)!;
  const decide = (s: ReviewState, id: string, decision: 'accepted' | 'not-applicable' | 'reported') =>
    withItem(s, cl, id, { decision, automatic: item(id).status, evidence: item(id).evidence.map((e) => sentenceKey(e.text)) });
  let state = emptyState(file.path, manuscriptText(sentences).fingerprint);
  state = decide(state, '1', 'accepted');
  state = decide(state, '6', 'not-applicable');
  state = decide(state, '8', 'reported');
  return { file, cl, sentences, state, item };
}

describe('review state: the manuscript fingerprint', () => {
  it('is the sha-256 of the normalised sentence texts, saved with the state', async () => {
    const { state, sentences } = await reviewed();
    expect(state.manuscript).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(manuscriptText(sentences.map((t) => `  ${t.replace(/ /g, '\n')} `)).fingerprint).toBe(state.manuscript);
    expect(manuscriptText(sentences.slice(1)).fingerprint).not.toBe(state.manuscript);
    const p = tmp();
    saveReviewState(p, state);
    expect(JSON.parse(readFileSync(p, 'utf8')).manuscript).toBe(state.manuscript);
    expect(readdirSync(join(p, '..'))).toEqual(['draft.md.review.json']);
  });

  it('the same manuscript: every decision kept, no notice', async () => {
    const { file, sentences, state } = await reviewed();
    const p = tmp();
    saveReviewState(p, state);
    const loaded = loadReviewState(p, file.path, file.checklists, manuscriptText(sentences));
    expect(loaded.warnings).toEqual([]);
    expect(Object.values(loaded.state.checklists['claim-2024']!.items).filter((r) => r.stale)).toEqual([]);
  });

  it('a changed manuscript: decisions whose evidence is still there kept, the others stale, one notice', async () => {
    const { file, sentences, state, item } = await reviewed();
    const p = tmp();
    saveReviewState(p, state);
    const gone = item('8').evidence[0]!.text;
    const changed = manuscriptText([...sentences.filter((t) => t !== gone), 'A sentence added since.']);
    const loaded = loadReviewState(p, file.path, file.checklists, changed);
    expect(loaded.warnings).toEqual(['the manuscript has changed since the review was saved: 2 decisions kept, 1 stale (marked !; decide again)']);
    const items = loaded.state.checklists['claim-2024']!.items;
    expect(items['1']!.stale).toBeUndefined();
    expect(items['6']!.stale).toBeUndefined(); // no evidence then, none now
    expect(items['8']).toMatchObject({ decision: 'reported', stale: true });
    expect(loaded.state.manuscript).toBe(changed.fingerprint); // saved again, the state is for the new text
  });

  it('a version-1 file saved before the fingerprint: decisions kept, said once', async () => {
    const { file, sentences, state } = await reviewed();
    const p = tmp();
    const { manuscript: _, ...old } = state;
    writeFileSync(p, JSON.stringify(old));
    const first = loadReviewState(p, file.path, file.checklists, manuscriptText(sentences));
    expect(first.warnings).toEqual([`${p} was saved without a manuscript fingerprint: 3 decisions kept, not checked against the text`]);
    expect(Object.values(first.state.checklists['claim-2024']!.items).every((r) => !r.stale && r.decision)).toBe(true);
    saveReviewState(p, first.state);
    expect(loadReviewState(p, file.path, file.checklists, manuscriptText(sentences)).warnings).toEqual([]);
  });

  it('the screen: the notice on the status line, a stale decision marked !, not applied, cleared by deciding again', async () => {
    const { file, sentences, state, item } = await reviewed();
    const p = tmp();
    saveReviewState(p, state);
    const gone = item('8').evidence[0]!.text;
    const { state: loaded, warnings } = loadReviewState(p, file.path, file.checklists, manuscriptText(sentences.filter((t) => t !== gone)));
    const r = await renderReady((onReady) => <ReviewApp file={file} initialState={loaded} statePath={p} warnings={warnings} onReady={onReady} />);
    cleanup.push(() => r.unmount());
    await r.resize(100, 30);
    const lines = r.frame().split('\n');
    expect(lines.at(-1)).toMatch(/^the manuscript has changed since the review was saved: 2 decisions kept, 1 stale/);
    expect(r.frame()).toContain('2/44 decided');
    for (let i = 0; i < 7; i++) await r.press('j');
    expect(r.frame()).toMatch(/›\s+8 ◐!\s+Inclusion and exclusion criteria/);
    expect(r.frame()).toContain('! stale: earlier decision “reported”, taken on evidence that has changed since');
    expect(r.frame()).toContain('status: ◐ partial');
    await r.press('a');
    expect(r.frame()).toMatch(/›\s+8 ◐•\s+Inclusion and exclusion criteria/);
    expect(r.frame()).not.toContain('! stale');
    expect(r.frame()).toContain('3/44 decided');
  });
});

describe('review state: the summary on quit', () => {
  it('counts decided, overridden and annotated items; stale decisions do not count', async () => {
    const { file, cl, state } = await reviewed();
    expect(quitSummary(state, file.checklists, 'saved to x.json')).toBe('review: 3 items decided, 2 overridden, 0 with notes · saved to x.json');
    let s = withItem(state, cl, '5', { note: 'ask the authors' });
    s = withItem(s, cl, '8', { stale: true });
    expect(quitSummary(s, file.checklists, 'not saved')).toBe('review: 2 items decided, 1 overridden, 1 with notes · not saved');
    expect(quitSummary(emptyState(file.path), file.checklists, 'no changes, not saved')).toBe('review: 0 items decided, 0 overridden, 0 with notes · no changes, not saved');
  });
});
