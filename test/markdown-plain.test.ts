/**
 * The Markdown line scanner (src/readers/markdown-plain.ts) must not change what the reader produces: the blocks
 * (text, kinds, depths, source positions) with the scanner equal those of parsing every piece with micromark, on
 * the corpus, the examples and fixtures, and on thousands of generated documents mixing plain prose with every
 * construct the scanner hands to micromark or declines.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMarkdownText } from '../src/readers/markdown.js';
import { plainRegions } from '../src/readers/markdown-plain.js';
import { sharedData } from './shared-data.js';

const corpus = sharedData('corpus', 'the Markdown scanner on corpus documents');
const root = join(import.meta.dirname, '..');

function files(dir: string, re: RegExp): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...files(p, re));
    else if (re.test(e.name)) out.push(p);
  }
  return out;
}

function outcome(text: string, scanner: boolean): string {
  try {
    return JSON.stringify(readMarkdownText(text, 'x.md', scanner));
  } catch (e) {
    return `error: ${(e as Error).message}`;
  }
}

describe('Markdown line scanner', () => {
  it('gives the same blocks as micromark alone on the examples, fixtures and corpus', () => {
    const docs = [...files(join(root, 'examples'), /\.(md|Rmd)$/i), ...files(join(root, 'test', 'fixtures'), /\.(md|Rmd)$/i)];
    if (corpus.present) docs.push(...files(corpus.path, /\.(md|Rmd)$/i).filter((f) => f.includes('/docs/')));
    let scanned = 0;
    for (const f of docs) {
      const text = readFileSync(f, 'utf8');
      if (plainRegions(text)?.some((r) => r.kind !== 'hard')) scanned++;
      expect(outcome(text, true) === outcome(text, false), f).toBe(true);
    }
    expect(scanned).toBeGreaterThan(0);
  }, 120_000);

  it('gives the same blocks on generated documents', () => {
    let seed = 7;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const lines = [
      'The cohort included adults seen at two clinics.', 'Images were read by two radiologists', 'without access to the outcome.',
      '# Methods', '## Results', '###### Deep', '#NoSpace', '# Title #', '#', '## Trailing ', 'Plain words ', 'Tab\there',
      '', '', '', '   ', '- a list item', '* star item', '+ plus item', '1. first', '2) second', '10. tenth', '   indented three',
      '    indented code', '> quoted text', '>', '```', '~~~', '```js', '<!-- a comment', 'still comment -->', '<div>', '</div>',
      '<script>', '<?pi?>', '| a | b |', '|---|---|', '| 1 | 2 |', 'a | b', '--- | ---', '---', '***', '___', '===', 'Setext',
      '[ref]: https://example.org', '[^1]: a footnote', 'see [ref] and [^1]', '**Methods**', '*Results*', 'a *b* c', 'x_y_z',
      'code `x` here', 'an \\* escape', 'AT&amp;T and &copy;', '<b>bold</b>', '![img](a.png)', '[link](https://x.org)',
      '~~gone~~', 'a^b', '\u00a0', '\u00a0text', 'é accents — dashes “quotes”', 'http://example.org/plain', 'line  ', '1.5 mg',
      '2019. A year', '+', '-', '\\', 'a\u0000b', 'word\r', '- [ ] task', 'Term', ': def', '$$', 'x = 1', '  - nested',
      '\t- tabbed', '  continued', 'title: X', '...',
    ];
    for (let n = 0; n < 3000; n++) {
      const k = 1 + rnd(14);
      const doc: string[] = [];
      for (let j = 0; j < k; j++) doc.push(lines[rnd(lines.length)]!);
      const text = doc.join('\n') + (rnd(2) ? '\n' : '');
      expect(outcome(text, true), JSON.stringify(text)).toBe(outcome(text, false));
    }
  }, 120_000);

  it('scans plain prose and headings, and declines what acts across blank lines', () => {
    const r = plainRegions('# Intro\n\nPlain prose here.\nSecond line.\n\n- a list\n\n  continued\n\nMore prose.\n');
    expect(r?.map((x) => x.kind)).toEqual(['heading', 'paragraph', 'hard', 'paragraph']);
    expect(plainRegions('Prose.\n\n```\ncode\n\nmore\n```\n')).toBeNull();
    expect(plainRegions('See [a].\n\n[a]: https://example.org\n')).toBeNull();
    expect(plainRegions('---\ntitle: T\n---\n\nProse.\n')).toBeNull();
  });
});
