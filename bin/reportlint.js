#!/usr/bin/env node
// V8 settings for regular expressions, chosen by workload. A check runs each detector pattern over a few hundred
// sentences, so patterns are compiled straight to native code (the interpreter-then-compiler tier-up would only
// double the work). Checking one file is latency-bound: most patterns run a handful of times, so the compiler's
// optimisation passes cost more than they save, and so does TurboFan for the JavaScript (--no-opt: the process
// ends before optimised code repays its compilation; a 50 KB check 0.84 -> 0.69 s CPU, no worse on 1 MB; see
// docs/performance.md). Batches (several files, eval, audit) keep both. A single check also keeps V8's young
// generation small (--max-semi-space-size=2, in MB; the default grows it to 16): fewer pages to touch for a short
// process, 10-20% less CPU and 11-30 MB less memory on a 50 KB, a 1.1 MB Markdown file and a PDF (docs/performance.md).
// Every detecting command collects garbage on its main thread (--single-threaded-gc): the helper threads cost more
// CPU than they save in these small heaps (a warm JATS check 22 -> 18 ms CPU; a single check unchanged). The lists
// are in bin/flags.js.
//
// The flags are given on the command line of a child Node process, never set after start: v8.setFlagsFromString
// is documented as unsafe once the VM runs and was the suspect in rare segmentation faults under load. When this
// process already has them (node --no-regexp-tier-up bin/reportlint.js ...), it runs the CLI itself.
//
// On a developer's machine a `check` goes to a warm daemon of this build instead, started by the first check
// (bin/daemon-client.js; README, "Repeated checks: the daemon"): one Node start per check, the same output. Not on CI,
// nor with REPORTLINT_DAEMON=0 or `--no-daemon`.
//
// This launcher is CommonJS (bin/package.json): the checking process must pay one Node start and loading the CLI
// bundle anyway, and a CommonJS launcher spares its own process the ES module loader's start-up.
'use strict';
const { spawn } = require('node:child_process');
const { constants } = require('node:os');
const { join } = require('node:path');
const { pathToFileURL } = require('node:url');
const { flagsFor } = require('./flags.js');

const args = process.argv.slice(2);
const flags = flagsFor(args);
const missing = flags.filter((f) => !process.execArgv.includes(f));
const main = join(__dirname, '../dist/bundle/main.js');

/** Run the command in this process (it has the flags) or in a child Node process given them. */
function runHere() {
  if (missing.length === 0) runCli();
  else runChild();
}

// a warm daemon of this build checks it (bin/daemon-client.js: daemonMode says when); where none can, this process does
const daemonMode = flags.length ? require('./daemon-client.js').daemonMode(args) : false;
if (daemonMode) {
  require('./daemon-client.js')
    .viaDaemon(args, daemonMode)
    .then(
      (code) => (code === undefined ? runHere() : (process.exitCode = code)),
      () => runHere(),
    );
} else runHere();

function runCli() {
  import(pathToFileURL(main).href).catch((e) => {
    process.stderr.write(`reportlint: cannot load the CLI (${e instanceof Error ? e.message : String(e)})\n`);
    process.exitCode = 2;
  });
}

function runChild() {
  // The check runs in a child process; a signal sent to this one (a supervisor's SIGTERM, `timeout`, `kill`) is passed
  // on, so the child never outlives it (before, `reportlint web` stopped this way left its server running).
  const child = spawn(process.execPath, [...process.execArgv, ...missing, main, ...args], { stdio: 'inherit' });
  const FORWARDED = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  const forward = (signal) => {
    try {
      child.kill(signal);
    } catch {
      /* already gone */
    }
  };
  for (const s of FORWARDED) process.on(s, forward);
  child.on('error', (e) => {
    process.stderr.write(`reportlint: cannot start Node (${e.message})\n`);
    process.exitCode = 2;
  });
  child.on('exit', (code, signal) => {
    for (const s of FORWARDED) process.off(s, forward);
    // the child ended on a signal: end the same way, as a shell would report it
    process.exitCode = signal ? 128 + (constants.signals[signal] ?? 0) : (code ?? 2);
  });
}
