import { describe, expect, it } from 'vitest';
import { parseKeys } from '../../src/tui/keys.js';

describe('parseKeys', () => {
  it('splits a run of characters into single keys, in order', () => {
    expect(parseKeys('jjk')).toEqual([{ input: 'j' }, { input: 'j' }, { input: 'k' }]);
  });

  it('names arrows, pages, Tab, Shift+Tab, Enter, Esc and ⌫, and drops unknown sequences', () => {
    const names = parseKeys('\u001B[A\u001B[B\u001BOC\u001B[D\u001B[5~\u001B[6~\t\u001B[Z\r\u007F\u001B[99x\u0001\u001B').map((k) => k.name ?? k.input);
    expect(names).toEqual(['up', 'down', 'right', 'left', 'pageup', 'pagedown', 'tab', 'shift-tab', 'enter', 'backspace', 'escape']);
  });

  it('keeps non-ASCII characters whole', () => {
    expect(parseKeys('é✎')).toEqual([{ input: 'é' }, { input: '✎' }]);
  });
});
