/**
 * model_selection: how the final model, checkpoint or configuration was chosen.
 */
import { defineConcept, type SpecBody } from '../core/define.js';
import { cue, FAMILY_DAMP } from '../shared/modelling.js';
import { cooccur } from '../shared/facets.js';

// the three parts of a model-selection statement, in any order and wording
const SELECT_ACT = String.raw`\b(?:select(?:ed|ing)?|chos(?:e|en)|choos(?:e|ing)|tun(?:ed|ing)|optimi[sz](?:ed|ing)|determin(?:ed|ing)|picked|kept|retained|searched)\b`;
const SELECT_OBJECT = String.raw`\b(?:hyper-?parameters?|learning rates?|batch sizes?|number of (?:epochs|layers|trees|estimators|neighbou?rs|components|clusters|filters|iterations|hidden units)|regulari[sz]ation (?:strength|parameters?|coefficients?|weights?)|dropout(?: rates?)?|weight decay|checkpoints?|epochs?|configurations?|architectures?|(?:final|best) models?|penalty (?:term|parameter)|lambda|λ|tree depth|max(?:imum)?[ _]depth)\b`;
const SELECT_CRITERION = String.raw`\b(?:validation|cross-?validat\w*|grid[- ]search|random(?:i[sz]ed)? search|bayesian optimi[sz]ation|optuna|hyperopt|tuning (?:set|data|split)|development (?:set|data)|inner (?:loop|folds?|cross)|nested)\b|\b(?:best|highest|lowest|optimal|minimum|maximum|smallest|largest) (?:[\w-]+ ){0,2}(?:performance|loss|AUC|AUROC|accuracy|F1|Dice|score|error)\b`;

// a second way: the value of a setting found to be the best one - an optimum (optimal, best, gave the best
// performance), a setting of the model (a parameter, a value, a number of clusters, k, λ) and an act of finding it
const OPT_OPTIMUM = String.raw`\b(?:optimal|optimum|best|most suitable)\b`;
const OPT_SETTING = String.raw`\b(?:parameters?|values?|settings?|number of (?:clusters|components|neighbou?rs|trees|layers|epochs|iterations|features)|[kλγα]s?|lambdas?|weightings?|topology|topologies)\b`;
const OPT_ACT = String.raw`\b(?:select(?:ed|ing)?|chos(?:e|en)|estimat(?:e|ed|ing)|determin(?:e|ed|ing)|found|identified|gave|yielded|achiev(?:ed|ing)|tested|compared)\b`;

