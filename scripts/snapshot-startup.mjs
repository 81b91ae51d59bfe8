#!/usr/bin/env node
// Measurement for issue 15 (start-up of a single check): would a Node 20 user-land startup snapshot
// (`node --snapshot-blob X --build-snapshot entry.cjs`, then `node --snapshot-blob X …`) make `reportlint check` on
// one ~50 KB Markdown file cheaper? Not part of the build: docs/performance.md has the figures and why the
// snapshot route was not adopted. Run after `npm run build`:
//
//   node scripts/snapshot-startup.mjs [--runs N] [--file F] [--keep DIR] [--no-identity] [--also DIR [--max N]]
//
// It builds, in a temporary folder (or DIR), one CommonJS bundle of the CLI (a snapshot needs a single script that
// requires no user-land module while it is built) and two snapshot blobs with the launcher's V8 flags for a single
// check (a blob only loads with the flags it was built with):
//   - "cold": every module loaded, nothing run;
//   - "warm": also two checks of each bundled example run during the build (all bundled checklists, JSON and
//     stylish), so compiled regular expressions, bytecode and the literal automaton are in the heap.
// Then (1) the JSON output, stderr and exit code of each route on examples/*.md, the 50 KB file and the first N
// (default 20) Markdown files of DIR, compared byte for byte with today's route; (2) wall and CPU time (user + system of the process tree) of `node -e ''`, today's launcher
// and a launcher that starts the snapshot instead, in alternating order, medians; (3) the maximum resident set of
// the checking process of each route (/usr/bin/time, when present); (4) V8's deserialisation times of each blob.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const FLAGS = ['--no-regexp-tier-up', '--no-regexp-optimization'];

const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const runs = Number(opt('--runs') ?? 11);
const main = join(root, 'dist/bundle/main.js');
if (!existsSync(main) || !existsSync(join(root, 'dist/compiled/validate-checklist.cjs'))) {
  console.error('snapshot-startup: run `npm run build` first');
  process.exit(2);
}
const { fiftyKbMarkdown } = await import(pathToFileURL(join(root, 'dist/bench/startup.js')).href);
const file = opt('--file') ?? fiftyKbMarkdown();
const dir = opt('--keep') ?? mkdtempSync(join(tmpdir(), 'reportlint-snapshot-'));
mkdirSync(dir, { recursive: true });

// ---------------------------------------------------------------------------------------------------------
// 1. the CommonJS bundle and the blobs

