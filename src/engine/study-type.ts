/**
 * Study type classification from the title, abstract (or, without one, the front matter) and methods: decides
 * which guideline fits (CLAIM for AI on medical images, TRIPOD+AI for prediction models and AI on other data,
 * STARD for diagnostic accuracy) and recognises study types reportlint does not bundle a checklist for
 * (randomised trials → CONSORT, systematic reviews → PRISMA, scoping reviews → PRISMA-ScR, observational
 * studies → STROBE; guideline documents, software papers and methods/physics papers → none).
 *
 * One pass over the title, abstract and methods sentences: each sentence is matched against precompiled cues
 * (design statements, AI and imaging vocabulary, tool statements …); sentences that talk about other work
 * ("previous studies", "et al.", citations) or negate a design ("non-randomised") do not count for it. The
 * title weighs most, then the abstract, then the methods (capped). The decision applies precedence rules:
 * guideline and review documents first (a review of AI studies is a review), then randomised trials (a trial
 * of an AI tool is a trial), then tool papers that present software rather than a study, then AI (on images,
 * or on other data), prediction models and diagnostic accuracy studies (the title must carry the aim, or the
 * abstract must state it repeatedly), then observational designs, image-analysis methods papers, and finally
 * any study of people as observational.
 */
import { pattern } from '../concepts/core/pattern.js';
import type { Manuscript, Sentence } from '../manuscript/model.js';
import { evidenceOf, type Evidence } from '../concepts/types.js';
import type { StudyTypeResult } from './types.js';

/** The bundled checklists and the unbundled guideline names this classifier can name. */
export const STUDY_TYPE_GUIDELINES: Record<string, { checklists: string[]; other: string[]; label: string }> = {
  ai_imaging: { checklists: ['claim-2024'], other: [], label: 'AI on medical images' },
  ai_other: { checklists: ['tripod-ai-2024'], other: [], label: 'AI/machine learning on non-image data' },
  prediction_model: { checklists: ['tripod-ai-2024'], other: [], label: 'prediction model' },
  diagnostic_accuracy: { checklists: ['stard-2015'], other: [], label: 'diagnostic accuracy study' },
  rct: { checklists: [], other: ['CONSORT 2010'], label: 'randomised trial' },
  systematic_review: { checklists: [], other: ['PRISMA 2020'], label: 'systematic review' },
  scoping_review: { checklists: [], other: ['PRISMA-ScR'], label: 'scoping review' },
  guideline: { checklists: [], other: [], label: 'guideline or statement (not a study)' },
  observational: { checklists: [], other: ['STROBE'], label: 'observational study' },
  software: { checklists: [], other: [], label: 'software/tool paper' },
  methods_or_physics: { checklists: [], other: [], label: 'methods/image-analysis/physics paper' },
  other: { checklists: [], other: [], label: 'study type not recognised' },
};

/**
 * Additive fields of the JSON `studyType` when `--checklist auto` found no bundled checklist that fits and ran the
 * current ones instead: which ones ran, and a sentence saying they do not strictly apply.
 */
export interface StudyTypeFallback {
  fallbackChecklists?: string[];
  note?: string;
}

/** The sentence explaining that the checklists run for a study type without a bundled fit do not strictly apply. */
export function fallbackNote(st: StudyTypeResult, ran: string[]): string {
  const label = STUDY_TYPE_GUIDELINES[st.type]?.label ?? st.type;
  const fits = st.otherGuidelines.length ? `${st.otherGuidelines.join(', ')} (not bundled) fit${st.otherGuidelines.length === 1 ? 's' : ''} it` : 'no reporting guideline applies to it as a study';
  return `${st.type === 'other' ? 'Study type not recognised' : `This looks like a ${label}`}: ${fits}; ${ran.join(', ')} were run as the current checklists but do not strictly apply.`;
}

// ---------------------------------------------------------------------------------------------------------
// cues (precompiled, no /g: `test` must stay stateless)

