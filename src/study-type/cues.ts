/**
 * The cues of the study-type classifier, as data: each flag is a set of patterns a sentence of the title,
 * abstract or methods may carry (AI and imaging vocabulary, design statements, tool statements, ...). Patterns
 * are tested through the shared Pattern type (prefiltered, same answers as the plain expressions).
 */
import { flagsOf, textHas, type FlagRule } from '../concepts/core/flags.js';
import type { Sentence } from '../manuscript/model.js';

// ---------------------------------------------------------------------------------------------------------
// cues (precompiled, no /g: `test` must stay stateless)

export const AI_STRONG =
  /\b(deep[- ]?learning|machine[- ]learning|neural[- ]networks?|artificial intelligence|convolutional|(nn)?U-?Net\b|ResNet|DenseNet|VGG-?\d*|EfficientNet|Inception-?v?\d|vision transformers?|transformer[- ](model|network|architecture|encoder)s?|large language models?|random forests?|support vector (machines?|classifiers?|regression)|gradient[- ]boost(ing|ed)|XGBoost|LightGBM|CatBoost|AdaBoost|k-nearest[- ]neighbou?rs?|naive Bayes|generative adversarial|autoencoders?|(un|semi|self|weakly)[- ]?supervised (learning|machine|segmentation|classification|clustering|deep|methods?|approach(es)?|models?|training)|supervised (learning|classification|machine)|reinforcement learning|deep (models?|networks?|features?|architectures?)|least absolute shrinkage|LASSO|elastic[- ]net|radiomics?|spectral clustering|computer[- ](aided|assisted) (diagnos\w*|detection))\b/i;
/** Acronyms that are only AI when upper case. */
export const AI_ACRONYM = /\b(AI|ANNs?|CNNs?|RNNs?|LSTMs?|GANs?|SVMs?|LLMs?|ViT)\b/;
/** A model word that is only machine learning when the sentence also talks about learning from data. */
export const AI_WEAK = /\b(classifiers?|classification (models?|algorithms?|rules?)|learning (algorithms?|models?|methods?|approach(es)?)|decision trees?|clustering|trained (models?|classifiers?|networks?))\b/i;
export const LEARN_CTX = /\b(train(ed|ing)|cross[- ]validat\w*|test(ing)? (set|cohort|data)|validation (set|cohort)|hold-?out|learn(ed|ing|s)?)\b/i;
/** What an AI sentence must also talk about to describe the model the paper builds or evaluates. */
export const MODEL_WORDS =
  /\b(models?|train(ed|ing)|develop\w*|validat\w*|predict\w*|classif\w*|detect\w*|segment\w*|accura\w*|AUC|area under|sensitivity|specificity|Dice|C-index|performance|outperform\w*|achiev\w*|learn\w*|deriv\w*|estimat\w*)\b/i;
/** A first-person development statement: the paper builds the (AI) model itself. */
export const DEV_STATEMENT = /\b(we|this (study|work|paper))\b.{0,80}?\b(develop\w*|propos\w*|present\w*|introduc\w*|buil[dt]\w*|design\w*|construct\w*|train\w*)\b/i;
/** Title words naming a task an AI or prediction model performs. */
export const TASK_TITLE =
  /\b(predict\w*|prognos\w*|detect\w*|diagnos\w*|classif\w*|discriminat\w*|estimat\w*|models?|segment\w*|automat\w*|quantif\w*|recogni\w*|grading|screening (test|tool)s?)\b/i;

/** Imaging acronyms only count in upper case ("CT", not "ct"; "PET", not "pet"). */
export const IMAGING_ACR = /\b(MRI|fMRI|DTI|MR|CT|CTA|PET|SPECT|OCT|WSI)\b/;
export const IMAGING =
  /\b(magnetic resonance|computed tomography|radiograph\w*|X-?rays?|ultrasound|ultrasonograph\w*|sonograph\w*|echocardiograph\w*|scintigraph\w*|mammogra\w+|tomosynthesis|imaging|images?|scans?|fundus|optical coherence|(endo|colono|broncho|dermo|capsule endo)scop\w+|histopatholog\w+|whole[- ]slide|slide images|microscopy|angiograph\w*|radiolog\w+|neuroimag\w+|segmentation|volumetric|voxels?|pixels?)\b/i;

