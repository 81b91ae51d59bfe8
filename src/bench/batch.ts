/**
 * The editors' screening benchmark: a folder of about 200 mixed submissions (the corpora's manuscripts in every
 * format they come in, plus broken and poisonous files) checked with one command, `reportlint check <folder>`,
 * in this process (`--jobs 0`) and on 1 and 2 worker threads. Prints files/s for each, checks that every good
 * file was reported and every bad one is one error line, and how much one and two workers add or save against one
 * process (src/pool `chooseJobs` uses workers only with cores to spare: docs/performance.md, "Batches").
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';

interface Run {
  jobs: string;
  wallMs: number;
  reported: number;
  errorLines: string[];
  status: number | null;
}

/** The bad submissions: each must be one error line naming it, and must not stop the others. */
function writeBadFiles(dir: string): string[] {
  const bad: Array<[string, string | Uint8Array]> = [
    ['bad-empty.md', ''],
    ['bad-binary.md', new Uint8Array([0x23, 0x20, 0x00, 0x01, 0x02, 0xff, 0x00, 0x41])],
    ['bad-utf8.md', new Uint8Array([0x23, 0x20, 0x41, 0xc3, 0x28, 0x0a, 0x42])],
    ['bad-truncated.pdf', '%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nendobj\n'],
    ['bad-not-a-zip.docx', 'this is plain text saved with a .docx extension\n'],
    ['bad-deep-nesting.md', `${'> '.repeat(5000)}deeply quoted text\n`],
    ['bad-too-long.txt', `${'The cohort was followed for five years. '.repeat(140_000)}\n`],
    ['bad-study.yaml', 'title: A study description with a wrong value\nstudy:\n  type: clinical\nsplit:\n  test: twenty\n'],
  ];
  for (const [name, body] of bad) writeFileSync(join(dir, name), body);
  return bad.map(([n]) => n);
}

/** Copy the corpora's documents (and some PDFs of the unlabelled pool) into one folder of submissions. */
function buildFolder(corpusRoot: string, dir: string): { good: number; bad: string[] } {
  let good = 0;
  const take = (src: string, limit = Infinity) => {
    if (!existsSync(src)) return;
    for (const f of readdirSync(src).sort().slice(0, limit)) {
      const p = join(src, f);
      if (!statSync(p).isFile() || f.startsWith('.')) continue;
      const name = `${basename(src === join(corpusRoot, 'ml-health-pool/docs') ? 'pool' : src.split('/').at(-2)!)}-${f}`;
      copyFileSync(p, join(dir, name));
      good++;
    }
  };
  for (const c of ['consort-tm', 'ai-imaging', 'unlabeled-clinical']) take(join(corpusRoot, c, 'docs'));
  take(join(corpusRoot, 'ml-health-pool/docs'), 12);
  return { good, bad: writeBadFiles(dir) };
}

function runCheck(cli: string, dir: string, jobs: string): Run {
  const args = [cli, 'check', dir, '-f', 'ndjson', '-c', 'current', '--fail-on', 'never', ...(jobs === 'auto' ? [] : ['--jobs', jobs])];
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, CI: '1' } });
  const wallMs = performance.now() - t0;
  const reported = r.stdout.split('\n').filter((l) => l.startsWith('{')).length;
  const errorLines = r.stderr.split('\n').filter((l) => l.startsWith('reportlint: '));
  return { jobs, wallMs, reported, errorLines, status: r.status };
}

export function batchBenchmark(root: string, corpusRoot: string): void {
  const dir = mkdtempSync(join(tmpdir(), 'reportlint-screen-'));
  const folder = join(dir, 'submissions');
  mkdirSync(folder);
  try {
    const { good, bad } = buildFolder(corpusRoot, folder);
    const total = good + bad.length;
    const formats = new Map<string, number>();
    for (const f of readdirSync(folder)) formats.set(extname(f) || '(none)', (formats.get(extname(f) || '(none)') ?? 0) + 1);
    console.log(`\nscreening a folder of ${total} submissions (${good} manuscripts, ${bad.length} broken or poisonous; ${[...formats].map(([e, n]) => `${n} ${e}`).join(', ')})`);
    const cli = join(root, 'bin/reportlint.js');
    const runs: Run[] = [];
    // interleaved, twice: the machine's load changes from minute to minute
    for (let round = 0; round < 2; round++) for (const jobs of ['0', '1', '2', 'auto']) runs.push(runCheck(cli, folder, jobs));
    for (const jobs of ['0', '1', '2', 'auto']) {
      const rs = runs.filter((r) => r.jobs === jobs);
      const best = Math.min(...rs.map((r) => r.wallMs));
      const r = rs[0]!;
      const named = bad.filter((b) => r.errorLines.some((l) => l.includes(b))).length;
      console.log(
        `  --jobs ${jobs.padEnd(4)} best of 2: ${(best / 1000).toFixed(1)} s, ${((total * 1000) / best).toFixed(1)} files/s; ` +
          `reported ${r.reported}/${good}, error lines ${r.errorLines.length} naming ${named}/${bad.length} bad files, exit ${r.status}`,
      );
    }
    // break-even: in-process cost per file t, and the warm-up W that one worker adds
    const best = (j: string) => Math.min(...runs.filter((r) => r.jobs === j).map((r) => r.wallMs));
    const t = best('0') / total;
    const w = Math.max(0, best('1') - best('0'));
    const gain2 = best('0') - best('2');
    console.log(`  per file in this process ${t.toFixed(1)} ms; one worker adds ${(w / 1000).toFixed(2)} s; two workers ${gain2 >= 0 ? 'save' : 'cost'} ${(Math.abs(gain2) / 1000).toFixed(2)} s here`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
