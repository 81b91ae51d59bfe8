/**
 * data_partitioning: how the data were divided into training, validation and test sets or folds.
 */
import { defineConcept, type SpecBody } from '../core/define.js';
import type { Hit } from '../core/spec.js';
import { cue, FAMILY_DAMP, toNumber } from '../shared/modelling.js';

const PART_WORD = '(?:training|train|validation|validating|(?<!\\bt[- ])test|(?<!\\bt[- ])testing|development|derivation|held[- ]out|hold[- ]out|tuning|discovery|fine-?tuning)';
const SET_NOUN = '(?:sets?|cohorts?|datasets?|data sets?|data|samples?|subsets?|splits?|partitions?|folds?|portions?|groups?|images|cases|patients|subjects)';
// "N-fold" alone is a dilution, an enrichment or a change ("diluted tenfold", "2-fold upregulation"); it names a
// resampling scheme only next to the vocabulary of resampling (cross, CV, folds, validation, training, testing, ...)
const FOLD = '(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|k)[- ]?fold\\b';
const FOLD_CONTEXT = '(?:cross|CV\\b|folds\\b|validat|train|(?<!\\bt[- ])test|partition|split|resampl|subsets\\b|held|hold)';
const CV_RE = new RegExp(
  `\\bcross[- ]?validat\\w*|\\b${FOLD}[^.;]{0,60}\\b${FOLD_CONTEXT}|\\b${FOLD_CONTEXT}\\w*[^.;]{0,60}\\b${FOLD}|` +
  /\bleave[- ](?:one|\w+)[- ](?:\w+[- ])?out\b|\bLOOCV\b|\bLOSO\b|\bMonte[- ]Carlo (?:cross|resampl|split)|\bbootstrap (?:internal )?validation\b/i.source,
  'i',
);
const SPLIT_VERB = new RegExp(`\\b(?:split|splitting|divided|dividing|partitioned|partitioning|separated|allocated|assigned|randomly (?:selected|sampled|chosen|assigned))\\b[^.;]{0,80}\\b${PART_WORD}\\b`, 'i');
const SET_RE = new RegExp(`\\b${PART_WORD}[- ]${SET_NOUN}\\b`, 'i');
const RATIO_RE = /\b\d{1,2}\s?[/:]\s?\d{1,2}(?:\s?[/:]\s?\d{1,2})?\s?(?:%\s?)?(?:split|partition|division)|\b(?:split|partition)(?: of)? \d{1,2}\s?[/:]\s?\d{1,2}\b|\b(?:training|train)[^.;]{0,30}\bratio\b|\bratio\b[^.;]{0,30}\b(?:training|train)\b|\\frac\{\d\}\{\d\}[^.]{0,30}\b(?:train|test|validation)/i;

const UNIT = '(?:patients|subjects|participants|images|scans|cases|samples|individuals|portraits|volumes|studies|exams|examinations|slices|controls|women|men|children|eyes|lesions|x-rays|radiographs|sequences|videos|visits|records|annotations|hippocampi|biopsies|specimens|tissues|sera|tumou?rs)';
const COUNT_RE = new RegExp(`\\b\\d[\\d,]*(?:\\.\\d+)?\\s?%(?!\\s?(?:sensitivity|specificity|accuracy|confidence|CI|nominal|precision|recall))|\\b\\d[\\d,]*(?:-sample| (?:[\\w-]+ )?${UNIT}\\b)|\\bn\\s?=\\s?\\d|(?<![\\d.,])\\b\\d[\\d,]* (?:for|as|in) (?:the )?(?:training|validation|testing|test(?:ing)? (?:set|data))\\b|\\b\\d{1,2}\\s?[/:]\\s?\\d{1,2}\\b|\\\\frac\\{\\d`, 'i');

