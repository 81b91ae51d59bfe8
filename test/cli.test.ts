import { mkdtempSync, readFileSync, writeFileSync, truncateSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectGolden } from './golden.js';
import { cli } from './cli-run.js';

const root = join(import.meta.dirname, '..');

const tmp = mkdtempSync(join(tmpdir(), 'reportlint-cli-'));

/** Golden files: compared only; `npm run update-golden` rewrites them after an intended change. */
const golden = expectGolden;

describe('reportlint check: golden output on the examples', () => {
  it('stylish, complete example', () => {
    const r = cli(['check', 'examples/spine-mri-study.md']);
    golden('spine-mri-study.stylish.txt', r.stdout);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('stylish, incomplete draft: missing items fail with exit 1', () => {
    const r = cli(['check', 'examples/draft-incomplete.md', '--checklist', 'claim-2024']);
    golden('draft-incomplete.claim-2024.stylish.txt', r.stdout);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/error\s+Missing: /);
    expect(r.stdout).toMatch(/claim-2024\/\d+/);
  });

  it('json, incomplete draft, follows the contract', () => {
    const r = cli(['check', 'examples/draft-incomplete.md', '--format', 'json', '--checklist', 'claim-2024,stard-2015']);
    const j = JSON.parse(r.stdout);
    // the version changes with releases: pin everything else
    golden('draft-incomplete.json', JSON.stringify({ ...j, version: '<version>' }, null, 2) + '\n');
    expect(j.tool).toBe('reportlint');
    expect(j.schemaVersion).toBe(1);
    expect(typeof j.version).toBe('string');
    const f = j.files[0];
    expect(f.path).toBe('examples/draft-incomplete.md');
    expect(f).toHaveProperty('studyType');
    for (const c of f.concepts) {
      expect(Object.keys(c)).toEqual(expect.arrayContaining(['id', 'status', 'value', 'evidence']));
      expect(['reported', 'partial', 'missing']).toContain(c.status);
      for (const e of c.evidence) {
        expect(typeof e.text).toBe('string');
        expect(typeof e.line).toBe('number');
        expect(typeof e.column).toBe('number');
        expect(typeof e.section).toBe('string');
      }
    }
    expect(f.checklists.map((c: { id: string }) => c.id)).toEqual(['claim-2024', 'stard-2015']);
    for (const cl of f.checklists) {
      expect(Object.keys(cl)).toEqual(expect.arrayContaining(['id', 'items', 'summary']));
      for (const it of cl.items) {
        expect(Object.keys(it)).toEqual(expect.arrayContaining(['id', 'status', 'concepts', 'evidence']));
        expect(['reported', 'partial', 'missing', 'not-applicable', 'needs-review']).toContain(it.status);
      }
      expect(cl.summary.total).toBe(cl.items.length);
    }
    // the draft says the code is a wish for the future and the split has no numbers
    const code = f.concepts.find((c: { id: string }) => c.id === 'code_availability');
    expect(code.status).toBe('missing');
  });

  it('--fail-on never and partial change the exit code', () => {
    expect(cli(['check', 'examples/draft-incomplete.md', '--fail-on', 'never']).code).toBe(0);
    expect(cli(['check', 'examples/spine-mri-study.md', '--fail-on', 'missing']).code).toBe(0);
  });

  it('--quiet shows errors only', () => {
    const r = cli(['check', 'examples/draft-incomplete.md', '--quiet', '--checklist', 'claim-2024']);
    expect(r.stdout).not.toMatch(/\bwarning\b/);
    expect(r.stdout).toMatch(/\berror\b/);
  });

  it('--color forces ANSI colours, --no-color removes them', () => {
    expect(cli(['check', 'examples/draft-incomplete.md', '--color']).stdout).toMatch(/\u001b\[/);
    expect(cli(['check', 'examples/draft-incomplete.md', '--no-color']).stdout).not.toMatch(/\u001b\[/);
  });

  it('-o writes the report to a file', () => {
    const out = join(tmp, 'report.json');
    const r = cli(['check', 'examples/draft-incomplete.md', '--format', 'json', '-o', out]);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).files).toHaveLength(1);
  });
});

describe('reportlint check: bad input gives one line, exit 2, no stack trace', () => {
  const empty = join(tmp, 'empty.md');
  writeFileSync(empty, '');
  const blank = join(tmp, 'blank.md');
  writeFileSync(blank, '  \n\n ');
  const binary = join(tmp, 'image.md');
  writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02, 0x00, 0x10]));
  const latin1 = join(tmp, 'latin1.md');
  writeFileSync(latin1, Buffer.concat([Buffer.from('# Title\n\nCaf'), Buffer.from([0xe9]), Buffer.from(' study.\n')]));
  const huge = join(tmp, 'huge.md');
  writeFileSync(huge, '# Huge\n');
  truncateSync(huge, 33 * 1024 * 1024);
  const dir = join(tmp, 'a-folder');
  mkdirSync(dir, { recursive: true });
  const brokenChecklist = join(tmp, 'broken.yaml');
  writeFileSync(brokenChecklist, 'id: mine\nname: Mine\nitems: [\n');

  it.each([
    ['missing file', [join(tmp, 'nope.md')], /nope\.md: no such file/],
    ['folder without manuscripts', [dir], /a-folder: no manuscripts or study descriptions in this folder/],
    ['empty file', [empty], /empty\.md: is empty/],
    ['whitespace only', [blank], /blank\.md: is empty/],
    ['binary file', [binary], /image\.md: is a binary file/],
    ['invalid UTF-8', [latin1], /latin1\.md: is not valid UTF-8/],
    ['over the input-bytes limit', [huge], /huge\.md: is 33\.0 MB, over the input-bytes limit of 32MB \(raise it with --limit input-bytes=128MB/],
  ])('%s', (_name, files, message) => {
    const r = cli(['check', ...files]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('broken checklist file names the file and line', () => {
    const r = cli(['check', 'examples/draft-incomplete.md', '--checklist', brokenChecklist]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/broken\.yaml:\d+:\d+/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('unknown checklist id lists the available ones', () => {
    const r = cli(['check', 'examples/draft-incomplete.md', '--checklist', 'consort-2010']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/consort-2010/);
    expect(r.stderr).toMatch(/claim-2024/);
  });

  it('a bad file among good ones: the good ones are reported, exit 2', () => {
    const r = cli(['check', 'examples/draft-incomplete.md', join(tmp, 'nope.md'), '--format', 'json']);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout).files).toHaveLength(1);
    expect(r.stderr).toMatch(/nope\.md: no such file/);
  });

  it('usage errors exit 2', () => {
    expect(cli(['check']).code).toBe(2);
    expect(cli(['check', 'examples/draft-incomplete.md', '--fail-on', 'sometimes']).code).toBe(2);
    expect(cli(['frobnicate']).code).toBe(2);
  });

  it('input files are never written', () => {
    const before = readFileSync(join(root, 'examples/draft-incomplete.md'));
    cli(['check', 'examples/draft-incomplete.md', '--format', 'json']);
    expect(readFileSync(join(root, 'examples/draft-incomplete.md')).equals(before)).toBe(true);
  });
});

describe('configuration files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'reportlint-config-'));
  const draft = join(root, 'examples/draft-incomplete.md');

  it('.reportlintrc.json sets checklists and fail-on; flags win', () => {
    writeFileSync(join(dir, '.reportlintrc.json'), JSON.stringify({ checklist: ['stard-2015'], failOn: 'never' }));
    const r = cli(['check', draft, '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).files[0].checklists.map((c: { id: string }) => c.id)).toEqual(['stard-2015']);
    expect(cli(['check', draft, '--fail-on', 'missing'], { cwd: dir }).code).toBe(1);
    expect(cli(['check', draft, '--no-config'], { cwd: dir }).stdout).toMatch(/claim-2024/);
  });

  it('a "reportlint" field in package.json is read', () => {
    const d = mkdtempSync(join(tmpdir(), 'reportlint-pkg-'));
    writeFileSync(join(d, 'package.json'), JSON.stringify({ name: 'x', reportlint: { checklist: 'claim-2020', failOn: 'never' } }));
    const r = cli(['check', draft, '--format', 'json'], { cwd: d });
    expect(JSON.parse(r.stdout).files[0].checklists[0].id).toBe('claim-2020');
  });

  it('an invalid configuration is one line naming the file, exit 2', () => {
    const d = mkdtempSync(join(tmpdir(), 'reportlint-bad-'));
    writeFileSync(join(d, '.reportlintrc.json'), JSON.stringify({ failOn: 'sometimes' }));
    const r = cli(['check', draft], { cwd: d });
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toMatch(
      /\.reportlintrc\.json:1:\d+: invalid configuration: failOn expected one of missing \| partial \| never, received "sometimes"$/,
    );
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('reportlint checklists', () => {
  it('lists the bundled checklists', () => {
    const r = cli(['checklists']);
    expect(r.code).toBe(0);
    for (const id of ['claim-2024', 'claim-2020', 'tripod-ai-2024', 'tripod-2015', 'stard-2015']) expect(r.stdout).toContain(id);
  });
  it('shows the items of one', () => {
    const r = cli(['checklists', 'show', 'claim-2024']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\s+44\s/m);
    expect(r.stdout).toContain('doi:10.1148/ryai.240300');
  });
  it('--help and --version', () => {
    expect(cli(['--help']).stdout).toMatch(/Usage: reportlint/);
    expect(cli(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    expect(cli(['check', '--help']).stdout).toMatch(/--fail-on/);
  });
});
