/**
 * The CI formats checked against their published definitions (issue 11, "Done when"):
 * - SARIF against the OASIS SARIF 2.1.0 JSON schema (and the SARIF SDK's later revision of it), with ajv;
 * - JUnit against the Jenkins xUnit plugin's JUnit schema (junit-10.xsd), with xmllint compiled to WebAssembly;
 * - the github format against the workflow-command syntax, with a strict checker written here from GitHub's
 *   toolkit (`::error file=…,line=…,col=…,title=…::message`, property and data escaping);
 * - the HTML report rendered in headless Chromium, the summary bar found in the screenshot's pixels;
 * - the Word checklist opened with mammoth: one table row per checklist item.
 * The schemas and their provenance are in test/fixtures/schemas/ (README.md there).
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import mammoth from 'mammoth';
import { chromium } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import type { CheckResult } from '../src/engine/types.js';
import { github } from '../src/reporters/github.js';
import { sarif } from '../src/reporters/sarif.js';
import { cli, root } from './cli-run.js';
import { markdownToDocx, markdownToPdf } from './fixtures/readers/make.js';

const SCHEMAS = join(root, 'test/fixtures/schemas');
const DRAFT = 'examples/draft-incomplete.md';
const SPINE = 'examples/spine-mri-study.md';
const LATEX = 'test/fixtures/latex-multi/paper.tex';
const WAIVED = 'test/fixtures/waivers/waived.md';

// ajv-formats is CommonJS: its default export arrives as the module object or the function, depending on the loader
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as typeof addFormatsModule;

const dir = mkdtempSync(join(tmpdir(), 'reportlint-validate-'));
/** the draft example as PDF and as Word (places on pages and in paragraphs), and two unreadable files */
const PDF = join(dir, 'draft.pdf');
const DOCX = join(dir, 'draft.docx');
const BROKEN_PDF = join(dir, 'broken.pdf');
const BROKEN_DOCX = join(dir, 'broken.docx');

beforeAll(async () => {
  const md = readFileSync(join(root, DRAFT), 'utf8');
  writeFileSync(PDF, await markdownToPdf(md));
  writeFileSync(DOCX, await markdownToDocx(md));
  writeFileSync(BROKEN_PDF, '%PDF-1.4 cut short');
  writeFileSync(BROKEN_DOCX, 'plain text, not a zip');
}, 60_000);

/** The command lines whose reports are validated: examples, multi-file LaTeX, PDF and Word, waivers, unreadable inputs. */
const RUNS: Array<{ name: string; args: () => string[]; code: number; sarifOnly?: boolean }> = [
  { name: 'the two examples, every checklist', args: () => [DRAFT, SPINE, '-c', 'all'], code: 1 },
  { name: 'the example with its study description (disagreements)', args: () => [SPINE, '--study', 'examples/spine-mri-study.yaml'], code: 0 },
  { name: 'multi-file LaTeX', args: () => [LATEX, '-c', 'claim-2024'], code: 1 },
  { name: 'PDF and Word inputs', args: () => [PDF, DOCX, '-c', 'claim-2024'], code: 1 },
  { name: 'waived items', args: () => [WAIVED], code: 1 },
  { name: 'unreadable inputs next to a good one', args: () => [DRAFT, BROKEN_PDF, BROKEN_DOCX], code: 2 },
  // an absolute path becomes a file: URL in SARIF; the other formats print the path as given
  { name: 'an absolute path', args: () => [join(root, DRAFT), '-c', 'claim-2024'], code: 1, sarifOnly: true },
];

function run(args: string[], format: string, code: number): string {
  const r = cli(['check', ...args, '-f', format, '--no-config']);
  expect(r.code, r.stderr).toBe(code);
  return r.stdout;
}

// ---------------------------------------------------------------------------------------------------------------
// SARIF

interface SarifLog {
  runs: Array<{
    tool: { driver: { rules: Array<{ id: string }> } };
    results: Array<{
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number } } }>;
      suppressions?: Array<{ kind: string; justification?: string; location?: { physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number } } } }>;
    }>;
  }>;
}

