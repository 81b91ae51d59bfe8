/**
 * Issue 10: when no bundled checklist fits the study type, `--checklist auto` checks nothing, says so, and exits
 * 0; named checklists still run. The fixture is a short laboratory study in our own words.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './cli-run.js';

const dir = mkdtempSync(join(tmpdir(), 'reportlint-nofit-'));
const LAB = join(dir, 'lab.md');
writeFileSync(
  LAB,
  `# A peptide slows the growth of colon tumours in mice

## Abstract

Colon cancer cell lines were cultured in vitro and treated with a short peptide. Xenografts were grown in nude mice
and treated for three weeks. Tumour volume in treated mice was half that in untreated mice.

## Methods

Cells were cultured in standard medium. Twenty mice received subcutaneous xenografts and were assigned to the
peptide or to saline. Tumours were measured with callipers twice a week.

## Results

Treated tumours grew more slowly than untreated ones.
`,
);

describe('no bundled checklist fits: nothing is checked, exit 0', () => {
  it('stylish names the study type and says nothing was checked', () => {
    const r = cli(['check', LAB, '--no-config']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('study type: preclinical (no bundled checklist fits; ARRIVE 2.0 fits (not bundled yet); nothing checked: name checklists with --checklist to check it anyway)');
    expect(r.stdout).not.toMatch(/claim-2024|error/);
  });

  it('JSON: no checklists, and the study type carries the note', () => {
    const r = cli(['check', LAB, '-f', 'json', '--no-config']);
    expect(r.code).toBe(0);
    const f = JSON.parse(r.stdout).files[0];
    expect(f.checklists).toEqual([]);
    expect(f.studyType.type).toBe('preclinical');
    expect(f.studyType.fallbackChecklists).toBeUndefined();
    expect(f.studyType.note).toMatch(/laboratory or animal study: ARRIVE 2\.0 \(not bundled\) fits it; no bundled checklist fits, so nothing was checked/);
  });

  it('the completed checklist says why it is empty', () => {
    const r = cli(['check', LAB, '-f', 'checklist', '--no-config']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('- **Checklists:** none');
    expect(r.stdout).toMatch(/- \*\*Study type:\*\* This looks like a laboratory or animal study/);
  });

  it('named checklists still run and can fail', () => {
    const r = cli(['check', LAB, '-c', 'current', '--no-config']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('claim-2024');
    expect(r.stdout).not.toContain('nothing checked');
  });
});
