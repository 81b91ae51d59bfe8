/** The CI and web formats (github, junit, html, ndjson), formatter plugins, stylish at 80 columns, multi-file LaTeX places. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fromXml } from 'xast-util-from-xml';
import type { Element, Root } from 'xast';
import { describe, expect, it } from 'vitest';
import { listBundledChecklists } from '../src/checklists/load.js';
import { useColor } from '../src/cli/program.js';
import { cli, root } from './cli-run.js';
import { expectGolden } from './golden.js';

const draft = 'examples/draft-incomplete.md';
const latex = 'test/fixtures/latex-multi/paper.tex';

const elements = (n: Root | Element, name: string): Element[] =>
  n.children.flatMap((c) => (c.type === 'element' ? [...(c.name === name ? [c] : []), ...elements(c, name)] : []));

describe('github: workflow commands', () => {
  it('one ::error/::warning/::notice line per message, escaped, in the file the sentence is in', () => {
    const r = cli(['check', latex, '-c', 'claim-2024', '-f', 'github']);
    expectGolden('latex-multi.github.txt', r.stdout);
    const command = /^::(error|warning|notice) file=[^,:\n]+(,line=\d+)?(,col=\d+)?,title=[a-z0-9-]+\/[A-Za-z0-9.]+::[^\r\n]+$/;
    for (const line of r.stdout.trimEnd().split('\n')) expect(line).toMatch(command);
    expect(r.stdout).toContain('::warning file=test/fixtures/latex-multi/sections/methods.tex,line=3,col=1,title=claim-2024/8::');
  });
});

describe('junit', () => {
  it('well-formed XML: a suite per file and checklist, a case per item, failures and skipped counted', () => {
    const r = cli(['check', draft, '-c', 'claim-2024,stard-2015', '-f', 'junit']);
    const tree = fromXml(r.stdout);
    const [top] = elements(tree, 'testsuites');
    const suites = elements(tree, 'testsuite');
    expect(suites).toHaveLength(2);
    const cases = elements(tree, 'testcase');
    expect(String(top!.attributes.tests)).toBe(String(cases.length));
    expect(String(top!.attributes.failures)).toBe(String(elements(tree, 'failure').length));
    for (const s of suites) expect(String(s.attributes.skipped)).toBe(String(elements(s, 'skipped').length));
    expect(elements(tree, 'failure').every((f) => ['error', 'warning'].includes(String(f.attributes.type)))).toBe(true);
  });
});

describe('html: one self-contained page', () => {
  it('summary bars and items with evidence, nothing loaded from elsewhere', () => {
    const r = cli(['check', draft, '-c', 'claim-2024', '-f', 'html']);
    expect(r.stdout).toMatch(/^<!DOCTYPE html>/);
    expect(r.stdout).toContain('class="bar" role="img"');
    expect(r.stdout).toContain('<blockquote>');
    expect(r.stdout).not.toMatch(/<script|<link|src=|url\(/);
  });

  it.skipIf(!existsSync('/usr/bin/chromium'))('opens in headless Chromium; the screenshot shows the page', () => {
    const dir = mkdtempSync(join(tmpdir(), 'reportlint-html-'));
    const page = join(dir, 'report.html');
    cli(['check', draft, '-c', 'claim-2024', '-f', 'html', '-o', page]);
    const shot = join(dir, 'shot.png');
    spawnSync('/usr/bin/chromium', ['--headless', '--no-sandbox', '--disable-gpu', `--screenshot=${shot}`, '--window-size=1000,700', `file://${page}`], { timeout: 60_000 });
    expect(existsSync(shot) && statSync(shot).size).toBeGreaterThan(5000);
  }, 70_000);
});

describe('ndjson', () => {
  it('one JSON line per file, each with the contract header', () => {
    const r = cli(['check', draft, 'examples/spine-mri-study.md', '-f', 'ndjson']);
    const lines = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.tool, l.schemaVersion, l.file.path])).toEqual([
      ['reportlint', 1, draft],
      ['reportlint', 1, 'examples/spine-mri-study.md'],
    ]);
  });
});

describe('formatter plugins', () => {
  it('--format ./my.js runs the module on the JSON result', () => {
    const dir = mkdtempSync(join(tmpdir(), 'reportlint-fmt-'));
    writeFileSync(join(dir, 'my.js'), 'export default (r, ctx) => r.files.map((f) => `${f.path}: ${f.checklists.length} checklists, color ${ctx.color}`).join("\\n") + "\\n";\n');
    const r = cli(['check', join(root, draft), '-c', 'claim-2024', '-f', './my.js'], { cwd: dir });
    expect(r.stdout).toBe(`${join(root, draft)}: 1 checklists, color false\n`);
    const bad = cli(['check', join(root, draft), '-f', './nope.js'], { cwd: dir });
    expect(bad.stderr).toBe('reportlint: ./nope.js: no such formatter file\n');
    expect(bad.code).toBe(2);
  });
});

describe('stylish: terminal width, labels, colours, -c all', () => {
  it('at 80 columns every row fits; messages wrap, rule ids never split', () => {
    const r = cli(['check', draft, '-c', 'claim-2024'], { env: { COLUMNS: '80' } });
    expectGolden('draft-incomplete.80cols.txt', r.stdout);
    for (const line of r.stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
    expect(r.stdout.match(/claim-2024\/\d+\b/g)!.length).toBeGreaterThan(25);
  });

  it('concept keys never reach messages', () => {
    const r = cli(['check', draft, 'examples/spine-mri-study.md', '-c', 'all']);
    expect(r.stdout).not.toMatch(/not found: [a-z]+_[a-z_]+/);
  });

  it('FORCE_COLOR=0 and NO_COLOR turn colours off, FORCE_COLOR=1 on, --color/--no-color win', () => {
    const env = (v: Record<string, string | undefined>, f: () => boolean) => {
      const saved = { ...process.env };
      Object.assign(process.env, v);
      for (const [k, x] of Object.entries(v)) if (x === undefined) delete process.env[k];
      try {
        return f();
      } finally {
        process.env = saved;
      }
    };
    expect(env({ FORCE_COLOR: '0', NO_COLOR: undefined }, () => useColor(undefined))).toBe(false);
    expect(env({ FORCE_COLOR: '1', NO_COLOR: undefined }, () => useColor(undefined))).toBe(true);
    expect(env({ FORCE_COLOR: '1', NO_COLOR: '1' }, () => useColor(undefined))).toBe(false);
    expect(useColor(true)).toBe(true);
  });

  it('-c all runs every bundled checklist', () => {
    const r = cli(['check', draft, '-c', 'all', '-f', 'json']);
    expect(JSON.parse(r.stdout).files[0].checklists.map((c: { id: string }) => c.id)).toEqual(listBundledChecklists());
  });
});

describe('multi-file LaTeX', () => {
  it('places name the \\input file in stylish and SARIF; pythontex code is never evidence', () => {
    const s = cli(['check', latex, '-c', 'claim-2024', '-v']);
    expect(s.stdout).toMatch(/test\/fixtures\/latex-multi\/sections\/methods\.tex:5:1 +info +Reported: Model description/);
    expect(s.stdout).not.toContain('never-evidence');
    expect(s.stdout).not.toMatch(/data were split by patient/);
    expect(s.stdout).toMatch(/Waived: Funding \(funding is declared on the journal's form\)/);
    const sarif = JSON.parse(cli(['check', latex, '-c', 'claim-2024', '-f', 'sarif']).stdout);
    const uris = new Set(sarif.runs[0].results.map((x: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => x.locations[0]!.physicalLocation.artifactLocation.uri));
    expect([...uris].sort()).toEqual(['test/fixtures/latex-multi/paper.tex', 'test/fixtures/latex-multi/sections/methods.tex']);
    expect(readFileSync(join(root, latex), 'utf8')).toContain('\\input{sections/methods}');
  });
});
