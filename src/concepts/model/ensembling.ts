/**
 * ensembling: whether and how several models were combined.
 */
import { defineConcept, type SpecBody } from '../core/define.js';
import { cue, FAMILY_DAMP } from '../shared/modelling.js';

/** Outputs of several models fused or combined into one prediction, in either order ("combining the results of the
 * three models", "the outputs of the two networks were fused", "trained on the probabilities from both models to
 * give a combined prediction"). */
const FUSED =
  /\b(?:combin\w*|fus(?:e|ed|es|ing)|merg\w*|aggregat\w*) (?:the )?(?:results|outputs|predictions|probabilities|scores) (?:of|from) (?:the |all )?(?:[\w-]+ ){0,4}(?:models|networks|classifiers|blocks)\b|\b(?:results|outputs?|predictions|probabilities|scores) (?:of|from) (?:the |all )?(?:[\w-]+ ){0,4}(?:models|networks|classifiers|blocks)\b[^.]{0,40}\b(?:(?:are|were|is|was) (?:then )?(?:fused|combined|merged|aggregated)|(?:combined|fused) predictions?)\b/i;

const spec: SpecBody = {
  // Methods and Results cite the tools and data they use
  citationsInMethodsOk: true,
  damp: FAMILY_DAMP,
  rules: [
    cue('ensemble/explicit', /\bensemble[sd]?\b|\bensembling\b|\b(?:averag\w*|combin\w*|majority[- ]vot\w*) (?:of )?(?:the )?(?:predictions|outputs|probabilities|scores) (?:of|from|across) (?:the )?(?:\w+ )?(?:models|networks|classifiers|folds)\b|\bstack(?:ed|ing) (?:generali[sz]ation|models?|ensembles?|classifiers?)\b|\bbagging\b|\b(?:mean|average|majority vote|median) of the (?:[\w-]+ ){0,3}(?:outputs|predictions|probabilities|scores) of (?:the |all )?(?:[\w-]+ ){0,3}(?:models|networks|classifiers)\b/i, 0.7, { unless: /\bENS[A-Z]{0,4}\d{6,}\b|\bensemble? regulatory (?:regions?|build|features?)\b/i }),
    cue('ensemble/fused-outputs', FUSED, 0.7),
  ],
};

export default defineConcept({
  id: 'ensembling',
  meta: {
    label: 'Ensembling',
    group: 'Model',
    presupposes: 'model_training',
    definition:
      'Reported when the manuscript says that several models were combined into one prediction and how: an ensemble, averaging or majority voting of the predictions of several models or folds, stacking, or bagging. Averaging repeated measurements or combining questionnaire scores does not count.',
    traps: [
      'Ensembl (the genome database), also misspelt "ensemble regulatory region" beside its ENSR/ENSG identifiers',
      'averaging of repeated measurements',
      'scores combined into an index',
    ],
  },
  spec,
  examples: {
    reported: [
      { text: 'Predictions of the five fold models were averaged as an ensemble.' },
      { text: 'The final prediction was obtained by majority voting of the predictions from the three classifiers.' },
      { text: 'A stacked generalization combined the random forest and the gradient boosting model.' },
      { text: 'We used bagging with 100 bootstrap replicates.' },
      { text: 'The outputs of the axial and the coronal networks were then fused into one segmentation.' },
      { text: 'A meta-classifier was fitted on the output scores from the image and the text models to give a combined prediction.' },
    ],
    missing: [
      { text: 'Gene identifiers were mapped with Ensembl.', note: 'the genome database' },
      { text: 'The lead variant sits in an enhancer (ensemble regulatory region ENSR00000123456) active in liver.', note: 'the genome database, misspelt' },
      { text: 'Results were averaged across the three measurements.' },
      { text: 'The scores of the two questionnaires were combined into a single index.' },
      { text: 'The results of the three models were compared with the Wilcoxon test.', heading: 'Results', note: 'compared, not combined' },
    ],
  },
});
