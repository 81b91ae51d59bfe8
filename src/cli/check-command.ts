/**
 * `reportlint check`: collect the inputs (files, folders, globs, `-`), check them one after another in this
 * process or, for batches large enough to repay the warm-up, on worker threads under hard time and memory limits
 * (src/pool); each file on its own (a file that cannot be checked is its own error line on stderr, in the order of
 * the inputs; the others are still reported), then write one report in the order of the inputs. Exit code by the worst result, as ESLint: 2 when some input could not be checked (or a
 * checklist or configuration is broken), else 1 when an item fails `--fail-on` or warnings pass
 * `--max-warnings`, else 0.
 */
import { checkBytes, type CheckOptions } from '../api.js';
import type { ItemVerdict } from '../checklists/types.js';
import type { CheckResult, FileResult } from '../engine/types.js';
import { wrapResult } from '../engine/check.js';
import { collectInputs, STDIN } from '../inputs/collect.js';
import { readStdin } from '../inputs/stdin.js';
import { isInputFormat } from '../readers/formats.js';
import { BINARY_OUTPUT_FORMATS, REPORTERS } from '../reporters/index.js';
import { itemMessage, type InputErrorNote } from '../reporters/stylish.js';
import { ndjsonLine } from '../reporters/ndjson.js';
import { loadFormatter, type FormatterPlugin } from '../reporters/plugin.js';
import type { RuleSettings } from '../waivers/index.js';
import { checkOutputPath, writeFileAtomic } from '../util/fs.js';
import { escapeControls, escapeControlsDeep } from '../util/terminal.js';
import { chooseJobs, runJobs, type JobFailure, type JobOutcome } from '../pool/index.js';
import { failure } from '../pool/check-job.js';
import { EXIT, reportError } from './exit.js';
import { progress } from './progress.js';
import { optionsFor, type ConfigOverride } from './overrides.js';

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
  /** the name standard input (`-`) goes by: its extension chooses the reader */
  stdinFilename?: string;
  /** gitignore-style patterns of files not to check */
  ignorePattern?: string[];
  /** false: neither .reportlintignore nor --ignore-pattern */
  ignore?: boolean;
  /** the configuration's `ignorePatterns` (relative to `basePath`) */
  ignorePatterns?: string[];
  /** the configuration's `overrides`: checklist, failOn and rules per glob (see overrides.ts) */
  overrides?: ConfigOverride[];
  /** the configuration file's folder, which `ignorePatterns` and `overrides` globs are relative to */
  basePath?: string;
  /** exit 1 when there are more warnings than this */
  maxWarnings?: number;
  /** per-item settings from the configuration */
  rules?: RuleSettings;
  /** worker threads (0: none, in this process); default: chosen by the batch's size (src/pool `chooseJobs`) */
  jobs?: number;
  /** only every n-th file of the ordered list, starting at the i-th (1-based) */
  shard?: { index: number; count: number };
}

/**
 * Does an item fail the run? Waived items never; items the configuration sets to "warn" only through
 * --max-warnings; items set to "error" whenever they have a warning or an error to report.
 */
function itemFails(i: ItemVerdict, failOn: FailOn): boolean {
  if (i.waived || i.severity === 'warning') return false;
  if (i.severity === 'error') return itemMessage(i)?.severity === 'error';
  return i.status === 'missing' || (failOn === 'partial' && i.status === 'partial');
}

/** `failOn`: one level for every file, or the level per file (the configuration's `overrides` may set it). */
export function failsAt(files: FileResult[], failOn: FailOn | ((f: FileResult) => FailOn)): boolean {
  const level = typeof failOn === 'function' ? failOn : () => failOn;
  return files.some((f) => {
    const l = level(f);
    return l !== 'never' && f.checklists.some((c) => c.items.some((i) => itemFails(i, l)));
  });
}

/** The library's options for one file: the command's, with the configuration's matching `overrides` applied. */
export function checkOptionsFor(o: RunCheckOptions, path: string): CheckOptions & { failOn: FailOn } {
  const f = optionsFor(o, path === STDIN ? (o.stdinFilename ?? path) : path);
  return {
    checklists: f.checklist ?? 'auto',
    ...(f.inputFormat && isInputFormat(f.inputFormat) ? { format: f.inputFormat } : {}),
    ...(f.study ? { study: f.study } : {}),
    ...(f.rules ? { rules: f.rules } : {}),
    failOn: f.failOn,
  };
}

