// V8 flags are never set at run time (v8.setFlagsFromString is unsafe once the VM runs: the suspect in rare
// segmentation faults under load); bin/reportlint.js gives them on a child Node's command line instead.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|tsx|js|mjs)$/.test(f) ? [p] : [];
  });
}

describe('V8 flags', () => {
  it('no source file calls setFlagsFromString', () => {
    const offenders = [...files(join(root, 'src')), ...files(join(root, 'bin')), ...files(join(root, 'scripts'))].filter((f) => /setFlagsFromString\s*\(/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });

  const flags = createRequire(import.meta.url)(join(root, 'bin/flags.js')) as {
    DETECTING_FLAGS: string[];
    SINGLE_FILE_FLAGS: string[];
    flagsFor: (args: string[], fileTest?: (p: string) => boolean) => string[];
  };

  it('the launcher passes its flags (bin/flags.js) on the command line of a child process', () => {
    const launcher = readFileSync(join(root, 'bin/reportlint.js'), 'utf8');
    expect(launcher).toContain("require('./flags.js')");
    expect(launcher).toMatch(/spawn\(process\.execPath, \[\.\.\.process\.execArgv, \.\.\.missing/);
    expect(flags.DETECTING_FLAGS).toEqual(['--no-regexp-tier-up', '--single-threaded-gc']);
    expect(flags.SINGLE_FILE_FLAGS).toEqual(['--no-regexp-optimization', '--no-opt', '--max-semi-space-size=2']);
  });

  it('a check of one file also turns off the optimising compilers; batches, folders and globs keep them', () => {
    const single = [...flags.DETECTING_FLAGS, ...flags.SINGLE_FILE_FLAGS];
    const batch = flags.DETECTING_FLAGS;
    const example = join(root, 'examples/spine-mri-study.md');
    expect(flags.flagsFor(['check', example])).toEqual(single);
    expect(flags.flagsFor(['check', example, '-f', 'json', '--jobs', '0', '--max-warnings', '3'])).toEqual(single);
    expect(flags.flagsFor(['check', '-', '--stdin-filename', 'draft.md'])).toEqual(single);
    expect(flags.flagsFor(['check', example, example])).toEqual(batch);
    expect(flags.flagsFor(['check', join(root, 'examples')])).toEqual(batch);
    expect(flags.flagsFor(['check', 'papers/**/*.md'])).toEqual(batch);
    expect(flags.flagsFor(['audit', join(root, 'examples')])).toEqual(batch);
    expect(flags.flagsFor(['eval', 'corpus', '--folds', '5'])).toEqual(batch);
  });

  it('commands that run no detector, and any --help, get no flags (no second Node start)', () => {
    for (const args of [['--version'], ['checklists'], ['schema'], ['check', '--help'], ['review', '-h'], []]) expect(flags.flagsFor(args)).toEqual([]);
  });
});
