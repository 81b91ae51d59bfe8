/** The audit pipeline's own steps: file collection and the worker pool (the figures are pinned in study-cli.test.ts). */
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectFiles } from '../src/audit/collect.js';
import type { AuditReport } from '../src/audit/types.js';

const root = join(import.meta.dirname, '..');

describe('audit: collecting files', () => {
  it('finds manuscripts and study descriptions in folder order, skipping README and labels.csv', () => {
    const { files, failed } = collectFiles([join(root, 'test/fixtures/study-corpus')]);
    expect(files.map((f) => relative(join(root, 'test/fixtures/study-corpus'), f))).toEqual([
      'a-mri.md',
      'b-ct.md',
      'descriptions/c-radiograph.yaml',
      'descriptions/d-mri.json',
      'descriptions/e-broken.yaml',
    ]);
    expect(failed).toEqual([]);
  });

  it('walks folders depth first in name order; hidden, node_modules and non-study YAML/JSON are skipped', () => {
    const d = mkdtempSync(join(tmpdir(), 'reportlint-audit-'));
    const put = (p: string, text: string) => {
      mkdirSync(join(d, p, '..'), { recursive: true });
      writeFileSync(join(d, p), text);
    };
    for (const p of ['a/x.md', 'a.md', 'B.MD', '.hidden/y.md', 'node_modules/z.md', 'README.md', 'notes.csv', 'sub/.dot.md']) put(p, '# T\n\nText.\n');
    put('config.json', '{"checklist": "claim-2024"}');
    put('study.yaml', 'title: A study\nstudy:\n  type: clinical\n');
    const { files, failed } = collectFiles([d, join(d, 'a.md'), join(d, 'missing')]);
    expect(files.map((f) => relative(d, f))).toEqual(['B.MD', 'a/x.md', 'a.md', 'study.yaml']);
    expect(failed).toEqual([{ path: join(d, 'missing'), error: 'no such file or folder' }]);
  });
});

// the pool runs only from compiled code (workers load the .js module), so this compares the built dist/
const built = join(root, 'dist/audit/index.js');
describe.skipIf(!existsSync(built))(existsSync(built) ? 'audit: worker pool' : 'audit: worker pool (dist/ not built: run npm run build)', () => {
  it('gives the same report on worker threads as in-process', async () => {
    const { audit } = (await import(built)) as { audit: (p: string[], o: { jobs: number; keepRecords: boolean }) => Promise<AuditReport> };
    const inputs = ['examples', 'test/fixtures/study-corpus', 'test/fixtures/readers'].map((p) => join(root, p));
    const strip = ({ measuredAt: _m, durationMs: _d, ...r }: AuditReport) => r;
    const pooled = await audit(inputs, { jobs: 2, keepRecords: true });
    const single = await audit(inputs, { jobs: 1, keepRecords: true });
    expect(pooled.files).toBeGreaterThanOrEqual(8);
    expect(pooled.failed.map((f) => relative(root, f.path))).toEqual(['test/fixtures/study-corpus/descriptions/e-broken.yaml']);
    expect(strip(pooled)).toEqual(strip(single));
  }, 60_000);
});
