/**
 * Model development: model description, software, training details and the crosswalk concepts of model building
 * (initialisation, model selection, ensembling, class imbalance, predictors, thresholds, prediction calculation).
 */
import { type ConceptSpec, type Hit } from './core/spec.js';
import { cue, FAMILY_DAMP, OWN_EARLIER, pushUnique } from './shared/modelling.js';

// ---------------------------------------------------------------------------------------------------------------
// model description
const ARCH_LIST: Array<[RegExp, string]> = [
  [/\bnn-?U-?Net\b/i, 'nnU-Net'],
  [/\b(?:UNet|U-Net)(?:\+\+)?\b|\bUNet-like\b/i, 'U-Net'],
  [/\b(?:VNet|V-Net)\b/i, 'V-Net'],
  [/\b(?:ResNet|Res-Net)-?\d*\b|\bresidual (?:network|blocks?)\b/i, 'ResNet'],
  [/\bResNeXt\b/i, 'ResNeXt'],
  [/\bVGG-?\d*\b/i, 'VGG'],
  [/\b(?:DenseNet|Dense-Net)-?\d*\b/i, 'DenseNet'],
  [/\bInception(?:-?v\d)?\b/i, 'Inception'],
  [/\bEfficientNet\w*\b/i, 'EfficientNet'],
  [/\bMobileNet\w*\b/i, 'MobileNet'],
  [/\bAlexNet\b|\bGoogLeNet\b|\bXception\b/i, 'CNN'],
  [/\bHRNet\b/i, 'HRNet'],
  [/\bYOLO\w*\b/i, 'YOLO'],
  [/\b(?:Mask |Faster )?R-?CNN\b/, 'R-CNN'],
  [/\bRetinaNet\b|\bDeepLab\w*\b/i, 'CNN'],
  [/\bvision transformers?\b|\bViT\b|\bSwin\b/, 'vision transformer'],
  [/\btransformers?\b(?! (?:oil|station))/i, 'transformer'],
  [/\bLSTM\b|\blong short-term memory\b/i, 'LSTM'],
  [/\bGRU\b|\brecurrent neural networks?\b|\bRNN\b/i, 'RNN'],
  [/\bgenerative adversarial networks?\b|\bGANs?\b|\bgenerator\b[^.]{0,40}\bdiscriminator\b/, 'GAN'],
  [/\b(?:variational )?auto-?encoders?\b/i, 'autoencoder'],
  [/\bmulti-?layer perceptrons?\b|\bMLP\b|\bfeed-?forward (?:neural )?networks?\b/i, 'MLP'],
];
const FAMILY_LIST: Array<[RegExp, string]> = [
  [/\bconvolutional neural networks?\b|\bCNNs?\b|\bconvolutional (?:layers?|blocks?|networks?)\b/i, 'CNN'],
  [/\b(?:artificial |deep |back-?propagation |BP )?neural networks?\b|\bANNs?\b/i, 'neural network'],
  [/\brandom (?:survival )?forests?\b/i, 'random forest'],
  [/\bgradient[- ]boost\w*\b|\bXGBoost\b|\bLightGBM\b|\bCatBoost\b|\bAdaBoost\b|\bboosted (?:decision )?trees\b/i, 'gradient boosting'],
  [/\bsupport vector (?:machines?|classifiers?|regression)\b|\bSVMs?\b/i, 'support vector machine'],
  [/\blogistic regression\b/i, 'logistic regression'],
  [/\blinear regression\b|\bleast[- ]squares regression\b/i, 'linear regression'],
  [/\bPoisson regression\b|\bnegative binomial regression\b/i, 'Poisson regression'],
  [/\bCox(?:'s)? (?:proportional[- ]hazards? )?(?:regression|models?)\b|\bproportional[- ]hazards? (?:regression|models?)\b/i, 'Cox regression'],
  [/\bLASSO\b|\bleast absolute shrinkage\b|\bridge (?:logistic )?regression\b|\belastic[- ]net\b/i, 'penalised regression'],
  [/\bnaive Bayes\b/i, 'naive Bayes'],
  [/\bk-?nearest neighbou?rs?\b|\bkNN\b/i, 'k-nearest neighbours'],
  [/\bdecision trees?\b|\bCART\b|\bclassification and regression trees?\b/, 'decision tree'],
  [/\bk-?means\b|\b(?:spectral|hierarchical|agglomerative) clustering\b|\bSpectralClustering\b|\bGaussian mixture models?\b/i, 'clustering'],
  [/\blinear discriminant analysis\b|\bPLS-DA\b|\bpartial least squares\b/i, 'discriminant analysis'],
  [/\b(?:linear |generali[sz]ed linear )?mixed[- ]effects? (?:models?|regression)\b|\bgenerali[sz]ed (?:linear|additive) models?\b|\bGLMMs?\b|\bGAMs?\b/, 'mixed/generalised linear model'],
  [/\bBayesian (?:networks?|hierarchical models?|models?|regression)\b/i, 'Bayesian model'],
  [/\bhidden Markov models?\b|\bHMMs?\b/, 'hidden Markov model'],
  [/\bprediction analysis of microarrays\b|\bnearest[- ](?:shrunken[- ])?centroids?\b/i, 'nearest shrunken centroids'],
  [/\bmultivariate normal\b|\bGaussian process\w*\b/i, 'probabilistic model'],
];
const ARCH_ANY = new RegExp(ARCH_LIST.map(([r]) => r.source).join('|'), 'i');
const FAMILY_ANY = new RegExp(FAMILY_LIST.map(([r]) => r.source).join('|'), 'i');

function modelValue(hits: Hit[]): { details: Record<string, unknown> } {
  const families: string[] = [];
  const architectures: string[] = [];
  for (const h of hits) {
    const t = h.sentence.text;
    for (const [re, name] of ARCH_LIST) if (re.test(t)) pushUnique(architectures, name);
    for (const [re, name] of FAMILY_LIST) if (re.test(t)) pushUnique(families, name);
  }
  if (architectures.length && !families.some((f) => f === 'CNN' || f === 'neural network')) {
    if (architectures.some((a) => a !== 'transformer' && a !== 'vision transformer' && a !== 'LSTM' && a !== 'RNN' && a !== 'MLP')) pushUnique(families, 'CNN');
    else pushUnique(families, 'neural network');
  }
  return { details: { families, architectures } };
}

const model_description: ConceptSpec = {
  concept: 'model_description',
  damp: FAMILY_DAMP,
  maxEvidence: 5,
  rules: [
    cue('model/architecture', ARCH_ANY, 0.8, { unless: /\btransformers? (?:oil|station)|power transformer/i }),
    cue('model/layers', /\b(?:hidden (?:layers?|nodes?|units?|neurons?)|(?:convolutional|fully[- ]connected|dense|pooling|dropout|batch[- ]normali[sz]ation|attention|residual|output|input) (?:layers?|blocks?)|skip connections?|encoder[- ]decoder|(?:encoder|decoder) (?:path|branch|network)|(?:down|up)-?sampling (?:blocks?|layers?|path)|backbone|activation functions?|softmax|ReLU|sigmoid (?:transfer|activation) function|transfer function|kernel size|feature maps?|channels? (?:on|in) the)\b/i, 0.75),
    cue('model/family', FAMILY_ANY, 0.7, { unless: /\bmouse model|animal model|rat model/i }),
    cue('model/ours', /\b(?:our|the proposed|the final|the developed|this) (?:\w+[- ]){0,2}(?:model|network|algorithm|classifier|method|architecture|system|pipeline|approach|index|score|framework)\b[^.;]{0,60}\b(?:consists?|compris\w*|compos\w*|is based on|was based on|built|takes|receives|outputs?|contains?)\b|\b(?:pipeline|workflow|algorithm|model|network|architecture) (?:consists|consisted|comprises|comprised|is composed|was composed) of\b/i, 0.7),
    cue('model/index-test', /\bindex tests?\b|\b(?:ELISA|ELISPOT|assays?|kits?|immunoassays?) (?:was|were) (?:performed|carried out|run) (?:using|with|according|as)|\b(?:in-house|commercial) (?:ELISA|ELISPOT|assays?)\b/i, 0.6, { unless: /\b(?:t|chi|McNemar|Wilcoxon|Mann|Fisher|Kruskal|log-rank|statistical)\b/i }),
    // the decision rule of a test ("a case was evaluated as positive when more than half of the cells stained") and
    // the design of an assay built as the test ("we developed a sandwich ELISA", capture and detection reagents)
    cue('model/test-design', /\b(?:evaluated|considered|scored|defined|regarded|judged|classified|rated|called) (?:a |the |each )?(?:case|sample|specimen|patient|test|result|tumou?r|slide)s? (?:was |were )?as (?:positive|negative)\b[^.;]{0,20}\b(?:when|if)\b|\b(?:case|sample|specimen|test|result|tumou?r|staining)s? (?:was|were) (?:considered|defined|scored|regarded|judged|classified|rated|called) (?:as )?(?:positive|negative) (?:when|if)\b|\b(?:we|to) (?:\w+ ){0,2}?(?:develop|establish|construct)(?:ed|ing)? (?:an? |the )?(?:new |novel |sandwich |in-house |routine |clinical |diagnostic )*(?:[\w-]+ ){0,2}?(?:ELISA|immunoassay|assay|test)s?\b(?! (?:room|tubes?|plates?|kits?|buffer))|\bcapture (?:antibod(?:y|ies)|Abs?|probes?|agents?)\b|\bdetection (?:antibod(?:y|ies)|Abs?|probes?)\b/i, 0.6, { notSections: ['declarations'], unless: /\b(?:t|chi|McNemar|Wilcoxon|Mann|Fisher|Kruskal|log-rank|statistical)[- ]tests?\b/i }),
    cue('model/rule', /\b(?:alarm|alert|flag|classifier|index|score|rule) (?:for (?:each|every|a|the) \w+ )?(?:is |was |will be )?(?:triggered|raised|alarmed|computed|calculated|defined) (?:when|if|as)\b|\bdeveloped an? [^.;]{0,40}\b(?:risk index|risk score|score|index|nomogram|classifier|model)\b/i, 0.6),
  ],
  value: (hits) => modelValue(hits),
};

// ---------------------------------------------------------------------------------------------------------------
// software
const SOFTWARE_NAMES_CI =
  'Python|PyTorch|TensorFlow|Keras|scikit-learn|sklearn|scikit-image|XGBoost|LightGBM|CatBoost|MONAI|nnU-?Net|NumPy|SciPy|pandas|statsmodels|lifelines|OpenCV|SimpleITK|NiBabel|Nipype|NiftyNet|ANTsR|ANTsPy|ANTsRNet|FreeSurfer|AFNI|3D ?Slicer|ITK-?SNAP|ImageJ|MATLAB|SPSS|Stata|GraphPad|Minitab|MedCalc|Weka|RapidMiner|QIIME\\d?|Bioconductor|limma|DESeq2|edgeR|caret|glmnet|lme4|rstan|brms|JAGS|WinBUGS|OpenBUGS|Mplus|Epi ?Info|RevMan|Review Manager|PyRadiomics|CUDA|Docker|Snakemake|hyperopt|Optuna|TensorBoard|Jupyter|RStudio|SAS Institute|randomForest|pROC|survival package|rms package|Matplotlib|seaborn|PyMC\\d?|Theano|Caffe|MXNet|Horovod|Nextflow|Cytoscape|Ingenuity Pathway|GSEA|Bowtie|STAR aligner|HISAT2|Trimmomatic|FastQC|MaxQuant|ChemStation|FlowJo|CellProfiler|QuPath|ilastik|elastix|NiftyReg|FSL|SPM\\d{0,2}|Excel|LabVIEW|EEGLAB|FieldTrip|MNE-Python|BrainVoyager|OsiriX|Horos|Imaris|NIS-Elements|MetaMorph|Prism';
const SOFTWARE_NAMES_CS = 'ANTs|SAS|JMP|Stan|R';
const SW_CI = new RegExp(`\\b(?:${SOFTWARE_NAMES_CI})\\b(?![-.]?\\w)`, 'i');
// case-sensitive names: "R" needs a software context ("R version 4.0", "in R", "R package", "R (v3.5.1")
const SW_CS = /\b(?:ANTs|SAS|JMP|Stan|Mimics)\b|\bR (?:version|software|package|statistical|environment|language|Foundation|Core|Studio|project|programming)|\bR \(|\bR\(|\bR v\.? ?\d|\bR \d\.\d|\b(?:in R|using R|with R|via R)\b(?![-–\d²'’/])/;
const SW_GENERIC =
  /\b(?:software|package|toolbox|toolkit|library|program|programme|suite)\b[^.;]{0,40}\b(?:version|v\.? ?\d|ver\.? ?\d)|\b(?:statistical|analysis|commercial|open-source|in-house|custom|proprietary) (?:software|package|program|programme|toolbox|tool)s?\b|\b(?:software|programs?) (?:developed|written) (?:in-house|by)|\bstatistical analys[ie]s (?:were|was) (?:performed|conducted|carried out|done) (?:using|with|in)\b(?! (?:an? |the )?(?:[\w'’-]+ ){0,2}(?:tests?|correlations?|regressions?|models?|analys[ie]s|ANOVA)\b)/i;
// a capitalised name followed by "software" / "program" ("Eigensoft software", "the Quantity One software (Bio-Rad)")
const SW_NAMED = /\b(?!(?:The|This|Our|These|All|Custom|Commercial|Statistical|Analysis|Open|Free|Proprietary|In|Using|With)\b)[A-Z][\w+-]*(?: [A-Z][\w+-]*)? (?:(?:version|ver\.?|v\.?) ?\d+(?:\.\d+)*[a-z]? )?(?:software|program|programme|toolbox)\b|\b[A-Z][\w-]* SDK\b|\bBLAST(?:[NPX]|\+)?\b(?! (?:crisis|cells?|phase|transformation))/;
const SW_IMPL = /\b[Ii]mplemented (?:in|using|with|on|by) (?:the )?(?:[A-Z]|scikit|sklearn|numpy|pandas)/;

const SW_VERSION = /^\s?\(?\s?(?:version|v\.?|ver\.?|release)?\s?(\d+(?:\.\d+){0,3}[a-z]?)\b/i;
const SW_NAME_CI_G = new RegExp(`\\b(?:${SOFTWARE_NAMES_CI})\\b(?![-.]?\\w)`, 'gi');
const SW_NAME_CS_G = /\b(?:ANTs|SAS|JMP|Stan|Mimics)\b|\bR\b(?= ?(?:\(|version|v\s?\d|\d\.\d|software|package|statistical|environment|language|Foundation|Core|Studio|project|programming))|(?<=\b(?:in|using|with|via) )R\b(?![-–\d²'’/])/g;

function softwareValue(hits: Hit[]): { details: Record<string, unknown> } {
  const names: string[] = [];
  for (const h of hits) {
    const t = h.sentence.text;
    for (const re of [SW_NAME_CI_G, SW_NAME_CS_G]) {
      re.lastIndex = 0;
      for (let m = re.exec(t); m; m = re.exec(t)) {
        const v = SW_VERSION.exec(t.slice(m.index + m[0].length, m.index + m[0].length + 20));
        pushUnique(names, v ? `${m[0]} ${v[1]}` : m[0]);
      }
    }
  }
  // a versioned entry makes the bare one redundant
  const out = names.filter((n) => !names.some((o) => o !== n && o.toLowerCase().startsWith(n.toLowerCase() + ' ')));
  return { details: { names: out } };
}

const software: ConceptSpec = {
  concept: 'software',
  maxEvidence: 5,
  damp: [FAMILY_DAMP[1]!],
  rules: [
    cue('software/name', SW_CI, 0.8, { unless: /\bExcel(?:lent|led)|\bPrism(?:s|atic)\b/i }),
    cue('software/name-cs', SW_CS, 0.8),
    cue('software/generic', SW_GENERIC, 0.7),
    cue('software/implemented', SW_IMPL, 0.65),
    cue('software/named', SW_NAMED, 0.65),
  ],
  value: (hits) => softwareValue(hits),
};

// ---------------------------------------------------------------------------------------------------------------
// training details
const STAFF = /\b(?:nurses?|staff|personnel|assessors?|interviewers?|research assistants?|midwives|teachers?|health(?:care)? workers?|volunteers|coaches|facilitators|therapists|counsell?ors|pharmacists|radiographers|raters|investigators)\b/i;
// imputation, interim analyses and survey sampling use the same words as model fitting
const TRIAL_STATS = /\bimput\w*|\bmissing (?:data|values)|\binterim analys|\bfutility\b|\bstopping (?:rules?|boundar\w*)|\bhouseholds?\b|\bsurvey\b/i;
const training_details: ConceptSpec = {
  concept: 'training_details',
  // a model fitted in the authors' earlier study is described, not trained, here
  damp: [...FAMILY_DAMP, { re: OWN_EARLIER, factor: 0.5 }],
  rules: [
    cue('training/optimiser', /\b(?:Adam(?:W)?|SGD|RMSprop|Adagrad|Adadelta|L-?BFGS|Levenberg[- ]Marquardt|Gauss[- ]Newton|stochastic gradient descent|gradient descent|back[- ]?propagation|optimi[sz]ers?)\b/, 0.85),
    cue('training/hyper', /\b(?:learning[- ]rates?|\d+ (?:training )?epochs|epochs? (?:of|for) training|number of (?:training )?epochs|batch[- ]sizes?|mini-?batch(?:es)?|weight decay|momentum of|early stopping|loss functions?|cross-?entropy loss|dice loss|focal loss|(?:binary )?cross-?entropy|hyper-?parameters?|grid search|random(?:ized)? search|Bayesian optimi[sz]ation|L[12][- ](?:regulari[sz]ation|penalty|norm)|regulari[sz]ation|ridge (?:regression|penalt\w*)|LASSO|least absolute shrinkage|elastic[- ]net|penali[sz]ed|penalty (?:parameter|term)|shrinkage parameter|number of (?:trees|estimators|iterations|neurons|hidden (?:units|nodes|layers)|boosting rounds|components|neighbou?rs)|mtry|n_estimators|max_depth|learning algorithm|maximum likelihood|(?:REML|restricted maximum likelihood)|priors\b|prior distributions?|MCMC|Markov chain Monte Carlo|posterior (?:medians?|means?|distributions?)|objective functions?|least[- ]squares|minimi[sz]\w* (?:the )?(?:\w+ )?(?:loss|objective|error|cost))\b|\b(?:parameters|coefficients|weights|means?|covariances?) (?:were|was) (?:estimated|fitted|learned|learnt|optimi[sz]ed) (?:using|by|with|from|via) (?:the )?(?:sample|maximum|training|least|gradient|an? )/i, 0.75, { unless: TRIAL_STATS }),
    cue('training/dropout', /\bdropout (?:layers?|regulari[sz]ation|probability|ratio)\b|\bdropout (?:rate )?(?:of|=) ?0?\.\d/i, 0.75),
    cue('training/selection', /\bstepwise (?:regression|selection|elimination|procedure|approach|method|model\w*|variable|backward|forward|logistic|Cox|multiple|multivariable|multivariate|linear|discriminant|AIC|manner|fashion)\b|\b(?:regression|selection|elimination|model)\b[^.;]{0,30}\bstepwise\b|\b(?:backward|forward) (?:elimination|selection)\b|\b(?:added to|entered|entered into|retained in|removed from|dropped from) the model (?:if|when|at)\b|\b(?:tuned|tuning|optimi[sz]ed|selected|chosen|determined) (?:\w+ ){0,4}(?:using|by|via|with|through|within) (?:an? |the )?(?:inner |nested |internal )?(?:\w+[- ])?(?:fold )?cross[- ]?validation\b|\bcross[- ]?validation (?:was |were )?(?:used |performed )?to (?:select|tune|choose|optimi[sz]e|determine)\b|\boptimal (?:number of|value of|values of|lambda|λ|k)\b|\bgap statistics?\b|\b(?:LOOCV|cross[- ]?validat\w*|leave[- ]one[- ]out)\b[^.;]{0,80}\b(?:best|optimal|optimum)\b|\b(?:best|optimal|optimum) (?:[\w-]+ ){0,3}(?:cut-?off|threshold|value|parameters?|number)\b[^.;]{0,60}\b(?:LOOCV|cross[- ]?validat\w*|leave[- ]one[- ]out)\b|\b(?:Bayesian|Akaike) information criteri(?:on|a)\b[^.;]{0,60}\b(?:selected|chosen|determined|minimi[sz]\w*)|\b(?:selected|chosen|determined) (?:\w+ ){0,6}(?:Bayesian|Akaike) information criteri(?:on|a)\b/i, 0.7),
    cue('training/sampling', /\b(?:under|over)-?sampl\w*|\bSMOTE\b|\bclass[- ]weight\w*|\b(?:data )?augmentation\b|\baugmented (?:images|data|samples|training|copies|versions|patches|scans|slices)\b|\b(?:images|data|samples|patches|scans|slices) (?:were|was) (?:\w+ )?augmented\b|\bfine-?tun\w*|\bpre-?trained\b|\btransfer learning\b/i, 0.65, { unless: TRIAL_STATS }),
    // predictors kept by a significance or effect filter before the score or classifier is built ("probe sets with a
    // Cox P < 0.05 were selected to predict the risk score", "genes were filtered for significance and fold change")
    cue('training/feature-filter', /\b(?:genes|probes?|probe sets|features|variables|markers|miRNAs|predictors|proteins|metabolites|transcripts|peptides)\b[^.;]{0,60}\b(?:were|was) (?:filtered|selected|pre-?selected|retained|screened|chosen)\b[^.;]{0,60}\b(?:significance|p[- ]?values?|P ?[<≤]|FDR|false discovery|fold[- ]changes?)|\b(?:genes|probes?|probe sets|features|variables|markers|miRNAs|predictors|proteins|metabolites|transcripts|peptides) (?:with|having|that had|showing|reaching) (?:an? |the )?[^.;]{0,40}?\b(?:p[- ]?values?\b|P ?[<≤]|FDR\b|significance\b)[^;]{0,40}?\b(?:were|was) (?:selected|retained|chosen|kept|used|included)\b|\b(?:using|with|selecting|retaining|taking|keeping) (?:the )?(?:\w+ ){0,2}(?:genes|probes?|probe sets|features|variables|markers|miRNAs|predictors|proteins|metabolites|transcripts|peptides)\b[^.;]{0,30}\b(?:p[- ]?values?|P) (?:less than|below|under|<|≤)[^;]{0,60}?\b(?:score|model|classifier|predictor|signature)\b/i, 0.7),
    cue('training/trained', /\b(?:models?|networks?|classifiers?|algorithms?|CNNs?|U-?Nets?|it|they) (?:was|were) (?:trained|fitted|fit|optimi[sz]ed|learned)\b|\bwe (?:trained|fitted|fit|optimi[sz]ed)\b|\btrained (?:for|with|using) \d/i, 0.45, { unless: STAFF }),
  ],
};

// ---------------------------------------------------------------------------------------------------------------
// simpler crosswalk concepts about model development
const initialization: ConceptSpec = {
  concept: 'initialization',
  damp: FAMILY_DAMP,
  rules: [
    cue('init/pretrained', /\bpre-?trained (?:on|weights|models?|networks?|with)\b|\btransfer learning\b|\bfine-?tun(?:ed|ing)\b|\bImageNet\b|\b(?:randomly|random) initiali[sz]\w*|\binitiali[sz](?:ed|ation) (?:with|from|using|by|randomly)\b|\b(?:He|Xavier|Glorot|Kaiming) (?:normal |uniform )?initiali[sz]\w*|\bweights (?:were |was )?(?:initiali[sz]ed|loaded|transferred|frozen)\b|\btrained from scratch\b/i, 0.75),
  ],
};

const model_selection: ConceptSpec = {
  concept: 'model_selection',
  damp: FAMILY_DAMP,
  rules: [
    cue('selection/best', /\b(?:best|final|optimal|best-performing) (?:\w+ ){0,2}(?:model|checkpoint|epoch|configuration|network|classifier|architecture|hyper-?parameters?)\b[^.;]{0,60}\b(?:was|were) (?:selected|chosen|retained|determined|identified|used)\b|\b(?:selected|chose|chosen|retained) (?:the )?(?:\w+ ){0,3}(?:model|checkpoint|epoch|weights)\b[^.;]{0,50}\b(?:highest|lowest|best|minimum|maximum|validation)|\bmodel selection\b|\bcheckpoint with the (?:highest|lowest|best)/i, 0.7),
  ],
};

const ensembling: ConceptSpec = {
  concept: 'ensembling',
  damp: FAMILY_DAMP,
  rules: [
    cue('ensemble/explicit', /\bensemble[sd]?\b|\bensembling\b|\b(?:averag\w*|combin\w*|majority[- ]vot\w*) (?:of )?(?:the )?(?:predictions|outputs|probabilities|scores) (?:of|from|across) (?:the )?(?:\w+ )?(?:models|networks|classifiers|folds)\b|\bstack(?:ed|ing) (?:generali[sz]ation|models?|ensembles?|classifiers?)\b|\bbagging\b/i, 0.7),
  ],
};

const class_imbalance: ConceptSpec = {
  concept: 'class_imbalance',
  damp: FAMILY_DAMP,
  rules: [
    cue('imbalance/explicit', /\b(?:class|label|data|outcome) imbalance\b|\bimbalanced (?:data|classes|datasets?|outcomes?)\b|\b(?:under|over)-?sampl\w*|\bSMOTE\b|\bclass[- ]weight\w*|\bweighted (?:loss|cross-?entropy|sampling)\b|\bfocal loss\b|\bbalanced (?:accuracy|batch\w*|sampling|classes|class weights)\b|\bto (?:ensure|achieve|address|handle|account for|correct for|mitigate) (?:the )?(?:class )?(?:balance|imbalance)\b|\bclass balance\b/i, 0.7),
  ],
};

const predictor_selection: ConceptSpec = {
  concept: 'predictor_selection',
  damp: FAMILY_DAMP,
  rules: [
    cue('predictors/selection', /\b(?:candidate )?(?:predictors?|variables?|features?|covariates?|genes?|markers?) (?:were|was) (?:selected|chosen|identified|retained|pre-?specified|screened)\b|\b(?:feature|variable|predictor|gene) selection\b|\bselected (?:\w+ ){0,3}(?:predictors|variables|features|covariates)\b|\bLASSO\b|\bleast absolute shrinkage\b|\bstepwise\b|\b(?:backward|forward) (?:elimination|selection)\b|\bunivariate (?:screening|filter\w*|pre-?selection)\b|\bcandidate predictors?\b/i, 0.65),
  ],
};

const predictor_handling: ConceptSpec = {
  concept: 'predictor_handling',
  damp: FAMILY_DAMP,
  rules: [
    cue('predictors/handling', /\bcontinuous (?:variables?|predictors?|features?|covariates?) (?:were|was) (?:kept|treated|modell?ed|categori[sz]ed|dichotomi[sz]ed|transformed|standardi[sz]ed|scaled|normali[sz]ed|entered|analy[sz]ed)\b|\bdichotomi[sz]ed\b|\bcategori[sz]ed (?:into|as|using|according)\b|\b(?:restricted )?cubic splines?\b|\bfractional polynomials?\b|\blog[- ]?transform\w*|\bone-?hot\b|\bdummy (?:variables?|coding)\b|\b(?:standardi[sz]ed|normali[sz]ed|scaled|rescaled) (?:to (?:zero mean|unit variance|lie between|a range|the range|\[?0)|by subtracting)|\bz-?scores?\b|\bmin-?max (?:scal|normali[sz])\w*/i, 0.65),
  ],
};

const model_output_thresholds: ConceptSpec = {
  concept: 'model_output_thresholds',
  damp: FAMILY_DAMP,
  rules: [
    cue('thresholds/cutoff', /\b(?:cut-?offs?|thresholds?|cut-?points?|operating points?)\b[^.;]{0,60}\b(?:was|were|of|at|set|chosen|selected|determined|defined|based on|using|Youden|maximi[sz]\w*)\b|\bYouden\b|\brisk (?:groups|categories|strata|tertiles|quartiles)\b|\b(?:high|low|intermediate)[- ]risk (?:groups?|categor\w*)\b|\bprobability (?:threshold|cut-?off)\b|\boutput (?:was|is) (?:a|the) (?:probability|score|likelihood)\b|\bsoftmax\b/i, 0.6, { unless: /\bp[- ]?values?\b|\bsignifican\w*/i }),
  ],
};

const prediction_calculation: ConceptSpec = {
  concept: 'prediction_calculation',
  damp: FAMILY_DAMP,
  rules: [
    cue('predictions/calc', /\b(?:predicted (?:probabilit\w+|risks?|values?|scores?|labels?)|predictions|risk scores?|risk ind(?:ex|ices)) (?:were|was) (?:calculated|computed|obtained|derived|generated|estimated|made|averaged)\b|\b(?:calculated|computed) (?:using|with|from|by) the (?:\w+ )?(?:formula|equation|regression coefficients)\b|\bout-of-fold predictions\b|\bapplied (?:the )?(?:\w+ )?(?:model|equation|formula|coefficients|algorithm) to (?:the )?(?:test|validation|external|held|new|each)\b/i, 0.6),
  ],
};

export const devAllSpecs: ConceptSpec[] = [
  model_description,
  software,
  training_details,
  initialization,
  model_selection,
  ensembling,
  class_imbalance,
  predictor_selection,
  predictor_handling,
  model_output_thresholds,
  prediction_calculation,
];
/** a laboratory assay "performed as described" is an index test only where a test is evaluated */
const EVALUATION_RULES: Record<string, string[]> = {
  model_description: ['model/index-test', 'model/test-design'],
  training_details: ['training/feature-filter'],
};
export const devConceptSpecs: ConceptSpec[] = devAllSpecs.map((s) => ({ ...s, citationsInMethodsOk: true, ...(EVALUATION_RULES[s.concept]?.length ? { evaluationRules: EVALUATION_RULES[s.concept]! } : {}) }));

export const devSpecs = { model_description, software, training_details };
export { STAFF };
