/**
 * Crosswalk concepts that only a few checklist items ask for (TRIPOD / TRIPOD+AI / STARD): health inequalities,
 * intended users and deployment, heterogeneity across clusters, model updating, development-vs-evaluation data
 * differences, patient and public involvement, participants and events per analysis, severity / alternative
 * diagnoses, the interval between index test and reference standard, and harms of testing.
 *
 * None of them is scored in a labelled corpus, so every rule is deliberately narrow: a concept is only reported
 * when a sentence states it about this study in wording that has no common homonym. Missing is preferred over a
 * weak "reported". Concepts that only make sense where a model or test is evaluated are gated on that
 * (model-gate.ts: hasEvaluation).
 */
import type { ConceptSpec } from './core/spec.js';
import { cue, INSTRUCTION } from './shared/modelling.js';

/** Modal or speculative wording ("could be used by", "may help"): a possibility, not a statement. */
const MODAL = /\b(?:could|may|might|would|can|should)\b/i;
/** Checklist instructions quoted in a manuscript ("Describe the intended users ...") are not reports. */
const INSTRUCTION_DAMP = { re: INSTRUCTION, factor: 0.3 };

// ---------------------------------------------------------------------------------------------------------------
// health inequalities (TRIPOD+AI 3c): known inequalities between sociodemographic groups; background material, so
// citations and the Introduction count.
const GROUP_ADJ =
  '(?:racial|ethnic|racial and ethnic|racial/ethnic|socio-?economic|sex|gender|sex and gender|geographic(?:al)?|regional|rural|urban-rural|rural-urban|educational|social)';
/** stereo/image disparity, mathematical inequalities */
const INEQ_HOMONYM = /\b(?:disparity (?:maps?|estimation|values?)|inequalit(?:y|ies) (?:constraints?|conditions?)|triangle inequality|Jensen)\b/i;
const health_inequalities: ConceptSpec = {
  concept: 'health_inequalities',
  sectionWeight: { introduction: 1, discussion: 0.9, abstract: 0.9 },
  damp: [
    // the model might create or widen inequalities: a fairness worry, not a known inequality
    { re: /\b(?:exacerbat|perpetuat|amplif|worsen|introduc|reinforc)\w*\b/i, factor: 0.6 },
    { re: MODAL, factor: 0.6 },
    INSTRUCTION_DAMP,
  ],
  rules: [
    // a stated, qualified inequality ("well-documented racial disparities", "marked socioeconomic inequalities")
    cue(
      'inequalities/qualified',
      new RegExp(
        `\\b(?:known|well[- ](?:documented|established|recogni[sz]ed|known|described)|documented|persistent|significant|substantial|marked|existing|long-?standing|pronounced|striking|major|wide|widening|large|considerable|profound|stark|notable|important) (?:${GROUP_ADJ} )?(?:and ${GROUP_ADJ} )?(?:health(?:care| care)? )?(?:inequalit(?:y|ies)|inequit(?:y|ies)|disparit(?:y|ies))\\b`,
        'i',
      ),
      0.7,
      { otherWorkOk: true, unless: INEQ_HOMONYM },
    ),
    // an inequality with a predicate of existence ("health inequalities in X persist", "... have been reported")
    cue(
      'inequalities/exist',
      new RegExp(
        `\\b(?:health(?:care| care)?|${GROUP_ADJ}) (?:inequalit(?:y|ies)|inequit(?:y|ies)|disparit(?:y|ies))\\b (?:\\w+ ){0,5}(?:exists?|persists?|remains?|have been (?:\\w+ )?(?:documented|reported|observed|described|shown|identified|demonstrated)|(?:are|is) (?:well[- ]documented|well[- ]established|evident|apparent|present|observed|reported|widespread|common))\\b`,
        'i',
      ),
      0.7,
      { otherWorkOk: true, unless: INEQ_HOMONYM },
    ),
    // the dimension is named: "disparities in survival by race and ethnicity", "inequalities in access between ..."
    cue(
      'inequalities/by-group',
      /\b(?:disparit(?:y|ies)|inequalit(?:y|ies)|inequit(?:y|ies)) in (?:\w+ ){0,3}(?:access|outcomes?|care|treatment|survival|mortality|incidence|screening|diagnosis|health|uptake)\b (?:\w+ ){0,3}(?:by|between|among|across|according to|related to) (?:\w+ ){0,2}(?:race|racial|ethnic\w*|sex|gender|socio-?economic|income|deprivation|education\w*|insurance|rural\w*|urban\w*|geograph\w*|age groups|minorit\w+|black|white|hispanic)\b/i,
      0.7,
      { otherWorkOk: true, unless: INEQ_HOMONYM },
    ),
    // "deprived / low-income / minority groups have worse outcomes or less access"
    cue(
      'inequalities/groups',
      /\b(?:socio-?economically |economically )?(?:under-?served|marginali[sz]ed|disadvantaged|deprived|low-income|minority|ethnic minority|black|hispanic|indigenous) (?:populations?|groups|communities|patients|women|men|children|people)\b[^.;]{0,80}\b(?:higher|lower|worse|poorer|greater|excess|less|reduced|limited|later|delayed) (?:\w+ ){0,2}(?:rates?|risks?|access|outcomes?|survival|mortality|incidence|diagnosis|uptake|likely)\b/i,
      0.6,
      { otherWorkOk: true },
    ),
  ],
};

