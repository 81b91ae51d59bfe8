import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { readManuscript } from '../../src/readers/index.js';
import { correctedEvidence, shownEvidence, toggleWrong, withPicked } from '../../src/tui/corrections.js';
import { exportReview } from '../../src/tui/export.js';
import { emptyState, loadReviewState, manuscriptText, quitSummary, withItem, type ReviewState } from '../../src/tui/review-state.js';
import { draft } from './helpers.js';

const cli = (args: string[]) => spawnSync(process.execPath, ['bin/reportlint.js', ...args], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env } });
const tmp = () => mkdtempSync(join(tmpdir(), 'rl-export-'));
const OLD_STATE = 'test/fixtures/review/draft.md.review-before-corrections.json';
const SPLIT = 'The data were split into training, validation and test sets.';

/** Item 8's automatic sentence (17:1) marked wrong and the split sentence (18:…) picked instead; item 2 "reported on" by hand. */
async function corrected(): Promise<{ state: ReviewState; file: Awaited<ReturnType<typeof draft>> }> {
  const file = await draft();
  const ms = await readManuscript('examples/draft-incomplete.md');
  const cl = file.checklists[0]!;
  const item8 = cl.items.find((i) => i.id === '8')!;
  const split = ms.sentences.find((s) => s.text === SPLIT)!;
  let state = emptyState(file.path);
  state = withItem(state, cl, '8', toggleWrong(shownEvidence(item8, undefined)[0]!, undefined));
  const picked = { text: split.text, section: 'Methods', line: split.start.line!, column: split.start.column! };
  state = withItem(state, cl, '8', withPicked(item8, state.checklists[cl.id]!.items['8'], picked)!);
  state = withItem(state, cl, '2', { reportedOn: 'cover letter, p. 1', decision: 'reported' });
  return { state, file };
}

const OPTS = { date: '2025-01-01', version: '9.9' };

describe('corrections of the evidence', () => {
  it('a sentence marked wrong is left out, a picked one added; toggling again undoes both', async () => {
    const { state, file } = await corrected();
    const item8 = file.checklists[0]!.items.find((i) => i.id === '8')!;
    const r = state.checklists['claim-2024']!.items['8']!;
    expect(shownEvidence(item8, r).map((s) => [s.origin, s.wrong, s.evidence.text.slice(0, 20)])).toEqual([
      ['automatic', true, 'Lateral thoracolumba'],
      ['reviewer', false, 'The data were split '],
    ]);
    expect(correctedEvidence(item8, r).map((e) => e.text)).toEqual([SPLIT]);
    expect(toggleWrong(shownEvidence(item8, r)[0]!, r)).toEqual({ wrong: [] });
    expect(toggleWrong(shownEvidence(item8, r)[1]!, r)).toEqual({ picked: [] });
    // picking a sentence that is already the evidence changes nothing; picking the wrong automatic one makes it right
    expect(withPicked(item8, r, r.picked![0]!)).toBeUndefined();
    expect(withPicked(item8, r, { text: item8.evidence[0]!.text, section: 'Methods' })).toEqual({ wrong: [] });
    expect(quitSummary(state, file.checklists, 'not saved')).toBe('review: 1 item decided, 1 overridden, 0 with notes, 2 with corrected evidence or place · not saved');
  });
});

describe('review --export: md, csv and docx from the checklist reporters', () => {
  it('md: the corrected places and evidence, and the evidence column', async () => {
    const { state, file } = await corrected();
    const md = exportReview('md', file, state, OPTS) as string;
    expect(md).toContain('| Section | Item | Topic | Reported on | Automatic | Reviewer | Note | Evidence |');
    expect(md).toContain(`| Methods | 8 | Inclusion and exclusion criteria | line 18 | Partly | — |  | “${SPLIT}” |`);
    // item 2 is partial (unstructured abstract): the reviewer's place replaces the automatic one, the quote stays
    expect(md).toContain('| Abstract | 2 | Abstract summary | cover letter, p. 1 | Partly | **Yes** (override) |  | “We trained a deep learning model to detect vertebral compression fractures on lateral spine radiographs.” |');
    // an item without corrections keeps its automatic places and quote
    expect(md).toContain('| Methods | 7 | Data sources | line 17 | Yes | — |  | “Lateral thoracolumbar radiographs were collected from our hospital.” |');
  });

  it('csv: the same rows and columns, one per item', async () => {
    const { state, file } = await corrected();
    const csv = exportReview('csv', file, state, OPTS) as string;
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('File,Checklist,Section,Item,Topic,Reported on,Automatic,Reviewer,Note,Evidence');
    expect(lines).toContain(`examples/draft-incomplete.md,claim-2024,Methods,8,Inclusion and exclusion criteria,line 18,Partly,—,,"“${SPLIT}”"`);
    expect(lines).toContain('examples/draft-incomplete.md,claim-2024,Abstract,2,Abstract summary,"cover letter, p. 1",Partly,Yes (override),,“We trained a deep learning model to detect vertebral compression fractures on lateral spine radiographs.”');
    expect(lines).toHaveLength(1 + 44 + 1);
  });

  it('docx: a Word document (read back with mammoth) with the table', async () => {
    const { state, file } = await corrected();
    const bytes = exportReview('docx', file, state, OPTS) as Uint8Array;
    expect([...bytes.slice(0, 4)]).toEqual([0x50, 0x4b, 3, 4]);
    const { value: html, messages } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
    expect(messages).toEqual([]);
    expect(html.match(/<tr>/g)).toHaveLength(45);
    expect(html).toContain('<th><p><strong>Reported on</strong></p></th>');
    expect(html).toContain(`<td><p>line 18</p></td><td><p>Partly</p></td><td><p>—</p></td><td></td><td><p>“${SPLIT}”</p></td>`);
    expect(html).toContain('<td><p>cover letter, p. 1</p></td>');
    expect(html).toContain('Summary (after review): ');
  });

  it('from the command line: --export csv, --export docx --output; a state saved before corrections still loads', () => {
    const dir = tmp();
    const state = join(dir, 'state.json');
    copyFileSync(OLD_STATE, state);
    const csv = cli(['review', 'examples/draft-incomplete.md', '--checklist', 'claim-2024', '--state', state, '--export', 'csv']);
    expect(csv.stderr.toString()).toBe('');
    expect(csv.status).toBe(0);
    expect(csv.stdout.toString()).toContain('examples/draft-incomplete.md,claim-2024,Abstract,2,Abstract summary,line 5,Partly,Not applicable (override),a letter: no abstract,“We trained a deep learning model to detect vertebral compression fractures on lateral spine radiographs.”');
    const out = join(dir, 'checklist.docx');
    const docx = cli(['review', 'examples/draft-incomplete.md', '--checklist', 'claim-2024', '--state', state, '--export', 'docx', '--output', out]);
    expect(docx.status).toBe(0);
    expect(docx.stdout.toString()).toBe('');
    expect([...readFileSync(out).subarray(0, 2)]).toEqual([0x50, 0x4b]);
  });
});

