import { Text } from 'ink';

export interface StatusBarProps {
  mode: 'browse' | 'confirm-quit';
  message?: string | undefined;
  multiple: boolean;
  width: number;
}

/** The keys shown on the status line, as many as fit beside the message (`q quit · ? help` always). */
export function keyHints(room: number, multiple: boolean): string {
  const hints = ['↑↓ move', ...(multiple ? ['Tab checklist'] : []), 'a accept', 'o override', 'n note', 'c context', 'x wrong', 'p pick', 'r place', 'e editor', '[] evidence', 'f filter', 'm order', 's save'];
  const last = 'q quit · ? help';
  let out = '';
  for (const h of hints) {
    const next = out ? `${out} · ${h}` : h;
    if (next.length + 3 + last.length > room) break;
    out = next;
  }
  return out ? `${out} · ${last}` : last;
}

/** The bottom line: the last message or notice, the quit question, and the keys that fit. */
export function StatusBar({ mode, message, multiple, width }: StatusBarProps) {
  if (mode === 'confirm-quit') {
    return (
      <Text color="yellow" wrap="truncate-end">
        Unsaved changes. Save before quitting? (y)es / (n)o / (c)ancel
      </Text>
    );
  }
  const room = message ? width - message.length - 3 : width;
  return (
    <Text wrap="truncate-end">
      {message ? <Text color="green">{message}</Text> : null}
      {message && room >= 6 ? ' · ' : null}
      {room >= 6 ? <Text dimColor>{keyHints(room, multiple)}</Text> : null}
    </Text>
  );
}