const METRIC = String.raw`(?:accurac(?:y|ies)|sensitivit(?:y|ies)|specificit(?:y|ies)|precision|recall|AUC|AUROC|AUPRC|F1(?:[- ]scores?)?|Dice|DSC|PPV|NPV|error(?: rate)?s?|improvements?|increases?|decreases?|reductions?|gains?|drops?)`;
const PCT = String.raw`\d+(?:\.\d+)?\s?%(?:(?:\s?,|\s?and|\s?or)\s?\d+(?:\.\d+)?\s?%)*`;
const METRIC_PCT = new RegExp(String.raw`\b${METRIC}\b(?:\s?(?:of|was|were|is|are|reached|achieved|attained|yielded|by|to|from|up to|about|around|approximately|over|nearly|only|\(|=|:))+\s?${PCT}|${PCT}\s?(?:[\w-]+ ){0,2}?${METRIC}\b`, 'gi');

function parsePartition(hits: Hit[]): { value: string; details: Record<string, unknown> } {
  let withNumbers = false;
  let cv = false;
  const details: Record<string, unknown> = {};
  const proportions: Record<string, number> = {};
  for (const h of hits) {
    const t = h.sentence.text;
    const isCv = CV_RE.test(t) || /\bfolds\b/i.test(t);
    if (isCv) {
      cv = true;
      const f = /\b(\d+|two|three|four|five|six|seven|eight|nine|ten|twenty)[- ]?fold\b/i.exec(t);
      if (f && details.folds === undefined) details.folds = toNumber(f[1]!);
      if (/leave[- ]one[- ](?:\w+[- ])?out|LOOCV|LOSO/i.test(t) && details.folds === undefined) details.folds = 'leave-one-out';
    } else {
      // numbers must sit near the partition words ("456 training images", "split 80/20"), not anywhere in the sentence
      // a performance figure near the partition words ("80% accuracy on the test set") is a result, not a size
      const a = Math.max(0, h.match.index - 130);
      if (COUNT_RE.test(t.slice(a, h.match.index + h.match[0].length + 90).replace(METRIC_PCT, ' '))) withNumbers = true;
    }
    // proportions: "70% for training", "80% (n=590) of ... for training"
    const propRe = /\b(\d{1,2}(?:\.\d)?)\s?%[^.;%]{0,50}?\b(train\w*|validat\w*|test\w*|development|derivation)/gi;
    for (let m = propRe.exec(t); m; m = propRe.exec(t)) {
      const k = /^train|^development|^derivation/i.test(m[2]!) ? 'train' : /^validat/i.test(m[2]!) ? 'validation' : 'test';
      if (proportions[k] === undefined) proportions[k] = Number(m[1]);
    }
    const ratio = /\b(\d{1,2})\s?[/:]\s?(\d{1,2})(?:\s?[/:]\s?(\d{1,2}))?\b/.exec(t);
    if (ratio && Object.keys(proportions).length === 0 && /split|ratio|partition|train/i.test(t)) {
      const a = Number(ratio[1]);
      const b = Number(ratio[2]);
      const c = ratio[3] !== undefined ? Number(ratio[3]) : undefined;
      if (c !== undefined && a + b + c >= 99 && a + b + c <= 101) Object.assign(proportions, { train: a, validation: b, test: c });
      else if (c === undefined && a + b === 100) Object.assign(proportions, /validation/i.test(t) && !/\btest/i.test(t) ? { train: a, validation: b } : { train: a, test: b });
    }
    // counts: "456 training images", "1,200 patients for training"
    const cntRe = new RegExp(`(?<![\\d.,])\\b(\\d[\\d,]*) (?:\\w+ ){0,2}?(?:${UNIT} )?(?:were |was )?(?:used |randomly selected |assigned |allocated )?(?:for|as|in|to|into)? ?(?:the )?(train\\w*|validat\\w*|test\\w*|development|derivation)`, 'gi');
    for (let m = cntRe.exec(t); m; m = cntRe.exec(t)) {
      const k = /^train|^development|^derivation/i.test(m[2]!) ? 'train' : /^validat/i.test(m[2]!) ? 'validation' : 'test';
      const n = toNumber(m[1]!);
      if (n !== undefined && details[k] === undefined && n !== 0) details[k] = n;
    }
    const unit = new RegExp(`\\b\\d[\\d,]* (${UNIT})\\b`, 'i').exec(t);
    if (unit && details.unit === undefined) details.unit = unit[1]!.toLowerCase();
    const lvl = /\b(patient|subject|participant|image|study|exam)[- ](?:level|wise|based)\b|\bat the (patient|subject|participant|image|study|exam) level\b|\bsplit (?:by|per) (patient|subject|participant)\b/i.exec(t);
    if (lvl && details.level === undefined) {
      const w = (lvl[1] ?? lvl[2] ?? lvl[3])!.toLowerCase();
      details.level = w === 'subject' || w === 'participant' ? 'patient' : w;
    }
  }
  if (Object.keys(proportions).length) details.proportions = proportions;
  const value = withNumbers ? 'with_numbers' : cv ? 'cross_validation' : 'without_numbers';
  return { value, details };
}

