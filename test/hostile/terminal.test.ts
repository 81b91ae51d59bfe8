// Manuscript text never reaches the terminal raw; a damaged PDF is called damaged; errors name the file.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { escapeControls } from '../../src/util/terminal.js';
import { fileError } from '../../src/limits.js';
import { readManuscript } from '../../src/readers/index.js';
import { cli } from './cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'rl-term-'));
const ESC = '\u001b';

describe('control characters from manuscripts are escaped on the terminal', () => {
  it('escapeControls shows C0, DEL, C1 and bidi overrides, keeps tab, newline and text', () => {
    expect(escapeControls(`a${ESC}[2Jb\u0007c\u009bd\u202ee\tf\ng é ✓`)).toBe('a\\x1b[2Jb\\x07c\\x9bd\\u202ee\tf\ng é ✓');
  }, 60_000);

  it('check (stylish, verbose) and the checklist format show escapes, JSON stays exact', () => {
    const f = join(tmp, 'esc.md');
    writeFileSync(f, `# Title ${ESC}]0;pwned${ESC}\\\n\n## Methods\n\nData are available at https://zenodo.org/record/1 ${ESC}[2J${ESC}[31mred.\n`);
    // a checklist named: the two-line text has no study type that --checklist auto would check
    const cl = ['-c', 'claim-2024'];
    for (const args of [['check', f, '-v', ...cl], ['check', f, '-f', 'checklist', ...cl], ['check', f, '-f', 'csv', ...cl]]) {
      const r = cli(args);
      expect(r.stdout).not.toContain(ESC);
      expect(r.stderr).not.toContain(ESC);
    }
    expect(cli(['check', f, '-v', ...cl]).stdout).toContain('\\x1b[2J');
    const j = JSON.parse(cli(['check', f, '-f', 'json', ...cl]).stdout);
    expect(JSON.stringify(j)).toContain('\\u001b[2J');
  }, 60_000);

  it('an error message with control characters in a file name is escaped', () => {
    const r = cli(['check', join(tmp, `no${ESC}[31m.md`)]);
    expect(r.stderr).not.toContain(ESC);
    expect(r.stderr).toContain('\\x1b[31m');
  }, 60_000);
});

describe('messages name the file', () => {
  it('a stack overflow or an internal error from a reader names the file', () => {
    let deep: () => number = () => 0;
    deep = () => deep() + 1;
    let overflow: unknown;
    try {
      deep();
    } catch (e) {
      overflow = e;
    }
    expect(String((fileError('paper.md', overflow) as Error).message)).toMatch(/^paper\.md: is nested too deeply to read \(the stack overflowed/);
    expect((fileError('paper.md', new TypeError('x is undefined')) as Error).message).toBe('paper.md: internal error: x is undefined');
  }, 60_000);

  it('a PDF whose pages cannot be read is damaged, not scanned', async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    for (let i = 0; i < 2; i++) doc.addPage().drawText('Methods. We trained a model on three hundred scans.', { x: 50, y: 700, size: 10, font });
    const bytes = Buffer.from(await doc.save({ useObjectStreams: false }));
    const broken = Buffer.from(bytes.toString('latin1').replace(/\/Kids \[[^\]]*\]/, (m) => m.replace(/\d+ 0 R/g, '999 0 R')), 'latin1');
    const f = join(tmp, 'damaged.pdf');
    writeFileSync(f, broken);
    await expect(readManuscript(f)).rejects.toThrow(/damaged\.pdf: is a damaged PDF/);
  }, 60_000);
});
