// \input and kin read only files inside the manuscript's folder, within the input-files and text-bytes limits.
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readLatexString } from '../../src/readers/latex/index.js';
import { LimitError, resetLimits, setLimits } from '../../src/limits.js';

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'rl-tex-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}
const doc = (body: string) => `\\documentclass{article}\n\\begin{document}\n\\section{Methods}\n${body}\n\\end{document}\n`;
const text = (out: ReturnType<typeof readLatexString>) => out.blocks.map((b) => b.text).join('\n');

afterEach(() => resetLimits());

describe('LaTeX inputs stay inside the manuscript folder', () => {
  it('refuses absolute paths, .. escapes and /etc/passwd-style climbs with one-line warnings', () => {
    const outer = folder({ 'secret.tex': 'TOP SECRET outside text.', 'paper/ok.tex': 'Inside text is read.' });
    const dir = join(outer, 'paper');
    const main = join(dir, 'main.tex');
    const out = readLatexString(doc('\\input{/etc/passwd}\n\\input{../../../../../../etc/passwd}\n\\input{../secret}\n\\include{~/x}\n\\input{ok}'), main);
    const t = text(out);
    expect(t).toContain('Inside text is read.');
    expect(t).not.toContain('TOP SECRET');
    expect(t).not.toMatch(/root:/);
    expect(out.warnings).toHaveLength(4);
    for (const w of out.warnings!) {
      expect(w).not.toContain('\n');
      expect(w).toMatch(/refused/);
    }
    expect(out.warnings![0]).toMatch(/absolute path/);
    expect(out.warnings![2]).toMatch(/outside the manuscript's folder/);
  });

  it('refuses a symlink inside the folder that resolves outside it, and \\import with a climbing folder', () => {
    const outer = folder({ 'secret.tex': 'TOP SECRET outside text.', 'paper/sub/part.tex': 'Part text.' });
    const dir = join(outer, 'paper');
    symlinkSync(join(outer, 'secret.tex'), join(dir, 'link.tex'));
    symlinkSync(outer, join(dir, 'up'));
    const out = readLatexString(doc('\\input{link}\n\\input{up/secret}\n\\import{../}{secret}\n\\subimport{sub/}{part}'), join(dir, 'main.tex'));
    expect(text(out)).not.toContain('TOP SECRET');
    expect(text(out)).toContain('Part text.');
    expect(out.warnings).toHaveLength(3);
    expect(out.warnings!.slice(0, 2).every((w) => /link to a file outside/.test(w))).toBe(true);
  });

  it('stops exponential fan-out at the input-files limit, quickly, and reads each file once', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 12; i++) files[`f${i}.tex`] = i === 11 ? 'Leaf.' : `\\input{f${i + 1}}\\input{f${i + 1}}`;
    const dir = folder(files);
    const t0 = performance.now();
    expect(() => readLatexString(doc('\\input{f0}'), join(dir, 'main.tex'))).toThrow(LimitError);
    expect(performance.now() - t0).toBeLessThan(5000);
    try {
      readLatexString(doc('\\input{f0}'), join(dir, 'main.tex'));
    } catch (e) {
      expect((e as Error).message).toMatch(/main\.tex: expands more than 500 .*input-files limit of 500 \(raise it with --limit input-files=/);
    }
  });

  it('bounds the bytes of the closure, repeats counted, before reading', () => {
    const dir = folder({ 'big.tex': 'Some words here. '.repeat(4000) });
    setLimits({ textBytes: 200_000 });
    const body = Array.from({ length: 300 }, () => '\\input{big}').join('\n');
    expect(() => readLatexString(doc(body), join(dir, 'main.tex'))).toThrow(/over the text-bytes limit of 195\.3125KB|over the text-bytes limit/);
    // under the limit: all are expanded
    setLimits({ textBytes: 100_000_000 });
    const out = readLatexString(doc('\\input{big}\n\\input{big}'), join(dir, 'main.tex'));
    expect(out.warnings ?? []).toEqual([]);
  });

  it('glossary entries that input files spend the same budget', () => {
    const dir = folder({ 'a.tex': 'A text.' });
    setLimits({ inputFiles: 3 });
    const defs = Array.from({ length: 10 }, (_, i) => `\\newacronym{k${i}}{\\input{a}}{long}`).join('\n');
    expect(() => readLatexString(`${defs}\n${doc('x')}`, join(dir, 'main.tex'))).toThrow(LimitError);
  });
});