const spec: SpecBody = {
  // Methods and Results cite the tools and data they use
  citationsInMethodsOk: true,
  // only where the manuscript builds or evaluates a model, classifier or test
  needsEvaluation: true,
  damp: FAMILY_DAMP,
  traps: [/\bsplit[- ]half\b/i],
  rules: [
    cue('partitioning/cv', CV_RE, 0.85, { unless: /\bcross[- ]?validat\w* (?:of|for) (?:the )?(?:questionnaire|scale|instrument|translation)|\b\w+[- ]fold (?:higher|lower|increase|decrease|change|greater|risk)/i }),
    cue('partitioning/split', SPLIT_VERB, 0.9),
    cue('partitioning/ratio', RATIO_RE, 0.85),
    cue('partitioning/set', SET_RE, 0.7, { unless: /\bvalidation (?:study|studies|of the (?:questionnaire|scale|instrument|assay))\b/i }),
    cue('partitioning/used-for', /\b(?:used|reserved|kept|selected|assigned|allocated|set aside) (?:for|as) (?:the )?(?:model )?(?:training|testing|validation|test set|hold-?out)\b/i, 0.7),
    cue('partitioning/for', /\b(?:for|in) (?:model )?(?:training|testing|validation)(?: purposes)?,? (?:we )?(?:used|included|selected|kept|retained|reserved)\b/i, 0.7),
    // discovery then validation with counts ("using 18 patients in a first step with subsequent validation using 84
    // patients"), derivation on a share of a cohort ("signatures were identified using 75% of the cohort")
    cue('partitioning/staged', new RegExp(`\\b(?:subsequent(?:ly)?|then|later|second(?:ly)?|further) (?:\\w+ )?validat\\w* (?:using|in|on|with|of) (?:an? |the )?(?:further |additional |another |separate |independent |second )?(?:[\\w-]+ ){0,2}?\\d[\\d,]* ${UNIT}\\b|\\b(?:identified|derived|developed|trained|built|fitted|constructed|generated) (?:\\w+ ){0,2}(?:using|on|in|from|with) (?:a (?:random )?)?\\d{1,2}(?:\\.\\d)?\\s?% of (?:the|each|all|our)\\b`, 'i'), 0.7),
    // a validation phase or an independent set with its own count ("validation of the candidates ...: in this phase,
    // samples from 102 patients", "in an independent set of 74 biopsies")
    cue('partitioning/phase', new RegExp(`\\b(?:validation|replication|discovery|training|screening) (?:phase|stage|step)\\b[^.;]{0,80}?\\b\\d[\\d,]* (?:[\\w-]+ ){0,2}?${UNIT}\\b|\\bvalidation of\\b[^.;]{0,100}\\b(?:in this|this|the second|the third|a second|a third) (?:phase|stage|step)\\b[^.;]{0,60}?\\b\\d[\\d,]* (?:[\\w-]+ ){0,2}?${UNIT}\\b|\\b(?:independent|separate|second|additional|further) (?:set|series|cohort) of \\d[\\d,]* (?:[\\w-]+ ){0,2}?${UNIT}\\b`, 'i'), 0.7),
    // counts given per partition without a split verb ("412 scans for testing and 1,650 for training")
    cue('partitioning/counts-for', /(?<![\d.,])\b\d[\d,]* (?:[\w-]+ ){0,6}?(?:for|as|in) (?:the )?(?:training|testing|validation|test set|training set)\b[^.;]{0,20}?\b(?:and|while|with|,) (?:the (?:remaining|other|rest) )?\d[\d,]* (?:[\w-]+ ){0,6}?(?:for|as|in) (?:the )?(?:training|testing|validation|test set|training set)\b/i, 0.8),
    cue('partitioning/internal', /\binternal(?:ly)? validat\w*|\bsplit-?sample\b|\bhold-?out (?:set|sample|validation)\b/i, 0.65),
  ],
  value: (hits) => parsePartition(hits),
};

