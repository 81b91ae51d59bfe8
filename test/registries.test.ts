import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ReportlintError } from '../src/errors.js';
import { formatByExtension, INPUT_FORMAT_IDS, isStudyPath, MANUSCRIPT_EXTENSION_FORMATS, MANUSCRIPT_EXTENSIONS, STUDY_EXTENSIONS } from '../src/readers/formats.js';
import { detectFormat, InputError } from '../src/readers/index.js';
import { FORMATS, REPORTERS } from '../src/reporters/index.js';
import { makeManuscriptPdf } from './fixtures/readers/make.js';

const enc = (s: string) => new TextEncoder().encode(s);

describe('input format table', () => {
  it('names every format once, in the --input-format order', () => {
    expect(INPUT_FORMAT_IDS).toEqual(['markdown', 'text', 'jats', 'latex', 'rmarkdown', 'html', 'docx', 'pdf', 'study']);
    expect([...STUDY_EXTENSIONS]).toEqual(['.yaml', '.yml', '.json']);
    expect(MANUSCRIPT_EXTENSIONS.has('.nxml') && MANUSCRIPT_EXTENSIONS.has('.qmd') && !MANUSCRIPT_EXTENSIONS.has('.yaml')).toBe(true);
    expect(formatByExtension('paper.Rnw')?.id).toBe('latex');
    expect(MANUSCRIPT_EXTENSION_FORMATS.get('.qmd')).toBe('rmarkdown');
    expect(isStudyPath('Study.YML')).toBe(true);
  });

  it('sniffs content first, extension second, and knows study descriptions by extension', () => {
    expect(detectFormat('a.yaml', enc('data:\n  source: x\n'))).toBe('study');
    expect(detectFormat('a.json', enc('{"data": {}}'))).toBe('study');
    expect(detectFormat('a.pdf', enc('plain text, not a PDF'))).toBe('pdf');
    expect(detectFormat('paper.Rmd', enc('\\section{Intro}\n'))).toBe('rmarkdown');
    expect(detectFormat('x.mkd', enc('Plain.'))).toBe('markdown');
    expect(detectFormat('x', enc('<section><p>x</p></section>'))).toBe('html');
    expect(detectFormat('x.docx', new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]))).toBe('docx');
    expect(detectFormat('x.zip', new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]))).toBe('unknown-binary');
  });
});

describe('output format table', () => {
  it('drives REPORTERS and FORMATS', () => {
    expect(FORMATS).toEqual(Object.keys(REPORTERS));
  });
});

describe('errors', () => {
  it('share a base class whose message names the file', () => {
    const e = new InputError('paper.md', 'is empty');
    expect(e).toBeInstanceOf(ReportlintError);
    expect(String(e)).toBe('InputError: paper.md: is empty');
    expect(e.problem).toBe('is empty');
  });
});

describe('src/cli', () => {
  it('has no import cycle (static or dynamic)', () => {
    const dir = join(import.meta.dirname, '../src/cli');
    const deps = new Map<string, string[]>();
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      const text = readFileSync(join(dir, f), 'utf8');
      deps.set(f, [...text.matchAll(/(?:from|import\()\s*'\.\/([\w-]+)\.js'/g)].map((m) => `${m[1]}.ts`));
    }
    const cycle = (start: string): boolean => {
      const seen = new Set<string>();
      const stack = [...(deps.get(start) ?? [])];
      while (stack.length) {
        const f = stack.pop()!;
        if (f === start) return true;
        if (seen.has(f)) continue;
        seen.add(f);
        stack.push(...(deps.get(f) ?? []));
      }
      return false;
    };
    expect([...deps.keys()].filter(cycle)).toEqual([]);
  });

  it('check on Markdown loads neither pdf.js, mammoth, ink nor react', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'rl-loads-'));
    const log = join(tmp, 'loaded.txt');
    writeFileSync(log, '');
    const hook = `import { appendFileSync } from 'node:fs';
      export async function resolve(spec, ctx, next) {
        if (/pdfjs|mammoth|^ink$|^react/.test(spec)) appendFileSync(${JSON.stringify(log)}, spec + '\\n');
        return next(spec, ctx);
      }`;
    const script = `import { register } from 'node:module';
      register('data:text/javascript,' + encodeURIComponent(${JSON.stringify(hook)}));
      process.argv = [process.argv[0], 'reportlint', 'check', 'examples/spine-mri-study.md'];
      await import('./bin/reportlint.js');`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(r.stdout).toMatch(/spine-mri-study\.md/);
    expect(readFileSync(log, 'utf8')).toBe('');
    // the hook does see pdf.js when a PDF is checked
    const pdf = join(tmp, 'paper.pdf');
    writeFileSync(pdf, await makeManuscriptPdf());
    spawnSync(process.execPath, ['--input-type=module', '-e', script.replace('examples/spine-mri-study.md', pdf)], { encoding: 'utf8' });
    expect(readFileSync(log, 'utf8')).toMatch(/pdfjs-dist/);
  });
});

describe('section role table', () => {
  it('is read by headings, labels, JATS, HTML and LaTeX', async () => {
    const { classifyHeading } = await import('../src/manuscript/sections.js');
    const { labelRole } = await import('../src/concepts/core/lang.js');
    const roles = await import('../src/manuscript/roles.js');
    expect(classifyHeading('5. Conflicts of interest')).toEqual({ kind: 'declarations', role: 'competing_interests', explicit: true });
    expect(classifyHeading('Limitations of deep learning')).toEqual({ kind: 'discussion', role: 'limitations', explicit: true });
    expect(classifyHeading('Notes')).toEqual({ kind: 'declarations', explicit: true });
    expect(labelRole('Data availability: on request.')).toBe('data_availability');
    expect(roles.roleOfJatsType('COI-statement')).toBe('competing_interests');
    expect(roles.roleOfJatsText('Funding: none.')).toBe('funding');
    expect(roles.roleTitle('registration')).toBe('Trial registration');
    expect(roles.HTML_ROLE_TOKEN.test('article-funding-statement')).toBe(true);
    expect(roles.LATEX_ROLE_MACROS.informedconsent).toEqual(['Informed consent statement', 'ethics']);
    // every role id is unique, and every role has a title
    const ids = roles.SECTION_ROLES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
