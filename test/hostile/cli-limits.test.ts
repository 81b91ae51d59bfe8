// End to end: limits from flags and configuration; LaTeX evidence never contains files outside the folder.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'rl-cli-limits-'));

describe('limits on the command line', () => {
  const f = join(tmp, 'paper.md');
  writeFileSync(f, `# T\n\n## Methods\n\n${'We trained a model. '.repeat(50)}\n`);

  it('--limit breach: one line naming the limit and how to raise it, exit 2', () => {
    const r = cli(['check', f, '--limit', 'sentences=10', '--no-config']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([`reportlint: ${f}: has more than 10 sentences, over the sentences limit of 10 (raise it with --limit sentences=40 or limits: {sentences: …} in the configuration)`]);
  }, 60_000);

  it('limits: in the configuration file, overridden by --limit', () => {
    const dir = join(tmp, 'conf');
    mkdirSync(dir);
    writeFileSync(join(dir, '.reportlintrc.yaml'), 'limits:\n  sentences: 10\n');
    writeFileSync(join(dir, 'p.md'), `# T\n\n## Methods\n\n${'We trained a model. '.repeat(50)}\n`);
    expect(cli(['check', 'p.md'], { cwd: dir }).stderr).toMatch(/over the sentences limit of 10/);
    expect(cli(['check', 'p.md', '--limit', 'sentences=1000'], { cwd: dir }).stderr).toBe('');
    writeFileSync(join(dir, '.reportlintrc.yaml'), 'limits:\n  sentence: 10\n');
    const bad = cli(['check', 'p.md'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/invalid configuration/);
  }, 60_000);

  it('an unknown limit is a one-line error', () => {
    const r = cli(['check', f, '--limit', 'speed=1']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^reportlint: unknown limit "speed" \(known: input-bytes, text-bytes/);
  }, 60_000);
});

describe('LaTeX: nothing from outside the manuscript folder reaches any output', () => {
  it('\\input{../../../../etc/passwd} and an absolute path are refused in check (json, stylish) and extract', () => {
    const dir = join(tmp, 'a', 'b', 'paper');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(tmp, 'a', 'secret.tex'), 'The secret API key is hunter2 and data are available at https://example.org/leak.');
    const main = join(dir, 'main.tex');
    writeFileSync(main, '\\documentclass{article}\n\\begin{document}\n\\section{Methods}\nWe trained a model.\n\\input{../../secret}\n\\input{../../../../../../../../etc/passwd}\n\\input{/etc/passwd}\n\\end{document}\n');
    for (const args of [['check', main, '-f', 'json'], ['check', main, '-f', 'stylish', '-v'], ['extract', main]]) {
      const r = cli(args);
      expect(r.stdout).not.toMatch(/hunter2|root:|\/bin\/(ba)?sh/);
      expect(r.stderr).not.toMatch(/hunter2|root:/);
    }
    const j = JSON.parse(cli(['check', main, '-f', 'json']).stdout);
    expect(j.files[0].warnings).toEqual([
      `${main}: \\input of ../../secret.tex refused (outside the manuscript's folder)`,
      `${main}: \\input of ../../../../../../../../etc/passwd.tex refused (outside the manuscript's folder)`,
      `${main}: \\input of /etc/passwd.tex refused (an absolute path; only files in the manuscript's folder are read)`,
    ]);
  }, 60_000);
});