const AI_STRONG =
  /\b(deep[- ]?learning|machine[- ]learning|neural[- ]networks?|artificial intelligence|convolutional|(nn)?U-?Net\b|ResNet|DenseNet|VGG-?\d*|EfficientNet|Inception-?v?\d|vision transformers?|transformer[- ](model|network|architecture|encoder)s?|large language models?|random forests?|support vector (machines?|classifiers?|regression)|gradient[- ]boost(ing|ed)|XGBoost|LightGBM|CatBoost|AdaBoost|k-nearest[- ]neighbou?rs?|naive Bayes|generative adversarial|autoencoders?|(un|semi|self|weakly)[- ]?supervised (learning|machine|segmentation|classification|clustering|deep|methods?|approach(es)?|models?|training)|supervised (learning|classification|machine)|reinforcement learning|deep (models?|networks?|features?|architectures?)|least absolute shrinkage|LASSO|elastic[- ]net|radiomics?|spectral clustering|computer[- ](aided|assisted) (diagnos\w*|detection))\b/i;
/** Acronyms that are only AI when upper case. */
const AI_ACRONYM = /\b(AI|ANNs?|CNNs?|RNNs?|LSTMs?|GANs?|SVMs?|LLMs?|ViT)\b/;
/** A model word that is only machine learning when the sentence also talks about learning from data. */
const AI_WEAK = /\b(classifiers?|classification (models?|algorithms?|rules?)|learning (algorithms?|models?|methods?|approach(es)?)|decision trees?|clustering|trained (models?|classifiers?|networks?))\b/i;
const LEARN_CTX = /\b(train(ed|ing)|cross[- ]validat\w*|test(ing)? (set|cohort|data)|validation (set|cohort)|hold-?out|learn(ed|ing|s)?)\b/i;
/** What an AI sentence must also talk about to describe the model the paper builds or evaluates. */
const MODEL_WORDS =
  /\b(models?|train(ed|ing)|develop\w*|validat\w*|predict\w*|classif\w*|detect\w*|segment\w*|accura\w*|AUC|area under|sensitivity|specificity|Dice|C-index|performance|outperform\w*|achiev\w*|learn\w*|deriv\w*|estimat\w*)\b/i;
/** A first-person development statement: the paper builds the (AI) model itself. */
const DEV_STATEMENT = /\b(we|this (study|work|paper))\b.{0,80}?\b(develop\w*|propos\w*|present\w*|introduc\w*|buil[dt]\w*|design\w*|construct\w*|train\w*)\b/i;
/** Title words naming a task an AI or prediction model performs. */
const TASK_TITLE =
  /\b(predict\w*|prognos\w*|detect\w*|diagnos\w*|classif\w*|discriminat\w*|estimat\w*|models?|segment\w*|automat\w*|quantif\w*|recogni\w*|grading|screening (test|tool)s?)\b/i;

/** Imaging acronyms only count in upper case ("CT", not "ct"; "PET", not "pet"). */
const IMAGING_ACR = /\b(MRI|fMRI|DTI|MR|CT|CTA|PET|SPECT|OCT|WSI)\b/;
const IMAGING =
  /\b(magnetic resonance|computed tomography|radiograph\w*|X-?rays?|ultrasound|ultrasonograph\w*|sonograph\w*|echocardiograph\w*|scintigraph\w*|mammogra\w+|tomosynthesis|imaging|images?|scans?|fundus|optical coherence|(endo|colono|broncho|dermo|capsule endo)scop\w+|histopatholog\w+|whole[- ]slide|slide images|microscopy|angiograph\w*|radiolog\w+|neuroimag\w+|segmentation|volumetric|voxels?|pixels?)\b/i;

const PRED_STRONG =
  /\b(predict(ion|ive) (models?|rules?|algorithms?|scores?|tools?|equations?)|prognostic (models?|index|scores?|tools?|signatures?)|risk (scores?|models?|index|prediction|calculators?|stratification|equations?)|nomograms?|C-index|c-statistic|concordance index|calibration (plot|slope|curve|in the large)|(developed|derived) and (internally |externally |temporally )?validated|(external|internal|temporal) validation|estimat\w* (of )?(the )?(glomerular|probability|individual risk))\b/i;
const PRED_WEAK = /\b(predict(s|ed|ing|ion|ions|ive|or|ors)?|prognos\w*|forecast\w*|early warning)\b/i;
/** Phrases with "predict" that are not about prediction models. */
const PRED_NOT = /\b(positive|negative) predictive values?|prediction intervals?|predicted values?\b/gi;

