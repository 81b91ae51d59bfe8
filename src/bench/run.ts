/**
 * `npm run bench`: check every document of the corpora against every bundled checklist in one process, then time
 * the CLI start-up on one Markdown file. Prints median/p90 ms per document (overall and per format), MB/s, the
 * CLI wall time and the start-up ratio (startup.ts: one ~50 KB Markdown file against `node -e ''`). Targets (not
 * asserted): ≤ 20 ms median per ~50 KB manuscript, ≤ 300 ms CLI wall, PDF ≤ 500 ms, start-up ≤ 4× `node -e ''`.
 * The issue-15 reader ratios (readerRatios): a Markdown check against a bare remark-parse (in this process and in a
 * fresh one), JATS against rtransparent.
 * Then the screening benchmark (batch.ts: a folder of ~200 mixed submissions, in this process and on workers,
 * files/s and the workers' break-even; BENCH_BATCH=0 skips it) and the growth benchmark (growth.ts: adversarial
 * inputs 10 KB → 10 MB, slopes; BENCH_GROWTH=0 skips it).
 * The in-process parts run with the V8 flags a batch gets from bin/reportlint.js (bin/flags.js): when this process
 * lacks them, it starts itself again with them (BENCH_FLAGS=0 measures without).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { detectAll } from '../concepts/index.js';
import { checkSource } from '../engine/check.js';
import { checkManuscript, manuscriptSource } from '../sources/manuscript.js';
import { listBundledChecklists } from '../checklists/load.js';
import { readManuscript } from '../readers/index.js';
import { DETECTING_FLAGS } from './flags.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const corpusRoot = process.env.REPORTLINT_CORPUS ?? resolve(root, '../shared/corpus');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)]! : NaN;
}
function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(p * s.length))]! : NaN;
}

function listDocs(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile());
}

/** Run this script again with the flags a batch runs with, when this process lacks them; true if it did. */
function rerunWithBatchFlags(): boolean {
  const missing = DETECTING_FLAGS.filter((f) => !process.execArgv.includes(f));
  if (!missing.length || process.env.BENCH_FLAGS === '0') return false;
  const r = spawnSync(process.execPath, [...process.execArgv, ...missing, fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exitCode = r.status ?? 1;
  return true;
}

async function main() {
  if (rerunWithBatchFlags()) return;
  console.log(`V8 flags: ${process.execArgv.join(' ') || '(none)'}`);
  const corpora = (process.argv[2] ? process.argv.slice(2) : ['consort-tm', 'ai-imaging', 'unlabeled-clinical']).map((c) => (existsSync(c) ? c : join(corpusRoot, c)));
  const docs = corpora.flatMap((c) => listDocs(join(c, 'docs')));
  if (!docs.length) {
    console.log(`no corpus documents found under ${corpusRoot} (set REPORTLINT_CORPUS)`);
    return;
  }
  const all = listBundledChecklists().join(',');
  // warm-up: the first documents pay for regex compilation and JIT
  for (const d of docs.slice(0, 5)) {
    try {
      checkManuscript(await readManuscript(d), { checklists: all });
    } catch {
      /* measured below */
    }
  }
  const times: number[] = [];
  const byFormat = new Map<string, number[]>();
  let bytes = 0;
  let total = 0;
  const failed: string[] = [];
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const heap0 = process.memoryUsage().heapUsed;
  const per50: number[] = [];
  const around50: number[] = [];
  let detectTotal = 0;
  const cpu0 = process.cpuUsage();
  const cpuTimes: number[] = [];
  for (const d of docs) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    try {
      const ms = await readManuscript(d);
      const t1 = performance.now();
      const findings = detectAll(ms);
      detectTotal += performance.now() - t1;
      checkSource(manuscriptSource(ms, findings), { checklists: all });
      const dt = performance.now() - t0;
      const c = process.cpuUsage(c0);
      cpuTimes.push((c.user + c.system) / 1000);
      times.push(dt);
      per50.push((dt * 50 * 1024) / ms.size);
      if (ms.size >= 40 * 1024 && ms.size <= 60 * 1024) around50.push(dt);
      total += dt;
      bytes += ms.size;
      if (!byFormat.has(ms.format)) byFormat.set(ms.format, []);
      byFormat.get(ms.format)!.push(dt);
    } catch (e) {
      failed.push(`${d}: ${(e as Error).message.split('\n')[0]}`);
    }
  }
  const cpu = process.cpuUsage(cpu0);
  gc?.();
  const heap1 = process.memoryUsage().heapUsed;
  console.log(`documents ${times.length} (failed ${failed.length}), checklists ${all}`);
  console.log(`per document: median ${median(times).toFixed(1)} ms, p90 ${pct(times, 0.9).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms`);
  console.log(`manuscripts of 40–60 KB: median ${median(around50).toFixed(1)} ms (n=${around50.length}); scaled to 50 KB, all documents: median ${median(per50).toFixed(1)} ms`);
  console.log(`per document, CPU time: median ${median(cpuTimes).toFixed(1)} ms (steadier than wall time on a busy machine)`);
  console.log(`detectors: ${((100 * detectTotal) / total).toFixed(0)}% of the time (${(detectTotal / times.length).toFixed(1)} ms per document on average)`);
  console.log(`CPU time over wall time: ${((cpu.user + cpu.system) / 1000 / total).toFixed(2)} (below 1: the process waited for a core)`);
  console.log(`throughput ${(bytes / 1048576 / (total / 1000)).toFixed(2)} MB/s (${(bytes / 1048576).toFixed(1)} MB in ${(total / 1000).toFixed(2)} s)`);
  for (const [f, xs] of [...byFormat.entries()].sort()) console.log(`  ${f.padEnd(10)} n=${String(xs.length).padStart(3)}  median ${median(xs).toFixed(1)} ms  max ${Math.max(...xs).toFixed(1)} ms`);
  console.log(`heap after the batch vs before${gc ? ' (after GC)' : ' (run with --expose-gc for a GC-settled figure)'}: ${((heap1 - heap0) / 1048576).toFixed(1)} MB`);
  for (const f of failed) console.log(`  failed ${f}`);

  await readerRatios(docs, all);

  // binary formats, generated from the example manuscript (dev dependencies pdf-lib and docx)
  try {
    const { makeTwoColumnPdf, makeDocx } = await import('./formats.js');
    const dir = mkdtempSync(join(tmpdir(), 'reportlint-bench-'));
    const example0 = join(root, 'examples/spine-mri-study.md');
    const pdfFile = join(dir, 'ten-pages.pdf');
    writeFileSync(pdfFile, await makeTwoColumnPdf(example0, 10));
    const docxFile = join(dir, 'example.docx');
    writeFileSync(docxFile, await makeDocx(example0));
    for (const [label, f] of [['pdf (10 pages, two columns)', pdfFile], ['docx', docxFile]] as const) {
      const xs: number[] = [];
      for (let i = 0; i < 5; i++) {
        const t0 = performance.now();
        checkManuscript(await readManuscript(f), { checklists: all });
        xs.push(performance.now() - t0);
      }
      console.log(`  ${label}: median ${median(xs).toFixed(0)} ms, first ${xs[0]!.toFixed(0)} ms (5 runs)`);
    }
  } catch (e) {
    console.log(`  binary formats skipped: ${(e as Error).message.split('\n')[0]}`);
  }

  // CLI wall time on one Markdown file, Node start included, in its own process (the daemon's routes: startup.ts;
  // without REPORTLINT_DAEMON=0 the first run would start a daemon that outlives the bench)
  const example = join(root, 'examples/spine-mri-study.md');
  const walls: number[] = [];
  for (let i = 0; i < 7; i++) {
    const t0 = performance.now();
    spawnSync(process.execPath, [join(root, 'bin/reportlint.js'), 'check', example, '--format', 'json'], { stdio: 'ignore', env: { ...process.env, REPORTLINT_DAEMON: '0' } });
    walls.push(performance.now() - t0);
  }
  console.log(`cli check ${example.replace(root + '/', '')}, in its own process: median wall ${median(walls).toFixed(0)} ms (7 runs)`);
  // start-up as a ratio to a bare Node start (issue 15: ≤ 4×)
  (await import('./startup.js')).startupBenchmark();

  if (process.env.BENCH_BATCH !== '0') (await import('./batch.js')).batchBenchmark(root, corpusRoot);
  if (process.env.BENCH_GROWTH !== '0') await (await import('./growth.js')).growthBenchmark();
}

/**
 * rtransparent's PMC XML route (XPath over the parsed article), measured outside this project on this machine:
 * 21 ms per 124 KB PMC JATS article (issue 15). Not re-measured here: R and rtransparent are not dependencies.
 */
const RTRANSPARENT_PMC_MS_PER_124KB = 21;

/** A bare remark-parse of `file` in a fresh process that loads only unified and remark-parse: median CPU ms of 30 warm parses. */
function freshRemarkParse(file: string): number | undefined {
  const script = [
    "import { readFileSync } from 'node:fs';",
    "import { unified } from 'unified';",
    "import remarkParse from 'remark-parse';",
    "const text = readFileSync(process.argv[1], 'utf8');",
    'const parser = unified().use(remarkParse);',
    'const t = [];',
    'for (let i = 0; i < 35; i++) { const c0 = process.cpuUsage(); parser.parse(text); const c = process.cpuUsage(c0); if (i >= 5) t.push((c.user + c.system) / 1000); }',
    't.sort((a, b) => a - b);',
    'console.log(t[Math.floor((t.length - 1) / 2)]);',
  ].join('\n');
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script, file], { cwd: root, encoding: 'utf8' });
  const v = Number(r.stdout.trim());
  return r.status === 0 && Number.isFinite(v) && v > 0 ? v : undefined;
}

