import { Box, Text } from 'ink';
import type { ConceptResult } from '../engine/types.js';
import type { ShownEvidence } from './corrections.js';
import { evidencePlace, STATUS_STYLE, type Row } from './model.js';

export interface DetailPaneProps {
  row: Row | undefined;
  concepts: ConceptResult[];
  /** the item's evidence as shown (corrections applied) and the selected sentence */
  shown: ShownEvidence[];
  evidence: number;
  height: number;
  width: number;
}

/** A sentence cut to about `lines` wrapped lines of `width` columns. */
export function clip(text: string, width: number, lines: number): string {
  const max = Math.max(20, width * lines - 8);
  return text.length <= max ? text : text.slice(0, max - 1).replace(/\s+\S*$/, '') + '…';
}

/**
 * The selected item: status (automatic and reviewer's), reason or advice, evidence with places, concepts, note.
 * Text is wrapped to the pane's width; what does not fit its height is cut off (evidence sentences are clipped
 * to two lines each so that their places stay in view, and the selected one, marked ▸, is always among them).
 */
export function DetailPane({ row, concepts, shown, evidence, height, width }: DetailPaneProps) {
  if (!row) {
    return (
      <Box width={width} height={height} flexDirection="column">
        <Text dimColor>no item selected</Text>
      </Box>
    );
  }
  const { item, review, status } = row;
  const s = STATUS_STYLE[status];
  const auto = STATUS_STYLE[item.status];
  const decision = review?.stale ? undefined : review?.decision;
  const maxEvidence = height >= 18 ? 3 : height >= 12 ? 2 : 1;
  const textWidth = width - 2;
  // the window of evidence sentences shown keeps the selected one in it
  const first = Math.max(0, Math.min(evidence - maxEvidence + 1, shown.length - maxEvidence));
  return (
    <Box width={width} height={height} flexDirection="column" overflowY="hidden">
      {/* the content keeps its natural height (a shrunk text would be drawn over the next one); the pane clips */}
      <Box flexDirection="column" flexShrink={0} width={width}>
        <Text wrap="wrap">
          <Text bold>
            {item.id} {item.topic}
          </Text>
          <Text dimColor> ({item.section})</Text>
        </Text>
        <Text wrap="wrap">
          status: <Text color={s.color}>{s.symbol} {s.label}</Text>
          {item.notDone && status === item.status ? <Text color="yellow"> (reported as not done)</Text> : null}
          {decision === 'accepted' ? <Text dimColor> · accepted by reviewer</Text> : null}
          {decision && decision !== 'accepted' ? (
            <Text dimColor>
              {' '}
              · override (automatic: {auto.symbol} {auto.label})
            </Text>
          ) : null}
        </Text>
        {review?.stale && review.decision ? (
          <Text wrap="wrap" color="yellow">
            ! stale: earlier decision “{review.decision === 'accepted' ? 'accepted' : STATUS_STYLE[review.decision].label}”, taken on evidence that has changed since; a or o decides again
          </Text>
        ) : null}
        {review?.note ? (
          <Text wrap="wrap" color="cyan">
            note: {review.note}
          </Text>
        ) : null}
        {item.reason ? (
          <Text wrap="wrap">
            {item.status === 'missing' ? 'advice: ' : 'why: '}
            {clip(item.reason, width, 3)}
          </Text>
        ) : null}
        {review?.reportedOn ? (
          <Text wrap="wrap" color="cyan">
            reported on: {review.reportedOn} (reviewer)
          </Text>
        ) : null}
        <Text dimColor>
          evidence ({shown.length}){shown.length > 1 ? ' · [ ] pages' : ''}:
        </Text>
        {shown.length === 0 ? <Text dimColor>  none</Text> : null}
        {shown.slice(first, first + maxEvidence).map((s, k) => (
          <Box key={first + k} flexDirection="column">
            <Text wrap="truncate-end" color="gray">
              {first + k === evidence && shown.length > 1 ? '▸ ' : '  '}
              {evidencePlace(s.evidence) || '—'} · {s.evidence.section}
              {s.wrong ? <Text color="red"> · ✗ marked wrong</Text> : null}
              {s.origin === 'reviewer' ? <Text color="cyan"> · picked by the reviewer</Text> : null}
            </Text>
            <Box paddingLeft={2} width={width}>
              <Text wrap="wrap" strikethrough={s.wrong}>
                “{clip(s.evidence.text, textWidth, 2)}”
              </Text>
            </Box>
          </Box>
        ))}
        {shown.length > maxEvidence ? <Text dimColor>  … {shown.length - maxEvidence} more</Text> : null}
        <Text dimColor>concepts:</Text>
        {item.concepts.map((id) => {
          const c = concepts.find((x) => x.id === id);
          const cs = c ? STATUS_STYLE[c.status] : undefined;
          return (
            <Text key={id} wrap="truncate-end">
              {'  '}
              {id}: {cs ? <Text color={cs.color}>{cs.label}</Text> : <Text dimColor>no automatic check</Text>}
              {c?.value ? ` = ${c.value}` : ''}
              {c?.notDone ? ' (not done)' : ''}
            </Text>
          );
        })}
      </Box>
    </Box>
  );
}
