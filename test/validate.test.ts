import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ChecklistError, parseChecklist } from '../src/checklists/load.js';
import { checklistJsonSchema } from '../src/checklists/schema.js';
import {
  describeZodIssues,
  didYouMean,
  didYouMeanHint,
  formatIssue,
  parseYaml,
  pathToPointer,
  pointerToPath,
  ValidationError,
  type YamlSource,
} from '../src/validate/index.js';

const schemaPath = fileURLToPath(new URL('../checklists/schema.json', import.meta.url));
const validCustom = readFileSync(fileURLToPath(new URL('./fixtures/checklists/valid-custom.yaml', import.meta.url)), 'utf8');

function source(text: string): YamlSource {
  const r = parseYaml(text);
  if (!r.ok) throw new Error(r.problem.message);
  return r.source;
}

const YAML_DOC = ['# comment', 'study:', '  type: clinical', 'split:', '  folds: 5', '  sets:', '    - name: train', '      n: 800', '    - name: test', '      n: 200', ''].join('\n');

const JSON_DOC = ['{', '  "study": { "type": "clinical" },', '  "split": {', '    "sets": [', '      { "name": "train", "n": 800 },', '      { "name": "test", "n": 200 }', '    ]', '  }', '}', ''].join('\n');

describe('path -> line:col', () => {
  it('locates keys and values in nested YAML, by zod path or JSON pointer', () => {
    const s = source(YAML_DOC);
    expect(s.locate(['split', 'sets', 1, 'n'], 'key')).toEqual({ line: 10, column: 7 });
    expect(s.locate(['split', 'sets', 1, 'n'], 'value')).toEqual({ line: 10, column: 10 });
    expect(s.locate('/split/sets/1/n', 'value')).toEqual({ line: 10, column: 10 });
    expect(s.locate('/split/sets/1', 'key')).toEqual({ line: 9, column: 7 });
    expect(s.locate('/study/type', 'value')).toEqual({ line: 3, column: 9 });
    expect(s.locate([], 'key')).toEqual({ line: 2, column: 1 });
  });

  it('locates keys and values in nested JSON', () => {
    const s = source(JSON_DOC);
    expect(s.locate('/split/sets/1/n', 'key')).toEqual({ line: 6, column: 25 });
    expect(s.locate(['split', 'sets', 1, 'n'], 'value')).toEqual({ line: 6, column: 30 });
    expect(s.locate(['study', 'type'], 'value')).toEqual({ line: 2, column: 22 });
    expect(s.locate('/split/sets/0', 'value')).toEqual({ line: 5, column: 7 });
  });

  it('falls back to the key of the nearest ancestor that is in the document', () => {
    const s = source(YAML_DOC);
    expect(s.locate(['split', 'sets', 0, 'missing'], 'value')).toEqual({ line: 7, column: 7 });
    expect(s.locate(['study', 'nope', 'deeper'], 'key')).toEqual({ line: 2, column: 1 });
    expect(s.locate('/split/sets/7', 'value')).toEqual({ line: 6, column: 3 });
    expect(source('').locate('/a', 'key')).toEqual({ line: 1, column: 1 });
  });

  it('maps every entry by dotted path, with key and value places', () => {
    const p = source(YAML_DOC).positions();
    expect(p['']).toEqual({ line: 2, column: 1, value: { line: 2, column: 1 } });
    expect(p['split.folds']).toEqual({ line: 5, column: 3, value: { line: 5, column: 10 } });
    expect(p['split.sets[1]']).toEqual({ line: 9, column: 7, value: { line: 9, column: 7 } });
    expect(p['split.sets[1].n']).toEqual({ line: 10, column: 7, value: { line: 10, column: 10 } });
  });

  it('converts between pointers and paths, escaping ~ and /', () => {
    expect(pointerToPath('/a~1b/c~0d/3')).toEqual(['a/b', 'c~d', '3']);
    expect(pathToPointer(['a/b', 'c~d', 3])).toBe('/a~1b/c~0d/3');
    expect(pointerToPath('')).toEqual([]);
  });

  it('reports a syntax error at its place, with the pointer around it', () => {
    const r = parseYaml('items:\n  - id: 1\n    topic: "Data "source"\n');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problem).toEqual({ line: 3, column: 19, pointer: '/items/0/topic', message: 'YAML syntax error: Unexpected scalar at node end' });
    const dup = parseYaml('a: 1\na: 2\n');
    expect(!dup.ok && dup.problem).toMatchObject({ line: 2, column: 1, message: 'YAML syntax error: Map keys must be unique' });
  });
});

