/**
 * Evaluation: performance metrics, statistical uncertainty, external validation, failure analysis, explainability
 * and the crosswalk concepts of evaluation (robustness, fairness, internal validation, results, ...).
 */
import { type ConceptSpec, type Hit } from './core/spec.js';
import { CAPABILITY, cue, FAMILY_DAMP, pushUnique } from './shared/modelling.js';

// ---------------------------------------------------------------------------------------------------------------
// performance metrics
const METRIC_LIST: Array<[RegExp, string]> = [
  [/\bAUC\b|\bAUROC\b|\barea under the (?:receiver[- ]operat\w* characteristic )?(?:\(ROC\) )?curves?\b|\bROC (?:curves?|analys[ie]s)\b|\breceiver[- ]operat\w* characteristics?\b/i, 'AUC'],
  [/\bAUPRC\b|\bprecision[- ]recall curves?\b|\baverage precision\b/i, 'AUPRC'],
  [/\bC-?statistics?\b|\bc-?index\b|\bconcordance (?:index|statistic)\b|\bHarrell/i, 'C-index'],
  [/\bsensitivit(?:y|ies)\b(?! (?:analys|to\b))/i, 'sensitivity'],
  [/\bspecificit(?:y|ies)\b/i, 'specificity'],
  [/\b(?:balanced |classification |diagnostic |overall |top-\d )?accuracy\b/i, 'accuracy'],
  [/\bprecision\b(?! (?:medicine|oncology|psychiatry|health|nutrition))/i, 'precision'],
  [/\brecall\b(?! (?:bias|period|questionnaire|interview|method))/i, 'recall'],
  [/\bF1(?:[- ]scores?)?\b|\bF-?(?:scores?|measures?)\b/i, 'F1'],
  [/\bDice\b|\bS(?:ø|o)rensen/i, 'Dice'],
  [/\bDSC\b/, 'Dice'],
  [/\bJaccard\b|\bIoU\b|\bintersection over union\b/i, 'Jaccard/IoU'],
  [/\bHausdorff\b|\bsurface distances?\b|\bASSD\b/i, 'surface distance'],
  [/\bpositive predictive values?\b/i, 'PPV'],
  [/\bPPV\b/, 'PPV'],
  [/\bnegative predictive values?\b/i, 'NPV'],
  [/\bNPV\b/, 'NPV'],
  [/\blikelihood ratios?\b(?! tests?)/i, 'likelihood ratio'],
  [/\bdiagnostic odds ratios?\b/i, 'diagnostic odds ratio'],
  [/\bBrier\b/i, 'Brier score'],
  [/\bcalibration (?:plots?|curves?|slopes?|intercepts?|in the large|belts?)\b|\bHosmer[- –]Lemeshow\b/i, 'calibration'],
  [/\bmean absolute (?:error|deviation)\b/i, 'MAE'],
  [/\bMAE\b/, 'MAE'],
  [/\broot[- ]mean[- ]squared?[- ]errors?\b|\bmean squared errors?\b/i, 'RMSE/MSE'],
  [/\bRMSE\b|\bMSE\b/, 'RMSE/MSE'],
  [/\bcoefficient of determination\b|\bR2\b|\bR²/, 'R²'],
  [/\bBland[- ]Altman\b/i, 'Bland-Altman'],
  [/\bMatthews\b|\bMCC\b/, 'MCC'],
  [/\bnet reclassification\b|\bNRI\b|\bdecision curves?\b|\bnet benefit\b/i, 'net benefit/NRI'],
  [/\btrue[- ]positive rates?\b|\bfalse[- ]positive rates?\b|\bfalse[- ]negative rates?\b/i, 'TPR/FPR'],
  [/\bconfusion matri(?:x|ces)\b/i, 'confusion matrix'],
  [/\berror rates?\b|\bpixel errors?\b|\bnormali[sz]ed (?:pixel )?errors?\b|\blocali[sz]ation errors?\b/i, 'error'],
  [/\bkappa\b/i, 'kappa'],
  [/\bvariance ratios?\b|\bintra-?class correlation\b|\bICC\b/, 'reliability'],
];
const METRIC_ANY_CI = new RegExp(METRIC_LIST.filter(([r]) => r.flags.includes('i')).map(([r]) => r.source).join('|'), 'i');
const METRIC_ANY_CS = new RegExp(METRIC_LIST.filter(([r]) => !r.flags.includes('i')).map(([r]) => r.source).join('|'));
const METRIC_UNLESS = /\bsensitivity (?:(?:and|or) \w+ )?analys|\bprecision (?:medicine|oncology)\b|\brecall bias\b|\b(?:antigen|epitope|substrate|target|binding|tissue)[- ]specific|\bspecificity (?:of|for) (?:the )?(?:antibod|antigen|binding|primer|probe)|\bcalibration (?:of|for) (?:the )?(?:instrument|scanner|camera|device|equipment)/i;

