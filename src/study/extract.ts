/**
 * Drafting a study description from a manuscript (`reportlint extract`): the detectors' findings give the
 * structured fields (split counts, sources, availability, external validation, model, metrics, software ...),
 * a little text extraction adds what no detector records (modality, anatomy, year). Every field remembers the
 * sentence it came from, written as a `# from line 42: "…"` comment after it. Nothing is guessed: what the
 * manuscript does not say stays out.
 *
 * The draft is checked against the manuscript before it is returned: for every concept the draft fills, the
 * findings of the draft (studyToFindings) must agree with the manuscript's (status, and the value of the five
 * headline concepts); fields that would make `check` disagree are dropped.
 */
import { Document, isCollection, isScalar, type Node as YamlNode } from 'yaml';
import { detectAll } from '../concepts/index.js';
import type { Evidence, Finding } from '../concepts/types.js';
import type { Manuscript, Position, Sentence } from '../manuscript/model.js';
import { formatPath } from './parse.js';
import { DATA_AVAILABILITY, DATA_ORIGINS, StudyDescription } from './schema.js';
import { studyToFindings } from './to-findings.js';

type Path = (string | number)[];

/** Where a drafted field came from. */
export interface FieldSource {
  line?: number;
  page?: number;
  paragraph?: number;
  text: string;
  /** how it was found: a detector rule, or `text/<what>` for the simple text extraction */
  rule: string;
}

export interface StudyDraft {
  /** a valid StudyDescription */
  description: StudyDescription;
  /** formatted path (`split.test`, `study.objectives[0]`) → source */
  sources: Map<string, FieldSource>;
  /** concepts the draft fills from the manuscript's findings */
  concepts: string[];
  /** concepts whose fields were dropped because the draft would have disagreed with the manuscript */
  dropped: string[];
  /** the manuscript the draft came from */
  from: string;
}

/** The five concepts whose value (not only status) must agree. */
export const HEADLINE_VALUES = ['data_source', 'data_partitioning', 'external_validation', 'code_availability', 'data_availability'];

// ---------------------------------------------------------------------------------------------------------
// simple text extraction

const MODALITY_RES: Array<[string, RegExp]> = [
  ['mri', /\b(MRI|MR imag\w*|magnetic resonance|T[12]-weighted|diffusion-weighted imaging|fMRI)\b/],
  ['ct', /\b(CT|CBCT|computed tomography|computerized tomography)\b/],
  ['radiograph', /\b(radiograph\w*|X-rays?|plain films?|chest films?)\b/i],
  ['ultrasound', /\b(ultraso\w+|sonograph\w*|echocardiogra\w+)\b/i],
  ['dexa', /\b(DXA|DEXA|dual-energy X-ray absorptiometry)\b/],
  ['fluoroscopy', /\bfluoroscop\w*/i],
];

const SPINE_RES: Array<[string, RegExp]> = [
  ['cervical', /\bcervical (spine|spinal|vertebra\w*|myelopath\w*|spondylo\w*|cord)\b/i],
  ['thoracic', /\bthoracic (spine|spinal|vertebra\w*)\b|\bthoracolumbar\b/i],
  ['lumbar', /\blumbar\b|\bthoracolumbar\b/i],
  ['sacral', /\bsacr(al|um)\b|\bsacroiliac\b/i],
  ['whole_spine', /\bwhole[- ]spine\b|\bentire spine\b/i],
];

const BODY_PARTS = /\b(brain|lungs?|liver|breasts?|knees?|hips?|heart|cardiac|prostate|kidneys?|renal|abdomen|abdominal|pelvis|pelvic|chest|thyroid|pancrea\w*|colon|colorectal|retina\w*|skin|shoulders?|wrists?|ankles?|hand|teeth|dental)\b/i;

const ZONES = new Set(['title', 'abstract', 'methods']);

function sentencesIn(ms: Manuscript, kinds: Set<string>): Sentence[] {
  return ms.sentences.filter((s) => kinds.has(s.section.kind));
}

