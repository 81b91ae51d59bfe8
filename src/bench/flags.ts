/** The launcher's V8 flags (bin/flags.js), so that the bench measures what `reportlint` runs with. */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
export const { DETECTING_FLAGS, SINGLE_FILE_FLAGS } = require('../../bin/flags.js') as { DETECTING_FLAGS: string[]; SINGLE_FILE_FLAGS: string[] };
