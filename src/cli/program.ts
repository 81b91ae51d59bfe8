import { Command, CommanderError } from 'commander';
import { evaluateCorpus, formatEval } from '../eval/run.js';
import { InputError } from '../readers/types.js';

export async function run(argv: string[]): Promise<number> {
  let code = 0;
  const program = new Command();
  program.name('reportlint').exitOverride();
  program
    .command('eval')
    .description('measure the detectors against a labelled corpus folder (labels.csv)')
    .argument('<corpus-dir>')
    .option('--errors', 'list every false positive / false negative / wrong value')
    .option('--concept <keys>', 'only these concepts (comma-separated)')
    .action(async (dir: string, o: { errors?: boolean; concept?: string }) => {
      const r = await evaluateCorpus(dir, o.concept ? { concepts: new Set(o.concept.split(',')) } : {});
      process.stdout.write(formatEval(r, { errors: Boolean(o.errors) }) + '\n');
    });
  try {
    await program.parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    if (e instanceof InputError) {
      process.stderr.write(`reportlint: ${e.file}: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  return code;
}
