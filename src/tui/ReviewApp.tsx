import { Box, useApp, useInput, useStdout } from 'ink';
import { useEffect, useMemo, useState } from 'react';
import type { FileResult } from '../engine/types.js';
import { DetailPane } from './DetailPane.js';
import { Header } from './Header.js';
import { HelpPane } from './HelpPane.js';
import { ItemList } from './ItemList.js';
import { countsLine, rowsOf, type Filter, type Order } from './model.js';
import { NoteInput } from './NoteInput.js';
import { nextOverride, saveReviewState, withItem, type ReviewState } from './review-state.js';
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

type Mode = 'browse' | 'note' | 'help' | 'confirm-quit';

export function ReviewApp({ file, initialState, statePath, warnings = [], save, onReady, onQuit, now = () => new Date() }: ReviewAppProps) {
  const { exit } = useApp();
  const { stdout } = useStdout();
  const columns = Math.max(60, stdout.columns || 100);
  const termRows = Math.max(16, stdout.rows || 24);
  const [state, setState] = useState(initialState);
  const [dirty, setDirty] = useState(false);
  const [active, setActive] = useState(0);
  const [filter, setFilter] = useState<Filter>('all');
  const [order, setOrder] = useState<Order>('guideline');
  const [selectedId, setSelectedId] = useState<Record<string, string>>({});
  const [mode, setMode] = useState<Mode>('browse');
  const [message, setMessage] = useState<string | undefined>(warnings.length ? warnings.join('; ') : undefined);

  const cl = file.checklists[active];
  const review = cl ? state.checklists[cl.id] : undefined;
  const rows = useMemo(() => (cl ? rowsOf(cl, review, order, filter) : []), [cl, review, order, filter]);
  const found = cl ? rows.findIndex((r) => r.item.id === selectedId[cl.id]) : -1;
  const selected = found >= 0 ? found : 0;
  const row = rows[selected];

  const select = (i: number) => {
    if (!cl || rows.length === 0) return;
    const k = Math.max(0, Math.min(rows.length - 1, i));
    setSelectedId((m) => ({ ...m, [cl.id]: rows[k]!.item.id }));
  };
  const change = (c: Parameters<typeof withItem>[3], msg?: string) => {
    if (!cl || !row) return;
    setState((s) => withItem(s, cl, row.item.id, { ...c, automatic: row.item.status }, now()));
    setDirty(true);
    setMessage(msg);
  };
  const doSave = (): boolean => {
    try {
      (save ?? ((s: ReviewState) => saveReviewState(statePath, s)))(state);
      setDirty(false);
      setMessage(`saved to ${statePath}`);
      return true;
    } catch (e) {
      setMessage(`could not save: ${e instanceof Error ? e.message : String(e)}`);
      return false;
    }
  };
  const quit = (saved: boolean, stillDirty: boolean) => {
    onQuit?.({ saved, dirty: stillDirty });
    exit();
  };

  useInput(
    (input, key) => {
      if (mode === 'help') {
        setMode('browse');
        return;
      }
      if (mode === 'confirm-quit') {
        if (input === 'y') {
          if (doSave()) quit(true, false);
          else setMode('browse');
        } else if (input === 'n') quit(false, true);
        else if (input === 'c' || key.escape) {
          setMode('browse');
          setMessage(undefined);
        }
        return;
      }
      const n = file.checklists.length;
      if (key.upArrow || input === 'k') select(selected - 1);
      else if (key.downArrow || input === 'j') select(selected + 1);
      else if (key.pageDown) select(selected + 10);
      else if (key.pageUp) select(selected - 10);
      else if (n > 1 && ((key.tab && !key.shift) || key.rightArrow)) setActive((a) => (a + 1) % n);
      else if (n > 1 && ((key.tab && key.shift) || key.leftArrow)) setActive((a) => (a + n - 1) % n);
      else if (input === 'a' && row) change({ decision: 'accepted' }, `${row.item.id}: automatic verdict accepted`);
      else if (input === 'o' && row) {
        const next = nextOverride(row.status);
        change({ decision: next }, `${row.item.id}: overridden → ${next}`);
      } else if (input === 'n' && row) setMode('note');
      else if (input === 'f') setFilter((f) => (f === 'all' ? 'problems' : 'all'));
      else if (input === 'm') setOrder((o) => (o === 'guideline' ? 'missing-first' : 'guideline'));
      else if (input === 's') doSave();
      else if (input === '?') setMode('help');
      else if (input === 'q' || key.escape) {
        if (dirty) setMode('confirm-quit');
        else quit(false, false);
      }
    },
    { isActive: mode !== 'note' },
  );

  useEffect(() => {
    onReady?.();
    // once, after the first render: useInput's listener is attached by then
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

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
        <NoteInput
          initial={row.review?.note ?? ''}
          onSubmit={(v) => {
            change({ note: v }, v ? `${row.item.id}: note kept` : `${row.item.id}: note removed`);
            setMode('browse');
          }}
          onCancel={() => setMode('browse')}
        />
      ) : (
        <StatusBar mode={mode === 'confirm-quit' ? 'confirm-quit' : 'browse'} message={message} multiple={file.checklists.length > 1} />
      )}
    </Box>
  );
}
