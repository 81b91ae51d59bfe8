import { Box, Text } from 'ink';
import { STATUS_STYLE, type Filter, type Order, type Row } from './model.js';

export interface ItemListProps {
  rows: Row[];
  selected: number;
  /** lines, the title included */
  height: number;
  width: number;
  filter: Filter;
  order: Order;
}

/** The first visible row, so that the selected one is always in view. */
export function windowStart(selected: number, total: number, height: number): number {
  if (total <= height) return 0;
  const half = Math.floor(height / 2);
  return Math.max(0, Math.min(selected - half, total - height));
}

/** A scrollable list of items: id, status symbol and colour, topic; a mark for decisions and notes. */
export function ItemList({ rows, selected, height, width, filter, order }: ItemListProps) {
  const title = (
    <Text dimColor wrap="truncate-end">
      {filter === 'all' ? 'all items' : 'problems only'} · {order === 'guideline' ? 'guideline order' : 'missing first'} ({rows.length})
    </Text>
  );
  if (rows.length === 0) {
    return (
      <Box width={width} height={height} flexDirection="column" flexShrink={0}>
        {title}
        <Text dimColor>no items to show (f: show all)</Text>
      </Box>
    );
  }
  const start = windowStart(selected, rows.length, height - 1);
  const visible = rows.slice(start, start + height - 1);
  return (
    <Box width={width} height={height} flexDirection="column" overflowY="hidden" flexShrink={0}>
      {title}
      {visible.map((r, k) => {
        const i = start + k;
        const s = STATUS_STYLE[r.status];
        const mark = r.review?.stale ? '!' : r.review?.decision ? (r.review.decision === 'accepted' ? '•' : '*') : ' ';
        const note = r.review?.note ? '✎' : ' ';
        const cursor = i === selected ? '›' : ' ';
        return (
          <Text key={r.item.id} wrap="truncate-end" inverse={i === selected}>
            {cursor}
            {r.item.id.padStart(4)} <Text color={s.color}>{s.symbol}</Text>
            {mark}
            {note} {r.item.topic}
          </Text>
        );
      })}
    </Box>
  );
}
