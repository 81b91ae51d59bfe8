/**
 * Study facts that items other than their concepts' detectors need (checklist fields `requires` and `doneWhen`):
 *
 * - `requires`: what an item asks for besides its concepts. An item on performance results that asks for their
 *   precision is only partly answered when the manuscript gives its measures as bare point estimates ("an AUC of
 *   0.91") and no measure of performance anywhere carries an interval, a standard deviation or error, or a test.
 * - `doneWhen`: what shows that an "if done" item was done. Such an item is not applicable when nothing about it is
 *   found, unless the manuscript shows the situation it is about (data from several hospitals or cohorts: how
 *   variation between them was handled is then to be reported).
 *
 * Like presuppositions (presuppositions.ts) these are decided once per manuscript from positive evidence, and the
 * reason names the sentence behind it.
 */
import type { DonePremise, ItemRequirement } from '../checklists/types.js';
import type { Evidence, Finding } from '../concepts/types.js';
import { formatPosition, type Manuscript, type Sentence } from '../manuscript/model.js';

const quote = (text: string) => `"${text.length > 80 ? `${text.slice(0, 79)}…` : text}"`;
const where = (e: Evidence | undefined) => (e ? ` (${formatPosition(e) || e.section}: ${quote(e.text)})` : '');

/** a measure of performance or agreement named in a sentence (not measures of association: correlations, odds ratios) */
const MEASURE =
  /\b(?:AUCs?|AUROCs?|AUPRCs?|AUPR|ROC|area under|accurac(?:y|ies)|sensitivit(?:y|ies)|specificit(?:y|ies)|precision|recall|F1|F-?scores?|F-?measures?|Dice|DSC|Jaccard|IoU|Hausdorff|PPVs?|NPVs?|predictive values?|C-?index|C-?statistics?|concordance|Brier|calibration|kappa|MAE|RMSE|MSE|errors?|mAP|average precision|likelihood ratios?|limits of agreement|R2|R²)\b/i;
/** an interval named and given in numbers: "95% CI 0.82-0.91", "confidence interval [0.70, 0.79]" */
const NAMED_INTERVAL = /\b(?:CIs?|IC|confidence intervals?|credible intervals?|uncertainty intervals?|prediction intervals?)\b[^.;]{0,30}?-?\d*\.?\d+\s*%?\s*(?:[-–—]|to|,)\s*-?\d*\.?\d+/i;
/** a spread given in numbers: "0.91 ± 0.03", "(SD 4.1)", "standard error of 0.02" */
const SPREAD = /(?:±|\+\/-|\+\/−)\s*\d|\b(?:SDs?|SEs?|SEM|s\.d\.|standard deviations?|standard errors?)\b\s*(?:[:=,]|of)?\s*\d/i;
/** a test result in numbers: "p = 0.03", "P<0.001" */
const TEST = /\b[pP]\s*(?:[<=≤>≥]|values? (?:of|was|were|below))\s*0?\.\d/;
/** a point estimate followed by an interval in brackets: "0.87 (0.82–0.91)", "81% [76%, 85%]" */
const BRACKETED = /(-?\d*\.?\d+)\s*(%?)\s*[([]\s*(-?\d*\.?\d+)\s*%?\s*(?:[-–—]|to|,)\s*(-?\d*\.?\d+)\s*%?\s*[)\]]/g;

/** an interval in brackets that contains the estimate before it (a citation such as "93% [12, 15]" does not) */
function bracketedInterval(text: string): boolean {
  for (const m of text.matchAll(BRACKETED)) {
    const [x, lo, hi] = [Number(m[1]), Number(m[3]), Number(m[4])];
    if (lo < hi && lo <= x && x <= hi && !(Number.isInteger(lo) && Number.isInteger(hi) && lo > 1900 && hi < 2100)) return true;
  }
  return false;
}

/** a sentence that gives a measure together with its uncertainty */
export function measureWithUncertainty(text: string): boolean {
  if (!MEASURE.test(text)) return false;
  return NAMED_INTERVAL.test(text) || SPREAD.test(text) || TEST.test(text) || bracketedInterval(text);
}

/** sections that tell this study's results: not the introduction or discussion (other studies, restatements) */
const OWN_RESULTS = new Set(['title', 'abstract', 'methods', 'results', 'other']);

/**
 * The study gives its performance as point estimates only: the performance results are reported, and no sentence
 * of the abstract, methods, results, tables or appendices gives a measure with an interval, a spread or a test.
 */
function pointEstimatesOnly(findings: ReadonlyMap<string, Finding>, ms: Manuscript): string | undefined {
  const results = findings.get('performance_results');
  if (!results || results.status === 'missing') return undefined;
  if (ms.sentences.some((s: Sentence) => OWN_RESULTS.has(s.section.kind) && measureWithUncertainty(s.text))) return undefined;
  return `the performance measures are given as point estimates, without a confidence interval, standard deviation or test${where(results.evidence[0])}`;
}

/** several sites, hospitals, cohorts or countries named as sources of the data */
const SEVERAL_SITES =
  /\b(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,3}|several|multiple|different|independent)\s+(?:(?:independent|different|participating|separate|other|external|clinical|academic|medical|tertiary|university|general)\s+){0,2}(?:hospitals|centres|centers|sites|institutions|clinics|countries|cohorts|health systems|medical cent(?:er|re)s)\b/i;

/**
 * The data come from several clusters (hospitals, centres, cohorts, countries): the data sources are several
 * (a multi-centre source, or at least two named institutions or datasets) and a sentence says so.
 */
function severalSites(findings: ReadonlyMap<string, Finding>): string | undefined {
  const source = findings.get('data_source');
  if (!source || source.status === 'missing') return undefined;
  if (source.value !== 'multi_center' && source.value !== 'mixed') return undefined;
  const named = [...((source.details?.institutions as string[] | undefined) ?? []), ...((source.details?.datasets as string[] | undefined) ?? [])];
  const said = source.evidence.find((e) => SEVERAL_SITES.test(e.text));
  if (!said && named.length < 2) return undefined;
  const shown = said ?? source.evidence[0];
  return `the data come from several sites or cohorts${named.length >= 2 ? ` (${named.slice(0, 4).join(', ')})` : ''}${where(shown)}`;
}

/** What a manuscript lacks of what items require, and which "if done" situations it shows, with the reasons. */
export function itemFacts(findings: ReadonlyMap<string, Finding>, ms?: Manuscript): { lacking: Map<ItemRequirement, string>; shown: Map<DonePremise, string> } {
  const lacking = new Map<ItemRequirement, string>();
  const shown = new Map<DonePremise, string>();
  const points = ms ? pointEstimatesOnly(findings, ms) : undefined;
  if (points) lacking.set('performance_uncertainty', points);
  const sites = severalSites(findings);
  if (sites) shown.set('several_sites', sites);
  return { lacking, shown };
}
