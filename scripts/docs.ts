// Write docs/concepts.md from the concept registry (src/concepts/docs.ts): `npm run docs`.
// test/concepts-docs.test.ts fails when the committed file differs from what this writes.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderConceptDocs } from '../src/concepts/docs.js';

const file = fileURLToPath(new URL('../docs/concepts.md', import.meta.url));
writeFileSync(file, renderConceptDocs());
console.log(`wrote ${file}`);
