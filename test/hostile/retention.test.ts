// Nothing kept across documents holds a document's text: a cached heading that is a slice of its document keeps the
// whole text alive in V8 (docs/performance.md, "A stable per-document cost over long runs"). Measured in a child Node
// with --expose-gc on the built module, so the heap figures are settled.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');

describe('retention across documents', () => {
  it('the heading cache does not keep a 16 MB document alive', () => {
    const script = `
      const { normaliseHeading } = await import(${JSON.stringify(pathToFileURL(join(root, 'dist/manuscript/sections.js')).href)});
      globalThis.gc();
      const base = process.memoryUsage().heapUsed;
      let doc = new TextDecoder().decode(Buffer.alloc(16 << 20, 97));
      for (let k = 0; k < 5; k++) normaliseHeading(doc.slice(k * 100, k * 100 + 40 + k));
      doc = undefined;
      globalThis.gc();
      console.log(process.memoryUsage().heapUsed - base);`;
    const r = spawnSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(Number(r.stdout.trim())).toBeLessThan(4 * 1024 * 1024);
  });
});
