// audit: every good file is reported when poisonous ones are mixed in (each its own error line); links out of
// the folder are not followed.
import { copyFileSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectFiles } from '../../src/audit/collect.js';
import { cli } from './cli.js';

const root = join(import.meta.dirname, '../..');
const tmp = mkdtempSync(join(tmpdir(), 'rl-batch-'));

function batch(): string {
  const dir = join(tmp, 'batch');
  const outside = join(tmp, 'outside');
  mkdirSync(dir, { recursive: true });
  mkdirSync(outside, { recursive: true });
  for (let i = 0; i < 40; i++) copyFileSync(join(root, 'examples/draft-incomplete.md'), join(dir, `good-${String(i).padStart(2, '0')}.md`));
  writeFileSync(join(outside, 'secret.md'), '# Secret\n\nroot:x:0:0:root:/root:/bin/bash\n');
  symlinkSync(join(outside, 'secret.md'), join(dir, 'link-out.md'));
  symlinkSync(outside, join(dir, 'linked-folder'));
  writeFileSync(join(dir, 'deep.md'), `# T\n\n${'> '.repeat(100_000)}x\n`);
  writeFileSync(join(dir, 'binary.md'), Buffer.from([0, 1, 2, 3, 0, 0, 7]));
  // slow without the time limit: several seconds in micromark once the markers limit is raised
  writeFileSync(join(dir, 'slow.md'), `# T\n\n${'*a'.repeat(40_000)}\n`);
  return dir;
}

describe('audit isolates every document', () => {
  it('a batch with poisonous files reports every good file, each poison on its own line', () => {
    const dir = batch();
    const t0 = performance.now();
    const r = cli(['audit', dir, '-f', 'json', '--limit', 'time=2s', '--limit', 'markers=10000000'], { timeout: 120_000 });
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

  it('a document that runs out of its heap is its own error line; the worker is replaced', () => {
    const dir = join(tmp, 'oom');
    mkdirSync(dir, { recursive: true });
    for (let i = 0; i < 4; i++) copyFileSync(join(root, 'examples/draft-incomplete.md'), join(dir, `good-${i}.md`));
    writeFileSync(join(dir, 'b-huge-table.md'), `# T\n\n| a | b | c |\n|---|---|---|\n${'| x | y | z |\n'.repeat(19_000)}`);
    const r = cli(['audit', dir, '-f', 'json', '-j', '1', '--limit', 'memory=48'], { timeout: 120_000 });
    const j = JSON.parse(r.stdout);
    expect(j.checked).toBe(4);
    expect(j.failed).toEqual([{ path: join(dir, 'b-huge-table.md'), error: expect.stringMatching(/^ran out of memory \(more than 48 MB\), over the memory limit of 48MB \(raise it with --limit memory=/) }]);
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
