/**
 * Study descriptions in the checking pipeline:
 *  - `reportlint check study.yaml`: the description's findings go through the same engine as a manuscript's;
 *    concepts the schema can express are "known" (absent → missing), all others come out as needs-review.
 *  - `reportlint check paper.md --study study.yaml`: the description fills what the manuscript lacks, and the
 *    places where both speak but say different things are listed as disagreements.
 */
import { extname } from 'node:path';
import { detectAll, detectedConcepts } from '../concepts/index.js';
import type { Evidence, Finding } from '../concepts/types.js';
import { listBundledChecklists } from '../checklists/load.js';
import { checkManuscript, type EngineOptions } from '../engine/check.js';
import type { Disagreement, FileResult, StudyTypeResult } from '../engine/types.js';
import type { Manuscript } from '../manuscript/model.js';
import { decodeText, readInputBytes } from '../readers/index.js';
import { formatPath, parseStudyDescription, type StudyPositions } from './parse.js';
import type { StudyDescription } from './schema.js';
import { STUDY_CONCEPTS, STUDY_RULE, studyToFindings } from './to-findings.js';

export interface LoadedStudy {
  file: string;
  description: StudyDescription;
  positions: StudyPositions;
  findings: Map<string, Finding>;
  size: number;
}

const STUDY_EXT = new Set(['.yaml', '.yml', '.json']);

/** Whether a path names a study description by its extension (.yaml, .yml, .json). */
export function isStudyPath(path: string): boolean {
  return STUDY_EXT.has(extname(path).toLowerCase());
}

/** Parse and validate a description from text; throws StudyError (every issue, with path and line). */
export function loadStudyText(text: string, file: string): LoadedStudy {
  const { description, positions } = parseStudyDescription(text, file);
  const findings = new Map(studyToFindings(description, positions, file).map((f) => [f.concept, f]));
  return { file, description, positions, findings, size: Buffer.byteLength(text) };
}

/** Read a description file; throws InputError (unreadable, empty, not UTF-8) or StudyError. */
export function loadStudyFile(path: string): LoadedStudy {
  const text = decodeText(path, readInputBytes(path));
  return loadStudyText(text, path);
}

/** The concepts a description can state: absent ones are missing, every other concept needs review. */
export function studyKnownConcepts(): Set<string> {
  return new Set(STUDY_CONCEPTS);
}

// ---------------------------------------------------------------------------------------------------------
// study type from the fields

function fieldEvidence(s: LoadedStudy, path: (string | number)[], text: string): Evidence {
  const key = formatPath(path);
  const pos = s.positions[key];
  const e: Evidence = { text, section: key, rule: 'study-type/description', file: s.file };
  if (pos) {
    e.line = pos.line;
    e.column = pos.column;
  }
  return e;
}

function list(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x.trim() !== '') : [];
}

/**
 * The study type of a description, from its fields: a model (families, architectures, training) makes it an AI
 * study, `imaging.modalities` an imaging study (both: ai_imaging → CLAIM); `application.purposes:
 * outcome_prediction` (or an AI model without images that is developed or validated) a prediction model
 * (TRIPOD+AI); diagnosis/screening purposes or a diagnostic-accuracy design or goal a diagnostic accuracy study
 * (STARD); `study.design: randomised_trial` a trial (CONSORT, not bundled). Bundled checklists named in
 * `reporting_guidelines` are added to the fitting ones.
 */
