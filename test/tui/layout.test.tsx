import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { layoutFor } from '../../src/tui/layout.js';
import { ReviewApp } from '../../src/tui/ReviewApp.js';
import { emptyState } from '../../src/tui/review-state.js';
import { expectGolden } from '../golden.js';
import { draft, draftText, renderReady } from './helpers.js';

const NOW = () => new Date('2025-01-02T03:04:05.000Z');
let cleanup: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanup) c();
  cleanup = [];
});

async function app() {
  const file = await draft();
  const text = await draftText();
  const statePath = join(mkdtempSync(join(tmpdir(), 'rl-review-')), 'draft.md.review.json');
  const quits: unknown[] = [];
  const r = await renderReady((onReady) => (
    <ReviewApp file={file} text={text} initialState={emptyState(file.path)} statePath={statePath} onReady={onReady} onQuit={(q) => quits.push(q)} now={NOW} />
  ));
  cleanup.push(() => r.unmount());
  return { ...r, quits };
}

const width = (line: string) => [...line].length;

/** The screen fits the terminal: one line shorter, no line wider, the header on top, the keys at the bottom. */
function expectFits(frame: string, columns: number, rows: number) {
  const lines = frame.split('\n');
  expect(lines).toHaveLength(rows - 1);
  for (const l of lines) expect(width(l), l).toBeLessThanOrEqual(columns);
  expect(lines[0]).toMatch(/^reportlint review · examples\/draft-incomplete\.md/);
  expect(lines.at(-1)).toMatch(/\? help$/);
}

describe('review layout', () => {
  it('layoutFor: side by side from 120 columns, stacked below, too small under 80×24', () => {
    expect(layoutFor(79, 40).kind).toBe('too-small');
    expect(layoutFor(120, 23).kind).toBe('too-small');
    // stacked: the context in the detail's place (c); wide: the context below the detail, a rule between
    expect(layoutFor(80, 24)).toMatchObject({ kind: 'stacked', body: 16, list: { width: 80, height: 6 }, detail: { width: 80, height: 9 }, context: { width: 80, height: 9 } });
    expect(layoutFor(119, 30).kind).toBe('stacked');
    expect(layoutFor(120, 30)).toMatchObject({ kind: 'wide', body: 22, list: { width: 48, height: 22 }, detail: { width: 70, height: 13 }, context: { width: 70, height: 8 } });
  });

  for (const [columns, rows] of [
    [80, 24],
    [100, 30],
    [160, 50],
  ] as const) {
    it(`golden frame at ${columns}×${rows}: fits, nothing overwritten, places and whole topics shown`, async () => {
      const r = await app();
      await r.resize(columns, rows);
      // item 8: the longest topic of the first items, evidence with places
      for (let i = 0; i < 7; i++) await r.press('j');
      const f = r.frame();
      expectFits(f, columns, rows);
      expect(f).toContain('›   8 ◐   Inclusion and exclusion criteria');
      expect(f).toMatch(/(^|│ )8 Inclusion and exclusion criteria \(Methods\)/m);
      expect(f).toMatch(/(^|│ ) {2}\d+:\d+ · /m); // an evidence place (line:col)
      expectGolden(`tui/review-${columns}x${rows}.txt`, f + '\n');
    });
  }

  it('under 80×24: one line asking for a larger terminal; q still quits', async () => {
    const r = await app();
    await r.resize(70, 20);
    expect(r.frame()).toBe('reportlint review needs at least 80×24 (now 70×20) · q quit');
    await r.press('q', () => r.quits.length > 0);
  });

  it('follows a resize: stacked at 100 columns, side by side at 140', async () => {
    const r = await app();
    await r.resize(140, 30);
    const wide = r.frame().split('\n');
    expect(wide.some((l) => /^all items · guideline order \(44\)\s+│ 1 AI methodology identified \(Title\/Abstract\)$/.test(l))).toBe(true);
    expect(wide.some((l) => /^›\s+1 ✔\s+AI methodology identified\s+│ status: ✔ reported$/.test(l))).toBe(true);
    expectFits(r.frame(), 140, 30);
    await r.resize(100, 30);
    const stacked = r.frame().split('\n');
    expect(stacked.some((l) => l.startsWith('1 AI methodology identified'))).toBe(true);
    expectFits(r.frame(), 100, 30);
  });
});
