import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { CheckResult, FileResult } from '../src/engine/types.js';

const root = join(import.meta.dirname, '..');
const bin = join(root, 'bin/reportlint.js');
const tmp = mkdtempSync(join(tmpdir(), 'reportlint-study-cli-'));
const exampleYaml = join(root, 'examples/spine-mri-study.yaml');
const exampleMd = join(root, 'examples/spine-mri-study.md');
const corpus = join(root, 'test/fixtures/study-corpus');

function cli(args: string[], opts: { cwd?: string } = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: opts.cwd ?? root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function checkJson(args: string[]): FileResult {
  const r = cli(['check', '-f', 'json', '--fail-on', 'never', ...args]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return (JSON.parse(r.stdout) as CheckResult).files[0]!;
}

/** 1-based line of the first line of `text` that starts with `prefix` (after indentation), searching from `after`. */
function lineOf(text: string, prefix: string, after = 0): number {
  const lines = text.split('\n');
  for (let i = after; i < lines.length; i++) if (lines[i]!.trimStart().startsWith(prefix)) return i + 1;
  throw new Error(`no line starting with ${prefix}`);
}

const HEADLINE = ['data_source', 'data_partitioning', 'external_validation', 'code_availability', 'data_availability'];

describe('reportlint check study.yaml', () => {
  const yamlText = readFileSync(exampleYaml, 'utf8');
  const r = checkJson(['examples/spine-mri-study.yaml']);

  it('gives the same result structure as a manuscript, with a study type from the fields', () => {
    expect(r.format).toBe('study');
    expect(r.studyType?.type).toBe('ai_imaging');
    expect(r.studyType?.checklists).toEqual(['claim-2024']);
    const modality = r.studyType!.evidence.find((e) => e.section === 'imaging.modalities')!;
    expect(modality.line).toBe(lineOf(yamlText, 'modalities:'));
    expect(r.checklists.map((c) => c.id)).toEqual(['claim-2024']);
    const claim = r.checklists[0]!;
    expect(claim.summary.missing).toBe(0);
    expect(claim.summary.total).toBe(44);
  });

  it('points evidence at the YAML path and line', () => {
    const split = r.concepts.find((c) => c.id === 'data_partitioning')!;
    expect(split.status).toBe('reported');
    expect(split.value).toBe('with_numbers');
    const train = split.evidence.find((e) => e.section === 'split.train')!;
    expect(train.line).toBe(lineOf(yamlText, 'train: 840'));
    expect(train.file).toBe('examples/spine-mri-study.yaml');
    const ext = r.concepts.find((c) => c.id === 'external_validation')!;
    expect(ext.value).toBe('performed');
    // "not done" declarations are reported, flagged as not done, with the line of the field
    const reg = r.checklists[0]!.items.find((i) => i.concepts.includes('registration'))!;
    expect(reg.status).toBe('reported');
    expect(reg.notDone).toBe(true);
    expect(reg.place?.line).toBe(lineOf(yamlText, 'registered: false'));
  });

  it('concepts the schema cannot express need review; expressible but empty ones are missing', () => {
    const t = checkJson(['examples/spine-mri-study.yaml', '--checklist', 'tripod-ai-2024']);
    const ppi = t.checklists[0]!.items.find((i) => i.concepts.includes('ppi'))!;
    expect(ppi.status).toBe('needs-review');
    expect(t.concepts.some((c) => c.id === 'ppi')).toBe(false);
    const minimal = checkJson(['test/fixtures/study/minimal.yaml', '--checklist', 'claim-2024']);
    expect(minimal.concepts.find((c) => c.id === 'external_validation')?.status).toBe('missing');
    const ext = minimal.checklists[0]!.items.find((i) => i.concepts.length === 1 && i.concepts[0] === 'external_validation')!;
    expect(ext.status).toBe('missing');
  });

  it('--input-format study reads any file as a description', () => {
    const copy = join(tmp, 'study.txt');
    copyFileSync(exampleYaml, copy);
    const c = checkJson([copy, '--input-format', 'study']);
    expect(c.format).toBe('study');
  });
});

describe('invalid study descriptions', () => {
  it('lists every problem with its path and line, one per line, and exits 2', () => {
    const r = cli(['check', 'test/fixtures/study/many-errors.yaml']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n');
    expect(lines.length).toBe(7);
    for (const l of lines) expect(l).toMatch(/^reportlint: test\/fixtures\/study\/many-errors\.yaml:\d+:\d+: data/);
    expect(lines).toContain('reportlint: test/fixtures/study/many-errors.yaml:5:11: data.data.origin expected one of single_center | multi_center | public_dataset | registry_or_cohort | synthetic | mixed | unclear, received "two hospitals"');
    expect(lines.some((l) => /:2:1: data\.study\.type is required \(one of basic \| clinical \| epidemiological\)$/.test(l))).toBe(true);
    expect(lines.some((l) => /data has unknown key "extra"/.test(l))).toBe(true);
  });

  it('reports a YAML syntax error with line and column', () => {
    const r = cli(['check', 'test/fixtures/study/syntax-error.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^reportlint: test\/fixtures\/study\/syntax-error\.yaml:\d+:\d+: YAML syntax error: /);
  });

  it('a wrong type names the path and the expected type', () => {
    const f = join(tmp, 'wrong.yaml');
    writeFileSync(f, 'title: T\nstudy:\n  type: clinical\ndata:\n  split:\n    test: 3\nsplit:\n  test: "twenty"\n');
    const r = cli(['check', f]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${f}:8:9: data.split.test expected number, received string`);
    expect(r.stderr).toContain(`${f}:5:3: data.data has unknown key "split"`);
  });
});

describe('reportlint init', () => {
  it('creates a template, refuses to overwrite, and overwrites with --force', () => {
    const dir = mkdtempSync(join(tmp, 'init-'));
    const a = cli(['init', '--checklist', 'claim-2024'], { cwd: dir });
    expect(a.code).toBe(0);
    const file = join(dir, 'study.yaml');
    expect(existsSync(file)).toBe(true);
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/^## reportlint study description/);
    expect(text).toContain('CLAIM');
    // the template is a valid description (placeholders count as not filled in)
    expect(cli(['check', file, '-f', 'json', '--fail-on', 'never']).code).toBe(0);

    writeFileSync(file, 'mine\n');
    const b = cli(['init'], { cwd: dir });
    expect(b.code).toBe(2);
    expect(b.stderr.trim().split('\n')).toEqual(['reportlint: study.yaml already exists; use --force to overwrite it']);
    expect(readFileSync(file, 'utf8')).toBe('mine\n');

    const c = cli(['init', '--force'], { cwd: dir });
    expect(c.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toMatch(/^## reportlint study description/);

    const d = cli(['init', 'other.yml'], { cwd: dir });
    expect(d.code).toBe(0);
    expect(existsSync(join(dir, 'other.yml'))).toBe(true);
  });
});

describe('reportlint schema', () => {
  it('prints the study JSON Schema and the checklist schema', () => {
    const s = cli(['schema', 'study']);
    expect(s.code).toBe(0);
    const schema = JSON.parse(s.stdout) as { $schema: string; required: string[] };
    expect(schema.$schema).toContain('2020-12');
    expect(schema.required).toContain('title');
    const c = cli(['schema', 'checklist']);
    expect(c.code).toBe(0);
    expect(JSON.parse(c.stdout)).toEqual(JSON.parse(readFileSync(join(root, 'checklists/schema.json'), 'utf8')));
    expect(cli(['schema', 'nope']).code).toBe(2);
  });
});

describe('reportlint extract: round trip', () => {
  const out = join(tmp, 'extracted.yaml');
  const r = cli(['extract', 'examples/spine-mri-study.md', '-o', out]);
  const text = readFileSync(out, 'utf8');
  const mdLines = readFileSync(exampleMd, 'utf8').split('\n');

  it('writes a description that validates against the JSON Schema', () => {
    expect(r.code).toBe(0);
    const schema = JSON.parse(cli(['schema', 'study']).stdout) as object;
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const validate = ajv.compile(schema);
    const data = parseYaml(text) as unknown;
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    const json = cli(['extract', 'examples/spine-mri-study.md', '--format', 'json']);
    expect(json.code).toBe(0);
    expect(validate(JSON.parse(json.stdout))).toBe(true);
  });

  it('marks extracted fields with the line they came from', () => {
    const comments = [...text.matchAll(/# from line (\d+): "([^"]*)/g)];
    expect(comments.length).toBeGreaterThan(20);
    for (const [, line, quote] of comments.slice(0, 40)) {
      // the quoted text starts on that line of the manuscript (quotes are clipped with …)
      const start = quote!.replace(/…$/, '').replace(/\\"/g, '"').slice(0, 12);
      const around = mdLines.slice(Number(line) - 1, Number(line) + 1).join(' ');
      expect(around.replace(/\*\*/g, ''), `line ${line}`).toContain(start.replace(/\*\*/g, ''));
    }
    const split = parseYaml(text) as { split?: { train?: number; proportions?: { test?: number } } };
    expect(split.split?.train).toBe(840);
    expect(split.split?.proportions?.test).toBe(20);
    expect(text).toMatch(/^ {2}train: 840 # from line \d+: /m);
  });

  it('check on the draft agrees with check on the manuscript for every concept it fills', () => {
    const fromDraft = checkJson([out]);
    const fromMs = checkJson(['examples/spine-mri-study.md']);
    const filled = fromDraft.concepts.filter((c) => c.status !== 'missing');
    expect(filled.length).toBeGreaterThan(25);
    for (const c of filled) {
      const m = fromMs.concepts.find((x) => x.id === c.id);
      expect(m?.status, c.id).toBe(c.status);
      if (HEADLINE.includes(c.id)) expect(m?.value, c.id).toBe(c.value);
    }
    for (const id of ['data_partitioning', 'external_validation', 'code_availability', 'data_availability', 'software', 'performance_metrics']) {
      expect(filled.some((c) => c.id === id), id).toBe(true);
    }
  });

  it('refuses a study description as input', () => {
    expect(cli(['extract', 'examples/spine-mri-study.yaml']).code).toBe(2);
  });
});

describe('reportlint check paper.md --study study.yaml', () => {
  it('combines the example manuscript and its description without disagreements', () => {
    const r = checkJson(['examples/spine-mri-study.md', '--study', 'examples/spine-mri-study.yaml']);
    expect(r.disagreements).toEqual([]);
    expect(r.format).toBe('markdown');
  });

  it('the description fills what the text lacks and disagreements are reported', () => {
    const md = join(tmp, 'short.md');
    writeFileSync(
      md,
      [
        '# Deep learning grading of lumbar stenosis on MRI',
        '',
        '## Methods',
        '',
        'The purpose of this study was to develop a convolutional neural network that grades lumbar stenosis on MRI.',
        'Patients were randomly split at the patient level: 800 patients for training, 100 patients for validation and 300 patients for testing.',
        '',
      ].join('\n'),
    );
    const desc = join(tmp, 'short.yaml');
    writeFileSync(
      desc,
      [
        'title: Deep learning grading of lumbar stenosis on MRI',
        'study:',
        '  type: clinical',
        'split:',
        '  train: 840',
        '  validation: 120',
        '  test: 240',
        '  unit: patients',
        'external_validation:',
        '  performed: true',
        '  sites: [Eastvale General Hospital]',
        'code:',
        '  availability: public',
        '  urls: [https://github.com/example-spine-lab/lss-grading]',
        '',
      ].join('\n'),
    );
    const alone = checkJson([md, '--checklist', 'claim-2024']);
    expect(alone.concepts.find((c) => c.id === 'code_availability')?.status).toBe('missing');
    const r = checkJson([md, '--study', desc, '--checklist', 'claim-2024']);
    const code = r.concepts.find((c) => c.id === 'code_availability')!;
    expect(code.status).toBe('reported');
    expect(code.evidence[0]?.file).toBe(desc);
    expect(code.evidence[0]?.line).toBe(13); // code.availability
    // the manuscript's own finding stands where it reports the concept
    expect(r.concepts.find((c) => c.id === 'objectives')?.evidence[0]?.line).toBe(5);

    const ds = r.disagreements!;
    const ext = ds.find((d) => d.concept === 'external_validation')!;
    expect(ext).toMatchObject({ manuscript: null, description: 'performed', field: 'external_validation.performed' });
    expect(ext.evidence.at(-1)).toMatchObject({ file: desc, line: 10 });
    const train = ds.find((d) => d.field === 'split.train')!;
    expect(train).toMatchObject({ concept: 'data_partitioning', manuscript: 'train 800 patients', description: 'train 840 patients' });
    expect(train.evidence[0]!.line).toBe(6);
    expect(ds.find((d) => d.field === 'split.test')?.manuscript).toBe('test 300 patients');

    const stylish = cli(['check', md, '--study', desc, '--checklist', 'claim-2024', '--fail-on', 'never']);
    expect(stylish.stdout).toMatch(/study description: \d+ disagreements with the manuscript/);
    expect(stylish.stdout).toContain(`${desc}:10:3  warning`);
    expect(stylish.stdout).toMatch(/10:3\s+warning\s+The study description says external validation was performed; the manuscript does not mention it\.\s+disagreement\/external_validation/);
  });

  it('a data availability value that differs is a disagreement', () => {
    const desc = join(tmp, 'public-data.yaml');
    writeFileSync(desc, readFileSync(exampleYaml, 'utf8').replace('  availability: on_request\n', '  availability: public\n  urls: [https://zenodo.org/records/1]\n'));
    const r = checkJson(['examples/spine-mri-study.md', '--study', desc]);
    const d = r.disagreements!.find((x) => x.concept === 'data_availability')!;
    expect(d).toMatchObject({ manuscript: 'on_request', description: 'public', field: 'data.availability' });
  });
});

describe('reportlint audit', () => {
  // hand count over test/fixtures/study-corpus: a-mri.md (MRI 2021, split 70/15/15, external validation, code
  // public), b-ct.md (CT 2022, no split, no external validation, no code statement), c-radiograph.yaml
  // (radiograph 2022, 800/200 images → 80/0/20, external validation not performed, code on request),
  // d-mri.json (MRI 2021, 60/20/20, external validation, code public), e-broken.yaml (invalid → not read);
  // README.md and labels.csv are skipped.
  const r = cli(['audit', 'test/fixtures/study-corpus', '--format', 'json']);
  const report = JSON.parse(r.stdout) as import('../src/audit/index.js').AuditReport;

  it('counts documents, and lists unreadable ones without failing', () => {
    expect(r.code).toBe(0);
    expect(report.files).toBe(5);
    expect(report.checked).toBe(4);
    expect(report.manuscripts).toBe(2);
    expect(report.descriptions).toBe(2);
    expect(report.failed.map((f) => f.path)).toEqual(['test/fixtures/study-corpus/descriptions/e-broken.yaml']);
    expect(r.stderr).toContain('e-broken.yaml');
  });

  it('gives the shares a reviewer reports', () => {
    expect(report.externalValidation).toEqual({ performed: 2, notPerformed: 2, notStated: 0 });
    expect(report.code).toMatchObject({ public: 2, onRequest: 1, notAvailable: 0, notStated: 1 });
    expect(report.split.n).toBe(3);
    expect(report.split.train).toBe(70); // (70 + 80 + 60) / 3
    expect(report.split.validation).toBe(11.7); // (15 + 0 + 20) / 3
    expect(report.split.test).toBe(18.3); // (15 + 20 + 20) / 3
    const code = report.concepts.find((c) => c.key === 'code_availability')!;
    expect(code).toMatchObject({ n: 4, reported: 3, missing: 1, share: 0.75 });
    expect(report.concepts.find((c) => c.key === 'external_validation')?.share).toBe(1);
    // a concept only the detectors know is judged in the two manuscripts only
    expect(report.concepts.find((c) => c.key === 'treatments')?.n).toBe(2);
    const claim = report.checklists.find((c) => c.id === 'claim-2024')!;
    expect(report.checklists.map((c) => c.id)).toEqual(['claim-2024', 'tripod-ai-2024', 'stard-2015']);
    const ext = claim.items.find((i) => i.label === 'External testing')!;
    expect(ext).toMatchObject({ n: 4, reported: 4, share: 1 });
  });

  it('breaks the figures down by modality and year', () => {
    const mod = Object.fromEntries(report.byModality.map((g) => [g.group, g]));
    expect(mod.mri).toMatchObject({ n: 2, externalValidation: 2, codePublic: 2 });
    expect(mod.ct).toMatchObject({ n: 1, externalValidation: 0, codePublic: 0 });
    expect(mod.radiograph).toMatchObject({ n: 1, externalValidation: 0, codePublic: 0 });
    const year = Object.fromEntries(report.byYear.map((g) => [g.group, g]));
    expect(year['2021']).toMatchObject({ n: 2, externalValidation: 2, codePublic: 2 });
    expect(year['2022']).toMatchObject({ n: 2, externalValidation: 0, codePublic: 0 });
  });

  it('writes Markdown and CSV, and exits 2 when every file fails', () => {
    const md = cli(['audit', 'test/fixtures/study-corpus']);
    expect(md.code).toBe(0);
    expect(md.stdout).toContain('| external validation performed | 2/4 | 50% |');
    expect(md.stdout).toContain('| mri | 2 | 2/2 (100%) | 2/2 (100%) | 0/2 (0%) |');
    const csv = cli(['audit', 'test/fixtures/study-corpus', '--format', 'csv']);
    expect(csv.stdout.split('\n')[0]).toBe('table,key,label,n,count,share');
    expect(csv.stdout).toContain('headline,code_public,code publicly available,4,2,0.5');
    expect(csv.stdout).toContain('split,train,mean train % (studies stating a split),3,,70');
    const out = join(tmp, 'audit.md');
    expect(cli(['audit', 'test/fixtures/study-corpus', '-o', out]).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('# Reporting audit');
    // no progress line when stderr is not a terminal
    expect(md.stderr).not.toContain('\r');
    const bad = cli(['audit', 'test/fixtures/study-corpus/descriptions/e-broken.yaml']);
    expect(bad.code).toBe(2);
  });
});
