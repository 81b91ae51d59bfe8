import { cpSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectInputs } from '../src/inputs/collect.js';
import { latexRoots } from '../src/inputs/latex-roots.js';
import { progress } from '../src/cli/progress.js';
import { collectFiles } from '../src/audit/collect.js';
import { cli } from './cli-run.js';
import { expectGolden } from './golden.js';

const fixtures = join(import.meta.dirname, 'fixtures/inputs');

/** A copy of the fixture folder with what git does not keep: node_modules, a symlink out of the folder. */
function tree(): string {
  const dir = mkdtempSync(join(tmpdir(), 'reportlint-inputs-'));
  cpSync(fixtures, join(dir, 'in'), { recursive: true });
  mkdirSync(join(dir, 'in/node_modules/x'), { recursive: true });
  writeFileSync(join(dir, 'in/node_modules/x/readme.md'), '# Dependency\n\nNot checked.\n');
  mkdirSync(join(dir, 'outside'));
  writeFileSync(join(dir, 'outside/far.md'), '# Far away\n\nNot under the root.\n');
  symlinkSync(join(dir, 'outside'), join(dir, 'in/link-out'));
  symlinkSync(join(dir, 'in/chest.md'), join(dir, 'in/zz-link-in.md'));
  return dir;
}

describe('collecting the inputs of check', () => {
  it('a folder: every format of the table, sorted, one manuscript per LaTeX root; hidden, node_modules, configs and links out skipped', () => {
    const dir = tree();
    const r = collectInputs(['in'], { cwd: dir });
    expect(r.files).toEqual(['in/chest.md', 'in/drafts/empty.md', 'in/paper/paper.tex', 'in/zz-link-in.md']);
    expect(r.errors).toEqual([]);
  });

  it('globs, files and - keep the order given and drop duplicates', () => {
    const dir = tree();
    const r = collectInputs(['in/**/*.tex', '-', 'in/chest.md', 'in/chest.md'], { cwd: dir });
    expect(r.files).toEqual(['in/paper/paper.tex', '-', 'in/chest.md']);
    expect(collectInputs(['in/*.pdf'], { cwd: dir }).errors).toEqual(['in/*.pdf: no files match this pattern']);
  });

  it('.reportlintignore and --ignore-pattern (gitignore syntax); a named file that is ignored is set apart', () => {
    const dir = tree();
    writeFileSync(join(dir, '.reportlintignore'), '# drafts are not submissions\ndrafts/\n');
    const r = collectInputs(['in', 'in/drafts/empty.md'], { cwd: dir, ignorePatterns: ['*-link-*'] });
    expect(r.files).toEqual(['in/chest.md', 'in/paper/paper.tex']);
    expect(r.ignored).toEqual(['in/drafts/empty.md']);
    expect(collectInputs(['in'], { cwd: dir, ignoreFile: false }).files).toContain('in/drafts/empty.md');
  });

  it('a file reached by \\input is not a root; a file with \\documentclass always is', () => {
    const p = join(fixtures, 'paper');
    expect(latexRoots([join(p, 'paper.tex'), join(p, 'sections/methods.tex')])).toEqual([join(p, 'paper.tex')]);
    expect(latexRoots([join(p, 'sections/methods.tex')])).toEqual([join(p, 'sections/methods.tex')]);
  });

  it('audit counts a LaTeX paper once', () => {
    const { files } = collectFiles([join(fixtures, 'paper')]);
    expect(files).toEqual([join(fixtures, 'paper/paper.tex')]);
  });
});

describe('reportlint check on folders, globs and standard input', () => {
  it('a folder: every good file reported, a bad one a one-line error, exit 2', () => {
    const r = cli(['check', 'test/fixtures/inputs', '-c', 'claim-2024', '-q']);
    expectGolden('inputs/folder.stylish.txt', r.stdout);
    expect(r.stderr).toBe('reportlint: test/fixtures/inputs/drafts/empty.md: is empty\n');
    expect(r.code).toBe(2);
  });

  it('without the bad file the exit code is the findings one', () => {
    const r = cli(['check', 'test/fixtures/inputs', '--ignore-pattern', 'drafts', '-c', 'claim-2024', '-f', 'json']);
    expect(JSON.parse(r.stdout).files.map((f: { path: string }) => f.path)).toEqual(['test/fixtures/inputs/chest.md', 'test/fixtures/inputs/paper/paper.tex']);
    expect(r.code).toBe(1);
  });

  it('standard input with --stdin-filename', () => {
    const r = cli(['check', '-', '--stdin-filename', 'submitted/chest.md', '-c', 'claim-2024', '-f', 'json'], { input: '# A study\n\n## Methods\n\nWe used a ResNet-50.\n' });
    const j = JSON.parse(r.stdout);
    expect(j.files[0].path).toBe('submitted/chest.md');
    expect(j.files[0].format).toBe('markdown');
  });

  it('--shard i/n: every n-th file of the ordered list; the shards together are the whole run', () => {
    const paths = (i: number) => JSON.parse(cli(['check', 'test/fixtures/inputs', '--ignore-pattern', 'drafts', '-c', 'claim-2024', '-f', 'json', '--shard', `${i}/2`]).stdout).files.map((f: { path: string }) => f.path);
    expect([paths(1), paths(2)]).toEqual([['test/fixtures/inputs/chest.md'], ['test/fixtures/inputs/paper/paper.tex']]);
    expect(cli(['check', 'a.md', '--shard', '3/2']).code).toBe(2);
  });

  it('--print-config prints the options in effect', () => {
    const dir = mkdtempSync(join(tmpdir(), 'reportlint-print-'));
    writeFileSync(join(dir, '.reportlintrc.json'), JSON.stringify({ rules: { 'claim-2024/11': 'off' }, maxWarnings: 5 }));
    const r = cli(['check', 'paper.md', '--print-config', '--max-warnings', '2'], { cwd: dir });
    expect(JSON.parse(r.stdout)).toMatchObject({ rules: { 'claim-2024/11': 'off' }, maxWarnings: 2, config: join(dir, '.reportlintrc.json') });
    expect(r.code).toBe(0);
  });

  it('nothing to check: exit 2 with a reason', () => {
    const r = cli(['check', 'test/fixtures/inputs/drafts/*.tex']);
    expect(r.stderr).toBe('reportlint: test/fixtures/inputs/drafts/*.tex: no files match this pattern\n');
    expect(r.code).toBe(2);
  });
});

describe('progress', () => {
  const fake = (isTTY: boolean) => {
    const writes: string[] = [];
    return { writes, stream: { isTTY, columns: 30, write: (s: string) => writes.push(s) } as unknown as NodeJS.WriteStream };
  };
  it('on a terminal for 10 files or more: one line rewritten in place, cleared at the end; nothing on a pipe', () => {
    const ci = process.env.CI;
    delete process.env.CI;
    try {
      const tty = fake(true);
      const bar = progress(12, tty.stream);
      bar.tick(1, 'submissions/a-very-long-folder-name/paper.md');
      bar.end();
      expect(tty.writes).toEqual(['\r\u001b[2K[1/12] …-folder-name/paper.md', '\r\u001b[2K']);
      const pipe = fake(false);
      progress(12, pipe.stream).tick(1, 'a.md');
      const short = fake(true);
      progress(3, short.stream).tick(1, 'a.md');
      expect([...pipe.writes, ...short.writes]).toEqual([]);
    } finally {
      if (ci !== undefined) process.env.CI = ci;
    }
  });
});
