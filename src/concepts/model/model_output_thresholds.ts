/**
 * model_output_thresholds: what the model outputs and the cut-offs or risk groups applied to it.
 */
import { defineConcept, type SpecBody } from '../core/define.js';
import { cue, FAMILY_DAMP } from '../shared/modelling.js';

const spec: SpecBody = {
  // Methods and Results cite the tools and data they use
  citationsInMethodsOk: true,
  damp: FAMILY_DAMP,
  rules: [
    cue('thresholds/cutoff', /\b(?:cut-?offs?|thresholds?|cut-?points?|operating points?)\b[^.;]{0,60}\b(?:was|were|of|at|set|chosen|selected|determined|defined|based on|using|Youden|maximi[sz]\w*)\b|\bYouden\b|\brisk (?:groups|categories|strata|tertiles|quartiles)\b|\b(?:high|low|intermediate)[- ]risk (?:groups?|categor\w*)\b|\bprobability (?:threshold|cut-?off)\b|\boutput (?:was|is) (?:a|the) (?:probability|score|likelihood)\b|\bsoftmax\b/i, 0.6, { unless: /\bp[- ]?values?\b|\bsignifican\w*|\bweights? and (?:bias(?:es)?|thresholds?)\b|\bthresholds? (?:of|in) (?:the |each )?(?:neurons?|nodes?|hidden|units?|layers?)\b/i }),
    // what the model outputs, in ML wording: "the head outputs a probability per class", "a sigmoid output layer",
    // "the output is compared with a predefined threshold", "the model predicts a severity score for each time step"
    cue('thresholds/model-output', /\b(?:outputs?|predicts?|produces?|returns?|emits?|delivers?)\b (?:a |an |the |one )?(?:[\w-]+ ){0,2}?(?:probabilit(?:y|ies)|predictive distribution|(?:risk|severity|similarity|anomaly|confidence|malignancy|probability) scores?|logits?|binary (?:labels?|variables?|predictions?|masks?)|class (?:labels?|probabilities|scores))\b|\bsigmoid (?:activation|function|layer|output|unit)s?\b|\b(?:compared|thresholded) (?:to|with|against|at|using|by) (?:a |an |the )?(?:pre-?determined|pre-?defined|pre-?specified|fixed|chosen|tuned|decision|classification)? ?(?:threshold|cut-?off)\b|\bdecision boundary\b/i, 0.6, {
      unless: /\bp[- ]?values?\b|\bsignifican\w*|\b(?:Dice|F1|AUC|AUROC|accuracy) (?:scores?|of)\b/i,
    }),
  ],
};

export default defineConcept({
  id: 'model_output_thresholds',
  meta: {
    label: 'Model output, cut-offs and risk groups',
    group: 'Model',
    definition:
      'Reported when the manuscript says what the model or test outputs (a probability, a score, softmax class probabilities) or how its output is turned into decisions: a cut-off, threshold or operating point and how it was chosen (Youden index), or risk groups or categories. A significance level for P values does not count.',
    traps: [
      'significance thresholds ("P < 0.05 was considered significant")',
      'the weights and thresholds (biases) of a neural network\'s units are parameters, not cut-offs on its output',
      '"risk factors"',
      'physiological thresholds ("pain threshold", a known weakness: it counts)',
    ],
  },
  spec,
  examples: {
    reported: [
      { text: 'The probability threshold was chosen by maximising the Youden index.' },
      { text: 'Patients were stratified into low-, intermediate- and high-risk groups by tertiles of the predicted risk.' },
      { text: 'A cut-off of 0.5 on the predicted probability defined a positive prediction.' },
      { text: 'The network outputs a probability for each class through a softmax layer.' },
      { text: 'A final dense layer with a sigmoid activation gives the likelihood that a lesion is present.' },
      { text: 'The summed anomaly map is compared with a predefined threshold to call a scan abnormal.' },
    ],
    missing: [
      { text: 'A P value below 0.05 was considered significant.', note: 'significance level' },
      { text: 'The threshold for statistical significance was set at 0.05.', note: 'significance level' },
      { text: 'Risk factors for infection were recorded at admission.' },
      { text: 'The starting weights and thresholds of the hidden neurons were set by an evolutionary search.', note: 'network parameters called thresholds' },
      { text: 'The proposed network achieved a Dice score of 0.87 on the test set.', note: 'a performance figure, not the output' },
    ],
  },
});
