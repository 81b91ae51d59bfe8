/**
 * Audit step 2, run: check every collected file. Batches run on a pool of worker threads sized to the cores
 * (each worker checks one file at a time under the time and memory limits and returns only its record, so memory
 * stays flat and one poisonous file costs only its own line); source runs (tests) stay in-process.
 *
 * The worker is this module itself (`new Worker(import.meta.url)`), so it works both from the tsc output and from
 * the esbuild bundle, where this code lands in a chunk whose name is not known in advance: the module must keep
 * its worker branch at the top level.
 */
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { limits, LimitError, setLimits, type Limits } from '../limits.js';
import { auditFile, errorText } from './record.js';
import type { AuditRecord } from './types.js';

interface WorkerRequest {
  i: number;
  path: string;
}
export type FileOutcome = { i: number; record: AuditRecord } | { i: number; error: string };

if (!isMainThread && (workerData as { reportlintAudit?: boolean } | null)?.reportlintAudit && parentPort) {
  const port = parentPort;
  const data = workerData as { spec: string; limits: Limits };
  setLimits(data.limits);
  port.on('message', (m: WorkerRequest) => {
    auditFile(m.path, data.spec).then(
      (record) => port.postMessage({ i: m.i, record } satisfies FileOutcome),
      (e: unknown) => port.postMessage({ i: m.i, error: errorText(e) } satisfies FileOutcome),
    );
  });
}

/**
 * The pool: each worker checks one file at a time under the memory limit (V8 heap of the worker) and the time
 * limit (a timer in this thread). A worker that runs out of memory, crashes or overruns is terminated, its file
 * is reported as failed, and a fresh worker takes over the rest of the batch.
 */
async function runPool(files: string[], spec: string, jobs: number, onDone: (r: FileOutcome) => void): Promise<void> {
  const url = new URL(import.meta.url);
  const lim = limits();
  let next = 0;
  let finished = 0;
  const live = new Set<Worker>();
  await new Promise<void>((resolve) => {
    const done = (r: FileOutcome) => {
      onDone(r);
      finished++;
      if (finished === files.length) resolve();
    };
    const start = () => {
      if (next >= files.length) return;
      const w = new Worker(url, {
        workerData: { reportlintAudit: true, spec, limits: lim },
        resourceLimits: { maxOldGenerationSizeMb: lim.memoryMb, maxYoungGenerationSizeMb: Math.min(64, Math.max(16, lim.memoryMb >> 4)) },
      });
      live.add(w);
      let current: number | undefined;
      let timer: NodeJS.Timeout | undefined;
      let failed = false;
      const fail = (why: string) => {
        if (failed) return;
        failed = true;
        if (timer) clearTimeout(timer);
        live.delete(w);
        void w.terminate();
        if (current !== undefined) {
          const i = current;
          current = undefined;
          done({ i, error: why });
        }
        start(); // a fresh worker for the rest
      };
      const feed = () => {
        if (next >= files.length) {
          live.delete(w);
          void w.terminate();
          return;
        }
        current = next++;
        const path = files[current]!;
        // a little slack over the document's own budget, for the worker's message round trip
        timer = setTimeout(() => fail(new LimitError(path, 'timeMs', 'took too long').problem), lim.timeMs + 1000);
        w.postMessage({ i: current, path } satisfies WorkerRequest);
      };
      w.on('message', (r: FileOutcome) => {
        if (timer) clearTimeout(timer);
        if (r.i !== current) return;
        current = undefined;
        done(r);
        feed();
      });
      w.on('error', (e: Error & { code?: string }) => {
        const path = current !== undefined ? files[current]! : '';
        fail(e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? outOfMemory(path, lim.memoryMb) : `crashed (${e.message.split('\n')[0]})`);
      });
      w.on('exit', () => {
        if (current !== undefined) fail(outOfMemory(files[current]!, lim.memoryMb));
      });
      feed();
    };
    for (let k = 0; k < Math.min(jobs, files.length); k++) start();
  }).finally(() => {
    for (const w of live) void w.terminate();
  });
}

function outOfMemory(path: string, mb: number): string {
  return new LimitError(path, 'memoryMb', `ran out of memory (more than ${mb} MB)`).problem;
}

/**
 * Check every file, calling `onDone` once per file (in completion order) with its record or its error. Uses the
 * worker pool (isolation: time and memory limits per document) whenever there is more than one file and compiled
 * code to load in the workers; source runs (tests of the library) stay in-process.
 */
export async function runFiles(files: string[], spec: string, jobsOption: number | undefined, onDone: (r: FileOutcome) => void): Promise<void> {
  const cores = Math.max(1, availableParallelism());
  const jobs = Math.max(1, Math.min(jobsOption ?? cores, 16));
  const compiled = fileURLToPath(import.meta.url).endsWith('.js');
  if (compiled && files.length >= 2) {
    await runPool(files, spec, jobs, onDone);
    return;
  }
  for (let i = 0; i < files.length; i++) {
    try {
      onDone({ i, record: await auditFile(files[i]!, spec) });
    } catch (e) {
      onDone({ i, error: errorText(e) });
    }
  }
}
