import { describe, expect, it } from 'vitest';
import type { FileResult } from '../../src/engine/types.js';
import { initialUi, step, view, type StepContext, type Ui } from '../../src/tui/controller.js';
import type { EditorTarget } from '../../src/tui/editor.js';
import type { KeyPress } from '../../src/tui/keys.js';
import { emptyState } from '../../src/tui/review-state.js';
import { draft, draftText } from './helpers.js';

/** The keys of a string, as parseKeys would give them (printable characters only). */
const keys = (s: string): KeyPress[] => [...s].map((input) => ({ input }));

async function context(over: Partial<StepContext> = {}) {
  const file = await draft();
  const opened: EditorTarget[] = [];
  const ctx: StepContext = {
    file,
    text: await draftText(),
    now: () => new Date(0),
    save: () => undefined,
    statePath: 'x.json',
    openEditor: (t) => (opened.push(t), 'opened'),
    quit: () => {},
    ...over,
  };
  const run = (s: string, ui: Ui = initialUi(emptyState(file.path))) => keys(s).reduce((u, k) => step(u, k, ctx), ui);
  return { file, ctx, run, opened };
}

/** The draft with item 1's evidence moved to a PDF page (no lines). */
function asPdf(file: FileResult): FileResult {
  const cl = file.checklists[0]!;
  const items = cl.items.map((it, i) => (i === 0 ? { ...it, evidence: it.evidence.map((e) => ({ text: e.text, section: e.section, rule: e.rule, page: 3 })) } : it));
  return { ...file, checklists: [{ ...cl, items }] };
}

describe('review keys (controller)', () => {
  it('[ and ] page through the item\'s evidence and wrap around; a new item starts at its first', async () => {
    const { file, run } = await context();
    expect(view(run(']'), file).evidence).toBe(1);
    expect(view(run(']]'), file).evidence).toBe(0);
    expect(view(run('['), file).evidence).toBe(1);
    expect(view(run(']j'), file)).toMatchObject({ selected: 1, evidence: 0 });
    // item 5 has no evidence: a message, not a move
    expect(run('jjjj]').message).toBe('the item has no evidence: p picks a sentence');
    // item 2 (partial: the abstract is not structured) has the abstract's first sentence
    expect(run('j]').message).toBe('the item has one evidence sentence');
    expect(run('jjjjjjj]').message).toBe('the item has one evidence sentence');
  });

  it('e opens the selected evidence\'s line; PDF evidence has none; no evidence: the manuscript from the top', async () => {
    const { run, opened } = await context();
    expect(run(']e').message).toBe('opened');
    expect(run('jjjje').message).toBe('opened'); // item 5: no evidence
    expect(opened).toEqual([{ file: 'examples/draft-incomplete.md', line: 5 }, { file: 'examples/draft-incomplete.md' }]);
    const pdf = await context({ file: asPdf(await draft()) });
    expect(pdf.run('e').message).toBe('examples/draft-incomplete.md has no lines to open an editor at (the evidence is at page 3)');
    expect(pdf.opened).toEqual([]);
  });

  it('p without the manuscript\'s sentences (a study description) says so; with them, typed keys search', async () => {
    const study = await context({ text: undefined });
    expect(study.run('p')).toMatchObject({ mode: 'browse', message: 'a study description has no manuscript sentences to pick from' });
    const { run } = await context();
    // in the search, j and k are letters, not moves
    expect(run('pjk')).toMatchObject({ mode: 'pick', input: 'jk' });
  });
});
