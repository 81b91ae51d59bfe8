/**
 * Keys from the terminal, one by one. ink hands over input in chunks: an escape sequence alone, but a run of
 * plain characters as one string ("jjjj" when keys come in a burst, or a pasted note), so each chunk is split
 * here into single keys, processed in order.
 */
import { useStdin } from 'ink';
import { useLayoutEffect, useRef } from 'react';

export type KeyName = 'up' | 'down' | 'left' | 'right' | 'pageup' | 'pagedown' | 'home' | 'end' | 'tab' | 'shift-tab' | 'enter' | 'escape' | 'backspace';

/** One key: a named key, or one printable character in `input`. */
export interface KeyPress {
  name?: KeyName;
  input: string;
}

const CSI: Record<string, KeyName> = {
  A: 'up',
  B: 'down',
  C: 'right',
  D: 'left',
  Z: 'shift-tab',
  H: 'home',
  F: 'end',
  '5~': 'pageup',
  '6~': 'pagedown',
  '1~': 'home',
  '7~': 'home',
  '4~': 'end',
  '8~': 'end',
};

/** Split a chunk of terminal input into keys; unknown escape sequences and control characters are dropped. */
export function parseKeys(chunk: string): KeyPress[] {
  const keys: KeyPress[] = [];
  const chars = [...chunk];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (c === '\u001B') {
      const next = chars[i + 1];
      if (next === undefined || next === '\u001B') {
        keys.push({ name: 'escape', input: '' });
        continue;
      }
      if (next === '[' || next === 'O') {
        let j = i + 2;
        while (j < chars.length && !/[@-~]/.test(chars[j]!)) j++;
        const body = chars.slice(i + 2, j + 1).join('');
        const name = CSI[body] ?? CSI[body.replace(/^1;\d+/, '')];
        if (name) keys.push({ name, input: '' });
        i = j;
        continue;
      }
      i++; // Alt+key: not a key of the review
      continue;
    }
    if (c === '\r' || c === '\n') keys.push({ name: 'enter', input: '' });
    else if (c === '\t') keys.push({ name: 'tab', input: '' });
    else if (c === '\u007F' || c === '\b') keys.push({ name: 'backspace', input: '' });
    else if (c >= ' ') keys.push({ input: c });
  }
  return keys;
}

/**
 * Listen to the keys from the first render on (a layout effect, so that keys written right after `render()` are
 * not lost) and hand every chunk's keys over in order. The handler is read from a ref: never a stale one.
 */
export function useKeys(onKeys: (keys: KeyPress[]) => void): void {
  const { setRawMode, isRawModeSupported, internal_eventEmitter: events } = useStdin();
  const handler = useRef(onKeys);
  useLayoutEffect(() => {
    handler.current = onKeys;
  });
  useLayoutEffect(() => {
    if (isRawModeSupported) setRawMode(true);
    const onInput = (data: string) => {
      const keys = parseKeys(String(data));
      if (keys.length) handler.current(keys);
    };
    events.on('input', onInput);
    return () => {
      events.off('input', onInput);
      if (isRawModeSupported) setRawMode(false);
    };
  }, [events, setRawMode, isRawModeSupported]);
}
