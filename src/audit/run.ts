/**
 * Audit step 2, run: check every collected file. Large batches run on a pool of worker threads sized to the cores
 * (each worker checks one file at a time and returns only its record, so memory stays flat); small batches and
 * source runs (tests) stay in-process.
 *
 * The worker is this module itself (`new Worker(import.meta.url)`), so it works both from the tsc output and from
 * the esbuild bundle, where this code lands in a chunk whose name is not known in advance: the module must keep
 * its worker branch at the top level.
 */
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { auditFile, errorText } from './record.js';
import type { AuditRecord } from './types.js';

interface WorkerRequest {
  i: number;
  path: string;
}
export type FileOutcome = { i: number; record: AuditRecord } | { i: number; error: string };

if (!isMainThread && (workerData as { reportlintAudit?: boolean } | null)?.reportlintAudit && parentPort) {
  const port = parentPort;
  const spec = (workerData as { spec: string }).spec;
  port.on('message', (m: WorkerRequest) => {
    auditFile(m.path, spec).then(
      (record) => port.postMessage({ i: m.i, record } satisfies FileOutcome),
      (e: unknown) => port.postMessage({ i: m.i, error: errorText(e) } satisfies FileOutcome),
    );
  });
}

async function runPool(files: string[], spec: string, jobs: number, onDone: (r: FileOutcome) => void): Promise<void> {
  const url = new URL(import.meta.url);
  let next = 0;
  const workers: Worker[] = [];
  await new Promise<void>((resolve, reject) => {
    let active = 0;
    let finished = 0;
    const feed = (w: Worker) => {
      if (next >= files.length) {
        void w.terminate();
        return;
      }
      const i = next++;
      w.postMessage({ i, path: files[i]! } satisfies WorkerRequest);
    };
    for (let k = 0; k < Math.min(jobs, files.length); k++) {
      const w = new Worker(url, { workerData: { reportlintAudit: true, spec } });
      workers.push(w);
      active++;
      w.on('message', (r: FileOutcome) => {
        onDone(r);
        finished++;
        if (finished === files.length) resolve();
        else feed(w);
      });
      w.on('error', (e) => reject(e));
      w.on('exit', () => {
        active--;
        if (active === 0 && finished < files.length) reject(new Error('audit workers stopped early'));
      });
      feed(w);
    }
  }).finally(() => {
    for (const w of workers) void w.terminate();
  });
}

/**
 * Check every file, calling `onDone` once per file (in completion order) with its record or its error. Uses the
 * worker pool when there are enough files, more than one job and compiled code to load in the workers.
 */
export async function runFiles(files: string[], spec: string, jobsOption: number | undefined, onDone: (r: FileOutcome) => void): Promise<void> {
  const cores = Math.max(1, availableParallelism());
  const jobs = Math.max(1, Math.min(jobsOption ?? cores, 16));
  const compiled = fileURLToPath(import.meta.url).endsWith('.js');
  if (jobs > 1 && compiled && files.length >= 8) {
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
