/**
 * partition_disjointness: whether training and test partitions share patients (leakage control).
 */
import { defineConcept, type SpecBody } from '../core/define.js';
import { cue, FAMILY_DAMP } from '../shared/modelling.js';
import { cooccur } from '../shared/facets.js';

// the three parts of a patient-level split, in any order and wording: the act of splitting or assigning, the patient as
// the unit that is kept whole (the same patient, per patient, patient-wise, patient identifiers) and the sets it is
// kept within or apart from (both sets, the same fold, across partitions)
const DJ_ACT = String.raw`\b(?:split\w*|divid\w*|partition\w*|assign\w*|allocat\w*|separat\w*|stratif\w*|group\w*|distribut\w*|placed|put|kept|kept together|ensur\w*|belong\w*|appear\w*|present|overlap\w*|shared|contain\w*)\b`;
const DJ_UNIT = String.raw`\b(?:per[- ](?:patient|subject|participant|individual|person)|(?:patient|subject|participant|individual|person)[- ]?(?:wise|level|basis)|on a (?:per[- ])?(?:patient|subject|participant|individual|person)[- ]?(?:basis|level)|by (?:patient|subject|participant|individual|person)(?: (?:ID|IDs|identifiers?|numbers?))?|(?:the )?same (?:patient|subject|participant|individual|person)s?|(?:patient|subject|participant)s?[- ](?:ID|IDs|identifiers?))\b`;
const DJ_SETS = String.raw`\b(?:both (?:the )?(?:training|train|development|sets|partitions|splits|subsets|cohorts)|(?:the )?same (?:set|fold|partition|split|subset)|different (?:sets|folds|partitions|splits|subsets)|more than one (?:set|fold|partition|split|subset)|(?:across|between) (?:the )?(?:training|train|development|sets|folds|partitions|splits|subsets)|(?:training|train|development)(?: set| data)?(?:,| and| or|/) ?(?:the )?(?:validation|test(?:ing)?|hold-?out)|(?:either|only one|one) (?:of the )?(?:sets|folds|partitions|splits|subsets)|separate (?:sets|folds|partitions|splits|subsets))\b`;