export function classifyDescription(s: LoadedStudy): StudyTypeResult {
  const d = s.description;
  const ev: Record<string, Evidence[]> = {};
  const note = (k: string, path: (string | number)[], value: unknown) => {
    (ev[k] ??= []).push(fieldEvidence(s, path, `${formatPath(path)}: ${Array.isArray(value) ? value.join(', ') : String(value)}`));
  };
  const m = d.model;
  const families = list(m?.families);
  const arch = list(m?.architectures);
  if (families.length) note('ai', ['model', 'families'], families);
  if (arch.length) note('ai', ['model', 'architectures'], arch);
  else if (m?.backbone) note('ai', ['model', 'backbone'], m.backbone);
  if (!ev.ai && d.training && Object.keys(d.training).length) note('ai', ['training'], 'given');
  const ai = Boolean(ev.ai);
  const modalities = list(d.imaging?.modalities);
  if (modalities.length) note('imaging', ['imaging', 'modalities'], modalities);
  const imaging = Boolean(ev.imaging);
  const purposes = list(d.application?.purposes);
  const goal = d.study.goal;
  if (purposes.includes('outcome_prediction')) note('prediction', ['application', 'purposes'], purposes);
  else if (ai && !imaging && goal && ['development', 'validation', 'development_and_validation'].includes(goal)) note('prediction', ['study', 'goal'], goal);
  if (purposes.some((p) => p === 'diagnosis' || p === 'screening')) note('diagnostic', ['application', 'purposes'], purposes);
  if (d.study.design === 'diagnostic_accuracy') note('diagnostic', ['study', 'design'], d.study.design);
  if (goal === 'diagnostic_accuracy') note('diagnostic', ['study', 'goal'], goal);
  const rct = d.study.design === 'randomised_trial';
  if (rct) note('rct', ['study', 'design'], d.study.design);
  const observational = !ai && !rct && d.study.category === 'observational' && ['cohort', 'case_control', 'cross_sectional'].includes(d.study.design ?? '');
  if (observational) note('observational', ['study', 'design'], d.study.design);

  const types: string[] = [];
  if (rct) types.push('rct');
  if (ai && imaging) types.push('ai_imaging');
  if (ev.prediction) types.push('prediction_model');
  if (ev.diagnostic) types.push('diagnostic_accuracy');
  if (!types.length && observational) types.push('observational');

  const checklists: string[] = [];
  if (types.includes('ai_imaging')) checklists.push('claim-2024');
  if (types.includes('prediction_model') || (ai && !imaging && !rct)) checklists.push('tripod-ai-2024');
  if (types.includes('diagnostic_accuracy') && !rct) checklists.push('stard-2015');
  const bundled = new Set(listBundledChecklists());
  const declared = list(d.reporting_guidelines).map((g) => g.toLowerCase());
  for (const g of declared) {
    if (bundled.has(g) && !checklists.includes(g)) {
      checklists.push(g);
      note('declared', ['reporting_guidelines'], declared);
    }
  }
  const otherGuidelines: string[] = [];
  if (rct) otherGuidelines.push('CONSORT 2010');
  if (observational) otherGuidelines.push('STROBE');
  const type = types[0] ?? 'other';
  const evKeys = type === 'ai_imaging' ? ['ai', 'imaging'] : type === 'prediction_model' ? ['prediction'] : type === 'diagnostic_accuracy' ? ['diagnostic'] : [type];
  const evidence = [...evKeys.flatMap((k) => ev[k] ?? []), ...(ev.declared ?? []).slice(0, 1)];
  return { type, types, checklists, otherGuidelines, confidence: types.length ? 0.9 : 0.3, evidence };
}

// ---------------------------------------------------------------------------------------------------------
// checking a description alone

/** The smallest Manuscript the engine needs for a description: no sections, no sentences. */
export function studyManuscript(s: LoadedStudy): Manuscript {
  return { path: s.file, format: 'study', title: s.description.title, sections: [], sentences: [], metadata: {}, warnings: [], size: s.size };
}

function checklistSpec(opts: EngineOptions, st: StudyTypeResult): EngineOptions {
  const spec = (opts.checklists ?? 'auto').trim();
  if ((spec === 'auto' || spec === '') && st.checklists.length) return { ...opts, checklists: st.checklists.join(',') };
  return opts;
}

/** Check a loaded description against checklists: same verdicts and JSON as for a manuscript. */
export function checkStudy(s: LoadedStudy, opts: EngineOptions = {}): FileResult {
  const studyType = classifyDescription(s);
  const r = checkManuscript(studyManuscript(s), checklistSpec(opts, studyType), { findings: s.findings, known: studyKnownConcepts() });
  return { ...r, studyType };
}

// ---------------------------------------------------------------------------------------------------------
// manuscript + description