const spec: SpecBody = {
  // Methods and Results cite the tools and data they use
  citationsInMethodsOk: true,
  damp: FAMILY_DAMP,
  rules: [
    // tuning of hyperparameters by a named search or on validation data
    cue('selection/tuned', /\b(?:hyper-?parameters?|parameters|settings|configurations?)\b[^.;]{0,40}\b(?:were|was|are|is) (?:\w+ly )?(?:tuned|optimi[sz]ed|selected|chosen|determined|searched)\b[^.;]{0,40}\b(?:grid|random|bayesian|search|cross-?validation|validation (?:set|data|split|fold|loss|performance)|tuning set|development set)|\b(?:grid|random|bayesian|hyper-?parameter) (?:search|sweep|optimi[sz]ation|tuning)\b[^.;]{0,30}\b(?:was|were|is|are)? ?(?:used|utili[sz]ed|performed|applied|conducted|run)?\b[^.;]{0,10}\bto (?:select|choose|find|tune|optimi[sz]e|determine|identify)\b|\bvalidation (?:set|data|split|fold)s? (?:is|was|were|are) used (?:for|to) (?:tun|select|choos|pick|determin)|\b(?:tuned|optimi[sz]ed|selected|chosen) (?:by|with|using|via|through) (?:an? )?(?:grid|random|bayesian|exhaustive|nested)? ?(?:search|cross-?validation)\b/i, 0.7),
    // the checkpoint kept by its validation score
    cue('selection/checkpoint', /\b(?:picked|chose|selected|kept|saved|retained|used) the (?:\w+ ){0,2}(?:model|checkpoint|weights|network|epoch) (?:with|that (?:had|achieved|gave)) the (?:best|highest|lowest|minimum|maximum) (?:\w+ ){0,2}validation\b|\bthe best (?:validation|performing) (?:model|checkpoint|epoch)\b[^.;]{0,30}\b(?:is|was|were) (?:used|selected|kept|retained|chosen)\b|\b(?:early[- ]stopping|(?:stopped|terminated|halted) (?:training )?early)\b[^.;]{0,60}\bvalidation (?:set|loss|data|performance|score|metric|error)/i, 0.7),
    cue('selection/best', /\b(?:best|final|optimal|best-performing) (?:\w+ ){0,2}(?:model|checkpoint|epoch|configuration|network|classifier|architecture|hyper-?parameters?)\b[^.;]{0,60}\b(?:was|were) (?:selected|chosen|retained|determined|identified|used)\b|\b(?:selected|chose|chosen|retained) (?:the )?(?:\w+ ){0,3}(?:model|checkpoint|epoch|weights)\b[^.;]{0,50}\b(?:highest|lowest|best|minimum|maximum|validation)|\bmodel selection\b|\bcheckpoint with the (?:highest|lowest|best)|\b(?:kept|chose|selected|retained|picked|used) the (?:[\w-]+ ){0,2}(?:configuration|setting|settings|variant|model|checkpoint|epoch|architecture|hyper-?parameters?) (?:with|that (?:gave|had|achieved|yielded)) the (?:highest|lowest|best|largest|smallest) (?:[\w-]+ ){0,3}(?:on|in|over|across) the (?:[\w-]+ )?(?:validation|tuning|development)\b/i, 0.7),
    // "selected the best-performing models based on the validation Dice", "the model with the best validation accuracy
    // was chosen", "k is selected among a range of values on the validation set"
    cue('selection/validation-best', /\b(?:selected|chose|chosen|kept|retained|picked|saved|used) (?:the )?(?:best[- ]performing|best|top[- ]performing|final) (?:[\w-]+ ){0,2}(?:models?|checkpoints?|configurations?|networks?|epochs?|weights|settings)\b[^.;]{0,60}\bvalidation\b|\b(?:model|checkpoint|epoch|configuration|network|weights|setting) with the (?:best|highest|lowest|maximum|minimum|smallest|largest) (?:[\w-]+ ){0,2}validation (?:[\w-]+ )?(?:was|were|is|are) (?:then )?(?:chosen|selected|kept|retained|saved|used|picked)\b|\b(?:is|was|were|are) (?:selected|chosen|tuned|determined|optimi[sz]ed) (?:from|among|over|within) (?:a |the )?(?:range|set|grid|list|values)\b[^.;]{0,60}\b(?:validation|tuning|development) (?:set|data|split|fold)s?\b/i, 0.7),
    // a choice justified by the comparison that led to it: "based on the accuracy and AUC, method B was chosen", "which
    // is why we use k = 2 in the final model", "we therefore used this encoder for all following experiments"
    cue('selection/justified-choice', /\bbased on (?:the |their |its )?(?:[\w/-]+ ){0,4}(?:accuracy|AUC|AUROC|performance|scores?|loss|F1|Dice|error|results)\b[^.;]{0,60}\b(?:was|were|is|are) (?:then )?(?:chosen|selected|retained|kept|adopted)\b|\b(?:which is why|therefore|thus|hence|for this reason)\b,? (?:we )?(?:,? ?(?:therefore|thus|hence),? )?(?:use|used|chose|choose|selected|select|adopted|adopt|kept|keep|retained)\b[^.;]{0,60}\b(?:in|for) (?:the final model|all (?:the )?(?:following|subsequent|remaining|further|other) (?:experiments|analyses))\b/i, 0.7),
    // early stopping picks the final epoch by a monitored score, even when the validation data are not named in the
    // same sentence ("trained for at most 250 epochs with early stopping (patience 5)"); not a trial stopped early
    cue('selection/early-stopping', /\bearly[- ]stopping\b|\b(?:stopped|terminated|halted|ended) (?:the )?training (?:early |automatically )?(?:when|once|if|after)\b[^.;]{0,60}\b(?:no longer|did not|does not|stopped|ceased|failed to) (?:improv|decreas|increas)/i, 0.7, {
      unless: /\b(?:futility|efficacy|interim|trial|harm|safety|monitoring committee|DSMB|recruitment)\b|\bearly[- ]stopping (?:was|is|were) not\b|\b(?:without|no) early[- ]stopping\b/i,
    }),
    // the act, the object and the criterion in one sentence, whatever the phrasing; not the optimiser of training
    cue('selection/facets', cooccur(SELECT_ACT, SELECT_OBJECT, SELECT_CRITERION), 0.6, {
      sections: ['methods', 'results', 'other', 'abstract'],
      negationOk: true,
      unless: /\b(?:adam|sgd|rmsprop|optimi[sz]ers?|momentum)\b|\b(?:participants?|patients?|subjects?|cases) (?:were |was )?(?:selected|chosen)\b|\b(?:not|no|never|without)\b[^.;,]{0,30}\b(?:select|chos|choos|tun|optimi|determin)/i,
    }),
    // "the optimal number of clusters was selected as ...", "the value that gave the best classification performance";
    // not a cut-off of the output (model_output_thresholds), not the best treatment or the best patients
    cue('selection/optimum-facets', cooccur(OPT_OPTIMUM, OPT_SETTING, OPT_ACT), 0.6, {
      sections: ['methods', 'results', 'other'],
      unless: /\b(?:cut-?offs?|thresholds?|operating points?|adam|sgd|optimi[sz]ers?|participants?|patients?|subjects?|treatments?|therap\w+|doses?|dosing|fit|fitting|p-?values?|predictive values?)\b|\b(?:not|no|never|without)\b[^.;,]{0,30}\b(?:select|chos|choos|estimat|determin)/i,
    }),
  ],
};

