/**
 * `reportlint review` in a real terminal: tmux runs it in a detached session, keys are sent as one burst, the
 * screen is read back with capture-pane. Skipped (with the reason printed) where tmux is not installed.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/** the tmux program (REPORTLINT_TEST_TMUX names another, e.g. a missing one to see the skip) */
const TMUX = process.env.REPORTLINT_TEST_TMUX ?? 'tmux';
const hasTmux = spawnSync(TMUX, ['-V'], { encoding: 'utf8' }).status === 0;
if (!hasTmux) console.log(`test/tui/tmux.test.ts skipped: ${TMUX} is not installed (apt-get install tmux)`);

// a server of our own (-L): never the user's tmux sessions
const dir = mkdtempSync(join(tmpdir(), 'rl-tmux-'));
const socket = `reportlint-test-${process.pid}`;
const session = 'review';
const tmux = (...args: string[]) => execFileSync(TMUX, ['-L', socket, ...args], { encoding: 'utf8' });
const screen = (session = 'review') => tmux('capture-pane', '-p', '-t', session);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitForScreen(cond: (s: string) => boolean, what: string, timeout = 15000, of = session): Promise<string> {
  const end = Date.now() + timeout;
  let s = '';
  while (Date.now() < end) {
    s = screen(of);
    if (cond(s)) return s;
    await sleep(100);
  }
  throw new Error(`timed out waiting for ${what}; the screen:\n${s}`);
}

/** The screen's lines with the trailing blank ones removed. */
const linesOf = (s: string) => s.replace(/\s+$/, '').split('\n');

