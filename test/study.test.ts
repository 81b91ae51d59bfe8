import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { isKnownConcept } from '../src/concepts/index.js';
import type { Finding } from '../src/concepts/types.js';
import { parseStudyDescription, StudyError } from '../src/study/parse.js';
import { looksLikeStudyDescription, STUDY_KEYS } from '../src/study/sniff.js';
import { STUDY_TOP_LEVEL_KEYS, StudyDescription, studyJsonSchema } from '../src/study/schema.js';
import { studyTemplate } from '../src/study/template.js';
import { FIELD_CONCEPTS, STUDY_CONCEPTS } from '../src/study/field-concepts.js';
import { studyToFindings } from '../src/study/to-findings.js';
import { sharedData } from './shared-data.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const fixtures = join(root, 'test', 'fixtures', 'study');
const examplePath = join(root, 'examples', 'spine-mri-study.yaml');
const exampleText = readFileSync(examplePath, 'utf8');

function fixture(name: string): { file: string; text: string } {
  const file = join(fixtures, name);
  return { file, text: readFileSync(file, 'utf8') };
}

function caught(text: string, file: string): StudyError {
  try {
    parseStudyDescription(text, file);
  } catch (e) {
    if (e instanceof StudyError) return e;
    throw e;
  }
  throw new Error('expected a StudyError');
}

/** 1-based line and column of the first occurrence of `needle` in `text`. */
function locate(text: string, needle: string, after = ''): { line: number; column: number } {
  const idx = text.indexOf(needle, after ? text.indexOf(after) : 0);
  if (idx < 0) throw new Error(`not found: ${needle}`);
  const before = text.slice(0, idx);
  const line = before.split('\n').length;
  return { line, column: idx - before.lastIndexOf('\n') };
}

function findingsOf(text: string, file = 'inline.yaml'): Map<string, Finding> {
  const { description, positions } = parseStudyDescription(text, file);
  return new Map(studyToFindings(description, positions, file).map((f) => [f.concept, f]));
}

const exampleFindings = findingsOf(exampleText, examplePath);
const notDone = findingsOf(fixture('not-done.yaml').text);
const partial = findingsOf(fixture('partial.yaml').text);

const SCORED = [
  'abstract', 'objectives', 'design_prospective_retrospective', 'data_source', 'eligibility', 'dates_setting',
  'preprocessing', 'missing_data', 'reference_standard', 'annotators', 'sample_size', 'data_partitioning',
  'partition_disjointness', 'model_description', 'software', 'training_details', 'performance_metrics',
  'statistical_uncertainty', 'external_validation', 'participant_flow', 'baseline_characteristics', 'failure_analysis',
  'explainability', 'limitations', 'registration', 'funding', 'conflicts_of_interest', 'data_availability',
  'code_availability', 'ethics',
];