const DIAG_STRONG =
  /\b(sensitivity and specificity|sensitivit(y|ies) (of|was|were)|specificit(y|ies)|(positive|negative) predictive values?|likelihood ratios?|diagnostic (accuracy|performance|value|yield|utility|odds)|index tests?|reference (standard|test)|gold standard|area under the (receiver|ROC|curve)|AUC|AUROC|ROC (curves?|analys[ie]s)|receiver operating|Youden|cut-?off (values?|points?))\b/i;
const DIAG_WEAK = /\b(diagnos(is|es|tic|tics|ing|e|ed)|detect(ion|s|ed|ing)?|discriminat\w*|differentiat(e|ed|ing|ion) between|distinguish\w*|biomarkers?|assays?|accurate|accuracy)\b/i;
const DIAG_TITLE = /\b(diagnos\w*|detect\w*|discriminat\w*|distinguish\w*|differentiat\w*|accuracy|biomarkers?|assays?|screening (tests?|tools?|accuracy|performance))\b/i;

const RCT =
  /\b(randomi[sz](ed|ation)|randomly (assigned|allocated)|cluster-randomi[sz]ed|placebo[- ]controlled|(double|single|triple)[- ](blind(ed)?|mask(ed)?)|allocation concealment|RCTs?)\b/i;
const RCT_NOT = /\b(non-?randomi[sz]ed|not (been )?randomi[sz]ed|without randomi[sz]ation|quasi-?randomi[sz]ed|no randomi[sz]ation)\b/i;
/** Randomisation of data, images or reading order, not of participants. */
const RCT_DATA = /\b(training|test(ing)? sets?|validation sets?|folds?|split|cross-validation|data ?sets?|images|patches|slices|augmentation|order|permutation|sampl(e|ed|ing))\b/i;
/** Words around trials that support, but never alone make, a randomised design. */
const RCT_WEAK = /\b(trials?|intervention (group|arm|condition)s?|control (group|arm|condition)s?|usual care|wait(ing)?[- ]?list|placebo|sham|efficacy|effectiveness|arms?)\b/i;
const TRIAL_TITLE = /\b(trial|efficacy|effectiveness|effects? of .{3,80} (on|in|among|for|versus|vs\.?)|versus|vs\.?|compared with)\b/i;

const SYSREV =
  /\b(systematic(ally)? (literature )?review(ed)?|meta-?analys[ie]s|meta-?analytic|umbrella review|pooled analysis of (studies|trials)|we searched|literature search|searched (PubMed|MEDLINE|Embase|Web of Science|Scopus|CINAHL|the Cochrane|(the )?(electronic )?databases))\b/i;
const SCOPING = /\b(scoping (review|study)|mapping review|evidence map)\b/i;
/** Reviews as the subject of a guideline ("reporting items for systematic reviews"), not as the design. */
const REVIEW_TOPIC = /\b(for|of|in|on|about|reporting|conducting) (the )?(systematic reviews|meta-analyses|scoping reviews)\b/i;
const GUIDELINE_TITLE =
  /\b(statement|reporting guidelines?|guidelines? for (the )?reporting|reporting items|reporting standards?|checklist|explanation and elaboration|consensus (statement|guidelines?|report|recommendations?)|recommendations (for|on)|position (paper|statement)|guidance (for|on)|(clinical )?practice guidelines?|expert consensus)\b/i;
const GUIDELINE =
  /\b((this|the present|our|these) (statement|guidelines?|checklist|guidance|recommendations|reporting guideline)|Delphi|consensus (meeting|process|panel|exercise|conference)|(developed|present|propose|updated?) (a |the |an )?(reporting guideline|checklist|statement|recommendations|guidance)|checklist items?)\b/i;
/** A design word in a title makes it a study even when it also names a guideline or statement. */
const STUDY_TITLE = /\b(study|trial|cohort|analysis|survey|evaluation|assessment|experience|audit|review)\b/i;

const SOFTWARE =
  /\b(toolbox|toolkit|open[- ]source (software|package|library|toolbox|framework|tool|platform|implementation|code base)|(python|R|matlab|julia|java) (package|library|module|toolbox)|software (package|library|tool|framework|platform|suite)|command[- ]line|graphical user interface|plug-?in|BIDS-?Apps?|web (server|application|app|tool|platform)|pip install|we (present|introduce|describe|release) (\w+, )?(a|an) (\w+ ){0,4}(tool|software|package|library|app|application|platform)|is an? (open[- ]source|free|freely available) )/i;
