// audit and check: every good file is reported when poisonous ones are mixed in (each its own error line), on
// worker threads and in one process alike; links out of the folder are not followed.
import { copyFileSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectFiles } from '../../src/audit/collect.js';
import { cli } from './cli.js';

const root = join(import.meta.dirname, '../..');
const tmp = mkdtempSync(join(tmpdir(), 'rl-batch-'));

function batch(name = 'batch', slow = true): string {
  const dir = join(tmp, name);
  const outside = join(tmp, `${name}-outside`);
  mkdirSync(dir, { recursive: true });
  mkdirSync(outside, { recursive: true });
  for (let i = 0; i < 40; i++) copyFileSync(join(root, 'examples/draft-incomplete.md'), join(dir, `good-${String(i).padStart(2, '0')}.md`));
  writeFileSync(join(outside, 'secret.md'), '# Secret\n\nroot:x:0:0:root:/root:/bin/bash\n');
  symlinkSync(join(outside, 'secret.md'), join(dir, 'link-out.md'));
  symlinkSync(outside, join(dir, 'linked-folder'));
  writeFileSync(join(dir, 'deep.md'), `# T\n\n${'> '.repeat(100_000)}x\n`);
  writeFileSync(join(dir, 'binary.md'), Buffer.from([0, 1, 2, 3, 0, 0, 7]));
  // slow without the time limit: several seconds in micromark once the markers limit is raised
  if (slow) writeFileSync(join(dir, 'slow.md'), `# T\n\n${'*a'.repeat(40_000)}\n`);
  return dir;
}

describe('audit isolates every document', () => {
  it('a batch with poisonous files reports every good file, each poison on its own line', () => {
    const dir = batch();
    const t0 = performance.now();
    const r = cli(['audit', dir, '-f', 'json', '-j', '2', '--limit', 'time=2s', '--limit', 'markers=10000000'], { timeout: 120_000 });
    const secs = (performance.now() - t0) / 1000;
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.checked).toBe(40);
    expect(j.files).toBe(43);
    const failed = Object.fromEntries((j.failed as Array<{ path: string; error: string }>).map((f) => [f.path.replace(/.*\//, ''), f.error]));
    expect(Object.keys(failed).sort()).toEqual(['binary.md', 'deep.md', 'slow.md']);
    expect(failed['deep.md']).toMatch(/over the depth limit of 200/);
    expect(failed['slow.md']).toMatch(/took too long, over the time limit of 2s/);
    expect(r.stderr.trim().split('\n')).toHaveLength(3);
    expect(r.stdout + r.stderr).not.toContain('root:x');
    expect(secs).toBeLessThan(100);
  }, 150_000);

  it('check: the same batch on two workers and in one process gives the same report and the same error lines, in input order', () => {
    // no slow file here: whether it overruns 2 s depends on the machine and on how warm the process is (the
    // audit test above covers the time limit on workers)
    const dir = batch('check-batch', false);
    const args = ['check', dir, '-f', 'json', '-c', 'claim-2024', '--fail-on', 'never'];
    const pooled = cli([...args, '--jobs', '2'], { timeout: 120_000 });
    const single = cli([...args, '--jobs', '0'], { timeout: 120_000 });
    for (const r of [pooled, single]) {
      expect(r.code).toBe(2);
      const files = (JSON.parse(r.stdout).files as Array<{ path: string }>).map((f) => f.path.replace(/.*\//, ''));
      expect(files).toEqual(Array.from({ length: 40 }, (_, i) => `good-${String(i).padStart(2, '0')}.md`));
      const lines = r.stderr.trim().split('\n');
      expect(lines.map((l) => l.replace(/^reportlint: .*\/([^/:]+):.*$/, '$1'))).toEqual(['binary.md', 'deep.md']);
      expect(lines[1]).toMatch(/over the depth limit of 200/);
      expect(r.stdout + r.stderr).not.toContain('root:x');
    }
    expect(pooled.stdout.replace(/"version": "[^"]*"/, '')).toEqual(single.stdout.replace(/"version": "[^"]*"/, ''));
  }, 300_000);

  it('a document that runs out of its heap is its own error line; the worker is replaced', () => {
    const dir = join(tmp, 'oom');
    mkdirSync(dir, { recursive: true });
    for (let i = 0; i < 4; i++) copyFileSync(join(root, 'examples/draft-incomplete.md'), join(dir, `good-${i}.md`));
    writeFileSync(join(dir, 'b-huge-table.md'), `# T\n\n| a | b | c |\n|---|---|---|\n${'| x | y | z |\n'.repeat(19_000)}`);
    const r = cli(['audit', dir, '-f', 'json', '-j', '1', '--limit', 'memory=48'], { timeout: 120_000 });
    const j = JSON.parse(r.stdout);
    expect(j.checked).toBe(4);
    expect(j.failed).toEqual([{ path: join(dir, 'b-huge-table.md'), error: expect.stringMatching(/^ran out of memory \(more than 48 MB\), over the memory limit of 48MB \(raise it with --limit memory=/) }]);
    // check on a worker: the same file is one error line and the other four are reported
    const c = cli(['check', dir, '-f', 'json', '--fail-on', 'never', '-j', '1', '--limit', 'memory=48'], { timeout: 120_000 });
    expect(c.code).toBe(2);
    expect(JSON.parse(c.stdout).files).toHaveLength(4);
    expect(c.stderr.trim()).toMatch(/^reportlint: .*b-huge-table\.md: ran out of memory \(more than 48 MB\)[^\n]*$/);
  }, 150_000);

  it('workers that cannot even start (their warm-up runs out of memory) end the batch: each file its own error line', () => {
    const dir = join(tmp, 'no-start');
    mkdirSync(dir, { recursive: true });
    for (let i = 0; i < 3; i++) copyFileSync(join(root, 'examples/draft-incomplete.md'), join(dir, `good-${i}.md`));
    const c = cli(['check', dir, '-f', 'json', '--fail-on', 'never', '-j', '2', '--limit', 'memory=8'], { timeout: 120_000 });
    expect(c.code).toBe(2);
    expect(c.stdout).not.toContain('good-');
    const lines = c.stderr.trim().split('\n');
    expect(lines.map((l) => l.replace(/^reportlint: .*\/([^/:]+):.*$/, '$1')).sort()).toEqual(['good-0.md', 'good-1.md', 'good-2.md']);
    for (const l of lines) expect(l).toMatch(/ran out of memory \(more than 8 MB\)/);
  }, 150_000);

  it('collecting a folder never follows links', () => {
    const dir = join(tmp, 'collect');
    mkdirSync(join(dir, 'sub'), { recursive: true });
    writeFileSync(join(dir, 'sub', 'in.md'), '# In\n');
    const out = join(tmp, 'collect-outside');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'out.md'), '# Out\n');
    symlinkSync(join(out, 'out.md'), join(dir, 'link.md'));
    symlinkSync(out, join(dir, 'dir-link'));
    symlinkSync(join(dir, 'sub', 'in.md'), join(dir, 'link-in.md'));
    const { files } = collectFiles([dir]);
    // links are not followed at all, not even those that stay inside the folder
    expect(files.map((f) => f.slice(dir.length + 1)).sort()).toEqual(['sub/in.md']);
  });
});
