/**
 * model_output_thresholds: what the model outputs and the cut-offs or risk groups applied to it.
 */
import { defineConcept, type SpecBody } from '../core/define.js';
import { cue, FAMILY_DAMP } from '../shared/modelling.js';
import { cooccur } from '../shared/facets.js';

// a decision on the output, in any order and wording: a call (positive, flagged), a comparison and a level
const CALL = String.raw`\b(?:(?:considered|classified|evaluated|scored|called|labell?ed|defined|regarded|predicted) (?:as )?(?:positive|negative|abnormal|high[- ]risk|low[- ]risk|cases?|malignant)|flagged)\b`;
const COMPARED = String.raw`(?:\b(?:above|below|greater than|less than|more than|higher than|lower than|exceed(?:ed|ing|s)?|at least|at most)\b|[<>≥≤])`;
const LEVEL = String.raw`\b(?:thresholds?|cut-?offs?|cut-?points?|scores?|probabilit(?:y|ies)|percentiles?|values?|\d+(?:\.\d+)?\s?%)`;
// what the model puts out: an act of emitting, the model, and a kind of output
const EMIT = String.raw`\b(?:outputs?|produces?|generates?|returns?|gives?|yields?|predicts?|estimates?)\b`;
const EMITTER = String.raw`\b(?:models?|networks?|classifiers?|algorithms?|output (?:layer|neurons?|nodes?|units?)|CNNs?|system|pipeline|tool)\b`;
const OUTPUT_KIND = String.raw`\b(?:(?:probability|uncertainty|risk|heat|saliency) (?:images?|maps?|volumes?|values?)|(?:binary|output|dependent|target) variables?|(?:single|continuous|predicted|numeric(?:al)?) (?:values?|scores?)|similarity scores?|confidence scores?|logits?|class labels?)\b`;
// the output named by what it is or what it stands for, without an emitting model: "the output consists of a
// probability image", "a mapping from the image to a binary variable", "the logit used as the similarity score"
const OUTPUT_RELATION = String.raw`\b(?:outputs?(?! variables?\b)|mapping|consists? of)\b|\b(?:us(?:e|ed|ing)|tak(?:e|en|ing)|serv(?:e|es|ed|ing)|treat(?:s|ed|ing)?)\b[^.;]{0,60}\bas (?:the|a|an) (?:[\w-]+ ){0,2}(?:outputs?|scores?|predictions?)\b`;
// a variable of the analysis coded as binary or continuous is a predictor, not the model's output
const NOT_OUTPUT = /\bp[- ]?values?\b|\bsignifican\w*|\bP ?[<=≤]|\b(?:coded|dummy|covariates?|predictors?|independent variables?|dichotomi[sz]ed|explanatory|convert(?:s|ed|ing)?|conversion|recod\w*|encod\w*|one-hot)\b|\b(?:true|ground[- ]truth|reference|actual) (?:class )?labels?\b/i;
const NOT_SIGNIFICANCE = /\bp[- ]?values?\b|\bsignifican\w*|\bP ?[<=≤]/i;
const FACET_SECTIONS: SpecBody['rules'][number]['sections'] = ['methods', 'results', 'other', 'abstract'];

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
    // a case called positive or flagged when its value passes a level, whatever the phrasing; not a significance level
    cue('thresholds/facets-call', cooccur(CALL, COMPARED, LEVEL), 0.6, { sections: FACET_SECTIONS, unless: NOT_SIGNIFICANCE }),
    // the model, the act of putting out and the kind of output in one sentence
    cue('thresholds/facets-output', cooccur(EMIT, EMITTER, OUTPUT_KIND), 0.6, { sections: FACET_SECTIONS, unless: NOT_SIGNIFICANCE }),
    // the kind of output and what it is or stands for, where no model is named in the sentence
    cue('thresholds/facets-output-kind', cooccur(OUTPUT_KIND, OUTPUT_RELATION), 0.6, { sections: FACET_SECTIONS, unless: NOT_OUTPUT }),
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
      { text: 'Slides in which more than 10% of tumour cells were stained were scored as positive.' },
      { text: 'Any recording whose anomaly score was above the 95th percentile was flagged for review.' },
      { text: 'For every admission the classifier returns a continuous score between 0 and 1.' },
      { text: 'The last layer of the network gives a heat map of where the lesion is likely to be.' },
      { text: 'We learn a mapping from each chest radiograph to a binary variable that marks a pleural effusion.' },
      { text: 'The cosine similarity of the two embeddings is used as the similarity score of a pair of scans.' },
    ],
    missing: [
      { text: 'A P value below 0.05 was considered significant.', note: 'significance level' },
      { text: 'The threshold for statistical significance was set at 0.05.', note: 'significance level' },
      { text: 'Risk factors for infection were recorded at admission.' },
      { text: 'The starting weights and thresholds of the hidden neurons were set by an evolutionary search.', note: 'network parameters called thresholds' },
      { text: 'The proposed network achieved a Dice score of 0.87 on the test set.', note: 'a performance figure, not the output' },
      { text: 'Genes with P < 0.01 in more than two cohorts were considered positive hits.', note: 'significance level' },
      { text: 'The hospital system produces monthly reports of bed occupancy.', note: 'not a model output' },
      { text: 'Diabetes status was recoded as a binary variable, and the same mapping was used at every site.', note: 'a predictor coded, not the output' },
      { text: 'Output variables of the registry were exported to a spreadsheet every month.', note: 'variables of a data source, not what a model puts out' },
    ],
  },
});
