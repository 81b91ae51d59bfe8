/**
 * prediction_calculation: how the predictions used in the evaluation were calculated.
 */
import { defineConcept, type SpecBody } from '../core/define.js';
import { cue, FAMILY_DAMP } from '../shared/modelling.js';
import { cooccur } from '../shared/facets.js';

/** Clinical measures computed with a formula are not predictions of the model. */
const CLINICAL_FORMULA = /\b(?:body (?:surface area|mass index)|BMI|BSA|eGFR|glomerular filtration|creatinine clearance|QTc|dose|dosage|sample size|power)\b/i;

// the parts of a prediction statement, in any order and wording: the predictions themselves; a model fitted on the
// rest of the data (cross-fitted predictions); the units an input is cut into and how their outputs are put together
const PRED_TERM = String.raw`\b(?:predict(?:ed|ions?|s|ing)?|classif(?:ied|y|ying)|scored|outputs?|responses?|risk (?:values?|scores?))\b`;
const FITTED = String.raw`\b(?:trained|fitted|fit|built|retrained|developed|learn(?:ed|t)|derived|generated)\b`;
const ON_THE_REST = String.raw`\b(?:remaining|other (?:participants|patients|subjects|folds?|samples|cases|sites|centres|centers)|rest of|left-?out|held[- ]?out|leave-?\w+-?out)\b`;
const INFER_TERM = String.raw`\b(?:predict(?:ed|ions?|s)?|inference|outputs?|responses|probabilit(?:y|ies)|segmentations?)\b`;
const INPUT_UNIT = String.raw`\b(?:slice[- ]by[- ]slice|patch[- ]?(?:wise|by[- ]patch)|(?:patches|tiles|crops|windows|slices|overlap(?:ping)?)\b)`;
const PUT_TOGETHER = String.raw`\b(?:averag(?:e|ed|ing)|join(?:ed|ing)|collat(?:ed|ing)|merg(?:ed|ing)|stitch(?:ed|ing)|combin(?:ed|ing)|aggregat(?:ed|ing)|reassembl(?:ed|ing)|fus(?:ed|ing)|pooled|recombined)\b`;
// a trained model, applied to the data it is evaluated on: the model (trained, fitted, final, generated), an act of
// running it (applied, tested, evaluated, fed) and the data it was run on (test data, held-out sets, a new site)
const RUN_MODEL = String.raw`\b(?:trained|training|fitted|final|developed|generated|learn(?:ed|t)|derived)\b[^.;]{0,40}?\b(?:models?|networks?|classifiers?|equations?|signatures?)\b|\b(?:models?|networks?|classifiers?|equations?|signatures?) (?:[\w-]+ ){0,2}?(?:trained|fitted|generated|developed|derived|built)\b`;
const RUN_ACT = String.raw`\b(?:appl(?:y|ied|ying)|tested|evaluated|ran|run|deployed|fed|passed|introduced)\b`;
const RUN_DATA = String.raw`\b(?:test(?:ing)? (?:data|sets?|cohorts?|images|cases|samples|patients|subjects)|held-?out|hold-?out|unseen|new (?:sites?|data|patients|cases|samples|images|subjects)|independent (?:data|cohorts?|test)|validation (?:data|sets?|cohorts?)|(?:this|the) (?:validation |test )?cohort)\b`;
const FACET_SECTIONS: SpecBody['rules'][number]['sections'] = ['methods', 'results', 'other', 'abstract'];

