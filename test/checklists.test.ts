import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { CONCEPT_GROUPS, isKnownConcept, CONCEPTS as REGISTRY } from '../src/concepts/index.js';

const CONCEPTS = Object.fromEntries(REGISTRY.map((c) => [c.id, c.meta]));
import {
  ChecklistError,
  listBundledChecklists,
  loadBundledChecklist,
  loadChecklistFile,
  parseChecklist,
  resolveChecklists,
} from '../src/checklists/load.js';
import type { Checklist } from '../src/checklists/types.js';
import { sharedData } from './shared-data.js';

const fixture = (name: string): string => fileURLToPath(new URL(`./fixtures/checklists/${name}`, import.meta.url));
const schemaPath = fileURLToPath(new URL('../checklists/schema.json', import.meta.url));
/** read-only reference material next to the project; tests that compare against it skip when it is absent */
const reference = sharedData('reference/checklists', 'comparisons with the reference checklists and the crosswalk');
const referenceDir = `${reference.path}/`;
const hasReference = reference.present;

// ---------------------------------------------------------------------------------------------------------
// Published item ids, written out

const CLAIM_2024_IDS = [
  '1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13', '14', '15', '16', '17', '18', '19', '20', '21',
  '22', '23', '24', '25', '26', '27', '28', '29', '30', '31', '32', '33', '34', '35', '36', '37', '38', '39', '40',
  '41', '42', '43', '44',
];
const CLAIM_2020_IDS = [
  '1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13', '14', '15', '16', '17', '18', '19', '20', '21',
  '22', '23', '24', '25', '26', '27', '28', '29', '30', '31', '32', '33', '34', '35', '36', '37', '38', '39', '40',
  '41', '42',
];
const TRIPOD_AI_IDS = [
  '1', '2', '3a', '3b', '3c', '4', '5a', '5b', '6a', '6b', '6c', '7', '8a', '8b', '8c', '9a', '9b', '9c', '10', '11',
  '12a', '12b', '12c', '12d', '12e', '12f', '12g', '13', '14', '15', '16', '17', '18a', '18b', '18c', '18d', '18e',
  '18f', '19', '20a', '20b', '20c', '21', '22', '23a', '23b', '24', '25', '26', '27a', '27b', '27c',
];
const TRIPOD_2015_IDS = [
  '1', '2', '3a', '3b', '4a', '4b', '5a', '5b', '5c', '6a', '6b', '7a', '7b', '8', '9', '10a', '10b', '10c', '10d',
  '10e', '11', '12', '13a', '13b', '13c', '14a', '14b', '15a', '15b', '16', '17', '18', '19a', '19b', '20', '21', '22',
];
const STARD_2015_IDS = [
  '1', '2', '3', '4', '5', '6', '7', '8', '9', '10a', '10b', '11', '12a', '12b', '13a', '13b', '14', '15', '16', '17',
  '18', '19', '20', '21a', '21b', '22', '23', '24', '25', '26', '27', '28', '29', '30',
];
const STARD_AI_2025_IDS = [
  '1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13', '14', '15a', '15b', '15c', '15d', '16a', '16b',
  '16c', '17a', '17b', '18', '19', '20', '21', '22', '23', '24', '25', '26a', '26b', '27', '28', '29', '30', '31', '32', '33',
  '34', '35', '36', '37', '38', '39', '40a', '40b',
];
const PRISMA_SCR_IDS = [
  '1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13', '14', '15', '16', '17', '18', '19', '20', '21', '22',
];
const PRISMA_2020_IDS = [
  '1', '2', '3', '4', '5', '6', '7', '8', '9', '10a', '10b', '11', '12', '13a', '13b', '13c', '13d', '13e', '13f', '14',
  '15', '16a', '16b', '17', '18', '19', '20a', '20b', '20c', '20d', '21', '22', '23a', '23b', '23c', '23d', '24a', '24b',
  '24c', '25', '26', '27',
];
const CONSORT_2025_IDS = [
  '1a', '1b', '2', '3', '4', '5a', '5b', '6', '7', '8', '9', '10', '11', '12a', '12b', '13', '14', '15', '16a', '16b',
  '17a', '17b', '18', '19', '20a', '20b', '21a', '21b', '21c', '21d', '22a', '22b', '23a', '23b', '24a', '24b', '25', '26',
  '27', '28', '29', '30',
];
const SPIRIT_2025_IDS = [
  '1a', '1b', '2', '3a', '3b', '3c', '3d', '4', '5', '6', '7a', '7b', '8', '9a', '9b', '10', '11', '12', '13', '14a', '14b',
  '15a', '15b', '15c', '15d', '16', '17', '18', '19', '20', '21a', '21b', '22', '23', '24a', '24b', '24c', '25a', '25b', '26',
  '27a', '27b', '27c', '27d', '28a', '28b', '29', '30', '31', '32a', '32b', '33', '34',
];
const STROBE_IDS = [
  '1a', '1b', '2', '3', '4', '5', '6a', '6b', '7', '8', '9', '10', '11', '12a', '12b', '12c', '12d', '12e', '13a', '13b',
  '13c', '14a', '14b', '14c', '15', '16a', '16b', '16c', '17', '18', '19', '20', '21', '22',
];

