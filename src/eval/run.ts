/**
 * `reportlint eval`: measure the detectors against labelled corpora. Several corpora are pooled; `folds` splits
 * the documents into k folds by a hash of their path (stable whatever else is in the run) and reports every
 * fold's figures, so that a change written from some documents can be judged on the others (`fold` / `notFold`
 * restrict the run to one fold or to all but one).
 */
import { type CorpusRun, runCorpus } from './collect.js';
import { foldOf, score, type Scores } from './score.js';


export interface FoldScore {
  fold: number;
  docs: number;
  balancedAccuracy: number;
  missingF1: number;
  valueAccuracy: number | null;
}

export interface EvalResult extends Scores {
  corpus: string;
  docs: number;
  failed: Array<{ document: string; error: string }>;
  msPerDoc: number[];
  /** study type accuracy against <corpus>/study-types.csv when present */
  studyTypes?: { correct: number; total: number; wrong: Array<{ document: string; expected: string; got: string }> };
  /** with `folds`: the figures of each fold */
  folds?: FoldScore[];
}

export interface EvalOptions {
  concepts?: Set<string>;
  /** split the documents into this many folds and report each */
  folds?: number;
  /** only the documents of this fold (0-based, needs `folds`) */
  fold?: number;
  /** every document except those of this fold (needs `folds`) */
  notFold?: number;
}

function combine(runs: CorpusRun[], opts: EvalOptions): EvalResult {
  const outcomes = runs.flatMap((r) => r.outcomes);
  const types = runs.flatMap((r) => r.studyTypes);
  const failed = runs.flatMap((r) => r.failed.map((f) => ({ ...f, document: runs.length > 1 ? `${r.corpus}/${f.document}` : f.document })));
  const docKeys = new Set(outcomes.map((o) => `${o.corpus}/${o.document}`));
  const result: EvalResult = {
    corpus: runs.map((r) => r.corpus).join(' + '),
    docs: docKeys.size,
    failed,
    msPerDoc: runs.flatMap((r) => r.msPerDoc),
    ...score(outcomes),
  };
  if (runs.length === 1) for (const e of [...result.errors, ...result.citeMisses]) e.document = e.document.slice(runs[0]!.corpus.length + 1);
  if (types.length) result.studyTypes = { correct: types.filter((t) => t.ok).length, total: types.length, wrong: types.filter((t) => !t.ok).map(({ document, expected, got }) => ({ document, expected, got })) };
  const k = opts.folds;
  if (k && k > 1) {
    result.folds = [];
    for (let i = 0; i < k; i++) {
      const mine = outcomes.filter((o) => foldOf(o.corpus, o.document, k) === i);
      if (!mine.length) continue;
      const s = score(mine);
      result.folds.push({ fold: i, docs: new Set(mine.map((o) => `${o.corpus}/${o.document}`)).size, balancedAccuracy: s.balancedAccuracy, missingF1: s.missingF1, valueAccuracy: s.valueAccuracy });
    }
  }
  return result;
}

/** Measure the detectors on one or more labelled corpus folders, pooled. */
export async function evaluateCorpora(dirs: readonly string[], opts: EvalOptions = {}): Promise<EvalResult> {
  const k = opts.folds;
  const keep = k && (opts.fold !== undefined || opts.notFold !== undefined)
    ? (corpus: string, doc: string) => {
        const f = foldOf(corpus, doc, k);
        return (opts.fold === undefined || f === opts.fold) && (opts.notFold === undefined || f !== opts.notFold);
      }
    : undefined;
  const runs: CorpusRun[] = [];
  for (const d of dirs) runs.push(await runCorpus(d, { ...(opts.concepts ? { concepts: opts.concepts } : {}), ...(keep ? { documents: keep } : {}) }));
  return combine(runs, opts);
}

/** Measure the detectors on one labelled corpus folder. */
export function evaluateCorpus(dir: string, opts: EvalOptions = {}): Promise<EvalResult> {
  return evaluateCorpora([dir], opts);
}
