import { Box, Text } from 'ink';
import { windowStart } from './ItemList.js';
import { evidencePlace } from './model.js';
import type { ReviewText } from './review-text.js';

export interface PickPaneProps {
  itemId: string;
  text: ReviewText | undefined;
  query: string;
  /** indexes of the sentences that match */
  matches: number[];
  selected: number;
  width: number;
  height: number;
}

/** Picking another sentence as an item's evidence: the search typed so far and the sentences that match it. */
export function PickPane({ itemId, text, query, matches, selected, width, height }: PickPaneProps) {
  const room = height - 2;
  const start = windowStart(selected, matches.length, room);
  return (
    <Box width={width} height={height} flexDirection="column" overflowY="hidden" flexShrink={0}>
      <Text wrap="truncate-start">
        <Text color="cyan">pick the evidence of item {itemId} · search: </Text>
        {query}
        <Text inverse> </Text>
      </Text>
      <Text dimColor wrap="truncate-end">
        {matches.length} of {text?.sentences.length ?? 0} sentences match · ↑↓ choose · ⏎ pick · Esc cancel
      </Text>
      {matches.slice(start, start + room).map((i, k) => {
        const s = text!.sentences[i]!;
        const place = evidencePlace({ ...s, rule: '' }) || '—';
        return (
          <Text key={i} wrap="truncate-end" inverse={start + k === selected}>
            {start + k === selected ? '›' : ' '} {place.padEnd(7)} {s.text.replace(/\s+/g, ' ')}
          </Text>
        );
      })}
    </Box>
  );
}
