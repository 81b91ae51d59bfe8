/**
 * training_details: how the model was trained or fitted: optimiser, hyperparameters, loss, regularisation, tuning.
 */
import { defineConcept, type SpecBody } from '../core/define.js';
import { cue, FAMILY_DAMP, OWN_EARLIER } from '../shared/modelling.js';

// people trained for the study (nurses, assessors) are not a fitted model
const STAFF = /\b(?:nurses?|staff|personnel|assessors?|interviewers?|research assistants?|midwives|teachers?|health(?:care)? workers?|volunteers|coaches|facilitators|therapists|counsell?ors|pharmacists|radiographers|raters|investigators)\b/i;
// imputation, interim analyses and survey sampling use the same words as model fitting
const TRIAL_STATS = /\bimput\w*|\bmissing (?:data|values)|\binterim analys|\bfutility\b|\bstopping (?:rules?|boundar\w*)|\bhouseholds?\b|\bsurvey\b/i;
const spec: SpecBody = {
  // Methods and Results cite the tools and data they use
  citationsInMethodsOk: true,
  // a significance filter builds a score only where a model or test is evaluated
  evaluationRules: ['training/feature-filter'],
  // a model fitted in the authors' earlier study is described, not trained, here
  damp: [...FAMILY_DAMP, { re: OWN_EARLIER, factor: 0.5 }],
  rules: [
    cue('training/optimiser', /\b(?:Adam(?:W)?|SGD|RMSprop|Adagrad|Adadelta|L-?BFGS|Levenberg[- ]Marquardt|Gauss[- ]Newton|stochastic gradient descent|gradient descent|back[- ]?propagation|optimi[sz]ers?)\b/, 0.85),
    cue('training/hyper', /\b(?:learning[- ]rates?|\d+ (?:training )?epochs|epochs? (?:of|for) training|number of (?:training )?epochs|batch[- ]sizes?|mini-?batch(?:es)?|weight decay|momentum of|early stopping|loss functions?|cross-?entropy loss|dice loss|focal loss|(?:binary )?cross-?entropy|hyper-?parameters?|grid search|random(?:ized)? search|Bayesian optimi[sz]ation|L[12][- ](?:regulari[sz]ation|penalty|norm)|regulari[sz]ation|ridge (?:regression|penalt\w*)|LASSO|least absolute shrinkage|elastic[- ]net|penali[sz]ed|penalty (?:parameter|term)|shrinkage parameter|number of (?:trees|estimators|iterations|neurons|hidden (?:units|nodes|layers)|boosting rounds|components|neighbou?rs)|mtry|n_estimators|max_depth|(?<!(?:deep|machine|reinforcement|supervised|federated|transfer|ensemble|active|representation|contrastive|statistical)[- ])learning algorithm|maximum likelihood|(?:REML|restricted maximum likelihood)|priors\b|prior distributions?|MCMC|Markov chain Monte Carlo|posterior (?:medians?|means?|distributions?)|objective functions?|least[- ]squares|minimi[sz]\w* (?:the )?(?:\w+ )?(?:loss|objective|error|cost))\b|\b(?:parameters|coefficients|weights|means?|covariances?) (?:were|was) (?:estimated|fitted|learned|learnt|optimi[sz]ed) (?:using|by|with|from|via) (?:the )?(?:sample|maximum|training|least|gradient|an? )/i, 0.75, { unless: TRIAL_STATS }),
    // a parameter or cut-off picked on validation data or by a criterion it optimises ("k is selected among a range of
    // values on the validation set", "the value 1.2 was kept since it minimised the log-rank P")
    cue('training/picked', /\b(?:selected|chosen|finali[sz]ed|picked|tuned)\b[^.;]{0,60}\b(?:on|using|in) the (?:held-out )?validation (?:set|data|split|fold|cohort)\b|\b(?:selected|chosen|finali[sz]ed|picked|kept)\b[^.;]{0,20}\b(?:since|because|as) it (?:minimi[sz]ed|maximi[sz]ed|optimi[sz]ed)\b/i, 0.7, { unless: STAFF }),
    cue('training/dropout', /\bdropout (?:layers?|regulari[sz]ation|probability|ratio)\b|\bdropout (?:rate )?(?:of|=) ?0?\.\d/i, 0.75),
    cue('training/selection', /\bstepwise (?:regression|selection|elimination|procedure|approach|method|model\w*|variable|backward|forward|logistic|Cox|multiple|multivariable|multivariate|linear|discriminant|AIC|manner|fashion)\b|\b(?:regression|selection|elimination|model)\b[^.;]{0,30}\bstepwise\b|\b(?:backward|forward) (?:elimination|selection)\b|\b(?:added to|entered|entered into|retained in|removed from|dropped from) the model (?:if|when|at)\b|\b(?:tuned|tuning|optimi[sz]ed|selected|chosen|determined) (?:\w+ ){0,4}(?:using|by|via|with|through|within) (?:an? |the )?(?:inner |nested |internal )?(?:\w+[- ])?(?:fold )?cross[- ]?validation\b|\bcross[- ]?validation (?:was |were )?(?:used |performed )?to (?:select|tune|choose|optimi[sz]e|determine)\b|\boptimal (?:number of|value of|values of|lambda|λ|k)\b|\bgap statistics?\b|\b(?:LOOCV|cross[- ]?validat\w*|leave[- ]one[- ]out)\b[^.;]{0,80}\b(?:best|optimal|optimum)\b|\b(?:best|optimal|optimum) (?:[\w-]+ ){0,3}(?:cut-?off|threshold|value|parameters?|number)\b[^.;]{0,60}\b(?:LOOCV|cross[- ]?validat\w*|leave[- ]one[- ]out)\b|\b(?:Bayesian|Akaike) information criteri(?:on|a)\b[^.;]{0,60}\b(?:selected|chosen|determined|minimi[sz]\w*)|\b(?:selected|chosen|determined) (?:\w+ ){0,6}(?:Bayesian|Akaike) information criteri(?:on|a)\b/i, 0.7),
    cue('training/sampling', /\b(?:under|over)-?sampl\w*|\bSMOTE\b|\bclass[- ]weight\w*|\b(?:data )?augmentation\b|\baugmented (?:images|data|samples|training|copies|versions|patches|scans|slices)\b|\b(?:images|data|samples|patches|scans|slices) (?:were|was) (?:\w+ )?augmented\b|\bfine-?tun\w*|\bpre-?trained\b|\btransfer learning\b/i, 0.65, { unless: TRIAL_STATS }),
    // predictors kept by a significance or effect filter before the score or classifier is built ("probe sets with a
    // Cox P < 0.05 were selected to predict the risk score", "genes were filtered for significance and fold change")
    cue('training/feature-filter', /\b(?:genes|probes?|probe sets|features|variables|markers|miRNAs|predictors|proteins|metabolites|transcripts|peptides)\b[^.;]{0,60}\b(?:were|was) (?:filtered|selected|pre-?selected|retained|screened|chosen)\b[^.;]{0,60}\b(?:significance|p[- ]?values?|P ?[<≤]|FDR|false discovery|fold[- ]changes?)|\b(?:genes|probes?|probe sets|features|variables|markers|miRNAs|predictors|proteins|metabolites|transcripts|peptides) (?:with|having|that had|showing|reaching) (?:an? |the )?[^.;]{0,40}?\b(?:p[- ]?values?\b|P ?[<≤]|FDR\b|significance\b)[^;]{0,40}?\b(?:were|was) (?:selected|retained|chosen|kept|used|included)\b|\b(?:using|with|selecting|retaining|taking|keeping) (?:the )?(?:\w+ ){0,2}(?:genes|probes?|probe sets|features|variables|markers|miRNAs|predictors|proteins|metabolites|transcripts|peptides)\b[^.;]{0,30}\b(?:p[- ]?values?|P) (?:less than|below|under|<|≤)[^;]{0,60}?\b(?:score|model|classifier|predictor|signature)\b/i, 0.7),
    cue('training/trained', /\b(?:models?|networks?|classifiers?|algorithms?|CNNs?|U-?Nets?|it|they) (?:was|were) (?:trained|fitted|fit|optimi[sz]ed|learned)\b|\bwe (?:trained|fitted|fit|optimi[sz]ed)\b|\btrained (?:for|with|using) \d/i, 0.45, { unless: STAFF }),
  ],
};

