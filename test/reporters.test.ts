import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { check } from '../src/api.js';
import { parseCsv } from '../src/eval/labels.js';
import type { ItemVerdict } from '../src/checklists/types.js';
import type { CheckResult } from '../src/engine/types.js';
import { checklist } from '../src/reporters/checklist.js';
import { evidenceLocation, reportedOn, statusWord } from '../src/reporters/checklist-model.js';
import { csv, CSV_HEADER } from '../src/reporters/csv.js';
import { REPORTERS } from '../src/reporters/index.js';
import { sarif, SARIF_SCHEMA } from '../src/reporters/sarif.js';

const root = join(import.meta.dirname, '..');
const DRAFT = 'examples/draft-incomplete.md';
const DATE = '2025-01-31';

/** A tiny manuscript: a quote and a comma in one evidence sentence, a pipe in another, a "not done" statement. */
const INLINE = `# Deep learning for fracture detection on radiographs

## Methods

Radiographs were collected from "Northbridge Hospital", a tertiary centre, between 2018 and 2020.
Radiographs were resized to 512 × 512 pixels and normalised (mean | standard deviation).
The code is not available.
`;

let draft: CheckResult;
let inline: CheckResult;

beforeAll(async () => {
  draft = await check(join(root, DRAFT), { checklists: 'claim-2024' });
  // the reports name the file as it was given; give it as the command line would, relative to the project
  draft.files[0]!.path = DRAFT;
  inline = await check({ text: INLINE, path: 'inline.md' }, { checklists: 'claim-2024' });
});

/** A copy of a result with one item of the first checklist changed. */
function withItem(r: CheckResult, id: string, change: Partial<ItemVerdict>): CheckResult {
  const copy = structuredClone(r);
  const it = copy.files[0]!.checklists[0]!.items.find((i) => i.id === id)!;
  Object.assign(it, change);
  return copy;
}


