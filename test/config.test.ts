import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/cli/config.js';
import { configJsonSchema } from '../src/cli/config-schema.js';
import { optionsFor } from '../src/cli/overrides.js';
import { cli } from './cli-run.js';

/** A folder with files: `{ 'a/b.yaml': 'text' }`. */
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'reportlint-config-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

// two short manuscripts in our own words: an imaging model study and a study protocol
const PAPER = '# Detecting wrist fractures with a neural network\n\n## Methods\n\nWe trained a convolutional network on radiographs from one hospital.\n';
const PROTOCOL = '# Protocol of a reader study\n\n## Methods\n\nTwo readers will grade each radiograph without knowing the reference result.\n';

type JsonResult = { files: { path: string; checklists: { id: string; items: { id: string; waived?: unknown; severity?: string }[] }[] }[] };

describe('configuration: extends', () => {
  it('merges a chain base-first: later files win, rules and limits merged key by key, ignorePatterns concatenated', async () => {
    const dir = folder({
      'lab/base.yaml': 'checklist: claim-2024\nfailOn: partial\nrules: {claim-2024/11: "off", claim-2024/12: warn}\nignorePatterns: [old/]\nlimits: {time: 60s}\n',
      'lab/strict.json': JSON.stringify({ extends: './base.yaml', rules: { 'claim-2024/12': 'error' }, limits: { 'text-bytes': '8MB' } }),
      'proj/.reportlintrc.yaml': 'extends: [../lab/strict.json]\nfailOn: missing\nignorePatterns: [drafts/]\n',
    });
    const c = await loadConfig(join(dir, 'proj/.reportlintrc.yaml'));
    expect(c).toEqual({
      checklist: 'claim-2024',
      failOn: 'missing',
      rules: { 'claim-2024/11': 'off', 'claim-2024/12': 'error' },
      limits: { time: '60s', 'text-bytes': '8MB' },
      ignorePatterns: ['old/', 'drafts/'],
      basePath: join(dir, 'proj'),
    });
  });

  it('a package name resolves to the JSON or YAML main file, its checklist files relative to it', async () => {
    const dir = folder({
      'node_modules/lab-reportlint-config/package.json': JSON.stringify({ name: 'lab-reportlint-config', version: '1.0.0', main: 'config.yaml' }),
      'node_modules/lab-reportlint-config/config.yaml': 'checklist: [claim-2024, lists/extra.yaml]\nrules: {claim-2024/11: "off"}\n',
      '.reportlintrc.json': JSON.stringify({ extends: 'lab-reportlint-config', rules: { 'claim-2024/12': 'warn' } }),
    });
    const c = await loadConfig(join(dir, '.reportlintrc.json'));
    expect(c.checklist).toBe(`claim-2024,${join(dir, 'node_modules/lab-reportlint-config/lists/extra.yaml')}`);
    expect(c.rules).toEqual({ 'claim-2024/11': 'off', 'claim-2024/12': 'warn' });
  });

  it('a cycle is one line naming the files, exit 2', () => {
    const dir = folder({ '.reportlintrc.yaml': 'extends: ./shared/a.yaml\n', 'shared/a.yaml': 'quiet: true\nextends: ../.reportlintrc.yaml\n' });
    writeFileSync(join(dir, 'paper.md'), PAPER);
    const r = cli(['check', 'paper.md'], { cwd: dir });
    const top = join(dir, '.reportlintrc.yaml');
    const a = join(dir, 'shared/a.yaml');
    expect(r.stderr).toBe(`reportlint: ${a}:2:10: invalid configuration: extends forms a cycle: ${top} → ${a} → ${top}\n`);
    expect(r.code).toBe(2);
  });

  it('an extended file that does not exist is one line naming the file that extends it', () => {
    const dir = folder({ '.reportlintrc.json': '{ "extends": "./missing.json" }', 'paper.md': PAPER });
    const r = cli(['check', 'paper.md'], { cwd: dir });
    expect(r.stderr).toMatch(/^reportlint: .*\.reportlintrc\.json:1:\d+: invalid configuration: extends "\.\/missing\.json": no such file \(.*missing\.json\)\n$/);
    expect(r.code).toBe(2);
  });

  it('checklist files are relative to the file that names them; ignorePatterns to the configuration in use', () => {
    const dir = folder({
      'lab/base.yaml': 'checklist: lists/mine.yaml\n',
      'proj/.reportlintrc.yaml': 'extends: ../lab/base.yaml\nignorePatterns: [drafts/]\n',
      'proj/papers/a.md': PAPER,
      'proj/drafts/b.md': PROTOCOL,
    });
    mkdirSync(join(dir, 'lab/lists'));
    copyFileSync(join(import.meta.dirname, 'fixtures/checklists/valid-custom.yaml'), join(dir, 'lab/lists/mine.yaml'));
    // run from a sub-folder: neither the checklist nor the ignore pattern is relative to the working directory
    const r = cli(['check', '..', '-f', 'json'], { cwd: join(dir, 'proj/papers') });
    expect(r.stderr).toBe('');
    const j = JSON.parse(r.stdout) as JsonResult;
    expect(j.files.map((f) => f.path)).toEqual(['a.md']);
    expect(j.files[0]!.checklists.map((c) => c.id)).toEqual(['my-lab-2025']);
  });
});

