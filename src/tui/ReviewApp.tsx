import { Box, useApp, useStdout } from 'ink';
import { useEffect, useRef, useState } from 'react';
import type { FileResult } from '../engine/types.js';
import { DetailPane } from './DetailPane.js';
import { Header } from './Header.js';
import { HelpPane } from './HelpPane.js';
import { ItemList } from './ItemList.js';
import { initialUi, step, view, type StepContext, type Ui } from './controller.js';
import { useKeys } from './keys.js';
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
  /** clock, fixed in tests */
  now?: () => Date;
}

export function ReviewApp({ file, initialState, statePath, warnings = [], save, onReady, onQuit, now = () => new Date() }: ReviewAppProps) {
  const { exit } = useApp();
  const { stdout } = useStdout();
  const columns = Math.max(60, stdout.columns || 100);
  const termRows = Math.max(16, stdout.rows || 24);
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
    for (const k of keys) ui.current = step(ui.current, k, ctx);
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

  const listWidth = Math.min(46, Math.floor(columns * 0.42));
  const paneHeight = termRows - 7;
  return (
    <Box flexDirection="column" width={columns}>
      <Header file={file} checklists={file.checklists} active={active} counts={cl ? countsLine(cl, review) : 'no checklist'} dirty={dirty} width={columns} />
      {mode === 'help' ? (
        <HelpPane statePath={statePath} />
      ) : (
        <Box borderStyle="single" borderLeft={false} borderRight={false} height={paneHeight + 2}>
          <ItemList rows={rows} selected={selected} height={paneHeight} width={listWidth} filter={filter} order={order} />
          <Box marginLeft={1} width={columns - listWidth - 1}>
            <DetailPane row={row} concepts={file.concepts} height={paneHeight} width={columns - listWidth - 1} />
          </Box>
        </Box>
      )}
      {mode === 'note' && row ? (
        <NoteInput value={ui.current.note} />
      ) : (
        <StatusBar mode={mode === 'confirm-quit' ? 'confirm-quit' : 'browse'} message={message} multiple={file.checklists.length > 1} />
      )}
    </Box>
  );
}