describe('check -f checklist-csv / checklist-docx', () => {
  it('the automatic checklist in the same columns as -f checklist', async () => {
    const r = cli(['check', 'examples/draft-incomplete.md', '-c', 'claim-2024', '-f', 'checklist-csv', '--no-config', '--fail-on', 'never']);
    expect(r.status).toBe(0);
    const lines = r.stdout.toString().split('\r\n');
    expect(lines[0]).toBe('File,Checklist,Section,Item,Topic,Reported on,Status,Evidence');
    expect(lines).toContain('examples/draft-incomplete.md,claim-2024,Methods,8,Inclusion and exclusion criteria,line 17,Partly,“Lateral thoracolumbar radiographs were collected from our hospital.”');
    const out = join(tmp(), 'c.docx');
    const d = cli(['check', 'examples/draft-incomplete.md', '-c', 'claim-2024', '-f', 'checklist-docx', '-o', out, '--no-config', '--fail-on', 'never']);
    expect(d.status).toBe(0);
    const { value } = await mammoth.extractRawText({ path: out });
    expect(value).toContain('Reporting checklist: Automated detection of vertebral compression fractures');
    expect(value).toContain('check every row against the manuscript');
  });
});

describe('review state files', () => {
  it('a file saved before corrections existed loads unchanged, and one with corrections round-trips', async () => {
    const file = await draft();
    const ms = await readManuscript('examples/draft-incomplete.md');
    const text = manuscriptText(ms.sentences.map((s) => s.text));
    const old = loadReviewState(OLD_STATE, file.path, file.checklists, text);
    expect(old.warnings).toEqual([]);
    expect(old.state.checklists['claim-2024']!.items).toEqual(JSON.parse(readFileSync(OLD_STATE, 'utf8')).checklists['claim-2024'].items);
    const { state } = await corrected();
    const p = join(tmp(), 'state.json');
    writeFileSync(p, JSON.stringify({ ...state, manuscript: text.fingerprint }));
    expect(loadReviewState(p, file.path, file.checklists, text).state.checklists['claim-2024']!.items['8']).toEqual(state.checklists['claim-2024']!.items['8']);
  });

  it('a changed manuscript: a picked sentence no longer in it is dropped, with a notice', async () => {
    const file = await draft();
    const ms = await readManuscript('examples/draft-incomplete.md');
    const sentences = ms.sentences.map((s) => s.text);
    const { state } = await corrected();
    const p = join(tmp(), 'state.json');
    writeFileSync(p, JSON.stringify({ ...state, manuscript: manuscriptText(sentences).fingerprint }));
    const loaded = loadReviewState(p, file.path, file.checklists, manuscriptText(sentences.filter((t) => t !== SPLIT)));
    expect(loaded.warnings).toContain('the manuscript has changed since the review was saved: 1 sentence picked as evidence no longer in it, dropped');
    const item8 = loaded.state.checklists['claim-2024']!.items['8']!;
    expect(item8.picked).toBeUndefined();
    expect(item8.wrong).toHaveLength(1);
  });

  it('a state with an unreadable item is kept aside as .bak, never overwritten (issue 14), and the review starts anew', async () => {
    const file = await draft();
    const saved = JSON.parse(readFileSync(OLD_STATE, 'utf8'));
    saved.checklists['claim-2024'].items['8'] = { decision: 'maybe', at: 'x' };
    const p = join(tmp(), 'state.json');
    writeFileSync(p, JSON.stringify(saved));
    const loaded = loadReviewState(p, file.path, file.checklists);
    expect(loaded.movedAside).toBe(`${p}.bak`);
    expect(loaded.warnings).toEqual([`${p}: item claim-2024/8 has fields of the wrong type; kept as ${p}.bak, starting a new review`]);
    expect(loaded.state.checklists).toEqual({});
  });
});
