/**
 * software: the software, libraries and frameworks used, with versions where given.
 */
import { defineConcept, type SpecBody } from '../core/define.js';
import type { Hit } from '../core/spec.js';
import { cue, FAMILY_DAMP, pushUnique } from '../shared/modelling.js';

const SOFTWARE_NAMES_CI =
  'Python|PyTorch|TensorFlow|Keras|scikit-learn|sklearn|scikit-image|XGBoost|LightGBM|CatBoost|MONAI|nnU-?Net|NumPy|SciPy|pandas|statsmodels|lifelines|OpenCV|SimpleITK|NiBabel|Nipype|NiftyNet|ANTsR|ANTsPy|ANTsRNet|FreeSurfer|AFNI|3D ?Slicer|ITK-?SNAP|ImageJ|MATLAB|SPSS|Stata|GraphPad|Minitab|MedCalc|Weka|RapidMiner|QIIME\\d?|Bioconductor|limma|DESeq2|edgeR|caret|glmnet|lme4|rstan|brms|JAGS|WinBUGS|OpenBUGS|Mplus|Epi ?Info|RevMan|Review Manager|PyRadiomics|CUDA|Docker|Snakemake|hyperopt|Optuna|TensorBoard|Jupyter|RStudio|SAS Institute|randomForest|pROC|survival package|rms package|Matplotlib|seaborn|PyMC\\d?|Theano|Caffe|MXNet|Horovod|Nextflow|Cytoscape|Ingenuity Pathway|GSEA|Bowtie|STAR aligner|HISAT2|Trimmomatic|FastQC|MaxQuant|ChemStation|FlowJo|CellProfiler|QuPath|ilastik|elastix|NiftyReg|FSL|SPM\\d{0,2}|Excel|LabVIEW|EEGLAB|FieldTrip|MNE-Python|BrainVoyager|OsiriX|Horos|Imaris|NIS-Elements|MetaMorph|Prism';
/** nnU-Net is as often a compared method ("the state-of-the-art nnU-Net", a table column) as the framework used, so it
 * counts only where it is used: "trained with nnU-Net", "the nnU-Net framework" */
const SW_CI = new RegExp(`\\b(?:${SOFTWARE_NAMES_CI.replace('|nnU-?Net', '')})\\b(?![-.]?\\w)`, 'i');
const NNUNET_USED =
  /\b(?:(?<!\bcompared |\bcomparison |\bcompare )(?:using|with|via|in)|based on|built on|implemented (?:in|with|using)|trained (?:with|using|in)) (?:the )?(?:default |self-configuring |original |3D |2D )?nnU-?Net\b|\bnnU-?Net (?:framework|pipeline|implementation|code ?base|repository|library|package|toolkit|version|v\d)/i;
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

const spec: SpecBody = {
  // Methods and Results cite the tools and data they use
  citationsInMethodsOk: true,
  maxEvidence: 5,
  damp: [FAMILY_DAMP[1]!],
  rules: [
    cue('software/name', SW_CI, 0.8, { unless: /\bExcel(?:lent|led)|\bPrism(?:s|atic)\b/i }),
    cue('software/name-cs', SW_CS, 0.8),
    cue('software/nnunet-used', NNUNET_USED, 0.8),
    cue('software/generic', SW_GENERIC, 0.7),
    cue('software/implemented', SW_IMPL, 0.65),
    cue('software/named', SW_NAMED, 0.65),
  ],
  value: (hits) => softwareValue(hits),
};

export default defineConcept({
  id: 'software',
  meta: {
    label: 'Software and libraries',
    group: 'Model',
    definition:
      'Reported when the manuscript names the software, libraries, frameworks or programs used in this study, with or without versions: a known name (PyTorch, scikit-learn, R, SPSS, Stata, ImageJ, ...), a named program or SDK ("Image Lab software", "the Kinect SDK"), statistical or custom software with a version, or an implementation language. Statistical tests named as the means of analysis, and software released by other groups, do not count.',
    traps: [
      '"statistical analysis was performed using a Kruskal-Wallis test" (a test, not software)',
      '"R" in R–R intervals, "Excellent", "prisms"',
      'software of other work (Introduction)',
      '"model" and "Results" section words',
      'nnU-Net named only as a compared method, the state of the art or a table column',
    ],
  },
  spec,
  examples: {
    reported: [
      { text: 'All networks were implemented in PyTorch 1.9 and trained on one GPU.' },
      { text: 'Statistical analyses were performed in R version 4.1.2 with the lme4 package.' },
      { text: 'Analyses used SPSS (version 25, IBM).' },
      { text: 'Principal components were computed with the Eigenstrat software [20].' },
      { text: 'Band volumes were quantified using the Image Lab software (Bio-Rad).' },
      { text: 'Homologous human genes were identified by a BLAST search.' },
      { text: 'Curves were fitted with Origin version 8.1 software (OriginLab).' },
      { text: 'Face landmarks were tracked with the Kinect SDK 2.0.' },
      { text: 'The segmentation network was trained with the self-configuring nnU-Net.', note: 'nnU-Net as the framework used' },
    ],
    missing: [
      { text: 'Several groups have released toolkits in Python for this purpose [7].', heading: 'Introduction', note: 'other work' },
      { text: 'Conduction was measured from R–R intervals in the recordings.', note: 'R–R interval' },
      { text: 'Statistical analysis was performed using a Kruskal-Wallis test.', note: 'a test, not software' },
      { text: 'The Results section describes the main findings.' },
      { text: 'The rat model mimics several aspects of the human disease.' },
      { text: 'Our network was compared with the state-of-the-art nnU-Net [9] on both test sets.', heading: 'Results', note: 'a compared method, not software used' },
    ],
  },
});
