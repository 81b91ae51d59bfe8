import { isInputFormat, isStudyPath } from '../readers/formats.js';
import { readManuscript } from '../readers/index.js';
import { draftToJson, draftToYaml, extractStudy } from '../study/extract.js';
import { checkOutputPath, writeFileAtomic } from '../util/fs.js';
import { EXIT, reportError } from './exit.js';

export interface RunExtractOptions {
  output?: string;
  format?: 'yaml' | 'json';
  inputFormat?: string;
}

/** `reportlint extract paper.md [-o out.yaml] [--format yaml|json]` */
export async function runExtract(file: string, o: RunExtractOptions = {}): Promise<number> {
  try {
    if (!o.inputFormat && isStudyPath(file)) {
      process.stderr.write(`reportlint: ${file}: is already a study description; extract reads manuscripts\n`);
      return EXIT.error;
    }
    if (o.output) checkOutputPath(o.output, [file]);
    const ms = await readManuscript(file, o.inputFormat && isInputFormat(o.inputFormat) ? { format: o.inputFormat } : {});
    const draft = extractStudy(ms);
    const text = o.format === 'json' ? draftToJson(draft) : draftToYaml(draft);
    if (o.output) {
      writeFileAtomic(o.output, text, [file]);
      process.stderr.write(`reportlint: wrote ${o.output} (${draft.concepts.length} concepts filled)\n`);
    } else process.stdout.write(text);
    return EXIT.ok;
  } catch (e) {
    reportError(e);
    return EXIT.error;
  }
}