/** Warnings as the reporters count them (items and manuscript/description disagreements), for --max-warnings. */
export function countWarnings(files: FileResult[]): number {
  let n = 0;
  for (const f of files) {
    for (const c of f.checklists) for (const i of c.items) if (itemMessage(i)?.severity === 'warning') n++;
    n += f.disagreements?.length ?? 0;
  }
  return n;
}

/** An input that could not be checked: its lines on stderr, each naming the file. */
function printFailure(f: JobFailure): void {
  for (const line of f.lines) process.stderr.write(`reportlint: ${escapeControls(line)}\n`);
}

async function checkStdin(o: RunCheckOptions, opts: CheckOptions): Promise<FileResult> {
  return checkBytes(o.stdinFilename ?? '<stdin>', await readStdin(o.stdinFilename ?? '<stdin>'), opts);
}

/** The terminal's width for stylish rows; on a pipe, COLUMNS when set, else no wrapping (one line per row). */
function terminalWidth(): { width?: number } {
  const w = process.stdout.isTTY ? process.stdout.columns : Number(process.env.COLUMNS);
  return w && w >= 40 ? { width: w } : {};
}

function pluginReporter(plugin: FormatterPlugin, color: boolean) {
  return async (r: CheckResult) => {
    const out = await plugin(r, { cwd: process.cwd(), color });
    return typeof out === 'string' ? out : String(out ?? '');
  };
}

/** Every file the command reads, which -o must never replace. */
function inputsOf(paths: string[], o: RunCheckOptions): string[] {
  const checklists = [o.checklist, ...(o.overrides ?? []).map((x) => x.checklist)].join(',');
  return [...paths, ...(o.study ? [o.study] : []), ...checklists.split(',').map((s) => s.trim()).filter(Boolean)];
}

