/**
 * clinical_utility_metric: the measure of clinical usefulness by which the model is judged, and why.
 * No automatic check: items using it need review.
 */
import { defineConcept } from '../core/define.js';

export default defineConcept({
  id: 'clinical_utility_metric',
  meta: {
    label: 'Clinical-utility measure',
    group: 'Evaluation methods',
    definition:
      'Reported when the manuscript names the measure by which the practical, clinical usefulness of the model is judged, beyond statistical accuracy, and ideally why that measure fits the intended use: positive predictive value at the chosen operating point, number needed to evaluate or treat, net benefit from a decision curve, alerts per day or workload saved. A measure named without its rationale or operating point is partial. Not counted: discrimination or overlap measures alone (AUC, accuracy, Dice), and usefulness claimed in the Discussion without any measure.',
    traps: [
      'accuracy measures presented as usefulness: AUC, sensitivity and specificity at a statistical threshold',
      'a claim of clinical value without a measure: "the model could be useful for triage"',
    ],
  },
  manual: true,
  examples: {
    reported: [
      { text: 'Clinical usefulness was assessed by decision curve analysis, reporting net benefit across threshold probabilities from 5% to 30%.' },
      { text: 'Because each alert triggers a bedside review, the primary utility measure was the number of alerts per 100 patient-days at a positive predictive value of at least 20%.' },
      { text: 'We report the number needed to evaluate, that is, how many flagged patients clinicians must review to find one true case.' },
    ],
    missing: [
      { text: 'Discrimination was summarised by the area under the ROC curve.', note: 'an accuracy measure' },
      { text: 'Sensitivity and specificity were computed at the threshold that maximised the Youden index.', note: 'a statistical operating point' },
      { text: 'The model could become a useful triage aid in busy emergency departments.', heading: 'Discussion', note: 'a claim without a measure' },
    ],
  },
});