export const PRED_STRONG =
  /\b(predict(ion|ive) (models?|rules?|algorithms?|scores?|tools?|equations?)|prognostic (models?|index|scores?|tools?|signatures?)|risk (scores?|models?|index|prediction|calculators?|stratification|equations?)|nomograms?|C-index|c-statistic|concordance index|calibration (plot|slope|curve|in the large)|(developed|derived) and (internally |externally |temporally )?validated|(external|internal|temporal) validation|estimat\w* (of )?(the )?(glomerular|probability|individual risk))\b/i;
export const PRED_WEAK = /\b(predict(s|ed|ing|ion|ions|ive|or|ors)?|prognos\w*|forecast\w*|early warning)\b/i;
/** Phrases with "predict" that are not about prediction models. */
export const PRED_NOT = /\b(positive|negative) predictive values?|prediction intervals?|predicted values?\b/gi;

export const DIAG_STRONG =
  /\b(sensitivity and specificity|sensitivit(y|ies) (of|was|were)|specificit(y|ies)|(positive|negative) predictive values?|likelihood ratios?|diagnostic (accuracy|performance|value|yield|utility|odds)|index tests?|reference (standard|test)|gold standard|area under the (receiver|ROC|curve)|AUC|AUROC|ROC (curves?|analys[ie]s)|receiver operating|Youden|cut-?off (values?|points?))\b/i;
export const DIAG_WEAK = /\b(diagnos(is|es|tic|tics|ing|e|ed)|detect(ion|s|ed|ing)?|discriminat\w*|differentiat(e|ed|ing|ion) between|distinguish\w*|biomarkers?|assays?|accurate|accuracy)\b/i;
export const DIAG_TITLE = /\b(diagnos\w*|detect\w*|discriminat\w*|distinguish\w*|differentiat\w*|accuracy|biomarkers?|assays?|screening (tests?|tools?|accuracy|performance))\b/i;

export const RCT =
  /\b(randomi[sz](ed|ation)|randomly (assigned|allocated)|cluster-randomi[sz]ed|placebo[- ]controlled|(double|single|triple)[- ](blind(ed)?|mask(ed)?)|allocation concealment|RCTs?)\b/i;
export const RCT_NOT = /\b(non-?randomi[sz]ed|not (been )?randomi[sz]ed|without randomi[sz]ation|quasi-?randomi[sz]ed|no randomi[sz]ation)\b/i;
/** Randomisation of data, images or reading order, not of participants. */
export const RCT_DATA = /\b(training|test(ing)? sets?|validation sets?|folds?|split|cross-validation|data ?sets?|images|patches|slices|augmentation|order|permutation|sampl(e|ed|ing))\b/i;
/** Words around trials that support, but never alone make, a randomised design. */
export const RCT_WEAK = /\b(trials?|intervention (group|arm|condition)s?|control (group|arm|condition)s?|usual care|wait(ing)?[- ]?list|placebo|sham|efficacy|effectiveness|arms?)\b/i;
/** A trial protocol, not a report of its results: the title says so, or the design is told in the future tense. */
export const PROTOCOL_TITLE =
  /\b(?:study|trial) protocol\b|\bprotocol (?:for|of) (?:a |an |the )?(?:[\w-]+ ){0,4}(?:randomi[sz]ed|controlled|clinical|pragmatic|multi-?cent\w+|cluster|feasibility|pilot)\b|:\s*(?:a |the )?(?:study |trial )?protocol\b/i;
export const PROTOCOL_FUTURE =
  /\b(?:will be|are to be) (?:randomi[sz]ed|randomly (?:assigned|allocated)|recruited|enrolled|allocated)\b|\b(?:this|the present) (?:study |trial )?protocol (?:describes|reports|outlines|presents)\b|\bwe (?:will|plan to) (?:randomi[sz]e|recruit|enrol)\b/i;
export const TRIAL_TITLE = /\b(trial|efficacy|effectiveness|effects? of .{3,80} (on|in|among|for|versus|vs\.?)|versus|vs\.?|compared with)\b/i;

export const SYSREV =
  /\b(systematic(ally)? (literature )?review(ed)?|meta-?analys[ie]s|meta-?analytic|umbrella review|pooled analysis of (studies|trials)|we searched|literature search|searched (PubMed|MEDLINE|Embase|Web of Science|Scopus|CINAHL|the Cochrane|(the )?(electronic )?databases))\b/i;
