/**
 * events_per_analysis (TRIPOD 14a, TRIPOD+AI 21): participants and outcome events per analysis.
 */
import { defineConcept, type SpecBody } from '../core/define.js';
import { cue } from '../shared/modelling.js';
import { INSTRUCTION_DAMP, MODAL } from '../shared/hedges.js';
import { EVAL_CONTEXT } from '../shared/examples.js';
import { cooccur } from '../shared/facets.js';

const N = '\\d[\\d,]*';
const PCT = '(?:\\(\\d+(?:\\.\\d+)?\\s?%\\)\\s)?';
const PART = '(?:patients|participants|individuals|subjects|women|men|children|adults|people|persons|infants|neonates|admissions|episodes|encounters|pregnancies)';
const EVENT =
  '(?:developed|died|experienced|suffered|(?:had|reached|met) (?:the |an? )?(?:primary |secondary |composite |study )?(?:outcome|end-?point|event)s?|(?:\\w+ )?(?:outcome )?events?|deaths)';
/** a count not preceded or followed by a decimal part ("0.91" is not a count of 91) */
const C = '(?<![\\d.,])\\d[\\d,]*(?![.,]?\\d)';
/** the reference class of a two-class count: healthy controls, normal scans, benign lesions, those without the condition */
const REF_CLASS = '(?:healthy|controls?|normal|benign|unaffected|neurotypical|typically developing|non-?[a-z]{3,}|without|negative (?:cases|patients|subjects|images|scans|samples|studies|slides|examinations))';
const UNIT = '(?:patients|participants|individuals|subjects|cases|people|persons|children|adults|women|men|images|scans|slides|WSIs|radiographs|examinations|exams|studies|volumes|recordings|samples|eyes|lesions|nodules)';
const DATASET_OR_OUTCOME = /\b(?:cohorts?|sets?|data ?sets?|datasets?|samples?|analys[ie]s|derivation|development|validation|training|test|evaluation|outcomes?|end-?points?|events?)\b/i;

