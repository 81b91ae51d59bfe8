/**
 * Study facts that items other than their concepts' detectors need (checklist fields `requires` and `doneWhen`):
 *
 * - `requires`: what an item asks for besides its concepts. An item on performance results that asks for their
 *   precision is only partly answered when the manuscript gives its measures as bare point estimates ("an AUC of
 *   0.91") and no measure of performance anywhere carries an interval, a standard deviation or error, or a test.
 * - `doneWhen`: what shows that an "if done" item was done. Such an item is not applicable when nothing about it is
 *   found, unless the manuscript shows the situation it is about (data from several hospitals or cohorts: how
 *   variation between them was handled is then to be reported). `checkWhen`: a situation in which an "if done" item
 *   may well have been done without showing it (several sites: performance per site, "where studied"; a reference
 *   standard that classifies participants: why it was chosen over others): the item then asks for a check by hand.
 *
 * - counts of the data used: a flow item (how many cases were included and excluded) is answered in part by a
 *   sentence that says how many patients, images or studies the study used, when the flow detector found no
 *   selection stage at all (the same partial as its own one-stage counts).
 * - a rule by which the data were taken ("all patients for whom a scan was available were included", "we use only the
 *   test set because ..."): an eligibility item is answered in part when the eligibility concept found no criteria.
 * - a split into training and held-out data: an internal-validation item is answered in part when the validation
 *   concept found nothing but the partition names a training and a held-out part.
 *
 * Like presuppositions (presuppositions.ts) these are decided once per manuscript from positive evidence, and the
 * reason names the sentence behind it.
 */
import type { DonePremise, ItemRequirement } from '../checklists/types.js';
import { evidenceOf, type Evidence, type Finding, type Presupposition } from '../concepts/types.js';
import { formatPosition, type Manuscript, type Sentence } from '../manuscript/model.js';

const quote = (text: string) => `"${text.length > 80 ? `${text.slice(0, 79)}…` : text}"`;
const where = (e: Evidence | undefined) => (e ? ` (${formatPosition(e) || e.section}: ${quote(e.text)})` : '');

/** a measure of performance or agreement named in a sentence (not measures of association: correlations, odds ratios) */
const MEASURE =
  /\b(?:AUCs?|AUROCs?|AUPRCs?|AUPR|ROC|area under|accurac(?:y|ies)|sensitivit(?:y|ies)|specificit(?:y|ies)|precision|recall|F1|F-?scores?|F-?measures?|Dice|DSC|Jaccard|IoU|Hausdorff|PPVs?|NPVs?|TPRs?|FPRs?|TNRs?|FNRs?|(?:true|false) (?:positive|negative) rates?|predictive values?|C-?index|C-?statistics?|concordance|Brier|calibration|kappa|MAE|RMSE|MSE|errors?|mAP|average precision|likelihood ratios?|limits of agreement|R2|R²)\b/i;
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

/**
 * a note that the results are given with their spread over folds, runs or splits ("values in parentheses are standard
 * deviations across data splits"), as tables and their captions say it
 */
const SPREAD_NOTE =
  /\b(?:standard deviations?|SDs?|standard errors?|confidence intervals?|CIs?|(?:mean|average)\s*(?:±|\+\/-)\s*(?:std|SD|s\.d\.|standard deviation))\b[^.;]{0,60}\b(?:across|over|between|of|from)\s+(?:the\s+)?(?:\w+\s+){0,2}(?:folds|runs|seeds|splits|repetitions|repeats|resamples|bootstrap\w*|cross-?validation)\b/i;

/**
 * a statement that a measure is given with its interval ("the AUC is reported with its 95% confidence interval",
 * "confidence intervals were computed by bootstrapping"): tables that carry the intervals are often lost in reading
 */
const WITH_INTERVAL =
  /\bwith\s+(?:a|the|their|its|corresponding|associated)?\s*(?:\d+\s*%\s*)?(?:confidence|credible|bootstrap(?:ped)?|uncertainty)\s+intervals?\b|\b(?:(?:confidence|credible) intervals?|CIs)\s+(?:were|was|are|is)\s+(?:\w+\s+)?(?:computed|calculated|estimated|obtained|derived|reported|given|constructed)\b/i;

/** a sentence that gives a measure together with its uncertainty (or says the results carry their spread) */
function measureWithUncertainty(text: string): boolean {
  if (SPREAD_NOTE.test(text)) return true;
  if (!MEASURE.test(text)) return false;
  return NAMED_INTERVAL.test(text) || SPREAD.test(text) || TEST.test(text) || bracketedInterval(text) || WITH_INTERVAL.test(text);
}

/** sections that tell this study's results: not the introduction or discussion (other studies, restatements) */
const OWN_RESULTS = new Set(['title', 'abstract', 'methods', 'results', 'other']);

