/**
 * A study description as a source of findings (`reportlint check study.yaml`): its fields become findings, its
 * study type comes from the fields, and the concepts the schema can express are "known" (absent → missing, every
 * other concept needs review).
 */
import type { Evidence, Finding } from '../concepts/types.js';
import { listBundledChecklists } from '../checklists/load.js';
import { checkSource, type EngineOptions, type FindingSource } from '../engine/check.js';
import type { FileResult, StudyTypeResult } from '../engine/types.js';
import { decodeText, readInputBytes } from '../readers/input.js';
import { utf8Length } from '../util/bytes.js';
import { bundledChecklists, fitChecklists } from '../study-type/fit.js';
import { formatPath, parseStudyDescription, type StudyPositions } from './parse.js';
import type { StudyDescription } from './schema.js';
import { STUDY_CONCEPTS, studyToFindings } from './to-findings.js';
export interface LoadedStudy {
  file: string;
  description: StudyDescription;
  positions: StudyPositions;
  findings: Map<string, Finding>;
  size: number;
}



/** Parse and validate a description from text; throws StudyError (every issue, with path and line). */
export function loadStudyText(text: string, file: string): LoadedStudy {
  const { description, positions } = parseStudyDescription(text, file);
  const findings = new Map(studyToFindings(description, positions, file).map((f) => [f.concept, f]));
  return { file, description, positions, findings, size: utf8Length(text) };
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
 * (STARD); `study.design: randomised_trial` a trial (CONSORT 2025). Bundled checklists named in
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

  // without images, an AI model that is not a trial is AI on other data (TRIPOD+AI)
  if (ai && !imaging && !rct && !types.includes('prediction_model')) types.push('ai_other');
  const type = types[0] ?? 'other';
  const { checklists, otherGuidelines } = fitChecklists(type, types, bundledChecklists());
  const bundled = new Set(listBundledChecklists());
  const declared = list(d.reporting_guidelines).map((g) => g.toLowerCase());
  for (const g of declared) {
    if (bundled.has(g) && !checklists.includes(g)) {
      checklists.push(g);
      note('declared', ['reporting_guidelines'], declared);
    }
  }
  const evKeys = type === 'ai_imaging' ? ['ai', 'imaging'] : type === 'prediction_model' ? ['prediction'] : type === 'diagnostic_accuracy' ? ['diagnostic'] : [type];
  const evidence = [...evKeys.flatMap((k) => ev[k] ?? []), ...(ev.declared ?? []).slice(0, 1)];
  return { type, types, checklists, otherGuidelines, confidence: types.length ? 0.9 : 0.3, evidence };
}

// ---------------------------------------------------------------------------------------------------------
// checking a description alone

export function studySource(s: LoadedStudy): FindingSource {
  return {
    path: s.file,
    format: 'study',
    ...(s.description.title ? { title: s.description.title } : {}),
    findings: s.findings,
    known: studyKnownConcepts(),
    studyType: classifyDescription(s),
    warnings: [],
  };
}

/** Check a loaded description against checklists: same verdicts and JSON as for a manuscript. */
export function checkStudy(s: LoadedStudy, opts: EngineOptions = {}): FileResult {
  return checkSource(studySource(s), opts);
}
