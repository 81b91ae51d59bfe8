import { audit, auditToCsv, auditToJson, auditToMarkdown } from '../audit/index.js';
import { checkOutputPath, writeFileAtomic } from '../util/fs.js';
import { EXIT, reportError } from './exit.js';

export interface RunAuditOptions {
  format?: 'md' | 'csv' | 'json';
  checklist?: string;
  output?: string;
  jobs?: string;
}

/** `reportlint audit <files or folders…> [--format md|csv|json] [-o file]` */
export async function runAudit(paths: string[], o: RunAuditOptions = {}): Promise<number> {
  const tty = Boolean(process.stderr.isTTY);
  let last = 0;
  const progress = (done: number, total: number, failed: number) => {
    if (!tty) return;
    const now = Date.now();
    if (done < total && now - last < 80) return;
    last = now;
    const line = `reportlint audit: ${done}/${total} files${failed ? `, ${failed} failed` : ''}`;
    process.stderr.write(`\r${line}\u001b[K`);
  };
  try {
    const jobs = o.jobs !== undefined ? Number.parseInt(o.jobs, 10) : undefined;
    if (jobs !== undefined && !(jobs >= 0 && String(jobs) === o.jobs?.trim())) {
      process.stderr.write(`reportlint: --jobs must be a whole number (0: no worker threads), got "${o.jobs}"\n`);
      return EXIT.error;
    }
    let inputs: string[] = paths;
    const output = o.output;
    const beforeRun = output
      ? (files: string[]) => {
          inputs = [...paths, ...files];
          checkOutputPath(output, inputs);
        }
      : undefined;
    const report = await audit(paths, { checklists: o.checklist ?? 'current', ...(jobs !== undefined ? { jobs } : {}), onProgress: progress, ...(beforeRun ? { beforeRun } : {}) });
    if (tty) process.stderr.write('\r\u001b[K');
    const text = o.format === 'json' ? auditToJson(report) : o.format === 'csv' ? auditToCsv(report) : auditToMarkdown(report);
    if (o.output) writeFileAtomic(o.output, text, inputs);
    else process.stdout.write(text);
    for (const f of report.failed) process.stderr.write(`reportlint: ${f.path}: ${f.error}\n`);
    if (report.files === 0 && !report.failed.length) {
      process.stderr.write('reportlint: no manuscripts or study descriptions found\n');
      return EXIT.error;
    }
    return report.checked === 0 ? EXIT.error : EXIT.ok;
  } catch (e) {
    if (tty) process.stderr.write('\r\u001b[K');
    reportError(e);
    return EXIT.error;
  }
}
