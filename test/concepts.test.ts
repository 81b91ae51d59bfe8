/**
 * The concept tester: for every concept of the registry, run ONLY that concept's detector on each of its
 * examples (a one-section manuscript, or the example's own Markdown) and check the status, "reported as not
 * done" and the value; then run it again with the prefilter off and check that nothing changes.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { CONCEPTS } from '../src/concepts/index.js';
import { isDetected, type Concept, type Example } from '../src/concepts/core/define.js';
import { prefilterState } from '../src/concepts/core/prefilter.js';
import { runConcept } from '../src/concepts/core/run.js';
import type { Finding } from '../src/concepts/types.js';
import { manuscriptFromString } from '../src/readers/index.js';

function manuscriptOf(c: Concept, ex: Example): string {
  if (ex.markdown) return ex.text;
  const context = ex.context ?? c.examples.context;
  const body = context ? `${context} ${ex.text}` : ex.text;
  return `# A study\n\n## ${ex.heading ?? 'Methods'}\n\n${body}\n`;
}

function run(c: Concept, ex: Example): Finding {
  const f = runConcept(c, manuscriptFromString(manuscriptOf(c, ex)));
  if (!f) throw new Error(`${c.id} has no detector`);
  return f;
}

const label = (ex: Example) => (ex.text.length > 90 ? `${ex.text.slice(0, 87)}...` : ex.text).replace(/\n/g, ' ');
const detected = CONCEPTS.filter(isDetected);

describe('every concept declares itself fully', () => {
  it.each(CONCEPTS.map((c) => [c.id, c] as const))('%s has a label, a group and a definition', (_id, c) => {
    expect(c.meta.label.length).toBeGreaterThan(2);
    expect(c.meta.definition.length).toBeGreaterThan(40);
  });
  it.each(detected.map((c) => [c.id, c] as const))('%s has reported and missing examples', (_id, c) => {
    expect(c.examples.reported.length).toBeGreaterThan(0);
    expect(c.examples.missing.length).toBeGreaterThan(0);
  });
  it.each(detected.filter((c) => c.meta.values).map((c) => [c.id, c] as const))('%s: example values come from its vocabulary', (_id, c) => {
    const values = Object.keys(c.meta.values!);
    for (const ex of [...c.examples.reported, ...(c.examples.notDone ?? [])]) if (ex.value) expect(values).toContain(ex.value);
  });
});

for (const c of detected) {
  describe(`concept ${c.id}`, () => {
    afterAll(() => {
      prefilterState.enabled = true;
    });
    const cases: Array<[kind: 'reported' | 'notDone' | 'missing', ex: Example]> = [
      ...c.examples.reported.map((ex) => ['reported', ex] as ['reported', Example]),
      ...(c.examples.notDone ?? []).map((ex) => ['notDone', ex] as ['notDone', Example]),
      ...c.examples.missing.map((ex) => ['missing', ex] as ['missing', Example]),
    ];
    it.each(cases.map(([k, ex]) => [k, label(ex), ex] as const))('%s: %s', (kind, _l, ex) => {
      const f = run(c, ex);
      if (kind === 'missing') {
        expect(f.status, `${c.id} should find nothing in: ${ex.text}\nrule: ${f.rule}`).toBe('missing');
      } else {
        expect(f.status, `${c.id} should find: ${ex.text}\n${f.reason ?? ''}`).not.toBe('missing');
        expect(f.status).toBe(ex.status ?? 'reported');
        expect(Boolean(f.notDone), `not-done flag for: ${ex.text}`).toBe(kind === 'notDone');
        if (ex.value !== undefined) expect(f.value).toBe(ex.value);
      }
      prefilterState.enabled = false;
      const off = run(c, ex);
      prefilterState.enabled = true;
      expect(JSON.stringify(off), 'the prefilter changed the finding').toBe(JSON.stringify(f));
    });
  });
}