/**
 * The issue-15 ratios, interleaved in one process (medians of 30 rounds after 5 warm-up rounds, wall and CPU time):
 * a warm check of a 32–50 KB corpus Markdown file against a bare `unified().use(remarkParse).parse` of the same
 * text, and a check of each corpus JATS article, per 124 KB, against rtransparent's figure.
 */
async function readerRatios(docs: string[], all: string): Promise<void> {
  const { unified } = await import('unified');
  const remarkParse = (await import('remark-parse')).default;
  const sized = docs.filter((d) => /\.md$/i.test(d) && statSync(d).size >= 32 * 1024 && statSync(d).size <= 50 * 1024).sort();
  const md = sized.sort((a, b) => Math.abs(statSync(a).size - 40 * 1024) - Math.abs(statSync(b).size - 40 * 1024))[0];
  const jats = docs.filter((d) => /\.(xml|nxml)$/i.test(d)).sort();
  const time = async (f: () => unknown): Promise<[number, number]> => {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await f();
    const c = process.cpuUsage(c0);
    return [performance.now() - t0, (c.user + c.system) / 1000];
  };
  const check = async (d: string) => checkManuscript(await readManuscript(d), { checklists: all });
  if (md) {
    const text = readFileSync(md, 'utf8');
    const bare = unified().use(remarkParse);
    const w = { bare: [] as number[], check: [] as number[] };
    const c = { bare: [] as number[], check: [] as number[] };
    for (let i = 0; i < 35; i++) {
      const [bw, bc] = await time(() => bare.parse(text));
      const [cw, cc] = await time(() => check(md));
      if (i < 5) continue;
      w.bare.push(bw);
      c.bare.push(bc);
      w.check.push(cw);
      c.check.push(cc);
    }
    console.log(`markdown ${md.replace(/^.*\//, '')} (${(text.length / 1024).toFixed(0)} KB): check ${median(w.check).toFixed(1)} ms wall / ${median(c.check).toFixed(1)} ms CPU, bare remark-parse ${median(w.bare).toFixed(1)} / ${median(c.bare).toFixed(1)} ms: check = ${(median(w.check) / median(w.bare)).toFixed(2)}× remark-parse wall, ${(median(c.check) / median(c.bare)).toFixed(2)}× CPU (target ≤ 2×)`);
    // the same parse in a process that has loaded nothing else (here micromark has also run the readers' extension
    // sets, which slows the divisor above and flatters the ratio)
    const fresh = freshRemarkParse(md);
    if (fresh !== undefined) console.log(`  bare remark-parse in a fresh process: ${fresh.toFixed(1)} ms CPU: check = ${(median(c.check) / fresh).toFixed(2)}× CPU (target ≤ 2×)`);
  }
  if (jats.length) {
    const per124: number[] = [];
    const per124cpu: number[] = [];
    for (const d of jats) {
      const kb = statSync(d).size / 1024;
      const w: number[] = [];
      const c: number[] = [];
      for (let i = 0; i < 15; i++) {
        const [tw, tc] = await time(() => check(d));
        if (i < 3) continue;
        w.push(tw);
        c.push(tc);
      }
      per124.push((median(w) * 124) / kb);
      per124cpu.push((median(c) * 124) / kb);
    }
    console.log(`jats n=${jats.length}: check per 124 KB, median ${median(per124).toFixed(1)} ms wall / ${median(per124cpu).toFixed(1)} ms CPU; rtransparent's PMC route ${RTRANSPARENT_PMC_MS_PER_124KB} ms (measured outside the project): ${(median(per124) / RTRANSPARENT_PMC_MS_PER_124KB).toFixed(2)}× wall, ${(median(per124cpu) / RTRANSPARENT_PMC_MS_PER_124KB).toFixed(2)}× CPU (target < 1×)`);
    // The figure above times each article right after its own 3 warm-up runs, while V8 still optimises code the
    // JATS path uses (on a background thread: CPU above wall). Steady state: rounds over all articles until
    // optimisation has settled (trace-opt: 182 functions optimised in the first round, 2–8 per round after the tenth),
    // then the median of 10 more rounds, per 124 KB of all articles.
    const kbAll = jats.reduce((n, d) => n + statSync(d).size / 1024, 0);
    const round = async () => time(async () => {
      for (const d of jats) await check(d);
    });
    for (let i = 0; i < 20; i++) await round();
    const sw: number[] = [];
    const sc: number[] = [];
    for (let i = 0; i < 10; i++) {
      const [w, c] = await round();
      sw.push((w * 124) / kbAll);
      sc.push((c * 124) / kbAll);
    }
    console.log(`  steady state (after 20 rounds over all ${jats.length} articles; median of 10 more): per 124 KB ${median(sw).toFixed(1)} ms wall / ${median(sc).toFixed(1)} ms CPU: ${(median(sw) / RTRANSPARENT_PMC_MS_PER_124KB).toFixed(2)}× wall, ${(median(sc) / RTRANSPARENT_PMC_MS_PER_124KB).toFixed(2)}× CPU`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
