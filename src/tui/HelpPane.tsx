import { Box, Text } from 'ink';

export const KEYS: [string, string][] = [
  ['↑/↓, k/j', 'move through the items (PgUp/PgDn by ten, Home/End)'],
  ['Tab, ←/→', 'next / previous checklist (when several)'],
  ['a', 'accept the automatic verdict'],
  ['o', 'override: reported → partial → missing → not applicable'],
  ['n', 'add or edit a short note (⏎ keeps it, Esc cancels)'],
  ['f', 'filter: all items / problems only (missing, partial, needs review, not done)'],
  ['m', 'order: guideline order / missing first'],
  ['s', 'save the review'],
  ['q', 'quit (asks to save unsaved changes)'],
  ['?', 'this help (any key closes it)'],
];

/** The keys, shown instead of the list while `?` is on. */
export function HelpPane({ statePath }: { statePath: string }) {
  return (
    <Box flexDirection="column" borderStyle="round" paddingX={1} flexShrink={0}>
      <Text bold>Keys</Text>
      {KEYS.map(([k, what]) => (
        <Text key={k}>
          <Text color="cyan">{k.padEnd(10)}</Text> {what}
        </Text>
      ))}
      <Text dimColor>The review is saved to {statePath} (the manuscript is never written).</Text>
    </Box>
  );
}
