/**
 * Verdicts that must read the way an editor reads them: a declaration of "none" is a complete answer, an item
 * that accepts the title or the abstract is complete from the abstract, and a near miss is "not found — check",
 * not a confident "missing".
 */
import { describe, expect, it } from 'vitest';
import { check } from '../src/api.js';
import type { ItemVerdict } from '../src/checklists/types.js';
import { checklist } from '../src/reporters/checklist.js';
import { csv } from '../src/reporters/csv.js';
import { itemMessage } from '../src/reporters/stylish.js';

const PAPER = (declarations: string, extra = '') => `# Automated grading of knee osteoarthritis on radiographs

## Abstract

We developed a convolutional neural network that grades knee radiographs.

## Methods

Radiographs of 812 patients were collected at a single university hospital between 2015 and 2019.${extra}

## Declarations

${declarations}
`;

async function items(md: string, checklistId = 'claim-2024') {
  const r = await check({ text: md, path: 'paper.md' }, { checklists: checklistId });
  return { result: r, items: r.files[0]!.checklists[0]!.items };
}
const byConcept = (its: ItemVerdict[], c: string) => its.find((i) => i.concepts.includes(c))!;

describe('a declaration of none is a complete report', () => {
  it('"no competing interests" and "no funding" are reported without a not-done warning', async () => {
    const { items: its } = await items(PAPER('The authors declare that they have no competing interests. This work received no specific funding.'), 'tripod-ai-2024');
    for (const c of ['conflicts_of_interest', 'funding']) {
      const it = byConcept(its, c);
      expect(it.status).toBe('reported');
      expect(it.notDone).toBeUndefined();
      expect(it.reason).toBe('none declared');
      expect(itemMessage(it)).toBeUndefined();
    }
  });

  it('a data set that was not shared is still a not-done warning', async () => {
    const { items: its } = await items(PAPER('The data are not publicly available.'));
    const it = byConcept(its, 'data_availability');
    expect(it.status).toBe('reported');
    expect(it.notDone).toBe(true);
    expect(itemMessage(it)?.severity).toBe('warning');
  });
});

describe('title or abstract', () => {
  it('an item that accepts the abstract is complete when only the abstract names the study type', async () => {
    const md = PAPER('Funding: none.').replace('# Automated grading of knee osteoarthritis on radiographs', '# Grading knee osteoarthritis on radiographs');
    const { items: its } = await items(md);
    expect(byConcept(its, 'title_id').status).toBe('reported');
    // TRIPOD+AI item 1 asks for the title itself: there the abstract alone stays partial
    const { items: tripod } = await items(md, 'tripod-ai-2024');
    expect(byConcept(tripod, 'title_id').status).toBe('partial');
  });
});

describe('not found — check', () => {
  const near = PAPER('Funding: none.', ' A network could in principle be trained with the Adam optimiser, but the settings are not described here.');

  it('a near miss keeps status missing but carries the candidate sentence and its place', async () => {
    const { items: its } = await items(PAPER('Funding: none.', ' Training used the Adam optimiser.'));
    const confident = its.filter((i) => i.status === 'missing' && !i.candidate);
    expect(confident.length).toBeGreaterThan(0);
    const { items: its2 } = await items(near);
    const uncertain = its2.filter((i) => i.status === 'missing' && i.candidate);
    expect(uncertain.length).toBeGreaterThan(0);
    const it = uncertain[0]!;
    expect(it.candidate!.line).toBeGreaterThan(0);
    expect(it.place?.line).toBe(it.candidate!.line);
    const m = itemMessage(it)!;
    expect(m.severity).toBe('warning');
    expect(m.text).toMatch(/^Not found — check: .*Closest sentence: "/);
  });

  it('is distinct in the completed checklist and in CSV', async () => {
    const { result } = await items(near);
    const md = checklist(result, { date: '2026-12-05' });
    expect(md).toMatch(/\| Not found — check \| check line \d+: “/);
    expect(md).toMatch(/\*\*Summary:\*\*.* \d+ Not found — check,/);
    expect(csv(result)).toContain(',not-found-check,');
  });
});

describe('study design: items that presuppose what the study did not do', () => {
  const EXISTING = `# Performance of a commercial AI algorithm for fracture detection on radiographs

## Abstract

We evaluated a commercially available deep learning algorithm for fracture detection on wrist radiographs.

## Methods

This retrospective study included 412 consecutive radiographs from a single university hospital. The algorithm was applied without retraining or fine-tuning. Two radiologists labelled every radiograph as the reference standard. Sensitivity and specificity were calculated with 95% confidence intervals.
`;

  it('an existing model evaluated and no training described: training items are not applicable, with the reason', async () => {
    const { items: its } = await items(EXISTING);
    for (const c of ['training_details', 'initialization', 'model_selection']) {
      const it = byConcept(its, c);
      expect(it.status, c).toBe('not-applicable');
      expect(it.reason).toMatch(/^the study evaluates an existing model and describes no training of its own \(.*without retraining/);
    }
    // the reference standard still applies
    expect(byConcept(its, 'reference_standard').status).toBe('reported');
    // TRIPOD+AI: development-only items do not apply to an evaluation of an existing model
    const { items: tripod } = await items(EXISTING, 'tripod-ai-2024');
    expect(tripod.filter((i) => i.status === 'not-applicable' && /applies to development studies only/.test(i.reason ?? '')).length).toBeGreaterThan(0);
  });

  it('a retrospective study: harms of performing the index test are not applicable', async () => {
    const { items: stard } = await items(EXISTING, 'stard-2015');
    const it = byConcept(stard, 'adverse_events');
    expect(it.status).toBe('not-applicable');
    expect(it.reason).toMatch(/^the study is retrospective/);
  });

  it('a study that trains its own model and compares it with a commercial one keeps every training item', async () => {
    const own = EXISTING.replace('We evaluated a commercially available deep learning algorithm', 'We trained a convolutional network and compared it with a commercial AI algorithm').replace('The algorithm was applied without retraining or fine-tuning.', '');
    const { items: its } = await items(own);
    for (const c of ['training_details', 'initialization', 'model_selection']) expect(byConcept(its, c).status, c).toBe('missing');
  });
});