// `import.meta.url` becomes a URL one folder below dist/ (as the ESM bundle's chunks are), so relative URLs to
// dist/compiled and checklists/ resolve as in the normal build. `require` of a package goes through createRequire
// (the snapshot builder's own require knows built-in modules only); the checklist validator and `yaml` are bundled,
// because loading a user-land CommonJS module while the snapshot is built makes the blob unusable (Node asserts at
// start that no user module ran).
const here = join(root, 'dist/bundle/snapshot.js');
const examples = readdirSync(join(root, 'examples')).filter((f) => f.endsWith('.md')).sort().map((f) => join(root, 'examples', f));
const entry = (warmFiles) => `
import validate from './dist/compiled/validate-checklist.cjs';
import { provideCompiled } from './src/util/compiled.ts';
import { run } from './src/cli/program.ts';
import { startupSnapshot } from 'node:v8';
provideCompiled('validate-checklist.cjs', validate);
const MAIN = ${JSON.stringify(main)};
async function warm(files) {
  const write = process.stdout.write;
  process.stdout.write = () => true;
  try {
    for (const f of files) {
      await run(['node', MAIN, 'check', f, '--format', 'json', '--no-config', '--checklist', 'all']);
      await run(['node', MAIN, 'check', f, '--no-config']);
    }
  } finally {
    process.stdout.write = write;
  }
}
void warm(${JSON.stringify(warmFiles)});
startupSnapshot.setDeserializeMainFunction(() => {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e) => {
      if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw e;
    });
  }
  // argv of a snapshot's main: [node, ...arguments] (no script)
  run([process.argv[0], MAIN, ...process.argv.slice(1)]).then(
    (code) => { process.exitCode = code; },
    (e) => {
      process.stderr.write('reportlint: ' + (e instanceof Error ? e.message.split('\\n')[0] : String(e)) + '\\n');
      process.exitCode = 2;
    },
  );
});
`;
// as in scripts/build.mjs: commander's require of node:child_process on first use only
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(build) {
    build.onLoad({ filter: /[\\/]commander[\\/]lib[\\/]command\.js$/ }, (a) => {
      const src = readFileSync(a.path, 'utf8');
      const line = "const childProcess = require('node:child_process');";
      if (!src.includes(line)) throw new Error(`${a.path} no longer requires node:child_process as expected`);
      return { contents: src.replace(line, "const childProcess = { spawn: (...a) => require('node:child_process').spawn(...a) };"), loader: 'js' };
    });
  },
};
const esbuild = require('esbuild');
const blobs = {};
for (const [name, warmFiles] of [['cold', []], ['warm', examples]]) {
  const script = join(dir, `${name}.cjs`);
  await esbuild.build({
    stdin: { contents: entry(warmFiles), resolveDir: root, sourcefile: `snapshot-${name}.js`, loader: 'js' },
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    outfile: script,
    external: ['pdfjs-dist', 'mammoth', 'esbuild', 'ink', 'react', 'react/jsx-runtime'],
    define: { 'import.meta.url': '__reportlintUrl' },
    banner: {
      js: `var __reportlintUrl = ${JSON.stringify(pathToFileURL(here).href)}; var __reportlintBuiltin = require; var require = function (id) { var m = __reportlintBuiltin('node:module'); return m.isBuiltin(id) ? __reportlintBuiltin(id) : m.createRequire(${JSON.stringify(here)})(id); };`,
    },
    logLevel: 'error',
    plugins: [lazyChildProcess],
  });
  const blob = join(dir, `${name}.blob`);
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [...FLAGS, '--snapshot-blob', blob, '--build-snapshot', script], { encoding: 'utf8' });
  if (r.status !== 0 || !existsSync(blob)) {
    console.error(`building the ${name} snapshot failed (${r.signal ?? `exit ${r.status}`}):\n${r.stderr.split('\n').filter((l) => !/^\s*\d+: 0x/.test(l)).slice(0, 12).join('\n')}`);
    process.exit(1);
  }
  blobs[name] = blob;
  console.log(`${name} blob: ${(statSync(blob).size / 1e6).toFixed(1)} MB, built in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}
// a launcher like bin/reportlint.js that starts the snapshot instead of the bundle (for a single-file check)
const launcherOf = (blob) => {
  const p = join(dir, `launch-${blob.replace(/.*\//, '').replace('.blob', '')}.cjs`);
  writeFileSync(
    p,
    `'use strict';
const { spawnSync } = require('node:child_process');
const r = spawnSync(process.execPath, [${FLAGS.map((f) => JSON.stringify(f)).join(', ')}, '--snapshot-blob', ${JSON.stringify(blob)}, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exitCode = r.error ? 2 : r.signal ? 128 : (r.status ?? 2);
`,
  );
  return p;
};

// ---------------------------------------------------------------------------------------------------------
// 2. identity of the output

if (!args.includes('--no-identity')) {
  let same = 0;
  const differ = [];
  const also = opt('--also') ? readdirSync(opt('--also')).filter((f) => f.endsWith('.md')).sort().slice(0, Number(opt('--max') ?? 20)).map((f) => join(opt('--also'), f)) : [];
  for (const f of [...examples, file, ...also]) {
    for (const extra of [[], ['--checklist', 'all']]) {
      const a = spawnSync(process.execPath, [...FLAGS, main, 'check', f, '--format', 'json', ...extra], { encoding: 'utf8', maxBuffer: 1 << 28 });
      for (const [name, blob] of Object.entries(blobs)) {
        const b = spawnSync(process.execPath, [...FLAGS, '--snapshot-blob', blob, 'check', f, '--format', 'json', ...extra], { encoding: 'utf8', maxBuffer: 1 << 28 });
        if (a.stdout === b.stdout && a.status === b.status && a.stderr === b.stderr) same++;
        else differ.push(`${name} ${f} ${extra.join(' ')}: exit ${a.status}/${b.status}, stdout ${a.stdout === b.stdout ? 'same' : 'differs'}`);
      }
    }
  }
  console.log(`identity: ${same} of ${same + differ.length} (route, file, checklist option) outputs byte-identical to today's route`);
  for (const d of differ) console.log(`  DIFFERS ${d}`);
}

// ---------------------------------------------------------------------------------------------------------
// 3. alternating timing runs

function childrenCpuMs() {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(f[13]) + Number(f[14])) * 1000) / 100;
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)];
};
const check = ['check', file, '--format', 'json'];
const variants = [
  { label: "node -e ''", args: ['-e', ''] },
  { label: 'reportlint check (bin/reportlint.js today)', args: [join(root, 'bin/reportlint.js'), ...check] },
  { label: 'launcher starting the warm snapshot', args: [launcherOf(blobs.warm), ...check] },
  { label: 'launcher starting the cold snapshot', args: [launcherOf(blobs.cold), ...check] },
  { label: 'checking process alone, today', args: [...FLAGS, main, ...check] },
  { label: 'checking process alone, warm snapshot', args: [...FLAGS, '--snapshot-blob', blobs.warm, ...check] },
  { label: 'checking process alone, cold snapshot', args: [...FLAGS, '--snapshot-blob', blobs.cold, ...check] },
].map((v) => ({ ...v, wall: [], cpu: [], codes: new Set() }));
for (let i = 0; i < runs; i++) {
  for (const v of i % 2 ? [...variants].reverse() : variants) {
    const c0 = childrenCpuMs();
    const t0 = performance.now();
    const r = spawnSync(process.execPath, v.args, { stdio: 'ignore' });
    v.wall.push(performance.now() - t0);
    v.cpu.push(childrenCpuMs() - c0);
    v.codes.add(r.signal ?? r.status);
  }
}
const base = variants[0];
if (runs > 0) console.log(`\n${runs} alternating runs, medians; file ${file} (${(statSync(file).size / 1024).toFixed(1)} KB); load average ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`);
for (const v of runs > 0 ? variants : []) {
  const w = median(v.wall);
  const c = median(v.cpu);
  console.log(`  ${v.label.padEnd(44)} wall ${w.toFixed(0).padStart(5)} ms = ${(w / median(base.wall)).toFixed(2)}×   CPU ${c.toFixed(0).padStart(5)} ms = ${(c / median(base.cpu)).toFixed(2)}×   exit ${[...v.codes].join(',')}`);
}