export async function runCheck(paths: string[], o: RunCheckOptions): Promise<number> {
  if (BINARY_OUTPUT_FORMATS.has(o.format) && !o.output && process.stdout.isTTY) {
    process.stderr.write(`reportlint: --format ${o.format} writes a binary file: use --output <file> or redirect stdout\n`);
    return EXIT.error;
  }
  // a formatter plugin is loaded before any work, so that a wrong path fails at once
  const plugin = REPORTERS[o.format] ? undefined : await loadFormatter(o.format);
  const stream = o.format === 'ndjson' && !o.output;
  const useIgnore = o.ignore !== false;
  // the configuration's patterns are relative to its folder, --ignore-pattern to the working directory
  const configIgnore = useIgnore && o.ignorePatterns?.length ? { base: o.basePath ?? process.cwd(), patterns: o.ignorePatterns } : undefined;
  const collected = collectInputs(paths, { ignorePatterns: useIgnore ? (o.ignorePattern ?? []) : [], ignoreFile: useIgnore, ...(configIgnore ? { configIgnore } : {}) });
  for (const line of collected.errors) process.stderr.write(`reportlint: ${line}\n`);
  for (const p of collected.ignored) process.stderr.write(`reportlint: ${p}: ignored by .reportlintignore or --ignore-pattern (--no-ignore checks it)\n`);
  let inputError = collected.errors.length > 0;
  if (o.shard) {
    const { index, count } = o.shard;
    collected.files = collected.files.filter((_, k) => k % count === index - 1);
    // an empty share of a small batch is not an error: the other shards have the files
    if (!collected.files.length && !inputError) return EXIT.ok;
  }
  if (!collected.files.length) {
    if (!inputError) process.stderr.write('reportlint: no files to check\n');
    return EXIT.error;
  }
  // every file the command reads, folders expanded: -o must never replace one of them
  const readPaths = inputsOf([...paths.filter((p) => p !== STDIN), ...collected.files.filter((p) => p !== STDIN)], o);
  if (o.output) {
    try {
      checkOutputPath(o.output, readPaths);
    } catch (e) {
      reportError(e);
      return EXIT.error;
    }
  }
  // options per file: the configuration's overrides may change checklists, rules and --fail-on by path
  const optsOf = collected.files.map((p) => checkOptionsFor(o, p));
  const withoutFailOn = (k: number): CheckOptions => {
    const { failOn: _, ...opts } = optsOf[k]!;
    return opts;
  };
  const results: Array<FileResult | undefined> = [];
  const failures: Array<JobFailure | undefined> = [];
  const failOnOf = new Map<FileResult, FailOn>();
  const bar = progress(collected.files.length);
  let done = 0;
  const settle = (k: number, p: string, r: JobOutcome<FileResult>): boolean => {
    bar.tick(++done, p);
    if ('value' in r) {
      results[k] = r.value;
      failOnOf.set(r.value, optsOf[k]!.failOn);
      if (stream) process.stdout.write(ndjsonLine(wrapResult([]), r.value));
      return true;
    }
    failures[k] = r.failure;
    inputError = true;
    if (stream && !r.failure.fatal) printFailure(r.failure);
    // a broken checklist applies to every file: stop at once
    return !r.failure.fatal;
  };
  // standard input is read here and checked in this process; files go to the pool when the batch repays it
  const stdinAt = collected.files.indexOf(STDIN);
  if (stdinAt >= 0) {
    try {
      settle(stdinAt, STDIN, { i: stdinAt, value: await checkStdin(o, withoutFailOn(stdinAt)) });
    } catch (e) {
      settle(stdinAt, STDIN, { i: stdinAt, failure: failure(o.stdinFilename ?? '<stdin>', e) });
    }
  }
  const paths2 = collected.files.filter((p) => p !== STDIN);
  const index = collected.files.map((p, k) => (p === STDIN ? -1 : k)).filter((k) => k >= 0);
  if (!failures.some((f) => f?.fatal)) {
    await runJobs<FileResult>('check', paths2, (i) => withoutFailOn(index[i]!), chooseJobs(paths2.length, o.jobs), (r) => settle(index[r.i]!, paths2[r.i]!, { ...r, i: index[r.i]! }));
  }
  bar.end();
  const fatal = failures.find((f) => f?.fatal);
  if (fatal) {
    printFailure(fatal);
    return EXIT.error;
  }
  // errors in the order of the inputs, whichever worker finished first (already shown when streaming)
  if (!stream) for (const f of failures) if (f) printFailure(f);
  const files = results.filter((r): r is FileResult => r !== undefined);
  // SARIF and JUnit also record the inputs that could not be checked, and are written even when none could be
  const inputErrors: InputErrorNote[] = [
    ...collected.errors.map((line) => ({ message: escapeControls(line) })),
    ...failures.flatMap((f, k) => (f ? [{ path: collected.files[k] === STDIN ? (o.stdinFilename ?? '<stdin>') : collected.files[k]!, message: escapeControls(f.lines.join(' ')) }] : [])),
  ];
  const recordsErrors = !plugin && (o.format === 'sarif' || o.format === 'junit');
  if ((files.length || (recordsErrors && inputErrors.length)) && !stream) {
    const reporter = plugin ? pluginReporter(plugin, o.color) : REPORTERS[o.format]!;
    // JSON and SARIF escape control characters themselves and plugins get the result as it is; every other format
    // shows them as visible escapes
    const whole = wrapResult(files);
    const raw = plugin !== undefined || o.format === 'json' || o.format === 'sarif';
    const text = await reporter(raw ? whole : escapeControlsDeep(whole), {
      color: o.output ? false : o.color,
      ...(o.output ? {} : terminalWidth()),
      ...(o.quiet ? { quiet: true } : {}),
      ...(o.verbose ? { verbose: true } : {}),
      ...(o.explain ? { explain: true } : {}),
      ...(recordsErrors && inputErrors.length ? { inputErrors } : {}),
    });
    if (o.output) writeFileAtomic(o.output, text, readPaths);
    else process.stdout.write(text);
  }
  if (inputError) return EXIT.error;
  if (failsAt(files, (f) => failOnOf.get(f) ?? o.failOn)) return EXIT.findings;
  if (o.maxWarnings !== undefined) {
    const n = countWarnings(files);
    if (n > o.maxWarnings) {
      process.stderr.write(`reportlint: ${n} warning${n === 1 ? '' : 's'}, more than --max-warnings ${o.maxWarnings}\n`);
      return EXIT.findings;
    }
  }
  return EXIT.ok;
}