/** Words that name a modality/region in the title or abstract, or at least twice in the methods. */
function mentioned(ms: Manuscript, res: Array<[string, RegExp]>): Array<{ key: string; sentence: Sentence }> {
  const out: Array<{ key: string; sentence: Sentence }> = [];
  const zone = sentencesIn(ms, ZONES);
  for (const [key, re] of res) {
    const hits = zone.filter((s) => re.test(s.text));
    const top = hits.filter((s) => s.section.kind !== 'methods');
    if (top.length || hits.length >= 2) out.push({ key, sentence: (top[0] ?? hits[0])! });
  }
  return out;
}

/** The facts the text extraction finds (used by extract and audit). */
export interface TextFacts {
  modalities: Array<{ key: string; sentence?: Sentence }>;
  anatomy: Array<{ key: string; sentence: Sentence }>;
  otherBodyParts: Array<{ key: string; sentence: Sentence }>;
  year?: number;
  yearSource?: string;
}

export function textFacts(ms: Manuscript): TextFacts {
  const modalities = mentioned(ms, MODALITY_RES);
  const anatomy = mentioned(ms, SPINE_RES);
  const otherBodyParts: TextFacts['otherBodyParts'] = [];
  for (const s of sentencesIn(ms, new Set(['title', 'abstract']))) {
    const m = BODY_PARTS.exec(s.text);
    if (m && !otherBodyParts.some((x) => x.key === m[1]!.toLowerCase())) otherBodyParts.push({ key: m[1]!.toLowerCase(), sentence: s });
    if (otherBodyParts.length >= 3) break;
  }
  const facts: TextFacts = { modalities, anatomy, otherBodyParts };
  const md = ms.metadata ?? {};
  for (const k of ['year', 'date', 'published', 'pub_date', 'publication_date', 'pubdate', 'issued']) {
    const v = md[k];
    const m = /\b(19|20)\d{2}\b/.exec(v instanceof Date ? v.toISOString() : String(v ?? ''));
    if (m) {
      facts.year = Number(m[0]);
      facts.yearSource = `metadata ${k}`;
      break;
    }
  }
  return facts;
}

// ---------------------------------------------------------------------------------------------------------
// the draft builder

function sourceOf(e: Evidence | Sentence | undefined, rule: string): FieldSource | undefined {
  if (!e) return undefined;
  const p: Position | Evidence = 'start' in e ? e.start : e;
  const src: FieldSource = { text: e.text, rule };
  if (p.line !== undefined) src.line = p.line;
  if (p.page !== undefined) src.page = p.page;
  if (p.paragraph !== undefined) src.paragraph = p.paragraph;
  return src;
}

class Draft {
  readonly data: Record<string, unknown> = {};
  readonly sources = new Map<string, FieldSource>();
  readonly byConcept = new Map<string, Path[]>();

  set(concept: string | null, path: Path, value: unknown, src?: FieldSource): void {
    if (value === undefined || (Array.isArray(value) && value.length === 0)) return;
    let cur = this.data as Record<string | number, unknown>;
    for (let i = 0; i < path.length - 1; i++) {
      const k = path[i]!;
      if (cur[k] === undefined) cur[k] = typeof path[i + 1] === 'number' ? [] : {};
      cur = cur[k] as Record<string | number, unknown>;
    }
    cur[path[path.length - 1]!] = value;
    if (src) this.sources.set(formatPath(path), src);
    if (concept) {
      const list = this.byConcept.get(concept) ?? [];
      list.push(path);
      this.byConcept.set(concept, list);
    }
  }

  /** A list of strings, each with its own source. */
  setList(concept: string | null, path: Path, items: Array<{ value: string; src?: FieldSource }>): void {
    if (!items.length) return;
    this.set(concept, path, items.map((i) => i.value));
    items.forEach((i, n) => i.src && this.sources.set(formatPath([...path, n]), i.src));
  }

