import { existsSync, readFileSync } from 'node:fs';
import { classifyStudy } from '../study-type/classify.js';
import { join } from 'node:path';
import { detectAll } from '../concepts/index.js';
import type { Finding } from '../concepts/types.js';
import { ReportlintError } from '../errors.js';
import { readManuscript, InputError } from '../readers/index.js';
import { parseCsv, readLabels, type LabelRow } from './labels.js';

export interface ConceptScore {
  concept: string;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
  specificity: number | null;
  valueCorrect: number;
  valueTotal: number;
}

export interface EvalError {
  document: string;
  concept: string;
  kind: 'FP' | 'FN' | 'VALUE';
  expected: string;
  got: string;
  evidence?: string;
  labelEvidence?: string;
}

export interface EvalResult {
  corpus: string;
  docs: number;
  failed: Array<{ document: string; error: string }>;
  concepts: ConceptScore[];
  balancedAccuracy: number;
  missingF1: number;
  macroF1: number;
  valueAccuracy: number | null;
  errors: EvalError[];
  msPerDoc: number[];
  /** study type accuracy against <corpus>/study-types.csv when present */
  studyTypes?: { correct: number; total: number; wrong: Array<{ document: string; expected: string; got: string }> };
}

/** Corpus study-type labels and the classifier's classes that count as a match for each. */
const STUDY_TYPE_MATCH: Record<string, string[]> = {
  review_or_guideline: ['systematic_review', 'scoping_review', 'guideline'],
  thesis_other: ['other'],
};

export function studyTypeMatches(expected: string, got: string): boolean {
  return got === expected || (STUDY_TYPE_MATCH[expected] ?? []).includes(got);
}

const ratio = (a: number, b: number): number | null => (b === 0 ? null : a / b);

export async function evaluateCorpus(dir: string, opts: { concepts?: Set<string> } = {}): Promise<EvalResult> {
  const labelsFile = join(dir, 'labels.csv');
  if (!existsSync(labelsFile)) throw new InputError(dir, 'has no labels.csv (expected document,concept,reported,value,evidence)');
  const labels = readLabels(labelsFile).filter((l) => !opts.concepts || opts.concepts.has(l.concept));
  const byDoc = new Map<string, LabelRow[]>();
  for (const l of labels) {
    if (!byDoc.has(l.document)) byDoc.set(l.document, []);
    byDoc.get(l.document)!.push(l);
  }
  const scores = new Map<string, ConceptScore>();
  const score = (c: string) => {
    let s = scores.get(c);
    if (!s) {
      s = { concept: c, tp: 0, fp: 0, fn: 0, tn: 0, precision: null, recall: null, f1: null, specificity: null, valueCorrect: 0, valueTotal: 0 };
      scores.set(c, s);
    }
    return s;
  };
  const stLabels = new Map<string, string>();
  const stFile = join(dir, 'study-types.csv');
  if (existsSync(stFile)) {
    const rows = parseCsv(readFileSync(stFile, 'utf8'));
    const h = rows.shift() ?? [];
    const di = h.indexOf('document');
    const ti = h.indexOf('study_type');
    for (const r of rows) if (r[di] && r[ti]) stLabels.set(r[di]!.trim(), r[ti]!.trim());
  }
  const studyTypes: NonNullable<EvalResult['studyTypes']> = { correct: 0, total: 0, wrong: [] };
  const failed: EvalResult['failed'] = [];
  const errors: EvalError[] = [];
  const msPerDoc: number[] = [];
  let mTP = 0;
  let mFP = 0;
  let mFN = 0;
  for (const [doc, rows] of byDoc) {
    let findings: Map<string, Finding>;
    try {
      const t0 = performance.now();
      const ms = await readManuscript(join(dir, doc));
      findings = detectAll(ms);
      msPerDoc.push(performance.now() - t0);
      const expectedType = stLabels.get(doc);
      if (expectedType) {
        const got = classifyStudy(ms).type;
        studyTypes.total++;
        if (studyTypeMatches(expectedType, got)) studyTypes.correct++;
        else studyTypes.wrong.push({ document: doc, expected: expectedType, got });
      }
    } catch (e) {
      // the document is named already: reportlint's own errors give the problem without the path
      failed.push({ document: doc, error: e instanceof ReportlintError ? e.problem : e instanceof Error ? e.message.split('\n')[0]! : String(e) });
      continue;
    }
    for (const l of rows) {
      const f = findings.get(l.concept);
      const s = score(l.concept);
      const pred = f ? f.status !== 'missing' : false;
      if (l.reported && pred) s.tp++;
      else if (!l.reported && pred) s.fp++;
      else if (l.reported && !pred) s.fn++;
      else s.tn++;
      if (!l.reported && !pred) mTP++;
      if (l.reported && !pred) mFP++;
      if (!l.reported && pred) mFN++;
      if (l.reported !== pred) {
        errors.push({
          document: doc,
          concept: l.concept,
          kind: pred ? 'FP' : 'FN',
          expected: l.reported ? 'reported' : 'missing',
          got: f ? `${f.status}${f.value ? ` (${f.value})` : ''}` : 'no detector',
          ...(f?.evidence[0] ? { evidence: `${f.evidence[0].line ?? f.evidence[0].page ?? ''}: ${f.evidence[0].text}` } : {}),
          ...(l.evidence ? { labelEvidence: l.evidence } : {}),
        });
      }
      if (l.reported && l.value) {
        s.valueTotal++;
        if (f?.value === l.value) s.valueCorrect++;
        else errors.push({ document: doc, concept: l.concept, kind: 'VALUE', expected: l.value, got: f?.value ?? '(none)', ...(f?.evidence[0] ? { evidence: f.evidence[0].text } : {}), ...(l.evidence ? { labelEvidence: l.evidence } : {}) });
      }
    }
  }
  const concepts = [...scores.values()].sort((a, b) => a.concept.localeCompare(b.concept));
  for (const s of concepts) {
    s.precision = ratio(s.tp, s.tp + s.fp);
    s.recall = ratio(s.tp, s.tp + s.fn);
    s.specificity = ratio(s.tn, s.tn + s.fp);
    s.f1 = s.tp + s.fp + s.fn === 0 ? null : (2 * s.tp) / (2 * s.tp + s.fp + s.fn);
  }
  const both = concepts.filter((s) => s.tp + s.fn > 0 && s.tn + s.fp > 0);
  const balancedAccuracy = both.length ? both.reduce((a, s) => a + ((s.recall ?? 0) + (s.specificity ?? 0)) / 2, 0) / both.length : 0;
  const withPos = concepts.filter((s) => s.tp + s.fn > 0);
  const macroF1 = withPos.length ? withPos.reduce((a, s) => a + (s.f1 ?? 0), 0) / withPos.length : 0;
  const missingF1 = mTP + mFP + mFN === 0 ? 0 : (2 * mTP) / (2 * mTP + mFP + mFN);
  const vt = concepts.reduce((a, s) => a + s.valueTotal, 0);
  const vc = concepts.reduce((a, s) => a + s.valueCorrect, 0);
  return {
    corpus: dir,
    docs: byDoc.size - failed.length,
    failed,
    concepts,
    balancedAccuracy,
    missingF1,
    macroF1,
    valueAccuracy: vt ? vc / vt : null,
    errors,
    msPerDoc,
    ...(studyTypes.total ? { studyTypes } : {}),
  };
}

