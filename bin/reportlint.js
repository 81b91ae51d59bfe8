#!/usr/bin/env node
// V8 settings for regular expressions, chosen by workload. A check runs each detector pattern over a few hundred
// sentences, so patterns are compiled straight to native code (the interpreter-then-compiler tier-up would only
// double the work). Checking one file is latency-bound: most patterns run a handful of times, so the compiler's
// optimisation passes cost more than they save; batches (several files, eval, audit) keep them.
import v8 from 'node:v8';

const VALUE_OPTIONS = new Set(['-c', '--checklist', '-f', '--format', '--fail-on', '--input-format', '--study', '-o', '--output', '--config']);
function singleFileCheck(args) {
  if (args[0] !== 'check') return false;
  let files = 0;
  for (let i = 1; i < args.length; i++) {
    const a = args[i];
    if (VALUE_OPTIONS.has(a)) i++;
    else if (!a.startsWith('-')) files++;
  }
  return files <= 1;
}

v8.setFlagsFromString('--no-regexp-tier-up');
if (singleFileCheck(process.argv.slice(2))) v8.setFlagsFromString('--no-regexp-optimization');
await import('../dist/bundle/main.js');
