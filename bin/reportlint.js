#!/usr/bin/env node
// Compile regular expressions straight to native code: a single check runs each of the detectors' patterns over
// a few hundred sentences, so the interpreter-then-compiler tier-up only doubles the start-up cost.
import v8 from 'node:v8';
v8.setFlagsFromString('--no-regexp-tier-up');
await import('../dist/bundle/main.js');
