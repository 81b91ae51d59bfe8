import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../src/api.js';
import { parseWaivers } from '../src/waivers/index.js';
import { cli } from './cli-run.js';
import { expectGolden } from './golden.js';

const draft = 'examples/draft-incomplete.md';

describe('waiver comments', () => {
  it('Markdown/HTML and LaTeX syntax, several ids, a reason after --', () => {
    expect(parseWaivers('# T\n\n<!-- reportlint-disable claim-2024/11, claim-2024/12 -- animal data, no patients -->\n', 'markdown')).toEqual([
      { ids: ['claim-2024/11', 'claim-2024/12'], reason: 'animal data, no patients', line: 3 },
    ]);
    expect(parseWaivers('\\section{A}\n  % reportlint-disable stard-2015/* -- not a diagnostic study\n% not a waiver\n', 'latex')).toEqual([{ ids: ['stard-2015/*'], reason: 'not a diagnostic study', line: 2 }]);
    // LaTeX comment syntax is not a waiver in Markdown
    expect(parseWaivers('% reportlint-disable claim-2024/11\n', 'markdown')).toEqual([]);
  });

  it('a waived item keeps its status, gains `waived`, and stops failing', async () => {
    const text = '# A CNN study\n\n<!-- reportlint-disable claim-2024/11 claim-2024/99 -- animal data -->\n\n## Methods\n\nWe trained a CNN.\n';
    const r = await check({ text, path: 'a.md' }, { checklists: 'claim-2024' });
    const it11 = r.files[0]!.checklists[0]!.items.find((i) => i.id === '11')!;
    expect(it11.status).toBe('missing');
    expect(it11.waived).toEqual({ by: 'comment', reason: 'animal data', line: 3 });
    expect(r.files[0]!.warnings).toContain('line 3: reportlint-disable names no checklist item: claim-2024/99');
  });
});

describe('waivers in a LaTeX paper', () => {
  it('may stand in an \\input file; the waiver names that file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'reportlint-texwaive-'));
    mkdirSync(join(dir, 'sections'));
    writeFileSync(join(dir, 'paper.tex'), '\\documentclass{article}\n\\begin{document}\n\\section{Methods}\n\\input{sections/methods}\n\\end{document}\n');
    writeFileSync(join(dir, 'sections/methods.tex'), 'We trained a CNN.\n% reportlint-disable claim-2024/11 -- animal data\n');
    const r = await check(join(dir, 'paper.tex'), { checklists: 'claim-2024' });
    const it11 = r.files[0]!.checklists[0]!.items.find((i) => i.id === '11')!;
    expect(it11.waived).toMatchObject({ by: 'comment', reason: 'animal data', line: 2 });
    expect(it11.waived!.file).toMatch(/sections\/methods\.tex$/);
  });
});

describe('rule settings in the configuration, --max-warnings', () => {
  const dir = mkdtempSync(join(tmpdir(), 'reportlint-rules-'));

  it('"off" waives, "warn" turns errors into warnings; verbose shows waived items with the reason', () => {
    const rules: Record<string, string> = { 'claim-2024/*': 'warn', 'claim-2024/11': 'off' };
    writeFileSync(join(dir, '.reportlintrc.json'), JSON.stringify({ checklist: 'claim-2024', rules }));
    const r = cli(['check', join(process.cwd(), draft), '-q'], { cwd: dir });
    expect(r.stdout).not.toMatch(/error {2}/);
    expect(r.stdout).toMatch(/44 items\), 1 waived/);
    expect(r.code).toBe(0);
    const v = cli(['check', join(process.cwd(), draft), '-v'], { cwd: dir });
    expect(v.stdout).toMatch(/info +Waived: De-identification \("claim-2024\/11": "off" in the configuration\) +claim-2024\/11/);
    const m = cli(['check', join(process.cwd(), draft), '--max-warnings', '3'], { cwd: dir });
    expect(m.code).toBe(1);
    expect(m.stderr).toMatch(/^reportlint: \d+ warnings, more than --max-warnings 3\n$/);
  });

  it('checklist files in a configuration are relative to it', () => {
    const sub = mkdtempSync(join(tmpdir(), 'reportlint-rel-'));
    mkdirSync(join(sub, 'lists'));
    mkdirSync(join(sub, 'deeper'));
    copyFileSync(join(process.cwd(), 'test/fixtures/checklists/valid-custom.yaml'), join(sub, 'lists/mine.yaml'));
    writeFileSync(join(sub, '.reportlintrc.yaml'), 'checklist: lists/mine.yaml\n');
    const r = cli(['check', join(process.cwd(), draft), '-f', 'json'], { cwd: join(sub, 'deeper') });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).files[0].checklists.map((c: { id: string }) => c.id)).toEqual(['my-lab-2025']);
  });

  it('two configuration files in one folder: one line naming both', () => {
    const two = mkdtempSync(join(tmpdir(), 'reportlint-two-'));
    writeFileSync(join(two, '.reportlintrc.json'), '{}');
    writeFileSync(join(two, '.reportlintrc.yaml'), 'quiet: true\n');
    const r = cli(['check', join(process.cwd(), draft)], { cwd: two });
    expect(r.stderr).toBe(`reportlint: ${join(two, '.reportlintrc.json')} and ${join(two, '.reportlintrc.yaml')} are both configuration files: keep one per folder\n`);
    expect(r.code).toBe(2);
  });

  it('golden: the draft with waivers in stylish', () => {
    const r = cli(['check', 'test/fixtures/waivers/waived.md', '-c', 'claim-2024', '-v']);
    expectGolden('waived.stylish.txt', r.stdout);
  });
});
