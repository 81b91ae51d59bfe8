#!/usr/bin/env node
// Is there a post-GC penalty in a batch that never calls gc()? JATS checks in a loop (the five corpus articles, N
// rounds after 10 warm-up rounds; CORPUS=1: the whole corpus); a check is "post-major" when a mark-compact started during the check before it;
// each check's CPU is divided by the median of its article. After `npm run build`:
//   N=30 node --no-regexp-tier-up --single-threaded-gc [--max-old-space-size=110] scripts/post-gc-natural.mjs [root]
// (a small old space makes V8's own mark-compacts frequent; --retain-maps-for-n-gc=0 shows what V8's map retaining
// protects.) docs/performance.md, "A stable per-document cost over long runs".
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PerformanceObserver } from 'node:perf_hooks';
const root = process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '..');
const { checkManuscript, readManuscript } = await import(join(root, 'dist/index.js'));
const { listBundledChecklists } = await import(join(root, 'dist/checklists/load.js'));
const all = listBundledChecklists().join(',');
const corpusDir = process.env.REPORTLINT_CORPUS ?? join(dirname(fileURLToPath(import.meta.url)), '../../shared/corpus');
const dir = join(corpusDir, 'ai-imaging/docs');
const corpus = corpusDir;
// CORPUS=1: every corpus document instead of the five JATS articles (one warm-up pass)
const jats = process.env.CORPUS === '1'
  ? ['consort-tm', 'ai-imaging', 'unlabeled-clinical'].flatMap((c) => readdirSync(join(corpus, c, 'docs')).map((f) => join(corpus, c, 'docs', f)))
  : readdirSync(dir).filter((f) => f.endsWith('.xml')).map((f) => join(dir, f)).sort();
const cpu = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1000; };
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor((s.length - 1) / 2)]; };
const warm = process.env.CORPUS === '1' ? 1 : 10;
for (let k = 0; k < warm; k++) for (const d of jats) await readManuscript(d).then((m) => checkManuscript(m, { checklists: all }), () => {});
const majors = [];
const obs = new PerformanceObserver((l) => { for (const e of l.getEntries()) if (e.detail?.kind === 4) majors.push(e.startTime); });
obs.observe({ entryTypes: ['gc'] });
const rows = [];
const N = +(process.env.N ?? 60);
for (let k = 0; k < N; k++) for (let j = 0; j < jats.length; j++) {
  const t0 = performance.now(); const c0 = cpu();
  let m;
  try {
    m = await readManuscript(jats[j]);
  } catch {
    continue; // a document the readers refuse, as in the bench
  }
  const c1 = cpu();
  checkManuscript(m, { checklists: all });
  rows.push({ j, t0, t1: performance.now(), read: c1 - c0, total: cpu() - c0 });
}
await new Promise((r) => setTimeout(r, 50));
obs.disconnect();
const byDoc = jats.map((_, j) => ({ total: median(rows.filter((r) => r.j === j).map((r) => r.total)), read: median(rows.filter((r) => r.j === j).map((r) => r.read)) }));
const post = [], rest = [], postR = [], restR = [];
for (let i = 1; i < rows.length; i++) {
  const prev = rows[i - 1], r = rows[i];
  const hit = majors.some((t) => t >= prev.t0 && t < r.t0);
  (hit ? post : rest).push(r.total / byDoc[r.j].total);
  (hit ? postR : restR).push(r.read / byDoc[r.j].read);
}
const r2 = (x) => (x === undefined ? null : +x.toFixed(2));
console.log(JSON.stringify({ checks: rows.length, majors: majors.length, postMajor: { n: post.length, total: r2(median(post)), read: r2(median(postR)), each: post.map(r2) }, others: { total: r2(median(rest)), read: r2(median(restR)) }, medianCheckMs: r2(median(rows.map((r) => r.total))) }));
