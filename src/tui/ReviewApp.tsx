import { Box, Text, useApp } from 'ink';
import { useEffect, useRef, useState } from 'react';
import type { FileResult } from '../engine/types.js';
import { DetailPane } from './DetailPane.js';
import { Header } from './Header.js';
import { HelpPane } from './HelpPane.js';
import { ItemList } from './ItemList.js';
import { initialUi, step, view, type StepContext, type Ui } from './controller.js';
import { useKeys } from './keys.js';
import { layoutFor, MIN_COLUMNS, MIN_ROWS, useTerminalSize } from './layout.js';
import { countsLine } from './model.js';
import { NoteInput } from './NoteInput.js';
import { saveReviewState, type ReviewState } from './review-state.js';
import { StatusBar } from './StatusBar.js';

export interface ReviewAppProps {
  file: FileResult;
  initialState: ReviewState;
  statePath: string;
  /** warnings from loading the state, shown once in the status line */
  warnings?: string[];
  /** how to save (default: atomically to statePath) */
  save?: (state: ReviewState) => void;
  /** called after the first render, once keys are listened to (tests wait for it) */
  onReady?: () => void;
  /** called when the reviewer quits: whether the review was saved at the end */
  onQuit?: (r: { saved: boolean; dirty: boolean }) => void;
  /** called with the review state after every change (the summary after the interface closes uses the last) */
  onChange?: (state: ReviewState) => void;
  /** clock, fixed in tests */
  now?: () => Date;
}

export function ReviewApp({ file, initialState, statePath, warnings = [], save, onReady, onQuit, onChange, now = () => new Date() }: ReviewAppProps) {
  const { exit } = useApp();
  const size = useTerminalSize();
  // the state lives in a ref so that every key of a burst sees the state the key before left behind
  const ui = useRef<Ui>(initialUi(initialState, warnings.length ? warnings.join('; ') : undefined));
  const [, render] = useState(ui.current);
  const ctx: StepContext = {
    file,
    now,
    statePath,
    save(s) {
      try {
        (save ?? ((x: ReviewState) => saveReviewState(statePath, x)))(s);
        return undefined;
      } catch (e) {
        return e instanceof Error ? e.message : String(e);
      }
    },
    quit(r) {
      onQuit?.(r);
      exit();
    },
  };
  useKeys((keys) => {
    const before = ui.current.state;
    for (const k of keys) ui.current = step(ui.current, k, ctx);
    if (ui.current.state !== before) onChange?.(ui.current.state);
    render(ui.current);
  });

  useEffect(() => {
    onReady?.();
    // once, after the first render: the key listener is attached by then
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const { state, dirty, active, filter, order, mode, message } = ui.current;
  const cl = file.checklists[active];
  const review = cl ? state.checklists[cl.id] : undefined;
  const { rows, selected, row } = view(ui.current, file);

  const layout = layoutFor(size.columns, size.rows);
  const statusMode = mode === 'confirm-quit' ? 'confirm-quit' : 'browse';
  const multiple = file.checklists.length > 1;
  if (layout.kind === 'too-small') {
    return mode === 'confirm-quit' ? (
      <StatusBar mode="confirm-quit" multiple={multiple} width={layout.columns} />
    ) : (
      <Text wrap="truncate-end">
        reportlint review needs at least {MIN_COLUMNS}×{MIN_ROWS} (now {layout.columns}×{layout.rows}) · q quit
      </Text>
    );
  }
  const { columns } = layout;
  const list = <ItemList rows={rows} selected={selected} height={layout.list.height} width={layout.list.width} filter={filter} order={order} />;
  const detail = <DetailPane row={row} concepts={file.concepts} height={layout.detail.height} width={layout.detail.width} />;
  return (
    <Box flexDirection="column" width={columns} height={layout.rows - 1}>
      <Header file={file} checklists={file.checklists} active={active} counts={cl ? countsLine(cl, review) : 'no checklist'} dirty={dirty} width={columns} />
      <Box borderStyle="single" borderLeft={false} borderRight={false} height={layout.body + 2} width={columns} flexShrink={0} overflowY="hidden">
        {mode === 'help' ? (
          <HelpPane statePath={statePath} />
        ) : layout.kind === 'wide' ? (
          <>
            {list}
            <Box borderStyle="single" borderTop={false} borderBottom={false} borderRight={false} paddingLeft={1} width={layout.detail.width + 2}>
              {detail}
            </Box>
          </>
        ) : (
          <Box flexDirection="column">
            {list}
            <Box borderStyle="single" borderTop borderBottom={false} borderLeft={false} borderRight={false} width={columns} height={layout.detail.height + 1} flexShrink={0}>
              {detail}
            </Box>
          </Box>
        )}
      </Box>
      {mode === 'note' && row ? <NoteInput value={ui.current.note} /> : <StatusBar mode={statusMode} message={message} multiple={multiple} width={columns} />}
    </Box>
  );
}