  remove(concept: string): void {
    for (const path of this.byConcept.get(concept) ?? []) {
      const parents: Array<[Record<string | number, unknown>, string | number]> = [];
      let cur = this.data as Record<string | number, unknown>;
      let ok = true;
      for (let i = 0; i < path.length - 1; i++) {
        parents.push([cur, path[i]!]);
        const next = cur[path[i]!];
        if (next === null || typeof next !== 'object') {
          ok = false;
          break;
        }
        cur = next as Record<string | number, unknown>;
      }
      if (!ok) continue;
      delete cur[path[path.length - 1]!];
      const prefix = formatPath(path);
      for (const k of [...this.sources.keys()]) if (k === prefix || k.startsWith(`${prefix}.`) || k.startsWith(`${prefix}[`)) this.sources.delete(k);
      // prune emptied groups
      for (let i = parents.length - 1; i >= 0; i--) {
        const [obj, key] = parents[i]!;
        const v = obj[key];
        if (v && typeof v === 'object' && Object.keys(v).length === 0) delete obj[key];
        else break;
      }
    }
    this.byConcept.delete(concept);
  }
}

const clean = (s: string) => s.replace(/\s+/g, ' ').trim();

const URL_RE = /^(https?|ftp):\/\/\S+$/;
function urlsOf(v: unknown): string[] {
  if (!Array.isArray(v)) return [];
  return [...new Set(v.filter((x): x is string => typeof x === 'string').map((u) => u.replace(/[).,;:\]]+$/, '')).filter((u) => URL_RE.test(u)))];
}

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x.trim() !== '') : [];
}

const FAMILY_MAP: Record<string, string> = {
  cnn: 'cnn',
  'convolutional neural network': 'cnn',
  rnn: 'rnn_lstm',
  lstm: 'rnn_lstm',
  gan: 'gan',
  mlp: 'mlp',
  'multilayer perceptron': 'mlp',
  transformer: 'transformer',
  'vision transformer': 'transformer',
};

function families(v: unknown): string[] {
  const out = new Set<string>();
  for (const f of strings(v)) {
    const k = f.toLowerCase();
    out.add(FAMILY_MAP[k] ?? (/\b(lstm|rnn|recurrent)\b/.test(k) ? 'rnn_lstm' : /\btransformer/.test(k) ? 'transformer' : /\b(cnn|convolution)/.test(k) ? 'cnn' : 'other'));
  }
  return [...out];
}

function found(f: Finding | undefined): f is Finding {
  return Boolean(f && f.status !== 'missing');
}

/** The sentence of a finding that mentions `word`, else its first. */
function evidenceFor(f: Finding, word: string): Evidence | undefined {
  const w = word.toLowerCase();
  return f.evidence.find((e) => e.text.toLowerCase().includes(w)) ?? f.evidence[0];
}

const TEXT_FIELDS: Array<[concept: string, path: Path, list?: boolean]> = [
  ['objectives', ['study', 'objectives'], true],
  ['background', ['study', 'background']],
  ['dates_setting', ['participants', 'setting']],
  ['preprocessing', ['data', 'preprocessing', 'description']],
  ['deidentification', ['data', 'deidentification']],
  ['data_subsets', ['data', 'subset_selection']],
  ['class_imbalance', ['data', 'class_balance', 'description']],
  ['reference_standard', ['reference_standard', 'definition']],
  ['reference_standard_rationale', ['reference_standard', 'rationale']],
  ['annotators', ['reference_standard', 'annotators', 'description']],
  ['annotation_tools', ['reference_standard', 'annotation_tool']],
  ['test_set_annotation', ['reference_standard', 'test_set_annotation']],
  ['rater_variability', ['reference_standard', 'rater_variability', 'description']],
  ['sample_size', ['sample', 'size_rationale']],
  ['training_details', ['training', 'description']],
  ['model_selection', ['model', 'selection']],
  ['model_output_thresholds', ['model', 'output_threshold']],
  ['statistical_uncertainty', ['evaluation', 'uncertainty', 'description']],
  ['indeterminate_results', ['evaluation', 'indeterminate_results']],
  ['baseline_characteristics', ['participants', 'characteristics', 'other'], true],
  ['limitations', ['discussion', 'limitations'], true],
  ['interpretation', ['discussion', 'interpretation']],
  ['implications', ['discussion', 'implications']],
  ['future_research', ['discussion', 'future_research']],
  ['ethics', ['ethics', 'description']],
];

