import { run } from './program.js';

run(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    // last line of defence: never a stack trace for the user
    process.stderr.write(`reportlint: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}\n`);
    process.exitCode = 2;
  },
);
