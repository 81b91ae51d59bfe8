// Deep nesting ends quickly in a result or a one-line depth error naming the file; long runs stay linear.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readManuscript } from '../../src/readers/index.js';
import { LimitError, resetLimits, setLimits } from '../../src/limits.js';
import { readLatexString } from '../../src/readers/latex/index.js';
import { readMarkdownText } from '../../src/readers/markdown.js';
import { textToBlocks } from '../../src/readers/text.js';

const tmp = mkdtempSync(join(tmpdir(), 'rl-nest-'));
afterEach(() => resetLimits());

async function outcome(name: string, text: string): Promise<{ ms: number; error?: string; sentences?: number }> {
  const f = join(tmp, name);
  writeFileSync(f, text);
  const t0 = performance.now();
  try {
    const m = await readManuscript(f);
    return { ms: performance.now() - t0, sentences: m.sentences.length };
  } catch (e) {
    return { ms: performance.now() - t0, error: (e as Error).message };
  }
}

const N = 100_000;
const CASES: Array<[string, string, RegExp]> = [
  ['quotes.md', `# T\n\n${'> '.repeat(N)}x\n`, /quotes\.md: nests block quotes or lists \d+ deep \(line 3\), over the depth limit of 200/],
  ['lists.md', `# T\n\n${Array.from({ length: 300 }, (_, i) => `${'  '.repeat(i)}- x`).join('\n')}\n`, /lists\.md: nests block quotes or lists 201 deep/],
  ['emphasis.md', `# T\n\n${'*_'.repeat(N / 2)}x${'_*'.repeat(N / 2)}\n`, /emphasis\.md: has a paragraph with \d+ emphasis or link markers .* over the markers limit of 1000/],
  ['brackets.md', `# T\n\n${'['.repeat(N)}x${']'.repeat(N)}\n`, /brackets\.md: .* over the markers limit/],
  ['runs.md', `# T\n\n${'*a'.repeat(N / 2)}\n`, /runs\.md: .* over the markers limit/],
  // every paragraph within the limit, but 104,000 markers in all (4 MB of this took 1.5 GB before the bound)
  ['many-paragraphs.md', `# T\n\n${`${'*a* '.repeat(200)}x\n\n`.repeat(260)}`, /many-paragraphs\.md: has more than 100000 emphasis or link markers \(\* _ \[ \]\) in all, 100 paragraphs' worth \(by line \d+\), over the markers limit of 1000/],
  ['deep.html', `<html><body>${'<div>'.repeat(N)}x${'</div>'.repeat(N)}</body></html>`, /deep\.html: nests elements more than 200 deep/],
  ['unclosed.html', `<html><body>${'<b><i>'.repeat(N / 2)}x`, /unclosed\.html: nests elements more than 200 deep/],
  ['deep.xml', `<?xml version="1.0"?><article><body>${'<sec>'.repeat(N)}<p>x</p>${'</sec>'.repeat(N)}</body></article>`, /deep\.xml: nests elements more than 200 deep/],
  ['groups.tex', `\\documentclass{article}\\begin{document}${'{'.repeat(N)}x${'}'.repeat(N)}\\end{document}`, /groups\.tex: nests groups or environments more than 200 deep/],
  ['envs.tex', `\\documentclass{article}\\begin{document}${'\\begin{itemize}\\item '.repeat(N / 10)}x${'\\end{itemize}'.repeat(N / 10)}\\end{document}`, /envs\.tex: nests groups or environments/],
  ['unclosed.tex', `\\documentclass{article}\\begin{document}${'\\textbf{x '.repeat(N / 5)}\\end{document}`, /unclosed\.tex: nests groups or environments/],
];

describe('deep nesting: a depth or markers error naming the file, quickly', () => {
  it.each(CASES)('%s', async (name, text, message) => {
    const r = await outcome(name, text);
    expect(r.error).toMatch(message);
    expect(r.error).not.toContain('\n');
    expect(r.ms).toBeLessThan(3000);
  });

  it('a raised depth limit that the stack cannot hold is still one line naming the file', async () => {
    setLimits({ depth: 1_000_000 });
    const r = await outcome('deeper.html', `<html><body>${'<div>'.repeat(N)}x${'</div>'.repeat(N)}</body></html>`);
    expect(r.error).toMatch(/^.*deeper\.html: is nested too deeply to read \(the stack overflowed/);
  });

  it('nesting within the limits is read', async () => {
    const r = await outcome('ok.md', `# T\n\n## Methods\n\n${'> '.repeat(50)}We trained a model.\n\n${'**bold** and [link](https://x.org) '.repeat(100)}\n`);
    expect(r.error).toBeUndefined();
    expect(r.sentences).toBeGreaterThan(1);
  });
});

/**
 * Seconds per MB of `make(n)` text, measured at two sizes `factor` apart: linear growth keeps the ratio near 1
 * (quadratic growth gives `factor`). Each size's figure is the fastest of three reads, so a moment of load on a shared machine cannot pass
 * for growth.
 */
function growth(read: (s: string) => unknown, make: (n: number) => string, small: number, factor = 8): { ratio: number; large: number } {
  const time = (n: number) => {
    const s = make(n);
    let best = Infinity;
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      read(s);
      best = Math.min(best, performance.now() - t0);
    }
    return best / s.length;
  };
  time(small); // warm up
  const a = time(small);
  const b = time(small * factor);
  return { ratio: b / a, large: b * make(small * factor).length };
}

describe('long runs stay linear', () => {
  it('plain text: one long paragraph of short lines (was 22 s per MB)', () => {
    const t0 = performance.now();
    const blocks = textToBlocks(`Title\n\n${'short line of text-\nwith hyphens\n'.repeat(40_000)}`);
    expect(blocks.length).toBeGreaterThan(0);
    expect(performance.now() - t0).toBeLessThan(3000);
    // The 1.3 MB above was ~29 s before the fix; a time ratio between two sizes is not asserted here: the many
    // small objects of a small input die young in V8 and those of a large one do not, so per-line cost differs 2-7x
    // between sizes with load and GC alone (measured), which a quadratic regression could hide in or be mistaken for.
  });

  it('Markdown: long runs of blank lines and single huge lines', () => {
    const t0 = performance.now();
    const out = readMarkdownText(`# T\n\n${'\n'.repeat(1_000_000)}Last words.\n`);
    expect(out.blocks.map((b) => b.text)).toEqual(['T', 'Last words.']);
    expect(out.blocks[1]!.segments[0]!.pos.line).toBe(1_000_003);
    expect(performance.now() - t0).toBeLessThan(3000);
    const t1 = performance.now();
    readMarkdownText(`# T\n\n${'word '.repeat(200_000)}\n`);
    expect(performance.now() - t1).toBeLessThan(3000);
  });

  it('Markdown: a table longer than the sentences limit is refused before parsing', () => {
    setLimits({ sentences: 5000 });
    const t0 = performance.now();
    expect(() => readMarkdownText(`# T\n\n| a | b |\n|---|---|\n${'| x | y |\n'.repeat(100_000)}`, 'rows.md')).toThrow(/rows\.md: has more than 5000 table rows \(a sentence each\), over the sentences limit of 5000/);
    expect(performance.now() - t0).toBeLessThan(1000);
  });

  it('LaTeX: repeated \\newcommand\\x[ and \\newacronym{ and unclosed arguments', () => {
    for (const body of ['\\newcommand\\x['.repeat(20_000), '\\newacronym{'.repeat(20_000), '\\item['.repeat(20_000)]) {
      const t0 = performance.now();
      try {
        readLatexString(`\\documentclass{article}${body}\\begin{document}x\\end{document}`, join(tmp, 'x.tex'));
      } catch (e) {
        expect(e).toBeInstanceOf(LimitError);
      }
      expect(performance.now() - t0).toBeLessThan(3000);
    }
  });

  it('LaTeX: one long paragraph of user macros (the growing text was flattened at every word: 200 KB took 15 s)', () => {
    const make = (n: number) => {
      const defs = Array.from({ length: 200 }, (_, i) => `\\newcommand{\\m${i.toString(36)}}{the cohort was followed}\n`).join('');
      const uses = Array.from({ length: n }, (_, i) => `\\m${(i % 200).toString(36)} `).join('');
      return `\\documentclass{article}\n${defs}\\begin{document}\n${uses}\n\\end{document}\n`;
    };
    const read = (s: string) => readLatexString(s, join(tmp, 'macros.tex'));
    const t0 = performance.now();
    read(make(40_000));
    expect(performance.now() - t0).toBeLessThan(5000);
    const g = growth(read, make, 2000);
    expect(g.ratio).toBeLessThan(4);
  });
});
