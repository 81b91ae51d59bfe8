// Nothing reportlint writes replaces an input or a special file; settings files must be regular files; a review
// state that does not parse or validate is moved aside, never overwritten; a signal leaves no temporary file.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkOutputPath, writeFileAtomic } from '../../src/util/fs.js';
import { loadReviewState } from '../../src/tui/review-state.js';
import { cli } from './cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'rl-writes-'));
const PAPER = '# A study\n\n## Methods\n\nWe trained a model on 300 scans from one hospital.\n';
function paper(name = 'paper.md'): string {
  const dir = mkdtempSync(join(tmp, 'p-'));
  const f = join(dir, name);
  writeFileSync(f, PAPER);
  return f;
}
const hasFifo = spawnSync('mkfifo', ['--version']).status === 0;

describe('-o never writes an input', () => {
  it.each([
    ['check', (f: string) => ['check', '-o', f, f]],
    ['check -f json', (f: string) => ['check', f, '-f', 'json', '--output', f]],
    ['extract', (f: string) => ['extract', '-o', f, f]],
  ])('%s -o <the input> is refused, the input intact', (_n, args) => {
    const f = paper();
    const r = cli(args(f));
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/is an input .*choose another output file/);
    expect(readFileSync(f, 'utf8')).toBe(PAPER);
  }, 60_000);

  it('a hard link or a symbolic link to the input is refused too', () => {
    const f = paper();
    const hard = join(tmp, `hard-${Date.now()}.md`);
    linkSync(f, hard);
    expect(cli(['check', f, '-o', hard]).stderr).toMatch(/is an input/);
    const soft = join(tmp, `soft-${Date.now()}.md`);
    symlinkSync(f, soft);
    expect(cli(['check', f, '-o', soft]).stderr).toMatch(/is a symbolic link/);
    expect(readFileSync(f, 'utf8')).toBe(PAPER);
  }, 60_000);

  it('audit -o onto a file inside the audited folder is refused before checking', () => {
    const f = paper();
    const dir = join(f, '..');
    const r = cli(['audit', dir, '-o', f]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/is an input/);
    expect(readFileSync(f, 'utf8')).toBe(PAPER);
  }, 60_000);

  it('a folder, a device or a FIFO is not replaced', () => {
    const f = paper();
    expect(() => checkOutputPath('/dev/null')).toThrow(/is not a regular file \(a device\)/);
    expect(() => checkOutputPath(tmp)).toThrow(/is not a regular file \(a folder\)/);
    if (hasFifo) {
      const fifo = join(tmp, 'fifo');
      spawnSync('mkfifo', [fifo]);
      const r = cli(['check', f, '-o', fifo]);
      expect(r.stderr).toMatch(/is not a regular file \(a FIFO\)/);
      expect(r.code).toBe(2);
    }
  }, 60_000);

  it('a new file and an existing regular output are written', () => {
    const f = paper();
    const out = join(tmp, `report-${Date.now()}.txt`);
    writeFileAtomic(out, 'one');
    writeFileAtomic(out, 'two', [f]);
    expect(readFileSync(out, 'utf8')).toBe('two');
  }, 60_000);
});

describe('settings files must be regular files', () => {
  it.each([
    ['checklist', ['-c', '/dev/zero']],
    ['configuration', ['--config', '/dev/zero']],
    ['study description', ['--study', '/dev/zero']],
  ])('%s /dev/zero: one line, exit 2, at once', (_n, extra) => {
    const f = paper();
    const t0 = performance.now();
    const r = cli(['check', f, ...extra], { timeout: 20_000 });
    expect(r.signal).toBeNull();
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\/dev\/zero: .*(not a regular file|regular file)/);
    expect(performance.now() - t0).toBeLessThan(15_000);
  }, 60_000);

  it('--state /dev/zero for review', () => {
    const f = paper();
    const r = cli(['review', f, '--export', 'md', '--state', '/dev/zero'], { timeout: 20_000 });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\/dev\/zero: is not a regular file/);
  }, 60_000);
});

describe('review state that does not parse or validate', () => {
  const checklists = [{ id: 'claim-2024', items: [{ id: '1' }] }] as never;
  it.each([
    ['broken JSON', '{"tool": "reportlint-review", '],
    ['a null checklist', JSON.stringify({ tool: 'reportlint-review', version: 1, file: 'p.md', checklists: { 'claim-2024': null } })],
    ['wrong types', JSON.stringify({ tool: 'reportlint-review', version: 1, file: 'p.md', checklists: { 'claim-2024': { fingerprint: 'x', items: { '1': { decision: 42, note: ['x'] } } } } })],
    ['items as an array', JSON.stringify({ tool: 'reportlint-review', version: 1, file: 'p.md', checklists: { x: { fingerprint: 'x', items: [1] } } })],
  ])('%s: moved aside to .bak with one warning, never overwritten', (_n, text) => {
    const dir = mkdtempSync(join(tmp, 'state-'));
    const p = join(dir, 'p.md.review.json');
    writeFileSync(p, text);
    const { state, warnings, movedAside } = loadReviewState(p, 'p.md', checklists);
    expect(movedAside).toBe(`${p}.bak`);
    expect(readFileSync(`${p}.bak`, 'utf8')).toBe(text);
    expect(existsSync(p)).toBe(false);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/kept as .*\.bak, starting a new review$/);
    expect(state.checklists).toEqual({});
    // a second bad file does not replace the first .bak
    writeFileSync(p, text);
    expect(loadReviewState(p, 'p.md', checklists).movedAside).toBe(`${p}.bak.1`);
  }, 60_000);

  it('an export only ignores it (reads, never moves)', () => {
    const dir = mkdtempSync(join(tmp, 'state-'));
    const p = join(dir, 's.json');
    writeFileSync(p, '{');
    const r = loadReviewState(p, 'p.md', checklists, undefined, { readOnly: true });
    expect(r.movedAside).toBeUndefined();
    expect(existsSync(p)).toBe(true);
  }, 60_000);
});

describe('signals', () => {
  it('SIGTERM during a large atomic write leaves no temporary file', async () => {
    const dir = mkdtempSync(join(tmp, 'sig-'));
    mkdirSync(dir, { recursive: true });
    const target = join(dir, 'out.txt');
    const mod = join(import.meta.dirname, '../../src/util/fs.ts');
    const script = `import { writeFileAtomic } from ${JSON.stringify(mod)}; import { writeSync } from 'node:fs'; const big = 'x'.repeat(20 * 1024 * 1024); writeSync(1, 'go\\n'); for (let i = 0; i < 200; i++) { writeFileAtomic(${JSON.stringify(target)}, big + i); await new Promise((r) => setImmediate(r)); }`;
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'pipe'] });
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    await new Promise((r) => setTimeout(r, 150));
    child.kill('SIGTERM');
    const code = await new Promise<string | null>((resolve) => child.on('exit', (_c, sig) => resolve(sig)));
    expect(code).toBe('SIGTERM');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }, 30_000);
});
