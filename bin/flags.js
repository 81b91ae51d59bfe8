// The V8 flags a detecting command runs with, by workload (read by bin/reportlint.js and by `npm run bench`, which
// measures what a batch runs with). Why each one: docs/performance.md.
'use strict';
// Every detecting command: patterns compiled straight to native code (no interpreter-then-compiler tier-up), and
// garbage collected on the main thread: V8's parallel and concurrent GC helper threads cost more CPU than they save
// in these small heaps, and on two cores they contend with the checking thread (a warm JATS check 22 -> 18 ms CPU).
const DETECTING_FLAGS = ['--no-regexp-tier-up', '--single-threaded-gc'];
// A single-file check is latency-bound: no regexp optimisation passes, no TurboFan, a small young generation.
const SINGLE_FILE_FLAGS = ['--no-regexp-optimization', '--no-opt', '--max-semi-space-size=2'];
module.exports = { DETECTING_FLAGS, SINGLE_FILE_FLAGS };