export default defineConcept({
  id: 'training_details',
  meta: {
    label: 'Training procedure and hyperparameters',
    group: 'Model',
    presupposes: 'model_training',
    definition:
      'Reported when the manuscript says how the model of this study was trained or fitted: the optimiser or fitting algorithm (Adam, SGD, maximum likelihood, MCMC), hyperparameters (learning rate, epochs, batch size, number of trees), the loss or objective, regularisation or penalisation (dropout, ridge, LASSO), early stopping, hyperparameter tuning (grid search, cross-validation, information criteria), stepwise selection, sampling and augmentation, fine-tuning, or (where a model or test is evaluated) a significance filter on the predictors before the score is built. "The model was trained" alone is too weak to count. Training of staff, imputation of missing data, interim analyses and survey sampling do not count.',
    traps: [
      'staff trained for the study (nurses, assessors, interviewers)',
      'imputation of missing data, MCMC for imputation, interim analyses and stopping for futility, survey sampling',
      'a "dropout rate" in a sample size calculation; accelerometer "epochs"',
      '"stepwise" outside model building',
      'generic remarks about a method ("maximum likelihood provides a robust approach")',
      'what the authors did in their own earlier work',
    ],
  },
  spec,
  examples: {
    reported: [
      { text: 'Training used the Adam optimiser with a learning rate of 1e-4 for 200 epochs and a batch size of 8.' },
      { text: 'Hyperparameters were tuned by grid search within the training folds.' },
      { text: 'Predictors entered the model if their P value was below 0.2 in a stepwise procedure.' },
      { text: 'Several P value cut-offs were compared within leave-one-out cross-validation and the best one was kept.' },
      { text: 'The number of latent classes was chosen at the first minimum of the Bayesian information criterion.' },
      { text: 'The risk model was fitted by ridge regression on the untreated subset.' },
      { text: 'The decision threshold was chosen among ten candidate values on the validation set.' },
      { text: 'A cut-off of 2.5 was kept because it maximised the separation of the survival curves.' },
      { text: 'Probes with a univariate Cox P < 0.01 were selected to build the risk score, and the classifier was evaluated by cross-validation with ROC analysis.', note: 'a significance filter where a model is evaluated' },
      { text: 'Taking the transcripts with P values below 0.01, we computed a risk probability score whose AUC was then estimated.' },
      { text: 'Genes were filtered for significance (adjusted P ≤ 0.05) and fold change before training the classifier, whose AUC was reported.' },
    ],
    missing: [
      { text: 'We evaluated a commercially available deep learning algorithm on every radiograph.', note: 'a deep learning algorithm is the model, not how it was trained' },
      { text: 'Nurses were trained for two days before recruitment began.', note: 'staff training' },
      { text: 'Samples were drawn prior to randomisation.' },
      { text: 'We assumed a dropout rate of 20% in the sample size calculation.', note: 'dropout of participants' },
      { text: 'Missing outcomes were imputed with a Markov chain Monte Carlo procedure.', note: 'imputation' },
      { text: 'An interim analysis allowed early stopping for futility.', note: 'trial monitoring' },
      { text: 'Accelerometer counts were summed over 60-second epoch lengths.', note: 'epochs of a recording' },
      { text: 'Augmented sequencing coverage would only pay off above 50% pathogen DNA.' },
      { text: 'The screening assay proceeds stepwise.', note: '"stepwise" outside model building' },
      { text: 'Patients were selected from the same hospitals as the validation cohort.', note: 'selection of patients, not of a parameter' },
      { text: 'Maximum likelihood estimation provides a robust approach to finding optimal cut-offs.', note: 'a generic remark' },
      { text: 'In our earlier published work on the screening test [12], we employ least squares regression to combine the responses.', note: 'the authors\' earlier work' },
    ],
  },
});