afterAll(() => {
  if (hasTmux) spawnSync(TMUX, ['-L', socket, 'kill-server']);
  rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(!hasTmux)('reportlint review in tmux', () => {
  it('a burst of jjjj selects the 5th item; at 80 columns the layout is stacked and whole; q then n quits', { timeout: 60000 }, async () => {
    const state = join(dir, 'draft.review.json');
    // a reviewer's terminal: CI=true (set on CI machines) makes review refuse to start, as it should there
    const cmd = `env -u CI node bin/reportlint.js review examples/draft-incomplete.md --state ${state}; echo "exit status $?"; sleep 60`;
    tmux('new-session', '-d', '-s', session, '-x', '120', '-y', '40', '-c', process.cwd(), cmd);
    tmux('set-option', '-t', session, 'remain-on-exit', 'on');

    await waitForScreen((s) => s.includes('? help') && s.includes('›   1 ✔'), 'the first screen');
    tmux('send-keys', '-t', session, '-l', 'jjjj');
    const wide = await waitForScreen((s) => /›\s+5 ✖\s+Prospective or retrospective/.test(s), 'the 5th item selected');
    // side by side at 120 columns: the list row and the detail title on one line
    expect(wide).toMatch(/all items · guideline order \(44\)\s+│ 5 Prospective or retrospective \(Methods\)/);
    expect(linesOf(wide)).toHaveLength(39);

    tmux('resize-window', '-t', session, '-x', '80', '-y', '40');
    const narrow = await waitForScreen((s) => /^5 Prospective or retrospective \(Methods\)$/m.test(s), 'the stacked layout at 80 columns');
    const lines = linesOf(narrow);
    // one screen, top to bottom, no line drawn over another: header, rule, list, rule, detail, rule, status line
    expect(lines[0]).toMatch(/^reportlint review · examples\/draft-incomplete\.md/);
    expect(lines[1]).toMatch(/^study type: ai_imaging \+ diagnostic_accuracy/);
    expect(lines[4]).toBe('─'.repeat(80));
    expect(lines[5]).toMatch(/^all items · guideline order \(44\)$/);
    expect(lines.filter((l) => l === '─'.repeat(80))).toHaveLength(3);
    expect(lines.at(-2)).toBe('─'.repeat(80));
    expect(lines.at(-1)).toMatch(/^↑↓ move · .* · q quit · \? help$/);
    expect(lines.filter((l) => /^reportlint review ·/.test(l))).toHaveLength(1);
    expect(narrow).toMatch(/^›\s+5 ✖\s+Prospective or retrospective$/m);
    expect(narrow).toMatch(/^status: ✖ missing$/m);
    expect(narrow).not.toContain('│');
    for (const l of lines) expect([...l].length).toBeLessThanOrEqual(80);

    tmux('send-keys', '-t', session, '-l', 'a');
    await waitForScreen((s) => s.includes('5: automatic verdict accepted'), 'the decision');
    tmux('send-keys', '-t', session, '-l', 'q');
    await waitForScreen((s) => s.includes('Save before quitting?'), 'the question to save');
    tmux('send-keys', '-t', session, '-l', 'n');
    const after = await waitForScreen((s) => s.includes('exit status'), 'the end of the command');
    expect(after).toContain('review: 1 item decided, 0 overridden, 0 with notes · not saved');
    expect(after).toContain('exit status 0');
  });

  it('the context highlights the evidence; e runs $EDITOR at its line with the terminal out of raw mode, then keys work again', { timeout: 60000 }, async () => {
    const s2 = 'editor';
    const argv = join(dir, 'argv.txt');
    const stty = join(dir, 'stty.txt');
    const editor = join(dir, 'fake-editor');
    // records its arguments and the terminal's mode while it runs
    writeFileSync(editor, `#!/bin/sh\nprintf '%s\\n' "$@" > '${argv}'\nstty -a > '${stty}'\n`);
    chmodSync(editor, 0o755);
    const cmd = `env -u CI -u VISUAL EDITOR='${editor}' node bin/reportlint.js review examples/draft-incomplete.md --state ${join(dir, 'editor.review.json')}; echo "exit status $?"; sleep 60`;
    tmux('new-session', '-d', '-s', s2, '-x', '120', '-y', '30', '-c', process.cwd(), cmd);
    await waitForScreen((s) => s.includes('? help') && s.includes('›   1 ✔'), 'the first screen', 15000, s2);
    tmux('send-keys', '-t', s2, '-l', 'jjjjjjj');
    await waitForScreen((s) => /›\s+8 ◐\s+Inclusion and exclusion criteria/.test(s), 'item 8', 15000, s2);
    // the evidence sentence in the context is drawn inverse
    const colours = tmux('capture-pane', '-p', '-e', '-t', s2);
    expect(colours).toMatch(/\u001B\[7m[^\u001B]*Lateral thoracolumbar radiographs were collected/);
    tmux('send-keys', '-t', s2, '-l', 'e');
    await waitForScreen((s) => s.includes('back from fake-editor (examples/draft-incomplete.md:17)'), 'the return from the editor', 15000, s2);
    expect(readFileSync(argv, 'utf8')).toBe('+17\nexamples/draft-incomplete.md\n');
    // while the editor ran, the terminal was in its normal (cooked) mode: line editing and echo on
    const mode = readFileSync(stty, 'utf8');
    expect(mode).toMatch(/(^|\s)icanon(\s|$)/m);
    expect(mode).toMatch(/(^|\s)echo(\s|$)/m);
    tmux('send-keys', '-t', s2, '-l', 'j');
    await waitForScreen((s) => /›\s+9 ✔\s+Data preprocessing/.test(s), 'a key after the editor', 15000, s2);
    tmux('send-keys', '-t', s2, '-l', 'q');
    await waitForScreen((s) => s.includes('exit status 0'), 'the end', 15000, s2);
  });

  it('a Word checklist is never written to the terminal: check -f checklist-docx and review --export docx refuse', { timeout: 30000 }, async () => {
    const s3 = 'docx';
    const cmd =
      'node bin/reportlint.js check examples/draft-incomplete.md -f checklist-docx --no-config; echo "check status $?"; ' +
      'node bin/reportlint.js review examples/draft-incomplete.md --export docx; echo "review status $?"; sleep 60';
    tmux('new-session', '-d', '-s', s3, '-x', '160', '-y', '20', '-c', process.cwd(), cmd);
    const s = await waitForScreen((x) => x.includes('review status'), 'both commands', 20000, s3);
    expect(s).toContain('reportlint: --format checklist-docx writes a binary file: use --output <file> or redirect stdout\ncheck status 2');
    expect(s).toContain('reportlint: --export docx writes a Word file: use --output <file> or redirect stdout\nreview status 2');
    expect(s).not.toContain('PK');
  });
});
