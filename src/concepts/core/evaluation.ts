/**
 * Is a model, classifier, score or diagnostic test under evaluation in this manuscript? Partitions, accuracy
 * measures, external validation, failure analysis and explanations only make sense then; in laboratory, trial or
 * association papers the same words mean something else ("diluted tenfold", "specificity of the antibody",
 * "validated in additional cohorts" as a wish). The signal is language that only evaluation work uses: ROC/AUC,
 * sensitivity together with specificity, classifiers and prediction models, training/test/validation sets,
 * cross-validation, segmentation overlap, index tests and reference standards — in a sentence about this study
 * (not an Introduction, not a sentence that only cites other work).
 */
import type { Manuscript } from '../../manuscript/model.js';
import { featuresOf } from './lang.js';
import { pattern } from './pattern.js';

export const EVAL_SIGNAL = new RegExp(
  [
    '\\bAUCs?\\b|\\bAUROC\\b|\\barea under the (?:[\\w-]+ ){0,4}curves?\\b|\\bROC\\b|\\breceiver[- ]operat\\w*',
    '\\bc-?statistics?\\b|\\bc-?index\\b|\\bconcordance (?:index|statistic)',
    '\\bsensitivit(?:y|ies)\\b[^.;]{0,80}\\bspecificit|\\bspecificit(?:y|ies)\\b[^.;]{0,80}\\bsensitivit',
    '\\bclassifiers?\\b|\\bclassification (?:models?|algorithms?|rules?|accuracy|performance)\\b',
    '\\bpredict(?:ion|ive) (?:models?|rules?|scores?|tools?|signatures?|algorithms?|performance|accuracy|values?)\\b',
    '\\brisk (?:scores?|models?|ind(?:ex|ices)|prediction|stratification model)\\b|\\bnomograms?\\b',
    '\\bmachine[- ]learning\\b|\\bdeep[- ]learning\\b|\\bneural networks?\\b|\\brandom forests?\\b|\\bsupport vector\\b|\\bgradient[- ]boost\\w*',
    '\\bindex tests?\\b|\\bdiagnostic (?:accuracy|performance)\\b|\\breference standard\\b|\\bground[- ]truth\\b',
    '\\bcross[- ]?validat\\w*|\\bleave[- ]one[- ](?:\\w+[- ])?out\\b|\\bLOOCV\\b|\\bjack-?knif\\w*|\\bHosmer[- –]Lemeshow\\b',
    '\\b(?:training|derivation|development|discovery) (?:sets?|cohorts?|data ?sets?|datasets?|samples?)\\b',
    '\\b(?<!\\bt[- ])(?:test|validation|hold-?out|held-?out) (?:sets?|cohorts?|data ?sets?|datasets?)\\b',
    '\\b(?:gene|expression|prognostic|predictive|risk|molecular|diagnostic|response|metastasis)[- ]signatures?\\b|\\bbiomarker scores?\\b',
    '\\bDice\\b|\\bJaccard\\b|\\bHausdorff\\b|\\bmean absolute errors?\\b|\\bF1[- ]scores?\\b',
  ].join('|'),
  'i',
);

/** "area under the concentration-time curve" of pharmacokinetics is not a ROC curve */
const PHARMACOKINETIC = /\bconcentration|\bpharmacokinetic|\bC ?max\b|\bplasma (?:levels?|exposure)|\bdrug exposure|\bAUC ?(?:0|\(0|inf|tau|τ|last|24)/i;

const DONE = /\b(?:was|were|we)\b/i;

const evalCache = new WeakMap<Manuscript, boolean>();
/** true when some sentence about this study (outside Introduction and references) carries EVAL_SIGNAL */
export function hasEvaluation(ms: Manuscript): boolean {
  const hit = evalCache.get(ms);
  if (hit !== undefined) return hit;
  const features = featuresOf(ms);
  const signal = pattern(EVAL_SIGNAL);
  let found = false;
  for (const s of ms.sentences) {
    const k = s.section.kind;
    if (k === 'introduction' || k === 'references' || k === 'declarations') continue;
    const f = features[s.index]!;
    // Methods and Results cite the methods they use ("leave-one-out cross-validation was used [37]")
    // in the past tense of what was done; a cited expectation ("should give high accuracy [16]") is not
    if (f.otherWork && !f.own && !((k === 'methods' || k === 'results') && DONE.test(s.text))) continue;
    if (f.future || f.hypothetical) continue;
    if (signal.test(s) && !PHARMACOKINETIC.test(s.text)) {
      found = true;
      break;
    }
  }
  evalCache.set(ms, found);
  return found;
}