describe('JSON Schema', () => {
  const schema = studyJsonSchema();

  it('validates the example with ajv (draft 2020-12)', () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    const validate = ajv.compile(schema);
    const ok = validate(parseYaml(exampleText));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('rejects unknown keys and wrong types like zod does', () => {
    const validate = new Ajv2020({ strict: false }).compile(schema);
    expect(validate({ title: 'x', study: { type: 'clinical' } })).toBe(true);
    expect(validate({ title: 'x', study: { type: 'clinical' }, foo: 1 })).toBe(false);
    expect(validate({ title: 'x', study: { type: 'clinical' }, split: { test: '120' } })).toBe(false);
    expect(validate({ study: { type: 'clinical' } })).toBe(false);
  });

  it('documents every field and closes every object', () => {
    const missing: string[] = [];
    const open: string[] = [];
    const walk = (s: Record<string, unknown>, path: string) => {
      if (path && typeof s.description !== 'string') missing.push(path);
      if (s.type === 'object' && s.additionalProperties !== false) open.push(path);
      for (const [k, v] of Object.entries((s.properties as Record<string, Record<string, unknown>>) ?? {}))
        walk(v, path ? `${path}.${k}` : k);
      if (s.items) walk(s.items as Record<string, unknown>, `${path}[]`);
    };
    walk(schema, '');
    expect(missing).toEqual([]);
    expect(open).toEqual([]);
  });

  it('requires only the minimal core (title, study.type)', () => {
    expect(schema.required).toEqual(['title', 'study']);
    const study = (schema.properties as Record<string, { required?: string[] }>).study!;
    expect(study.required).toEqual(['type']);
  });
});

describe('parseStudyDescription', () => {
  it('parses the example and maps JSON paths to lines', () => {
    const { description, positions } = parseStudyDescription(exampleText, examplePath);
    expect(description.study.type).toBe('clinical');
    expect(description.split?.test).toBe(240);
    expect(positions['split.test']).toMatchObject(locate(exampleText, 'test: 240', '\nsplit:'));
    const metric = locate(exampleText, '- name: quadratic weighted kappa');
    expect(positions['evaluation.metrics[0]']).toMatchObject({ line: metric.line, column: metric.column + 2 });
    expect(positions['evaluation.metrics[0].value']).toMatchObject({ line: metric.line + 1 });
  });

  it('is internally consistent (the numbers in the example add up)', () => {
    const d = parseStudyDescription(exampleText, examplePath).description;
    const flow = d.participants!.flow!;
    expect(flow.screened! - flow.excluded!).toBe(flow.included);
    expect(flow.exclusion_reasons!.reduce((a, r) => a + r.count!, 0)).toBe(flow.excluded);
    const s = d.split!;
    expect(s.train! + s.validation! + s.test!).toBe(flow.included);
    expect(d.sample!.subjects!.development).toBe(s.train! + s.validation!);
    expect(d.sample!.subjects!.internal_test).toBe(s.test);
    expect(d.sample!.subjects!.external_test).toBe(d.external_validation!.subjects);
    expect(d.sample!.subjects!.total).toBe(flow.included! + d.external_validation!.subjects!);
    const dev = d.data!.sources!.filter((x) => x.role !== 'external_test').reduce((a, x) => a + x.subjects!, 0);
    expect(dev).toBe(flow.included);
    expect(s.train! / flow.included!).toBeCloseTo(s.proportions!.train! / 100);
  });

  it('reads the minimal core and JSON', () => {
    const m = fixture('minimal.yaml');
    expect(parseStudyDescription(m.text, m.file).description).toEqual({ title: 'A minimal study description', study: { type: 'clinical' } });
    const j = fixture('minimal.json');
    const { description, positions } = parseStudyDescription(j.text, j.file);
    expect(description.split?.train).toBe(800);
    expect(positions['split.test']).toMatchObject(locate(j.text, '"test"'));
  });

  it('reports a wrong type with file, line, column and path', () => {
    const { file, text } = fixture('wrong-type.yaml');
    const err = caught(text, file);
    expect(err.message).toBe(`${file}:6:9: data.split.test expected number, received string`);
    expect(err.issues).toEqual([
      { file, line: 6, column: 9, path: 'split.test', code: 'invalid_type', message: 'data.split.test expected number, received string' },
    ]);
  });

  it('reports a bad enum value with the allowed values and the closest one', () => {
    const { file, text } = fixture('bad-enum.yaml');
    expect(caught(text, file).message).toBe(
      `${file}:4:20: data.study.data_collection expected one of retrospective | prospective | prospective_and_retrospective, received "retrospektive" (did you mean "retrospective"?)`,
    );
  });

  it('reports an unknown key at the key, with a suggestion', () => {
    const { file, text } = fixture('unknown-key.yaml');
    const err = caught(text, file);
    expect(err.message).toBe(`${file}:6:3: data.split has unknown key "foldz" (did you mean "folds"?)`);
    expect(err.issues[0]).toMatchObject({ path: 'split.foldz', code: 'unrecognized_keys' });
  });

  it('reports a YAML syntax error on one line', () => {
    const { file, text } = fixture('syntax-error.yaml');
    const err = caught(text, file);
    expect(err.message).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+: YAML syntax error: \\S`));
    expect(err.message).not.toContain('\n');
    expect(err.issues[0]!.code).toBe('yaml-syntax');
    const dup = caught('title: a\ntitle: b\nstudy: {type: basic}\n', 'dup.yaml');
    expect(dup.message).toBe('dup.yaml:2:1: YAML syntax error: Map keys must be unique');
  });

  it('reports all issues at once, in file order', () => {
    const { file, text } = fixture('many-errors.yaml');
    const err = caught(text, file);
    expect(err.issues.map((i) => [i.line, i.path, i.code])).toEqual([
      [1, 'title', 'too_small'],
      [2, 'study.type', 'invalid_value'],
      [5, 'data.origin', 'invalid_value'],
      [8, 'data.sources[0].type', 'invalid_value'],
      [9, 'code.availability', 'invalid_value'],
      [10, 'code.urls[0]', 'invalid_format'],
      [11, 'extra', 'unrecognized_keys'],
    ]);
    expect(err.message.split('\n')).toHaveLength(7);
    expect(err.message).toContain(`${file}:2:1: data.study.type is required (one of basic | clinical | epidemiological)`);
    expect(err.message).toContain(`${file}:11:1: data has unknown key "extra"`);
  });

  it('rejects an empty or non-mapping document', () => {
    expect(caught('', 'e.yaml').message).toBe('e.yaml:1:1: data expected object, received null');
    expect(caught('- a\n', 'e.yaml').message).toBe('e.yaml:1:1: data expected object, received array');
  });

  it('recognises study descriptions by extension and keys', () => {
    expect(looksLikeStudyDescription(exampleText, 'study.yaml')).toBe(true);
    expect(looksLikeStudyDescription(fixture('minimal.json').text, 'study.JSON')).toBe(true);
    expect(looksLikeStudyDescription(fixture('syntax-error.yaml').text, 'x.yml')).toBe(true);
    expect(looksLikeStudyDescription(exampleText, 'paper.md')).toBe(false);
    expect(looksLikeStudyDescription('checklist:\n  id: x\nitems: []\n', 'claim.yaml')).toBe(false);
    expect(looksLikeStudyDescription('{"tool": "reportlint", "version": "1", "files": []}', 'out.json')).toBe(false);
    expect(looksLikeStudyDescription('- a\n- b\n', 'list.yaml')).toBe(false);
    expect(looksLikeStudyDescription('split:\n  test: 1\nmodel:\n  families: [cnn]\n', 'partial.yaml')).toBe(true);
  });

  it('exports the schema with its top-level keys', () => {
    expect(STUDY_TOP_LEVEL_KEYS).toContain('external_validation');
    // the sniffer's key list (src/study/sniff.ts, kept free of zod for start-up) is the schema's, in order
    expect(STUDY_KEYS).toEqual(STUDY_TOP_LEVEL_KEYS);
    expect(StudyDescription.safeParse({ title: 't', study: { type: 'basic' } }).success).toBe(true);
  });
});

describe('studyToFindings: field groups → concepts', () => {
  const get = (m: Map<string, Finding>, c: string) => {
    const f = m.get(c);
    if (!f) throw new Error(`no finding for ${c}`);
    return f;
  };

  it('covers all 30 scored concepts from the example', () => {
    expect(SCORED.filter((c) => exampleFindings.get(c)?.status !== 'reported')).toEqual([]);
  });

  const crosswalkData = sharedData('reference/checklists/CROSSWALK.md', 'crosswalk key tests');
  it.skipIf(!crosswalkData.present)(crosswalkData.name('only uses crosswalk concept keys'), () => {
    const crosswalk = crosswalkData.path;
    const keys = new Set([...readFileSync(crosswalk, 'utf8').matchAll(/^\|[^|]+\| `([a-z_]+)` \|/gm)].map((m) => m[1]));
    expect(STUDY_CONCEPTS.filter((c) => !keys.has(c))).toEqual([]);
    expect([...exampleFindings.keys()].filter((c) => !keys.has(c))).toEqual([]);
  });

  it('names only concepts of the registry in the field table', () => {
    const unknown = FIELD_CONCEPTS.flatMap(([field, concepts]) => concepts.filter((c) => !isKnownConcept(c)).map((c) => `${field} → ${c}`));
    expect(unknown).toEqual([]);
  });

  it('produces every concept of the field table from the example', () => {
    expect(STUDY_CONCEPTS.filter((c) => !exampleFindings.has(c))).toEqual([]);
    expect(FIELD_CONCEPTS.length).toBeGreaterThan(50);
  });

  it('gives evidence with path text, position, section and rule', () => {
    const f = get(exampleFindings, 'data_partitioning');
    const ev = f.evidence.find((e) => e.section === 'split.test')!;
    expect(ev).toMatchObject({ text: 'split.test: 240', section: 'split.test', rule: 'study-description', ...locate(exampleText, 'test: 240', '\nsplit:') });
    expect(f.confidence).toBe(1);
  });

  it('title → title_id', () => {
    expect(get(exampleFindings, 'title_id').status).toBe('reported');
    expect(get(partial, 'title_id').status).toBe('partial');
  });

  it('abstract → abstract (unstructured is not enough)', () => {
    expect(get(exampleFindings, 'abstract').status).toBe('reported');
    expect(get(partial, 'abstract').status).toBe('missing');
  });

  it('study → objectives, design_prospective_retrospective, study_goal, background, usability_end_user', () => {
    expect(get(exampleFindings, 'objectives').status).toBe('reported');
    expect(get(exampleFindings, 'design_prospective_retrospective').value).toBe('retrospective');
    expect(get(exampleFindings, 'study_goal').value).toBe('development_and_validation');
    expect(get(exampleFindings, 'background').status).toBe('reported');
    expect(get(exampleFindings, 'usability_end_user').status).toBe('reported');
    const trial = findingsOf('title: t\nstudy: {type: clinical, design: randomised_trial}\n');
    expect(get(trial, 'design_prospective_retrospective').value).toBe('prospective');
  });

  it('application → background (partial without intended use)', () => {
    const m = findingsOf('title: t\nstudy: {type: clinical}\napplication: {purposes: [diagnosis], anatomy: [cervical]}\n');
    expect(get(m, 'background').status).toBe('partial');
  });

  it('imaging → acquisition (modality alone is partial)', () => {
    expect(get(exampleFindings, 'acquisition')).toMatchObject({ status: 'reported', value: 'mri' });
    expect(get(partial, 'acquisition').status).toBe('partial');
  });

  it('participants → eligibility, recruitment_sampling, dates_setting, participant_flow, baseline_characteristics', () => {
    for (const c of ['eligibility', 'recruitment_sampling', 'dates_setting', 'participant_flow', 'baseline_characteristics'])
      expect(get(exampleFindings, c).status).toBe('reported');
    expect(get(partial, 'participant_flow').status).toBe('partial');
    const period = findingsOf('title: t\nstudy: {type: clinical}\nparticipants: {period: {start: "2015-01", end: "2019-03"}}\n');
    expect(get(period, 'dates_setting').status).toBe('reported');
  });

  it('sample → sample_size, events_per_analysis', () => {
    expect(get(exampleFindings, 'sample_size').value).toBe('all_available');
    expect(get(exampleFindings, 'events_per_analysis').details).toMatchObject({ subjects: { total: 1500, diseased: 855 } });
  });

  it('data origin/sources → data_source with the headline vocabulary', () => {
    expect(get(exampleFindings, 'data_source')).toMatchObject({
      value: 'multi_center',
      details: { institutions: ['Northbridge University Hospital', 'St Aldric Hospital', 'Lakeside Regional Medical Centre', 'Eastvale General Hospital'] },
    });
    const cv = findingsOf(fixture('cross-validation.yaml').text);
    expect(get(cv, 'data_source')).toMatchObject({ value: 'mixed', details: { institutions: ['Hospital A'], datasets: ['VerSe'] } });
    const one = findingsOf('title: t\nstudy: {type: clinical}\ndata: {sources: [{name: X Hospital}]}\n');
    expect(get(one, 'data_source').value).toBe('single_center');
    const synthetic = findingsOf('title: t\nstudy: {type: basic}\ndata: {origin: synthetic}\n');
    expect(get(synthetic, 'data_source')).toMatchObject({ value: 'unclear', details: { synthetic: true } });
  });

  it('data handling → data_subsets, preprocessing, deidentification, missing_data, class_imbalance', () => {
    for (const c of ['data_subsets', 'preprocessing', 'deidentification', 'class_imbalance']) expect(get(exampleFindings, c).status).toBe('reported');
    expect(get(exampleFindings, 'missing_data').value).toBe('none_missing');
  });

  it('data availability → data_availability (on request without contact is partial; not available is notDone)', () => {
    expect(get(exampleFindings, 'data_availability')).toMatchObject({ status: 'reported', value: 'on_request' });
    expect(get(partial, 'data_availability')).toMatchObject({ status: 'partial', value: 'on_request' });
    expect(get(notDone, 'data_availability')).toMatchObject({ status: 'reported', value: 'not_available', notDone: true });
    const pub = findingsOf('title: t\nstudy: {type: basic}\ndata: {availability: public, accessions: ["doi:10.5281/zenodo.1"]}\n');
    expect(get(pub, 'data_availability')).toMatchObject({ status: 'reported', value: 'public', details: { accessions: ['doi:10.5281/zenodo.1'] } });
    const within = findingsOf('title: t\nstudy: {type: basic}\ndata: {availability: within_paper}\n');
    expect(get(within, 'data_availability').value).toBe('within_paper');
  });

  it('reference_standard → reference_standard, annotators, rationale, tools, test-set annotation, rater variability, blinding', () => {
    expect(get(exampleFindings, 'reference_standard').value).toBe('consensus_reading');
    expect(get(exampleFindings, 'annotators').details).toEqual({
      number: 3,
      expertise: ['musculoskeletal radiologist', 'musculoskeletal radiologist', 'neuroradiologist'],
      years_experience: [11, 6, 22],
    });
    for (const c of ['reference_standard_rationale', 'annotation_tools', 'test_set_annotation', 'rater_variability'])
      expect(get(exampleFindings, c).status).toBe('reported');
    expect(get(exampleFindings, 'blinding').value).toBe('blinded');
  });

  it('split → data_partitioning, partition_disjointness', () => {
    expect(get(exampleFindings, 'data_partitioning')).toMatchObject({
      status: 'reported',
      value: 'with_numbers',
      details: { train: 840, validation: 120, test: 240, unit: 'patients', proportions: { train: 70, validation: 10, test: 20 }, level: 'patient' },
    });
    expect(get(partial, 'data_partitioning')).toMatchObject({ status: 'partial', value: 'without_numbers' });
    const cv = findingsOf(fixture('cross-validation.yaml').text);
    expect(get(cv, 'data_partitioning')).toMatchObject({ value: 'cross_validation', details: { folds: 5 } });
    expect(get(exampleFindings, 'partition_disjointness')).toMatchObject({ status: 'reported', value: 'patient' });
    expect(get(notDone, 'partition_disjointness')).toMatchObject({ value: 'overlapping', notDone: true });
  });

  it('model → model_description, initialization, ensembling, model_selection, thresholds, benchmark_comparison', () => {
    expect(get(exampleFindings, 'model_description')).toMatchObject({
      status: 'reported',
      details: { families: ['cnn'], architectures: ['U-Net', 'ResNet-50'] },
    });
    expect(get(partial, 'model_description').status).toBe('partial');
    for (const c of ['initialization', 'ensembling', 'model_selection', 'model_output_thresholds', 'benchmark_comparison'])
      expect(get(exampleFindings, c).status).toBe('reported');
  });

  it('training → training_details; software → software', () => {
    expect(get(exampleFindings, 'training_details').status).toBe('reported');
    expect(get(exampleFindings, 'software').details).toEqual({ software: ['Python 3.10', 'PyTorch 2.1', 'MONAI 1.3', 'scikit-learn 1.3', 'R 4.3'] });
  });

  it('evaluation.metrics → performance_metrics, performance_results, internal_validation, statistical_uncertainty', () => {
    expect(get(exampleFindings, 'performance_metrics').details).toEqual({
      metrics: ['quadratic weighted kappa', 'accuracy', 'AUC', 'sensitivity', 'specificity'],
    });
    expect(get(exampleFindings, 'performance_results').evidence[2]!.text).toBe(
      'evaluation.metrics[2]: AUC 0.95 (95% CI 0.93-0.97) [internal_test, severe vs non-severe, per level]',
    );
    expect(get(exampleFindings, 'internal_validation').status).toBe('reported');
    expect(get(exampleFindings, 'statistical_uncertainty').status).toBe('reported');
    const names = findingsOf('title: t\nstudy: {type: basic}\nevaluation: {metrics: [{name: Dice}]}\n');
    expect(names.has('performance_metrics')).toBe(true);
    expect(names.has('performance_results')).toBe(false);
    expect(names.has('statistical_uncertainty')).toBe(false);
  });

  it('evaluation groups → cross_tabulation, robustness, fairness, explainability, failure_analysis, indeterminate_results', () => {
    for (const c of ['cross_tabulation', 'robustness', 'fairness', 'indeterminate_results']) expect(get(exampleFindings, c).status).toBe('reported');
    expect(get(exampleFindings, 'explainability')).toMatchObject({ status: 'reported', value: 'performed' });
    expect(get(exampleFindings, 'failure_analysis')).toMatchObject({ status: 'reported', value: 'performed' });
    expect(get(notDone, 'explainability')).toMatchObject({ status: 'reported', notDone: true });
    expect(get(notDone, 'failure_analysis')).toMatchObject({ status: 'reported', notDone: true });
  });

  it('external_validation → external_validation, dev_vs_eval_differences', () => {
    expect(get(exampleFindings, 'external_validation')).toMatchObject({
      status: 'reported',
      value: 'performed',
      details: { sites: ['Eastvale General Hospital'] },
    });
    const nd = get(notDone, 'external_validation');
    expect(nd).toMatchObject({ status: 'reported', value: 'not_performed', notDone: true });
    expect(nd.evidence.every((e) => e.notDone)).toBe(true);
    expect(get(exampleFindings, 'dev_vs_eval_differences').status).toBe('reported');
  });

  it('discussion → limitations, interpretation, implications, future_research', () => {
    for (const c of ['limitations', 'interpretation', 'implications', 'future_research']) expect(get(exampleFindings, c).status).toBe('reported');
  });

  it('code / trained_model → code_availability', () => {
    expect(get(exampleFindings, 'code_availability')).toMatchObject({
      status: 'reported',
      value: 'public',
      details: { urls: ['https://github.com/example-spine-lab/lss-grading', 'https://github.com/example-spine-lab/lss-grading/releases'] },
    });
    expect(get(notDone, 'code_availability')).toMatchObject({ value: 'not_available', notDone: true });
    expect(get(partial, 'code_availability')).toMatchObject({ status: 'partial', value: 'public' });
    const req = findingsOf('title: t\nstudy: {type: basic}\ncode: {availability: on_request, contact: a@b.example}\n');
    expect(get(req, 'code_availability')).toMatchObject({ status: 'reported', value: 'on_request' });
  });

  it('declarations → registration, protocol, ethics, funding, conflicts_of_interest', () => {
    expect(get(exampleFindings, 'registration')).toMatchObject({ status: 'reported', notDone: true });
    expect(get(partial, 'registration').status).toBe('partial');
    expect(get(exampleFindings, 'ethics').value).toBe('approved');
    expect(get(exampleFindings, 'funding').value).toBe('funded');
    expect(get(notDone, 'funding')).toMatchObject({ status: 'reported', value: 'none' });
    expect(get(notDone, 'funding').notDone).toBeUndefined();
    expect(get(partial, 'funding').status).toBe('partial');
    expect(get(exampleFindings, 'conflicts_of_interest').value).toBe('none');
    const protocol = findingsOf('title: t\nstudy: {type: clinical}\nprotocol: {available: true, url: "https://example.org/p"}\n');
    expect(get(protocol, 'protocol').status).toBe('reported');
  });

  it('extraction-only fields and absent groups give no findings', () => {
    const m = findingsOf(
      'title: Sagittal balance\nstudy: {type: epidemiological, category: observational}\nyear: 2021\nauthors: {countries: [Japan], expertise: [orthopaedic_surgery]}\n',
    );
    expect([...m.keys()]).toEqual(['title_id']);
  });

  it('treats TODO placeholders and empty values as not filled in', () => {
    const m = findingsOf('title: "TODO: title"\nstudy: {type: clinical, objectives: [""], background: "TODO"}\n');
    expect(m.size).toBe(0);
  });
});

describe('studyTemplate', () => {
  const uncommentAll = (t: string) => t.replace(/^(\s*)# (?!#)/gm, '$1');

  it('is a valid description as written', () => {
    const t = studyTemplate();
    const { description } = parseStudyDescription(t, 'template.yaml');
    expect(description.study.type).toBe('clinical');
    expect(studyToFindings(description, {}, 'template.yaml')).toEqual([]);
  });

  it('stays valid with every field switched on, and lists every schema field', () => {
    const t = studyTemplate();
    const { description } = parseStudyDescription(uncommentAll(t), 'all.yaml');
    for (const k of STUDY_TOP_LEVEL_KEYS) expect(Object.keys(description)).toContain(k);
    expect(description.evaluation?.metrics?.[0]).toHaveProperty('ci_level', 95);
  });

  it('puts fields of the requested checklists first and names their items', () => {
    const t = studyTemplate(['stard-2015']);
    parseStudyDescription(t, 't.yaml');
    parseStudyDescription(uncommentAll(t), 't.yaml');
    const divider = t.indexOf('Not asked by the requested checklists');
    expect(divider).toBeGreaterThan(0);
    expect(t.indexOf('\n# participants:')).toBeLessThan(divider);
    expect(t.indexOf('\n# split:')).toBeGreaterThan(divider);
    expect(t).toContain('eligibility (STARD 2015 6)');
    const claim = studyTemplate(['claim']);
    expect(claim).toContain('data_partitioning (CLAIM 2024 19)');
    expect(claim.indexOf('\n# split:')).toBeLessThan(claim.indexOf('Not asked'));
  });

  it('accepts loaded checklists and rejects unknown ids', () => {
    const custom = {
      id: 'my-list', name: 'My list', version: '1', citation: '', doi: '', url: '', numberedItems: 1, rows: 1,
      items: [{ id: 'A', section: 'Methods', topic: 'Split', description: 'split', concepts: ['data_partitioning'] }],
    };
    const t = studyTemplate(['my-list'], { checklists: [custom] });
    expect(t).toContain('data_partitioning (My list A)');
    expect(() => studyTemplate(['nope'])).toThrow(/unknown checklist "nope"/);
  });
});
