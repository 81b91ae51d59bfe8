import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listBundledChecklists, loadBundledChecklist } from '../src/checklists/load.js';
import type { Finding } from '../src/concepts/types.js';
import { checkSource, type FindingSource } from '../src/engine/check.js';
import { chooseChecklists } from '../src/engine/choose.js';
import { judge } from '../src/engine/judge.js';
import type { StudyTypeResult } from '../src/engine/types.js';
import { fitChecklists } from '../src/study-type/fit.js';

const finding = (concept: string, status: Finding['status'], extra: Partial<Finding> = {}): Finding => ({
  concept,
  status,
  evidence: status === 'missing' ? [] : [{ text: `About ${concept}.`, line: 7, column: 1, section: 'Methods', rule: `${concept}/x` }],
  confidence: 0.9,
  rule: `${concept}/x`,
  ...extra,
});

const studyType = (type: string, types = [type]): StudyTypeResult => ({ type, types, checklists: [], otherGuidelines: [], confidence: 0.9, evidence: [] });

describe('judge: findings and checklists in, verdicts out (no manuscript)', () => {
  it('judges items from a finding map and places items without evidence at their section anchor', () => {
    const stard = loadBundledChecklist('stard-2015');
    const findings = new Map([['eligibility', finding('eligibility', 'reported')]]);
    const [r] = judge({ findings, known: new Set(['eligibility', 'funding']), studyType: null, anchors: [{ kind: 'methods', start: { line: 5, column: 1 } }, { kind: 'declarations', start: { line: 40, column: 1 } }] }, [stard]);
    const byConcept = (c: string) => r!.items.find((i) => i.concepts.length === 1 && i.concepts[0] === c)!;
    expect(byConcept('eligibility').status).toBe('reported');
    expect(byConcept('eligibility').place).toEqual({ line: 7, column: 1 });
    expect(byConcept('funding').status).toBe('missing');
    expect(byConcept('funding').place).toEqual({ line: 40, column: 1 });
  });

  it('a source is checked the same way whatever produced it', () => {
    const src: FindingSource = { path: 'x.yaml', format: 'study', findings: new Map([['funding', finding('funding', 'reported', { notDone: true })]]), known: new Set(['funding']), studyType: studyType('ai_imaging'), warnings: [] };
    src.studyType!.checklists = ['claim-2024'];
    const r = checkSource(src);
    expect(r.checklists.map((c) => c.id)).toEqual(['claim-2024']);
    expect(r.concepts).toEqual([expect.objectContaining({ id: 'funding', status: 'reported', notDone: true })]);
  });
});

describe('which checklists fit a study type is checklist data (appliesTo)', () => {
  const bundled = listBundledChecklists().map((id) => loadBundledChecklist(id));
  it('bundled checklists declare their study types', () => {
    expect(fitChecklists('ai_imaging', ['ai_imaging', 'diagnostic_accuracy'], bundled).checklists).toEqual(['claim-2024', 'stard-2015']);
    expect(fitChecklists('prediction_model', ['prediction_model'], bundled).checklists).toEqual(['tripod-ai-2024']);
  });
  it('a trial of an AI imaging tool gets CONSORT and keeps CLAIM but not the prediction or accuracy checklists', () => {
    const fit = fitChecklists('rct', ['rct', 'ai_imaging', 'diagnostic_accuracy'], bundled);
    expect(fit.checklists).toEqual(['consort-2025', 'claim-2024']);
    expect(fit.otherGuidelines).toEqual([]);
  });
  it('an AI-centred diagnostic accuracy study gets STARD-AI instead of STARD 2015', () => {
    const fit = fitChecklists('ai_imaging', ['ai_imaging', 'diagnostic_accuracy', 'ai_diagnostic_accuracy'], bundled);
    expect(fit.checklists).toEqual(['claim-2024', 'stard-ai-2025']);
  });
  it('a trial protocol gets SPIRIT 2025 and no trial-report checklist', () => {
    const fit = fitChecklists('trial_protocol', ['trial_protocol'], bundled);
    expect(fit.checklists).toEqual(['spirit-2025']);
    expect(fit.otherGuidelines).toEqual([]);
  });
  it('a protocol of a trial of an AI imaging tool gets SPIRIT 2025 only (alsoChecks is empty for protocols)', () => {
    const fit = fitChecklists('trial_protocol', ['trial_protocol', 'rct', 'ai_imaging'], bundled);
    expect(fit.checklists).toEqual(['spirit-2025']);
  });
  it("a user's checklist file takes part in auto when it applies to the study type", () => {
    const dir = mkdtempSync(join(tmpdir(), 'reportlint-applies-'));
    const file = join(dir, 'journal.yaml');
    const item = (id: string) => `  - { id: "${id}", section: Other, topic: Code, description: Say where the code is., concepts: [code_availability] }`;
    writeFileSync(file, `id: journal-trials\nname: Trials journal\nversion: "1"\ncitation: "Board. 2025."\ndoi: "10.0000/x"\nurl: "https://example.org"\nappliesTo: [rct]\nnumberedItems: 1\nrows: 1\nitems:\n${item('1')}\n`);
    const trial = studyType('rct');
    trial.otherGuidelines = ['CONSORT 2010'];
    expect(chooseChecklists(`auto,${file}`, trial).map((c) => c.id)).toEqual(['journal-trials']);
    const imaging = studyType('ai_imaging');
    imaging.checklists = ['claim-2024'];
    expect(chooseChecklists(`auto,${file}`, imaging).map((c) => c.id)).toEqual(['claim-2024']);
  });
});
