import { render } from 'ink-testing-library';
import type { ReactElement } from 'react';
import { checkFile } from '../../src/api.js';
import type { FileResult } from '../../src/engine/types.js';
import { readManuscript } from '../../src/readers/index.js';
import { reviewText, type ReviewText } from '../../src/tui/review-text.js';

let cached: Promise<FileResult> | undefined;
/** The incomplete draft checked against CLAIM 2024 (once per test file). */
export function draft(): Promise<FileResult> {
  cached ??= checkFile('examples/draft-incomplete.md', { checklists: 'claim-2024' });
  return cached;
}

let cachedText: Promise<ReviewText> | undefined;
/** The draft's sentences, as `reportlint review` hands them to the interface. */
export function draftText(): Promise<ReviewText> {
  cachedText ??= readManuscript('examples/draft-incomplete.md').then(reviewText);
  return cachedText;
}

export const KEY = { up: '\u001B[A', down: '\u001B[B', right: '\u001B[C', left: '\u001B[D', tab: '\t', enter: '\r', escape: '\u001B', backspace: '\u007F' };

const tick = (ms = 5) => new Promise((r) => setTimeout(r, ms));

export async function waitFor(cond: () => boolean, what: string, timeout = 2000): Promise<void> {
  const end = Date.now() + timeout;
  while (!cond()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await tick();
  }
}

/** Wait until no new frame comes for a while (every pending render and effect has run). */
export async function settle(r: { frames: string[] }): Promise<void> {
  let n = -1;
  while (n !== r.frames.length) {
    n = r.frames.length;
    await tick(30);
  }
}

/**
 * Render and wait until the component says it is ready and the first frame is there. `press` writes one key and
 * waits for the next frame (bursts of keys written at once are tested in ReviewApp.test.tsx).
 */
export async function renderReady(make: (onReady: () => void) => ReactElement) {
  let ready = false;
  const r = render(make(() => (ready = true)));
  await waitFor(() => ready && Boolean(r.lastFrame()), 'the first frame');
  const frame = () => r.lastFrame() ?? '';
  const press = async (key: string, until?: (f: string) => boolean) => {
    const before = r.frames.length;
    r.stdin.write(key);
    await waitFor(() => (until ? until(frame()) : r.frames.length > before), `a frame after ${JSON.stringify(key)}`);
    await tick(1);
  };
  /** Give the fake terminal a size (ink-testing-library's has 100 columns and no rows) and wait for the frame. */
  const resize = async (columns: number, rows: number) => {
    Object.defineProperty(r.stdout, 'columns', { value: columns, configurable: true });
    Object.defineProperty(r.stdout, 'rows', { value: rows, configurable: true });
    r.stdout.emit('resize');
    await settle(r);
  };
  return { ...r, frame, press, resize };
}
