import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { INPUT_FORMAT_IDS, INPUT_FORMATS, MANUSCRIPT_FORMAT_IDS, STUDY_FORMAT } from '../readers/formats.js';
import { InputError } from '../readers/types.js';
import { outputFormatHelp } from '../reporters/index.js';
import type { FailOn } from './check-command.js';
import { EXIT, reportError } from './exit.js';
import { toolVersion } from '../version.js';
import { DEFAULT_LIMITS, formatLimit, LIMIT_NAMES, parseLimitSettings, setLimits } from '../limits.js';


interface CheckCliOptions {
  checklist?: string;
  format: string;
  failOn: FailOn;
  quiet?: boolean;
  color?: boolean;
  verbose?: boolean;
  explain?: boolean;
  inputFormat?: string;
  study?: string;
  output?: string;
  stdinFilename?: string;
  ignorePattern?: string[];
  ignore?: boolean;
  maxWarnings?: number;
  shard?: { index: number; count: number };
  jobs?: number;
  printConfig?: boolean;
}

/** commander parser for `--shard i/n` (1 ≤ i ≤ n) */
function shardArg(v: string): { index: number; count: number } {
  const m = /^(\d+)\/(\d+)$/.exec(v);
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || index < 1 || index > count) throw new InvalidArgumentError('expected i/n with 1 ≤ i ≤ n, e.g. 2/8');
  return { index, count };
}

/** commander parser for a non-negative integer option */
function intArg(v: string): number {
  if (!/^\d+$/.test(v)) throw new InvalidArgumentError('expected a whole number');
  return Number(v);
}

const collect = (v: string, prev: string[] = []) => [...prev, v];
const LIMIT_HELP = `raise or lower a limit, repeatable: ${Object.entries(LIMIT_NAMES)
  .map(([n, x]) => `${n} (${formatLimit(x.key, DEFAULT_LIMITS[x.key])})`)
  .join(', ')}; e.g. --limit text-bytes=16MB --limit time=120s`;

/** Limits from the configuration file (`limits:`), then from `--limit name=value` flags. */
function applyLimits(o: { limit?: string[]; limits?: Record<string, string | number> }): void {
  if (o.limits) setLimits(parseLimitSettings(o.limits));
  if (o.limit?.length) setLimits(parseLimitSettings(o.limit));
}

export function useColor(flag: boolean | undefined): boolean {
  if (flag !== undefined) return flag;
  if (process.env.NO_COLOR) return false;
  // FORCE_COLOR=0 (or false) turns colours off even on a terminal, as in chalk and Node
  const force = process.env.FORCE_COLOR;
  if (force === '0' || force === 'false') return false;
  if (force !== undefined && force !== '') return true;
  return Boolean(process.stdout.isTTY);
}

/** Options from a configuration file fill in what the command line did not set explicitly. */
async function withConfig<T extends object>(o: T & { config?: string | false }, cmd: Command): Promise<T> {
  if (o.config === false) return o;
  const { findConfig, loadConfig } = await import('./config.js');
  const file = typeof o.config === 'string' ? o.config : findConfig(process.cwd());
  if (!file) return o;
  if (typeof o.config === 'string') {
    const { existsSync } = await import('node:fs');
    if (!existsSync(file)) throw new InputError(file, 'no such configuration file');
  }
  const conf = await loadConfig(file);
  const out = { ...o } as Record<string, unknown>;
  const fromCli = (k: string) => cmd.getOptionValueSource(k) === 'cli';
  for (const [k, v] of Object.entries(conf)) {
    if (v !== undefined && !fromCli(k)) out[k] = v;
  }
  // a flag on the command line wins over the configuration's overrides too
  if (conf.overrides) {
    out.overrides = conf.overrides.map((x) => Object.fromEntries(Object.entries(x).filter(([k]) => !fromCli(k))));
  }
  return out as T;
}

