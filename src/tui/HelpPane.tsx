import { Box, Text } from 'ink';

/** The keys, one line each (short enough for 80 columns, few enough for 24 rows). */
export const KEYS: [string, string][] = [
  ['↑/↓, k/j', 'move through the items (PgUp/PgDn by ten, Home/End)'],
  ['Tab, ←/→', 'next / previous checklist (when several)'],
  ['a / o', 'accept the automatic verdict / override: ✔ → ◐ → ✖ → –'],
  ['n', 'add or edit a short note (⏎ keeps it, Esc cancels)'],
  ['[ / ]', 'previous / next evidence sentence of the item'],
  ['c', 'the manuscript around the evidence (wide: the context alone)'],
  ['x', 'mark the selected evidence wrong, or right again'],
  ['p', 'pick another sentence as evidence: type words, ↑↓, ⏎'],
  ['r', 'set where the item is reported on (page, lines; empty: reset)'],
  ['e', "open the manuscript in $VISUAL/$EDITOR at the evidence's line"],
  ['f / m', 'all items / problems only · guideline order / missing first'],
  ['s / q', 'save the review · quit (asks to save unsaved changes)'],
];

/** The keys, shown instead of the list while `?` is on. */
export function HelpPane({ statePath }: { statePath: string }) {
  return (
    <Box flexDirection="column" borderStyle="round" paddingX={1} flexShrink={0}>
      <Text bold>
        Keys <Text dimColor>(any key closes this help)</Text>
      </Text>
      {KEYS.map(([k, what]) => (
        <Text key={k} wrap="truncate-end">
          <Text color="cyan">{k.padEnd(10)}</Text> {what}
        </Text>
      ))}
      <Text dimColor wrap="truncate-end">
        The review is saved to {statePath} (the manuscript is never written).
      </Text>
    </Box>
  );
}