function compile(file: string, draft: '07' | '2020'): ValidateFunction {
  const schema = JSON.parse(readFileSync(join(SCHEMAS, file), 'utf8'));
  // strict off: the schemas use keywords ajv's strict mode does not know about in their position (e.g. "default"
  // on items); formats on, as a file path that is not a valid URI reference is a real error in a SARIF log
  const ajv = draft === '07' ? new Ajv({ allErrors: true, strict: false }) : new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(schema);
}

const errorsOf = (v: ValidateFunction) => JSON.stringify(v.errors?.slice(0, 5), null, 1);

describe('SARIF validates against the SARIF 2.1.0 JSON schema', () => {
  /** OASIS Committee Specification 2.1.0 (draft-07), and the SARIF SDK's copy with the errata (draft 2020-12) */
  const oasis = compile('sarif-schema-2.1.0.json', '07');
  const sdk = compile('sarif-schema-2.1.0.sarif-sdk.json', '2020');

  it.each(RUNS)('$name', ({ args, code }) => {
    const log = JSON.parse(run(args(), 'sarif', code)) as SarifLog;
    expect(oasis(log), errorsOf(oasis)).toBe(true);
    expect(sdk(log), errorsOf(sdk)).toBe(true);
    // what the schema cannot say: each result's ruleIndex points at the rule with its id
    const [r] = log.runs;
    expect(r!.results.length).toBeGreaterThan(0);
    for (const x of r!.results) expect(r!.tool.driver.rules[x.ruleIndex]!.id).toBe(x.ruleId);
  }, 60_000);

  it('inputs that could not be checked are error notifications and the run is not successful, also when no file could be checked', () => {
    type Invocation = { executionSuccessful: boolean; toolExecutionNotifications?: Array<{ level: string; message: { text: string }; locations?: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }> };
    const invocationOf = (l: SarifLog) => (l.runs[0] as unknown as { invocations: Invocation[] }).invocations[0]!;
    const mixed = JSON.parse(run([DRAFT, BROKEN_PDF, BROKEN_DOCX], 'sarif', 2)) as SarifLog;
    const inv = invocationOf(mixed);
    expect(inv.executionSuccessful).toBe(false);
    const errors = inv.toolExecutionNotifications!.filter((n) => n.level === 'error');
    expect(errors.map((n) => n.locations![0]!.physicalLocation.artifactLocation.uri.split('/').pop())).toEqual(['broken.pdf', 'broken.docx']);
    for (const n of errors) expect(n.message.text).toMatch(/broken\.(pdf|docx): /);
    // the good file's results are all there
    expect(mixed.runs[0]!.results.some((x) => x.locations[0]!.physicalLocation.artifactLocation.uri.endsWith('draft-incomplete.md'))).toBe(true);
    // nothing checkable: a log is still written (a CI upload step finds its file), valid, with the errors only
    const none = JSON.parse(run([BROKEN_PDF], 'sarif', 2)) as SarifLog;
    expect(oasis(none), errorsOf(oasis)).toBe(true);
    expect(sdk(none), errorsOf(sdk)).toBe(true);
    expect(none.runs[0]!.results).toEqual([]);
    expect(invocationOf(none).executionSuccessful).toBe(false);
    expect(invocationOf(none).toolExecutionNotifications).toHaveLength(1);
    // a good run stays successful
    expect(invocationOf(JSON.parse(run([DRAFT], 'sarif', 1)) as SarifLog).executionSuccessful).toBe(true);
  }, 60_000);

  it('a log the schema must reject is rejected (the validators are not vacuous)', () => {
    const good = JSON.parse(run([DRAFT, '-c', 'claim-2024'], 'sarif', 1)) as SarifLog;
    const broken: Array<(l: SarifLog) => void> = [
      (l) => (l.runs[0]!.results[0]!.level = 'info'),
      (l) => (l.runs[0]!.results[0]!.locations[0]!.physicalLocation.region!.startLine = 0),
      (l) => delete (l.runs[0]!.results[0]! as Partial<SarifLog['runs'][0]['results'][0]>).message,
      (l) => (l.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri = 'a path with spaces.md'),
    ];
    for (const change of broken) {
      const l = structuredClone(good);
      change(l);
      expect(oasis(l)).toBe(false);
      expect(sdk(l)).toBe(false);
    }
  }, 60_000);

  it('PDF and Word places have no line region; the message names the page or paragraph', () => {
    const log = JSON.parse(run([PDF, DOCX, '-c', 'claim-2024'], 'sarif', 1)) as SarifLog;
    const results = log.runs[0]!.results;
    for (const x of results) expect(x.locations[0]!.physicalLocation.region).toBeUndefined();
    const byFile = (f: string) => results.filter((x) => x.locations[0]!.physicalLocation.artifactLocation.uri.endsWith(f));
    expect(byFile('draft.pdf').some((x) => /\(page \d+(, line \d+)?\)$/.test(x.message.text))).toBe(true);
    expect(byFile('draft.docx').some((x) => /\(paragraph \d+\)$/.test(x.message.text))).toBe(true);
  }, 60_000);

  it('a waived item is a suppressed result: inSource, at the comment, with the reason', () => {
    const log = JSON.parse(run([WAIVED, '-c', 'claim-2024'], 'sarif', 1)) as SarifLog;
    const suppressed = log.runs[0]!.results.filter((x) => x.suppressions);
    expect(suppressed.map((x) => x.ruleId).sort()).toEqual(['claim-2024/11', 'claim-2024/44']);
    for (const x of suppressed) {
      expect(x.suppressions).toEqual([
        {
          kind: 'inSource',
          justification: 'animal data, no patients; funding is declared on the journal form',
          location: { physicalLocation: { artifactLocation: { uri: WAIVED }, region: { startLine: 4 } } },
        },
      ]);
    }
    // a waiver from the configuration is an external suppression, with no place in the manuscript
    const viaConfig = structuredClone(JSON.parse(run([WAIVED, '-c', 'claim-2024'], 'json', 1))) as CheckResult;
    for (const it of viaConfig.files[0]!.checklists[0]!.items) if (it.waived) it.waived = { by: 'config', reason: 'not applicable to animal data' };
    const external = (JSON.parse(sarif(viaConfig)) as SarifLog).runs[0]!.results.filter((x) => x.suppressions);
    expect(oasis(JSON.parse(sarif(viaConfig)))).toBe(true);
    expect(external.map((x) => x.suppressions)).toEqual([
      [{ kind: 'external', justification: 'not applicable to animal data' }],
      [{ kind: 'external', justification: 'not applicable to animal data' }],
    ]);
    // --quiet keeps only errors, suppressed or not
    const quiet = JSON.parse(cli(['check', WAIVED, '-c', 'claim-2024', '-f', 'sarif', '-q', '--no-config']).stdout) as SarifLog;
    expect(quiet.runs[0]!.results.every((x) => x.level === 'error')).toBe(true);
  }, 60_000);
});

