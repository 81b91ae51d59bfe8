// The limits policy: one declared set, parsed from flags and configuration, each breach a one-line LimitError.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, LimitError, parseLimitSettings, resetLimits, setLimits } from '../../src/limits.js';
import { readManuscript } from '../../src/readers/index.js';
import { checkZipEntries } from '../../src/readers/zip-check.js';
import { docx } from './zip.js';

const tmp = mkdtempSync(join(tmpdir(), 'rl-limits-'));
afterEach(() => resetLimits());

describe('limit settings', () => {
  it('parses sizes, counts and times, and refuses unknown names and bad values', () => {
    expect(parseLimitSettings(['text-bytes=8MB', 'time=90s', 'sentences=100', 'depth=50', 'input-bytes=512KB', 'unzipped-bytes=1.5GB'])).toEqual({
      textBytes: 8 * 1048576,
      timeMs: 90_000,
      sentences: 100,
      depth: 50,
      inputBytes: 512 * 1024,
      unzippedBytes: 1.5 * 1073741824,
    });
    expect(parseLimitSettings({ 'input-files': 20, time: '1500ms' })).toEqual({ inputFiles: 20, timeMs: 1500 });
    expect(() => parseLimitSettings(['nope=1'])).toThrow(/unknown limit "nope"/);
    expect(() => parseLimitSettings(['text-bytes=-1'])).toThrow(/needs a positive size/);
    expect(() => parseLimitSettings(['sentences=1.5'])).toThrow(/positive whole number|needs a positive/);
  });

  it('defaults fit the largest real manuscript ×10', () => {
    expect(DEFAULT_LIMITS.inputBytes).toBeGreaterThanOrEqual(31 * 1e6);
    expect(DEFAULT_LIMITS.textBytes).toBeGreaterThanOrEqual(3.3 * 1e6);
    expect(DEFAULT_LIMITS.sentences).toBeGreaterThanOrEqual(16_000);
  });
});

describe('breaches are one-line errors naming the limit and how to raise it', () => {
  it('input bytes, text bytes and sentences', async () => {
    const f = join(tmp, 'long.md');
    writeFileSync(f, `# T\n\n## Methods\n\n${'We did a thing. '.repeat(300)}\n`);
    setLimits({ inputBytes: 1000 });
    await expect(readManuscript(f)).rejects.toThrow(/long\.md: is 5 KB, over the input-bytes limit of 1000B \(raise it with --limit input-bytes=/);
    resetLimits();
    setLimits({ textBytes: 1000 });
    await expect(readManuscript(f)).rejects.toThrow(/over the text-bytes limit/);
    resetLimits();
    setLimits({ sentences: 100 });
    const e = await readManuscript(f).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(LimitError);
    expect((e as LimitError).message).toMatch(/long\.md: has more than 100 sentences, over the sentences limit of 100/);
    expect((e as LimitError).message).not.toContain('\n');
  });
});

describe('DOCX zip entries are checked before inflating', () => {
  it('a zip bomb declaring its true size is refused by the unzipped-bytes limit, at once', () => {
    setLimits({ unzippedBytes: 1024 * 1024 });
    const bomb = docx(['Hello.'], { pad: 4 * 1024 * 1024 });
    expect(bomb.length).toBeLessThan(20_000);
    const t0 = performance.now();
    expect(() => checkZipEntries('bomb.docx', bomb)).toThrow(/bomb\.docx: unzips to 4\.0 MB, over the unzipped-bytes limit of 1MB/);
    expect(performance.now() - t0).toBeLessThan(200);
  });

  it('Word XML over the word-xml-bytes limit is refused from the central directory, before mammoth parses it', () => {
    // mammoth needs about 100 bytes of memory per byte of Word XML (scripts/peak-memory.mjs): 6 MB would pass 1 GB
    const big = docx(['Hello.'], { pad: 6 * 1024 * 1024 });
    expect(big.length).toBeLessThan(40_000);
    expect(() => checkZipEntries('big.docx', big)).toThrow(/big\.docx: has 6\.0 MB of Word XML \(document, notes, comments\), over the word-xml-bytes limit of 5MB \(raise it with --limit word-xml-bytes=/);
    setLimits({ wordXmlBytes: 8 * 1024 * 1024 });
    expect(() => checkZipEntries('big.docx', big)).not.toThrow();
  });

  it('an entry that inflates past its declared size is refused without inflating it all', async () => {
    const liar = docx(['Hello.'], { pad: 8 * 1024 * 1024, declaredSize: 1000 });
    const f = join(tmp, 'liar.docx');
    writeFileSync(f, liar);
    const before = process.memoryUsage().rss;
    await expect(readManuscript(f)).rejects.toThrow(/liar\.docx: is not a valid DOCX \(bad zip: entry word\/document\.xml inflates past its declared size\)/);
    expect(process.memoryUsage().rss - before).toBeLessThan(6 * 1024 * 1024);
  });

  it('a normal DOCX is still read', async () => {
    const f = join(tmp, 'ok.docx');
    writeFileSync(f, docx(['Methods', 'We trained a model on 300 scans.']));
    const ms = await readManuscript(f);
    expect(ms.sentences.map((s) => s.text)).toContain('We trained a model on 300 scans.');
  });
});

describe('encodings', () => {
  it('reads UTF-16 with a byte-order mark (LE and BE) instead of calling it binary', async () => {
    const text = '# Title\n\n## Methods\n\nWe used data from 2019 — naïve.\n';
    const le = join(tmp, 'le.md');
    writeFileSync(le, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const be = join(tmp, 'be.md');
    const b = Buffer.from(text, 'utf16le');
    b.swap16();
    writeFileSync(be, Buffer.concat([Buffer.from([0xfe, 0xff]), b]));
    for (const f of [le, be]) {
      const ms = await readManuscript(f);
      expect(ms.format).toBe('markdown');
      expect(ms.sentences.map((s) => s.text)).toContain('We used data from 2019 — naïve.');
    }
  });
});