function build(ms: Manuscript, F: Map<string, Finding>, facts: TextFacts): Draft {
  const d = new Draft();
  const get = (c: string) => {
    const f = F.get(c);
    return found(f) ? f : undefined;
  };
  const src = (f: Finding, e?: Evidence) => sourceOf(e ?? f.evidence[0], f.rule);

  d.set(null, ['schema_version'], 1);
  const title = ms.title ? clean(ms.title) : undefined;
  d.set('title_id', ['title'], title ?? 'TODO: title (not found in the manuscript)', title ? { text: title, rule: 'text/title', line: ms.sections.find((s) => s.kind === 'title')?.start.line ?? 1 } : undefined);
  if (facts.year !== undefined) d.set(null, ['year'], facts.year, { text: String(facts.year), rule: facts.yearSource ?? 'metadata' });

  const abs = get('abstract');
  if (abs && abs.value === 'structured') {
    d.set('abstract', ['abstract', 'structured'], true, src(abs));
    const parts = strings(abs.details?.parts);
    // the detector records the parts as letters (B, O, M, R, C): turn them into headings
    const names: Record<string, string> = { b: 'Background', o: 'Objectives', m: 'Methods', r: 'Results', c: 'Conclusions' };
    const headings = parts.map((p) => names[p.toLowerCase()] ?? (p.length > 1 ? p[0]!.toUpperCase() + p.slice(1) : undefined)).filter((h): h is string => Boolean(h));
    if (headings.length) d.set('abstract', ['abstract', 'headings'], headings);
  }

  // study
  d.set(null, ['study', 'type'], 'clinical');
  const design = get('design_prospective_retrospective');
  if (design) {
    const dc = design.value === 'both' ? 'prospective_and_retrospective' : design.value === 'retrospective' || design.value === 'prospective' ? design.value : undefined;
    if (dc) d.set('design_prospective_retrospective', ['study', 'data_collection'], dc, src(design));
  }

  // free-text fields: the detector's evidence sentence, as written
  for (const [concept, path, isList] of TEXT_FIELDS) {
    const f = get(concept);
    if (!f || !f.evidence.length) continue;
    if (isList) d.setList(concept, path, f.evidence.slice(0, 3).map((e) => ({ value: clean(e.text), src: src(f, e) })));
    else d.set(concept, path, clean(f.evidence[0]!.text), src(f));
  }

  const elig = get('eligibility');
  if (elig) {
    const inc = elig.evidence.filter((e) => !/\bexclu/i.test(e.text)).slice(0, 3);
    const exc = elig.evidence.filter((e) => /\bexclu/i.test(e.text)).slice(0, 3);
    d.setList('eligibility', ['participants', 'eligibility', 'inclusion'], inc.map((e) => ({ value: clean(e.text), src: src(elig, e) })));
    d.setList('eligibility', ['participants', 'eligibility', 'exclusion'], exc.map((e) => ({ value: clean(e.text), src: src(elig, e) })));
  }

  // data source
  const ds = get('data_source');
  if (ds) {
    if (ds.value && (DATA_ORIGINS as readonly string[]).includes(ds.value)) d.set('data_source', ['data', 'origin'], ds.value, src(ds));
    const inst = strings(ds.details?.institutions);
    const sets = strings(ds.details?.datasets);
    const setType = ds.value === 'registry_or_cohort' ? 'registry' : ds.value === 'public_dataset' || ds.value === 'mixed' ? 'public_dataset' : 'other';
    const sources = [
      ...inst.map((name) => ({ name, type: 'institution' })),
      ...sets.map((name) => ({ name, type: setType })),
    ];
    if (sources.length) {
      d.set('data_source', ['data', 'sources'], sources);
      sources.forEach((s, i) => {
        const e = evidenceFor(ds, s.name);
        const fs = src(ds, e);
        if (fs) d.sources.set(formatPath(['data', 'sources', i, 'name']), fs);
      });
    }
  }

  // missing data
  const miss = get('missing_data');
  if (miss) {
    const t = miss.evidence.map((e) => e.text).join(' ');
    const handling = /imput|MICE|chained equations|carried forward/i.test(t)
      ? 'imputation'
      : /complete[- ]case|available[- ]case|listwise/i.test(t)
        ? 'complete_case'
        : /\bno missing|without missing|there were no missing|none (?:of the|were) missing|complete data (?:for|on) all/i.test(t)
          ? 'none_missing'
          : /\bexcluded\b/i.test(t)
            ? 'excluded'
            : 'other';
    d.set('missing_data', ['data', 'missing_data', 'handling'], handling, src(miss));
    d.set('missing_data', ['data', 'missing_data', 'description'], clean(miss.evidence[0]!.text), src(miss));
  }

  // split
  const part = get('data_partitioning');
  if (part) {
    const det = part.details ?? {};
    for (const k of ['train', 'validation', 'test'] as const) {
      const n = det[k];
      if (typeof n === 'number' && Number.isInteger(n) && n >= 0) d.set('data_partitioning', ['split', k], n, src(part, evidenceFor(part, String(n))));
    }
    const unit = typeof det.unit === 'string' ? det.unit.toLowerCase() : undefined;
    const unitMap: Record<string, string> = { patient: 'patients', patients: 'patients', subjects: 'patients', participants: 'patients', images: 'images', image: 'images', scans: 'images', studies: 'studies', exams: 'exams', examinations: 'exams', series: 'series', levels: 'levels' };
    if (unit && d.byConcept.has('data_partitioning')) d.set('data_partitioning', ['split', 'unit'], unitMap[unit] ?? 'other', src(part, evidenceFor(part, unit)));
    const props = (det.proportions ?? {}) as Record<string, unknown>;
    for (const k of ['train', 'validation', 'test'] as const) {
      const p = props[k];
      if (typeof p === 'number' && p >= 0 && p <= 100) d.set('data_partitioning', ['split', 'proportions', k], p, src(part, evidenceFor(part, String(p))));
    }
    if (typeof det.folds === 'number' && Number.isInteger(det.folds) && det.folds >= 2) d.set('data_partitioning', ['split', 'folds'], det.folds, src(part, evidenceFor(part, 'fold')));
    if (!d.byConcept.has('data_partitioning')) d.set('data_partitioning', ['split', 'description'], clean(part.evidence[0]!.text), src(part));
    else d.set('data_partitioning', ['split', 'description'], clean(part.evidence[0]!.text), src(part));
  }
  const disj = get('partition_disjointness');
  if (disj) {
    const lvl = (part?.details?.level ?? disj.value) as unknown;
    if (typeof lvl === 'string' && ['patient', 'image', 'study', 'exam'].includes(lvl)) d.set('partition_disjointness', ['split', 'level'], lvl, src(disj));
    else d.set('partition_disjointness', ['split', 'disjoint'], !disj.notDone, src(disj));
  }

  // model
  const model = get('model_description');
  if (model) {
    const fam = families(model.details?.families);
    const arch = strings(model.details?.architectures);
    if (fam.length) d.set('model_description', ['model', 'families'], fam, src(model));
    if (arch.length) d.set('model_description', ['model', 'architectures'], arch, src(model, evidenceFor(model, arch[0]!)));
    if (model.status === 'reported') d.set('model_description', ['model', 'description'], clean(model.evidence[0]!.text), src(model));
  }
  const init = get('initialization');
  if (init) d.set('initialization', ['model', 'initialization'], { pretrained: /pre-?train|transfer|ImageNet|fine-?tun/i.test(init.evidence.map((e) => e.text).join(' ')), description: clean(init.evidence[0]!.text) }, src(init));
  const ens = get('ensembling');
  if (ens) d.set('ensembling', ['model', 'ensembling'], { used: !ens.notDone, description: clean(ens.evidence[0]!.text) }, src(ens));

  // software
  const sw = get('software');
  if (sw) {
    const names = strings(sw.details?.names);
    const items = names.map((n) => {
      const m = /^(.*?)\s+(\d+(?:\.\d+){0,3}[a-z]?)$/.exec(n);
      return m ? { name: m[1]!, version: m[2]! } : { name: n };
    });
    if (items.length) {
      d.set('software', ['software'], items);
      items.forEach((it, i) => {
        const fs = src(sw, evidenceFor(sw, it.name));
        if (fs) d.sources.set(formatPath(['software', i, 'name']), fs);
      });
    }
  }

  // evaluation
  const pm = get('performance_metrics');
  if (pm) {
    const names = strings(pm.details?.metrics);
    if (names.length) {
      d.set('performance_metrics', ['evaluation', 'metrics'], names.map((name) => ({ name })));
      names.forEach((n, i) => {
        const fs = src(pm, evidenceFor(pm, n));
        if (fs) d.sources.set(formatPath(['evaluation', 'metrics', i, 'name']), fs);
      });
    }
  }
  const ct = get('cross_tabulation');
  if (ct) d.set('cross_tabulation', ['evaluation', 'confusion_matrix'], true, src(ct));
  for (const [concept, key] of [
    ['robustness', 'robustness'],
    ['fairness', 'fairness'],
    ['explainability', 'explainability'],
    ['failure_analysis', 'failure_analysis'],
  ] as const) {
    const f = get(concept);
    if (!f) continue;
    d.set(concept, ['evaluation', key, 'performed'], !f.notDone, src(f));
    d.set(concept, ['evaluation', key, 'description'], clean(f.evidence[0]!.text), src(f));
  }

  const ext = get('external_validation');
  if (ext) {
    const performed = ext.value ? ext.value === 'performed' : !ext.notDone;
    d.set('external_validation', ['external_validation', 'performed'], performed, src(ext));
    const sites = strings(ext.details?.sites);
    if (performed && sites.length) d.set('external_validation', ['external_validation', 'sites'], sites, src(ext, evidenceFor(ext, sites[0]!)));
    d.set('external_validation', ['external_validation', performed ? 'description' : 'reason_not_performed'], clean(ext.evidence[0]!.text), src(ext));
  }

  // availability
  const da = get('data_availability');
  if (da) {
    if (da.value && (DATA_AVAILABILITY as readonly string[]).includes(da.value)) d.set('data_availability', ['data', 'availability'], da.value, src(da));
    const urls = urlsOf(da.details?.urls);
    if (urls.length) d.set('data_availability', ['data', 'urls'], urls, src(da, evidenceFor(da, urls[0]!)));
    const acc = strings(da.details?.accessions);
    if (acc.length) d.set('data_availability', ['data', 'accessions'], acc, src(da, evidenceFor(da, acc[0]!)));
    const text = da.evidence.map((e) => e.text).join(' ');
    const contact = /[\w.+-]+@[\w-]+(\.[\w-]+)+/.exec(text)?.[0] ?? /\b(the )?(corresponding|first|senior|last) author\b/i.exec(text)?.[0];
    if (contact && da.value === 'on_request') d.set('data_availability', ['data', 'contact'], contact, src(da));
    d.set('data_availability', ['data', 'statement'], clean(da.evidence[0]!.text), src(da));
  }
  const ca = get('code_availability');
  if (ca && ca.value && ['public', 'on_request', 'not_available'].includes(ca.value)) {
    d.set('code_availability', ['code', 'availability'], ca.value, src(ca));
    const urls = urlsOf(ca.details?.urls);
    if (urls.length) d.set('code_availability', ['code', 'urls'], urls, src(ca, evidenceFor(ca, urls[0]!)));
    const text = ca.evidence.map((e) => e.text).join(' ');
    const contact = /[\w.+-]+@[\w-]+(\.[\w-]+)+/.exec(text)?.[0] ?? /\b(the )?(corresponding|first|senior|last) author\b/i.exec(text)?.[0];
    if (contact && ca.value === 'on_request') d.set('code_availability', ['code', 'contact'], contact, src(ca));
    d.set('code_availability', ['code', 'statement'], clean(ca.evidence[0]!.text), src(ca));
  }

  // declarations
  const reg = get('registration');
  if (reg) {
    d.set('registration', ['registration', 'registered'], !reg.notDone, src(reg));
    const ids = strings(reg.details?.ids);
    if (!reg.notDone && ids.length) d.set('registration', ['registration', 'id'], ids[0], src(reg, evidenceFor(reg, ids[0]!)));
  }
  const prot = get('protocol');
  if (prot) {
    d.set('protocol', ['protocol', 'available'], !prot.notDone, src(prot));
    const urls = urlsOf(prot.details?.urls);
    if (urls.length) d.set('protocol', ['protocol', 'url'], urls[0], src(prot, evidenceFor(prot, urls[0]!)));
    d.set('protocol', ['protocol', 'description'], clean(prot.evidence[0]!.text), src(prot));
  }
  const fund = get('funding');
  if (fund) {
    const none = fund.value === 'none' || Boolean(fund.notDone);
    d.set('funding', ['funding', 'funded'], !none, src(fund));
    if (!none) d.setList('funding', ['funding', 'sources'], fund.evidence.slice(0, 2).map((e) => ({ value: clean(e.text), src: src(fund, e) })));
  }
  const coi = get('conflicts_of_interest');
  if (coi && (coi.value === 'declared' || coi.value === 'none' || coi.notDone)) {
    d.set('conflicts_of_interest', ['conflicts_of_interest', 'present'], coi.value === 'declared', src(coi));
    d.set('conflicts_of_interest', ['conflicts_of_interest', 'statement'], clean(coi.evidence[0]!.text), src(coi));
  }

  // imaging and anatomy (text extraction)
  const acq = get('acquisition');
  if (facts.modalities.length) {
    d.set('acquisition', ['imaging', 'modalities'], facts.modalities.map((m) => m.key));
    facts.modalities.forEach((m, i) => {
      const fs = sourceOf(m.sentence, `text/modality`);
      if (fs) d.sources.set(formatPath(['imaging', 'modalities', i]), fs);
    });
  }
  if (acq) d.set('acquisition', ['imaging', 'protocol'], clean(acq.evidence[0]!.text), src(acq));
  const anatomy = facts.anatomy.map((a) => a.key);
  if (!anatomy.length && facts.otherBodyParts.length) anatomy.push('other');
  if (anatomy.length) {
    d.set(null, ['application', 'anatomy'], anatomy);
    facts.anatomy.forEach((a, i) => {
      const fs = sourceOf(a.sentence, 'text/anatomy');
      if (fs) d.sources.set(formatPath(['application', 'anatomy', i]), fs);
    });
  }
  if (!facts.anatomy.length && facts.otherBodyParts.length) {
    d.setList(null, ['application', 'other_body_parts'], facts.otherBodyParts.map((b) => ({ value: b.key, src: sourceOf(b.sentence, 'text/body-part')! })));
  }
  return d;
}

