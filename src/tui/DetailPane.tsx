import { Box, Text } from 'ink';
import type { ConceptResult } from '../engine/types.js';
import { evidencePlace, STATUS_STYLE, type Row } from './model.js';

export interface DetailPaneProps {
  row: Row | undefined;
  concepts: ConceptResult[];
  height: number;
  width: number;
  /** evidence sentences shown (the rest are counted) */
  maxEvidence?: number;
}

/** The selected item: status (automatic and reviewer's), reason or advice, evidence with places, concepts, note. */
export function DetailPane({ row, concepts, height, width, maxEvidence = 3 }: DetailPaneProps) {
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
  const decision = review?.decision;
  return (
    <Box width={width} height={height} flexDirection="column" overflowY="hidden">
      <Text wrap="truncate-end">
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
      {item.reason ? <Text wrap="wrap">{item.status === 'missing' ? 'advice: ' : 'why: '}{item.reason}</Text> : null}
      {review?.note ? (
        <Text wrap="wrap" color="cyan">
          note: {review.note}
        </Text>
      ) : null}
      <Text dimColor>evidence ({item.evidence.length}):</Text>
      {item.evidence.length === 0 ? <Text dimColor>  none</Text> : null}
      {item.evidence.slice(0, maxEvidence).map((e, i) => (
        <Box key={i} flexDirection="column">
          <Text wrap="truncate-end" color="gray">
            {'  '}
            {evidencePlace(e) || '—'} · {e.section}
          </Text>
          <Text wrap="wrap">  “{e.text}”</Text>
        </Box>
      ))}
      {item.evidence.length > maxEvidence ? <Text dimColor>  … {item.evidence.length - maxEvidence} more</Text> : null}
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
  );
}