/**
 * The study gives its performance as point estimates only: the performance results are reported, and no sentence
 * of the abstract, methods, results, tables or appendices gives a measure with an interval, a spread or a test, or
 * says that a measure is reported with its interval.
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

/** a number of patients, images or studies */
const DATA_COUNT =
  /(?:^|[^\w.,/-])(\d{1,3}(?:,\d{3})+|\d{2,7})\s+(?:\([^)]{0,25}\)\s+)?(?:[\w'’-]+\s+){0,4}?(?:patients|subjects|participants|individuals|volunteers|children|women|men|cases|controls|images|scans|studies|examinations|exams|radiographs|volumes|slides|MRIs|CTs|records|admissions|encounters|eyes|photographs|mammograms|recordings)\b/i;
/** ... that the study had, used or included */
const DATA_USED =
  /\b(?:contain(?:s|ed|ing)?|consist(?:s|ed|ing)? of|compris(?:e|es|ed|ing)|includ(?:e|es|ed|ing)|enrol(?:l)?(?:s|ed|ing)?|recruited|collected|gathered|retrieved|provided|analy[sz]ed|used|using|obtained|acquired|available|retrospectively|totall?ing|in total|a total of|(?:data ?set|cohort|sample|database|collection) of|evaluated on|trained (?:and tested )?on|tested on|from)\b/i;
/** counts of something else: training batches, augmented copies, references, parameters, image dimensions */
const NOT_DATA = /\b(?:batch(?:es)?|epochs?|iterations?|augment\w*|patch(?:es)?|crops?|references?|parameters?|features?|voxels?|pixels?|per (?:image|scan|patient|subject|case))\b|%|\d\s*[×x]\s*\d/i;
const COUNT_SECTIONS = new Set(['abstract', 'methods', 'results', 'other']);

/**
 * The first sentence (methods and results before the abstract and the rest) that says how many patients, images or
 * studies the study used.
 */
function dataCount(ms: Manuscript): Sentence | undefined {
  let found: Sentence | undefined;
  for (const s of ms.sentences) {
    if (!COUNT_SECTIONS.has(s.section.kind) || !DATA_COUNT.test(s.text) || !DATA_USED.test(s.text) || NOT_DATA.test(s.text)) continue;
    if (s.section.kind === 'methods' || s.section.kind === 'results') return s;
    found ??= s;
  }
  return found;
}

/** part of a larger data set: "a subset of 120 scans", "a small set of images from the X database" */
const SUBSET =
  /\b(?:sub-?set|sub-?sample)s?\s+of\s+(?:the\s+)?\d|\b(?:a|the)\s+(?:small(?:er)?\s+|random\s+|limited\s+)?(?:sub-?set|sub-?sample|small set|selection|portion)\s+of\s+[^.;]{0,80}?\b(?:from|of|in)\s+(?:the\s+)?[^.;]{0,60}?\b(?:database|dataset|data set|biobank|cohort|archive|repository|registry)\b/i;
/** images, slices or cases picked out of what was available */
const PICKED =
  /\b(?:slices|images|frames|scans|volumes|series|studies|cases|examinations|radiographs)\b[^.;]{0,50}\b(?:were|was)\s+(?:then\s+|first\s+|manually\s+|randomly\s+|visually\s+|further\s+)?(?:selected|chosen|picked|sampled)\b/i;
/** a subset of something else: features, genes, variables, training batches */
const NOT_SUBSET = /\b(?:features?|genes?|variables?|predictors?|parameters?|hyper-?parameters?|batch(?:es)?|epochs?|iterations?|augment\w*|patch(?:es)?|voxels?|pixels?|SNPs?|markers?)\b/i;

/** The study used part of the available data (a subset, selected slices or images): "if done" subset items apply. */
function dataSubset(ms: Manuscript): string | undefined {
  for (const s of ms.sentences) {
    if (!COUNT_SECTIONS.has(s.section.kind) || !(SUBSET.test(s.text) || PICKED.test(s.text)) || NOT_SUBSET.test(s.text)) continue;
    return `the study used part of the available data${where(evidenceOf(s, 'item/data-subset'))}`;
  }
  return undefined;
}

/** a training part and a held-out part named together: "a training set of 456 images and 51 validation images" */
const TRAIN = /\btrain/i;
const HELD_OUT = /\b(?:validation|validating|test(?:ing)?|held[- ]?out|hold[- ]?out|evaluation)\b/i;

/**
 * The data were split into a training part and a held-out part (the partition concept found a sentence naming both)
 * but nothing says how the model was evaluated on the held-out part: an item on internal validation is answered in
 * part, citing the split.
 */
function heldOutSplit(findings: ReadonlyMap<string, Finding>): NonNullable<Finding['itemPartial']> | undefined {
  const split = findings.get('data_partitioning');
  if (!split || split.status === 'missing') return undefined;
  const e = split.evidence.find((x) => TRAIN.test(x.text) && HELD_OUT.test(x.text));
  if (!e) return undefined;
  return { reason: 'the data are split into training and held-out parts, but the evaluation on the held-out part is not described', evidence: [e] };
}

/**
 * a rule by which the data were taken, without a list of criteria: "all people for whom a baseline scan and the
 * cognitive scores were available have been included", "those (n = 83) who had an MRI within six months were
 * included", "we use only the test set because its labels were checked by radiologists"
 */
const TAKEN_IF =
  /\b(?:those(?:\s+\(n\s*=\s*\d+\))?\s+(?:who|for whom|whose)|(?:all|only)\s+(?:[\w-]+\s+){0,2}?(?:people|patients|participants|subjects|individuals|children|adults|women|men|cases|scans|images|studies|examinations|exams|radiographs|records|volumes|series)(?:\s+\(n\s*=\s*\d+\))?\s+(?:who|for whom|whose|with|that|which))\b[^.;]{0,300}?\b(?:were|was|have been|had been|are)\s+(?:then\s+)?(?:included|selected|enrolled|used|retained|considered)\b/i;
const TAKEN_ONLY = /\bwe\s+(?:(?:use|used|include|included|select|selected|retain|retained|consider|considered)\s+only|only\s+(?:use|used|include|included|select|selected))\b[^.;]{0,80}\b(?:since|because|as)\b/i;

/** The first sentence of the methods or results (then the rest) that says by what rule the data were taken. */
function inclusionRule(ms: Manuscript): Sentence | undefined {
  let found: Sentence | undefined;
  for (const s of ms.sentences) {
    if (!COUNT_SECTIONS.has(s.section.kind) || !(TAKEN_IF.test(s.text) || TAKEN_ONLY.test(s.text))) continue;
    if (s.section.kind === 'methods' || s.section.kind === 'results') return s;
    found ??= s;
  }
  return found;
}

/**
 * A reference standard classifies the participants (the study decides classes: not a segmentation measured by
 * overlap): in a diagnostic accuracy study other reference standards may well exist, so whether the choice is
 * explained is worth a check.
 */
function diagnosticReference(findings: ReadonlyMap<string, Finding>, unmet?: ReadonlyMap<Presupposition, string>): string | undefined {
  const ref = findings.get('reference_standard');
  if (!ref || ref.status === 'missing' || unmet?.has('class_output')) return undefined;
  return `a reference standard classifies the participants${where(ref.evidence.find((e) => e.section !== 'Title') ?? ref.evidence[0])}`;
}

/**
 * What a manuscript lacks of what items require, and which "if done" situations it shows, with the reasons
 * (`unmet`: the presuppositions the manuscript shows false, presuppositions.ts).
 */
export function itemFacts(
  findings: ReadonlyMap<string, Finding>,
  ms: Manuscript,
  unmet?: ReadonlyMap<Presupposition, string>,
): { lacking: Map<ItemRequirement, string>; shown: Map<DonePremise, string>; partly: Map<string, NonNullable<Finding['itemPartial']>> } {
  const lacking = new Map<ItemRequirement, string>();
  const shown = new Map<DonePremise, string>();
  const partly = new Map<string, NonNullable<Finding['itemPartial']>>();
  const flow = findings.get('participant_flow');
  if (flow && flow.status === 'missing' && !flow.itemPartial) {
    const count = dataCount(ms);
    if (count) partly.set('participant_flow', { reason: 'the number of cases used is given, but no selection stages or exclusions', evidence: [evidenceOf(count, 'item/data-count')] });
  }
  const eligibility = findings.get('eligibility');
  if (eligibility && eligibility.status === 'missing' && !eligibility.itemPartial) {
    const rule = inclusionRule(ms);
    if (rule) partly.set('eligibility', { reason: 'the rule by which the data were taken is stated, but no inclusion and exclusion criteria are listed', evidence: [evidenceOf(rule, 'item/inclusion-rule')] });
  }
  const validation = findings.get('internal_validation');
  if (validation && validation.status === 'missing' && !validation.itemPartial) {
    const split = heldOutSplit(findings);
    if (split) partly.set('internal_validation', split);
  }
  const points = pointEstimatesOnly(findings, ms);
  if (points) lacking.set('performance_uncertainty', points);
  const sites = severalSites(findings);
  if (sites) shown.set('several_sites', sites);
  const subset = dataSubset(ms);
  if (subset) shown.set('data_subset', subset);
  const reference = diagnosticReference(findings, unmet);
  if (reference) shown.set('diagnostic_reference', reference);
  return { lacking, shown, partly };
}
