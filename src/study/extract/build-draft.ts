/**
 * The draft builder of `reportlint extract`: the detectors' findings (and the text facts) → the fields of a study
 * description, each with the sentence it came from. Free-text fields take the detector's evidence sentence as
 * written; structured fields (split counts, sources, availability, external validation, model, metrics,
 * software ...) come from the findings' values and details. Nothing is guessed.
 */
import type { Evidence, Finding } from '../../concepts/types.js';
import type { Manuscript } from '../../manuscript/model.js';
import { formatPath } from '../parse.js';
import { DATA_AVAILABILITY, DATA_ORIGINS } from '../schema.js';
import { Draft, type Path, sourceOf } from './draft.js';
import type { TextFacts } from './text-facts.js';

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

export function buildDraft(ms: Manuscript, F: Map<string, Finding>, facts: TextFacts): Draft {
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