const f3 = (x: number | null) => (x === null ? '  -  ' : x.toFixed(3));

export function formatEval(r: EvalResult, opts: { errors?: boolean } = {}): string {
  const lines: string[] = [];
  lines.push(`corpus ${r.corpus}`);
  lines.push('concept                           TP  FP  FN  TN  prec   recall F1     spec   value');
  for (const s of r.concepts) {
    const v = s.valueTotal ? `${s.valueCorrect}/${s.valueTotal}` : '';
    lines.push(
      `${s.concept.padEnd(32)} ${String(s.tp).padStart(3)} ${String(s.fp).padStart(3)} ${String(s.fn).padStart(3)} ${String(s.tn).padStart(3)}  ${f3(s.precision)}  ${f3(s.recall)}  ${f3(s.f1)}  ${f3(s.specificity)}  ${v}`,
    );
  }
  if (r.valueAccuracy !== null) lines.push(`value accuracy ${r.valueAccuracy.toFixed(3)}`);
  for (const f of r.failed) lines.push(`failed ${f.document}: ${f.error}`);
  if (r.studyTypes) {
    lines.push(`study type ${r.studyTypes.correct}/${r.studyTypes.total} correct`);
    for (const w of r.studyTypes.wrong) lines.push(`  study type ${w.document}: expected ${w.expected}, got ${w.got}`);
  }
  if (opts.errors) {
    lines.push('');
    for (const e of r.errors) {
      lines.push(`${e.kind} ${e.concept} ${e.document}: expected ${e.expected}, got ${e.got}`);
      if (e.evidence) lines.push(`    found: ${e.evidence.slice(0, 300)}`);
      if (e.labelEvidence) lines.push(`    label: ${e.labelEvidence.slice(0, 300)}`);
    }
  }
  lines.push(`balanced-acc ${r.balancedAccuracy.toFixed(3)} missing-F1 ${r.missingF1.toFixed(3)} macro-F1 ${r.macroF1.toFixed(3)} docs ${r.docs} failed ${r.failed.length}`);
  return lines.join('\n');
}

/** The per-concept table as Markdown, for docs/accuracy.md. */
export function formatEvalMarkdown(r: EvalResult): string {
  const f = (x: number | null) => (x === null ? '–' : x.toFixed(2));
  const lines = [
    `| concept | TP | FP | FN | TN | precision | recall (sensitivity) | F1 | specificity | value accuracy |`,
    `|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|`,
  ];
  for (const s of r.concepts) {
    lines.push(`| ${s.concept} | ${s.tp} | ${s.fp} | ${s.fn} | ${s.tn} | ${f(s.precision)} | ${f(s.recall)} | ${f(s.f1)} | ${f(s.specificity)} | ${s.valueTotal ? `${s.valueCorrect}/${s.valueTotal}` : ''} |`);
  }
  lines.push('');
  lines.push(`**balanced-acc ${r.balancedAccuracy.toFixed(3)} · missing-F1 ${r.missingF1.toFixed(3)} · macro-F1 ${r.macroF1.toFixed(3)}** · documents ${r.docs}, failed ${r.failed.length}${r.valueAccuracy !== null ? ` · value accuracy ${r.valueAccuracy.toFixed(3)}` : ''}${r.studyTypes ? ` · study type ${r.studyTypes.correct}/${r.studyTypes.total}` : ''}`);
  return lines.join('\n');
}