interface Expected {
  ids: string[];
  rows: number;
  numberedItems: number;
  doi: string;
  citationIncludes: string;
  supersedes?: string;
  conditional: string[];
  development: string[];
  evaluation: string[];
}

const EXPECTED: Record<string, Expected> = {
  'claim-2024': {
    ids: CLAIM_2024_IDS,
    rows: 44,
    numberedItems: 44,
    doi: '10.1148/ryai.240300',
    citationIncludes: 'Radiol Artif Intell. 2024;6(4):e240300',
    supersedes: 'claim-2020',
    conditional: ['10', '15', '27', '34'],
    development: [],
    evaluation: [],
  },
  'claim-2020': {
    ids: CLAIM_2020_IDS,
    rows: 42,
    numberedItems: 42,
    doi: '10.1148/ryai.2020200029',
    citationIncludes: 'Radiol Artif Intell. 2020;2(2):e200029',
    conditional: ['10', '15', '27'],
    development: [],
    evaluation: [],
  },
  'tripod-ai-2024': {
    ids: TRIPOD_AI_IDS,
    rows: 52,
    numberedItems: 27,
    doi: '10.1136/bmj-2023-078378',
    citationIncludes: 'BMJ 2024;385:e078378',
    supersedes: 'tripod-2015',
    conditional: ['6c', '8b', '9c', '12d', '12f', '13', '23b', '24'],
    development: ['9a', '12a', '12b', '12c', '15', '22', '27a', '27b'],
    evaluation: ['12f', '12g', '20c', '24'],
  },
  'tripod-2015': {
    ids: TRIPOD_2015_IDS,
    rows: 37,
    numberedItems: 22,
    doi: '10.1136/bmj.g7594',
    citationIncludes: 'BMJ 2015;350:g7594',
    conditional: ['5c', '10e', '11', '14b', '17'],
    development: ['10a', '10b', '14a', '14b', '15a', '15b'],
    evaluation: ['10c', '10e', '12', '13c', '17', '19a'],
  },
  'stard-2015': {
    ids: STARD_2015_IDS,
    rows: 34,
    numberedItems: 30,
    doi: '10.1136/bmj.h5527',
    citationIncludes: 'BMJ 2015;351:h5527',
    conditional: ['11', '17'],
    development: [],
    evaluation: [],
  },
  'stard-ai-2025': {
    ids: STARD_AI_2025_IDS,
    rows: 48,
    numberedItems: 40,
    doi: '10.1038/s41591-025-03953-8',
    citationIncludes: 'Nat Med. 2025;31:3283-3289',
    conditional: ['12', '15b', '16b', '23', '29', '39'],
    development: [],
    evaluation: [],
  },
  'prisma-scr-2018': {
    ids: PRISMA_SCR_IDS,
    rows: 22,
    numberedItems: 22,
    doi: '10.7326/M18-0850',
    citationIncludes: 'Ann Intern Med. 2018;169(7):467-473',
    conditional: ['12', '16'],
    development: [],
    evaluation: [],
  },
  'prisma-2020': {
    ids: PRISMA_2020_IDS,
    rows: 42,
    numberedItems: 27,
    doi: '10.1136/bmj.n71',
    citationIncludes: 'BMJ 2021;372:n71',
    conditional: [],
    development: [],
    evaluation: [],
  },
  'consort-2025': {
    ids: CONSORT_2025_IDS,
    rows: 42,
    numberedItems: 30,
    doi: '10.1136/bmj-2024-081123',
    citationIncludes: 'BMJ 2025;389:e081123',
    conditional: ['10', '12b', '16b', '20b', '23b'],
    development: [],
    evaluation: [],
  },
  'spirit-2025': {
    ids: SPIRIT_2025_IDS,
    rows: 53,
    numberedItems: 34,
    doi: '10.1136/bmj-2024-081477',
    citationIncludes: 'BMJ 2025;389:e081477',
    conditional: ['3d', '14b', '15c', '24b', '24c', '32b'],
    development: [],
    evaluation: [],
  },
  'strobe-2007': {
    ids: STROBE_IDS,
    rows: 34,
    numberedItems: 22,
    doi: '10.1371/journal.pmed.0040296',
    citationIncludes: 'PLoS Med 2007;4(10):e296',
    conditional: ['6b', '12d', '13c', '14c', '16b', '16c'],
    development: [],
    evaluation: [],
  },
};

