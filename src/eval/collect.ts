/**
 * Running a labelled corpus: read every labelled document once, detect every concept, and record one outcome
 * per (document, concept) label. Scoring (score.ts) works on outcomes only, so that corpora can be pooled and
 * split into folds without reading a document twice.
 *
 * A corpus folder holds labels.csv (document paths relative to the folder), optionally study-types.csv, and the
 * documents (test/fixtures/eval/* link `docs` to the shared corpus, where the manuscripts' licences keep them).
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { detectAll, getConcept } from '../concepts/index.js';
import type { Finding } from '../concepts/types.js';
import { ReportlintError } from '../errors.js';
import { InputError, readManuscript } from '../readers/index.js';
import { classifyStudy } from '../study-type/classify.js';
import { parseCsv, readLabels, type LabelRow } from './labels.js';

export interface Outcome {
  corpus: string;
  document: string;
  concept: string;
  /** the label says reported */
  label: boolean;
  labelValue: string;
  /** the labelled value is not one the concept's detector can give (its `meta.values`) */
  labelValueUnknown?: boolean;
  labelEvidence: string;
  /** the detector says reported or partial */
  pred: boolean;
  /** status (value), or "no detector" */
  got: string;
  value?: string;
  evidence?: string;
  /** the texts of every cited sentence, in order (reported and partial findings) */
  cited?: string[];
  /** missing, but with a candidate sentence near the threshold ("not found — check") */
  uncertain: boolean;
}

export interface StudyTypeCheck {
  document: string;
  expected: string;
  got: string;
  ok: boolean;
}

export interface CorpusRun {
  corpus: string;
  outcomes: Outcome[];
  failed: Array<{ document: string; error: string }>;
  studyTypes: StudyTypeCheck[];
  msPerDoc: number[];
}

/** Corpus study-type labels and the classifier's classes that count as a match for each. */
const STUDY_TYPE_MATCH: Record<string, string[]> = {
  review_or_guideline: ['systematic_review', 'scoping_review', 'guideline'],
  thesis_other: ['other'],
};

export function studyTypeMatches(expected: string, got: string): boolean {
  return got === expected || (STUDY_TYPE_MATCH[expected] ?? []).includes(got);
}

function readStudyTypes(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const file = join(dir, 'study-types.csv');
  if (!existsSync(file)) return out;
  const rows = parseCsv(readFileSync(file, 'utf8'));
  const h = rows.shift() ?? [];
  const di = h.indexOf('document');
  const ti = h.indexOf('study_type');
  for (const r of rows) if (r[di] && r[ti]) out.set(r[di]!.trim(), r[ti]!.trim());
  return out;
}

function outcome(corpus: string, doc: string, l: LabelRow, f: Finding | undefined): Outcome {
  const pred = f ? f.status !== 'missing' : false;
  const ev = f?.evidence[0] ?? f?.candidate;
  return {
    corpus,
    document: doc,
    concept: l.concept,
    label: l.reported,
    labelValue: l.value,
    ...(l.value && !(l.value in (getConcept(l.concept)?.meta.values ?? {})) ? { labelValueUnknown: true } : {}),
    labelEvidence: l.evidence,
    pred,
    got: f ? `${f.status}${f.value ? ` (${f.value})` : ''}` : 'no detector',
    ...(f?.value ? { value: f.value } : {}),
    ...(ev ? { evidence: `${ev.line ?? ev.page ?? ''}: ${ev.text}` } : {}),
    ...(pred && f?.evidence.length ? { cited: f.evidence.map((e) => e.text) } : {}),
    uncertain: Boolean(f && f.status === 'missing' && f.candidate),
  };
}

/** Read and judge every labelled document of a corpus folder. */
export async function runCorpus(dir: string, opts: { concepts?: Set<string>; documents?: (corpus: string, doc: string) => boolean } = {}): Promise<CorpusRun> {
  const labelsFile = join(dir, 'labels.csv');
  if (!existsSync(labelsFile)) throw new InputError(dir, 'has no labels.csv (expected document,concept,reported,value,evidence)');
  const corpus = basename(resolve(dir));
  const byDoc = new Map<string, LabelRow[]>();
  for (const l of readLabels(labelsFile)) {
    if (opts.concepts && !opts.concepts.has(l.concept)) continue;
    if (opts.documents && !opts.documents(corpus, l.document)) continue;
    if (!byDoc.has(l.document)) byDoc.set(l.document, []);
    byDoc.get(l.document)!.push(l);
  }
  const expectedTypes = readStudyTypes(dir);
  const run: CorpusRun = { corpus, outcomes: [], failed: [], studyTypes: [], msPerDoc: [] };
  for (const [doc, rows] of byDoc) {
    let findings: Map<string, Finding>;
    try {
      const t0 = performance.now();
      const ms = await readManuscript(join(dir, doc));
      findings = detectAll(ms);
      run.msPerDoc.push(performance.now() - t0);
      const expected = expectedTypes.get(doc);
      if (expected) {
        const got = classifyStudy(ms).type;
        run.studyTypes.push({ document: doc, expected, got, ok: studyTypeMatches(expected, got) });
      }
    } catch (e) {
      // the document is named already: reportlint's own errors give the problem without the path
      run.failed.push({ document: doc, error: e instanceof ReportlintError ? e.problem : e instanceof Error ? e.message.split('\n')[0]! : String(e) });
      continue;
    }
    for (const l of rows) run.outcomes.push(outcome(corpus, doc, l, findings.get(l.concept)));
  }
  return run;
}
