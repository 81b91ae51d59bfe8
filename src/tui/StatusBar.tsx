import { Text } from 'ink';

export interface StatusBarProps {
  mode: 'browse' | 'confirm-quit';
  message?: string | undefined;
  multiple: boolean;
}

/** The bottom line: the last message, the quit question, or the keys. */
export function StatusBar({ mode, message, multiple }: StatusBarProps) {
  if (mode === 'confirm-quit') {
    return (
      <Text color="yellow" wrap="truncate-end">
        Unsaved changes. Save before quitting? (y)es / (n)o / (c)ancel
      </Text>
    );
  }
  return (
    <Text wrap="truncate-end">
      {message ? <Text color="green">{message} · </Text> : null}
      <Text dimColor>
        ↑↓ move{multiple ? ' · Tab checklist' : ''} · a accept · o override · n note · f filter · m order · s save · q quit · ? help
      </Text>
    </Text>
  );
}