// the parts of a count per class, in any order and wording: a total of participants or units, a count of a part of
// them by class or outcome, and the class or outcome itself
const NUMW = '(?<![\\d.,])(?:\\d[\\d,]*(?![.,]?\\d)|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)';
const EPA_CLASS_WORD = String.raw`(?:diagnos\w*|positive|negative|controls?|healthy|normal|abnormal|benign|malignant|died|deaths?|mortality|survived|recovered|outcomes?|events?|infected|uninfected|pregnan\w*|diseases?|disorders?|conditions?|cancers?|carcinomas?|tumou?rs?|lesions?|relapses?|recurrences?)\b`;
/** a class or outcome, or a named condition with its abbreviation ("high-grade glioma (HGG)") */
const EPA_CLASS = String.raw`${EPA_CLASS_WORD}|[^.;()]{0,40}\([A-Z][A-Za-z]*[A-Z]\)`;
/** a part counted by its class: "33 with a confirmed occlusion", "21 as latent infection", "10 became pregnant" */
const EPA_PART = String.raw`${NUMW} ${PCT}(?:(?:[\w-]+ ){0,2}?${UNIT} )?(?:(?:with(?:out)?|as|(?:were|was) (?:diagnosed|classified|labell?ed|confirmed) (?:with|as)) (?:an? |the )?(?:[\w-]+ ){0,3}?${EPA_CLASS}|became|died|recovered|(?:were )?(?:tested )?(?:positive|negative)\b)`;
const EPA_COUNTS = String.raw`\b${NUMW} (?:[\w-]+ ){0,3}?${UNIT}\b[^.]{0,100}?\b${EPA_PART}|\b${EPA_PART}[^.]{0,60}?\b(?:and|,) ${EPA_PART}|\b${NUMW} ${PCT}(?:of|out of|among) (?:the |these )?${NUMW} (?:[\w-]+ ){0,2}?${UNIT} ${PCT}(?:(?:were|was|had been) (?:diagnosed|confirmed|labell?ed)|(?:died|developed|had (?:an? |the )?(?:outcome|event|diagnosis))\b)|\bn ?= ?\d[\d,]* and \d|\(${NUMW} [\w+/-]+ and ${NUMW} [\w+/-]+\)|\b${NUMW} (?:[\w-]+ ){0,3}?${UNIT}\b[^.]{0,100}?\b(?:from|of) (?:these|them|whom),? ${NUMW}\b`;
// a second way: the outcome's occurrence counted - an act (occurred, was reported in, developed), a count of people or
// events, and its share or breakdown ("25 events occurred (18 strokes and 7 infarctions)", "reported in 11 patients (39%)")
const EPA_OCCUR = String.raw`\b(?:occurred|(?:was|were) (?:reported|observed|recorded|documented|diagnosed|confirmed) in|developed|experienced)\b`;
const EPA_OCCUR_COUNT = String.raw`\b${NUMW} (?:\(\d+(?:\.\d+)?\s?%[^)]*\) )?(?:[\w-]+ ){0,3}?(?:${PART}|cases|events)\b`;
const EPA_SHARE = String.raw`\d\s?%|\(${NUMW} [^)]*\band ${NUMW}\b`;
const spec: SpecBody = {
  damp: [{ re: MODAL, factor: 0.6 }, INSTRUCTION_DAMP],
  sectionWeight: { introduction: 0.2, discussion: 0.4 },
  rules: [
    cue('events/of-whom', new RegExp(`(?:\\b${N} (?:\\w+ ){0,2}${PART}|\\bn ?= ?${N})\\b[^.;]{0,120}?\\b${N} (?:${PART} )?${PCT}${EVENT}\\b`, 'i'), 0.7, {
      unless: new RegExp(`^(?![^]*${DATASET_OR_OUTCOME.source})|\\bevents? per (?:variable|predictor|parameter)|\\badverse events?\\b`, 'i'),
      sections: ['methods', 'results', 'abstract', 'other'],
    }),
    cue('events/events-among', new RegExp(`\\b${N} (?:\\w+ ){0,2}(?:outcome )?events? (?:in|among|out of|from) ${N} (?:\\w+ ){0,2}${PART}\\b`, 'i'), 0.7, {
      unless: /\bevents? per (?:variable|predictor|parameter)|\badverse events?\b/i,
    }),
    // "the outcome occurred in 312 (6.9%) of 4,512 patients"
    cue('events/occurred-in', new RegExp(`\\b(?:outcomes?|events?|deaths?|end-?points?|the (?:primary |secondary |composite )?outcome)\\b (?:\\w+ )?(?:occurred|was (?:observed|recorded|reached)|were (?:observed|recorded)) in ${N} ${PCT}(?:of|out of|among) (?:the )?${N} (?:\\w+ ){0,2}${PART}\\b`, 'i'), 0.7, {
      unless: /\badverse events?\b/i,
      sections: ['methods', 'results', 'abstract', 'other'],
    }),
    // a cohort split into the outcome classes: "412 subjects (250 with the disease and 162 healthy controls)",
    // "95 tumour and 140 normal slides", "of whom 80 with and 120 without the condition"
    cue('events/two-classes', new RegExp(`\\b${C} (?:\\(\\d+(?:\\.\\d+)?\\s?%\\) )?(?:[\\w'’-]+ ){0,4}?(?:and|vs\\.?|versus) ${C} (?:\\(\\d+(?:\\.\\d+)?\\s?%\\) )?(?:[\\w-]+ ){0,2}?${REF_CLASS}\\b|\\b${C} (?:\\(\\d+(?:\\.\\d+)?\\s?%\\) )?(?:[\\w-]+ ){0,2}?${REF_CLASS}\\b[^.;]{0,40}?\\b(?:and|vs\\.?|versus) ${C} (?:\\(\\d+(?:\\.\\d+)?\\s?%\\) )?(?:[\\w'’-]+ ){0,4}?${UNIT}\\b`, 'i'), 0.6, {
      unless: /\b(?:true|false)[- ](?:positives?|negatives?)\b|\badverse events?\b|\b(?:pairs|anchors|tokens|epochs|iterations|layers|channels|features|neurons|parameters|models?|runs|seeds|networks|augmentations?)\b/i,
      sections: ['methods', 'results', 'abstract', 'other'],
    }),
    // the class or outcome distribution given per data set: "Table 2 lists the number of positive and negative cases in
    // each split", "the class distribution of the training and test sets", "prevalence of 12% in the test set"
    cue('events/per-set', /\b(?:class|label|outcome|diagnos[ie]s|disease) (?:distributions?|balance|frequenc(?:y|ies)|counts?|prevalence|proportions?)\b[^.;]{0,60}\b(?:in|of|across|for|per) (?:the |each |both |all |two |three )?(?:[\w/-]+ ){0,3}(?:data ?sets?|datasets?|cohorts?|splits?|sets?|partitions?|folds?)\b|\bnumbers? (?:and (?:the )?(?:percentages?|proportions?) )?of (?:\w+ ){0,3}(?:positive|negative|normal|abnormal|diseased|healthy|labels?|cases|events)\b[^.;]{0,60}\b(?:in|of|across|for|per) (?:the |each |both |all |two |three )?(?:[\w/-]+ ){0,3}(?:data ?sets?|datasets?|cohorts?|splits?|sets?|partitions?|folds?)\b|\bprevalence\b[^.;]{0,60}\b(?:train(?:ing)?|validation|test(?:ing)?|development|derivation|hold-?out)(?: ?\/ ?\w+)*(?: (?:sets?|cohorts?|data|splits?))?\b/i, 0.6, {
      sections: ['methods', 'results', 'abstract', 'other'],
    }),
    // "106 subjects, 33 of them with a confirmed occlusion", "twenty-nine children were classified as uninfected, 21 as
    // latent", "positive and negative patients (n = 232 and 190)"; not characteristics (sex, comorbidities) nor adverse
    // events
    // the model's outputs counted per class ("45 of 50 positive scans were detected") are results, not class counts
    cue('events/facets', cooccur(String.raw`\b${EPA_CLASS_WORD}`, EPA_COUNTS), 0.6, {
      sections: ['methods', 'results', 'abstract', 'other'],
      unless: new RegExp(String.raw`\b${NUMW} ${PCT}(?:were )?(?:males?|females?|men|women|boys|girls)\b|\b(?:diabetes|hypertension|smok\w*|comorbid\w*|adverse|side effects?|complications?|excluded|exclusion|power|sample size|predicted|misclassified|correctly|incorrectly|false|true positives?|sensitivity|specificity|accuracy|detected)\b|\bevents? per (?:variable|predictor|parameter)`, 'i'),
    }),
    // not characteristics, adverse events, complications or toxicity, nor the model's detections
    cue('events/occurrence-facets', cooccur(EPA_OCCUR, EPA_OCCUR_COUNT, EPA_SHARE), 0.6, {
      sections: ['methods', 'results', 'abstract', 'other'],
      unless: /\b(?:diabetes|hypertension|smok\w*|comorbid\w*|adverse|side effects?|complications?|toxicit\w*|excluded|exclusion|power|sample size|predicted|misclassified|correctly|incorrectly|false|true positives?|sensitivity|specificity|accuracy|detected|males?|females?)\b|\bevents? per (?:variable|predictor|parameter)/i,
    }),
    cue('events/n-equals', /\bn ?= ?\d[\d,]*[^.;]{0,40}\bevents? ?(?:=|:) ?\d/i, 0.65),
  ],
  needsEvaluation: true,
};

