/** The README's unified snippet runs as written (only the package import points at the build), and library errors name their file. */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { check } from '../src/api.js';
import { root } from './cli-run.js';

describe('README', () => {
  it('the unified-plugin snippet runs and prints checklist messages', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const at = readme.indexOf('As a unified plugin');
    const snippet = /```ts\n([\s\S]*?)```/.exec(readme.slice(at))![1]!;
    // a folder inside the repository, so that unified, remark-parse and vfile resolve from node_modules
    const dir = join(root, '.tmp', `readme-${process.pid}`);
    mkdirSync(dir, { recursive: true });
    copyFileSync(join(root, 'examples/draft-incomplete.md'), join(dir, 'paper.md'));
    writeFileSync(join(dir, 'snippet.mjs'), snippet.replace("from 'reportlint'", `from '${pathToFileURL(join(root, 'dist/index.js')).href}'`));
    const r = spawnSync(process.execPath, ['snippet.mjs'], { cwd: dir, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^\d+:\d+ claim-2024\/\d+ Missing: /m);
  });

  it('String(err) of a library error names the file', async () => {
    await expect(check('nope/paper.md')).rejects.toThrow(/^nope\/paper\.md: no such file$/);
    const err = await check('nope/paper.md').catch((e: unknown) => e);
    expect(String(err)).toBe('InputError: nope/paper.md: no such file');
    expect((err as { file: string }).file).toBe('nope/paper.md');
  });
});