const spec: SpecBody = {
  // Methods and Results cite the tools and data they use
  citationsInMethodsOk: true,
  // only where the manuscript builds or evaluates a model, classifier or test
  needsEvaluation: true,
  damp: FAMILY_DAMP,
  rules: [
    cue('disjoint/level', /\b(?:patient|subject|participant|individual|case|study|exam|person)[- ]?(?:level|wise|based|disjoint|independent|stratified|grouped) (?:splits?|partition\w*|separation|division|cross[- ]?validation|folds?|sampling)\b|\b(?:split|divided|partitioned|separated|stratified|grouped|randomi[sz]ed)\b[^.;]{0,40}\b(?:at|on) the (?:patient|subject|participant|individual|person) level\b|\bsplit (?:by|per|according to) (?:patient|subject|participant|individual)\b|\bgroup[- ]?k[- ]?fold\b/i, 0.9),
    cue('disjoint/no-overlap', /\b(?:no|without) (?:patient|subject|participant|image|case|individual|person)s? (?:overlap\w*|(?:appear\w*|(?:was|were) (?:included|present|used|shared))(?: \w+){0,3} (?:in both|in more than one|across|between|in the (?:training|test|validation)))|\bno overlap(?:ping)? (?:between|of|in)\b|\bnon-?overlapping (?:sets|subjects|patients|partitions|folds|cohorts)|\bmutually exclusive (?:sets|subsets|cohorts|groups|partitions)|\bdisjoint\b|\bnever (?:split|shared|appear\w*|included|used) (?:across|between|in both)|\bdid not (?:overlap|appear in both)|\bnot (?:shared|included) (?:between|in both|across)|\b(?:data|information) leak(?:age|s)?\b|\bleakage\b|\bused only other patients\b|\busing only (?:the )?other (?:patients|subjects|participants)/i, 0.9, { negationOk: true, unless: /\bconfidence intervals?|error bars/i }),
    cue('disjoint/overlap-stated', /\b(?:same|overlapping) (?:patients|subjects|participants) (?:appear\w*|were (?:included|present|used)) in (?:both|the training and|more than one)/i, 0.8),
    cue('disjoint/independent', /\b(?:independent|separate|distinct|unseen|second|new) (?:(?:external|prospective|patient|clinical) )?(?:test(?:ing)?|validation|evaluation|hold-?out) (?:sets?|cohorts?|datasets?|data sets?|groups?|samples?)\b|\b(?:independent|separate|second|distinct) (?:[\w-]+ )?(?:patient )?(?:cohorts?|series|datasets?|data sets?|populations?|groups? of patients)\b|\b(?:independent|separate|distinct|new|second) (?:set|group|series|sample) of (?:\d[\d,]* )?(?:[\w-]+ )?(?:patients|subjects|participants|cases|individuals|samples|images|scans)\b|\bseparate set of \d|\b(?:held|kept) (?:separate|apart|aside|out) (?:from|during) (?:model )?(?:training|development)|\bnot (?:used|included|seen) (?:in|for|during) (?:the )?(?:model )?(?:training|development|derivation)/i, 0.6, { negationOk: true, unless: /\bindependent[- ]samples?\b|\bt[- ]tests?\b/i }),
    // leakage control inside resampling: "genes were selected independently of the left-out sample"
    cue('disjoint/selection-independent', /\b(?:selected|selection|chosen|estimated|computed|derived|fitted|tuned)\b[^.;]{0,80}\b(?:entirely |completely |strictly )?independent(?:ly)? of (?:the )?(?:[\w-]+ ){0,4}?(?:(?:in )?the )?(?:test|left-out|left out|omitted|held-out|excluded|validation|unseen)? ?(?:samples?|cases?|patients?|subjects?|folds?|sets?)\b(?! size)/i, 0.7, { negationOk: true }),
    // leakage control: selection or tuning repeated inside each resampling step ("independent selection of candidate
    // genes for each cross-validation step", "features were selected within each training fold")
    cue('disjoint/within-fold', /\b(?:selection|selected|chosen|tuning|tuned|normali[sz]\w*|scaling|scaled|imputation|imputed|standardi[sz]\w*|estimated|fitted)\b[^.;]{0,80}\b(?:within|inside|for|in|at) (?:each|every) (?:\w+ )?(?:folds?|cross[- ]?validation (?:steps?|loops?|iterations?|rounds?|folds?|cycles?)|CV (?:steps?|loops?|iterations?|folds?)|iterations? of (?:the )?cross[- ]?validation)\b/i, 0.75, { negationOk: true }),
    cue('disjoint/independent-validation', /\bindependent(?:ly)? validat\w*/i, 0.6, { unless: /\bindependent[- ]samples?\b|\bt[- ]tests?\b/i }),
    cue('disjoint/remaining', /\bthe (?:remaining|other) (?:\d[\d,]*|\w+) (?:\w+ )?(?:patients|subjects|participants|cases|individuals|samples|women|men|children)\b[^.;]{0,80}\b(?:validat\w*|test\w*|evaluat\w*)/i, 0.6),
    // grouping by patient phrased without "level": "split by subject", "all images of a case went to the same fold",
    // "no individual contributed to more than one set"
    cue('disjoint/grouped', /\bsplit\w* (?:was |were |is |are )?(?:made |done |performed |carried out |conducted |stratified )?(?:by|per|at the level of) (?:patients?|subjects?|participants?|individuals?|cases?|persons?)\b|\b(?:all|every|the) (?:[\w-]+ ){0,2}(?:images|scans|slices|studies|examinations|exams|records|samples|recordings|visits|admissions|data) (?:of|from|belonging to) (?:a|the same|each|one|any|a given|an?) (?:patients?|subjects?|cases?|participants?|individuals?|persons?) (?:were|was|are|is|being) (?:\w+ )?(?:assigned|allocated|kept|placed|put|grouped|included)\b[^.;]{0,30}\b(?:same|single|one)\b|\b(?:contribut\w+|appear\w*|occur\w*) (?:\w+ ){0,3}(?:to|in) (?:more than one|both|multiple|several|different) (?:sets|splits|partitions|folds|subsets)\b/i, 0.8, { negationOk: true }),
    cue('disjoint/same-set', /\b(?:of|from) (?:the same|one|a single|each) (?:patient|subject|participant|individual|case|person)\b[^.;]{0,80}\b(?:in|to|into|within) the same (?:set|split|fold|partition|subset|group)\b/i, 0.8),
    cue('disjoint/patients-split', /\b(?:split(?:ting)?|divid(?:ed|ing)|partition(?:ed|ing)|allocat(?:ed|ing)) (?:the )?(?:\d[\d,]* )?(?:patients|subjects|participants|individuals)\b (?:(?:randomly|at random) )?into (?:the |a |separate )?(?:training|train|test|validation|development|derivation|\w+ folds?)\b|\b(?:patients|subjects|participants|individuals) (?:were|was) (?:randomly )?(?:split|divided|partitioned) into (?:the |a |separate )?(?:training|train|test|validation|development|derivation|\w+ folds?)\b/i, 0.7),
    // the test side kept out of training: "their labels are excluded from all training and validation folds", "so that
    // no labels leak into the model"; units set aside for testing: "the remaining 40 slides are used as test data", "we
    // reserve 60 studies for the reader evaluation"
    cue('disjoint/kept-out', /\b(?:excluded|withheld|held back|kept out) from (?:all |every |each |the )?(?:[\w-]+ ){0,2}?(?:training|development|derivation)(?: and (?:validation|tuning))? (?:folds?|sets?|data|splits?|partitions?)\b|\b(?:leak|leaks|leaking|leaked) (?:into|to) (?:the )?(?:[\w-]+ ){0,2}?(?:training|model|models|test\w*)\b/i, 0.7, { negationOk: true, unless: /\b(?:features?|variables?|data elements?|predictors?|columns?|covariates?)\b/i }),
    cue('disjoint/set-aside', /\bthe (?:remaining|rest(?: of the)?|other|left-out) (?:\d[\d,]*) (?:[\w-]+ )?(?:WSIs|slides|images|scans|studies|exams|examinations|volumes|recordings|radiographs|patients|subjects|cases)\b[^.;]{0,30}\b(?:are|were|is|was) (?:used|kept|held out|reserved) (?:as|for) (?:the )?(?:test\w*|evaluation|validation|hold-?out)\b|\b(?:reserve|reserved|set aside|held out|hold out|kept aside) (?:\d[\d,]*) (?:[\w-]+ )?(?:WSIs|slides|images|scans|studies|exams|examinations|volumes|recordings|radiographs|patients|subjects|cases)\b[^.;]{0,60}\b(?:for|as) (?:the )?(?:[\w-]+ )?(?:test\w*|evaluation|validation)\b/i, 0.6),
    // the patient kept within one partition, in any wording ("images of the same subject never appear in both the
    // training and the test data", "slides were assigned to folds by patient ID", "a patient-wise division into training
    // and validation sets"); negated wording is the statement itself
    cue('disjoint/facets', cooccur(DJ_UNIT, DJ_ACT, DJ_SETS), 0.7, {
      sections: ['methods', 'results', 'other'],
      negationOk: true,
      unless: /\b(?:same (?:patient|subject|participant|individual|person)s? (?:were |was )?(?:scanned|imaged|examined|measured|assessed|rated|read|annotated|labelled|labeled|seen|followed)|t[- ]tests?|paired|matched|repeated measures|test-retest|scan-rescan|intra-?(?:class|rater|observer|patient))\b/i,
    }),
    cue('disjoint/one-per-patient', /\bone (?:image|scan|sample|radiograph|x-ray|study|exam\w*|video|photograph|portrait) (?:per|from each|for each) (?:patient|subject|participant|individual)\b|\b(\d[\d,]*) (?:clinical )?(?:images|scans|x-rays|radiographs|samples) from (?:the same )?\1 (?:[\w-]+ ){0,3}?(?:patients|subjects|participants|individuals)\b/i, 0.6),
  ],
};

