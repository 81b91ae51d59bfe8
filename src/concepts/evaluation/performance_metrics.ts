/**
 * performance_metrics: the measures used to evaluate the model or test (AUC, sensitivity, Dice, calibration, ...);
 * the names found are listed in details.metrics.
 */
import { defineConcept, type SpecBody } from '../core/define.js';
import type { Hit } from '../core/spec.js';
import { cue, FAMILY_DAMP, pushUnique } from '../shared/modelling.js';
import { MODEL_CONTEXT } from '../shared/examples.js';

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
const METRIC_UNLESS = /\bsensitivity (?:(?:and|or) \w+ )?analys|\bprecision (?:medicine|oncology)\b|\brecall bias\b|\b(?:antigen|epitope|substrate|target|binding|tissue)[- ]specific|\bspecificity (?:of|for) (?:the )?(?:antibod|antigen|binding|primer|probe)|\bcalibration (?:of|for) (?:the )?(?:instrument|scanner|camera|device|equipment)|\b(?:insulin|drug|salt|baroreflex|antibiotic|antimicrobial|hormone|temperature|light|noise|pain)[- ]sensitivit|\bsensitivity (?:to|of \w+ to) (?:insulin|drugs?|antibiotics?|inhibitors?|treatment|light|noise|heat|cold|pain)\b/i;

function metricValue(hits: Hit[]): { details: Record<string, unknown> } {
  const metrics: string[] = [];
  for (const h of hits) {
    const t = h.sentence.text;
    if (METRIC_UNLESS.test(t)) continue;
    for (const [re, name] of METRIC_LIST) if (re.test(t)) pushUnique(metrics, name);
  }
  return { details: { metrics } };
}

const spec: SpecBody = {
  damp: FAMILY_DAMP,
  maxEvidence: 5,
  rules: [
    cue('metrics/named', METRIC_ANY_CI, 0.75, { unless: METRIC_UNLESS }),
    cue('metrics/acronym', METRIC_ANY_CS, 0.75, { unless: METRIC_UNLESS }),
    cue('metrics/evaluated', /\b(?:performance|accuracy|agreement) (?:was|were) (?:evaluated|assessed|measured|quantified|compared|determined|represented) (?:using|with|by|in terms of|as)\b|\b(?:evaluation|performance) (?:metrics?|measures?|criteria)\b|\bmetrics? (?:used|included|were|was)\b|\bdiscriminat\w* (?:ability|performance|power)\b/i, 0.7),
  ],
  value: (hits) => metricValue(hits),
  citationsInMethodsOk: true,
  needsEvaluation: true,
};

export default defineConcept({
  id: 'performance_metrics',
  meta: {
    label: 'Performance measures',
    group: 'Evaluation methods',
    definition:
      'Reported when the manuscript names the measures used to evaluate the model, classifier or test of this study: discrimination (AUC, C-statistic), classification measures (sensitivity, specificity, predictive values, accuracy, F1), overlap and distance measures of segmentation (Dice, Jaccard, Hausdorff), calibration (calibration plot, slope, Hosmer-Lemeshow), errors (MAE, RMSE), agreement (kappa, ICC, Bland-Altman) or net benefit; a sentence saying how performance was evaluated ("performance was assessed using ...", "evaluation metrics") counts too. The measures found are listed in details.metrics. The concept applies only where a model, classifier or test is evaluated; the same words in a laboratory or trial paper do not count, and neither do capability descriptions of a tool ("it is possible to compute metrics").',
    traps: [
      'sensitivity analyses are robustness checks, not sensitivity',
      'precision medicine or oncology, recall bias',
      'the specificity of an antibody, primer or binding; antigen-specific responses',
      'the calibration of an instrument, scanner or camera',
      'sensitivity in its physiological or pharmacological sense (insulin or drug sensitivity, sensitivity to a treatment)',
      'capability text of a software paper and checklist instructions',
      'papers that evaluate no model or test (laboratory work, trials)',
    ],
  },
  spec,
  examples: {
    context: MODEL_CONTEXT,
    reported: [
      { text: 'Segmentation quality was measured with the Dice coefficient and the Hausdorff distance.' },
      { text: 'Discrimination was summarised by the area under the ROC curve.' },
      { text: 'Model fit was checked with the Hosmer–Lemeshow test.' },
      { text: 'We report sensitivity, specificity, PPV and the F1 score.' },
    ],
    missing: [
      { text: 'Sensitivity analyses excluding dropouts gave similar estimates.', note: 'sensitivity analysis' },
      { text: 'Participants with more liver fat had lower insulin sensitivity.', heading: 'Results', note: 'insulin sensitivity' },
      { text: 'Cell lines carrying the mutation kept their sensitivity to the inhibitor.', heading: 'Results', note: 'drug sensitivity' },
      { text: 'Contributors: A. Author, DSc, Centre for Statistics (Oxford).', note: 'DSc is a degree, not the Dice coefficient' },
      { text: 'It is also possible to compute metrics for objects of a given size.', note: 'capability description' },
      {
        text: 'Binding specificity of the tagged enzyme was confirmed by inhibition with two receptor fragments.',
        context: '',
        note: 'no model or test under evaluation',
      },
      { text: 'Erythema was larger on day two, as expected for a delayed hypersensitivity reaction.', context: '', note: 'no model or test under evaluation' },
    ],
  },
});