// ---------------------------------------------------------------------------------------------------------
// 4. memory and deserialisation

if (runs > 0 && existsSync('/usr/bin/time')) {
  console.log('\nmaximum resident set (/usr/bin/time, median of 3):');
  for (const v of [variants[0], variants[4], variants[5], variants[6], variants[1]]) {
    const kb = [];
    for (let i = 0; i < 3; i++) {
      const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, ...v.args], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
      kb.push(Number(r.stderr.trim().split('\n').pop()));
    }
    console.log(`  ${v.label.padEnd(44)} ${(median(kb) / 1024).toFixed(0)} MB${v === variants[1] ? ' (the larger of the launcher and its child)' : ''}`);
  }
}
if (runs > 0) console.log("\nV8's deserialisation (--profile-deserialization, one run each):");
for (const [name, a] of runs === 0 ? [] : [["node -e ''", ['-e', '']], ...Object.entries(blobs).map(([n, b]) => [`${n} snapshot`, [...FLAGS, '--snapshot-blob', b, 'check', '/nonexistent.md']])]) {
  const r = spawnSync(process.execPath, ['--profile-deserialization', ...a], { encoding: 'utf8' });
  const lines = `${r.stdout}${r.stderr}`.split('\n').filter((l) => /Deserializing (isolate|context)/.test(l));
  console.log(`  ${name}: ${lines.map((l) => l.replace(/^\[Deserializing /, '').replace(/\]$/, '')).join('; ')}`);
}
if (!opt('--keep')) rmSync(dir, { recursive: true, force: true });