describe('did you mean', () => {
  it('suggests the closest key, up to case and punctuation or a few edits', () => {
    expect(didYouMean('foldz', ['train', 'folds', 'test'])).toBe('folds');
    expect(didYouMean('source_section', ['topic', 'sourceSection'])).toBe('sourceSection');
    expect(didYouMean('failon', ['checklist', 'failOn', 'format'])).toBe('failOn');
    expect(didYouMean('colour', ['color', 'quiet'])).toBe('color');
    expect(didYouMean('xyz', ['checklist', 'format'])).toBeUndefined();
    expect(didYouMean('ab', ['abc', 'abd'])).toBe('abc'); // ties: the first
  });

  it('suggests the closest enum value', () => {
    expect(didYouMean('retrospektive', ['retrospective', 'prospective'])).toBe('retrospective');
    expect(didYouMeanHint('jsn', ['stylish', 'json', 'csv'])).toBe(' (did you mean "json"?)');
    expect(didYouMeanHint('markdown', ['stylish', 'json', 'csv'])).toBe('');
  });

  it('is part of zod messages for a misspelled key and enum value, at their places', () => {
    const schema = z.strictObject({ split: z.strictObject({ folds: z.int().optional(), method: z.enum(['random', 'temporal']).optional() }) });
    const s = source('split:\n  foldz: 5\n  method: randum\n');
    const r = schema.safeParse(s.data);
    expect(r.success).toBe(false);
    if (r.success) return;
    const issues = describeZodIssues(r.error, {
      file: 'x.yaml',
      schema,
      data: s.data,
      locate: (p, which) => s.locate(p, which),
      subject: (p) => ['data', ...p].join('.'),
    });
    expect(issues.map(formatIssue)).toEqual([
      'x.yaml:2:3: data.split has unknown key "foldz" (did you mean "folds"?)',
      'x.yaml:3:11: data.split.method expected one of random | temporal, received "randum" (did you mean "random"?)',
    ]);
  });
});

describe('the one error format', () => {
  it('is file:line:col: message, degrading without a position or a file', () => {
    expect(formatIssue({ file: 'a.yaml', line: 3, column: 7, message: 'x expected number, received string' })).toBe(
      'a.yaml:3:7: x expected number, received string',
    );
    expect(formatIssue({ file: 'a.yaml', line: 3, column: 0, message: 'm' })).toBe('a.yaml:3:1: m');
    expect(formatIssue({ file: 'a.yaml', line: 0, column: 0, message: 'cannot read' })).toBe('a.yaml: cannot read');
    expect(formatIssue({ file: '', line: 0, column: 0, message: 'two\n  lines' })).toBe('two lines');
  });

  it('is the message of every validation error, one line per issue', () => {
    const e = new ValidationError('f.yaml', [
      { file: 'f.yaml', line: 1, column: 1, message: 'first' },
      { file: 'f.yaml', line: 4, column: 2, message: 'second' },
    ]);
    expect(e.message).toBe('f.yaml:1:1: first\nf.yaml:4:2: second');
    const c = (() => {
      try {
        parseChecklist(validCustom.replace('combine: any', 'combine: anny'), 'mine.yaml');
      } catch (err) {
        return err;
      }
    })();
    expect(c).toBeInstanceOf(ChecklistError);
    expect(c).toBeInstanceOf(ValidationError);
    expect((c as ChecklistError).message).toBe('mine.yaml:30:5: /items/2/combine must be one of "all", "any" (did you mean "any"?)');
  });
});

describe('checklist schema generated from zod', () => {
  it('equals the committed checklists/schema.json (run scripts/write-checklist-schema.mjs after npm run build)', () => {
    expect(`${JSON.stringify(checklistJsonSchema(), null, 2)}\n`).toBe(readFileSync(schemaPath, 'utf8'));
  });

  it('is a valid draft-07 schema under ajv strict mode', () => {
    const Ajv = (createRequire(import.meta.url)('ajv') as typeof import('ajv')).default;
    const ajv = new Ajv({ strict: true, validateSchema: true });
    expect(ajv.validateSchema(checklistJsonSchema())).toBe(true);
  });

  it('accepts an optional top-level appliesTo list of study types', () => {
    const text = validCustom.replace('numberedItems: 3', 'appliesTo: [ai_imaging, prediction_model]\nnumberedItems: 3');
    expect(parseChecklist(text, 'mine.yaml').appliesTo).toEqual(['ai_imaging', 'prediction_model']);
    expect(parseChecklist(validCustom, 'mine.yaml')).not.toHaveProperty('appliesTo');
    const empty = validCustom.replace('numberedItems: 3', 'appliesTo: [ai_imaging, ""]\nnumberedItems: 3');
    expect(() => parseChecklist(empty, 'mine.yaml')).toThrow('mine.yaml:8:25: /appliesTo/1 must not be empty');
    const notList = validCustom.replace('numberedItems: 3', 'appliesTo: ai_imaging\nnumberedItems: 3');
    expect(() => parseChecklist(notList, 'mine.yaml')).toThrow('mine.yaml:8:1: /appliesTo must be array');
  });
});
