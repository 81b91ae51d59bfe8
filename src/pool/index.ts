/**
 * Running one job per file for the batch commands (`check` over many files, `audit`, `eval`'s readers): either in
 * this process, one file after another, or on a pool of worker threads where each file runs under hard limits.
 *
 * - **In this process** every file still runs on its own (its error is its own outcome) under the cooperative
 *   time budget (src/limits.ts `withDeadline`) and the input limits, which bound memory; nothing can stop a
 *   single runaway step.
 * - **On the pool** each worker checks one file at a time with a V8 heap limit (`memory`) and a timer in this
 *   thread (`time`); a worker that runs out of memory, crashes or overruns is terminated, its file becomes a
 *   limit error, and a fresh worker takes the rest of the batch. A worker gets its first file only once it has
 *   loaded and warmed up (`warmUp`), so a file's time limit never pays for a worker's start; a worker that dies
 *   or hangs before that takes the next file with it, so a batch always ends.
 *
 * `chooseJobs` decides between them: workers cost a warm-up each (module loading and first-use compilation,
 * measured in docs/performance.md) and a check in one process already uses more than one core, so by default
 * they are used only when there are cores to spare and the batch is large enough to repay them; `--jobs n` asks
 * for n workers, `--jobs 0` for this process only.
 *
 * The worker is this module itself (`new Worker(import.meta.url)`), so that it works from the tsc output and from
 * a bundle whose chunk names are not known in advance: the worker branch must stay at the top level of this module.
 */
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import { LimitError, limits, setLimits, type Limits } from '../limits.js';

/** The kinds of job a worker can run; each is a module loaded on first use in the worker (see JOBS). */
export type JobKind = 'check' | 'audit';

/** A failure as the caller will report it: plain data, so that it crosses the thread boundary. */
export interface JobFailure {
  /** the lines to show (each naming the file), as `reportError` prints them */
  lines: string[];
  /** the problem without the file name (audit tables print the path themselves) */
  problem: string;
  /** true when the error concerns the whole run (a broken checklist): the batch stops */
  fatal?: boolean;
}

export type JobOutcome<R> = { i: number; value: R } | { i: number; failure: JobFailure };

/** A job module: runs one file and turns its own errors into failures (it knows its error types). */
export interface JobModule {
  run(path: string, payload: unknown): Promise<unknown>;
  failure(path: string, e: unknown): JobFailure;
}

const JOBS: Record<JobKind, () => Promise<JobModule>> = {
  check: () => import('./check-job.js'),
  audit: () => import('../audit/record.js').then((m) => m.auditJob),
};

interface WorkerRequest {
  i: number;
  path: string;
  /** the job's options for this file (plain data) */
  payload: unknown;
}
/** a worker's first message: loaded and warmed up, ready for files */
interface WorkerReady {
  ready: true;
}
interface WorkerInit {
  reportlintPool: true;
  kind: JobKind;
  limits: Limits;
}

async function runOne<R>(job: JobModule, i: number, path: string, payload: unknown): Promise<JobOutcome<R>> {
  try {
    return { i, value: (await job.run(path, payload)) as R };
  } catch (e) {
    return { i, failure: job.failure(path, e) };
  }
}

// node:worker_threads is not in Node's start-up snapshot: a check in this process (the usual case) does not load
// it. A pool worker is told apart by an argument of its own (the Worker's `argv`) before the module is required.
const WORKER_ARG = '--reportlint-pool-worker';
const requireLazy = createRequire(import.meta.url);
const workerThreads = (): typeof import('node:worker_threads') => requireLazy('node:worker_threads') as typeof import('node:worker_threads');

