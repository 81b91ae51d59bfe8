import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import type { ShownEvidence } from './corrections.js';
import { evidencePlace } from './model.js';
import { contextLines, contextStart, findSentence, type ReviewText } from './review-text.js';

export interface ContextPaneProps {
  text: ReviewText | undefined;
  shown: ShownEvidence[];
  /** the selected evidence sentence */
  index: number;
  width: number;
  height: number;
}

/** "evidence 2/3 · 17:1 · Methods · marked wrong": which sentence the context is around. */
function title(shown: ShownEvidence[], index: number): string {
  const s = shown[index];
  if (!s) return 'context · no evidence (p picks a sentence)';
  const mark = s.origin === 'reviewer' ? ' · picked by the reviewer' : s.wrong ? ' · marked wrong' : '';
  return `context · evidence ${index + 1}/${shown.length}${shown.length > 1 ? ' ([ ] pages)' : ''} · ${evidencePlace(s.evidence) || '—'} · ${s.evidence.section}${mark}`;
}

/**
 * The manuscript around the selected evidence sentence: its paragraph and the ones before and after, wrapped to
 * the pane, the sentence highlighted and in view.
 */
export function ContextPane({ text, shown, index, width, height }: ContextPaneProps) {
  const s = shown[index];
  const head = (
    <Text wrap="truncate-end" dimColor>
      {title(shown, index)}
    </Text>
  );
  let body: ReactNode;
  if (!s) body = <Text dimColor>the item has no evidence sentence</Text>;
  else if (!text) body = <Text wrap="wrap">“{s.evidence.text}” (a study description: no manuscript text around it)</Text>;
  else {
    const at = findSentence(text, s.evidence);
    const { lines, first, last } =
      at >= 0 ? contextLines(text, at, width) : { lines: [[{ text: `“${s.evidence.text}” (not found in the manuscript's text)`, mark: true }]], first: 0, last: 0 };
    const room = height - 1;
    const start = contextStart(lines.length, room, first, last);
    body = lines.slice(start, start + room).map((runs, k) => (
      <Text key={k} wrap="truncate-end">
        {runs.length === 0 ? ' ' : null}
        {runs.map((r, j) =>
          r.mark ? (
            <Text key={j} inverse color={s.wrong ? 'red' : undefined}>
              {r.text}
            </Text>
          ) : (
            <Text key={j}>{r.text}</Text>
          ),
        )}
      </Text>
    ));
  }
  return (
    <Box width={width} height={height} flexDirection="column" overflowY="hidden" flexShrink={0}>
      {head}
      <Box flexDirection="column" flexShrink={0} width={width}>
        {body}
      </Box>
    </Box>
  );
}