export const SCOPING = /\b(scoping (review|study)|mapping review|evidence map)\b/i;
/** Reviews as the subject of a guideline ("reporting items for systematic reviews"), not as the design. */
export const REVIEW_TOPIC = /\b(for|of|in|on|about|reporting|conducting) (the )?(systematic reviews|meta-analyses|scoping reviews)\b/i;
export const GUIDELINE_TITLE =
  /\b(statement|reporting guidelines?|guidelines? for (the )?reporting|reporting items|reporting standards?|checklist|explanation and elaboration|consensus (statement|guidelines?|report|recommendations?)|recommendations (for|on)|position (paper|statement)|guidance (for|on)|(clinical )?practice guidelines?|expert consensus)\b/i;
export const GUIDELINE =
  /\b((this|the present|our|these) (statement|guidelines?|checklist|guidance|recommendations|reporting guideline)|Delphi|consensus (meeting|process|panel|exercise|conference)|(developed|present|propose|updated?) (a |the |an )?(reporting guideline|checklist|statement|recommendations|guidance)|checklist items?)\b/i;
/** A design word in a title makes it a study even when it also names a guideline or statement. */
export const STUDY_TITLE = /\b(study|trial|cohort|analysis|survey|evaluation|assessment|experience|audit|review)\b/i;

export const SOFTWARE =
  /\b(toolbox|toolkit|open[- ]source (software|package|library|toolbox|framework|tool|platform|implementation|code base)|(python|R|matlab|julia|java) (package|library|module|toolbox)|software (package|library|tool|framework|platform|suite)|command[- ]line|graphical user interface|plug-?in|BIDS-?Apps?|web (server|application|app|tool|platform)|pip install|we (present|introduce|describe|release) (\w+, )?(a|an) (\w+ ){0,4}(tool|software|package|library|app|application|platform)|is an? (open[- ]source|free|freely available) )/i;
export const SOFTWARE_TITLE = /\b(toolbox|toolkit|software|(python|R|open[- ]source|matlab|julia) (package|library|module)|plug-?in|web ?server)\b/i;

export const OBS_STRONG =
  /\b(cohort|case[- ]control|cross[- ]sectional (study|survey|design|analysis|data)|observational|population[- ]based|registry|register-based|nationwide|(prospective|retrospective)(ly)? (study|cohort|analysis|review|chart|collected|enrolled|recruited|followed|evaluated|observational|analy[sz]ed)|followed (up )?(for|through|until)|person-years|hazard ratios?|longitudinal (study|cohort|survey))\b/i;
export const OBS_WEAK = /\b(associated with|associations? (of|between|with)|odds ratios?|relative risks?|prevalence|incidence|correlates? (of|with)|risk factors?|exposure|outcomes? (of|among|in))\b/i;
export const PEOPLE = /\b(patients|participants|subjects|volunteers|individuals|women|men|children|adolescents|adults|infants|neonates|cases|controls|residents|pregnancies|people|survivors|workers)\b/i;
/** People counted as the study's participants ("54 patients", "n = 20 controls"). */
export const PEOPLE_COUNT =
  /(\b\d[\d,.]*|\bn ?= ?\d+|\b(ten|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)[\w-]*)\s+(\(\S+\)\s+)?([\w-]+\s+){0,4}?(patients|participants|subjects|volunteers|individuals|women|men|children|adolescents|adults|infants|neonates|cases|controls|residents|pregnancies|people|survivors|workers|donors|veterans|respondents)\b/i;
/** Laboratory and animal work: not a study of people. */
export const PRECLINICAL = /\b(mice|mouse|murine|rats?|rodents?|in vitro|in vivo|cell lines?|xenografts?|zebrafish|primates|porcine|pigs?|swine|canine|rabbits?|organoids?|ex vivo|in silico|cultured|knock-?out)\b/i;
/** The paper develops a method, device or system. */
export const DEV_METHOD =
  /\b(we|this (paper|work|study|article))\b.{0,60}?\b(present|propose|introduce|describe|develop(ed)?|design(ed)?|buil[dt]|report|redesign(ed)?)\b.{0,80}?\b(methods?|approach|system|device|technique|algorithm|platform|tool|prototype|framework|pipeline|assay)\b/i;
export const METHOD =
  /\b((proposed|novel|new|our|automatic|automated) (\w+ ){0,2}(methods?|approach(es)?|techniques?|algorithms?|frameworks?)|this (paper|work|article) (presents|proposes|describes|introduces)|tracking|pipeline|processing|post-?processing|algorithm|framework|reconstruction|registration|segmentation|normali[sz]ation|templates?|phantoms?|pulse sequences?|acquisition|quantification|mapping|simulations?|signal[- ]to[- ]noise|SNR|artefacts?|artifacts?|dosimetry|methodolog\w*|technique|evaluation study|reproducibility|test-retest|reliability|tools?)\b/i;

