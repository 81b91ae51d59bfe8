import { Text } from 'ink';

/** A short text being typed (keys are handled by ReviewApp): ⌫ deletes, ⏎ keeps it, Esc cancels. */
export function NoteInput({ label, value }: { label: string; value: string }) {
  return (
    <Text wrap="truncate-start">
      <Text color="cyan">{label}: </Text>
      {value}
      <Text inverse> </Text>
      <Text dimColor> (⏎ keep, Esc cancel)</Text>
    </Text>
  );
}