const SOFTWARE_TITLE = /\b(toolbox|toolkit|software|(python|R|open[- ]source|matlab|julia) (package|library|module)|plug-?in|web ?server)\b/i;

const OBS_STRONG =
  /\b(cohort|case[- ]control|cross[- ]sectional (study|survey|design|analysis|data)|observational|population[- ]based|registry|register-based|nationwide|(prospective|retrospective)(ly)? (study|cohort|analysis|review|chart|collected|enrolled|recruited|followed|evaluated|observational|analy[sz]ed)|followed (up )?(for|through|until)|person-years|hazard ratios?|longitudinal (study|cohort|survey))\b/i;
const OBS_WEAK = /\b(associated with|associations? (of|between|with)|odds ratios?|relative risks?|prevalence|incidence|correlates? (of|with)|risk factors?|exposure|outcomes? (of|among|in))\b/i;
const PEOPLE = /\b(patients|participants|subjects|volunteers|individuals|women|men|children|adolescents|adults|infants|neonates|cases|controls|residents|pregnancies|people|survivors|workers)\b/i;
/** People counted as the study's participants ("54 patients", "n = 20 controls"). */
const PEOPLE_COUNT =
  /(\b\d[\d,.]*|\bn ?= ?\d+|\b(ten|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)[\w-]*)\s+(\(\S+\)\s+)?([\w-]+\s+){0,4}?(patients|participants|subjects|volunteers|individuals|women|men|children|adolescents|adults|infants|neonates|cases|controls|residents|pregnancies|people|survivors|workers|donors|veterans|respondents)\b/i;
/** Laboratory and animal work: not a study of people. */
const PRECLINICAL = /\b(mice|mouse|murine|rats?|rodents?|in vitro|in vivo|cell lines?|xenografts?|zebrafish|primates|porcine|pigs?|swine|canine|rabbits?|organoids?|ex vivo|in silico|cultured|knock-?out)\b/i;
/** The paper develops a method, device or system. */
const DEV_METHOD =
  /\b(we|this (paper|work|study|article))\b.{0,60}?\b(present|propose|introduce|describe|develop(ed)?|design(ed)?|buil[dt]|report|redesign(ed)?)\b.{0,80}?\b(methods?|approach|system|device|technique|algorithm|platform|tool|prototype|framework|pipeline|assay)\b/i;
const METHOD =
  /\b((proposed|novel|new|our|automatic|automated) (\w+ ){0,2}(methods?|approach(es)?|techniques?|algorithms?|frameworks?)|this (paper|work|article) (presents|proposes|describes|introduces)|tracking|pipeline|processing|post-?processing|algorithm|framework|reconstruction|registration|segmentation|normali[sz]ation|templates?|phantoms?|pulse sequences?|acquisition|quantification|mapping|simulations?|signal[- ]to[- ]noise|SNR|artefacts?|artifacts?|dosimetry|methodolog\w*|technique|evaluation study|reproducibility|test-retest|reliability|tools?)\b/i;

/** A sentence about other work: it must not make this paper a trial, a review or a tool paper. */
const OTHER_WORK =
  /\b(previous(ly)? (stud|trial|work|research|review|report|meta|publication|paper|model|approach|method|attempt)\w*|previously (reported|published|shown|described|demonstrated|suggested|found|proposed|validated)|(prior|earlier|recent|other|several|many|some|most|existing) (stud|trial|work|research|review|meta|report|paper|group|author|investigator|approach|method)\w*|(has|have) (also )?(been )?(shown|reported|published|demonstrated|suggested|found|proposed)|published (previously|elsewhere|before)|(was|were) published|described elsewhere|et al\b)/i;
