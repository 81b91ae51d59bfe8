import { checklistJsonSchema } from '../checklists/schema.js';
import { studyJsonSchema } from '../study/schema.js';
import { EXIT } from './exit.js';

/** `reportlint schema study|checklist|config`: print a JSON Schema (generated from the zod schema) to stdout. */
export async function runSchema(which: string): Promise<number> {
  const schema =
    which === 'study' ? studyJsonSchema() : which === 'checklist' ? checklistJsonSchema() : which === 'config' ? (await import('./config-schema.js')).configJsonSchema() : undefined;
  if (!schema) {
    process.stderr.write(`reportlint: unknown schema "${which}" (known: study, checklist, config)\n`);
    return EXIT.error;
  }
  process.stdout.write(`${JSON.stringify(schema, null, 2)}\n`);
  return EXIT.ok;
}
