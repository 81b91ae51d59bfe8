/**
 * A trial protocol goes through the whole check with --checklist auto: it is typed trial_protocol and checked
 * against SPIRIT 2025 (not CONSORT 2025, not the current fallback checklists). The fixture is a short protocol
 * written for this test; no document of the labelled corpora is a trial protocol (they are all reports).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../src/index.js';

const protocol = join(import.meta.dirname, 'fixtures/protocols/home-rehab-protocol.md');

describe('a trial protocol with --checklist auto', () => {
  it('is typed trial_protocol and checked against SPIRIT 2025 only', async () => {
    const r = await check(protocol, { checklists: 'auto' });
    const f = r.files[0]!;
    expect(f.studyType?.type).toBe('trial_protocol');
    expect(f.checklists.map((c) => c.id)).toEqual(['spirit-2025']);
    expect(f.checklists[0]!.items).toHaveLength(53);
  });

  it('finds what the protocol says and misses what it leaves out', async () => {
    const r = await check(protocol, { checklists: 'auto' });
    const items = new Map(r.files[0]!.checklists[0]!.items.map((i) => [i.id, i.status]));
    // said in the fixture: version, sponsor, registration, dissemination, data management, DMC, insurance
    for (const id of ['2', '3b', '4', '8', '26', '28a', '34']) expect(items.get(id), `item ${id}`).toBe('reported');
    // not said: contributors, patient and public involvement, data sharing
    for (const id of ['3a', '11', '6']) expect(items.get(id), `item ${id}`).toBe('missing');
  });
});
