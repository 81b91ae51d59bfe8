/**
 * model_description: the model, algorithm or index test in enough detail to identify it.
 */
import { defineConcept, type SpecBody } from '../core/define.js';
import type { Hit } from '../core/spec.js';
import { cue, FAMILY_DAMP, pushUnique } from '../shared/modelling.js';

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
  [/\bgraph (?:convolutional|neural) networks?\b|\bGNNs?\b|\bGCNs?\b/, 'graph neural network'],
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
  [/\bLASSO\b|\bleast absolute shrinkage\b|\bridge (?:logistic )?regression\b|\bridge classifiers?\b|\belastic[- ]net\b/i, 'penalised regression'],
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
    if (architectures.some((a) => a !== 'transformer' && a !== 'vision transformer' && a !== 'LSTM' && a !== 'RNN' && a !== 'MLP' && a !== 'graph neural network')) pushUnique(families, 'CNN');
    else pushUnique(families, 'neural network');
  }
  return { details: { families, architectures } };
}

const spec: SpecBody = {
  // Methods and Results cite the tools and data they use
  citationsInMethodsOk: true,
  // these rules count only where a model or test is evaluated (a laboratory assay "performed as described" is
  // an index test only there)
  evaluationRules: ['model/index-test', 'model/test-design'],
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

export default defineConcept({
  id: 'model_description',
  meta: {
    label: 'Model / index test description',
    group: 'Model',
    definition:
      'Reported when the manuscript describes the model, algorithm or index test of this study well enough to identify it: a named architecture (U-Net, ResNet, transformer, ...) or model family (random forest, logistic or Cox regression, SVM, ...), its layers and building blocks, what the proposed pipeline consists of, or the rule by which a score, index or alarm is computed. Where a test is evaluated, the assay that is the index test and its positivity rule count as well. Models named only as other people\'s work, lists of what a tool offers, animal models and laboratory reagents do not count.',
    traps: [
      'other work in the Introduction ("previous studies used CNNs")',
      'capability lists of a software package ("available architectures include ...")',
      'mouse, rat and animal models; transformer oil and power transformers',
      'statistical tests (t, chi-squared, Wilcoxon ...)',
      'laboratory assays and positivity rules in papers that evaluate no test',
      'blots "developed" with reagents',
    ],
  },
  spec,
  examples: {
    reported: [
      { text: 'We trained a 3D U-Net with four resolution levels and residual blocks.' },
      { text: 'A random forest with 500 trees was fitted to the radiomic features.' },
      { text: 'Incidence was modelled with multivariable Cox proportional hazards regression.' },
      { text: 'The biomarker score for each sample was calculated as the mean expression of its probes.' },
      { text: 'Samples were then assigned by nearest-centroid classification.' },
      { text: 'Each patient is a node of a similarity graph, and a two-layer graph convolutional network labels the unlabelled nodes.' },
      { text: 'As a baseline without the graph, a ridge classifier was fitted to the flattened connectivity matrices.' },
      { text: 'The interferon-gamma assay was performed according to the kit instructions. Sensitivity and specificity of the assay were computed against culture.', note: 'an assay is an index test where a test is evaluated' },
      { text: 'A specimen was scored as positive when more than 30% of tumour cells stained. Sensitivity and specificity of this rule were computed against relapse.' },
      { text: 'We then developed a sandwich ELISA for the marker in bile; its ROC curve was compared with that of CA19-9.' },
    ],
    missing: [
      { text: 'Previous studies have used convolutional neural networks for this task [3].', heading: 'Introduction', note: 'other work' },
      { text: 'Graph neural networks have been applied to cohort graphs before [8, 9].', heading: 'Introduction', note: 'other work' },
      { text: 'Available architectures include a 2D U-Net, a 3D U-Net and a ResNet.', note: 'capability text' },
      { text: 'A reporter assay was performed as previously described [26].', note: 'a laboratory assay in a paper that evaluates no test' },
      { text: 'After washing, the blot was developed with chemiluminescent reagents.', note: 'laboratory reagents' },
      { text: 'A tumour was considered positive when more than 10% of its cells stained.', note: 'a positivity rule where no test is evaluated' },
      { text: 'We developed an in-house assay to measure the cytokine in culture supernatants.', note: 'an assay where no test is evaluated' },
    ],
  },
});
