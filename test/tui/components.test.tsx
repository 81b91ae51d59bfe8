import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { shownEvidence } from '../../src/tui/corrections.js';
import { DetailPane } from '../../src/tui/DetailPane.js';
import { Header } from '../../src/tui/Header.js';
import { HelpPane } from '../../src/tui/HelpPane.js';
import { ItemList, windowStart } from '../../src/tui/ItemList.js';
import { countsLine, rowsOf } from '../../src/tui/model.js';
import { keyHints, StatusBar } from '../../src/tui/StatusBar.js';
import { draft } from './helpers.js';

describe('review components', () => {
  it('Header: file, study type, checklist, counts, unsaved mark', async () => {
    const file = await draft();
    const cl = file.checklists[0]!;
    const f = render(<Header file={file} checklists={file.checklists} active={0} counts={countsLine(cl, undefined)} dirty width={100} />).lastFrame()!;
    expect(f).toContain('● unsaved changes');
    expect(f).toContain('CLAIM: Checklist for Artificial Intelligence in Medical Imaging');
    expect(f).toContain('0/44 decided');
  });

  it('ItemList: scrolls so the selected row stays visible', async () => {
    const file = await draft();
    const rows = rowsOf(file.checklists[0]!, undefined, 'guideline', 'all');
    expect(windowStart(0, 44, 10)).toBe(0);
    expect(windowStart(43, 44, 10)).toBe(34);
    const f = render(<ItemList rows={rows} selected={30} height={8} width={44} filter="all" order="guideline" />).lastFrame()!;
    expect(f.split('\n')).toHaveLength(8);
    expect(f).toContain('all items · guideline order (44)');
    expect(f).toMatch(/›\s+31 /);
    expect(f).not.toContain('AI methodology identified');
  });

  it('DetailPane: reason, evidence places and concepts', async () => {
    const file = await draft();
    const rows = rowsOf(file.checklists[0]!, undefined, 'guideline', 'all');
    const shown = shownEvidence(rows[0]!.item, undefined);
    const f = render(<DetailPane row={rows[0]} concepts={file.concepts} shown={shown} evidence={0} height={20} width={70} />).lastFrame()!;
    expect(f).toContain('status: ✔ reported');
    expect(f).toContain('evidence (2) · [ ] pages:');
    expect(f).toContain('▸ 1:3 · Title');
    expect(f).toContain('5:106 · Abstract');
    expect(f).toMatch(/title_id: reported = ai/);
  });

  it('HelpPane and StatusBar', () => {
    expect(render(<HelpPane statePath="x.review.json" />).lastFrame()).toContain('saved to x.review.json');
    expect(render(<StatusBar mode="confirm-quit" multiple={false} width={80} />).lastFrame()).toContain('(y)es / (n)o / (c)ancel');
    expect(render(<StatusBar mode="browse" message="saved" multiple width={120} />).lastFrame()).toContain('Tab checklist');
    // as many keys as fit beside the message; quit and help always
    expect(render(<StatusBar mode="browse" message="2: automatic verdict accepted" multiple={false} width={80} />).lastFrame()).toBe('2: automatic verdict accepted · ↑↓ move · a accept · q quit · ? help');
    expect(keyHints(10, false)).toBe('q quit · ? help');
  });
});