function agrees(m: Finding | undefined, s: Finding): boolean {
  const ms = m?.status ?? 'missing';
  if (s.status === 'missing') return true; // not filled
  if (ms !== s.status) return false;
  if (Boolean(m?.notDone) !== Boolean(s.notDone) && ['external_validation', 'code_availability', 'data_availability', 'registration', 'protocol'].includes(s.concept)) return false;
  if (HEADLINE_VALUES.includes(s.concept) && (m?.value ?? null) !== (s.value ?? null)) return false;
  return true;
}

/**
 * Draft a study description from a manuscript (and its findings, when already computed). The description
 * validates against the schema; concepts it fills agree with the manuscript's findings.
 */
export function extractStudy(ms: Manuscript, findings: Map<string, Finding> = detectAll(ms)): StudyDraft {
  const facts = textFacts(ms);
  const d = build(ms, findings, facts);
  const dropped: string[] = [];
  for (let round = 0; round < 3; round++) {
    const parsed = StudyDescription.safeParse(d.data);
    if (!parsed.success) {
      // a field the schema refuses: drop the concepts that own the offending paths
      const bad = new Set(parsed.error.issues.map((i) => formatPath(i.path as PropertyKey[])));
      const owners = [...d.byConcept.entries()].filter(([, paths]) => paths.some((p) => [...bad].some((b) => b.startsWith(formatPath(p)) || formatPath(p).startsWith(b))));
      if (!owners.length) throw new Error(`extract: the draft does not validate: ${[...bad].join(', ')}`);
      for (const [c] of owners) {
        d.remove(c);
        dropped.push(c);
      }
      continue;
    }
    const own = studyToFindings(parsed.data, {}, ms.path);
    const wrong = own.filter((f) => !agrees(findings.get(f.concept), f)).map((f) => f.concept);
    if (!wrong.length) {
      const filled = own.filter((f) => f.status !== 'missing').map((f) => f.concept);
      return { description: parsed.data, sources: d.sources, concepts: filled, dropped, from: ms.path };
    }
    for (const c of wrong) {
      if (c === 'title_id') {
        // the title is required: keep it, but mark it as unconfirmed so that it does not count as filled
        d.set(null, ['title'], `TODO: confirm the title: ${String(d.data.title)}`);
        d.byConcept.delete('title_id');
      } else d.remove(c);
      // a concept fed by fields of several concepts (acquisition from modalities): drop it whole
      if (c === 'acquisition') d.remove('acquisition');
      dropped.push(c);
    }
  }
  throw new Error('extract: the draft does not settle');
}

