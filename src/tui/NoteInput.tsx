import { Text, useInput } from 'ink';
import { useState } from 'react';

export interface NoteInputProps {
  initial: string;
  onSubmit: (value: string) => void;
  onCancel: () => void;
  /** longest note accepted */
  maxLength?: number;
}

/** A one-line text input: type, ⌫ deletes, ⏎ keeps the note, Esc cancels. */
export function NoteInput({ initial, onSubmit, onCancel, maxLength = 200 }: NoteInputProps) {
  const [value, setValue] = useState(initial);
  useInput((input, key) => {
    if (key.return) onSubmit(value.trim());
    else if (key.escape) onCancel();
    else if (key.backspace || key.delete) setValue((v) => v.slice(0, -1));
    else if (input && !key.ctrl && !key.meta && !key.tab && !key.upArrow && !key.downArrow && !key.leftArrow && !key.rightArrow) {
      const clean = input.replace(/[\r\n\t\u0000-\u001f\u007f]/g, '');
      if (clean) setValue((v) => (v + clean).slice(0, maxLength));
    }
  });
  return (
    <Text wrap="truncate-start">
      <Text color="cyan">note: </Text>
      {value}
      <Text inverse> </Text>
      <Text dimColor> (⏎ keep, Esc cancel)</Text>
    </Text>
  );
}