const { isMainThread, parentPort, workerData } = process.argv.includes(WORKER_ARG) ? workerThreads() : { isMainThread: true, parentPort: null, workerData: null };
if (!isMainThread && (workerData as Partial<WorkerInit> | null)?.reportlintPool && parentPort) {
  const port = parentPort;
  const init = workerData as WorkerInit;
  setLimits(init.limits);
  const job = JOBS[init.kind]();
  port.on('message', (m: WorkerRequest) => {
    void job.then((j) => runOne(j, m.i, m.path, m.payload)).then((r) => port.postMessage(r));
  });
  // warm up before the first file, so that a file's time limit does not pay for the worker's start (see runPool)
  void job.then(warmUp).then(() => port.postMessage({ ready: true } satisfies WorkerReady));
}

/**
 * Check a small made-up manuscript once (~18 KB: two reported examples per concept), with no time limit: it loads
 * the code a check uses and compiles the common patterns, which a fresh worker would otherwise do inside its first
 * file's time budget (on a loaded machine that alone can exceed a short `--limit time=`). It costs about one cold
 * check and halves the first file's time (docs/performance.md). Any error here is left for the first file to meet.
 */
async function warmUp(): Promise<void> {
  const lim = limits();
  setLimits({ timeMs: Number.MAX_SAFE_INTEGER });
  try {
    const [{ check }, { warmUpMarkdown }] = await Promise.all([import('../api.js'), import('../concepts/warm-up.js')]);
    await check({ text: warmUpMarkdown({ perConcept: 2 }), path: 'warm-up.md', format: 'markdown' });
  } catch {
    /* the first real file meets the same problem and reports it */
  } finally {
    setLimits({ timeMs: lim.timeMs });
  }
}

/** A limit error from the pool (time, memory) or a crash, as a failure naming the file. */
function hardFailure(e: LimitError | { file: string; problem: string }): JobFailure {
  return { lines: [`${e.file}: ${e.problem}`], problem: e.problem };
}

function runPool<R>(kind: JobKind, files: readonly string[], payloadOf: (i: number) => unknown, jobs: number, onDone: (r: JobOutcome<R>) => boolean | void): Promise<void> {
  const url = new URL(import.meta.url);
  const lim = limits();
  let next = 0;
  let finished = 0;
  let stopped = false;
  const live = new Set<Worker>();
  return new Promise<void>((resolve) => {
    const done = (r: JobOutcome<R>) => {
      if (stopped) return;
      finished++;
      // a fatal failure (a broken checklist) stops the batch: the other files would fail the same way
      if (onDone(r) === false || finished === files.length) {
        stopped = true;
        resolve();
      }
    };
    const start = () => {
      if (stopped || next >= files.length) return;
      const w = new (workerThreads().Worker)(url, {
        argv: [WORKER_ARG],
        workerData: { reportlintPool: true, kind, limits: lim } satisfies WorkerInit,
        resourceLimits: { maxOldGenerationSizeMb: lim.memoryMb, maxYoungGenerationSizeMb: Math.min(64, Math.max(16, lim.memoryMb >> 4)) },
      });
      live.add(w);
      let current: number | undefined;
      let timer: NodeJS.Timeout | undefined;
      let failed = false;
      const fail = (failure: JobFailure) => {
        if (failed) return;
        failed = true;
        if (timer) clearTimeout(timer);
        live.delete(w);
        void w.terminate();
        if (current !== undefined) {
          const i = current;
          current = undefined;
          done({ i, failure });
        }
        start(); // a fresh worker for the rest
      };
      const feed = () => {
        if (stopped || next >= files.length) {
          live.delete(w);
          void w.terminate();
          return;
        }
        current = next++;
        const path = files[current]!;
        // a little slack over the document's own (cooperative) budget, for the message round trip
        timer = setTimeout(() => fail(hardFailure(new LimitError(path, 'timeMs', 'took too long'))), lim.timeMs + 1000);
        w.postMessage({ i: current, path, payload: payloadOf(current) } satisfies WorkerRequest);
      };
      // a worker is fed once it has loaded and warmed up (its first message); one that dies or hangs before that
      // takes the next file with it, so that a batch always ends
      let ready = false;
      const claim = () => {
        if (!ready && current === undefined && !stopped && next < files.length) current = next++;
      };
      const boot = setTimeout(() => {
        claim();
        if (current !== undefined) fail(hardFailure({ file: files[current]!, problem: 'its worker did not start' }));
      }, lim.timeMs + BOOT_MS);
      w.on('message', (r: JobOutcome<R> | WorkerReady) => {
        if ('ready' in r) {
          ready = true;
          clearTimeout(boot);
          feed();
          return;
        }
        if (timer) clearTimeout(timer);
        if (r.i !== current) return;
        current = undefined;
        done(r);
        feed();
      });
      w.on('error', (e: Error & { code?: string }) => {
        clearTimeout(boot);
        claim();
        const path = current !== undefined ? files[current]! : '';
        fail(e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? outOfMemory(path, lim.memoryMb) : hardFailure({ file: path, problem: `crashed (${e.message.split('\n')[0]})` }));
      });
      w.on('exit', () => {
        clearTimeout(boot);
        if (!ready && !failed) {
          claim();
          if (current !== undefined) fail(hardFailure({ file: files[current]!, problem: 'its worker stopped while starting' }));
        } else if (current !== undefined) fail(outOfMemory(files[current]!, lim.memoryMb));
      });
    };
    for (let k = 0; k < Math.min(jobs, files.length); k++) start();
  }).finally(() => {
    for (const w of live) void w.terminate();
  });
}

