#!/usr/bin/env node
// What the regular expressions of a warm check cost, and what they would cost with V8's optimised regexp code
// (docs/performance.md, "Warm JATS check, eighth pass"). After `npm run build`:
//   node scripts/regexp-cost.mjs [rows] [warm rounds]
// One process checks the five corpus JATS articles (all checklists) for a few warm-up rounds, records every RegExp
// execution of one more round (the pattern object, the subject, lastIndex) and replays each pattern on its own
// object (its real code; median of 5). A second process, which stays small (a full garbage collection after each
// pattern), compiles every pattern anew and replays the same executions: V8 gives a pattern optimised code only while
// the process holds less than ~16 MB of executable memory, so this is the optimised cost. Timings: run on a quiet
// machine, or compare totals of runs taken close together. The second process also reports each pattern's compiled
// code: the growth of V8's code (v8.getHeapCodeStatistics) over its compile and replay, between two full garbage
// collections (the regexp code of the whole round, each pattern compiled alone, for two-byte subjects: what counts
// against V8's budget).
// REGEXP_COST_BY_CODE=1 lists the patterns with the largest code too; REGEXP_COST_JSON=<file> writes every row.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const codeUsed = () => v8.getHeapCodeStatistics().code_and_metadata_size;
const replay = (re, calls, texts) => {
  const ts = [];
  for (let rep = 0; rep < 5; rep++) {
    const t0 = performance.now();
    for (const [ti, li] of calls) {
      re.lastIndex = li;
      re.exec(texts[ti]);
    }
    ts.push(performance.now() - t0);
  }
  return median(ts);
};

if (process.argv[2] === '--optimised') {
  // JSON.parse gives a one-byte string where a text has no character above U+00FF, and V8 compiles a pattern once
  // per string encoding it meets: the subjects are made two-byte again, as 97% of a warm JATS round's are in situ
  // (6,593 of its 6,802 distinct subjects; 75 of its 924 patterns meet both encodings there)
  const { texts: parsed, rows } = JSON.parse(readFileSync(process.argv[3], 'utf8'));
  const texts = parsed.map((t) => `\u0100${t}`.slice(1));
  globalThis.gc();
  const out = rows.map((r) => {
    const before = codeUsed();
    let re = new RegExp(r.source, r.flags);
    const t = replay(re, r.calls, texts);
    globalThis.gc();
    const code = codeUsed() - before;
    re = null;
    globalThis.gc();
    return [t, code];
  });
  process.stdout.write(JSON.stringify(out));
  process.exit(0);
}

const rowsShown = Number(process.argv[2] ?? 25);
const warm = Number(process.argv[3] ?? 3);
const corpus = process.env.REPORTLINT_CORPUS ?? join(root, '../shared/corpus');
const dir = join(corpus, 'ai-imaging/docs');
const jats = readdirSync(dir).filter((f) => f.endsWith('.xml')).sort().map((f) => join(dir, f));
const { checkManuscript } = await import(join(root, 'dist/sources/manuscript.js'));
const { readManuscript } = await import(join(root, 'dist/readers/index.js'));
const { listBundledChecklists } = await import(join(root, 'dist/checklists/load.js'));
const all = listBundledChecklists().join(',');
for (let i = 0; i < warm; i++) for (const d of jats) checkManuscript(await readManuscript(d), { checklists: all });

const exec = RegExp.prototype.exec;
const byObject = new Map();
const textIndex = new Map();
RegExp.prototype.exec = function (s) {
  const li = this.lastIndex;
  const r = exec.call(this, s);
  let e = byObject.get(this);
  if (!e) byObject.set(this, (e = { n: 0, hit: 0, calls: [] }));
  e.n++;
  if (r) e.hit++;
  let ti = textIndex.get(s);
  if (ti === undefined) textIndex.set(s, (ti = textIndex.size));
  e.calls.push([ti, li]);
  return r;
};
for (const d of jats) checkManuscript(await readManuscript(d), { checklists: all });
RegExp.prototype.exec = exec;
const texts = [...textIndex.keys()];
globalThis.gc?.();
const codeAfter = codeUsed();

// in situ, per object, summed per source and flags
const bySource = new Map();
for (const [re, e] of byObject) {
  const last = re.lastIndex;
  const t = replay(re, e.calls, texts);
  re.lastIndex = last;
  const k = `${re.source}/${re.flags}`;
  let s = bySource.get(k);
  if (!s) bySource.set(k, (s = { source: re.source, flags: re.flags, n: 0, hit: 0, inSitu: 0, calls: [] }));
  s.n += e.n;
  s.hit += e.hit;
  s.inSitu += t;
  for (const c of e.calls) s.calls.push(c);
}
const rows = [...bySource.values()];
const file = join(mkdtempSync(join(tmpdir(), 'regexp-cost-')), 'calls.json');
writeFileSync(file, JSON.stringify({ texts, rows: rows.map(({ source, flags, calls }) => ({ source, flags, calls })) }));
const child = spawnSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), '--optimised', file], { encoding: 'utf8', maxBuffer: 1 << 26 });
if (child.status !== 0) throw new Error(child.stderr);
const optimised = JSON.parse(child.stdout);
rows.forEach((r, i) => ([r.optimised, r.code] = optimised[i]));

const sum = (f) => rows.reduce((a, r) => a + f(r), 0);
console.log(`one round of ${jats.length} JATS articles after ${warm} warm-up rounds: ${rows.length} patterns, ${sum((r) => r.n)} executions`);
console.log(`replay ms: in situ ${sum((r) => r.inSitu).toFixed(1)}, each compiled alone (optimised) ${sum((r) => r.optimised).toFixed(1)}`);
console.log(`regexp code, each compiled alone: ${(sum((r) => r.code) / 1e6).toFixed(2)} MB; code (all kinds) of the checking process after the round: ${(codeAfter / 1e6).toFixed(2)} MB`);
if (process.env.REGEXP_COST_JSON) writeFileSync(process.env.REGEXP_COST_JSON, JSON.stringify(rows.map(({ source, flags, n, hit, inSitu, optimised, code }) => ({ source, flags, n, hit, inSitu, optimised, code }))));
if (process.env.REGEXP_COST_BY_CODE) {
  console.log('  code KB  execs  pattern (largest code first)');
  for (const r of [...rows].sort((a, b) => b.code - a.code).slice(0, rowsShown)) console.log(`${(r.code / 1e3).toFixed(1).padStart(9)}  ${String(r.n).padStart(5)}  ${`${r.source}/${r.flags}`.slice(0, 100)}`);
}
console.log('  execs  matches  in situ  optimised  ratio  pattern (largest loss first)');
rows.sort((a, b) => b.inSitu - b.optimised - (a.inSitu - a.optimised));
for (const r of rows.slice(0, rowsShown)) {
  const ratio = r.optimised > 0 ? (r.inSitu / r.optimised).toFixed(1) : '-';
  console.log(`${String(r.n).padStart(7)}  ${String(r.hit).padStart(7)}  ${r.inSitu.toFixed(2).padStart(7)}  ${r.optimised.toFixed(2).padStart(9)}  ${ratio.padStart(5)}  ${`${r.source}/${r.flags}`.slice(0, 90)}`);
}