// ---------------------------------------------------------------------------------------------------------------
// intended users, setting of use, interaction and inputs at deployment (TRIPOD+AI 3b, 27a, 27b)
const USER_WORD =
  '(?:clinicians?|physicians?|doctors?|radiologists?|pathologists?|dermatologists?|ophthalmologists?|cardiologists?|surgeons?|nurses?|general practitioners?|GPs?|health ?care (?:professionals?|providers?|workers?|staff)|primary care (?:physicians?|practitioners?|teams?)|non-?specialists?|technicians?|technologists?|sonographers?|radiographers?|midwives|midwife|pharmacists?|triage|point of care|point-of-care|bedside|primary care|emergency departments?|screening (?:programmes?|programs?|settings?)|clinical (?:workflows?|practice|settings?|routine)|radiology (?:workflows?|departments?|practice)|routine (?:clinical )?(?:practice|care|workflows?))';
const usability_end_user: ConceptSpec = {
  concept: 'usability_end_user',
  // TRIPOD+AI 3b is an Introduction item: "the model is intended as ..." there describes this study's model
  sectionWeight: { introduction: 0.8 },
  // "clinicians can run it" states what users do; only speculative modals weaken
  damp: [{ re: /\b(?:could|may|might|would|should)\b/i, factor: 0.6 }, INSTRUCTION_DAMP],
  rules: [
    cue('users/intended', /\b(?:intended|target|prospective) (?:end[- ])?users?\b/i, 0.85, { unless: /\b(?:drug|substance|cannabis|alcohol|tobacco|opioid|heroin)\b/i }),
    cue('users/end-users', /\bend[- ]users?\b/i, 0.6, { unless: /\b(?:licen[cs]e|agreement|drug|substance)\b/i }),
    cue(
      'users/designed-for',
      new RegExp(
        `\\b(?:intended|designed|meant|developed|built|conceived) (?:primarily |mainly |specifically )?(?:to be used|for (?:\\w+ )?use|to be deployed|to be operated|to (?:assist|support|aid|help|guide)|as an? (?:\\w+ ){0,2}(?:tool|aid|system|assistant))\\b[^.;]{0,60}\\b${USER_WORD}`,
        'i',
      ),
      0.7,
      { unless: /\bdeveloped (?:\w+ ){0,2}(?:in|for) (?:patients|children|adults|women|men)\b/i, notSections: ['introduction'] },
    ),
    // "The model is intended as decision support in routine reporting"
    cue(
      'users/intended-as',
      /\b(?:the|our|this|proposed) (?:\w+ ){0,2}(?:model|tool|algorithm|system|classifier|score|software|app|application|network|pipeline|calculator|nomogram)s? (?:is|was|are|were) (?:primarily |mainly |therefore )?(?:intended|designed|meant|envisaged|envisioned) (?:as|to serve as|to act as|for use as) (?:an? )?(?:\w+ ){0,2}(?:decision[- ]support|support|triage|decision aids?|triage tool|second reader|first reader|concurrent reader|screening tool|assistant|aid|tool)\b/i,
      0.7,
    ),
    cue(
      'users/usability',
      /\b(?:usability|user (?:experience|acceptance|satisfaction)|acceptability) (?:testing|tests?|study|studies|evaluation|assessment|questionnaires?|surveys?|scores?|scale|interviews?) (?:of|for|with) (?:the |our |this )?(?:\w+ ){0,2}(?:model|tool|system|software|application|app|algorithm|interface|prototype|platform|calculator|nomogram|score)\b|\b(?:model|tool|system|software|application|app|algorithm|interface|prototype|platform|calculator)(?:'s)? (?:usability|acceptability)\b (?:was|were) (?:\w+ )?(?:assessed|evaluated|tested|measured|rated|examined)\b/i,
      0.75,
    ),
    cue(
      'users/expertise',
      /\b(?:no|minimal|little|without|limited|basic) (?:\w+ )?(?:programming|coding|technical|computational|computer) (?:skills?|expertise|knowledge|experience|background)\b|\b(?:requires?|required|needs?) (?:no|minimal|little|specific|specialist|specialised|specialized|expert) (?:\w+ )?(?:expertise|knowledge|skills?)\b/i,
      0.6,
      { negationOk: true },
    ),
    cue(
      'users/workflow',
      /\b(?:integrated|embedded|deployed|implemented|incorporated) (?:\w+ ){0,2}(?:in|into|within) (?:the |our |a |an )?(?:\w+ ){0,2}(?:clinical workflows?|radiology workflows?|reading workflows?|PACS|picture archiving|electronic (?:health|medical|patient) records?|EHRs?|EMRs?|hospital information systems?|routine (?:clinical )?(?:care|practice|workflows?))\b/i,
      0.65,
      { requireOwn: true },
    ),
    cue(
      'users/deployment-inputs',
      /\b(?:at|during|in) (?:the time of )?(?:deployment|inference time|prediction time|the point of prediction|clinical use|routine use|real-world use|implementation)\b[^.;]{0,100}\b(?:missing|poor[- ]quality|low[- ]quality|insufficient[- ]quality|inadequate|incomplete|unavailable|not available)\b|\b(?:(?:missing|poor[- ]quality|low[- ]quality|insufficient[- ]quality|inadequate|incomplete|unavailable)\b (?:\w+ ){0,3}(?:inputs?|images?|values|data|predictors?|scans?)|(?:inputs?|images?|values|data|predictors?|scans?) (?:of|with) (?:poor|low|insufficient|inadequate) (?:image )?quality)\b[^.;]{0,100}\b(?:at|during|in) (?:the time of )?(?:deployment|inference time|prediction time|clinical use|routine use|real-world use)\b/i,
      0.65,
      { negationOk: true },
    ),
  ],
};

// ---------------------------------------------------------------------------------------------------------------
// heterogeneity across clusters (TRIPOD+AI 12d, 23b): centres, hospitals, countries — not studies (meta-analysis
// of literature), scanners or vendors (robustness)
const CLUSTER = '(?:cent(?:er|re)s|sites|hospitals|countries|clusters|institutions|regions|practices|trusts|health ?systems|health ?boards)';
const CLUSTER1 = '(?:cent(?:er|re)|site|hospital|country|cluster|institution|region|practice)';
const PERF = '(?:performance|AUCs?|AUROCs?|c-?statistics?|c-?index|C-?indices|discrimination|calibration|accuracy|sensitivit(?:y|ies)|specificit(?:y|ies)|Dice|predictive values?|kappas?|Brier scores?|F1[- ]scores?)';
const heterogeneity_clusters: ConceptSpec = {
  concept: 'heterogeneity_clusters',
  damp: [{ re: MODAL, factor: 0.6 }, INSTRUCTION_DAMP],
  sectionWeight: { introduction: 0.2 },
  rules: [
    cue(
      'heterogeneity/performance-across',
      new RegExp(
        `\\b${PERF}\\b(?:[^.;]|\\.\\d){0,80}\\b(?:across|between|among|for each|in each|at each|within each|per|by individual) (?:the )?(?:\\w+ ){0,3}${CLUSTER}\\b(?! combined| together| pooled)|\\b(?:per|each|every|individual)[- ]${CLUSTER1}s?\\b (?:\\w+ ){0,2}${PERF}\\b|\\b${CLUSTER1}[- ](?:specific|level|wise) (?:\\w+ )?${PERF}\\b`,
        'i',
      ),
      0.7,
      { negationOk: true },
    ),
    cue(
      'heterogeneity/pooled',
      new RegExp(`\\b(?:random[- ]effects?|meta-?analy[sz]\\w*)\\b[^.;]{0,80}\\b(?:across|between|among|over|of) (?:the )?(?:\\w+ ){0,2}${CLUSTER}\\b`, 'i'),
      0.7,
      { negationOk: true },
    ),
    cue(
      'heterogeneity/iecv',
      new RegExp(`\\binternal[- ]external (?:cross[- ]?)?validation\\b|\\bleave[- ]one[- ]${CLUSTER1}[- ]out\\b`, 'i'),
      0.7,
    ),
    cue(
      'heterogeneity/random-effect',
      new RegExp(
        `\\brandom (?:intercepts?|effects?|slopes?) (?:for|of|per|by) (?:the )?(?:\\w+ )?${CLUSTER1}s?\\b|\\b${CLUSTER1}s? (?:was|were) (?:included |entered |modell?ed |treated )?as (?:an? )?random (?:effects?|intercepts?|factors?)\\b`,
        'i',
      ),
      0.65,
    ),
  ],
};

// ---------------------------------------------------------------------------------------------------------------
// model updating / recalibration (TRIPOD 10e, 17; TRIPOD+AI 12f, 24)
const INSTRUMENT = /\b(?:instruments?|scanners?|devices?|sensors?|meters?|monitors?|cameras?|pumps?|spectrometers?|machines?|equipment|CGMs?|probes?|balances?|pipettes?|thermometers?|transducers?|detectors?|assays?)\b/i;
/** base-quality recalibration in sequencing pipelines */
const RECAL_HOMONYM = /\b(?:base quality|quality scores?|BQSR|GATK)\b/i;
/** what a model recalibration is about */
const MODEL_WORD = /\b(?:models?|predict\w*|risks?|probabilit\w*|intercepts?|slopes?|equations?|nomograms?|classifiers?|algorithms?|scores?|calibration)\b/i;
const model_updating: ConceptSpec = {
  concept: 'model_updating',
  damp: [{ re: MODAL, factor: 0.6 }, INSTRUCTION_DAMP],
  sectionWeight: { introduction: 0.2 },
  rules: [
    cue('updating/recalibration', /\brecalibrat\w*/i, 0.7, { unless: new RegExp(`${INSTRUMENT.source}|${RECAL_HOMONYM.source}|^(?![^]*${MODEL_WORD.source})`, 'i') }),
    cue(
      'updating/updated',
      /\bmodel (?:updating|revision)\b|\bupdat(?:ed|ing) (?:of )?the (?:original|existing|published|previously (?:developed|published|derived)) (?:\w+ )?(?:model|score|equation|algorithm|nomogram|rule)\b|\b(?:model|score|equation|nomogram)(?:'s)? (?:intercept|coefficients?|baseline (?:risk|hazard|survival)) (?:was|were) (?:re-?estimated|updated|recalibrated|adjusted)\b|\b(?:model|score|equation|algorithm|nomogram)s? (?:was|were) (?:subsequently |then |further |therefore )?(?:updated|re-?estimated|revised|recalibrated) (?:by|using|with|for|to)\b/i,
      0.7,
      { unless: /\b(?:epochs?|iterations?|gradients?|optimi[sz]er|back-?propagat\w*|learning rate|Adam|SGD|mini-?batch\w*|software|version)\b/i },
    ),
    cue(
      'updating/fine-tune-site',
      new RegExp(
        `\\bfine[- ]?tun\\w*\\b[^.;]{0,80}\\b(?:on|with|using|to|for) (?:(?:data|images|samples|patients) (?:from|of) )?(?:the |a |each |every )?(?:(?:external|site[- ]specific|institution[- ]specific|hospital[- ]specific) (?:\\w+ )?(?:data|data ?sets?|datasets?|cohorts?|samples?|images|patients|sites?|cent(?:er|re)s?|hospitals?|institutions?)|(?:each|every|the other|another|the external|the target) ${CLUSTER1})\\b`,
        'i',
      ),
      0.6,
      { unless: /\bImageNet\b/i },
    ),
    cue(
      'updating/not-done',
      /\b(?:model|score|equation|algorithm|nomogram|classifier)s? (?:was|were) not (?:\w+ )?(?:recalibrated|updated|re-?estimated|re-?trained|retrained|fine[- ]?tuned|refitted|re-?fitted)\b|\b(?:applied|used|tested|evaluated|validated|transferred|deployed)\b[^.;]{0,80}\bwithout (?:any )?(?:further )?(?:re-?training|retraining|fine[- ]?tuning|recalibration|updating|re-?fitting|refitting|re-?estimation)\b|\bno (?:\w+ )?(?:recalibration|model updating)\b/i,
      0.7,
      { notDone: true, negationOk: true, unless: INSTRUMENT },
    ),
  ],
};

// ---------------------------------------------------------------------------------------------------------------
// differences between development and evaluation data (TRIPOD 12, 13c; TRIPOD+AI 16, 20c)
const DEV = '(?:derivation|development|training|discovery) (?:cohorts?|sets?|data ?sets?|datasets?|populations?|samples?|data|groups?)';
const EVAL = '(?:validation|external|test(?:ing)?|evaluation|hold-?out|held-?out|replication) (?:cohorts?|sets?|data ?sets?|datasets?|populations?|samples?|data|groups?)';
const COMPARE = /\b(?:differ\w*|different|differences?|dissimilar|similar\w*|comparable|compar(?:ed|ison|ing|es)|case[- ]mix|characteristics|demographics|heterogene\w+|(?:older|younger|higher|lower|more|fewer|less|greater)\b[^.;]{0,60}\bthan)\b/i;
/** sentences about model performance, training or the partition itself, not about how the data sets differ */
const NOT_DATA_COMPARISON =
  /\b(?:AUCs?|AUROC|c-?statistics?|c-?index|accuracy|performance|performed|sensitivity|specificity|Dice|F1|loss|over-?fit\w*|errors?|achieved|yielded|outperform\w*|fine-?tun\w*|split|divided|partitioned|assigned|allocated|randomi[sz]ed|randomly|stratif\w*|ratio|proportion of \d|models?|trained|tuned|hyper-?parameters?|epochs?|\d+ ?%(?: and| or|\/| to) \d+ ?%|\d+:\d+)\b/i;
const dev_vs_eval_differences: ConceptSpec = {
  concept: 'dev_vs_eval_differences',
  damp: [{ re: MODAL, factor: 0.6 }, INSTRUCTION_DAMP],
  sectionWeight: { introduction: 0.2 },
  rules: [
    cue('dev-eval/both-sets', new RegExp(`\\b${DEV}\\b[^.;]{0,100}\\b${EVAL}\\b|\\b${EVAL}\\b[^.;]{0,100}\\b${DEV}\\b`, 'i'), 0.7, {
      negationOk: true,
      unless: new RegExp(`^(?![^]*${COMPARE.source})|${NOT_DATA_COMPARISON.source}`, 'i'),
    }),
    cue(
      'dev-eval/original',
      /\b(?:compared (?:with|to)|than(?: in| that of)?|unlike|in contrast to|differ\w* from|similar to) (?:the |those (?:of|in) the )?(?:original|derivation|development) (?:\w+ )?(?:cohorts?|populations?|study|studies|samples?|data ?sets?|datasets?)\b/i,
      0.7,
      { negationOk: true, unless: NOT_DATA_COMPARISON },
    ),
    cue(
      'dev-eval/two-cohorts',
      /\b(?:characteristics|demographics|case[- ]mix|baseline|distributions? of (?:age|sex|gender|the outcome|outcomes|diagnos\w+|stages?))\b[^.;]{0,80}\b(?:differ\w*|similar|comparable|balanced)\b[^.;]{0,40}\b(?:between|across|in) (?:the )?(?:two|three|both|all) (?:cohorts|data ?sets|datasets)\b|\b(?:differ\w*|similar|comparable|balanced)\b (?:\w+ ){0,2}(?:in|with respect to|regarding|for) (?:\w+ ){0,3}(?:characteristics|demographics|case[- ]mix)\b[^.;]{0,40}\b(?:between|across|in) (?:the )?(?:two|three|both|all) (?:cohorts|data ?sets|datasets)\b/i,
      0.55,
      { negationOk: true, unless: new RegExp(`${NOT_DATA_COMPARISON.source}|\\b(?:differentially|expressed|expression|genes?)\\b`, 'i'), sections: ['methods', 'results', 'abstract', 'other'] },
    ),
  ],
};

// ---------------------------------------------------------------------------------------------------------------
// patient and public involvement (TRIPOD+AI 19); "PPI" alone is usually a proton pump inhibitor
const PPI_CONTEXT = /\b(?:design\w*|conduct\w*|report\w*|dissemina\w*|plan\w*|research|setting|development|interpret\w*|outcome measures|priorit\w*|study)\b/i;
/** shared decision making and engagement with an intervention: involvement of patients in their own care */
const PPI_HOMONYM = /\b(?:involvement|engagement) (?:in|with) (?:\w+ ){0,2}(?:decisions?|decision-making|treatment|care|self-management|their)\b|\b(?:involvement|engagement) (?:scores?|scales?|levels?|measures?)\b|\blevels? of (?:patient )?(?:involvement|engagement)\b|\bOPTION\b/i;
const ppi: ConceptSpec = {
  concept: 'ppi',
  damp: [INSTRUCTION_DAMP],
  sectionWeight: { introduction: 0.3 },
  rules: [
    // "patient engagement" (with an app or programme) and "patient involvement" (in treatment decisions, scored on a
    // scale) are homonyms; research involvement says patient AND public, or is public/lay/consumer involvement
    cue('ppi/involvement', /\b(?:patient|public|consumer|service[- ]user|carer|citizen) and (?:public|patient|carer|consumer|community) (?:involvement|engagement)\b|\b(?:public|consumer|service[- ]user|lay|citizen) involvement\b|\bpatient involvement (?:in (?:the |this |our )?(?:research|study|design|trial|project)|statement|was|group)\b/i, 0.8, {
      unless: PPI_HOMONYM,
    }),
    cue('ppi/partners', /\b(?:patient|public|consumer|lay|carer) (?:partners?|advisors?|advisers?|advisory (?:groups?|panels?|boards?|committees?|councils?)|research partners?|contributors?|representatives?)\b|\bcommunity advisory (?:boards?|groups?|committees?)\b/i, 0.7, {
      unless: /\b(?:consent\w*|legal|surrogate|next of kin|guardian|proxy|representative (?:sample|of))\b/i,
    }),
    cue(
      'ppi/involved',
      /\b(?:patients|members of the public|the public|service users|carers|lay people|patient representatives|patient partners)\b (?:(?:and|or) (?:\w+ ){1,4})?(?:were|was) (?:actively |directly |closely |also )?involved in (?:the )?(?:\w+ ){0,3}(?:design|conduct|planning|development|reporting|dissemination|interpretation|choice|selection|prioriti[sz]\w*|research questions?|writing)\b/i,
      0.8,
    ),
    cue(
      'ppi/not-involved',
      /\b(?:patients|members of the public|the public|patient representatives|service users)\b[^.;]{0,40}\b(?:were|was) not (?:\w+ )?involved\b|\bno (?:patients?|members of the public|patient(?: and|\/| or) (?:the )?public) (?:were |was )?(?:involved|involvement)\b|\bnot (?:appropriate|possible|feasible) to involve (?:patients|the public)\b|\b(?:no|without) (?:patient|public|patient and public|patient or public) (?:involvement|engagement)\b/i,
      0.8,
      { notDone: true, negationOk: true, unless: new RegExp(`^(?![^]*${PPI_CONTEXT.source})`, 'i') },
    ),
  ],
};

// ---------------------------------------------------------------------------------------------------------------
// participants and outcome events per analysis (TRIPOD 14a, TRIPOD+AI 21)
const N = '\\d[\\d,]*';
const PCT = '(?:\\(\\d+(?:\\.\\d+)?\\s?%\\)\\s)?';
const PART = '(?:patients|participants|individuals|subjects|women|men|children|adults|people|persons|infants|neonates|admissions|episodes|encounters|pregnancies)';
const EVENT =
  '(?:developed|died|experienced|suffered|(?:had|reached|met) (?:the |an? )?(?:primary |secondary |composite |study )?(?:outcome|end-?point|event)s?|(?:\\w+ )?(?:outcome )?events?|deaths)';
const DATASET_OR_OUTCOME = /\b(?:cohorts?|sets?|data ?sets?|datasets?|samples?|analys[ie]s|derivation|development|validation|training|test|evaluation|outcomes?|end-?points?|events?)\b/i;
const events_per_analysis: ConceptSpec = {
  concept: 'events_per_analysis',
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
    cue('events/n-equals', /\bn ?= ?\d[\d,]*[^.;]{0,40}\bevents? ?(?:=|:) ?\d/i, 0.65),
  ],
};

// ---------------------------------------------------------------------------------------------------------------
// severity of disease in those with the target condition, alternative diagnoses in those without (STARD 21a/21b)
const ELIGIBILITY = /\b(?:prior|previous|previously|known|history|pre-?existing|established|excluded|included|inclusion|exclusion|eligib\w*|enrolled|recruited)\b/i;
const disease_severity_alternative_dx: ConceptSpec = {
  concept: 'disease_severity_alternative_dx',
  damp: [{ re: MODAL, factor: 0.6 }, INSTRUCTION_DAMP],
  sectionWeight: { introduction: 0.2 },
  rules: [
    cue(
      'alt-dx/named',
      /\b(?:alternative|final|other|definitive) diagnos[ei]s (?:\w+ ){0,3}(?:in|among|of|for) (?:the )?(?:\d[\d,]* )?(?:\w+ ){0,2}(?:patients|participants|subjects|individuals|those|cases|children) (?:who (?:did not have|were negative|had no)|without|with(?:out)? (?:a )?negative|not having)\b/i,
      0.75,
      { negationOk: true, unless: ELIGIBILITY },
    ),
    cue(
      'alt-dx/without',
      /\b(?:without|did not have|negative for|in whom \w+ was (?:ruled out|excluded))\b[^.;]{0,80}\b(?:(?:final|alternative|other|eventual) diagnos[ie]s (?:was|were|included|comprised)|(?:were|was) (?:finally |eventually |ultimately |subsequently |instead )?diagnosed (?:with|as having))\b/i,
      0.65,
      { negationOk: true, unless: ELIGIBILITY },
    ),
    cue(
      'severity/distribution',
      /\b(?:distribution|spectrum|breakdown) of (?:disease |tumou?r |cancer |lesion |fracture |injury |clinical )?(?:severity|stages?|grades?|severity grades?)\b|\b(?:severity|stage|grade) distribution\b/i,
      0.7,
      { notSections: ['introduction'] },
    ),
    // counts listed over the severity categories: "... 1,140 (19.0%), 690 (11.5%) and 450 (7.5%) showed mild, moderate and severe"
    cue(
      'severity/categories',
      /\b\d[\d,]* \(\d+(?:\.\d+)?\s?%\)[^.;]{0,80}\b(?:had|showed|were|with|as) (?:\w+ )?(?:mild|minimal|low-grade|grade (?:1|I)), (?:\w+ )?(?:moderate|intermediate|grade (?:2|II)),? (?:and|or) (?:\w+ )?(?:severe|advanced|high-grade|grade (?:3|III))\b/i,
      0.65,
      { sections: ['results', 'abstract', 'other'] },
    ),
    cue(
      'severity/counts',
      /\b(?:among|of|in) (?:the )?\d[\d,]* (?:\w+ ){0,2}(?:patients|participants|cases|subjects|lesions|tumou?rs)\b (?:with|who had|positive for) [^.;]{0,60}?\b\d[\d,]* (?:\(\d+(?:\.\d+)?\s?%\) )?(?:had|were|with) (?:\w+ )?(?:mild|moderate|severe|advanced|early|localized|localised|metastatic|high-grade|low-grade|stage|grade)\b/i,
      0.65,
      { sections: ['results', 'abstract', 'other'] },
    ),
  ],
};

// ---------------------------------------------------------------------------------------------------------------
// time interval (and treatment) between index test and reference standard (STARD 22)
const TEST =
  '(?:index tests?|reference (?:standard|tests?)|gold standard|imaging|scans?|MRI|MR imaging|MR examinations?|CT|CT scans?|computed tomography|ultrasound|ultrasonography|sonography|mammogra\\w+|radiographs?|x-rays?|PET(?:/CT)?|examinations?|endoscop\\w+|colonoscop\\w+|ECGs?|electrocardiogra\\w+|biops(?:y|ies)|surgery|resection|operation|prostatectomy|histolog\\w+|histopatholog\\w+|patholog\\w+|cytolog\\w+|angiograph\\w+|RT-PCR|PCR|swabs?|sampling|specimen collection|blood (?:draws?|samples?|tests?))';
const NUM_UNIT = '(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fourteen|thirty) (?:hours?|h|days?|weeks?|months?)';
const time_interval: ConceptSpec = {
  concept: 'time_interval',
  damp: [{ re: MODAL, factor: 0.6 }, INSTRUCTION_DAMP],
  sectionWeight: { introduction: 0.2 },
  rules: [
    cue(
      'interval/between',
      new RegExp(`\\b(?:intervals?|time|delay|days|weeks|period|duration) (?:between|from) (?:the )?(?:\\w+ ){0,3}${TEST} (?:and|to|until) (?:the )?(?:\\w+ ){0,3}${TEST}\\b`, 'i'),
      0.75,
      { negationOk: true, unless: /\b(?:consecutive|repeat(?:ed)?|serial|follow-?up) (?:scans|examinations|imaging|MRIs?|CTs?)\b|\bbetween (?:the )?(?:first|second|baseline|initial) and (?:the )?(?:second|third|follow-?up|final|last|repeat)\b/i },
    ),
    cue(
      'interval/within',
      new RegExp(`\\b${TEST}\\b[^.;]{0,80}\\bwithin (?:a (?:median|mean) of )?${NUM_UNIT} (?:of|after|before|prior to|following|from) (?:the )?(?:\\w+ ){0,3}${TEST}\\b`, 'i'),
      0.65,
      // "biopsy within 6 weeks before MRI was an exclusion criterion" concerns artefacts, not the interval
      { negationOk: true, unless: /\bexclu\w*/i },
    ),
    // "... was obtained a median of 3 days after the index ultrasound"
    cue(
      'interval/median-after',
      new RegExp(`\\b${TEST}\\b[^.;]{0,100}\\b(?:a )?(?:median|mean|average) (?:time |interval |delay )?(?:of )?\\d+(?:\\.\\d+)? (?:hours?|h|days?|weeks?|months?)\\b[^.;]{0,40}\\b(?:after|before|following|prior to|from) (?:the )?(?:\\w+ ){0,3}${TEST}\\b`, 'i'),
      0.7,
      { negationOk: true },
    ),
    cue(
      'interval/treatment-between',
      new RegExp(`\\b(?:treatments?|therapy|therapies|interventions?|chemotherapy|radiotherapy|antibiotics?|medications?)\\b[^.;]{0,60}\\bbetween (?:the )?(?:\\w+ ){0,3}${TEST} and (?:the )?(?:\\w+ ){0,3}${TEST}\\b`, 'i'),
      0.7,
      { negationOk: true },
    ),
  ],
};

// ---------------------------------------------------------------------------------------------------------------
// adverse events of performing the index test or reference standard (STARD 25). Harms of a trial intervention
// (drug, surgery, "the procedure") are a homonym and do not count.
const HARM = '(?:adverse (?:events?|effects?|reactions?)|complications?|side[- ]effects?|harms?)';
const TEST_ACT =
  '(?:index tests?|reference (?:standard|tests?)|biops(?:y|ies)|MRI|MR imaging|CT|CT scans?|imaging (?:examinations?|procedures?)|contrast(?: (?:media|medium|agents?|administration|injection))?|endoscop\\w+|colonoscop\\w+|bronchoscop\\w+|cystoscop\\w+|lumbar punctures?|venepunctures?|venipunctures?|blood (?:draws?|sampling)|swabs?|swabbing|diagnostic (?:tests?|testing|procedures?)|testing|angiograph\\w+|aspirations?|catheteri[sz]ation)';
const adverse_events: ConceptSpec = {
  concept: 'adverse_events',
  damp: [{ re: MODAL, factor: 0.6 }, INSTRUCTION_DAMP],
  sectionWeight: { introduction: 0.2, discussion: 0.6 },
  rules: [
    cue(
      'harms/of-test',
      new RegExp(`\\b${HARM}\\b (?:\\w+ ){0,2}(?:related to|associated with|due to|from|caused by|during|after|following|of|to|attributable to|secondary to|resulting from) (?:the |a |an )?(?:\\w+ ){0,2}${TEST_ACT}\\b|\\b${TEST_ACT}[- ](?:related|associated|induced) (?:\\w+ )?${HARM}\\b`, 'i'),
      0.7,
      {
        negationOk: true,
        // harms of a treatment given with image guidance or of a trial drug are not harms of testing
        unless: /\b(?:test|testing|study|treatment) (?:period|phase)\b|\b(?:prior|previous|history of)\b|\btesting (?:for|of) (?:adverse|complications|side)|\b(?:treatments?|therapy|therapeutic|ablation|drugs?|vaccin\w*|infusions?|-guided (?:surgery|therapy|treatment))\b/i,
      },
    ),
    cue(
      'harms/not-recorded',
      new RegExp(`\\b${HARM}\\b[^.;]{0,60}\\b${TEST_ACT}\\b[^.;]{0,40}\\b(?:were|was) not (?:\\w+ )?(?:recorded|assessed|collected|documented|monitored|reported)\\b`, 'i'),
      0.75,
      { notDone: true, negationOk: true },
    ),
  ],
};

export const extraConceptSpecs: ConceptSpec[] = [
  health_inequalities,
  { ...usability_end_user, needsEvaluation: true },
  { ...heterogeneity_clusters, needsEvaluation: true },
  { ...model_updating, needsEvaluation: true },
  { ...dev_vs_eval_differences, needsEvaluation: true },
  ppi,
  { ...events_per_analysis, needsEvaluation: true },
  { ...disease_severity_alternative_dx, needsEvaluation: true },
  { ...time_interval, needsEvaluation: true },
  { ...adverse_events, needsEvaluation: true },
];

/** The specs, for tests that check every rule is prefilter-friendly. */
export const extraSpecs: ConceptSpec[] = [
  health_inequalities,
  usability_end_user,
  heterogeneity_clusters,
  model_updating,
  dev_vs_eval_differences,
  ppi,
  events_per_analysis,
  disease_severity_alternative_dx,
  time_interval,
  adverse_events,
];
