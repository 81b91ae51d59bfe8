import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { editorCommand } from '../../src/tui/editor.js';
import { ReviewApp } from '../../src/tui/ReviewApp.js';
import { contextLines, contextStart, findSentence, searchSentences } from '../../src/tui/review-text.js';
import { emptyState } from '../../src/tui/review-state.js';
import { expectGolden } from '../golden.js';
import { draft, draftText, KEY, renderReady } from './helpers.js';

const NOW = () => new Date('2025-01-02T03:04:05.000Z');
let cleanup: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanup) c();
  cleanup = [];
});

async function app(env: NodeJS.ProcessEnv = {}) {
  const file = await draft();
  const text = await draftText();
  const statePath = join(mkdtempSync(join(tmpdir(), 'rl-context-')), 'draft.md.review.json');
  const r = await renderReady((onReady) => <ReviewApp file={file} text={text} initialState={emptyState(file.path)} statePath={statePath} onReady={onReady} now={NOW} env={env} />);
  cleanup.push(() => r.unmount());
  return { ...r, statePath };
}

const lines = (f: string) => f.split('\n');

describe('the manuscript context', () => {
  it('the paragraphs around the evidence, wrapped, the sentence marked and in view', async () => {
    const text = await draftText();
    const at = findSentence(text, { text: 'The data were split into training, validation and test sets.', line: 18, section: 'Methods', rule: 'x' });
    expect(text.sentences[at]!.line).toBe(18);
    const { lines: wrapped, first, last } = contextLines(text, at, 40);
    for (const l of wrapped) expect(l.map((r) => r.text).join('').length).toBeLessThanOrEqual(40);
    const marked = wrapped.flatMap((l) => l.filter((r) => r.mark).map((r) => r.text)).join(' ');
    expect(marked.replace(/\s+/g, ' ')).toBe('The data were split into training, validation and test sets.');
    // the Introduction before, the Results after, a blank line between paragraphs
    expect(wrapped[0]!.map((r) => r.text).join('')).toMatch(/^Vertebral compression fractures/);
    expect(wrapped.filter((l) => l.length === 0).length).toBe(2);
    const start = contextStart(wrapped.length, 5, first, last);
    expect(start).toBeLessThanOrEqual(first);
    expect(start + 5).toBeGreaterThan(last);
    expect(searchSentences(text, 'SPLIT test')).toEqual([at]);
  });

  it('80×24: c shows the context in the detail\'s place, [ and ] page through the evidence', async () => {
    const r = await app();
    await r.resize(80, 24);
    await r.press('c');
    expect(r.frame()).toContain('context · evidence 1/2 ([ ] pages) · 1:3 · Title');
    expectGolden('tui/review-context-80x24.txt', r.frame() + '\n');
    await r.press(']');
    expect(r.frame()).toContain('context · evidence 2/2 ([ ] pages) · 5:106 · Abstract');
    expect(r.frame()).toContain('We trained a deep learning model to detect vertebral compression fractures');
    await r.press(']');
    expect(r.frame()).toContain('context · evidence 1/2');
    await r.press('[');
    expect(r.frame()).toContain('context · evidence 2/2');
    // moving to another item starts at its first evidence; c again shows the detail
    await r.press('j'); // item 2 (partial: the abstract is not structured), one evidence sentence
    expect(r.frame()).toContain('context · evidence 1/1 · 5:1 · Abstract');
    for (let i = 0; i < 3; i++) await r.press('j'); // item 5, missing without evidence
    expect(r.frame()).toContain('context · no evidence (p picks a sentence)');
    await r.press('c');
    expect(r.frame()).toContain('status: ✖ missing');
  });

  it('120×30: the context below the detail, the selected evidence marked ▸ in the detail', async () => {
    const r = await app();
    await r.resize(120, 30);
    await r.press(']');
    const f = r.frame();
    expect(f).toMatch(/│ ▸ 5:106 · Abstract/);
    expect(f).toMatch(/│ context · evidence 2\/2 \(\[ \] pages\) · 5:106 · Abstract/);
    for (const l of lines(f)) expect([...l].length).toBeLessThanOrEqual(120);
    expect(lines(f)).toHaveLength(29);
    expectGolden('tui/review-context-120x30.txt', f + '\n');
  });
});

describe('the new panes fit 80×24', () => {
  const fits = (f: string, columns: number, rows: number) => {
    expect(lines(f)).toHaveLength(rows - 1);
    for (const l of lines(f)) expect([...l].length, l).toBeLessThanOrEqual(columns);
  };

  it('? lists every key, the last line and the state file included', async () => {
    const r = await app();
    await r.resize(80, 24);
    await r.press('?', (f) => f.includes('Keys'));
    fits(r.frame(), 80, 24);
    for (const k of ['[ / ]', 'x ', 'p ', 'r ', 'e ', 's / q']) expect(r.frame()).toMatch(new RegExp(`│ ${k.replace(/[[\]/]/g, '\\$&')}`));
    expect(r.frame()).toContain('The review is saved to');
  });

  it('p: the search and its matches in the body', async () => {
    const r = await app();
    await r.resize(80, 24);
    await r.press('p', (f) => f.includes('pick the evidence of item 1'));
    fits(r.frame(), 80, 24);
    expect(r.frame()).toMatch(/^› 1:3 +Automated detection/m);
  });

  it('120×30: c shows the context alone beside the list', async () => {
    const r = await app();
    await r.resize(120, 30);
    await r.press('c');
    fits(r.frame(), 120, 30);
    expect(lines(r.frame())[5]).toMatch(/^all items · guideline order \(44\)\s+│ context · evidence 1\/2/);
    expect(r.frame()).not.toContain('status: ✔ reported');
  });
});

