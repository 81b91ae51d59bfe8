import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checklist } from '../../src/reporters/checklist.js';
import { exportMarkdown } from '../../src/tui/export.js';
import { emptyState, withItem } from '../../src/tui/review-state.js';
import { draft } from './helpers.js';

const cli = (args: string[], env: NodeJS.ProcessEnv = {}) =>
  spawnSync(process.execPath, ['bin/reportlint.js', ...args], { encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...env } });

describe('reportlint review (command)', () => {
  it('refuses to start without a terminal: one line, exit 2', () => {
    for (const env of [{}, { CI: 'true' }]) {
      const r = cli(['review', 'examples/draft-incomplete.md'], env);
      expect(r.status).toBe(2);
      expect(r.stderr).toBe('reportlint: review needs an interactive terminal; use "reportlint check <file>" or "reportlint review <file> --export md"\n');
      expect(r.stdout).toBe('');
    }
  });

  it('--output without --export: one line, exit 2', () => {
    const r = cli(['review', 'examples/draft-incomplete.md', '--output', 'x.docx']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('reportlint: --output is for --export (the completed checklist); the review state goes to --state\n');
  });

  it('--export md prints the checklist with the saved decisions and notes', async () => {
    const file = await draft();
    const cl = file.checklists[0]!;
    let s = withItem(emptyState(file.path), cl, '2', { decision: 'not-applicable', note: 'a letter | no abstract' });
    s = withItem(s, cl, '1', { decision: 'accepted' });
    const p = join(mkdtempSync(join(tmpdir(), 'rl-review-')), 'state.json');
    writeFileSync(p, JSON.stringify(s));
    const r = cli(['review', 'examples/draft-incomplete.md', '--checklist', 'claim-2024', '--state', p, '--export', 'md']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('| Section | Item | Topic | Reported on | Automatic | Reviewer | Note |');
    expect(r.stdout).toContain('| Title/Abstract | 1 | AI methodology identified | line 1; line 5 | Yes | Yes (accepted) |  |');
    expect(r.stdout).toContain('| Abstract | 2 | Abstract summary | line 5 | Partly | **Not applicable** (override) | a letter \\| no abstract | “We trained a deep learning model to detect vertebral compression fractures on lateral spine radiographs.” |');
    expect(r.stdout).toMatch(/\*\*Summary \(after review\):\*\* .*5 Not applicable.*\(44 items; 2 decided by the reviewer\)/);
    expect(exportMarkdown(file, s, { date: '2025-01-01' })).toContain('- **Date:** 2025-01-01');
  });

  it('--export md is the checklist reporter with the decisions as an overlay', async () => {
    const file = await draft();
    const date = '2025-01-01';
    const plain = checklist({ tool: 'reportlint', version: '9.9', schemaVersion: 1, files: [file] }, { date }).split('\n');
    const reviewed = exportMarkdown(file, emptyState(file.path), { date, version: '9.9' }).split('\n');
    // same header, citation and URL lines; the "Completed by" line names the reviewer
    const header = (lines: string[]) => lines.filter((l) => l.startsWith('- **') && !l.startsWith('- **Completed by'));
    expect(header(reviewed)).toEqual(header(plain));
    expect(reviewed).toContain("- **Completed by:** reviewer, starting from reportlint 9.9's automatic assessment");
    // without decisions the statuses after review are the automatic ones, counted in the same (form) order
    const summary = (lines: string[]) => lines.find((l) => l.startsWith('**Summary'))!.replace(/^\*\*Summary[^:]*:\*\* /, '').replace(/; \d+ decided by the reviewer/, '');
    expect(summary(reviewed)).toBe(summary(plain));
  });

  it('--export md: a state saved without a manuscript fingerprint keeps its decisions, and says so', async () => {
    const file = await draft();
    const p = join(mkdtempSync(join(tmpdir(), 'rl-review-')), 'state.json');
    writeFileSync(p, JSON.stringify(withItem(emptyState(file.path), file.checklists[0]!, '2', { decision: 'not-applicable' })));
    const r = cli(['review', 'examples/draft-incomplete.md', '--checklist', 'claim-2024', '--state', p, '--export', 'md']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe(`reportlint: warning: ${p} was saved without a manuscript fingerprint: 1 decision kept, not checked against the text\n`);
    expect(r.stdout).toContain('**Not applicable** (override)');
  });

  it('--export md warns (stderr) and ignores a state saved for another version of the checklist', () => {
    const p = join(mkdtempSync(join(tmpdir(), 'rl-review-')), 'state.json');
    writeFileSync(p, JSON.stringify({ tool: 'reportlint-review', version: 1, file: 'x', checklists: { 'claim-2024': { fingerprint: 'old', items: { '2': { decision: 'reported', at: 'x' } } } } }));
    const r = cli(['review', 'examples/draft-incomplete.md', '--checklist', 'claim-2024', '--state', p, '--export', 'md']);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/warning: .*checklist claim-2024 has changed/);
    expect(r.stdout).not.toContain('(override)');
  });
});