// ---------------------------------------------------------------------------------------------------------
// output

function where(s: FieldSource): string {
  if (s.page !== undefined) return s.line !== undefined ? `page ${s.page}, line ${s.line}` : `page ${s.page}`;
  if (s.paragraph !== undefined) return `paragraph ${s.paragraph}`;
  if (s.line !== undefined) return `line ${s.line}`;
  return s.rule.startsWith('metadata') ? s.rule : 'the manuscript';
}

function quote(t: string, n = 70): string {
  const s = t.replace(/\s+/g, ' ').trim();
  return JSON.stringify(s.length > n ? `${s.slice(0, n - 1)}…` : s);
}

/** YAML with a `# from line N: "…"` comment after every extracted field. */
export function draftToYaml(draft: StudyDraft, opts: { date?: string } = {}): string {
  const doc = new Document(draft.description);
  const date = opts.date ?? new Date().toISOString().slice(0, 10);
  doc.commentBefore = [
    ` Study description drafted by \`reportlint extract\` from ${draft.from} on ${date}.`,
    ' Every extracted field names the line it came from; check each one against the manuscript.',
    ' Fields the manuscript does not state are left out; study.type is a default (clinical): correct it if needed.',
    ` Concepts filled: ${draft.concepts.length ? draft.concepts.join(', ') : 'none'}.`,
  ].join('\n');
  for (const [key, src] of draft.sources) {
    const path = parsePath(key);
    const node = doc.getIn(path, true) as YamlNode | undefined;
    if (!node) continue;
    const comment = ` from ${where(src)}${src.rule.startsWith('text/') || src.rule.startsWith('metadata') ? '' : ''}: ${quote(src.text)}`;
    if (isScalar(node)) node.comment = comment;
    else if (isCollection(node)) node.commentBefore = comment;
  }
  return doc.toString({ lineWidth: 0 });
}

function parsePath(key: string): Array<string | number> {
  const out: Array<string | number> = [];
  for (const m of key.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) out.push(m[2] !== undefined ? Number(m[2]) : m[1]!);
  return out;
}

/** JSON (no comments: the sources are left out). */
export function draftToJson(draft: StudyDraft): string {
  return `${JSON.stringify(draft.description, null, 2)}\n`;
}
