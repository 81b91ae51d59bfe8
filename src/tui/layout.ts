/**
 * The screen's layout for a terminal size: list and detail side by side from 120 columns (the manuscript context
 * below the detail), stacked below that (the context shown instead of the detail with `c`), one line asking for a
 * larger terminal under 80×24. The whole screen is one line shorter than the terminal,
 * so that ink's final newline never scrolls it.
 */
import { useStdout } from 'ink';
import { useEffect, useRef, useState } from 'react';

export const MIN_COLUMNS = 80;
export const MIN_ROWS = 24;
export const WIDE_COLUMNS = 120;
/** header lines above the panes, and the status line below them */
const HEADER = 4;
const STATUS = 1;

export type Layout =
  | { kind: 'too-small'; columns: number; rows: number }
  | {
      kind: 'wide' | 'stacked';
      columns: number;
      rows: number;
      /** lines between the two horizontal rules */
      body: number;
      list: { width: number; height: number };
      detail: { width: number; height: number };
      /** the manuscript context: below the detail when wide (a rule between), in its place when stacked */
      context: { width: number; height: number };
    };

export function layoutFor(columns: number, rows: number): Layout {
  if (columns < MIN_COLUMNS || rows < MIN_ROWS) return { kind: 'too-small', columns, rows };
  const body = rows - 1 - HEADER - STATUS - 2;
  if (columns >= WIDE_COLUMNS) {
    const listWidth = Math.min(64, Math.floor(columns * 0.4));
    // the detail pane has a rule on its left and one column of space: 2 columns
    const width = columns - listWidth - 2;
    const detail = Math.ceil(body * 0.55);
    return { kind: 'wide', columns, rows, body, list: { width: listWidth, height: body }, detail: { width, height: detail }, context: { width, height: body - detail - 1 } };
  }
  const listHeight = Math.max(6, Math.floor(body * 0.4));
  // a rule between list and detail: 1 line
  const detail = { width: columns, height: body - listHeight - 1 };
  return { kind: 'stacked', columns, rows, body, list: { width: columns, height: listHeight }, detail, context: detail };
}

/** The terminal's size from ink's stdout, updated on resize. */
export function useTerminalSize(): { columns: number; rows: number } {
  const { stdout, write } = useStdout();
  const read = () => ({ columns: stdout.columns || 100, rows: stdout.rows || 30 });
  const [size, setSize] = useState(read);
  const current = useRef(size);
  useEffect(() => {
    const onResize = () => {
      const next = read();
      if (next.columns === current.current.columns && next.rows === current.current.rows) return;
      // lines the terminal re-wrapped at the new width are not ink's to erase: start from a clean screen
      if (stdout.isTTY) write('\u001B[2J\u001B[H');
      current.current = next;
      setSize(next);
    };
    stdout.on('resize', onResize);
    onResize();
    return () => {
      stdout.off('resize', onResize);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [stdout]);
  return size;
}