export default defineConcept({
  id: 'partition_disjointness',
  meta: {
    label: 'Partition disjointness / leakage control',
    group: 'Partitions & size',
    presupposes: 'model_training',
    definition:
      'Reported when the manuscript says that the partitions of this study do not share patients or subjects (a patient-level split, no overlap, mutually exclusive or disjoint sets, no leakage, an independent or separate test or validation cohort, data held out from development), that selection or tuning was repeated inside each resampling step or kept independent of the left-out samples, or explicitly that the same patients appear in several partitions. It applies only where the manuscript builds or evaluates a model, classifier or test.',
    traps: [
      'independent samples t tests',
      'non-overlapping confidence intervals or error bars',
      '"independently of the sample size"',
      'leakage through a membrane or a vessel in a paper that evaluates no model or test (the concept does not apply)',
    ],
  },
  spec,
  examples: {
    context: 'A risk score was developed from the clinical variables.',
    reported: [
      { text: 'The split was made at the patient level so that no patient appeared in both sets.' },
      { text: 'Images from one participant were never split across training and test sets.' },
      { text: 'The model was then evaluated on an independent test cohort of 120 patients.' },
      { text: 'Genes were selected entirely independently of the left-out sample in each iteration.' },
      { text: 'The coefficients were then applied to patients of the independent TRIAL-B population.' },
      { text: 'The marker was then validated in a separate set of 84 patients.' },
      { text: 'Candidate features were chosen anew within each training fold of the cross-validation.' },
      { text: 'The procedure included separate selection of candidate probes for each cross-validation step.' },
      { text: 'Phase three consisted of independent validation of the candidate transcripts.' },
      { text: 'Slides were assigned by patient ID, so that every patient\'s slides stayed in one of the folds.' },
      { text: 'During the split, scans from the same subject were kept in the same partition.' },
    ],
    missing: [
      { text: 'Effects were estimated independently of the sample size.', note: 'not about partitions' },
      { text: 'Group means were compared with an independent samples t test.', note: 'independent samples t test' },
      { text: 'Ratings of the same participant were grouped for a paired t test between the training and test sessions.', note: 'a paired comparison of sessions, not a split' },
      { text: 'The pump pressure was kept low to avoid leakage through the membrane.', context: '', note: 'no model or test in the paper' },
    ],
  },
});
