#!/usr/bin/env node
// The JATS check of `npm run bench` (src/bench/run.ts, readerRatios) standalone or after a long run, for issue 15's
// "stable per-document cost over long runs". After `npm run build`, with the batch flags:
//   node --expose-gc --no-regexp-tier-up --single-threaded-gc scripts/jats-long.mjs standalone|long [root]
// standalone: the five corpus JATS articles, 3 warm-up rounds, then the bench's measure (15 checks each, the first 3
//   dropped, median CPU per article scaled to 124 KB, median over the articles).
// long: first what the bench runs before its JATS measure (5 warm-up documents, the whole corpus once, gc(), the
//   Markdown ratio's 35 checks of one file and 35 bare remark-parses), then the same measure.
// Prints one JSON line: per-124 KB CPU and wall medians, heap before the JATS phase, GC count/time of the phase.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PerformanceObserver } from 'node:perf_hooks';

const mode = process.argv[2] ?? 'standalone';
const root = resolve(process.argv[3] ?? join(dirname(fileURLToPath(import.meta.url)), '..'));
const corpusRoot = process.env.REPORTLINT_CORPUS ?? join(dirname(fileURLToPath(import.meta.url)), '../../shared/corpus');
const { checkManuscript, readManuscript, detectAll, checkSource, manuscriptSource } = await import(join(root, 'dist/index.js'));
const { listBundledChecklists } = await import(join(root, 'dist/checklists/load.js'));
const all = listBundledChecklists().join(',');
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)];
};
const docs = ['consort-tm', 'ai-imaging', 'unlabeled-clinical'].flatMap((c) => {
  const d = join(corpusRoot, c, 'docs');
  return existsSync(d) ? readdirSync(d).map((f) => join(d, f)).filter((f) => statSync(f).isFile()) : [];
});
const jats = docs.filter((d) => /\.(xml|nxml)$/i.test(d)).sort();
const check = async (d) => checkManuscript(await readManuscript(d), { checklists: all });
const cpuMs = (c) => (c.user + c.system) / 1000;
const gc = globalThis.gc;

if (mode === 'drift') {
  // one process: the JATS measure, then the whole corpus once, repeated; a stable per-document cost keeps both flat
  const rounds = +(process.env.ROUNDS ?? 5);
  const out = { mode, jats124: [], corpusCpuS: [], heapMB: [] };
  for (let k = 0; k < 3; k++) for (const d of jats) await check(d);
  for (let r = 0; r < rounds; r++) {
    const per = [];
    for (const d of jats) {
      const kb = statSync(d).size / 1024;
      const c = [];
      for (let i = 0; i < 11; i++) {
        const c0 = process.cpuUsage();
        await check(d);
        if (i >= 3) c.push(cpuMs(process.cpuUsage(c0)));
      }
      per.push((median(c) * 124) / kb);
    }
    out.jats124.push(+median(per).toFixed(2));
    const c0 = process.cpuUsage();
    for (const d of docs) await check(d).catch(() => {});
    out.corpusCpuS.push(+(cpuMs(process.cpuUsage(c0)) / 1000).toFixed(2));
    gc?.();
    out.heapMB.push(+(process.memoryUsage().heapUsed / 1048576).toFixed(1));
  }
  out.load = +readFileSync('/proc/loadavg', 'utf8').split(' ')[0];
  console.log(JSON.stringify(out));
  process.exit(0);
}
let corpusCpuS;
if (mode === 'long') {
  for (const d of docs.slice(0, 5)) await check(d).catch(() => {});
  gc?.();
  const cc0 = process.cpuUsage();
  for (const d of docs) {
    try {
      const ms = await readManuscript(d);
      checkSource(manuscriptSource(ms, detectAll(ms)), { checklists: all });
    } catch {
      /* as the bench */
    }
  }
  corpusCpuS = +(cpuMs(process.cpuUsage(cc0)) / 1000).toFixed(2);
  gc?.();
  if (process.env.SKIP_MD !== '1') {
    const { unified } = await import(join(root, 'node_modules/unified/index.js'));
    const remarkParse = (await import(join(root, 'node_modules/remark-parse/index.js'))).default;
    const sized = docs.filter((d) => /\.md$/i.test(d) && statSync(d).size >= 32 * 1024 && statSync(d).size <= 50 * 1024).sort();
    const md = sized.sort((a, b) => Math.abs(statSync(a).size - 40 * 1024) - Math.abs(statSync(b).size - 40 * 1024))[0];
    const text = readFileSync(md, 'utf8');
    const bare = unified().use(remarkParse);
    for (let i = 0; i < 35; i++) {
      bare.parse(text);
      await check(md);
    }
  }
} else {
  for (let k = 0; k < 3; k++) for (const d of jats) await check(d);
}
if (process.env.GC_BEFORE === '1') gc?.();
if (process.env.SNAP) {
  gc?.();
  (await import('node:v8')).writeHeapSnapshot(process.env.SNAP);
  process.exit(0);
}
const heapBefore = process.memoryUsage().heapUsed;
const { getHeapSpaceStatistics } = await import('node:v8');
const newSpaceMB = +(getHeapSpaceStatistics().find((x) => x.space_name === 'new_space').space_size / 1048576).toFixed(1);
if (process.env.MARK) console.log('### PHASE');
let gcs = 0;
let gcMs = 0;
const byKind = {};
const obs = new PerformanceObserver((l) => {
  for (const e of l.getEntries()) {
    gcs++;
    gcMs += e.duration;
    const k = e.detail?.kind === 1 ? 'minor' : e.detail?.kind === 4 ? 'major' : 'other' + e.detail?.kind;
    byKind[k] = byKind[k] ?? [0, 0];
    byKind[k][0]++;
    byKind[k][1] = +(byKind[k][1] + e.duration).toFixed(1);
  }
});
obs.observe({ entryTypes: ['gc'] });
const per124 = [];
const per124w = [];
const t0 = process.cpuUsage();
for (const d of jats) {
  const kb = statSync(d).size / 1024;
  const c = [];
  const w = [];
  for (let i = 0; i < 15; i++) {
    const c0 = process.cpuUsage();
    const w0 = performance.now();
    await check(d);
    const dc = cpuMs(process.cpuUsage(c0));
    if (i >= 3) {
      c.push(dc);
      w.push(performance.now() - w0);
    }
  }
  per124.push((median(c) * 124) / kb);
  per124w.push((median(w) * 124) / kb);
}
const phase = cpuMs(process.cpuUsage(t0));
await new Promise((r) => setTimeout(r, 10));
obs.disconnect();
console.log(
  JSON.stringify({
    mode,
    cpu124: +median(per124).toFixed(2),
    wall124: +median(per124w).toFixed(2),
    perArticle: per124.map((x) => +x.toFixed(1)),
    phaseCpuMs: Math.round(phase),
    heapBeforeMB: +(heapBefore / 1048576).toFixed(1),
    newSpaceMB,
    corpusCpuS,
    gcs,
    gcMs: +gcMs.toFixed(1),
    byKind,
    heapAfterMB: +(process.memoryUsage().heapUsed / 1048576).toFixed(1),
    load: +readFileSync('/proc/loadavg', 'utf8').split(' ')[0],
    maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
  }),
);