export default defineConcept({
  id: 'events_per_analysis',
  meta: {
    label: 'Participants and events per analysis',
    group: 'Results',
    definition:
      'Reported when the manuscript gives, for a cohort, data set or analysis of this study, the number of participants together with the number who had the outcome (events): "of the 1,240 patients in the development cohort, 186 died", "97 events among 2,310 patients", "the outcome occurred in 88 of 1,236 participants"; for a classifier, the number of cases of each class in a data set ("410 subjects, 260 with the disease and 150 healthy controls") or the class distribution or prevalence given per data set. Events-per-variable rules of sample size, counts of comorbidities, adverse events of treatment and counts from other studies do not count. The concept applies only where a model, classifier or test is evaluated.',
    traps: [
      'events per variable in the sample size rationale',
      'counts of comorbidities or characteristics ("45 had diabetes")',
      'adverse events',
      'counts of earlier cohorts in the Introduction',
    ],
  },
  spec,
  examples: {
    context: EVAL_CONTEXT,
    reported: [
      { text: 'Of the 1,240 patients in the development cohort, 186 (15.0%) died within 30 days.', heading: 'Results' },
      { text: 'The validation set comprised 532 participants, of whom 61 experienced the primary outcome.', heading: 'Results' },
      { text: 'There were 97 outcome events among 2,310 patients in the temporal validation data.', heading: 'Results' },
      { text: 'In the derivation cohort (n = 4,512), 312 patients (6.9%) developed delirium.', heading: 'Results' },
      { text: 'The primary outcome occurred in 88 (7.1%) of 1,236 participants.', heading: 'Results' },
      { text: 'The archive held 540 scans of 212 subjects; 64 with a confirmed malignant lesion and 148 with benign findings.', heading: 'Methods' },
      { text: 'Forty-one children were enrolled, and of these 12 were diagnosed with sepsis during the stay.', heading: 'Methods' },
      { text: 'During a median follow-up of three years, 41 cardiac events occurred (29 infarctions and 12 sudden deaths).', heading: 'Results' },
      { text: 'Sepsis was diagnosed in 18 infants (12%) before discharge.', heading: 'Results' },
    ],
    missing: [
      { text: 'We required at least 10 events per variable for model development.', note: 'events per variable' },
      { text: 'Of 300 patients, 45 had diabetes and 80 had hypertension.', heading: 'Results', note: 'characteristics' },
      { text: 'Adverse events occurred in 12 (4%) of 300 patients.', heading: 'Results', note: 'adverse events' },
      { text: 'Of the 150 positive scans in the test set, 138 were correctly detected by the model.', heading: 'Results', note: 'outputs of the model, not class counts' },
      { text: 'In total, 120 patients had 35 adverse events during follow-up.', heading: 'Results', note: 'adverse events' },
      { text: 'Previous cohorts included 5,000 patients with 400 events [9].', heading: 'Introduction', note: 'other work' },
      { text: 'Grade 3 toxicity developed in 14 patients (9%) during treatment.', heading: 'Results', note: 'harms of treatment, not the outcome' },
      { text: 'Hypertension was observed in 35 patients (28%) at baseline.', heading: 'Results', note: 'a characteristic' },
      {
        text: 'The primary outcome occurred in 88 (7.1%) of 1,236 participants.',
        heading: 'Results',
        context: '',
        note: 'without a model or test under evaluation the concept does not apply',
      },
    ],
  },
});