/** A sentence about other work: it must not make this paper a trial, a review or a tool paper. */
export const OTHER_WORK =
  /\b(previous(ly)? (stud|trial|work|research|review|report|meta|publication|paper|model|approach|method|attempt)\w*|previously (reported|published|shown|described|demonstrated|suggested|found|proposed|validated)|(prior|earlier|recent|other|several|many|some|most|existing) (stud|trial|work|research|review|meta|report|paper|group|author|investigator|approach|method)\w*|(has|have) (also )?(been )?(shown|reported|published|demonstrated|suggested|found|proposed)|published (previously|elsewhere|before)|(was|were) published|described elsewhere|et al\b)/i;
export const CITATION = /\[\d+(?:[,–-]\s*\d+)*\]|\[@|\(\w[\w-]* et al\.?,? \d{4}/;

// ---------------------------------------------------------------------------------------------------------

export type Flag =
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
  | 'method'
  | 'protocol';

export const FLAGS: Flag[] = ['ai', 'aiModel', 'aiDev', 'imaging', 'aiImaging', 'predStrong', 'predWeak', 'diagStrong', 'diagWeak', 'rct', 'rctWeak', 'sysrev', 'scoping', 'guideline', 'software', 'obsStrong', 'obsWeak', 'people', 'peopleCount', 'preclinical', 'devMethod', 'method', 'protocol'];

/** Cues about the study's own design only count in sentences that are not about other work. */
const TRIAL_PEOPLE = /\b(trial|participants|patients|subjects|placebo)\b/i;

/** The cue table: which flags a sentence carries, in order (later rules may depend on earlier flags). */
export const FLAG_RULES: readonly FlagRule<Flag>[] = [
  { flag: 'imaging', any: [IMAGING, IMAGING_ACR] },
  { flag: 'ai', ownOnly: true, any: [AI_STRONG, AI_ACRONYM, { all: [AI_WEAK, LEARN_CTX] }] },
  { flag: 'aiModel', needs: ['ai'], any: [MODEL_WORDS] },
  { flag: 'aiDev', needs: ['ai'], any: [DEV_STATEMENT] },
  { flag: 'aiImaging', needs: ['ai', 'imaging'] },
  // "positive predictive value", "prediction interval" and "predicted values" are not prediction models
  { flag: 'predStrong', strip: PRED_NOT, any: [PRED_STRONG] },
  { flag: 'predWeak', strip: PRED_NOT, unless: ['predStrong'], any: [PRED_WEAK] },
  { flag: 'diagStrong', any: [DIAG_STRONG] },
  { flag: 'diagWeak', unless: ['diagStrong'], any: [DIAG_WEAK] },
  // randomisation of data, images or reading order is not a randomised trial
  { flag: 'rct', ownOnly: true, any: [RCT], none: [RCT_NOT, { all: [RCT_DATA], not: [TRIAL_PEOPLE] }] },
  { flag: 'rctWeak', ownOnly: true, any: [RCT_WEAK] },
  { flag: 'protocol', ownOnly: true, any: [PROTOCOL_FUTURE] },
  { flag: 'scoping', ownOnly: true, any: [SCOPING] },
  { flag: 'sysrev', ownOnly: true, unless: ['scoping'], any: [SYSREV] },
  { flag: 'guideline', ownOnly: true, any: [GUIDELINE] },
  { flag: 'software', ownOnly: true, any: [SOFTWARE] },
  // "non-randomised" names an observational design
  { flag: 'obsStrong', ownOnly: true, any: [OBS_STRONG, RCT_NOT] },
  { flag: 'obsWeak', ownOnly: true, unless: ['obsStrong'], any: [OBS_WEAK] },
  { flag: 'people', any: [PEOPLE] },
  { flag: 'peopleCount', any: [PEOPLE_COUNT] },
  { flag: 'preclinical', any: [PRECLINICAL] },
  { flag: 'method', any: [METHOD] },
  { flag: 'devMethod', any: [DEV_METHOD] },
];

/** Which cues one sentence carries; `strictOther` also treats citation markers as talk about other work. */
export function sentenceFlags(text: string, strictOther: boolean, sentence?: Sentence): Set<Flag> {
  const other = textHas(OTHER_WORK, text, sentence) || (strictOther && textHas(CITATION, text, sentence));
  return flagsOf(FLAG_RULES, text, other, sentence);
}
