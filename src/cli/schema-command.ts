import { checklistJsonSchema } from '../checklists/schema.js';
import { studyJsonSchema } from '../study/schema.js';
import { EXIT } from './exit.js';

/** `reportlint schema study|checklist`: print a JSON Schema (generated from the zod schema) to stdout. */
export function runSchema(which: string): number {
  const schema = which === 'study' ? studyJsonSchema() : which === 'checklist' ? checklistJsonSchema() : undefined;
  if (!schema) {
    process.stderr.write(`reportlint: unknown schema "${which}" (known: study, checklist)\n`);
    return EXIT.error;
  }
  process.stdout.write(`${JSON.stringify(schema, null, 2)}\n`);
  return EXIT.ok;
}