describe('corrections with keys', () => {
  it('x marks the evidence wrong, p picks another sentence by search, r sets the place; s saves them', async () => {
    const r = await app();
    await r.resize(100, 30);
    for (let i = 0; i < 7; i++) await r.press('j'); // item 8, evidence 17:1
    await r.press('x', (f) => f.includes('8: evidence marked wrong'));
    expect(r.frame()).toContain('17:1 · Methods · ✗ marked wrong');
    await r.press('p', (f) => f.includes('pick the evidence of item 8'));
    expect(r.frame()).toMatch(/\d+ of \d+ sentences match/);
    for (const ch of 'split test') await r.press(ch);
    expect(r.frame()).toContain('1 of');
    expect(r.frame()).toMatch(/› 18:\d+ +The data were split into training, validation and test sets\./);
    await r.press(KEY.enter, (f) => f.includes('8: evidence picked'));
    expect(r.frame()).toMatch(/▸ 18:\d+ · Methods · picked by the reviewer/);
    await r.press('r', (f) => f.includes('item 8 reported on'));
    for (const ch of 'p. 4') await r.press(ch);
    await r.press(KEY.enter, (f) => f.includes('8: reported on p. 4'));
    expect(r.frame()).toContain('reported on: p. 4 (reviewer)');
    await r.press('s', (f) => f.includes('saved to'));
    const saved = JSON.parse(readFileSync(r.statePath, 'utf8')).checklists['claim-2024'].items['8'];
    expect(saved).toMatchObject({ wrong: [expect.any(String)], picked: [{ text: 'The data were split into training, validation and test sets.', section: 'Methods', line: 18 }], reportedOn: 'p. 4' });
    expect(saved.decision).toBeUndefined();
    // x on the picked sentence removes it again; Esc leaves the search without picking
    await r.press('x', (f) => f.includes('8: picked sentence removed'));
    await r.press('p', (f) => f.includes('pick the evidence'));
    await r.press(KEY.escape, (f) => !f.includes('pick the evidence'));
    expect(r.frame()).toContain('evidence (1):');
  });
});

describe('e: the manuscript in the editor', () => {
  it('the editor table: +LINE by default, -g file:line for VS Code, file:line for Sublime; $VISUAL first', () => {
    const t = { file: 'paper.md', line: 17 };
    expect(editorCommand({ EDITOR: 'vim' }, t)).toEqual({ command: 'vim', args: ['+17', 'paper.md'] });
    expect(editorCommand({ EDITOR: 'code --wait' }, t)).toEqual({ command: 'code', args: ['--wait', '-g', 'paper.md:17'] });
    expect(editorCommand({ EDITOR: '/usr/local/bin/subl -w' }, t)).toEqual({ command: '/usr/local/bin/subl', args: ['-w', 'paper.md:17'] });
    expect(editorCommand({ VISUAL: "'/opt/my editor/ed'", EDITOR: 'nano' }, t)).toEqual({ command: '/opt/my editor/ed', args: ['+17', 'paper.md'] });
    expect(editorCommand({ EDITOR: 'nano' }, { file: 'paper.md' })).toEqual({ command: 'nano', args: ['paper.md'] });
    expect(editorCommand({ EDITOR: ' ' }, t)).toEqual({ error: 'set $VISUAL or $EDITOR to open the manuscript in your editor (e.g. export EDITOR=vim)' });
  });

  it('runs $EDITOR at the evidence line with the terminal out of raw mode, and takes the terminal back after', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rl-editor-'));
    const argv = join(dir, 'argv.txt');
    const editor = join(dir, 'fake-editor');
    writeFileSync(editor, `#!/bin/sh\nprintf '%s\\n' "$@" > "${argv}"\n`);
    chmodSync(editor, 0o755);
    const r = await app({ PATH: process.env.PATH, EDITOR: editor });
    const raw: boolean[] = [];
    (r.stdin as unknown as { setRawMode: (v: boolean) => void }).setRawMode = (v) => raw.push(v);
    for (let i = 0; i < 7; i++) await r.press('j'); // item 8, evidence 17:1
    await r.press('e', (f) => f.includes('back from fake-editor'));
    expect(readFileSync(argv, 'utf8')).toBe('+17\nexamples/draft-incomplete.md\n');
    expect(raw).toEqual([false, true]);
    expect(r.frame()).toContain('back from fake-editor (examples/draft-incomplete.md:17)');
    // keys work as before
    await r.press('j');
    expect(r.frame()).toMatch(/›\s+9 /);
  });

  it('without $VISUAL or $EDITOR: a message saying what to set, nothing run', async () => {
    const r = await app({ PATH: process.env.PATH });
    const raw: boolean[] = [];
    (r.stdin as unknown as { setRawMode: (v: boolean) => void }).setRawMode = (v) => raw.push(v);
    await r.resize(100, 30);
    await r.press('e', (f) => f.includes('set $VISUAL or $EDITOR'));
    expect(lines(r.frame()).at(-1)).toMatch(/^set \$VISUAL or \$EDITOR to open the manuscript in your editor/);
    expect(raw).toEqual([]);
  });
});
