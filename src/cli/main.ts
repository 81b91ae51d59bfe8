import { EXIT } from './exit.js';
import { run } from './program.js';

// `reportlint … | head` closes the pipe early: that is not an error worth a stack trace
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}

run(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    // last line of defence: never a stack trace for the user
    process.stderr.write(`reportlint: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}\n`);
    process.exitCode = EXIT.error;
  },
);
