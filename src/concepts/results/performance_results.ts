/**
 * performance_results: performance estimates given as numbers (AUC 0.91, sensitivity 84%).
 */
import { defineConcept, type SpecBody } from '../core/define.js';
import { cue, FAMILY_DAMP } from '../shared/modelling.js';

const spec: SpecBody = {
  damp: FAMILY_DAMP,
  rules: [
    cue('results/metric-number', /\b(?:AUCs?|AUROCs?|AUPRC|C-?(?:statistics?|index)|concordance index|sensitivity|specificity|accuracy|Dice(?: (?:scores?|coefficients?|similarity coefficients?|overlaps?))?|DSC|F1(?:[- ]scores?)?|precision|recall|PPV|NPV|positive predictive values?|negative predictive values?|Jaccard(?: ind(?:ex|ices))?|IoU|kappa|Brier(?: scores?)?|RMSE|MAE|area under the (?:\w+ ){0,3}curves?)\b(?! analys)[^.;\d]{0,40}?(?:0?\.\d{1,4}|\d{1,3}(?:\.\d+)?\s?%)/i, 0.75),
    // errors and ML metrics whose values exceed 1 or come with their spread ("RMSE 1.16 ± 0.03", "DSC (%) 83.0 ± 4.4",
    // "Hausdorff distance 4.2 mm", "TPR difference from 0.069 to 0.087")
    cue('results/metric-spread', /\b(?:AUCs?|AUROCs?|AUPRC|C-?index|accuracy|Dice(?: scores?| coefficients?)?|DSC|F1(?:[- ]scores?)?|IoU|Jaccard|RMSE|MAE|MSE|MAD|mean absolute (?:error|deviation)|(?:root )?mean squared error|Hausdorff(?: distances?)?|HD(?:95)?|ASSD|ASD|surface distances?|TPR|FPR|TNR|mAP|SSIM|PSNR|BLEU|ROUGE(?:-L)?|balanced accuracy|sensitivity|specificity)\b(?! analys)[^.;\d]{0,30}?\d{1,4}\.\d{1,4}\s?(?:±|\+\/-|\(\s?\d|mm\b|dB\b|%|to \d|and \d{1,4}\.\d)/, 0.7),
  ],
  citationsInMethodsOk: true,
};

export default defineConcept({
  id: 'performance_results',
  meta: {
    label: 'Performance results with precision',
    group: 'Results',
    definition:
      'Reported when the manuscript gives the estimated performance of the model or test as numbers: an AUC, C-statistic, sensitivity, specificity, accuracy, predictive value, Dice, F1, kappa, Brier score or error with its value (a proportion or a percentage). Planned analyses and results of other work do not count; a sensitivity analysis is not a sensitivity.',
    traps: ['sensitivity analyses with numbers', 'measures named without their values', 'values of other work in the Introduction'],
  },
  spec,
  examples: {
    reported: [
      { text: 'On the test set the AUC was 0.91 and the sensitivity 84%.' },
      { text: 'The mean Dice coefficient on the test images was 0.86.', heading: 'Results' },
      { text: 'Specificity reached 92.5% in the validation cohort.', heading: 'Results' },
      { text: 'On the held-out scans the RMSE was 2.41 ± 0.12 years.', heading: 'Results' },
      { text: 'The 95th percentile Hausdorff distance fell from 6.8 mm to 4.1 mm.', heading: 'Results' },
    ],
    missing: [
      { text: 'Sensitivity analyses excluding 12 patients gave similar results.', heading: 'Results', note: 'sensitivity analysis' },
      { text: 'Sensitivity and specificity were calculated with exact binomial confidence intervals.', note: 'measures named, no values' },
      { text: 'The accuracy of the scale was reported as 0.82 in earlier work [7].', heading: 'Introduction', note: 'other work' },
    ],
  },
});