// ---------------------------------------------------------------------------------------------------------------
// JUnit

const JUNIT_XSD = readFileSync(join(SCHEMAS, 'junit-10.xsd'), 'utf8');

async function junitErrors(xml: string): Promise<string[]> {
  const r = await validateXML({ xml: [{ fileName: 'report.xml', contents: xml }], schema: [{ fileName: 'junit-10.xsd', contents: JUNIT_XSD }] });
  return r.valid ? [] : r.errors.map((e) => e.rawMessage);
}

describe('JUnit validates against a JUnit XSD (Jenkins xUnit junit-10.xsd)', () => {
  it.each(RUNS.filter((r) => !r.sarifOnly))('$name', async ({ args, code }) => {
    const xml = run(args(), 'junit', code);
    expect(await junitErrors(xml)).toEqual([]);
  }, 60_000);

  it('a report the XSD must reject is rejected (the validator is not vacuous)', async () => {
    const xml = run([DRAFT, '-c', 'claim-2024'], 'junit', 1);
    expect(await junitErrors(xml.replace('<testcase ', '<testcase file="x.md" '))).toEqual([
      expect.stringMatching(/Element 'testcase', attribute 'file': The attribute 'file' is not allowed/),
    ]);
    expect((await junitErrors(xml.replace(/<testsuite name="[^"]*"/, '<testsuite'))).join('\n')).toMatch(/attribute 'name' is required/);
    expect(await junitErrors(xml.replace('</testsuites>', '<testsuite/></testsuites>'))).not.toEqual([]);
  }, 60_000);

  it('an input that could not be checked is a test case in error, also when no file could be checked', async () => {
    const mixed = run([DRAFT, BROKEN_PDF, BROKEN_DOCX], 'junit', 2);
    expect(mixed).toMatch(/<testsuites name="reportlint" tests="\d+" failures="\d+" errors="2">/);
    expect(mixed.match(/<error message="[^"]*broken\.(pdf|docx): [^"]*" type="input-error">/g)).toHaveLength(2);
    const none = run([BROKEN_DOCX], 'junit', 2);
    expect(await junitErrors(none)).toEqual([]);
    expect(none).toContain('tests="1" failures="0" errors="1"');
  }, 60_000);

  it('the suite names the file; a failure in an \\input file names that file and line', () => {
    const xml = run([LATEX, '-c', 'claim-2024'], 'junit', 1);
    expect(xml).toContain(`file="${LATEX}"`);
    expect(xml).toMatch(/<failure [^>]*>[^<]*\(test\/fixtures\/latex-multi\/sections\/methods\.tex, line \d+\)<\/failure>/);
    const waived = run([WAIVED, '-c', 'claim-2024'], 'junit', 1);
    expect(waived).toContain('<skipped message="waived: animal data, no patients; funding is declared on the journal form"/>');
  }, 60_000);
});

// ---------------------------------------------------------------------------------------------------------------
// GitHub workflow commands

/**
 * A strict reading of one annotation command, as documented by GitHub ("Workflow commands for GitHub Actions":
 * `::error file={name},line={line},endLine={endLine},title={title}::{message}`, also `warning` and `notice`, with
 * `col` and `endColumn`) and as @actions/core writes them (command.ts: properties joined by `,`, property values
 * escaped `%`→%25, CR→%0D, LF→%0A, `:`→%3A, `,`→%2C; the message escaped `%`, CR, LF). Anything else is an error:
 * an unknown or repeated property, a number that is not a positive integer, `col` without `line`, a raw character
 * that must be escaped, a `%` that starts no known escape, or text that is not in its canonical escaped form.
 */
type Annotation = { command: 'error' | 'warning' | 'notice'; properties: Record<string, string>; message: string };

const PROPERTY_ESCAPES: Record<string, string> = { '%25': '%', '%0D': '\r', '%0A': '\n', '%3A': ':', '%2C': ',' };
const DATA_ESCAPES: Record<string, string> = { '%25': '%', '%0D': '\r', '%0A': '\n' };
const escapeDataRef = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapePropertyRef = (s: string) => escapeDataRef(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

function unescape(s: string, table: Record<string, string>, what: string): string {
  return s.replace(/%(..)?/g, (m) => {
    const v = table[m.toUpperCase()];
    if (v === undefined || m !== m.toUpperCase()) throw new Error(`${what}: "${m}" starts no escape`);
    return v;
  });
}

function parseAnnotation(line: string): Annotation {
  if (/[\r\n]/.test(line)) throw new Error('a raw CR or LF');
  const m = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/s.exec(line);
  if (!m) throw new Error('not ::error|warning|notice [properties]::message');
  const [, command, props, data] = m;
  const properties: Record<string, string> = {};
  for (const p of props === undefined ? [] : props.split(',')) {
    const eq = p.indexOf('=');
    if (eq <= 0) throw new Error(`property "${p}" is not key=value`);
    const key = p.slice(0, eq);
    const raw = p.slice(eq + 1);
    if (!['file', 'line', 'endLine', 'col', 'endColumn', 'title'].includes(key)) throw new Error(`unknown property ${key}`);
    if (key in properties) throw new Error(`property ${key} twice`);
    const value = unescape(raw, PROPERTY_ESCAPES, key);
    if (escapePropertyRef(value) !== raw) throw new Error(`property ${key} is not in canonical escaped form`);
    if (['line', 'endLine', 'col', 'endColumn'].includes(key) && !/^[1-9]\d*$/.test(value)) throw new Error(`${key}=${value} is not a positive integer`);
    properties[key] = value;
  }
  if (props !== undefined && !properties.file) throw new Error('an annotation with properties but no file');
  if (properties.col && !properties.line) throw new Error('col without line');
  if (properties.endLine && Number(properties.endLine) < Number(properties.line)) throw new Error('endLine before line');
  const message = unescape(data!, DATA_ESCAPES, 'message');
  if (escapeDataRef(message) !== data) throw new Error('message is not in canonical escaped form');
  if (!message.trim()) throw new Error('empty message');
  return { command: command as Annotation['command'], properties, message };
}

const annotations = (out: string) => out.split('\n').filter(Boolean).map(parseAnnotation);

describe('github format: the workflow-command syntax', () => {
  it('the checker rejects what the runner would misread', () => {
    const bad = [
      '::error file=a,b.md,line=1::x', // raw comma in a property
      '::error file=a:b.md,line=1::x', // raw colon in a property
      '::error file=a.md,line=0::x', // line numbers start at 1
      '::error file=a.md,line=2,line=3::x',
      '::error file=a.md,colour=1::x',
      '::error file=a.md,col=3::x', // a column without a line
      '::error file=a.md::100% sure', // a raw percent sign in the message
      '::error file=a.md::50%2C', // an escape a message does not use
      '::warn file=a.md::x',
      '::error file=a.md::',
    ];
    for (const line of bad) expect(() => parseAnnotation(line), line).toThrow();
    expect(parseAnnotation('::notice file=a%2C b%3A 100%25.md,line=3,col=1,title=claim-2024/8::Partial: 50%25 done%0Anext')).toEqual({
      command: 'notice',
      properties: { file: 'a, b: 100%.md', line: '3', col: '1', title: 'claim-2024/8' },
      message: 'Partial: 50% done\nnext',
    });
  });

  it('a report on a file whose name and sentences have commas, colons and percent signs', () => {
    const d = mkdtempSync(join(tmpdir(), 'reportlint-gh-'));
    const path = join(d, 'draft, v2: 100% final.md');
    writeFileSync(
      path,
      [
        '# Fracture detection: a deep-learning study, 2019–2021',
        '',
        '## Methods',
        '',
        'Radiographs came from two sites: site A (60%) and site B (40%).',
        'The code is not available: requests, however, are answered within 30 days.',
        'The study was not registered, and no protocol was published (0% of the budget: spent).',
        '',
      ].join('\n'),
    );
    const out = cli(['check', path, '-c', 'all', '-f', 'github', '--no-config']).stdout;
    const list = annotations(out);
    expect(list.length).toBe(out.trimEnd().split('\n').length);
    expect(new Set(list.map((a) => a.properties.file))).toEqual(new Set([path]));
    // evidence quoted in messages keeps its colons, commas and percent signs once unescaped
    expect(list.some((a) => a.message.includes('"The study was not registered, and no protocol was published (0% of the budget: spent)."'))).toBe(true);
    expect(list.some((a) => a.message.includes(': requests, however, are answered'))).toBe(true);
    for (const a of list) expect(a.properties.title).toMatch(/^[a-z0-9-]+\/[A-Za-z0-9.]+$/);
  }, 60_000);

  it.each(RUNS.filter((r) => !r.sarifOnly))('$name: every line parses', ({ args, code }) => {
    const list = annotations(run(args(), 'github', code));
    expect(list.length).toBeGreaterThan(0);
    // a PDF or Word place has no line in the file
    for (const a of list) if (/\.(pdf|docx)$/.test(a.properties.file!)) expect(a.properties.line).toBeUndefined();
  }, 60_000);

  it('line breaks and carriage returns in a message or path are escaped, and come back unchanged', () => {
    const result: CheckResult = {
      tool: 'reportlint',
      version: '0',
      schemaVersion: 1,
      files: [
        {
          path: 'odd\r\nname,100%.md',
          format: 'markdown',
          warnings: [],
          checklists: [
            {
              id: 'claim-2024',
              name: 'CLAIM',
              items: [
                { id: '9', topic: 'Data preprocessing', section: 'Methods', concepts: [], status: 'missing', evidence: [], reason: 'Say how:\nfirst, resize; then\r\nnormalise (100%).', place: { line: 7, column: 2 } },
              ],
            },
          ],
        },
      ],
    } as unknown as CheckResult;
    const [a] = annotations(github(result));
    expect(a).toEqual({
      command: 'error',
      properties: { file: 'odd\r\nname,100%.md', line: '7', col: '2', title: 'claim-2024/9' },
      message: 'Missing: Data preprocessing. Say how:\nfirst, resize; then\r\nnormalise (100%).',
    });
  });
});

// ---------------------------------------------------------------------------------------------------------------
// HTML in headless Chromium

const chromiumPath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p): p is string => Boolean(p && existsSync(p)));
if (!chromiumPath) console.log('test/reporters-validate.test.ts: the Chromium test is skipped: no Chromium (apt-get install chromium, or set CHROMIUM_PATH)');

describe.skipIf(!chromiumPath)('html report in headless Chromium', () => {
  it('the screenshot shows the summary bar in its colours, at the top of the page', async () => {
    const page = join(dir, 'report.html');
    run([DRAFT, '-c', 'claim-2024', '-o', page], 'html', 1);
    const browser = await chromium.launch({ executablePath: chromiumPath!, args: ['--no-sandbox'] });
    try {
      const tab = await browser.newPage({ viewport: { width: 1000, height: 700 } });
      const requests: string[] = [];
      tab.on('request', (r) => requests.push(r.url()));
      await tab.goto(`file://${page}`);
      // nothing but the page itself is loaded: the report is self-contained
      expect(requests).toEqual([`file://${page}`]);
      const bar = tab.locator('.bar').first();
      await expect(bar.getAttribute('aria-label')).resolves.toBe('9 reported, 4 partial, 27 missing, 0 need review, 4 not applicable');
      const box = (await bar.boundingBox())!;
      expect(box.width).toBeGreaterThan(500);
      expect(box.y + box.height).toBeLessThan(700);
      const png = await tab.screenshot();
      writeFileSync(join(dir, 'report.png'), png);
      // read the screenshot back and count the pixels of each colour along the bar's middle row
      const counts = await tab.evaluate(
        async ({ data, y, x0, x1 }) => {
          const img = new Image();
          img.src = `data:image/png;base64,${data}`;
          await img.decode();
          const c = document.createElement('canvas');
          c.width = img.width;
          c.height = img.height;
          const g = c.getContext('2d')!;
          g.drawImage(img, 0, 0);
          const row = g.getImageData(x0, y, x1 - x0, 1).data;
          const out: Record<string, number> = {};
          for (let i = 0; i < row.length; i += 4) {
            const hex = `#${[row[i]!, row[i + 1]!, row[i + 2]!].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
            out[hex] = (out[hex] ?? 0) + 1;
          }
          return out;
        },
        { data: png.toString('base64'), y: Math.round(box.y + box.height / 2), x0: Math.ceil(box.x), x1: Math.floor(box.x + box.width) },
      );
      const width = Math.floor(box.x + box.width) - Math.ceil(box.x);
      // reported green 11/44, partial amber 2/44, missing red 27/44, as the page's own styles colour them
      const share = (hex: string) => (counts[hex] ?? 0) / width;
      expect(share('#2e7d32')).toBeCloseTo(11 / 44, 1);
      expect(share('#f9a825')).toBeCloseTo(2 / 44, 1);
      expect(share('#c62828')).toBeCloseTo(27 / 44, 1);
    } finally {
      await browser.close();
    }
  }, 90_000);
});

// ---------------------------------------------------------------------------------------------------------------
// The Word checklist

describe('checklist-docx opens with mammoth', () => {
  it('one table per checklist, one row per item, in checklist order', async () => {
    const out = join(dir, 'checklist.docx');
    run([DRAFT, '-c', 'claim-2024,stard-2015', '-o', out], 'checklist-docx', 1);
    const json = JSON.parse(run([DRAFT, '-c', 'claim-2024,stard-2015'], 'json', 1));
    const { value: html, messages } = await mammoth.convertToHtml({ path: out });
    expect(messages).toEqual([]);
    const tables = html.split('<table>').slice(1).map((t) => t.split('</table>')[0]!);
    const checklists = json.files[0].checklists as Array<{ id: string; items: Array<{ id: string; topic: string }> }>;
    expect(tables).toHaveLength(checklists.length);
    for (const [k, cl] of checklists.entries()) {
      const body = tables[k]!.split('<tbody>')[1]!;
      const text = (cell: string) => cell.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
      const rows = body.split('<tr>').slice(1).map((r) => [...r.matchAll(/<td>(.*?)<\/td>/g)].map((c) => text(c[1]!)));
      expect(rows, cl.id).toHaveLength(cl.items.length);
      for (const [i, it] of cl.items.entries()) {
        expect(rows[i], `${cl.id} row ${i + 1}`).toContain(it.id);
        expect(rows[i]).toContain(it.topic);
      }
    }
  }, 60_000);
});