/** How long a worker may take to load and warm up beyond a file's time limit before it counts as not starting. */
const BOOT_MS = 60_000;

function outOfMemory(path: string, mb: number): JobFailure {
  return hardFailure(new LimitError(path, 'memoryMb', `ran out of memory (more than ${mb} MB)`));
}

/**
 * Fewest files per worker for a worker to pay: its warm-up (loading the modules, compiling patterns on first
 * use, the JIT) costs about as much as checking this many typical manuscripts in a warm process (measured in
 * docs/performance.md, "Batches").
 */
export const FILES_PER_WORKER_BREAK_EVEN = 60;

/**
 * Cores a check in this process already keeps busy: besides the main thread, V8's garbage collector and
 * compiler threads (a batch in one process used 1.4–1.5 cores' CPU time on this project's 2-core machine, so two
 * workers there only added their warm-up: docs/performance.md).
 */
const CORES_IN_USE = 2;

/**
 * How many workers to use: `requested` when given (0 = this process only); otherwise one per core to spare
 * beyond CORES_IN_USE, and no more than the files repay (FILES_PER_WORKER_BREAK_EVEN each) — so none on a 2-core
 * machine, for small batches, or when running from TypeScript sources (tests of the library: a worker needs
 * compiled code).
 */
export function chooseJobs(files: number, requested: number | undefined, cores = Math.max(1, availableParallelism())): number {
  const compiled = fileURLToPath(import.meta.url).endsWith('.js');
  if (!compiled) return 0;
  if (requested !== undefined) return Math.max(0, Math.min(requested, 16, files));
  return Math.max(0, Math.min(cores - CORES_IN_USE, Math.floor(files / FILES_PER_WORKER_BREAK_EVEN), 16));
}

/**
 * Run `kind` on every file with its options (`payloadOf(i)`, plain data), calling `onDone` once per file, in
 * completion order, with its value or its failure; `onDone` returning false stops the batch (files not yet
 * started are not run). `jobs` as from chooseJobs.
 */
export async function runJobs<R>(kind: JobKind, files: readonly string[], payloadOf: (i: number) => unknown, jobs: number, onDone: (r: JobOutcome<R>) => boolean | void): Promise<void> {
  if (!files.length) return;
  if (jobs > 0) return runPool(kind, files, payloadOf, jobs, onDone);
  const job = await JOBS[kind]();
  for (let i = 0; i < files.length; i++) {
    if (onDone(await runOne<R>(job, i, files[i]!, payloadOf(i))) === false) return;
  }
}
