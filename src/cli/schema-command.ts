import { readFileSync } from 'node:fs';
import { studyJsonSchema } from '../study/schema.js';
import { EXIT } from './exit.js';

/** `reportlint schema study|checklist`: print a JSON Schema to stdout. */
export function runSchema(which: string): number {
  if (which === 'study') {
    process.stdout.write(`${JSON.stringify(studyJsonSchema(), null, 2)}\n`);
    return EXIT.ok;
  }
  if (which === 'checklist') {
    const text = readFileSync(new URL('../../checklists/schema.json', import.meta.url), 'utf8');
    process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
    return EXIT.ok;
  }
  process.stderr.write(`reportlint: unknown schema "${which}" (known: study, checklist)\n`);
  return EXIT.error;
}