const spec: SpecBody = {
  // Methods and Results cite the tools and data they use
  citationsInMethodsOk: true,
  damp: FAMILY_DAMP,
  rules: [
    cue('predictions/calc', /\b(?:predicted (?:probabilit\w+|risks?|values?|scores?|labels?)|predictions|risk scores?|risk ind(?:ex|ices)) (?:were|was) (?:calculated|computed|obtained|derived|generated|estimated|made|averaged)\b|\b(?:calculated|computed) (?:using|with|from|by) the (?:\w+ )?(?:formula|equation|regression coefficients)\b|\bout-of-fold predictions\b|\bapplied (?:the )?(?:\w+ )?(?:model|equation|formula|coefficients|algorithm) to (?:the )?(?:test|validation|external|held|new|each)\b/i, 0.6, { unless: CLINICAL_FORMULA }),
    // how a trained model's outputs become the evaluated predictions, in the words of ML papers
    cue('predictions/inference', /\b(?:at|during|in|for) (?:the )?(?:inference|test[- ]time|prediction time)\b|\bpredictions (?:\w+ ){0,5}(?:were|are|was|is) (?:then )?(?:averaged|aggregated|combined|pooled|fused|summed|thresholded|binari[sz]ed|max-pooled|majority-voted)\b|\b(?:averag|aggregat|combin|pool|fus)(?:e|ed|es|ing) (?:the )?(?:[\w-]+ ){0,3}(?:predictions|predicted probabilities|probabilities|outputs)\b|\b(?:binari[sz]\w*|threshold(?:ed|ing)) (?:the )?(?:[\w-]+ ){0,3}(?:outputs?|predictions|probabilit\w+|probability maps|heat-?maps|scores)\b|\bsliding[- ]window (?:inference|prediction|approach|manner|fashion)\b|\btest[- ]time augmentation\b|\bthe (?:final|overall) (?:prediction|output|score|label|class)\b[^.;]{0,40}\b(?:is|was) (?:obtained|computed|calculated|given|taken|derived|the (?:mean|average|maximum|max|sum|argmax))\b/i, 0.6),
    // how a prediction is formed: "the model makes its prediction by comparing features with learned prototypes", "the
    // prediction at time t is the mean of the predictions of the ensemble members"
    cue('predictions/formed', /\b(?:makes?|delivers?|produces?|obtains?|derives?|forms?|generates?|reaches) (?:its|the|a|their|each) (?:final )?(?:predictions?|decisions?|classifications?)\b (?:by|through|via|from|using)\b|\bpredictions?\b[^.;]{0,40}?\b(?:is|are|was|were) (?:simply |then )?(?:computed as |given by |obtained as |taken as )?(?:the )?(?:arithmetic |weighted |geometric )?(?:mean|average|median|majority vote|maximum|product) of\b/i, 0.6),
    // which trained model produced the evaluated predictions ("the checkpoint with the best validation loss is used for
    // testing") and how one input is classified ("to classify a query image, we compute its similarity to each class
    // prototype")
    cue('predictions/which-model-how', /\b(?:(?:best|final|best-performing|selected)(?: [\w-]+){0,3} (?:models?|checkpoints?|weights|networks?)|(?:models?|checkpoints?|weights|networks?|epoch) (?:with|that (?:had|achieved|gave|yielded)) the (?:best|highest|lowest)(?: [\w-]+){1,3})\b(?: [\w-]+){0,3} (?:is|was|were|are) (?:then )?(?:used|applied|employed|retained|kept|loaded) (?:for|on|to|in) (?:the )?(?:testing|test(?:ing)? (?:sets?|data|phase|images|cases)|inference|final evaluation|held-?out (?:sets?|data))\b|\bto (?:classify|predict|label|score|diagnose) (?:an?|the|each|every|a new|an unseen) (?:[\w-]+ ){0,2}(?:image|sample|patient|case|scan|slice|input|instance|example|study|subject|query|recording|sequence)\b[^.;]{0,30}, (?:we|the (?:model|network|classifier|system)) (?:first )?(?:calculate|compute|take|select|compare|assign|measure|use|pass|feed|average|apply)\b/i, 0.6),
    // each prediction made by a model fitted on the rest of the data ("predicted for each patient by a model retrained
    // on the other patients"), whatever the phrasing
    cue('predictions/facets-cross-fitted', cooccur(PRED_TERM, FITTED, ON_THE_REST), 0.6, { sections: FACET_SECTIONS }),
    // the outputs of the pieces an input is cut into, put together ("tiles are predicted one by one and their
    // probabilities averaged where they overlap"); not image reconstruction
    cue('predictions/facets-pieces', cooccur(INFER_TERM, INPUT_UNIT, PUT_TOGETHER), 0.6, { sections: FACET_SECTIONS }),
    // the trained model run on the evaluation data ("the fitted models were then applied to the held-out patients");
    // not the design of a split ("trained and tested on each fold"), other work, a wish or a clinical formula
    cue('predictions/facets-applied', cooccur(RUN_ACT, RUN_MODEL, RUN_DATA), 0.6, {
      sections: ['methods', 'results', 'other'],
      unless: new RegExp(`${CLINICAL_FORMULA.source}|\\bet al\\b|\\b(?:previous(?:ly)?|prior|earlier|future|will|should|could)\\b|\\btrain(?:ed|ing)? and (?:test|tested|testing|evaluated|validated)\\b|\\b(?:not|no|never|without)\\b[^.;,]{0,30}\\b(?:appl|test|evaluat|ran|run|deploy|fed|pass)`, 'i'),
    }),
  ],
};

