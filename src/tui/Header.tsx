import { Box, Text } from 'ink';
import type { ChecklistResult } from '../checklists/types.js';
import type { FileResult } from '../engine/types.js';

export interface HeaderProps {
  file: FileResult;
  checklists: ChecklistResult[];
  active: number;
  counts: string;
  dirty: boolean;
  width: number;
}

/** File (and whether there are unsaved changes), study type, the checklists (the active one highlighted), counts after review. */
export function Header({ file, checklists, active, counts, dirty, width }: HeaderProps) {
  const st = file.studyType;
  const kinds = st && st.types.length ? st.types.join(' + ') : 'not recognised';
  const cl = checklists[active];
  return (
    <Box flexDirection="column" width={width}>
      <Text wrap="truncate-end">
        <Text bold>reportlint review</Text> · {file.path}
        {dirty ? <Text color="yellow"> ● unsaved changes</Text> : null}
        {file.title ? <Text dimColor> · {file.title}</Text> : null}
      </Text>
      <Text wrap="truncate-end">
        study type: {kinds} · checklist{checklists.length > 1 ? 's' : ''}:{' '}
        {checklists.map((c, i) => (
          <Text key={c.id} inverse={i === active} bold={i === active}>
            {` ${c.id} `}
          </Text>
        ))}
      </Text>
      <Text wrap="truncate-end" dimColor>
        {cl ? cl.name : 'no checklist'}
      </Text>
      <Text wrap="truncate-end">{counts}</Text>
    </Box>
  );
}
