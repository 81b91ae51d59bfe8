#!/usr/bin/env node
// Rewrite checklists/schema.json from the zod schema (src/checklists/schema.ts), after `npm run build`.
// The file is generated: edit the zod schema, run this, commit both (test/validate.test.ts fails when they differ).
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { checklistJsonSchema } = await import(join(root, 'dist/checklists/schema.js'));
writeFileSync(join(root, 'checklists/schema.json'), `${JSON.stringify(checklistJsonSchema(), null, 2)}\n`);
console.log('checklists/schema.json written');