describe('configuration: overrides', () => {
  const overrides = [
    { files: ['**/protocols/**', '*.tex'], excludedFiles: ['**/old-*'], checklist: 'stard-2015', rules: { 'stard-2015/*': 'warn' } },
    { files: 'protocols/late.md', failOn: 'never' as const, rules: { 'stard-2015/1': 'off' as const } },
  ];
  const base = { checklist: 'claim-2024', failOn: 'missing' as const, rules: { 'claim-2024/11': 'off' as const }, basePath: '/work/proj' };

  it('optionsFor: globs relative to the configuration folder, a pattern without "/" matches the name anywhere, later entries win', () => {
    const o = { ...base, overrides: overrides.map((x) => ({ ...x, files: [x.files].flat() })) };
    expect(optionsFor(o, '/work/proj/papers/a.md')).toEqual({ checklist: 'claim-2024', failOn: 'missing', rules: { 'claim-2024/11': 'off' } });
    expect(optionsFor(o, 'papers/a.tex', '/work/proj')).toMatchObject({ checklist: 'stard-2015' });
    expect(optionsFor(o, '/work/proj/x/protocols/old-1.md').checklist).toBe('claim-2024');
    expect(optionsFor(o, '/work/proj/protocols/late.md')).toEqual({
      checklist: 'stard-2015',
      failOn: 'never',
      rules: { 'claim-2024/11': 'off', 'stard-2015/*': 'warn', 'stard-2015/1': 'off' },
    });
    // a file outside the configuration's folder is not matched
    expect(optionsFor(o, '/elsewhere/protocols/late.md').checklist).toBe('claim-2024');
  });

  it('change the checklist, rules and fail level of the files they match in a folder run', () => {
    const config = { checklist: 'claim-2024', overrides: [{ files: '**/protocols/**', checklist: 'stard-2015', rules: { 'stard-2015/*': 'off' } }] };
    const dir = folder({ '.reportlintrc.json': JSON.stringify(config), 'papers/a.md': PAPER, 'papers/protocols/b.md': PROTOCOL });
    const r = cli(['check', 'papers', '-f', 'json'], { cwd: dir });
    const j = JSON.parse(r.stdout) as JsonResult;
    expect(j.files.map((f) => [f.path, f.checklists.map((c) => c.id)])).toEqual([
      ['papers/a.md', ['claim-2024']],
      ['papers/protocols/b.md', ['stard-2015']],
    ]);
    expect(j.files[1]!.checklists[0]!.items.every((i) => i.waived)).toBe(true);
    expect(j.files[0]!.checklists[0]!.items.some((i) => i.waived)).toBe(false);
    expect(r.code).toBe(1); // the paper has missing items

    // failOn "never" for the paper's folder: the run passes; a --fail-on flag wins over the override
    const passing = { ...config, overrides: [...config.overrides, { files: 'papers/*.md', failOn: 'never' }] };
    writeFileSync(join(dir, '.reportlintrc.json'), JSON.stringify(passing));
    expect(cli(['check', 'papers', '-q'], { cwd: dir }).code).toBe(0);
    expect(cli(['check', 'papers', '-q', '--fail-on', 'missing'], { cwd: dir }).code).toBe(1);
  });

  it('--print-config with one file prints the options in effect for that file', () => {
    const config = { checklist: 'claim-2024', overrides: [{ files: ['*.tex'], checklist: 'tripod-ai-2024', rules: { 'tripod-ai-2024/3': 'warn' } }] };
    const dir = folder({ '.reportlintrc.json': JSON.stringify(config) });
    const tex = JSON.parse(cli(['check', 'sub/paper.tex', '--print-config'], { cwd: dir }).stdout);
    expect(tex).toMatchObject({ checklist: 'tripod-ai-2024', rules: { 'tripod-ai-2024/3': 'warn' }, config: join(dir, '.reportlintrc.json') });
    expect(tex).not.toHaveProperty('overrides');
    const md = JSON.parse(cli(['check', 'sub/paper.md', '--print-config'], { cwd: dir }).stdout);
    expect(md.checklist).toBe('claim-2024');
    expect(md).not.toHaveProperty('rules');
    // a checklist on the command line wins over the override
    expect(JSON.parse(cli(['check', 'paper.tex', '--print-config', '-c', 'stard-2015'], { cwd: dir }).stdout).checklist).toBe('stard-2015');
  });

  it('an entry without files is one line naming the place', () => {
    const dir = folder({ '.reportlintrc.yaml': 'overrides:\n  - rules: {claim-2024/11: "off"}\n', 'paper.md': PAPER });
    const r = cli(['check', 'paper.md'], { cwd: dir });
    expect(r.stderr).toBe(`reportlint: ${join(dir, '.reportlintrc.yaml')}:2:5: invalid configuration: overrides[0].files is required: a glob or a list of globs\n`);
    expect(r.code).toBe(2);
  });
});

describe('configuration JSON Schema', () => {
  it('covers extends and overrides (reportlint schema config)', () => {
    const s = JSON.parse(cli(['schema', 'config']).stdout);
    expect(s).toEqual(configJsonSchema());
    expect(Object.keys(s.properties)).toEqual(expect.arrayContaining(['extends', 'overrides', 'checklist', 'rules', 'ignorePatterns']));
    const entry = s.properties.overrides.items;
    expect(entry.required).toEqual(['files']);
    expect(Object.keys(entry.properties)).toEqual(['files', 'excludedFiles', 'checklist', 'failOn', 'rules']);
    expect(entry.additionalProperties).toBe(false);
  });
});
