// The V8 flags a command runs with, by workload (read by bin/reportlint.js and by `npm run bench`, which measures
// what a batch runs with). Why each one: docs/performance.md.
'use strict';
const { statSync } = require('node:fs');

// Every detecting command: patterns compiled straight to native code (no interpreter-then-compiler tier-up), and
// garbage collected on the main thread: V8's parallel and concurrent GC helper threads cost more CPU than they save
// in these small heaps, and on two cores they contend with the checking thread (a warm JATS check 22 -> 19 ms CPU).
const DETECTING_FLAGS = ['--no-regexp-tier-up', '--single-threaded-gc'];
// A single-file check is latency-bound: no regexp optimisation passes, no TurboFan, a small young generation.
const SINGLE_FILE_FLAGS = ['--no-regexp-optimization', '--no-opt', '--max-semi-space-size=2'];

// Only the commands that run the detectors' patterns need flags; the others (--help, --version, checklists, schema,
// init, and any --help) run in the launcher, without a second Node start.
const DETECTING = new Set(['check', 'eval', 'extract', 'audit', 'review', 'web']);
// the options of `check` that take a value (so the value is not read as a path)
const VALUE_OPTIONS = new Set(['-c', '--checklist', '-f', '--format', '--fail-on', '--max-warnings', '--input-format', '--study', '-o', '--output', '--stdin-filename', '--ignore-pattern', '--shard', '-j', '--jobs', '--config', '--limit']);

function isFile(path) {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * Is this `check` of one file (or of standard input)? A folder or a glob pattern is a batch even when it is the only
 * path given (before, `check <folder>` ran its whole batch without TurboFan: twice as slow).
 */
function singleFileCheck(args, fileTest = isFile) {
  if (args[0] !== 'check') return false;
  const paths = [];
  for (let i = 1; i < args.length; i++) {
    const a = args[i];
    if (VALUE_OPTIONS.has(a)) i++;
    else if (!a.startsWith('-')) paths.push(a);
  }
  return paths.length === 0 || (paths.length === 1 && fileTest(paths[0]));
}

/** The flags for a command line (the arguments after the launcher's path); `fileTest` tells a file from the rest. */
function flagsFor(args, fileTest = isFile) {
  const command = args.find((a) => !a.startsWith('-'));
  const helpOnly = args.includes('--help') || args.includes('-h');
  if (!DETECTING.has(command) || helpOnly) return [];
  return [...DETECTING_FLAGS, ...(singleFileCheck(args, fileTest) ? SINGLE_FILE_FLAGS : [])];
}

module.exports = { DETECTING_FLAGS, SINGLE_FILE_FLAGS, flagsFor, singleFileCheck };
