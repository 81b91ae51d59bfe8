/**
 * Data handling: preprocessing, reference standard, annotators, partitioning and its disjointness, plus the
 * simpler crosswalk concepts about data (acquisition, de-identification, subsets, annotation tools, ...).
 */
import { type ConceptSpec, type Hit } from './core/spec.js';
import { cue, FAMILY_DAMP, NUM_WORD, toNumber } from './shared/modelling.js';

// ---------------------------------------------------------------------------------------------------------------
// preprocessing
const PP_OPS =
  /\b(?:re-?sampl(?:ed|ing)|normali[sz](?:ed|ation)|standardi[sz](?:ed|ation)|rescal(?:ed|ing)|crop(?:ped|ping)|resiz(?:ed|ing)|(?:zero-)?padd(?:ed|ing)|skull[- ]strip\w*|brain[- ]extract\w*|bias[- ](?:field )?correct\w*|N4(?:ITK)?|co-?regist(?:ered|ration)|(?:rigidly|affinely|non-?linearly|deformably) registered|registered to|spatial(?:ly)? normali[sz]\w*|denois\w*|smooth(?:ed|ing)|(?:band|low|high)-?pass filter\w*|interpolat(?:ed|ion)|window(?:ed|ing)|clipp(?:ed|ing)|histogram (?:equali[sz]\w*|matching)|z-?scor\w*|log[- ]?transform\w*|quantile normali[sz]\w*|min-max|minmax|raref(?:ied|action)|(?:down|up)-?sampl\w*|batch[- ]effects?|deduplicat\w*|motion[- ]correct\w*|artefacts?|artifacts? (?:were )?(?:removed|corrected|rejected)|converted to (?:gr[ae]y-?scale|hounsfield)|aggregated (?:into|over|per|by)|segmented into (?:windows|epochs|frames)|centred|centered)\b/i;