export default defineConcept({
  id: 'data_partitioning',
  meta: {
    label: 'Assignment to training/validation/test data',
    group: 'Partitions & size',
    presupposes: 'model_training',
    definition:
      'Reported when the manuscript says how the data of this study were divided for developing and testing the model or test: a split into training, validation, test, development, derivation or hold-out sets (with or without counts and proportions), a ratio, a cross-validation or resampling scheme (k-fold, leave-one-out, Monte Carlo), or a staged design with a discovery and a validation phase. It applies only where the manuscript builds or evaluates a model, classifier or test. A split without any numbers or scheme is still reported (value without_numbers). Split-half reliability, fold changes and dilutions, and validation of a questionnaire do not count.',
    values: {
      with_numbers: 'counts or proportions of the partitions are given near the partition words ("70/15/15", "1,200 patients for training")',
      cross_validation: 'a cross-validation or resampling scheme is named (k-fold, leave-one-out, Monte Carlo)',
      without_numbers: 'the partitions are named without counts, proportions or a scheme',
    },
    traps: [
      'split-half reliability of a scale',
      't tests ("t-test")',
      'fold changes and dilutions ("2.5-fold change", "diluted 10-fold")',
      'cross-validation of a questionnaire or translation; validation studies of an instrument or assay',
      'papers that build or evaluate no model or test (the concept does not apply)',
    ],
  },
  spec,
  examples: {
    context: 'A risk score was developed from the clinical variables.',
    reported: [
      { text: 'Patients were randomly split into a training set (70%), a validation set (15%) and a test set (15%).', value: 'with_numbers' },
      { text: 'We used five-fold cross-validation for all models.', value: 'cross_validation' },
      { text: 'Accuracy was estimated with leave-one-out cross-validation.', value: 'cross_validation' },
      { text: 'Of the available participants, 80% were used for training and the remainder for testing.', value: 'with_numbers' },
      { text: 'A total of 1,200 patients were used for training, 300 for validation and 500 for testing.', value: 'with_numbers' },
      { text: 'The cohort was split 70/15/15 into training, validation and test sets.', value: 'with_numbers' },
      { text: 'We used ten-fold cross-validation with the folds drawn at random.', value: 'cross_validation' },
      { text: 'Models were compared with 15-fold Monte Carlo cross-validation with 20% holdout.', value: 'cross_validation' },
      { text: 'The data were divided into a training set and a test set.', value: 'without_numbers' },
      { text: 'Ten-fold cross-validation was repeated five times.', value: 'cross_validation' },
      { text: 'Performance was estimated in 5-fold resampling of the training data.', value: 'cross_validation' },
      { text: 'Candidate proteins were found in 18 patients in a first step, with subsequent validation using 84 patients.', value: 'with_numbers' },
      { text: 'The other two signatures were derived using 75% of the surgical cohort and tested on the rest.', value: 'with_numbers' },
      { text: 'Stage two, validation of the selected markers in plasma: in this phase, samples from 96 cases and 90 controls were assayed.', value: 'with_numbers' },
      { text: 'Marker levels were then measured in an independent set of 61 kidney biopsies.', value: 'with_numbers' },
      { text: 'The markers were measured in an independent set of 74 renal biopsies.', value: 'with_numbers', note: 'an adjective before the unit' },
    ],
    missing: [
      { text: 'Internal consistency was checked with split-half reliability.', note: 'split-half reliability' },
      { text: 'Continuous variables were compared with the t test.', note: 't test' },
      { text: 'The questionnaire items were revised 11 times after pilot testing.' },
      { text: 'Genes with at least a 2.5-fold expression change and an adjusted P value below 0.05 were retained.', note: 'a fold change' },
      { text: 'Standards were serially diluted 10-fold from 1e6 to 10 copies.', note: 'a dilution' },
      { text: 'The lysate was diluted twentyfold in binding buffer and loaded on the column.', context: '', note: 'no model or test in the paper' },
    ],
  },
});
