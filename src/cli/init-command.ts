import { existsSync, linkSync, unlinkSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { loadChecklistFile } from '../checklists/load.js';
import type { Checklist } from '../checklists/types.js';
import { studyTemplate } from '../study/template.js';
import { writeFileAtomic } from '../util/fs.js';
import { EXIT, reportError } from './exit.js';

export interface RunInitOptions {
  /** comma-separated checklist ids (claim-2024, tripod-ai, ...) or checklist files */
  checklist?: string;
  force?: boolean;
}

/** Write `data` to a new file atomically; false when the file already exists (nothing written). */
export function writeNewFileAtomic(path: string, data: string): boolean {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.new`);
  writeFileAtomic(tmp, data);
  try {
    // link() fails with EEXIST instead of replacing: no window in which another file could be overwritten
    linkSync(tmp, path);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  } finally {
    try {
      unlinkSync(tmp);
    } catch {
      /* already gone */
    }
  }
}

/** `reportlint init [file] [--checklist ids] [--force]`: a commented template description. */
export function runInit(file: string | undefined, o: RunInitOptions = {}): number {
  const target = file ?? 'study.yaml';
  const ids: string[] = [];
  const custom: Checklist[] = [];
  try {
    for (const raw of (o.checklist ?? '').split(',').map((s) => s.trim()).filter(Boolean)) {
      if (/\.(ya?ml|json)$/i.test(raw) || existsSync(raw)) {
        const cl = loadChecklistFile(raw);
        custom.push(cl);
        ids.push(cl.id);
      } else ids.push(raw);
    }
    const text = studyTemplate(ids, { checklists: custom });
    if (o.force) writeFileAtomic(target, text, custom.length ? (o.checklist ?? '').split(',').map((s) => s.trim()) : []);
    else if (!writeNewFileAtomic(target, text)) {
      process.stderr.write(`reportlint: ${target} already exists; use --force to overwrite it\n`);
      return EXIT.error;
    }
  } catch (e) {
    reportError(e);
    return EXIT.error;
  }
  process.stderr.write(`reportlint: wrote ${target}; fill it in and run: reportlint check ${target}\n`);
  return EXIT.ok;
}
