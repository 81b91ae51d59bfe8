import { Box, Text, useApp, useStdin, useStdout } from 'ink';
import { useEffect, useRef, useState } from 'react';
import type { FileResult } from '../engine/types.js';
import { ContextPane } from './ContextPane.js';
import { DetailPane } from './DetailPane.js';
import { openInEditor } from './editor.js';
import { Header } from './Header.js';
import { HelpPane } from './HelpPane.js';
import { ItemList } from './ItemList.js';
import { initialUi, matches, step, view, type StepContext, type Ui } from './controller.js';
import { useKeys } from './keys.js';
import { layoutFor, MIN_COLUMNS, MIN_ROWS, useTerminalSize } from './layout.js';
import { countsLine } from './model.js';
import { NoteInput } from './NoteInput.js';
import { PickPane } from './PickPane.js';
import { saveReviewState, type ReviewState } from './review-state.js';
import type { ReviewText } from './review-text.js';
import { StatusBar } from './StatusBar.js';

export interface ReviewAppProps {
  file: FileResult;
  /** the manuscript's sentences, for the context pane and picking evidence (absent for a study description) */
  text?: ReviewText;
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
  /** where $VISUAL and $EDITOR are read, and the editor's environment (default: process.env) */
  env?: NodeJS.ProcessEnv;
}

export function ReviewApp({ file, text, initialState, statePath, warnings = [], save, onReady, onQuit, onChange, now = () => new Date(), env = process.env }: ReviewAppProps) {
  const { exit } = useApp();
  const { setRawMode, isRawModeSupported } = useStdin();
  const { stdout, write } = useStdout();
  const size = useTerminalSize();
  // the state lives in a ref so that every key of a burst sees the state the key before left behind
  const ui = useRef<Ui>(initialUi(initialState, warnings.length ? warnings.join('; ') : undefined));
  const [, render] = useState(ui.current);
  const ctx: StepContext = {
    file,
    text,
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
    openEditor(target) {
      return openInEditor(env, target, {
        // the editor gets the terminal as it found it: out of raw mode, ink's keys not listened to
        release: () => isRawModeSupported && setRawMode(false),
        restore() {
          if (isRawModeSupported) setRawMode(true);
          // the editor drew over the screen: draw it again in full
          if (stdout.isTTY) write('\u001B[2J\u001B[H');
        },
      });
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
  const { rows, selected, row, shown, evidence } = view(ui.current, file);

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
  const detail = <DetailPane row={row} concepts={file.concepts} shown={shown} evidence={evidence} height={layout.detail.height} width={layout.detail.width} />;
  const context = (height: number) => <ContextPane text={text} shown={shown} index={evidence} width={layout.context.width} height={height} />;
  const body =
    mode === 'help' ? (
      <HelpPane statePath={statePath} />
    ) : mode === 'pick' && row ? (
      <PickPane itemId={row.item.id} text={text} query={ui.current.input} matches={matches(ui.current, text)} selected={ui.current.pick} width={columns} height={layout.body} />
    ) : layout.kind === 'wide' ? (
      <>
        {list}
        <Box borderStyle="single" borderTop={false} borderBottom={false} borderRight={false} paddingLeft={1} width={layout.detail.width + 2} flexDirection="column">
          {ui.current.context ? (
            context(layout.body)
          ) : (
            <>
              {detail}
              <Text dimColor>{'─'.repeat(layout.detail.width)}</Text>
              {context(layout.context.height)}
            </>
          )}
        </Box>
      </>
    ) : (
      <Box flexDirection="column">
        {list}
        <Box borderStyle="single" borderTop borderBottom={false} borderLeft={false} borderRight={false} width={columns} height={layout.detail.height + 1} flexShrink={0}>
          {ui.current.context ? context(layout.context.height) : detail}
        </Box>
      </Box>
    );
  return (
    <Box flexDirection="column" width={columns} height={layout.rows - 1}>
      <Header file={file} checklists={file.checklists} active={active} counts={cl ? countsLine(cl, review) : 'no checklist'} dirty={dirty} width={columns} />
      <Box borderStyle="single" borderLeft={false} borderRight={false} height={layout.body + 2} width={columns} flexShrink={0} overflowY="hidden">
        {body}
      </Box>
      {(mode === 'note' || mode === 'place') && row ? (
        <NoteInput label={mode === 'note' ? 'note' : `item ${row.item.id} reported on (⏎ empty: the evidence's places)`} value={ui.current.input} />
      ) : (
        <StatusBar mode={statusMode} message={message} multiple={multiple} width={columns} />
      )}
    </Box>
  );
}