function metricValue(hits: Hit[]): { details: Record<string, unknown> } {
  const metrics: string[] = [];
  for (const h of hits) {
    const t = h.sentence.text;
    if (METRIC_UNLESS.test(t)) continue;
    for (const [re, name] of METRIC_LIST) if (re.test(t)) pushUnique(metrics, name);
  }
  return { details: { metrics } };
}

const performance_metrics: ConceptSpec = {
  concept: 'performance_metrics',
  damp: FAMILY_DAMP,
  maxEvidence: 5,
  rules: [
    cue('metrics/named', METRIC_ANY_CI, 0.75, { unless: METRIC_UNLESS }),
    cue('metrics/acronym', METRIC_ANY_CS, 0.75, { unless: METRIC_UNLESS }),
    cue('metrics/evaluated', /\b(?:performance|accuracy|agreement) (?:was|were) (?:evaluated|assessed|measured|quantified|compared|determined|represented) (?:using|with|by|in terms of|as)\b|\b(?:evaluation|performance) (?:metrics?|measures?|criteria)\b|\bmetrics? (?:used|included|were|was)\b|\bdiscriminat\w* (?:ability|performance|power)\b/i, 0.7),
  ],
  value: (hits) => metricValue(hits),
};

// ---------------------------------------------------------------------------------------------------------------
// statistical uncertainty
const statistical_uncertainty: ConceptSpec = {
  concept: 'statistical_uncertainty',
  damp: FAMILY_DAMP,
  rules: [
    cue('uncertainty/ci', /\b(?:confidence|credible|uncertainty|prediction) intervals?\b|(?:% CI|%CI|%-CI|% -CI)s?\b|\b(?:CI: |CI:|CI = |CI=|CI |CI\[|CI \[|CI \(|CI\()[-–]?\d|\(95 ?%/i, 0.85),
    cue('uncertainty/p', /\b(?:p<|p>|p=|p≤|p≥|p <|p >|p =|p ≤|p ≥|P<|P>|P=|P≤|P≥|P <|P >|P =|P ≤|P ≥) ?0?\.\d|\b[Pp][- ]?values?\b|\bstatistically (?:significant|significance|different)\b|\bsignificance (?:level|threshold|was set)\b|\balpha (?:level )?(?:of|=) ?0\.\d|\b(?:were|was) considered (?:statistically )?significant\b/, 0.8),
    cue('uncertainty/test', /\b(?:(?<![a-z])t[- ]tests?|Student(?:'|’)?s t|Welch|Wilcoxon|Mann[-–\s]Whitney|McNemar|DeLong|chi[- ]?squared?(?: tests?)?|Fisher(?:'|’)?s exact|ANOVA|analysis of variance|Kruskal[-–\s]Wallis|log-?rank test|Friedman(?:'|’)?s? test|Tukey|Bonferroni|Benjamini|Holm|false discovery rate|FDR|permutation tests?|Kolmogorov[-–\s]Smirnov|Cochran|Wald tests?|likelihood ratio tests?|Z-tests?)\b/i, 0.75),
    cue('uncertainty/bootstrap', /\bbootstrap\w*\s(?:\w+\s){0,3}(?:confidence|CIs?|intervals?|standard errors?|percentile)\b|\b\d[\d,]*\s(?:bootstrap(?:ped)?|resampled)\s(?:samples|replicates|datasets|iterations|resamples|repetitions)\b|\bbootstrap(?:ping|ped)?\b[^.;]{0,40}\b\d[\d,]* (?:times|replicates|iterations|repetitions)\b/i, 0.8),
    cue('uncertainty/bootstrap-weak', /\bbootstrap\w*/i, 0.4),
    cue('uncertainty/se', /\bstandard errors?\b|\b(?:SE,|SE\)|SE=|SE =|SE:|SEM,|SEM\)|SEM=|SEM =|SEM:)/, 0.65),
    cue('uncertainty/spread', /(?:±|\+\/-|standard deviations?|\bSD\b)[^.;]{0,80}\b(?:folds?|cross-?validation|runs|repeats|repetitions|seeds|iterations|splits)\b|\b(?:folds?|cross-?validation|runs|repetitions|iterations|splits)\b[^.;]{0,80}(?:±|\+\/-|standard deviations?|\bSD\b)/i, 0.7),
    cue('uncertainty/significantly', /\bsignificantly (?:higher|lower|better|worse|different|outperform\w*|improved|increased|decreased|associated|reduced|greater|smaller)\b/i, 0.45),
  ],
};

// ---------------------------------------------------------------------------------------------------------------
// external validation
const PLACE = '(?:hospitals?|institutions?|cent(?:er|re)s?|sites?|countries|cities|clinics?|scanners?|vendors?|health ?systems?|populations?|cohorts?|data ?sets?|datasets?|databases?|registr(?:y|ies))';
const EV_EXT_UNLESS = /\bexternal (?:validity|cortical|beam|auditory|iliac|carotid|jugular|fixation|ear|genitalia|rotation|oblique|quality|funding|advisory|review|peer|examiner|reviewer|surface|boundary)/i;
/**
 * Conditional or prospective validation ("If successfully validated in an external cohort, the score would ...",
 * "With validation in additional cohorts, this approach may lead to ...") is a wish, not a report.
 */
const EV_CONDITIONAL =
  /\bif (?:\w+ )?(?:validated|confirmed|replicated|tested|reproduced)\b|\b(?:with|after|upon|pending|following) (?:further |additional |successful |external |independent |prospective )*(?:validation|replication|confirmation) (?:in|on|of|using)\b|\bonce (?:\w+ )?(?:validated|confirmed|replicated)\b|\bwould hold promise\b|\bmay (?:lead|pave the way) to\b|\b(?:studies|validation|evaluation|research|investigations?|work|cohorts?|datasets?)\b[^.;]{0,100}\b(?:is|are) (?:still |also |thus |therefore |further |now )?(?:warranted|needed|required|necessary)\b/i;
const external_validation: ConceptSpec = {
  concept: 'external_validation',
  damp: [...FAMILY_DAMP, { re: EV_CONDITIONAL, factor: 0.3 }],
  rules: [
    cue('external/explicit', /\bexternal(?:ly)?[- ](?:validat\w*|test\w*|evaluat\w*|cohorts?|data ?sets?|datasets?|test sets?|populations?|institutions?|hospitals?|cent(?:er|re)s?|sites?|samples?|data)\b/i, 0.85, { unless: EV_EXT_UNLESS }),
    cue('external/temporal', /\btemporal(?:ly)? (?:validat\w*|external|test\w*|hold-?out)|\bgeographic(?:al(?:ly)?)? (?:validat\w*|external|test\w*)/i, 0.8),
    cue('external/other-site', new RegExp(`\\b(?:validat\\w*|tested|test|evaluat\\w*|applied|generali[sz]\\w*)\\b[^.;]{0,80}\\b(?:from|at|in|on|to|analy[sz]ed|used|using|with) (?:an? |the |two |three |four |five |\\d+ )?(?:other|another|different|independent|new|unseen|additional|second|separate) (?:[\\w-]+ ){0,3}${PLACE}\\b|\\b(?:an?other|two other|three other|different|independent|new|unseen|separate) (?:\\w+ ){0,2}${PLACE}\\b[^.;]{0,80}\\b(?:validat\\w*|tested|testing|evaluat\\w*|generali[sz]\\w*)`, 'i'), 0.65, { unless: /\bindependent[- ]samples?\b|\b(?:future|further) (?:studies|research|work)/i }),
    cue('external/generalization', /\bgenerali[sz]ation (?:data ?sets?|datasets?|cohorts?|test\w*)|\b(?:tested|evaluated|applied|validated|assessed)\b (?:\w+ ){0,4}(?:on|in|to) (?:an? |the |\w+ )?(?:new|unseen|other|independent|external|different) (?:\w+ )?(?:data ?sets?|datasets?|cohorts?|sites?|scanners?|institutions?|populations?|patient (?:groups?|series))\b/i, 0.7),
    // validation in several cohorts or datasets by the authors ("a signature that we have validated across multiple
    // cohorts and platforms"): more than one source besides development
    cue('external/multi-cohort', /\b(?:validated|tested|replicated|confirmed|evaluated)\b (?:\w+ ){0,2}(?:across|in|on|using) (?:multiple|several|two|three|four|five|\d+) (?:independent |external |other |different |additional |separate )?(?:[\w-]+ )?(?:cohorts|datasets|data sets|populations|sites|centres|centers|institutions|hospitals)\b/i, 0.7, { requireOwn: true }),
    cue('external/not-used', /\b(?:data ?sets?|datasets?|cohorts?|sites?|cent(?:er|re)s?|hospitals?) (?:that|which) (?:was|were) (?:not|never) (?:used|included|seen) (?:for|in|during) (?:the )?(?:training|development)/i, 0.7, { negationOk: true }),
    cue('external/not-done', /\b(?:external|independent|separate) (?:validation|test(?:ing)?) (?:cohorts?|sets?|data ?sets?|datasets?|populations?|data|stud(?:y|ies))? ?(?:is|was|were|are|has been|have been) (?:therefore |thus |currently |also |so far )?(?:not (?:yet )?(?:possible|available|feasible|performed|done|conducted|undertaken)|unavailable|impossible|infeasible|lacking)\b|\b(?:no|without|lack(?:ed|s|ing)?(?: of)?|absence of|did not (?:perform|include|have)|not (?:perform|include))\s(?:an?\s)?(?:external|independent) (?:validation|testing|test(?:ing)? (?:set|cohort)|evaluation|cohort|data ?set|dataset|data)\b|\bnot (?:yet )?(?:been )?(?:externally|independently|prospectively) (?:validated|tested|evaluated)\b|\bnot (?:yet )?(?:been )?(?:validated|tested|evaluated) (?:externally|in (?:an? )?(?:external|independent|separate|other|different))/i, 0.85, { notDone: true, negationOk: true }),
    cue('external/same-source', /\b(?:single|one|the same|a common) (?:data )?(?:institution|cent(?:er|re)|hospital|site|source|resource|registry|database)\b[^.;]{0,100}\bvalidat\w*|\bvalidat\w*[^.;]{0,100}\b(?:from|in|at|of) (?:a |the )?(?:single|one|same|common) (?:data )?(?:institution|cent(?:er|re)|hospital|site|source|resource|registry|database)\b/i, 0.7, { notDone: true, negationOk: true, unless: /\bvalidated (?:questionnaire|scale|instrument|tool|method)\b/i }),
  ],
  value: (hits) => {
    const done = hits.some((h) => !h.notDone);
    const sites: string[] = [];
    for (const h of hits) {
      if (h.notDone) continue;
      const m = /\b((?:[A-Z][\w-]*\s){0,3}[A-Z][\w-]*) (?:hospital|cohort|dataset|data set|study|database|registry)\b/.exec(h.sentence.text);
      if (m && sites.length < 5) pushUnique(sites, m[0]);
    }
    return { value: done ? 'performed' : 'not_performed', ...(sites.length ? { details: { sites } } : {}), ...(done ? {} : { notDone: true }) };
  },
};

// ---------------------------------------------------------------------------------------------------------------
// failure analysis
const failure_analysis: ConceptSpec = {
  concept: 'failure_analysis',
  // "X can be difficult to segment" is a finding here, not a capability description
  damp: FAMILY_DAMP.filter((d) => d.re !== CAPABILITY),
  // failures are mostly discussed in the Discussion
  sectionWeight: { discussion: 0.85 },
  rules: [
    cue('failure/explicit', /\b(?:failure (?:cases?|modes?|analys[ie]s|examples?)|failed (?:cases|segmentations?|predictions?)|error analys[ie]s|misclassif\w*|mis-?classif\w*|mislabell?\w*|mis-?segment\w*|incorrectly (?:classified|predicted|segmented|labell?ed|detected)|wrongly (?:classified|predicted|segmented)|false (?:positives?|negatives?) (?:were|was|occurred|mainly|mostly|included|arose|resulted|were due)|(?:most|majority|many|half) of (?:the )?["“‘']?(?:errors|misclassifications|failures|misclassified|false[- ](?:positives?|negatives?))|(?:errors?|failures?|mistakes) (?:occurred|were (?:mainly|mostly|primarily|largely|due)|(?:was|were) (?:caused|attributed|related)|(?:mainly|mostly) (?:occurred|involved))|(?:under|over)-?segment\w*|missed (?:tissue|lesions?|tumou?rs?|nodules?|fractures?|cases|detections?|structures?)|the (?:model|network|algorithm|classifier|method|prediction) (?:fail\w*|struggl\w*|(?:does|did) not generali[sz]e|underestimat\w*|overestimat\w*|misses|missed)|(?:difficult|challenging|hard) (?:cases|examples|to (?:segment|classify|differentiate|distinguish|detect|predict|delineate))|(?:challenging|difficult|hard|problematic) for the (?:[\w"'“”-]+ ){0,3}(?:model|network|algorithm|classifier|method)|(?:segmentation|classification|detection|prediction) of (?:the )?[^.;]{0,40}\b(?:is|are|was|were|can be|may be) (?:\w+ )?(?:difficult|challenging|problematic|error-prone)|(?:flagged|problematic|outlier|erroneous) (?:cases|segmentations|predictions)|failed prediction|predicted (?:in)?correctly)\b/i, 0.65, { negationOk: true, unless: /\b(?:non-?)?differential misclassification|misclassification (?:bias|is possible|may|might|could|of (?:the )?(?:exposure|outcome|covariates?|self))|self-reported/i }),
    cue('failure/stratified', /\b(?:sensitivity|specificity|accuracy|performance|AUC|errors?|Dice|precision|recall)\b[^.;]{0,50}\b(?:increased|decreased|improved|dropped|declined|was (?:lower|higher|worse|better|reduced|poorer)|became worse|deteriorat\w*|degrad\w*|fluctuat\w*|remained)\b[^.;]{0,60}\b(?:stage|size|severity|grade|subgroups?|tumou?r fraction|image quality|field strength|noise|artefacts?|artifacts?|small(?:er)?|larger?|early|advanced|looking|progression|motion|low[- ]quality|contrast)\b/i, 0.6),
    cue('failure/subgroup', /\b(?:subgroups?|patients with|cases with|images with|samples with|in which)\b[^.;]{0,60}\b(?:decreased|reduced|lower|poorer|worse|degraded) (?:accuracy|performance|sensitivity|specificity|discrimin\w*|calibration|AUC|Dice)\b|\b(?:accuracy|performance|sensitivity|specificity|AUC|Dice)\b (?:was|were) (?:\w+ )?(?:lower|worse|poorer|reduced) (?:in|for|among|on) (?:the )?(?:patients|cases|images|samples|subjects|scans|subgroups?) with\b/i, 0.6),
    // where the model or test works better or worse ("more powerful in identifying concurrent metastases (81%)",
    // "why the performance of the models appeared worse in predicting mortality", "correctly classified with the
    // exception of one sample")
    cue('failure/where', /\b(?:more|less) (?:powerful|accurate|sensitive|specific|reliable|effective|successful) (?:in|at|for|when) (?:identifying|detecting|predicting|classifying|distinguishing|discriminating|diagnosing)\b|\bexplain\w* why (?:the )?(?:\w+ ){0,3}(?:performance|accuracy|sensitivity|specificity|model|models|classifier|test|score)\b[^.;]{0,60}\b(?:worse|poorer|lower|weaker|failed|underperform\w*)|\b(?:correctly|accurately) (?:classified|identified|predicted|separated|assigned|clustered)\b[^.;]{0,80}\b(?:with the (?:\w+ )?exception of|except (?:for )?(?:one|two|three|the|\d))/i, 0.6, { otherWorkOk: true }),
    // a case whose prediction disagrees with the truth ("discordance between predicted and actual status"), counted
    // error cases ("nine cases of the 'false positive'", "the two false-negative samples")
    cue('failure/cases', /\bdiscordan\w* between (?:the )?(?:predicted|model[- ]predicted|estimated|classifier|algorithm|test)\b[^.;]{0,60}\b(?:actual|true|observed|reference|measured|histolog\w*|patholog\w*|clinical)\b|\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten) (?:cases|samples|patients|specimens|subjects|images|lesions) (?:of (?:the )?)?["“'‘]*false[- ](?:positives?|negatives?)|\b(?:the|these|those|\d+|two|three|four|five|six|seven|eight|nine|ten) false[- ](?:positive|negative) (?:cases|samples|patients|specimens|subjects|images|lesions|findings)\b/i, 0.65),
    cue('failure/inspection', /\b(?:visual|closer|manual|qualitative) (?:inspection|examination|review|assessment) (?:\w+ ){0,3}(?:revealed|showed|indicated|of the (?:errors|failures|outliers|misclassified))/i, 0.6),
  ],
};

// ---------------------------------------------------------------------------------------------------------------
// explainability
const explainability: ConceptSpec = {
  concept: 'explainability',
  damp: FAMILY_DAMP,
  rules: [
    cue('explain/method', /\b(?:saliency|Grad-?CAM(?:\+\+)?|class activation maps?|attention maps?|SHAP|Shapley|LIME|integrated gradients|occlusion (?:sensitivity|maps?|analys[ie]s)|layer-?wise relevance|DeepLIFT|guided back-?propagation|(?:feature|variable|permutation|predictor|Gini) (?:importance|attribution|contribution)s?|importance (?:scores?|rankings?|values?|plots?|analys[ie]s)|mean decrease (?:in )?(?:accuracy|Gini|impurity)|VIP scores?|variable importance in projection|explainab\w*|mean impact values?|partial dependence|relevance (?:maps?|scores?)|(?:relevance|contribution|importance) of (?:each|every|individual|the individual) (?:\w+ )?(?:features?|variables?|predictors?|mediators?|inputs?|signals?|radi[iu]s?|biomarkers?|modalit\w+|regions?))\b/i, 0.75),
    cue('explain/interpretable', /\binterpretab\w*\b|\b(?:biological|clinical) interpretation of (?:the )?(?:model|score|signature|features)\b/i, 0.5),
    cue('explain/maps', /\b(?:heat ?maps?|colou?r[- ]?maps?)\b[^.;]{0,80}\b(?:highlight\w*|overlaid|fused|superimposed|activation|attention|contribut\w*|decision|focus\w*|important)\b|\b(?:highlight\w*|overlaid|fused|superimposed) [^.;]{0,60}\b(?:heat ?maps?|colou?r[- ]?maps?)\b/i, 0.65, { unless: /\bexpression|\bclustering\b|\bcorrelation|\babundance/i }),
    cue('explain/probe', /\bto (?:investigate|examine|determine|understand|assess) (?:whether|what|which|how) (?:the )?(?:\w+ ){0,2}(?:model|classifier|network|algorithm) (?:\w+ ){0,3}(?:detects?|uses?|relies|learn\w*|focus\w*|decides?|captures?|attends?)\b/i, 0.65),
  ],
};

// ---------------------------------------------------------------------------------------------------------------
// simpler crosswalk concepts about evaluation
const robustness: ConceptSpec = {
  concept: 'robustness',
  damp: FAMILY_DAMP,
  rules: [
    cue('robustness/analysis', /\bsensitivity analys[ie]s\b|\bsubgroup analys[ie]s\b|\bstratified (?:analys[ie]s|by)\b|\brobust(?:ness)? (?:to|analys[ie]s|against|across|check)\b|\bperturbations?\b|\bablation (?:stud(?:y|ies)|experiments?|analys[ie]s)\b|\b(?:variability|stability|consistency) (?:across|between|over) (?:runs|seeds|scanners|sites|folds|vendors|centres|centers|protocols)\b|\bstress[- ]test\w*|\bnoise (?:was )?added\b|\btest-?retest\b/i, 0.7),
  ],
};

const fairness: ConceptSpec = {
  concept: 'fairness',
  damp: FAMILY_DAMP,
  rules: [
    cue('fairness/explicit', /\bfairness\b|\balgorithmic bias\b|\bbias (?:across|between|among|against) (?:subgroups|groups|races?|ethnic\w*|sex(?:es)?|genders?|populations)\b|\b(?:performance|accuracy|AUC|sensitivity|specificity|error) (?:was |were )?(?:\w+ )?(?:across|by|between|among|stratified by|within|for) (?:different )?(?:race|racial|ethnic\w*|sex|gender|age groups?|demographic\w*|socio-?economic)\b|\bdisparit\w*|\bunder-?represent\w*|\bequit(?:y|able)\b/i, 0.65),
  ],
};

const internal_validation: ConceptSpec = {
  concept: 'internal_validation',
  damp: FAMILY_DAMP,
  traps: [/\bsplit[- ]half\b/i],
  rules: [
    cue('internal/explicit', /\binternal(?:ly)? (?:validat\w*|test\w*|evaluat\w*)\b|\bcross[- ]?validat\w*|\bbootstrap (?:validation|resampling|optimism)\b|\boptimism[- ]correct\w*|\bhold-?out (?:set|sample|validation|test)\b|\bheld-?out (?:test|validation|set|data)\b|\bsplit-?sample\b|\b(?<!\bt[- ])(?:test|validation) (?:set|cohort|dataset|data set)\b/i, 0.7, { unless: /\bvalidation (?:study|studies|of the (?:questionnaire|scale|instrument|assay))\b/i }),
  ],
};

const cross_tabulation: ConceptSpec = {
  concept: 'cross_tabulation',
  damp: FAMILY_DAMP,
  rules: [
    cue('crosstab/explicit', /\bconfusion matri(?:x|ces)\b|\bcontingency tables?\b|\b2\s?[×x]\s?2 tables?\b|\bcross-?tabulat\w*|\b(?:true|false) positives?,? (?:and|,) (?:true|false) (?:negatives?|positives?)\b/i, 0.75),
  ],
};

const performance_results: ConceptSpec = {
  concept: 'performance_results',
  damp: FAMILY_DAMP,
  rules: [
    cue('results/metric-number', /\b(?:AUCs?|AUROCs?|AUPRC|C-?(?:statistics?|index)|concordance index|sensitivity|specificity|accuracy|Dice(?: (?:scores?|coefficients?|similarity coefficients?|overlaps?))?|DSC|F1(?:[- ]scores?)?|precision|recall|PPV|NPV|positive predictive values?|negative predictive values?|Jaccard(?: ind(?:ex|ices))?|IoU|kappa|Brier(?: scores?)?|RMSE|MAE|area under the (?:\w+ ){0,3}curves?)\b(?! analys)[^.;\d]{0,40}?(?:0?\.\d{1,4}|\d{1,3}(?:\.\d+)?\s?%)/i, 0.75),
  ],
};

const indeterminate_results: ConceptSpec = {
  concept: 'indeterminate_results',
  damp: FAMILY_DAMP,
  rules: [
    cue('indeterminate/explicit', /\b(?:indeterminate|inconclusive|uninterpretable|non-?diagnostic|equivocal|invalid|unreadable|failed) (?:results?|tests?|readings?|images?|scans?|samples?|segmentations?|cases?|outputs?)\b|\b(?:could not be|were not|was not) (?:interpreted|analy[sz]ed|processed|segmented|evaluated|read) (?:due to|because|owing to)\b|\bfailure rate\b/i, 0.7),
  ],
};

const benchmark_comparison: ConceptSpec = {
  concept: 'benchmark_comparison',
  damp: FAMILY_DAMP,
  rules: [
    cue('benchmark/compared', /\b(?:compared|comparison|benchmark\w*) (?:with|to|against) (?:the |a |an |other |existing |state-of-the-art |conventional |baseline |standard |several |traditional |established |previous |alternative )*(?:[\w-]+ ){0,4}(?:models?|methods?|approaches|algorithms|baselines?|classifiers?|networks?|radiologists|clinicians|experts|readers|scores?|tools|pipelines|software|techniques)\b|\boutperform\w*\b|\bbaseline (?:models?|methods?|classifiers?)\b|\bstate-of-the-art (?:methods?|models?|approaches|algorithms)\b/i, 0.65),
  ],
};

export const evalAllSpecs: ConceptSpec[] = [
  performance_metrics,
  statistical_uncertainty,
  external_validation,
  failure_analysis,
  explainability,
  robustness,
  fairness,
  internal_validation,
  cross_tabulation,
  performance_results,
  indeterminate_results,
  benchmark_comparison,
];
/** concepts that only apply where a model, classifier or test is built or evaluated */
const NEEDS_EVALUATION = new Set<string>(['performance_metrics', 'external_validation', 'failure_analysis', 'explainability', 'internal_validation']);
export const evalConceptSpecs: ConceptSpec[] = evalAllSpecs.map((s) => ({ ...s, citationsInMethodsOk: true, ...(NEEDS_EVALUATION.has(s.concept) ? { needsEvaluation: true } : {}) }));

export const evalSpecs = { performance_metrics, statistical_uncertainty, external_validation, failure_analysis, explainability };