const CITATION = /\[\d+(?:[,–-]\s*\d+)*\]|\[@|\(\w[\w-]* et al\.?,? \d{4}/;

// ---------------------------------------------------------------------------------------------------------

type Flag =
  | 'ai'
  | 'aiModel'
  | 'aiDev'
  | 'imaging'
  | 'aiImaging'
  | 'predStrong'
  | 'predWeak'
  | 'diagStrong'
  | 'diagWeak'
  | 'rct'
  | 'rctWeak'
  | 'sysrev'
  | 'scoping'
  | 'guideline'
  | 'software'
  | 'obsStrong'
  | 'obsWeak'
  | 'people'
  | 'peopleCount'
  | 'preclinical'
  | 'devMethod'
  | 'method';

const FLAGS: Flag[] = ['ai', 'aiModel', 'aiDev', 'imaging', 'aiImaging', 'predStrong', 'predWeak', 'diagStrong', 'diagWeak', 'rct', 'rctWeak', 'sysrev', 'scoping', 'guideline', 'software', 'obsStrong', 'obsWeak', 'people', 'peopleCount', 'preclinical', 'devMethod', 'method'];

/** Which cues one sentence carries; `strictOther` also treats citation markers as talk about other work. */
export function sentenceFlags(text: string, strictOther: boolean, sentence?: Sentence): Set<Flag> {
  const f = new Set<Flag>();
  // with a sentence, patterns it cannot contain are skipped by the shared prefilter (same answers, less work)
  const has = (re: RegExp) => (!sentence || pattern(re).mightMatch(sentence)) && re.test(text);
  const other = has(OTHER_WORK) || (strictOther && has(CITATION));
  const ai = has(AI_STRONG) || has(AI_ACRONYM) || (has(AI_WEAK) && has(LEARN_CTX));
  const img = has(IMAGING) || has(IMAGING_ACR);
  if (img) f.add('imaging');
  if (ai && !other) {
    f.add('ai');
    if (has(MODEL_WORDS)) f.add('aiModel');
    if (has(DEV_STATEMENT)) f.add('aiDev');
    if (img) f.add('aiImaging');
  }
  const predText = text.includes('redict') ? text.replace(PRED_NOT, ' ') : text;
  if ((predText === text ? has(PRED_STRONG) : PRED_STRONG.test(predText))) f.add('predStrong');
  else if ((predText === text ? has(PRED_WEAK) : PRED_WEAK.test(predText))) f.add('predWeak');
  if (has(DIAG_STRONG)) f.add('diagStrong');
  else if (has(DIAG_WEAK)) f.add('diagWeak');
  if (!other) {
    if (has(RCT) && !has(RCT_NOT) && !(has(RCT_DATA) && !/\b(trial|participants|patients|subjects|placebo)\b/i.test(text))) f.add('rct');
    if (has(RCT_WEAK)) f.add('rctWeak');
    if (has(SCOPING)) f.add('scoping');
    else if (has(SYSREV)) f.add('sysrev');
    if (has(GUIDELINE)) f.add('guideline');
    if (has(SOFTWARE)) f.add('software');
    if (has(OBS_STRONG) || has(RCT_NOT)) f.add('obsStrong');
    else if (has(OBS_WEAK)) f.add('obsWeak');
  }
  if (has(PEOPLE)) f.add('people');
  if (has(PEOPLE_COUNT)) f.add('peopleCount');
  if (has(PRECLINICAL)) f.add('preclinical');
  if (has(METHOD)) f.add('method');
  if (has(DEV_METHOD)) f.add('devMethod');
  return f;
}

interface Tally {
  count: Record<Flag, number>;
  sentences: Record<Flag, Sentence[]>;
}

function tally(): Tally {
  const count = {} as Record<Flag, number>;
  const sentences = {} as Record<Flag, Sentence[]>;
  for (const k of FLAGS) {
    count[k] = 0;
    sentences[k] = [];
  }
  return { count, sentences };
}

const MAIN_KINDS = new Set(['introduction', 'methods', 'results', 'discussion']);

/** Title, abstract-like and methods zones of a manuscript. */
function zones(ms: Manuscript): { title: string; titleSentence?: Sentence; abstract: Sentence[]; methods: Sentence[]; frontAsAbstract: boolean; results: number } {
  const abstract: Sentence[] = [];
  const methods: Sentence[] = [];
  let results = 0;
  let titleSentence: Sentence | undefined;
  for (const s of ms.sentences) {
    const sec = s.section;
    if (sec.role === 'peer_review') continue;
    if (sec.kind === 'title') titleSentence ??= s;
    else if (sec.kind === 'abstract' || sec.role === 'keywords') abstract.push(s);
    else if (sec.kind === 'methods' && !sec.role) methods.push(s);
    else if (sec.kind === 'results') results++;
  }
  let title = ms.title ?? titleSentence?.text ?? '';
  if (!title && abstract.length) {
    // a top-level heading that holds the abstract is the title, whatever the reader made of it
    const parent = abstract[0]!.section.parent;
    const p = parent !== undefined ? ms.sections[parent] : undefined;
    if (p && p.depth === 1 && p.heading) title = p.heading;
  }
  let frontAsAbstract = false;
  if (abstract.length < 3) {
    // no abstract: the front matter before the first main section stands in for it
    const front: Sentence[] = [];
    for (const s of ms.sentences) {
      if (MAIN_KINDS.has(s.section.kind) || s.section.kind === 'references') break;
      if (s.section.kind === 'title' || s.section.kind === 'declarations' || s.section.role) continue;
      front.push(s);
      if (front.length >= 30) break;
    }
    if (front.length >= 3) {
      if (!title) title = front.shift()!.text;
      abstract.push(...front);
      frontAsAbstract = true;
    }
  }
  return { title, ...(titleSentence ? { titleSentence } : {}), abstract, methods, frontAsAbstract, results };
}

const cap = (n: number, c: number) => Math.min(n, c);

export function classifyStudy(ms: Manuscript): StudyTypeResult {
  return classifyStudyWithScores(ms).result;
}

/** The classification and the scores behind it (for debugging and tests). */
export function classifyStudyWithScores(ms: Manuscript): { result: StudyTypeResult; scores: Record<string, number> } {
  const z = zones(ms);
  const T = z.title ? sentenceFlags(z.title, false) : new Set<Flag>();
  const A = tally();
  const M = tally();
  for (const s of z.abstract) {
    if (s === z.titleSentence) continue;
    for (const k of sentenceFlags(s.text, true, s)) {
      A.count[k]++;
      A.sentences[k].push(s);
    }
  }
  for (const s of z.methods) {
    for (const k of sentenceFlags(s.text, false, s)) {
      M.count[k]++;
      if (M.sentences[k].length < 3) M.sentences[k].push(s);
    }
  }
  const t = (k: Flag) => (T.has(k) ? 1 : 0);
  const a = (k: Flag) => A.count[k];
  const m = (k: Flag) => M.count[k];
  const hasAbstract = z.abstract.length >= 3;
  const title = z.title;

  // ---- documents that are not studies, and reviews
  const reviewInTitle = (t('sysrev') || t('scoping')) && !REVIEW_TOPIC.test(title);
  const guidelineTitle = GUIDELINE_TITLE.test(title) && !STUDY_TITLE.test(title.replace(REVIEW_TOPIC, ''));
  const guidelineScore = (guidelineTitle ? 6 : 0) + 1.5 * cap(a('guideline'), 4) + 0.2 * cap(m('guideline'), 5);
  const scopingScore = (t('scoping') && reviewInTitle ? 6 : 0) + 3 * cap(a('scoping'), 3) + 0.3 * cap(m('scoping'), 5);
  const sysrevScore = (t('sysrev') && reviewInTitle ? 6 : 0) + 2.5 * cap(a('sysrev'), 3) + 0.3 * cap(m('sysrev'), 5);

  // ---- randomised trials
  const rctTA = 5 * t('rct') + (TRIAL_TITLE.test(title) ? 1.5 : 0) + 2.5 * cap(a('rct'), 3) + 0.5 * cap(a('rctWeak'), 4);
  const rctScore = rctTA + 0.6 * cap(m('rct'), 8) + 0.15 * cap(m('rctWeak'), 10);
  const rctStrongHits = t('rct') + a('rct') + (m('rct') >= 2 ? 1 : 0);

  // ---- AI, imaging, prediction, diagnosis
  const taskTitle = TASK_TITLE.test(title);
  const aiCentral = Boolean(t('ai') || (taskTitle && a('ai') >= 1) || a('aiModel') >= 2 || a('aiDev') >= 1 || (!hasAbstract && m('ai') >= 6) || (z.frontAsAbstract && a('ai') >= 2));
  const imagingCentral = Boolean(t('imaging') || a('imaging') >= 2 || a('aiImaging') >= 1 || (!hasAbstract && m('imaging') >= 8));
  const predTask = PRED_WEAK.test(title.replace(PRED_NOT, ' ')) || PRED_STRONG.test(title);
  const predScore = (PRED_STRONG.test(title) ? 4 : predTask ? 2.5 : 0) + 2 * cap(a('predStrong'), 3) + 1 * cap(a('predWeak'), 3) + 0.3 * cap(m('predStrong'), 6);
  const predAbstract = 2 * cap(a('predStrong'), 3) + 1 * cap(a('predWeak'), 3);
  const diagTask = DIAG_TITLE.test(title);
  const diagScore = (diagTask ? 3 : 0) + 2 * cap(a('diagStrong'), 3) + 0.7 * cap(a('diagWeak'), 3) + 0.3 * cap(m('diagStrong'), 6);
  const diagAbstract = 2 * cap(a('diagStrong'), 3) + 0.7 * cap(a('diagWeak'), 3);
  const obsScore = 4 * t('obsStrong') + 2 * t('obsWeak') + 2 * cap(a('obsStrong'), 3) + 0.7 * cap(a('obsWeak'), 3) + 0.2 * cap(m('obsStrong'), 5);
  // the aim must be in the title, or stated repeatedly in the abstract
  const isPred = predScore >= 4 && (predTask || predAbstract >= 4);
  const isDiag = diagScore >= 4 && (diagTask || diagAbstract >= 4) && (a('diagStrong') + t('diagStrong') + m('diagStrong') > 0 || (diagTask && diagScore >= 5 && obsScore < 4));

  // ---- tools, observational designs, methods papers
  const softwareScore = (SOFTWARE_TITLE.test(title) ? 4 : 0) + 2 * t('software') + 2 * cap(a('software'), 3) + 0.2 * cap(m('software'), 5);
  const presentsTool = softwareScore >= 4 && (SOFTWARE_TITLE.test(title) || z.results < 15);
  const methodScore = 2 * t('method') + 1 * cap(a('method'), 4);
  const peopleScore = 2 * t('people') + 1 * cap(a('people'), 4) + 0.2 * cap(m('people'), 10);
  const peopleCount = t('peopleCount') + a('peopleCount') + (hasAbstract ? 0 : Math.min(2, m('peopleCount')));
  const preclinicalScore = 2 * t('preclinical') + cap(a('preclinical'), 4);
  const devMethod = t('devMethod') + a('devMethod');

  const scores: Record<string, number> = {
    guideline: guidelineScore,
    scoping_review: scopingScore,
    systematic_review: sysrevScore,
    rct: rctScore,
    software: softwareScore,
    ai_imaging: aiCentral && imagingCentral ? 4 + 2 * (t('ai') + t('imaging')) + cap(a('ai'), 3) + cap(a('imaging'), 3) : 0,
    ai_other: aiCentral && !imagingCentral ? 4 + 2 * t('ai') + cap(a('ai'), 3) : 0,
    prediction_model: predScore,
    diagnostic_accuracy: diagScore,
    observational: obsScore,
    methods_or_physics: methodScore,
  };
  const extra = { people: peopleScore, peopleCount, preclinical: preclinicalScore, devMethod };

  // ---- precedence
  const rctTitle = Boolean(t('rct')) || TRIAL_TITLE.test(title);
  const modelAimInTitle = !rctTitle && (predTask || diagTask || Boolean(t('ai')));
  const types: string[] = [];
  let primary = '';
  let strength = 0;
  const review = scopingScore >= 5 ? 'scoping_review' : sysrevScore >= 5 ? 'systematic_review' : '';
  if (guidelineScore >= 6 && !(review && reviewInTitle)) primary = 'guideline';
  else if (review) primary = review;
  // a prediction, diagnostic or AI aim in a title without a trial cue: the trial is where the data came from
  else if (rctStrongHits && !(modelAimInTitle && (aiCentral || isPred || isDiag)) && (rctTA >= 4 || (rctScore >= 5 && !aiCentral && !isPred && !isDiag && obsScore < 4))) primary = 'rct';
  else if (presentsTool) primary = 'software';
  if (primary) {
    types.push(primary);
    strength = scores[primary]!;
  }
  if (!primary || primary === 'rct') {
    if (aiCentral) types.push(imagingCentral ? 'ai_imaging' : 'ai_other');
    const pd: Array<[string, number]> = [];
    if (isPred) pd.push(['prediction_model', predScore + (predTask ? 1 : 0)]);
    if (isDiag) pd.push(['diagnostic_accuracy', diagScore + (diagTask ? 1 : 0)]);
    pd.sort((x, y) => y[1] - x[1]);
    types.push(...pd.map(([k]) => k));
    if (!primary && types.length) {
      primary = types[0]!;
      strength = scores[primary]!;
    }
    if (!primary) {
      if (obsScore >= 4) primary = 'observational';
      else if (imagingCentral && methodScore >= 3) primary = 'methods_or_physics';
      else if (devMethod >= 1 && methodScore >= 3 && preclinicalScore < 3) primary = 'methods_or_physics';
      else if (preclinicalScore >= 3 && peopleCount < 2) primary = '';
      else if (peopleCount >= 1 || (obsScore >= 2 && peopleScore >= 3)) primary = 'observational';
      if (primary) {
        types.push(primary);
        strength = primary === 'observational' && obsScore < 4 ? 2 : scores[primary]!;
      }
    } else if (primary !== 'rct' && obsScore >= 4) types.push('observational');
    if (primary !== 'rct' && rctStrongHits && rctTA >= 4) types.push('rct');
    if (primary && primary !== 'software' && softwareScore >= 4) types.push('software');
  }
  const type = primary || 'other';
  if (!types.length) types.push('other');

  const checklists: string[] = [];
  const otherGuidelines: string[] = [];
  const studyish = !['guideline', 'systematic_review', 'scoping_review', 'software'].includes(type);
  if (studyish) {
    for (const k of types) for (const c of STUDY_TYPE_GUIDELINES[k]?.checklists ?? []) if (!checklists.includes(c)) checklists.push(c);
    if (type === 'rct') {
      // a trial of an AI imaging tool still reports AI on images (CLAIM); prediction and accuracy items do not fit a trial
      for (const c of ['tripod-ai-2024', 'stard-2015']) if (checklists.includes(c)) checklists.splice(checklists.indexOf(c), 1);
    }
  }
  for (const k of types) for (const g of STUDY_TYPE_GUIDELINES[k]?.other ?? []) if (!otherGuidelines.includes(g)) otherGuidelines.push(g);

  // ---- evidence: the title when it carries the type, then the abstract (or methods) sentences behind it
  const EV_FLAGS: Record<string, Flag[]> = {
    ai_imaging: ['aiImaging', 'ai', 'imaging'],
    ai_other: ['aiModel', 'ai'],
    prediction_model: ['predStrong', 'predWeak'],
    diagnostic_accuracy: ['diagStrong', 'diagWeak'],
    rct: ['rct', 'rctWeak'],
    systematic_review: ['sysrev'],
    scoping_review: ['scoping'],
    guideline: ['guideline'],
    software: ['software'],
    observational: ['obsStrong', 'obsWeak', 'people'],
    methods_or_physics: ['method', 'imaging'],
  };
  const evidence: Evidence[] = [];
  const seen = new Set<Sentence>();
  const flags = EV_FLAGS[type] ?? [];
  const titleCarries =
    type === 'guideline' ? guidelineTitle : type === 'software' ? SOFTWARE_TITLE.test(title) || T.has('software') : flags.some((k) => T.has(k)) || (type === 'rct' && TRIAL_TITLE.test(title));
  if (titleCarries && title) {
    if (z.titleSentence && z.titleSentence.text === title) evidence.push(evidenceOf(z.titleSentence, `study-type/${type}`));
    else {
      const s = ms.sentences.find((x) => x.text === title) ?? ms.sections.find((x) => x.heading === title);
      if (s && 'text' in s) evidence.push(evidenceOf(s, `study-type/${type}`));
      else if (s && 'heading' in s) evidence.push({ text: title, section: 'title', rule: `study-type/${type}`, ...(s.start.line !== undefined ? { line: s.start.line, column: s.start.column ?? 1 } : {}) });
    }
  }
  for (const k of flags) {
    for (const s of [...A.sentences[k], ...M.sentences[k]]) {
      if (evidence.length >= 3) break;
      if (seen.has(s) || s === z.titleSentence) continue;
      seen.add(s);
      evidence.push(evidenceOf(s, `study-type/${k}`));
    }
  }

  const confidence = type === 'other' ? 0.3 : Math.max(0.35, Math.min(0.95, 0.4 + strength / 20));
  const result: StudyTypeResult = { type, types, checklists, otherGuidelines, confidence: Number(confidence.toFixed(2)), evidence };
  const all = { ...scores, ...extra, aiCentral: +aiCentral, imagingCentral: +imagingCentral, isPred: +isPred, isDiag: +isDiag };
  return { result, scores: Object.fromEntries(Object.entries(all).map(([k, v]) => [k, Number(v.toFixed(2))])) };
}
