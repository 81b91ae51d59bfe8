import { Text } from 'ink';

/** The note being typed (keys are handled by ReviewApp): ⌫ deletes, ⏎ keeps the note, Esc cancels. */
export function NoteInput({ value }: { value: string }) {
  return (
    <Text wrap="truncate-start">
      <Text color="cyan">note: </Text>
      {value}
      <Text inverse> </Text>
      <Text dimColor> (⏎ keep, Esc cancel)</Text>
    </Text>
  );
}