describe('checklist reporter (the completed checklist)', () => {
  it('has a header naming the manuscript, the checklist, its citation, DOI, URL and the date', () => {
    const md = checklist(draft, { date: DATE });
    const lines = md.split('\n');
    expect(lines[0]).toBe('# Reporting checklist: Automated detection of vertebral compression fractures on lateral spine radiographs with deep learning');
    expect(lines).toContain(
      '- **Manuscript:** Automated detection of vertebral compression fractures on lateral spine radiographs with deep learning (`examples/draft-incomplete.md`)',
    );
    expect(lines).toContain('- **Checklist:** CLAIM: Checklist for Artificial Intelligence in Medical Imaging (2024 Update)');
    expect(lines).toContain(`- **Date:** ${DATE}`);
    expect(lines).toContain('## CLAIM: Checklist for Artificial Intelligence in Medical Imaging (2024 Update)');
    const citation = lines.find((l) => l.startsWith('- **Citation:** '))!;
    expect(citation).toMatch(/^- \*\*Citation:\*\* Tejani AS, .*Radiol Artif Intell\. 2024;6\(4\):e240300\. \[doi:10\.1148\/ryai\.240300\]\(https:\/\/doi\.org\/10\.1148\/ryai\.240300\)$/);
    expect(lines).toContain('- **URL:** <https://pubs.rsna.org/doi/10.1148/ryai.240300>');
  });

  it('has one table row per item, in the guideline order, with places, status words and evidence', () => {
    const lines = checklist(draft, { date: DATE }).split('\n');
    const head = lines.indexOf('| Section | Item | Topic | Reported on | Status | Evidence |');
    expect(head).toBeGreaterThan(0);
    expect(lines[head + 1]).toBe('|---|---|---|---|---|---|');
    const rows = lines.slice(head + 2, lines.indexOf('', head));
    expect(rows).toHaveLength(44);
    expect(rows.map((r) => r.split(' | ')[1])).toEqual(draft.files[0]!.checklists[0]!.items.map((i) => i.id));
    // a missing item
    expect(rows).toContain('| Methods | 5 | Prospective or retrospective | — | No |  |');
    // reported, partial and not applicable
    expect(rows).toContain('| Methods | 7 | Data sources | line 17 | Yes | “Lateral thoracolumbar radiographs were collected from our hospital.” |');
    expect(rows).toContain('| Methods | 8 | Inclusion and exclusion criteria | line 17 | Partly | “Lateral thoracolumbar radiographs were collected from our hospital.” |');
    expect(rows).toContain('| Methods | 10 | Selection of data subsets | — | Not applicable |  |');
    // several places, in reading order
    expect(rows.find((r) => r.startsWith('| Methods | 19 |'))).toMatch(/^\| Methods \| 19 \| Assignment to partitions \| line 5; line 18; line 23 \| Yes \| “/);
  });

  it('ends with the summary counts and a note that the status is an automatic assessment', () => {
    const md = checklist(draft, { date: DATE });
    const cl = draft.files[0]!.checklists[0]!;
    const s = cl.summary;
    const check = cl.items.filter((i) => i.candidate).length;
    expect(check).toBeGreaterThan(0);
    expect(md).toContain(`**Summary:** ${s.reported} Yes, ${s.partial} Partly, ${s.missing - check} No, ${check} Not found — check, ${s['not-applicable']} Not applicable (44 items).`);
    expect(md.trimEnd().split('\n').at(-1)).toMatch(/^> The status of each item is an automatic assessment by reportlint .*: check every row against the manuscript/);
  });

  it('says "Reported as not done", escapes pipes and clips long evidence', () => {
    const lines = checklist(inline, { date: DATE }).split('\n');
    expect(lines).toContain('| Other | 43 | Availability of code, model, data | line 7 | Reported as not done | “The code is not available.” |');
    expect(lines.find((l) => l.startsWith('| Methods | 9 |'))).toBe(
      '| Methods | 9 | Data preprocessing | line 6 | Yes | “Radiographs were resized to 512 × 512 pixels and normalised (mean \\| standard deviation).” |',
    );
    const long = withItem(inline, '9', { evidence: [{ text: `${'word '.repeat(40)}| end`, line: 6, column: 1, section: 'Methods', rule: 'x' }] });
    const row = checklist(long, { date: DATE }).split('\n').find((l) => l.startsWith('| Methods | 9 |'))!;
    const quote = row.split(' | ')[5]!;
    expect(quote).toMatch(/^“(word ){23}word…” \|$/); // 119 characters and the ellipsis
    expect(row.split(' | ')).toHaveLength(6);
  });

  it('has one section per checklist and one document per file', async () => {
    const two = await check({ text: INLINE, path: 'inline.md' }, { checklists: 'claim-2024,stard-2015' });
    const md = checklist(two, { date: DATE });
    expect(md.match(/^## .*$/gm)).toEqual(['## CLAIM: Checklist for Artificial Intelligence in Medical Imaging (2024 Update)', '## STARD 2015']);
    expect(md.match(/^\*\*Summary:\*\*/gm)).toHaveLength(2);
    const both = { ...draft, files: [...draft.files, ...inline.files] };
    const docs = checklist(both, { date: DATE }).split('\n---\n\n');
    expect(docs).toHaveLength(2);
    expect(docs[1]).toMatch(/^# Reporting checklist: Deep learning for fracture detection on radiographs\n/);
  });

  it('names PDF places by page and line, Word places by section and paragraph within it, and "—" without evidence', () => {
    const ev = { section: 'Methods', rule: 'x', text: 't' };
    expect(evidenceLocation({ ...ev, page: 3, line: 12 })).toBe('page 3, line 12');
    expect(evidenceLocation({ ...ev, page: 3 })).toBe('page 3');
    expect(evidenceLocation({ ...ev, section: 'Materials and Methods > Data', paragraph: 33, sectionParagraph: 4 })).toBe('Data, ¶4');
    expect(evidenceLocation({ ...ev, paragraph: 14 })).toBe('Methods, paragraph 14 of the document');
    expect(evidenceLocation({ ...ev, line: 61, column: 4 })).toBe('line 61');
    expect(evidenceLocation({ ...ev, line: 5, file: 'study.yaml' }, 'paper.md')).toBe('study.yaml line 5');
    const it = { id: '1', topic: 't', section: 'Methods', concepts: [], status: 'reported' as const };
    expect(reportedOn({ ...it, evidence: [{ ...ev, page: 4, line: 2 }, { ...ev, page: 3, line: 12 }, { ...ev, page: 3, line: 12 }] })).toBe('page 3, line 12; page 4, line 2');
    expect(reportedOn({ ...it, evidence: [] })).toBe('—');
    expect(statusWord({ ...it, evidence: [], status: 'needs-review' })).toBe('Check by hand');
  });
});

describe('sarif reporter', () => {
  it('is a SARIF 2.1.0 log with one run of reportlint', () => {
    const log = JSON.parse(sarif(draft));
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toBe(SARIF_SCHEMA);
    expect(log.runs).toHaveLength(1);
    const driver = log.runs[0].tool.driver;
    expect(driver.name).toBe('reportlint');
    expect(driver.version).toBe(draft.version);
    expect(driver.informationUri).toMatch(/^https:\/\//);
    expect(log.runs[0].invocations[0].executionSuccessful).toBe(true);
  });

  it('has every result with ruleId, level, message and a location, and a rule for every ruleId', () => {
    const run = JSON.parse(sarif(draft)).runs[0];
    const rules: { id: string; shortDescription: { text: string }; fullDescription: { text: string }; helpUri: string }[] = run.tool.driver.rules;
    const items = draft.files[0]!.checklists[0]!.items;
    const flagged = items.filter((i) => i.status === 'missing' || i.status === 'partial' || i.status === 'needs-review' || i.notDone);
    expect(run.results).toHaveLength(flagged.length);
    expect(rules.map((r) => r.id)).toEqual(flagged.map((i) => `claim-2024/${i.id}`));
    for (const r of run.results) {
      expect(r.ruleId).toMatch(/^claim-2024\/\w+$/);
      expect(rules[r.ruleIndex]!.id).toBe(r.ruleId);
      expect(['error', 'warning', 'note']).toContain(r.level);
      expect(r.message.text.length).toBeGreaterThan(0);
      expect(r.locations).toHaveLength(1);
      expect(r.locations[0].physicalLocation.artifactLocation.uri).toBe('examples/draft-incomplete.md');
      expect(r.locations[0].physicalLocation.region.startLine).toBeGreaterThanOrEqual(1);
    }
    // a missing item: an error at the start of the section it belongs to, its advice as the rule's description
    const missing = run.results.find((r: { ruleId: string }) => r.ruleId === 'claim-2024/5');
    expect(missing).toMatchObject({
      level: 'error',
      message: { text: 'Missing: Prospective or retrospective. Say whether the study is prospective or retrospective.' },
      locations: [{ physicalLocation: { artifactLocation: { uri: 'examples/draft-incomplete.md' }, region: { startLine: 15, startColumn: 4 } } }],
    });
    expect(rules.find((r) => r.id === 'claim-2024/5')).toMatchObject({
      shortDescription: { text: 'Prospective or retrospective' },
      fullDescription: { text: 'Say whether the study is prospective or retrospective.' },
      helpUri: 'https://pubs.rsna.org/doi/10.1148/ryai.240300',
    });
    expect(run.results.find((r: { ruleId: string }) => r.ruleId === 'claim-2024/8').level).toBe('warning');
    // reported items are not results
    expect(rules.some((r) => r.id === 'claim-2024/7')).toBe(false);
  });

  it('makes reported-as-not-done a warning and needs-review a note', () => {
    const run = JSON.parse(sarif(withItem(inline, '12', { status: 'needs-review', reason: 'no automatic check' }))).runs[0];
    expect(run.results.find((r: { ruleId: string }) => r.ruleId === 'claim-2024/43')).toMatchObject({
      level: 'warning',
      message: { text: 'Reported as not done: Availability of code, model, data: "The code is not available."' },
      locations: [{ physicalLocation: { artifactLocation: { uri: 'inline.md' }, region: { startLine: 7, startColumn: 1 } } }],
    });
    expect(run.results.find((r: { ruleId: string }) => r.ruleId === 'claim-2024/12')).toMatchObject({ level: 'note' });
  });

  it('puts a page or paragraph into the message instead of a region', () => {
    const page = JSON.parse(sarif(withItem(draft, '5', { place: { page: 3, line: 12 } }))).runs[0];
    const r = page.results.find((x: { ruleId: string }) => x.ruleId === 'claim-2024/5');
    expect(r.message.text).toMatch(/ \(page 3, line 12\)$/);
    expect(r.locations[0].physicalLocation).toEqual({ artifactLocation: { uri: 'examples/draft-incomplete.md' } });
    const para = JSON.parse(sarif(withItem(draft, '5', { place: { paragraph: 14 } }))).runs[0];
    expect(para.results.find((x: { ruleId: string }) => x.ruleId === 'claim-2024/5').message.text).toMatch(/ \(paragraph 14\)$/);
  });

  it('reports only errors with quiet', () => {
    const run = JSON.parse(sarif(draft, { quiet: true })).runs[0];
    // "not found — check" items are warnings: quiet leaves the confident "missing" errors only
    const cl = draft.files[0]!.checklists[0]!;
    expect(run.results.length).toBe(cl.summary.missing - cl.items.filter((i) => i.candidate).length);
    expect(new Set(run.results.map((r: { level: string }) => r.level))).toEqual(new Set(['error']));
  });
});

describe('csv reporter', () => {
  it('has the header and one CRLF row per file, checklist and item', () => {
    const text = csv(draft);
    expect(text.split('\r\n')[0]).toBe('file,checklist,item,section,topic,status,not_done,line,column,page,paragraph,evidence');
    expect(CSV_HEADER.join(',')).toBe(text.split('\r\n')[0]);
    expect(text.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(text);
    expect(rows).toHaveLength(45);
    for (const r of rows) expect(r).toHaveLength(12);
    expect(text.split('\r\n')).toContain('examples/draft-incomplete.md,claim-2024,5,Methods,Prospective or retrospective,missing,0,,,,,');
    expect(text.split('\r\n')).toContain(
      'examples/draft-incomplete.md,claim-2024,7,Methods,Data sources,reported,0,17,1,,,Lateral thoracolumbar radiographs were collected from our hospital.',
    );
    // a comma in a topic
    expect(text.split('\r\n')).toContain('examples/draft-incomplete.md,claim-2024,4,Introduction,"Aims, objectives, hypotheses",reported,0,13,1,,,We aimed to detect compression fractures on lateral radiographs with a convolutional neural network.');
  });

  it('quotes commas and doubles quotes in evidence (RFC 4180), and marks not done', () => {
    const lines = csv(inline).split('\r\n');
    expect(lines).toContain(
      'inline.md,claim-2024,7,Methods,Data sources,reported,0,5,1,,,"Radiographs were collected from ""Northbridge Hospital"", a tertiary centre, between 2018 and 2020."',
    );
    expect(lines).toContain('inline.md,claim-2024,43,Other,"Availability of code, model, data",reported,1,7,1,,,The code is not available.');
    const row = parseCsv(csv(inline)).find((r) => r[2] === '7')!;
    expect(row[11]).toBe('Radiographs were collected from "Northbridge Hospital", a tertiary centre, between 2018 and 2020.');
  });

  it('fills page and paragraph columns, and keeps formulas out of spreadsheets', () => {
    const pdf = withItem(inline, '7', { evidence: [{ text: '=HYPERLINK("x")\nsecond line', page: 2, line: 9, section: 'Methods', rule: 'x' }] });
    const row = parseCsv(csv(pdf)).find((r) => r[2] === '7')!;
    expect(row.slice(7)).toEqual(['9', '', '2', '', `'=HYPERLINK("x") second line`]);
    const docx = withItem(inline, '7', { evidence: [{ text: 'A sentence.', paragraph: 14, section: 'Methods', rule: 'x' }] });
    expect(parseCsv(csv(docx)).find((r) => r[2] === '7')!.slice(7)).toEqual(['', '', '', '14', 'A sentence.']);
  });
});

describe('check --format', () => {
  it('offers every reporter', () => {
    expect(Object.keys(REPORTERS)).toEqual(['stylish', 'json', 'checklist', 'sarif', 'csv', 'checklist-csv', 'github', 'junit', 'html', 'ndjson', 'checklist-docx']);
  });

  it.each([
    ['checklist', /^# Reporting checklist: Automated detection/],
    ['sarif', /^\{\n {2}"\$schema": "https:\/\/docs\.oasis-open\.org\/sarif\//],
    ['csv', /^file,checklist,item,section,topic,status,not_done,line,column,page,paragraph,evidence\r\n/],
  ])('%s from the command line', (format, start) => {
    const r = spawnSync(process.execPath, [join(root, 'bin/reportlint.js'), 'check', DRAFT, '-c', 'claim-2024', '--format', format, '--no-config'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(start);
  });
});