/**
 * Combine the manuscript's findings with the description's: the manuscript's stand where it reports a concept;
 * where it does not (or only partially, and the description fully), the description's finding takes over,
 * with a reason that says so.
 */
export function mergeFindings(ms: Map<string, Finding>, st: Map<string, Finding>): Map<string, Finding> {
  const out = new Map(ms);
  for (const [c, d] of st) {
    if (d.status === 'missing') continue;
    const m = ms.get(c);
    if (!m || m.status === 'missing') {
      out.set(c, { ...d, reason: `Not found in the manuscript; stated in the study description. ${d.reason ?? ''}`.trim() });
    } else if (m.status === 'partial' && d.status === 'reported') {
      out.set(c, {
        ...d,
        evidence: [...m.evidence, ...d.evidence],
        reason: `Only partly reported in the manuscript (${m.reason ?? m.rule}); completed by the study description.`,
      });
    }
  }
  return out;
}

const SPLIT_KEYS = ['train', 'validation', 'test'] as const;

function num(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

function splitOf(f: Finding | undefined): { counts: Record<string, number>; props: Record<string, number>; unit?: string } {
  const d = (f && f.status !== 'missing' ? f.details : undefined) ?? {};
  const counts: Record<string, number> = {};
  const props: Record<string, number> = {};
  const p = (d.proportions ?? {}) as Record<string, unknown>;
  for (const k of SPLIT_KEYS) {
    const n = num(d[k]);
    if (n !== undefined) counts[k] = n;
    const q = num(p[k]);
    if (q !== undefined) props[k] = q;
  }
  return { counts, props, ...(typeof d.unit === 'string' ? { unit: d.unit } : {}) };
}

const UNIT_NORMAL: Record<string, string> = { patient: 'patients', subject: 'patients', subjects: 'patients', participants: 'patients', participant: 'patients', image: 'images', scan: 'images', scans: 'images' };
const normUnit = (u: string | undefined) => (u ? UNIT_NORMAL[u.toLowerCase()] ?? u.toLowerCase() : undefined);

function describe(f: Finding | undefined): string | null {
  if (!f || f.status === 'missing') return null;
  return f.value ?? (f.notDone ? 'not done' : f.status);
}

const VALUE_WORDS: Record<string, Record<string, string>> = {
  external_validation: { performed: 'was performed', not_performed: 'was not performed' },
};

/** Where the manuscript and the description disagree (both speak and differ, or the description claims what the text omits). */
export function findDisagreements(ms: Map<string, Finding>, s: LoadedStudy): Disagreement[] {
  const out: Disagreement[] = [];
  const st = s.findings;
  const msEv = (f: Finding | undefined) => (f && f.status !== 'missing' ? f.evidence.slice(0, 2) : []);
  const dEv = (path: (string | number)[], text?: string) => {
    const key = formatPath(path);
    const pos = s.positions[key];
    const e: Evidence = { text: text ?? key, section: key, rule: STUDY_RULE, file: s.file };
    if (pos) {
      e.line = pos.line;
      e.column = pos.column;
    }
    return e;
  };

  // external validation: performed in the description, but not performed or not mentioned in the manuscript
  {
    const d = st.get('external_validation');
    const m = ms.get('external_validation');
    const dv = describe(d);
    const mv = describe(m);
    if (d && dv && dv !== mv && (dv === 'performed' || mv !== null)) {
      const w = VALUE_WORDS.external_validation!;
      out.push({
        concept: 'external_validation',
        manuscript: mv,
        description: dv,
        field: 'external_validation.performed',
        message: `The study description says external validation ${w[dv] ?? dv}; the manuscript ${mv === null ? 'does not mention it' : `says it ${w[mv] ?? mv}`}.`,
        evidence: [...msEv(m), dEv(['external_validation', 'performed'], `external_validation.performed: ${String(s.description.external_validation?.performed)}`)],
      });
    }
  }

  // availability values
  for (const [concept, field] of [
    ['data_availability', ['data', 'availability']],
    ['code_availability', [s.description.code ? 'code' : 'trained_model', 'availability']],
  ] as const) {
    const d = st.get(concept);
    const m = ms.get(concept);
    if (!d?.value || !m || m.status === 'missing' || !m.value || m.value === d.value) continue;
    out.push({
      concept,
      manuscript: m.value,
      description: d.value,
      field: formatPath(field),
      message: `${concept === 'data_availability' ? 'Data' : 'Code'} availability: the study description says ${d.value}, the manuscript says ${m.value}.`,
      evidence: [...msEv(m), dEv([...field], `${formatPath(field)}: ${d.value}`)],
    });
  }

  // declarations: done vs explicitly not done
  for (const [concept, path, yes, no] of [
    ['registration', ['registration', 'registered'], 'registered', 'not registered'],
    ['funding', ['funding', 'funded'], 'funded', 'not funded'],
    ['conflicts_of_interest', ['conflicts_of_interest', 'present'], 'competing interests declared', 'no competing interests'],
  ] as const) {
    const d = st.get(concept);
    const m = ms.get(concept);
    if (!d || d.status === 'missing' || !m || m.status === 'missing') continue;
    const dNone = concept === 'conflicts_of_interest' ? d.value === 'none' : concept === 'funding' ? d.value === 'none' : Boolean(d.notDone);
    const mNone = concept === 'conflicts_of_interest' ? m.value === 'none' || (m.value === undefined && Boolean(m.notDone)) : Boolean(m.notDone);
    if (concept === 'conflicts_of_interest' && m.value === undefined && !m.notDone) continue;
    if (dNone === mNone) continue;
    out.push({
      concept,
      manuscript: mNone ? no : yes,
      description: dNone ? no : yes,
      field: formatPath(path),
      message: `${concept}: the study description says ${dNone ? no : yes}, the manuscript says ${mNone ? no : yes}.`,
      evidence: [...msEv(m), dEv([...path], `${formatPath(path)}: ${String((s.description as unknown as Record<string, Record<string, unknown> | undefined>)[path[0]]?.[path[1]])}`)],
    });
  }

  // split counts and proportions
  {
    const d = splitOf(st.get('data_partitioning'));
    const m = splitOf(ms.get('data_partitioning'));
    const mf = ms.get('data_partitioning');
    const sameUnit = !d.unit || !m.unit || normUnit(d.unit) === normUnit(m.unit);
    for (const k of SPLIT_KEYS) {
      if (sameUnit && d.counts[k] !== undefined && m.counts[k] !== undefined && d.counts[k] !== m.counts[k]) {
        out.push({
          concept: 'data_partitioning',
          manuscript: `${k} ${m.counts[k]}${m.unit ? ` ${m.unit}` : ''}`,
          description: `${k} ${d.counts[k]}${d.unit ? ` ${d.unit}` : ''}`,
          field: `split.${k}`,
          message: `Split: the study description gives ${d.counts[k]} for ${k}, the manuscript ${m.counts[k]}.`,
          evidence: [...msEv(mf), dEv(['split', k], `split.${k}: ${d.counts[k]}`)],
        });
      }
      if (d.props[k] !== undefined && m.props[k] !== undefined && Math.abs(d.props[k]! - m.props[k]!) > 1) {
        out.push({
          concept: 'data_partitioning',
          manuscript: `${k} ${m.props[k]}%`,
          description: `${k} ${d.props[k]}%`,
          field: `split.proportions.${k}`,
          message: `Split: the study description gives ${d.props[k]}% for ${k}, the manuscript ${m.props[k]}%.`,
          evidence: [...msEv(mf), dEv(['split', 'proportions', k], `split.proportions.${k}: ${d.props[k]}`)],
        });
      }
    }
  }
  return out;
}

/** Check a manuscript together with its description: merged findings, the manuscript's study type, disagreements. */
export function checkWithStudy(ms: Manuscript, s: LoadedStudy, opts: EngineOptions = {}, msFindings?: Map<string, Finding>): FileResult {
  const own = msFindings ?? detectAll(ms);
  const known = detectedConcepts();
  for (const c of STUDY_CONCEPTS) known.add(c);
  const merged = mergeFindings(own, s.findings);
  const r = checkManuscript(ms, opts, { findings: merged, known });
  const disagreements = findDisagreements(own, s);
  return { ...r, disagreements };
}
