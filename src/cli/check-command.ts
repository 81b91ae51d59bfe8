import { checkFile } from '../api.js';
import { ChecklistError } from '../checklists/load.js';
import type { FileResult } from '../engine/types.js';
import { wrapResult } from '../engine/check.js';
import { isInputFormat } from '../readers/formats.js';
import { BINARY_OUTPUT_FORMATS, REPORTERS } from '../reporters/index.js';
import { checkOutputPath, writeFileAtomic } from '../util/fs.js';
import { EXIT, reportError } from './exit.js';
import { escapeControlsDeep } from '../util/terminal.js';

export type FailOn = 'missing' | 'partial' | 'never';

export interface RunCheckOptions {
  checklist?: string;
  format: string;
  failOn: FailOn;
  quiet?: boolean;
  color: boolean;
  verbose?: boolean;
  explain?: boolean;
  inputFormat?: string;
  study?: string;
  output?: string;
}

export function failsAt(files: FileResult[], failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  return files.some((f) =>
    f.checklists.some((c) => c.items.some((i) => i.status === 'missing' || (failOn === 'partial' && i.status === 'partial'))),
  );
}

/** Every file the command reads, which -o must never replace. */
function inputsOf(paths: string[], o: RunCheckOptions): string[] {
  return [...paths, ...(o.study ? [o.study] : []), ...(o.checklist ?? '').split(',').map((s) => s.trim()).filter(Boolean)];
}

export async function runCheck(paths: string[], o: RunCheckOptions): Promise<number> {
  if (o.output) {
    try {
      checkOutputPath(o.output, inputsOf(paths, o));
    } catch (e) {
      reportError(e);
      return EXIT.error;
    }
  }
  const files: FileResult[] = [];
  let inputError = false;
  for (const p of paths) {
    try {
      files.push(
        await checkFile(p, {
          checklists: o.checklist ?? 'auto',
          ...(o.inputFormat && isInputFormat(o.inputFormat) ? { format: o.inputFormat } : {}),
          ...(o.study ? { study: o.study } : {}),
        }),
      );
    } catch (e) {
      // a study description gives every problem on its own line, with its place
      reportError(e);
      inputError = true;
      // a broken checklist applies to every file: stop at once
      if (e instanceof ChecklistError) return EXIT.error;
    }
  }
  if (BINARY_OUTPUT_FORMATS.has(o.format) && !o.output && process.stdout.isTTY) {
    process.stderr.write(`reportlint: --format ${o.format} writes a binary file: use --output <file> or redirect stdout\n`);
    return EXIT.error;
  }
  if (files.length) {
    const reporter = REPORTERS[o.format] ?? REPORTERS.stylish!;
    // JSON and SARIF escape control characters themselves; every other format shows them as visible escapes
    const whole = wrapResult(files);
    const text = reporter(o.format === 'json' || o.format === 'sarif' ? whole : escapeControlsDeep(whole), {
      color: o.output ? false : o.color,
      ...(o.quiet ? { quiet: true } : {}),
      ...(o.verbose ? { verbose: true } : {}),
      ...(o.explain ? { explain: true } : {}),
    });
    if (o.output) writeFileAtomic(o.output, text, inputsOf(paths, o));
    else process.stdout.write(text);
  }
  if (inputError) return EXIT.error;
  return failsAt(files, o.failOn) ? EXIT.findings : EXIT.ok;
}