export async function run(argv: string[]): Promise<number> {
  let code: number = EXIT.ok;
  const program = new Command();
  program
    .name('reportlint')
    .description('Check manuscripts and study descriptions against reporting guidelines (CLAIM, TRIPOD+AI, STARD), item by item, with evidence.')
    .version(toolVersion(), '-V, --version')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) })
    .showHelpAfterError('(run reportlint --help for usage)');

  program
    .command('check')
    .description(`check manuscripts (${INPUT_FORMATS.filter((f) => f.kind === 'manuscript').map((f) => f.label).join(', ')}) or ${STUDY_FORMAT.label}`)
    .argument('<paths...>', 'files, folders (searched recursively), globs (quoted: "papers/**/*.tex"), or - for standard input')
    .option('-c, --checklist <ids>', 'auto (default: chosen from the study type; none when no bundled checklist fits it), all (every bundled checklist), current (the current version of each), or comma-separated bundled ids (see `reportlint checklists`: claim-2024, stard-ai-2025, consort-2025, …) and/or checklist files (.yaml/.json)', 'auto')
    .option('-f, --format <format>', `output format: ${outputFormatHelp()}; or a formatter module (./my-formatter.js, or a package) exporting a function of the JSON result`, 'stylish')
    .addOption(new Option('--fail-on <level>', 'exit 1 when an item is at or above this level').choices(['missing', 'partial', 'never']).default('missing'))
    .option('-q, --quiet', 'report errors (missing items) only')
    .option('--max-warnings <n>', 'exit 1 when there are more than n warnings', intArg)
    .option('-v, --verbose', 'also list reported, not-applicable and waived items with their evidence')
    .option('--explain', 'show why each item was judged as it was (rule, confidence, evidence)')
    .option('--color', 'force colours')
    .option('--no-color', 'no colours')
    .addOption(new Option('--input-format <format>', 'override format detection').choices(INPUT_FORMAT_IDS))
    .option('--study <file>', 'a study description (YAML/JSON) that fills what the manuscript lacks; disagreements are reported')
    .option('-o, --output <file>', 'write the report to a file (atomically) instead of stdout')
    .option('--stdin-filename <name>', 'the name standard input (-) goes by in reports; its extension chooses the reader')
    .option('--ignore-pattern <pattern>', 'do not check files matching this gitignore-style pattern (repeatable), besides .reportlintignore', (v: string, prev: string[] = []) => [...prev, v])
    .option('--no-ignore', 'check every file: neither .reportlintignore nor --ignore-pattern')
    .option('--no-daemon', 'check in this process, not in the warm background daemon that checks outside CI use (also REPORTLINT_DAEMON=0; README, "Repeated checks: the daemon")')
    .option('--shard <i/n>', 'check only the i-th of n shares of the files (every n-th file of the ordered list), to split a batch across jobs', shardArg)
    .option('-j, --jobs <n>', 'worker threads, each file under hard time and memory limits; 0: none (default: workers only with cores to spare and a batch that repays their start-up)', intArg)
    .option('--print-config', 'print the options in effect (configuration file merged with the flags) as JSON and exit; with one file, those for that file (overrides applied)')
    .option('--config <file>', 'configuration file (default: .reportlintrc[.json|.yaml] or package.json "reportlint", searched upwards)')
    .option('--no-config', 'ignore configuration files')
    .option('--limit <name=value>', LIMIT_HELP, collect)
    .action(async (files: string[], o: CheckCliOptions & { config?: string | false; limit?: string[]; daemon?: boolean }, cmd: Command) => {
      // --no-daemon is the launcher's (bin/daemon-client.js): here the check already runs in this process
      delete o.daemon;
      const { runCheck } = await import('./check-command.js');
      const merged = await withConfig(o, cmd);
      applyLimits(merged);
      if (merged.printConfig) {
        const { printConfig: _, config: file, ...rest } = merged as typeof merged & { config?: string | false };
        // for one file, as ESLint's --print-config <file>: the options in effect for it, overrides applied
        const target = files.length === 1 ? (files[0] === '-' ? rest.stdinFilename : files[0]) : undefined;
        const one = target ? (await import('./overrides.js')).optionsFor(rest, target) : rest;
        process.stdout.write(`${JSON.stringify({ ...one, config: file === false ? null : (file ?? (await import('./config.js')).findConfig(process.cwd()) ?? null) }, null, 2)}\n`);
        return;
      }
      code = await runCheck(files, { ...merged, color: useColor(merged.color) });
    });

  program
    .command('checklists')
    .description('list the bundled checklists, or print one: reportlint checklists show claim-2024')
    .argument('[action]', '"show"')
    .argument('[id]', 'checklist id or file')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (action: string | undefined, id: string | undefined, o: { format: string }) => {
      const { runChecklists } = await import('./checklists-command.js');
      code = runChecklists(action, id, o.format);
    });

  program
    .command('eval')
    .description('measure the detectors against labelled corpus folders (labels.csv: document,concept,reported,value,evidence), pooled')
    .argument('<corpus-dirs...>')
    .option('--errors', 'list every false positive, false negative and wrong value, and ("cite:") every true positive whose first cited sentence is not the labelled quote; evidence agreement (the share of true positives citing the labelled quote first, or at all) is a lower bound, as a paper can state a thing twice')
    .option('--concept <keys>', 'only these concepts (comma-separated)')
    .option('--folds <k>', 'split the documents into k folds (by a hash of their path) and report each fold', intArg)
    .option('--fold <i>', 'only the documents of fold i (0-based; needs --folds)', intArg)
    .option('--not-fold <i>', 'every document except those of fold i (needs --folds)', intArg)
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json', 'md']).default('text'))
    .action(async (dirs: string[], o: { errors?: boolean; concept?: string; format: string; folds?: number; fold?: number; notFold?: number }, cmd: Command) => {
      if ((o.fold !== undefined || o.notFold !== undefined) && !o.folds) cmd.error('error: --fold and --not-fold need --folds <k>');
      const [{ evaluateCorpora }, { formatEval, formatEvalMarkdown }] = await Promise.all([import('../eval/run.js'), import('../eval/format.js')]);
      const r = await evaluateCorpora(dirs, {
        ...(o.concept ? { concepts: new Set(o.concept.split(',')) } : {}),
        ...(o.folds ? { folds: o.folds } : {}),
        ...(o.fold !== undefined ? { fold: o.fold } : {}),
        ...(o.notFold !== undefined ? { notFold: o.notFold } : {}),
      });
      const text = o.format === 'json' ? JSON.stringify(r, null, 2) : o.format === 'md' ? formatEvalMarkdown(r) : formatEval(r, { errors: Boolean(o.errors) });
      process.stdout.write(text + '\n');
      // a run where every document failed measured nothing
      if (r.docs === 0 && r.failed.length) code = 2;
    });

  program
    .command('init')
    .description('write a commented study-description template (default study.yaml); never overwrites without --force')
    .argument('[file]', 'file to create', 'study.yaml')
    .option('-c, --checklist <ids>', 'put the fields these checklists ask about first (comma-separated ids or checklist files)')
    .option('--force', 'overwrite an existing file')
    .action(async (file: string, o: { checklist?: string; force?: boolean }) => {
      const { runInit } = await import('./init-command.js');
      code = runInit(file, o);
    });

  program
    .command('extract')
    .description('draft a study description from a manuscript; every extracted field names its evidence line')
    .argument('<file>', 'manuscript')
    .option('-o, --output <file>', 'write the description to a file (atomically) instead of stdout')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['yaml', 'json']).default('yaml'))
    .addOption(new Option('--input-format <format>', 'override format detection').choices(MANUSCRIPT_FORMAT_IDS))
    .option('--limit <name=value>', LIMIT_HELP, collect)
    .action(async (file: string, o: { output?: string; format: 'yaml' | 'json'; inputFormat?: string; limit?: string[] }) => {
      applyLimits(o);
      const { runExtract } = await import('./extract-command.js');
      code = await runExtract(file, o);
    });

  program
    .command('audit')
    .description('corpus figures over many manuscripts or study descriptions: share reporting each concept and checklist item, splits, external validation, code, by modality and year')
    .argument('<paths...>', 'files or folders (searched recursively)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['md', 'csv', 'json']).default('md'))
    .option('-c, --checklist <ids>', 'checklists whose items are counted: current (default: the current version of each guideline), all (every bundled one), or ids and files', 'current')
    .option('-o, --output <file>', 'write the report to a file (atomically) instead of stdout')
    .option('-j, --jobs <n>', 'worker threads, each file under hard time and memory limits; 0: none (default: workers only with cores to spare and a batch that repays their start-up)')
    .option('--limit <name=value>', `${LIMIT_HELP}; in an audit, a document over a limit is its own error line`, collect)
    .action(async (paths: string[], o: { format: 'md' | 'csv' | 'json'; checklist: string; output?: string; jobs?: string; limit?: string[] }) => {
      applyLimits(o);
      const { runAudit } = await import('./audit-command.js');
      code = await runAudit(paths, o);
    });

  program
    .command('review')
    .description('review a manuscript\'s checklist items interactively: accept or override each verdict, add notes, correct the evidence and the "reported on" place, see the manuscript around the evidence, open it in $EDITOR; the review is saved beside the file')
    .argument('<file>', 'manuscript')
    .option('-c, --checklist <ids>', 'auto (default), all, or comma-separated checklist ids or files', 'auto')
    .option('--state <file>', 'review state file (default: <file>.review.json)')
    .addOption(
      new Option('--export <format>', 'print the completed checklist with the reviewer\'s decisions, corrected evidence and places instead of starting the review (md, csv: the check formats checklist and checklist-csv; docx: checklist-docx, with --output or a redirect)').choices(['md', 'csv', 'docx']),
    )
    .option('-o, --output <file>', 'with --export: write the checklist to a file (atomically) instead of stdout')
    .option('--limit <name=value>', LIMIT_HELP, collect)
    .action(async (file: string, o: { checklist?: string; state?: string; export?: 'md' | 'csv' | 'docx'; output?: string; limit?: string[] }) => {
      applyLimits(o);
      const { runReview } = await import('./review-command.js');
      code = await runReview(file, o);
    });

  program
    .command('web')
    .description('serve the authors\' web page on 127.0.0.1 (a free port, printed): drop a manuscript, see every item with its evidence, download the completed checklist; checking happens in the browser, nothing is uploaded')
    .option('-p, --port <number>', 'port to listen on (default: a free one)')
    .action(async (o: { port?: string }) => {
      const { runWeb } = await import('./web-command.js');
      code = await runWeb(o);
    });

  program
    .command('daemon')
    .description('the warm reportlint that checks run in, for fast repeated checks: outside CI the first check starts it (REPORTLINT_DAEMON=0 or check --no-daemon: not used; on CI only once started by hand); it ends after 15 idle minutes')
    .argument('<action>', 'start | stop | status | restart')
    .option('--idle <minutes>', 'with start or restart: end after this many minutes without a check (default 15; 0: only when stopped)', intArg)
    .addOption(new Option('--socket <path>').hideHelp())
    .addOption(new Option('--warm').hideHelp())
    .action(async (action: string, o: { idle?: number; socket?: string; warm?: boolean }) => {
      const { runDaemon } = await import('./daemon-command.js');
      code = await runDaemon(action, o, run);
    });

  program
    .command('schema')
    .description('print a JSON Schema: "study" (study descriptions), "checklist" (checklist files) or "config" (configuration files)')
    .argument('<which>', 'study | checklist | config')
    .action(async (which: string) => {
      const { runSchema } = await import('./schema-command.js');
      code = await runSchema(which);
    });

  try {
    await program.parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return EXIT.ok;
      return EXIT.error;
    }
    reportError(e);
    return EXIT.error;
  }
  return code;
}