const SECTIONS = ['Title', 'Abstract', 'Title/Abstract', 'Introduction', 'Methods', 'Results', 'Discussion', 'Other'];

// ---------------------------------------------------------------------------------------------------------

describe('bundled checklists', () => {
  it('lists exactly the bundled ids', () => {
    expect(listBundledChecklists()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [id, exp] of Object.entries(EXPECTED)) {
    describe(id, () => {
      const c: Checklist = loadBundledChecklist(id);

      it('has the published item ids, in order, and the published counts', () => {
        expect(c.id).toBe(id);
        expect(c.items.map((i) => i.id)).toEqual(exp.ids);
        expect(c.items).toHaveLength(exp.rows);
        expect(c.rows).toBe(exp.rows);
        expect(c.numberedItems).toBe(exp.numberedItems);
        const numbers = new Set(c.items.map((i) => /^\d+/.exec(i.id)![0]));
        expect(numbers.size).toBe(exp.numberedItems);
      });

      it('carries citation, DOI and official URL', () => {
        expect(c.name.length).toBeGreaterThan(0);
        expect(c.version.length).toBeGreaterThan(0);
        expect(c.citation).toContain(exp.citationIncludes);
        expect(c.doi).toBe(exp.doi);
        expect(c.url).toMatch(/^https:\/\//);
        expect(c.supersedes).toBe(exp.supersedes);
        expect(c.custom).toBeUndefined();
        expect(c.source).toMatch(new RegExp(`${id}\\.yaml$`));
      });

      it('uses only known concept keys, without repeats', () => {
        for (const item of c.items) {
          expect(item.concepts.length, `item ${item.id}`).toBeGreaterThan(0);
          expect(new Set(item.concepts).size, `item ${item.id}`).toBe(item.concepts.length);
          for (const key of item.concepts) expect(isKnownConcept(key), `item ${item.id}: ${key}`).toBe(true);
        }
      });

      it('gives every item a section, topic, own-words description and one-sentence advice', () => {
        for (const item of c.items) {
          expect(SECTIONS, `item ${item.id}`).toContain(item.section);
          expect(item.sourceSection, `item ${item.id}`).toBeTruthy();
          expect(item.topic.length, `item ${item.id}`).toBeGreaterThan(0);
          expect(item.description.length, `item ${item.id}`).toBeGreaterThan(15);
          const advice = item.advice ?? '';
          expect(advice, `item ${item.id}`).toMatch(/^[A-Z].*\.$/);
          expect(advice.length, `item ${item.id}`).toBeLessThan(160);
          // one sentence: no sentence break once abbreviations are set aside
          expect(advice.replace(/\b(e\.g|i\.e|etc)\./g, '').slice(0, -1), `item ${item.id}`).not.toMatch(/[.!?]\s/);
        }
      });

      it('marks conditional items and study-type applicability as published', () => {
        expect(c.items.filter((i) => i.conditional).map((i) => i.id)).toEqual(exp.conditional);
        const only = (kind: 'development' | 'evaluation') =>
          c.items.filter((i) => i.appliesTo?.length === 1 && i.appliesTo[0] === kind).map((i) => i.id);
        expect(only('development')).toEqual(exp.development);
        expect(only('evaluation')).toEqual(exp.evaluation);
        // both is expressed by leaving appliesTo out
        expect(c.items.filter((i) => i.appliesTo && i.appliesTo.length !== 1)).toEqual([]);
      });

      it.skipIf(!hasReference || !existsSync(`${referenceDir}${id}.yaml`))(reference.name('keeps ids, sections, source sections and topics of the reference list'), () => {
        const ref = parseYaml(readFileSync(`${referenceDir}${id}.yaml`, 'utf8')) as {
          checklist: { numbered_items: number; rows: number };
          items: Array<{ id: string; section: string; source_section: string; topic: string; description: string }>;
        };
        expect(c.numberedItems).toBe(ref.checklist.numbered_items);
        expect(c.rows).toBe(ref.checklist.rows);
        expect(c.items.map((i) => [i.id, i.section, i.sourceSection, i.topic])).toEqual(
          ref.items.map((i) => [i.id, i.section, i.source_section, i.topic]),
        );
      });
    });
  }

  it('supersession chains point at bundled checklists', () => {
    for (const id of listBundledChecklists()) {
      const s = loadBundledChecklist(id).supersedes;
      if (s) expect(listBundledChecklists()).toContain(s);
    }
  });

  it('caches parsed bundled checklists and hands them out read-only', () => {
    const a = loadBundledChecklist('claim-2024');
    expect(loadBundledChecklist('claim-2024')).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
    expect(Object.isFrozen(a.items[0]!.concepts)).toBe(true);
  });

  it('names the available ids for an unknown id', () => {
    expect(() => loadBundledChecklist('claim-2042')).toThrow(ChecklistError);
    expect(() => loadBundledChecklist('claim-2042')).toThrow(
      'unknown checklist "claim-2042" (did you mean "claim-2020"?); available: claim-2020, claim-2024, consort-2025, prisma-2020, prisma-scr-2018, spirit-2025, stard-2015, stard-ai-2025, strobe-2007, tripod-2015, tripod-ai-2024',
    );
    expect(() => loadBundledChecklist('../package')).toThrow(/unknown checklist "\.\.\/package"; available: claim-2020/);
  });
});

// ---------------------------------------------------------------------------------------------------------

describe('concept registry', () => {
  it('has a label and a known group for every key', () => {
    const keys = Object.keys(CONCEPTS);
    expect(keys.length).toBe(108);
    for (const key of keys) {
      expect(key).toMatch(/^[a-z][a-z0-9_]*$/);
      expect(CONCEPTS[key]!.label.length).toBeGreaterThan(0);
      expect(CONCEPT_GROUPS).toContain(CONCEPTS[key]!.group);
    }
    expect(isKnownConcept('data_source')).toBe(true);
    expect(isKnownConcept('data_sources')).toBe(false);
    expect(isKnownConcept('constructor')).toBe(false);
  });

  // concepts added after the crosswalk was compiled: for CONSORT, PRISMA 2020, SPIRIT and STROBE, and study design facts
  const BEYOND_CROSSWALK = [
    'allocation_concealment', 'existing_model_evaluated', 'analysis_population', 'bias_control', 'certainty_assessment', 'confounding', 'effect_measures',
    'follow_up', 'harms', 'information_sources', 'interim_analyses', 'protocol_changes', 'randomisation', 'reporting_bias',
    'trial_design', 'trial_outcomes',
    // for SPIRIT 2025 (protocols of randomised trials)
    'contributors', 'data_management', 'dissemination', 'post_trial_care', 'protocol_version', 'trial_oversight',
  ];

  it.skipIf(!hasReference)(reference.name('covers the crosswalk keys, in their crosswalk groups, and only the listed others'), () => {
    const md = readFileSync(`${referenceDir}CROSSWALK.md`, 'utf8');
    const fromCrosswalk = new Map<string, string>();
    let group = '';
    for (const line of md.split('\n')) {
      const h = /^## (.+)$/.exec(line);
      if (h) group = h[1]!.trim();
      const row = /^\| [^|]+ \| `([a-z0-9_]+)` \|/.exec(line);
      if (row) fromCrosswalk.set(row[1]!, group);
    }
    expect(Object.keys(CONCEPTS).sort()).toEqual([...fromCrosswalk.keys(), ...BEYOND_CROSSWALK].sort());
    for (const [key, g] of fromCrosswalk) expect(CONCEPTS[key]!.group, key).toBe(g);
  });
});

// ---------------------------------------------------------------------------------------------------------

describe('schema', () => {
  it('is a valid draft-07 schema under ajv strict mode', () => {
    const Ajv = (createRequire(import.meta.url)('ajv') as typeof import('ajv')).default;
    const ajv = new Ajv({ strict: true, validateSchema: true });
    const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as object;
    expect(ajv.validateSchema(schema)).toBe(true);
    const validate = ajv.compile(schema);
    for (const id of listBundledChecklists()) {
      const raw = parseYaml(readFileSync(fileURLToPath(new URL(`../checklists/${id}.yaml`, import.meta.url)), 'utf8'));
      expect(validate(raw), `${id}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });
});

// ---------------------------------------------------------------------------------------------------------

function errorOf(fn: () => unknown): ChecklistError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ChecklistError);
    return e as ChecklistError;
  }
  throw new Error('expected a ChecklistError');
}

describe('user checklist files', () => {
  it('loads a valid YAML checklist', () => {
    const c = loadChecklistFile(fixture('valid-custom.yaml'));
    expect(c.id).toBe('my-lab-2025');
    expect(c.custom).toBe(true);
    expect(c.source).toBe(fixture('valid-custom.yaml'));
    expect(c.items.map((i) => i.id)).toEqual(['1', '2', '3a', '3b']);
    expect(c.items[2]).toMatchObject({ combine: 'any', concepts: ['code_availability', 'data_availability'] });
    expect(c.items[3]).toMatchObject({ conditional: true, appliesTo: ['evaluation'] });
  });

  it('loads a valid JSON checklist and drops its $schema reference', () => {
    const c = loadChecklistFile(fixture('valid-custom.json'));
    expect(c.id).toBe('json-list');
    expect(c).not.toHaveProperty('$schema');
    expect(c.items[0]!.section).toBe('Title/Abstract');
  });

  const cases: Array<[file: string, pointer: string, line: number, column: number, problem: string]> = [
    ['syntax-error.yaml', '/items/0/topic', 12, 27, 'YAML syntax error: Missing closing "quote'],
    ['missing-field.yaml', '/items/1', 15, 5, "must have required property 'concepts'"],
    ['wrong-type.yaml', '/items/1/concepts', 19, 5, 'must be array'],
    [
      'unknown-concept.yaml',
      '/items/1/concepts/1',
      19,
      35,
      'unknown concept "partition_disjointedness" (did you mean "partition_disjointness"?)',
    ],
    ['duplicate-id.yaml', '/items/2/id', 20, 5, "duplicate item id '2' (first used at /items/1)"],
    ['unquoted-id.yaml', '/items/0/id', 10, 5, 'must be string (quote item ids: id: "7")'],
    ['unknown-property.yaml', '/items/0/source_section', 12, 5, 'is not an allowed property (did you mean "sourceSection"?)'],
    ['rows-mismatch.yaml', '/rows', 8, 1, 'is 3 but items has 2 entries'],
    ['bad-enum.json', '/items/0/appliesTo/0', 17, 21, 'must be one of "development", "evaluation" (did you mean "evaluation"?)'],
  ];

  for (const [name, pointer, line, column, problem] of cases) {
    it(`reports ${name} with file, line, column and pointer`, () => {
      const file = fixture(name);
      const e = errorOf(() => loadChecklistFile(file));
      expect(e.message).toBe(`${file}:${line}:${column}: ${pointer} ${problem}`);
      expect(e.message).not.toContain('\n');
      expect(e).toMatchObject({ file, pointer, line, column, problem });
    });
  }

  it('reports a missing top-level field at the document', () => {
    const text = readFileSync(fixture('valid-custom.yaml'), 'utf8').replace(/^doi:.*\n/m, '');
    const e = errorOf(() => parseChecklist(text, 'mine.yaml'));
    expect(e.message).toBe("mine.yaml:2:1: / must have required property 'doi'");
    expect(e.pointer).toBe('');
  });

  it('checks the id against the expected one (bundled files: their file name)', () => {
    const text = readFileSync(fixture('valid-custom.yaml'), 'utf8');
    expect(errorOf(() => parseChecklist(text, 'checklists/x.yaml', { expectedId: 'x' })).message).toBe(
      "checklists/x.yaml:2:1: /id is 'my-lab-2025' but must be 'x' (the file name)",
    );
  });

  it('reports a missing file', () => {
    const e = errorOf(() => loadChecklistFile('no/such/checklist.yaml'));
    expect(e.message).toBe('no/such/checklist.yaml: cannot read checklist file: no such file');
  });

  it('rejects a document that is not a mapping', () => {
    expect(errorOf(() => parseChecklist('- a\n- b\n', 'list.yaml')).message).toBe('list.yaml:1:1: / must be object');
    expect(errorOf(() => parseChecklist('', 'empty.yaml')).message).toBe('empty.yaml:1:1: / must be object');
  });
});

// ---------------------------------------------------------------------------------------------------------

describe('resolveChecklists', () => {
  it('mixes bundled ids and files, in the order given', () => {
    const list = resolveChecklists(`claim-2024, ${fixture('valid-custom.yaml')} ,tripod-ai-2024`);
    expect(list.map((c) => c.id)).toEqual(['claim-2024', 'my-lab-2025', 'tripod-ai-2024']);
    expect(list[0]).toBe(loadBundledChecklist('claim-2024'));
  });

  it('treats names with an extension or a path separator as files', () => {
    expect(errorOf(() => resolveChecklists('claim-2024.yaml')).message).toBe(
      'claim-2024.yaml: cannot read checklist file: no such file',
    );
    expect(errorOf(() => resolveChecklists('lists/mine')).message).toBe(
      'lists/mine: cannot read checklist file: no such file',
    );
  });

  it('drops repeats of the same checklist but rejects two checklists with one id', () => {
    expect(resolveChecklists('stard-2015,stard-2015').map((c) => c.id)).toEqual(['stard-2015']);
    expect(resolveChecklists(`${fixture('valid-custom.yaml')},${fixture('valid-custom.yaml')}`)).toHaveLength(1);

    const dir = mkdtempSync(path.join(tmpdir(), 'reportlint-checklists-'));
    try {
      const clash = path.join(dir, 'clash.yaml');
      const text = readFileSync(fixture('valid-custom.yaml'), 'utf8').replace('id: my-lab-2025', 'id: stard-2015');
      writeFileSync(clash, text);
      expect(errorOf(() => resolveChecklists(`stard-2015,${clash}`)).message).toMatch(
        /^.*clash\.yaml: checklist id 'stard-2015' is requested twice \(/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('explains an empty or unknown spec', () => {
    expect(errorOf(() => resolveChecklists(' , ')).message).toMatch(/^no checklist given; available: claim-2020, /);
    expect(errorOf(() => resolveChecklists('claim-2024,tripod')).message).toMatch(
      /^unknown checklist "tripod".*; available: claim-2020, claim-2024, consort-2025, prisma-2020, prisma-scr-2018, spirit-2025, stard-2015, stard-ai-2025, strobe-2007, tripod-2015, tripod-ai-2024$/,
    );
  });
});
