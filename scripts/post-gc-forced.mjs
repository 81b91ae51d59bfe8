#!/usr/bin/env node
// The post-GC penalty of a forced full GC: warm checks of one corpus JATS article (FILE=part of its name; the PLOS
// 2013 article by default), each preceded either by gc() or by another check, alternating (N pairs). Prints the
// median CPU ms [check, reading, detecting, checkManuscript] after gc() and after a check. After `npm run build`:
//   node --expose-gc --no-regexp-tier-up --single-threaded-gc scripts/post-gc-forced.mjs [root]
// GCFN=native (with --allow-natives-syntax) uses %CollectGarbage(0) instead of gc(); KEEP=1 keeps the previous
// manuscript alive across the GC. docs/performance.md, "A stable per-document cost over long runs".
globalThis.__gc = globalThis.gc;
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
const root = process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '..');
const { checkManuscript, readManuscript, detectAll } = await import(join(root, 'dist/index.js'));
const { listBundledChecklists } = await import(join(root, 'dist/checklists/load.js'));
const all = listBundledChecklists().join(',');
const corpusDir = process.env.REPORTLINT_CORPUS ?? join(dirname(fileURLToPath(import.meta.url)), '../../shared/corpus');
const dir = join(corpusDir, 'ai-imaging/docs');
const jats = readdirSync(dir).filter((f) => f.endsWith('.xml')).map((f) => join(dir, f)).sort();
const file = process.env.FILE ? jats.find((f) => f.includes(process.env.FILE)) : jats[4];
const cpu = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1000; };
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor((s.length - 1) / 2)]; };
if (process.env.GCFN === 'native') globalThis.gc = new Function('%CollectGarbage(0)');
if (process.env.GCFN === 'minor') globalThis.gc = () => globalThis.__gc({ type: 'minor' });
async function one() {
  const t0 = cpu();
  const m = await readManuscript(file);
  if (process.env.KEEP) globalThis.keep = m;
  const t1 = cpu();
  detectAll(m);
  const t2 = cpu();
  checkManuscript(m, { checklists: all });
  const t3 = cpu();
  return [t3 - t0, t1 - t0, t2 - t1, t3 - t2];
}
for (let k = 0; k < 20; k++) for (const d of jats) await checkManuscript(await readManuscript(d), { checklists: all });
const after = { gc: [], check: [] };
const N = +(process.env.N ?? 20);
for (let i = 0; i < N; i++) {
  globalThis.gc(); await one(); // settle
  globalThis.gc();
  if (process.env.MARK) console.log('### AFTERGC');
  after.gc.push(await one());
  await one();
  if (process.env.MARK) console.log('### AFTERCHECK');
  after.check.push(await one());
  if (process.env.MARK) console.log('### END');
}
const col = (xs, j) => +median(xs.map((x) => x[j])).toFixed(1);
console.log(JSON.stringify({ file: file.replace(/^.*\//, '').slice(0, 30), afterGc: [0, 1, 2, 3].map((j) => col(after.gc, j)), afterCheck: [0, 1, 2, 3].map((j) => col(after.check, j)), ratio: +(col(after.gc, 0) / col(after.check, 0)).toFixed(2) }));
