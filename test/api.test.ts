import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { check, reportlint } from '../src/index.js';
import { judgeItem } from '../src/engine/verdicts.js';
import type { Finding } from '../src/concepts/types.js';
import type { ChecklistItem } from '../src/checklists/types.js';

const root = join(import.meta.dirname, '..');
const draft = join(root, 'examples/draft-incomplete.md');

describe('library: check()', () => {
  it('returns the JSON contract for a path', async () => {
    const r = await check(draft, { checklists: 'claim-2024' });
    expect(r.tool).toBe('reportlint');
    expect(r.schemaVersion).toBe(1);
    expect(r.files).toHaveLength(1);
    expect(r.files[0]!.checklists[0]!.id).toBe('claim-2024');
    expect(r.files[0]!.checklists[0]!.items).toHaveLength(44);
  });

  it('accepts Markdown text', async () => {
    const r = await check({ text: '# T\n\n## Declarations\n\nThe authors declare no competing interests.\n' }, { checklists: 'tripod-ai-2024' });
    const coi = r.files[0]!.concepts.find((c) => c.id === 'conflicts_of_interest')!;
    expect(coi.status).toBe('reported');
    expect(coi.evidence[0]!.line).toBe(5);
  });
});

describe('unified plugin', () => {
  it('attaches vfile messages with rule ids, places, urls and severities', async () => {
    const file = new VFile({ path: draft, value: readFileSync(draft, 'utf8') });
    await unified().use(remarkParse).use(reportlint, { checklists: 'claim-2024' }).run(unified().use(remarkParse).parse(file), file);
    expect(file.messages.length).toBeGreaterThan(5);
    // the draft never says who annotated the radiographs (CLAIM 2024 item 16)
    const m = file.messages.find((x) => x.ruleId === 'claim-2024/16')!;
    expect(m).toBeDefined();
    expect(m.source).toBe('reportlint');
    expect(m.message).toMatch(/^Missing: /);
    expect(m.fatal).toBe(true);
    expect(m.url).toContain('http');
    expect(m.place).toBeDefined();
    expect(file.messages.every((x) => /^claim-2024\/\d+$/.test(x.ruleId ?? ''))).toBe(true);
    expect((file.data as { reportlint?: unknown }).reportlint).toBeDefined();
  });
});

describe('item verdicts', () => {
  const item: ChecklistItem = { id: '8', section: 'Methods', topic: 'Eligibility and dates', description: 'd', advice: 'Add criteria.', concepts: ['eligibility', 'dates_setting'] };
  const f = (concept: string, status: Finding['status'], extra: Partial<Finding> = {}): Finding => ({ concept, status, evidence: status === 'missing' ? [] : [{ text: `${concept} sentence`, line: 3, column: 1, section: 'Methods', rule: 'r' }], confidence: 0.9, rule: 'r', ...extra });
  const known = new Set(['eligibility', 'dates_setting', 'code_availability']);

  it('reported when every concept is reported', () => {
    const v = judgeItem(item, new Map([['eligibility', f('eligibility', 'reported')], ['dates_setting', f('dates_setting', 'reported')]]), { known });
    expect(v.status).toBe('reported');
    expect(v.evidence).toHaveLength(2);
  });
  it('partial when one of two concepts is missing', () => {
    const v = judgeItem(item, new Map([['eligibility', f('eligibility', 'reported')], ['dates_setting', f('dates_setting', 'missing')]]), { known });
    expect(v.status).toBe('partial');
    expect(v.reason).toBe('not found: setting, locations and dates');
  });
  it('missing with advice when nothing is there', () => {
    const v = judgeItem(item, new Map(), { known });
    expect(v.status).toBe('missing');
    expect(v.reason).toBe('Add criteria.');
  });
  it('needs-review when a concept has no detector', () => {
    const v = judgeItem({ ...item, concepts: ['eligibility', 'adverse_events'] }, new Map([['eligibility', f('eligibility', 'reported')]]), { known });
    expect(v.status).toBe('needs-review');
  });
  it('not-applicable for a conditional item never mentioned', () => {
    const v = judgeItem({ ...item, concepts: ['code_availability'], conditional: true }, new Map(), { known });
    expect(v.status).toBe('not-applicable');
  });
  it('not-applicable for an evaluation-only item in a development study', () => {
    const v = judgeItem({ ...item, appliesTo: ['evaluation'] }, new Map(), { known, studyRoles: ['development'] });
    expect(v.status).toBe('not-applicable');
  });
  it('keeps "reported as not done" apart', () => {
    const v = judgeItem({ ...item, concepts: ['code_availability'] }, new Map([['code_availability', f('code_availability', 'reported', { notDone: true })]]), { known });
    expect(v.status).toBe('reported');
    expect(v.notDone).toBe(true);
  });
});
