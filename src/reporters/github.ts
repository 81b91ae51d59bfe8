/**
 * GitHub Actions workflow commands: one `::error file=…,line=…,col=…,title=…::message` line per message, so that
 * a workflow's checks show each missing item on the file (and line) it is about. Severities map to `error`,
 * `warning` and `notice`; values are escaped as the runner expects (`%`, CR, LF; in properties also `:` and `,`).
 */
import type { CheckResult } from '../engine/types.js';
import { allMessages } from './messages.js';

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

export const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
export const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function github(result: CheckResult, opts: { quiet?: boolean } = {}): string {
  const lines = allMessages(result, opts).map((m) => {
    const props = [`file=${escapeProperty(m.file)}`];
    if (m.line !== undefined) props.push(`line=${m.line}`);
    if (m.column !== undefined) props.push(`col=${m.column}`);
    props.push(`title=${escapeProperty(m.ruleId)}`);
    return `::${COMMAND[m.severity]} ${props.join(',')}::${escapeData(m.text)}`;
  });
  return lines.length ? `${lines.join('\n')}\n` : '';
}