export default defineConcept({
  id: 'prediction_calculation',
  meta: {
    label: 'How predictions were calculated',
    group: 'Evaluation methods',
    definition:
      'Reported when the manuscript says how the predictions that were evaluated were obtained: predicted probabilities or risk scores calculated from the model, formula or coefficients, out-of-fold predictions, or the model or equation applied to the test, validation or external data. Other calculations (sample size, body mass index) do not count.',
    traps: [
      'sample size and derived clinical measures "calculated"',
      'predictions of earlier studies',
    ],
  },
  spec,
  examples: {
    reported: [
      { text: 'Predicted probabilities were computed from the regression coefficients of the final model.' },
      { text: 'Risk scores were calculated by summing the points assigned to each predictor.' },
      { text: 'Out-of-fold predictions were pooled to estimate performance.' },
      { text: 'We applied the published equation to the validation cohort to obtain individual risks.' },
      { text: 'During inference, overlapping tiles were predicted and their probability maps averaged.' },
      { text: 'The outputs of the three networks were combined by averaging their predicted probabilities.' },
      { text: 'Training ran for 150 epochs, and the checkpoint with the best validation loss was used for testing.' },
      { text: 'To classify a query slide, we compute its distance to every class centroid and assign the nearest class.' },
      { text: 'Each patient received a risk estimate predicted by a model retrained on the remaining patients only.' },
      { text: 'In every fold, the held-out cases were classified by the classifier trained on the other folds.' },
      { text: 'Volumes were cut into overlapping patches, and the patch probabilities were averaged to give one map per scan.' },
      { text: 'At test time the network predicts each slice separately and the slices are stacked and merged into a volume.' },
      { text: 'The fitted classifiers were then applied to the held-out patients of the second hospital.' },
      { text: 'Each trained network was run on the unseen test images to obtain its scores.' },
    ],
    missing: [
      { text: 'Sample size was calculated with a power of 80%.' },
      { text: 'The predictions of earlier studies were not confirmed.' },
      { text: 'Body mass index was calculated as weight divided by height squared.' },
      { text: 'Creatinine clearance was computed with the Cockcroft-Gault formula.', note: 'a clinical formula' },
      { text: 'The best model of the earlier challenge was used for testing by its authors [4].', heading: 'Introduction', note: 'other work' },
      { text: 'To classify a patient as frail, clinicians usually take the gait speed into account [7].', heading: 'Introduction', note: 'clinical practice, other work' },
      { text: 'The remaining participants were trained by a nurse to use the inhaler.', note: 'people trained, no prediction' },
      { text: 'We trained and tested five models on each held-out fold.', note: 'the design of a split' },
      { text: 'Later work will apply the trained model to data from new sites.', note: 'a wish' },
      { text: 'Overlapping tiles were stitched together to build the panorama shown to readers.', note: 'image assembly, no prediction' },
    ],
  },
});
