/**
 * Corpus audit (`reportlint audit <files or folders>`), as a pipeline: collect the files (collect.ts), check each
 * one into a small record (record.ts, in this process or on the worker pool of src/pool), add the records up into the corpus figures
 * (aggregate.ts) and format them (format.ts: Markdown, CSV, JSON).
 */
import { chooseChecklists } from '../engine/choose.js';
import { summarise } from './aggregate.js';
import { collectFiles } from './collect.js';
import { chooseJobs, runJobs } from '../pool/index.js';
import type { AuditOptions, AuditRecord, AuditReport } from './types.js';

export type { AuditOptions, AuditReport } from './types.js';
export { auditToCsv, auditToJson, auditToMarkdown } from './format.js';

/** Audit files and folders; resolves to the corpus figures. Unreadable files are counted, not fatal. */
export async function audit(paths: string[], opts: AuditOptions = {}): Promise<AuditReport> {
  const t0 = performance.now();
  const spec = opts.checklists ?? 'current';
  // resolve once up front so that a bad checklist fails before any work
  const checklistList = spec === 'auto' ? chooseChecklists('current', null) : chooseChecklists(spec, null);
  const { files, failed } = collectFiles(paths);
  opts.beforeRun?.(files);
  const results: Array<AuditRecord | undefined> = new Array(files.length);
  const errors: Array<string | undefined> = new Array(files.length);
  let done = 0;
  let nFailed = 0;
  await runJobs<AuditRecord>('audit', files, () => ({ spec }), chooseJobs(files.length, opts.jobs), (r) => {
    if ('value' in r) results[r.i] = r.value;
    else {
      errors[r.i] = r.failure.problem;
      nFailed++;
    }
    done++;
    opts.onProgress?.(done, files.length, nFailed);
  });
  const records = results.filter((r): r is AuditRecord => Boolean(r));
  files.forEach((f, i) => errors[i] !== undefined && failed.push({ path: f, error: errors[i]! }));
  const report = summarise(records, checklistList, { inputs: paths, files: files.length, failed, durationMs: performance.now() - t0 });
  if (opts.keepRecords) report.records = records;
  return report;
}