const PP_UNLESS =
  /\bnormali[sz]ed (?:pixel |mean )?(?:error|difference|mutual)|standardi[sz]ed (?:mean|mortality|incidence|uptake|questionnaire|protocol|interview|form|procedure|assessment|instrument|scale|test|case report|diet)|age[- ]standardi|standardi[sz]ation (?:program|programme|initiative)|\berrors? (?:\w+ ){0,4}(?:were|was) (?:then )?normali[sz]ed|registered (?:nurses?|trial|at|with|in|under|dietitian)|(?:prospectively|retrospectively) registered|smoking|window of|time window|windows? of opportunity|\blog[- ]?transform\w*[^.;]{0,40}\bas the (?:response|outcome|dependent)|\bto (?:meet|satisfy|fulfil|fulfill) (?:the )?(?:[\w’'-]+ )?(?:assumptions?|normality)/i;

const preprocessing: ConceptSpec = {
  concept: 'preprocessing',
  damp: FAMILY_DAMP,
  rules: [
    // "the ratio of particles post-processing to particles pre-processing" names the moments around a processing step
    cue('preprocessing/word', /\bpre-?process(?:ed|ing)?\b|\bdata (?:cleaning|preparation|curation)\b/i, 0.75, { unless: /\bpost-?process\w*[^.;]{0,120}\bpre-?process|\bpre-?process\w*[^.;]{0,120}\bpost-?process/i }),
    // measurements "carried out following the quality control protocols" of a laboratory are not data QC
    cue('preprocessing/qc', /\bquality (?:control|check|assurance)\b(?! (?:samples?|materials?))/i, 0.55, { unless: /\b(?:carried out|performed|conducted|done|made) (?:following|according to|in accordance with|under) (?:the )?(?:\w+ )?quality (?:control|assurance)/i }),
    cue('preprocessing/operation', PP_OPS, 0.65, { unless: PP_UNLESS }),
    cue('preprocessing/outliers', /\b(?:exclude|excluded|excluding|remove|removed|removing|eliminate|eliminated|identify|identified|detect|detected) (?:\w+ ){0,2}outliers?\b|\boutliers? (?:were|was) (?:removed|excluded|eliminated|discarded)\b|\boutlier (?:removal|exclusion|rejection)\b|\b(?:eliminat|remov|subtract|correct)\w*[^.;]{0,60}\bbackground (?:staining|signal|noise|fluorescence|intensity)\b|\bbackground[- ](?:subtract|correct)\w*/i, 0.65),
    cue('preprocessing/augmentation', /\b(?:data )?augment(?:ed|ation)\b/i, 0.4),
  ],
};

// ---------------------------------------------------------------------------------------------------------------
// reference standard
const MEASURED_BY = /\b(?:parameters|characteristics|variables|quality|indices|values|levels|concentrations?) (?:\w+ )?(?:were|was) (?:measured|assessed|analy[sz]ed|examined|evaluated|determined|calculated) (?:according to|following|using|based on|by)\b/i;
const reference_standard: ConceptSpec = {
  concept: 'reference_standard',
  damp: FAMILY_DAMP,
  rules: [
    cue('reference/explicit', /\b(?:reference standard|gold[- ]standard|ground[- ]truth|criterion standard|reference (?:test|method|segmentations?|labels?|annotations?|diagnosis|masks?))\b/i, 0.85),
    cue('reference/outcome', /(?:primary|secondary|main|study)\s?(?:outcome|end-?\s?point)s?(?:\s?(?:for|of|in)\s?(?:this|the|our)\s?(?:study|trial|analysis))?\s?(?:was|were|is|are|included)|\b(?:outcome|end-?point)s? (?:of|was|were|being) (?:all-cause |in-hospital |overall |cardiovascular )?(?:death|mortality|survival|readmission|recurrence|progression|relapse|response|remission)\b|\b(?:outcome|end-? ?point)s? (?:was|were|is) (?:defined|ascertained|determined|assessed|confirmed|adjudicated)\b|\b(?:the )?end-? ?point of the study\b/i, 0.75),
    cue('reference/confirmed', /\b(?:histolog\w*|(?:neuro|histo|cyto)?patholog\w*|biops\w*|cytolog\w*|PCR|culture|angiograph\w*|autopsy|surgical(?:ly)?|operative(?:ly)?)[- ](?:confirmed|proven|verified)\b|\bconfirmed by (?:histo\w*|patholog\w*|biops\w*|PCR|culture|angiograph\w*|surgery|CTA|MRI|CT|follow-up|an? (?:expert|specialist|radiologist|pathologist))\b|\bconfirmed (?:the )?(?:occlusion|diagnosis|presence)\b/i, 0.75),
    // measurements taken by a standard ("sperm parameters were assessed according to WHO criteria") are not a truth
    cue('reference/criteria', /\b(?:diagnos\w*|classified|defined|graded|staged|categori[sz]ed|determined|assessed) (?:as [^.;]{0,80}?)?,? ?(?:according to|based on|on the basis of|using|following|by) (?:the )?(?:[\w'’-]+ ){0,6}(?:criteria|guidelines?|definitions?|classification|grading system|system|scale|score|assessments?)\b/i, 0.7, { unless: MEASURED_BY }),
    // the diagnosis rests on a confirmatory procedure ("patients diagnosed with cancer by surgical resection")
    cue('reference/diagnosed-by', /\bdiagnosed (?:\w+ ){0,4}?(?:by|through|via|on the basis of|based on) (?:the )?(?:surgical (?:resection|specimens?|pathology|exploration)|resection|surgery|histolog\w*|(?:histo|cyto)?patholog\w*|biops\w*|cytolog\w*|autopsy|angiograph\w*|PCR|cultures?|endoscop\w*)/i, 0.7),
    // the outcome the model or test is judged against, named in passing ("with time to relapse as the end point")
    cue('reference/as-endpoint', /\bas (?:the|a|an) (?:primary |main |secondary |principal |clinical |composite )?(?:end-? ?points?|outcome (?:measures?|variables?)|outcomes?)\b/i, 0.7),
    // "the diagnosis of all patients was made in accordance with the consensus criteria", "response categories were
    // defined by RECIST", "a best-estimate diagnosis was made at a case conference"
    cue('reference/criteria-named', /\b(?:diagnos[ie]s|diagnosed|classified|defined|graded|staged|categori[sz]ed|categories|status)\b[^.;]{0,60}?\b(?:in accordance with|according to|based on|by|per|using) (?:the )?(?:[\w'’/-]+ ){0,4}?(?:criteria|RECIST|DSM(?:-?(?:IV|5|III)\w*)?|ICD-?\d+|Braak|BI-?RADS|NYHA|WHO classification)\b|\b(?:best[- ]estimate|consensus) diagnos[ie]s\b|\bdiagnostic (?:case )?conference\b/i, 0.7, { unless: /\b(?:were|was) (?:measured|assessed|analy[sz]ed|examined|evaluated) according to\b/i }),
    // test positivity or group membership defined by a rule ("positivity was accepted when ...", "based on clinical
    // evaluation, individuals were assigned to the Barrett's group or the reflux group")
    cue('reference/positivity', /\b(?:positivity|a positive (?:result|response|test)|responders?|response) (?:was|were|is|are) (?:accepted|defined|declared|considered|called) (?:when|if|as)\b|\bbased on (?:the )?(?:clinical|histolog\w*|patholog\w*|endoscopic|radiolog\w*|cytolog\w*) (?:evaluation|examination|assessment|findings|diagnosis|criteria)\b[^.;]{0,60}\b(?:assigned|classified|allocated|categori[sz]ed|grouped|diagnosed)\b|\b(?:assigned|classified|allocated|categori[sz]ed|grouped)\b[^.;]{0,40}\bbased on (?:the )?(?:clinical|histolog\w*|patholog\w*|endoscopic|radiolog\w*|cytolog\w*) (?:evaluation|examination|assessment|findings|diagnosis|criteria)\b/i, 0.65),
    cue('reference/manual', /\bmanual(?:ly)? (?:segment\w*|annotat\w*|delineat\w*|label\w*|outlin\w*|contour\w*|traced|tracing|defined)\b|\bexpert (?:manual )?(?:annotations?|segmentations?|labels?|delineations?)\b/i, 0.65),
    cue('reference/labels', /\b(?:labels?|annotations?|masks?) (?:were|was) (?:obtained|derived|defined|taken|extracted|generated|created|provided)\b|\b(?:cases|controls|responders|non-responders) were defined\b|\bdefined as (?:the )?(?:occurrence|presence|death|any|having|a (?:decrease|reduction|increase))\b/i, 0.65),
    cue('reference/used-as', /\b(?:was|were) used as (?:the )?(?:reference|standard|criterion|true|gold|ground)\b|\b(?:were|was) (?:visually |independently |centrally )?(?:read|rated|graded|scored|labell?ed) as\b|\b(?:confirmed|diagnosed|known|verified|proven|identified)\b[^.;]{0,60}\bbased on (?:\w+ ){0,3}(?:imaging|images|findings|histolog\w*|patholog\w*|biops\w*|criteria|examination)\b|\b(?:was|were) defined as\b|\bdefines (?:\w+ ){1,2}as\b/i, 0.6),
    cue('reference/event', /\b(?:censored|censoring)\b|\bevent (?:was|is) (?:defined|observed)\b/i, 0.55),
  ],
};

// ---------------------------------------------------------------------------------------------------------------
// annotators
const PERSON =
  '(?:[a-z-]*(?:ologists?|iatrists?)|radiologists?|neuroradiologists?|pathologists?|ophthalmologists?|cardiologists?|dermatologists?|clinicians?|physicians?|doctors?|surgeons?|experts?|raters?|readers?|annotators?|observers?|graders?|technologists?|technicians?|radiographers?|sonographers?|nurses?|specialists?|residents?|fellows?|neurologists?|oncologists?|p(?:a)?ediatricians?|endoscopists?|hepatologists?|neuroscientists?|anatomists?|professionals?|committee|panel|medical students?|operators?|label(?:l)?ers?|team)';
const ANNOT_VERB =
  '(?:establish|reconcil|annotat|delineat|segment|label|outlin|contour|read|review|grad|scor|assess|evaluat|adjudicat|confirm|classifi|diagnos|determin|interpret|verif|mark|trac|drawn|perform|record|measur|identif|inspect|check|correct|done|carried|made|conduct|provid|defin|obtain|rat)';
const annotators: ConceptSpec = {
  concept: 'annotators',
  damp: FAMILY_DAMP,
  // ethics and trial-governance bodies review protocols, not images
  traps: [/\b(?:ethic(?:s|al) (?:committee|board|approval)|institutional review|review board|IRB\b|data (?:and safety )?monitoring|steering committee)/i],
  rules: [
    cue('annotators/by', new RegExp(`\\b${ANNOT_VERB}\\w*(?: \\w+){0,2} by (?:[\\w-]+[ -]){0,5}?${PERSON}\\b`, 'i'), 0.8),
    cue('annotators/subject', new RegExp(`\\b${PERSON}\\b[^.;]{0,60}\\b(?:annotated|delineated|segmented|labell?ed|outlined|contoured|reviewed|re-?read|graded|scored|adjudicated|classified|diagnosed|diagnose|marked|traced|rated|read the|reviewed the|independently|confirmed|reconciled|established|performed (?:the |all )?(?:clinical )?(?:ratings?|readings?|assessments?|annotations?|scoring|grading|diagnos[ie]s)|blinded to)\\b`, 'i'), 0.75, { unless: /\breaders? of (?:this|the) (?:article|paper|journal)/i }),
    cue('annotators/experience', new RegExp(`\\b${NUM_WORD}(?:[- ]year|\\+? years?)(?:'|’)?s? (?:of )?(?:clinical |professional |post-?residency |subspecialty )?experience\\b|\\byears of (?:clinical |professional )?experience\\b|\\b(?:board[- ]certified|experienced|expert|senior|junior|trained|skilled|fellowship[- ]trained|independent|blinded) (?:[\\w-]+ ){0,2}?${PERSON}\\b`, 'i'), 0.7),
    cue('annotators/we', /\bwe (?:manually )?(?:annotated|delineated|segmented|labell?ed|outlined|contoured|traced|perform(?:ed)? (?:both )?(?:\w+ ){0,4}annotations?)\b/i, 0.6),
  ],
};

// ---------------------------------------------------------------------------------------------------------------
// data partitioning
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
const COUNT_RE = new RegExp(`\\b\\d[\\d,]*(?:\\.\\d+)?\\s?%(?!\\s?(?:sensitivity|specificity|accuracy|confidence|CI|nominal|precision|recall))|\\b\\d[\\d,]*(?:-sample| (?:[\\w-]+ )?${UNIT}\\b)|\\bn\\s?=\\s?\\d|\\b\\d{1,2}\\s?[/:]\\s?\\d{1,2}\\b|\\\\frac\\{\\d`, 'i');

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
      const a = Math.max(0, h.match.index - 130);
      if (COUNT_RE.test(t.slice(a, h.match.index + h.match[0].length + 90))) withNumbers = true;
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
    const cntRe = new RegExp(`\\b(\\d[\\d,]*) (?:\\w+ ){0,2}?(?:${UNIT} )?(?:were |was )?(?:used |randomly selected |assigned |allocated )?(?:for|as|in|to|into)? ?(?:the )?(train\\w*|validat\\w*|test\\w*|development|derivation)`, 'gi');
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

const data_partitioning: ConceptSpec = {
  concept: 'data_partitioning',
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
    cue('partitioning/internal', /\binternal(?:ly)? validat\w*|\bsplit-?sample\b|\bhold-?out (?:set|sample|validation)\b/i, 0.65),
  ],
  value: (hits) => parsePartition(hits),
};

// ---------------------------------------------------------------------------------------------------------------
// partition disjointness
const partition_disjointness: ConceptSpec = {
  concept: 'partition_disjointness',
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
    cue('disjoint/one-per-patient', /\bone (?:image|scan|sample|radiograph|x-ray|study|exam\w*|video|photograph|portrait) (?:per|from each|for each) (?:patient|subject|participant|individual)\b|\b(\d[\d,]*) (?:clinical )?(?:images|scans|x-rays|radiographs|samples) from (?:the same )?\1 (?:[\w-]+ ){0,3}?(?:patients|subjects|participants|individuals)\b/i, 0.6),
  ],
};

// ---------------------------------------------------------------------------------------------------------------
// simpler crosswalk concepts about data
const acquisition: ConceptSpec = {
  concept: 'acquisition',
  damp: FAMILY_DAMP,
  rules: [
    cue('acquisition/params', /\b(?:repetition time|echo time|inversion time|flip angle|slice thickness|field of view|in-?plane resolution|voxel size|pixel spacing|matrix size|tube (?:voltage|current)|kVp|mAs|b-?values?|acquisition (?:parameters|protocol|matrix|time))\b|\b(?:TR =|TR=|TE =|TE=|TR:|TE:|TI =|TI=) ?\d/i, 0.8),
    cue('acquisition/scanner', /\b(?:acquired|scanned|imaged|obtained|performed|recorded|captured|photographed) (?:\w+ ){0,4}(?:on|with|using) (?:an? |the )?(?:\d(?:\.\d)?[- ]?T(?:esla)? |\w+ ){0,3}(?:scanners?|MRI|MR|CT|PET|ultrasound|camera|microscope|system|device|machine|unit)\b|\b(?:Siemens|GE Healthcare|GE Medical|Philips|Toshiba|Canon Medical|Hitachi|Fujifilm|Hologic|Zeiss|Topcon|Heidelberg Engineering|Optovue|Leica|Olympus|Hamamatsu|Aperio|Bruker)\b|\b\d(?:\.\d)? ?T(?:esla)? (?:MRI|MR scanner|MR system|scanner|magnet|field|system|Siemens|GE Healthcare|Philips)\b/, 0.7),
    cue('acquisition/sequence', /\b(?:T1|T2|FLAIR|DWI|diffusion|MPRAGE|Dixon|gradient[- ]echo|spin[- ]echo|contrast[- ]enhanced)[- ]weighted\b|\b(?:sequences?|protocols?) (?:included|consisted|comprised|were acquired)\b/i, 0.6),
  ],
};

const deidentification: ConceptSpec = {
  concept: 'deidentification',
  damp: FAMILY_DAMP,
  rules: [
    cue('deid/explicit', /\bde-?identif\w*|\banonymi[sz]\w*|\bpseudonymi[sz]\w*|\bdefac(?:ed|ing)\b|\bprotected health information\b|\bHIPAA\b|\b(?:removed?|stripped?|removing) (?:all )?(?:patient[- ])?(?:identif\w*|personal|identifying|private) (?:information|data|details|metadata)|\bDICOM (?:headers?|tags?|metadata) (?:were|was) (?:removed|stripped|anonymi[sz]ed)/i, 0.8),
  ],
};

const data_subsets: ConceptSpec = {
  concept: 'data_subsets',
  damp: FAMILY_DAMP,
  rules: [
    cue('subsets/selected', /\b(?:a |the )?(?:random )?(?:subset|subsample|sub-sample) of (?:the )?(?:\d[\d,]* )?(?:\w+ ){0,3}(?:images|slices|scans|series|frames|patients|cases|samples|studies|data|views)\b|\bonly (?:the )?(?:\w+[- ]){0,3}(?:images|slices|series|sequences|scans|views|frames|phases) (?:were|was) (?:used|included|selected|analy[sz]ed|retained|kept)|\b(?:selected|chose|extracted) (?:the )?(?:\w+ ){0,3}(?:slices|series|frames|views|phases|sequences) (?:with|containing|showing|that|from)\b/i, 0.65),
  ],
};

const ANNOT_TOOLS = '(?:ITK-?SNAP|3D ?Slicer|labelme|CVAT|LabelImg|QuPath|ImageJ|Fiji|OsiriX|Horos|MIPAV|Mango|Labelbox|MITK|Amira|FSLeyes|freeview|annotation (?:tool|software|platform|interface|program)|labell?ing (?:tool|software|platform)|segmentation (?:tool|software|editor))';
const annotation_tools: ConceptSpec = {
  concept: 'annotation_tools',
  damp: FAMILY_DAMP,
  rules: [
    cue('annotation-tools/tool', new RegExp(`\\b(?:annotat|segment|delineat|contour|label|drawn|draw|outlin|trac|correct|edit)\\w*[^.;]{0,80}\\b${ANNOT_TOOLS}\\b|\\b${ANNOT_TOOLS}\\b[^.;]{0,80}\\b(?:annotat|segment|delineat|contour|label|draw|outlin|trac|correct|edit)`, 'i'), 0.75),
  ],
};

const test_set_annotation: ConceptSpec = {
  concept: 'test_set_annotation',
  damp: FAMILY_DAMP,
  rules: [
    cue('test-annotation/test-set', /\b(?<!\bt[- ])(?:test|testing|held-?out|evaluation|external|validation)[- ](?:sets?|cohorts?|data(?:sets?)?|images|cases|scans)\b[^.;]{0,80}\b(?:annotat\w*|labell?ed|segmented|delineated|read|reviewed|ground[- ]truth|reference standard)|\b(?:annotat\w*|labell?ed|segmented|delineated|ground[- ]truth|reference standard)[^.;]{0,60}\b(?<!\bt[- ])(?:test|testing|held-?out|external)[- ](?:sets?|cohorts?|data(?:sets?)?|images|cases|scans)\b/i, 0.7),
  ],
};

const rater_variability: ConceptSpec = {
  concept: 'rater_variability',
  damp: FAMILY_DAMP,
  rules: [
    cue('raters/explicit', /\b(?:inter|intra)[- ]?(?:rater|reader|observer|annotator|grader|operator|examiner)\b|\b(?:cohen|fleiss)(?:'|’)?s? kappa\b|\bweighted kappa\b|\bkappa (?:statistics?|coefficients?|values?)\b|\bintra-?class correlation|\bICC\b|\b(?:agreement|concordance|consistency) (?:between|among|across) (?:the )?(?:two |three |\d+ |both |all |different )?(?:raters|readers|radiologists|observers|annotators|experts|pathologists|graders|ophthalmologists|clinicians)|\bdisagreements? (?:were|was) (?:resolved|settled|adjudicated)|\bresolved by (?:consensus|discussion|a third)|\bSTAPLE\b|\b(?:inter|intra)-?rater reliability|\bIRR\b/i, 0.75),
  ],
};

const reference_standard_rationale: ConceptSpec = {
  concept: 'reference_standard_rationale',
  damp: FAMILY_DAMP,
  rules: [
    cue('reference-rationale/why', /\b(?:reference standard|gold[- ]standard|ground[- ]truth|criterion standard)\b[^.;]{0,100}\b(?:because|since|as it|chosen|rationale|widely (?:used|accepted)|considered|accepted|best available|established|most accurate)|\b(?:chose|selected|used|adopted) [^.;]{0,60}(?:as the reference standard|as (?:the )?ground[- ]truth|as (?:the )?gold standard) (?:because|since|as)\b/i, 0.65),
  ],
};

export const dataAllSpecs: ConceptSpec[] = [
  preprocessing,
  reference_standard,
  annotators,
  data_partitioning,
  partition_disjointness,
  acquisition,
  deidentification,
  data_subsets,
  annotation_tools,
  test_set_annotation,
  rater_variability,
  reference_standard_rationale,
];
/** concepts that only apply where a model, classifier or test is built or evaluated */
const NEEDS_EVALUATION = new Set<string>(['data_partitioning', 'partition_disjointness']);
export const dataConceptSpecs: ConceptSpec[] = dataAllSpecs.map((s) => ({ ...s, citationsInMethodsOk: true, ...(NEEDS_EVALUATION.has(s.concept) ? { needsEvaluation: true } : {}) }));

export const dataSpecs = { preprocessing, reference_standard, annotators, data_partitioning, partition_disjointness };
