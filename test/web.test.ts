/**
 * The authors' web page in a real browser (issue 12): Debian's Chromium driven by playwright-core, the page served
 * by `reportlint web`. The bundled example dropped as Markdown, DOCX and PDF gives the verdicts of `reportlint
 * check -f json` on the same files; a download; keyboard only; an unreadable file; no request leaves the page's
 * own origin and nothing is sent (only GETs). Skipped, with the reason printed, when no Chromium is installed.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { markdownToDocx, markdownToPdf } from './fixtures/readers/make.js';

const root = join(import.meta.dirname, '..');
const bin = join(root, 'bin/reportlint.js');
const chromiumPath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p): p is string => Boolean(p && existsSync(p)));
const built = existsSync(join(root, 'dist/page/index.html'));
const skip = !chromiumPath ? 'no Chromium (apt-get install chromium, or set CHROMIUM_PATH)' : !built ? 'the page is not built (npm run build:web)' : '';
if (skip) console.log(`test/web.test.ts skipped: ${skip}`);

type Verdicts = Record<string, string>;
/** `checklist/item` → status (with "+candidate" for "not found — check"), from the JSON contract. */
function verdicts(json: { files: Array<{ checklists: Array<{ id: string; items: Array<{ id: string; status: string; candidate?: unknown }> }> }> }): Verdicts {
  const out: Verdicts = {};
  for (const cl of json.files[0]!.checklists) for (const it of cl.items) out[`${cl.id}/${it.id}`] = it.status + (it.candidate ? '+candidate' : '');
  return out;
}
const cliVerdicts = (file: string) => verdicts(JSON.parse(spawnSync(process.execPath, [bin, 'check', file, '-f', 'json'], { encoding: 'utf8' }).stdout));

describe.skipIf(Boolean(skip))('the web page in Chromium', () => {
  let server: ChildProcess;
  let origin = '';
  let browser: Browser;
  let page: Page;
  const requests: Array<{ method: string; url: string }> = [];
  const dir = mkdtempSync(join(tmpdir(), 'reportlint-web-'));
  const md = readFileSync(join(root, 'examples/spine-mri-study.md'), 'utf8');

  beforeAll(async () => {
    server = spawn(process.execPath, [bin, 'web'], { stdio: ['ignore', 'pipe', 'inherit'] });
    origin = await new Promise<string>((resolve) => server.stdout!.on('data', (d) => /http:\/\/127\.0\.0\.1:\d+/.test(String(d)) && resolve(/http:\/\/127\.0\.0\.1:\d+/.exec(String(d))![0])));
    browser = await chromium.launch({ executablePath: chromiumPath!, args: ['--no-sandbox'] });
    const context = await browser.newContext({ acceptDownloads: true });
    page = await context.newPage();
    page.on('request', (r) => requests.push({ method: r.method(), url: r.url() }));
    await page.goto(`${origin}/`);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
    writeFileSync(join(dir, 'spine-mri-study.md'), md);
    writeFileSync(join(dir, 'spine-mri-study.docx'), await markdownToDocx(md));
    writeFileSync(join(dir, 'spine-mri-study.pdf'), await markdownToPdf(md));
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    server?.kill();
  });

  /** Pick a file with the file input and wait for its results; returns the JSON download. */
  async function check(file: string): Promise<Verdicts> {
    await page.setInputFiles('#file', file);
    await page.waitForFunction((name) => document.getElementById('timing')?.textContent?.startsWith(name), file.split('/').pop(), { timeout: 30_000 });
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#downloads button[data-format="json"]')]);
    return verdicts(JSON.parse(readFileSync(await download.path(), 'utf8')));
  }

  for (const ext of ['md', 'docx', 'pdf']) {
    it(`gives the verdicts of reportlint check for the example as ${ext}`, async () => {
      const file = join(dir, `spine-mri-study.${ext}`);
      const expected = cliVerdicts(file);
      expect(Object.keys(expected).length).toBeGreaterThan(50);
      expect(await check(file)).toEqual(expected);
      if (ext === 'pdf') expect(requests.some((r) => r.url.endsWith('/pdf.worker.min.mjs'))).toBe(true);
    }, 60_000);
  }

  it('downloads the completed checklist as a Word document', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#downloads button[data-format="checklist-docx"]')]);
    expect(download.suggestedFilename()).toBe('spine-mri-study-checklist.docx');
    const bytes = readFileSync(await download.path());
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(bytes.toString('latin1')).toContain('word/document.xml');
  });

  it('is operable with the keyboard: Tab to an item, Enter opens it and highlights its evidence', async () => {
    await page.setInputFiles('#file', join(dir, 'spine-mri-study.md'));
    await page.locator('#problems-only').focus();
    let onItem = false;
    for (let i = 0; i < 20 && !onItem; i++) {
      await page.keyboard.press('Tab');
      onItem = await page.evaluate(() => document.activeElement?.classList.contains('item-toggle') ?? false);
    }
    expect(onItem).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-expanded'))).toBe('true');
    expect(await page.locator('#text mark').count()).toBeGreaterThan(0);
    await page.keyboard.press('Tab'); // to the first piece of evidence
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('#text mark')))).toBe(true);
  });

  it('says clearly when a file cannot be read, and keeps the results', async () => {
    const png = join(dir, 'figure.png');
    writeFileSync(png, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
    await page.setInputFiles('#file', png);
    await page.waitForSelector('#error:not([hidden])');
    expect(await page.textContent('#error')).toMatch(/figure\.png: .*not a manuscript this page can read.*previous results are kept/);
    expect(await page.isVisible('#results')).toBe(true);
  });

  it('judges a 50 KB manuscript quickly (time printed)', async () => {
    const big = join(dir, 'long.md');
    writeFileSync(big, `${md}\n\n${md.replace(/^# .*$/m, '## Supplement')}\n\n${md.replace(/^# .*$/m, '## Supplement 2')}`.slice(0, 50_000));
    await page.setInputFiles('#file', big);
    await page.waitForFunction(() => document.getElementById('timing')?.textContent?.startsWith('long.md'));
    const timing = (await page.textContent('#timing'))!;
    console.log(`web page, 50 KB manuscript: ${timing}`);
    const [, read, judged] = /detected in (\d+) ms, judged in (\d+) ms/.exec(timing)!.map(Number);
    expect(read! + judged!).toBeLessThan(5000); // generous on a shared machine; the figure is printed above
  });

  it('sends nothing: every request is a GET to the page\'s own origin', () => {
    expect(requests.length).toBeGreaterThan(3);
    expect(requests.filter((r) => r.method !== 'GET' || !r.url.startsWith(`${origin}/`))).toEqual([]);
  });
});