export default defineConcept({
  id: 'model_selection',
  meta: {
    label: 'Final model selection',
    group: 'Model',
    presupposes: 'model_training',
    definition:
      'Reported when the manuscript says how the final model, checkpoint, epoch, configuration or hyperparameter set was chosen among candidates, usually by a criterion on validation data (lowest validation loss, highest validation AUC), or names its model selection procedure. Selection of participants, or the content of the final model, does not count.',
    traps: [
      'selection of participants',
      'what the final model contains ("the final model included age and sex")',
      '"best response" of a patient',
    ],
  },
  spec,
  examples: {
    reported: [
      { text: 'The checkpoint with the lowest validation loss was selected as the final model.' },
      { text: 'Model selection was based on the area under the curve in the validation folds.' },
      { text: 'The best-performing configuration on the tuning set was retained for testing.' },
      { text: 'We retained the model weights from the epoch with the highest validation Dice score.' },
      { text: 'Learning rate and dropout were tuned by a random search over the validation folds.' },
      { text: 'A grid search was run to choose the regularisation strength of the classifier.' },
      { text: 'Training stopped early once the loss on the validation set had not improved for ten epochs.' },
      { text: 'After each epoch we kept the network with the lowest validation error, and this network was evaluated on the test set.' },
      { text: 'The held-out validation split was used to tune the number of layers and the weight decay.' },
      { text: 'Based on the AUC of each variant, the two-stage variant was selected for the remaining analyses.' },
      { text: 'Each network was trained for at most 300 epochs with early stopping after 8 epochs without improvement.' },
      { text: 'We stopped training once the monitored F1 score no longer improved for five epochs.' },
      { text: 'For the gradient-boosting classifier, tree depth and learning rate were picked by five-fold cross-validation within the training data.' },
      { text: 'Among the candidate architectures, the one giving the highest AUROC on the held-out validation patients was kept.' },
      { text: 'For the mixture model, the optimal number of components was selected as the point where the information criterion stopped decreasing.', heading: 'Methods' },
      { text: 'For each forest we used the leaf-size value that gave the best out-of-bag accuracy.', heading: 'Methods' },
    ],
    missing: [
      { text: 'Participants were selected from the outpatient clinic.' },
      { text: 'The final model included age, sex and tumour size.', note: 'content of the model, not how it was chosen' },
      { text: 'The best response was recorded for each patient.' },
      { text: 'A grid of 64 points was placed over each image to sample patches.', note: 'a grid that is not a search' },
      { text: 'Future work could tune the hyperparameters with a Bayesian search.', heading: 'Discussion', note: 'a wish, not what was done' },
      { text: 'The interim analysis allowed early stopping of the trial for futility.', note: 'a trial stopped early' },
      { text: 'Early stopping was not used; all networks ran for 100 epochs.', note: 'negated' },
      { text: 'Weights were optimised with Adam at a learning rate of 0.001, and the validation loss was logged every epoch.', note: 'the optimiser of training, not a choice among candidates' },
      { text: 'Patients were selected for the validation cohort if their images had the best quality.', note: 'selection of participants' },
      { text: 'The optimal cut-off value of the score was determined from the ROC curve.', heading: 'Methods', note: 'a threshold of the output, not a choice among models' },
      { text: 'The best dose for each animal was chosen from three tested values.', heading: 'Methods', note: 'a dose, not a setting of the model' },
    ],
  },
});
