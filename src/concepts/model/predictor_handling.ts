/**
 * predictor_handling: how predictors were coded, transformed or scaled.
 */
import { defineConcept, type SpecBody } from '../core/define.js';
import { cue, FAMILY_DAMP } from '../shared/modelling.js';
import { cooccur } from '../shared/facets.js';

// the parts of a predictor-handling statement, in any order and wording: an act of recoding, the inputs, and the form
// they were given (a scale, a coding, a transformation)
const RECODE = String.raw`\b(?:normali[sz](?:ed|ing|ation)|standardi[sz](?:ed|ing|ation)|scaled|rescaled|transformed|converted|encoded|coded|recoded|dichotomi[sz]ed|categori[sz]ed|classified|counted|treated|modell?ed|entered|represented)\b`;
const INPUT_VARS = String.raw`\b(?:features?|variables?|inputs?|predictors?|covariates?|(?:risk )?factors|data elements?|sex|gender|age|genotypes?|alleles?|SNPs?)\b`;
const FORM = String.raw`\b(?:mean and (?:the )?standard deviation|zero mean|unit variance|min(?:imum)?[- ](?:and[- ])?max(?:imum)?|binary|dumm?b? variables?|dummy|one-?hot|(?:1|one) (?:and|or) (?:0|zero)|(?:0|zero) (?:and|or) (?:1|one)|dichotomous|polychotomous|ordinal|continuous|categorical (?:variables?|levels?)|z-?scores?|logarithm\w*|log[- ]?transform\w*|quantiles?|tertiles|quartiles|relative abundances?|splines?)\b`;

const spec: SpecBody = {
  // Methods and Results cite the tools and data they use
  citationsInMethodsOk: true,
  damp: FAMILY_DAMP,
  // the same words for images and labels: scaling image intensities (voxels, pixels, frames) is image preprocessing,
  // and one-hot ground-truth labels or segmentation maps are the outcome's encoding; neither is how predictors entered
  // the model (a sentence that names variables, features or predictors still counts)
  traps: [
    /^(?!.*\b(?:variables?|predictors?|features?|covariates?|categorical|clinical)\b).*\b(?:images?|voxels?|pixels?|intensit(?:y|ies)|frames?|scans?|slices?)\b[^.]{0,80}\b(?:normali[sz]\w*|rescaled|scaled|z-?scor\w*|standardi[sz]\w*)/i,
    /^(?!.*\b(?:variables?|predictors?|features?|covariates?|categorical|clinical)\b).*\b(?:normali[sz]\w*|rescaled|scaled|z-?scor\w*|standardi[sz]\w*)\b[^.]{0,60}\b(?:images?|voxels?|pixels?|intensit(?:y|ies)|frames?)\b/i,
    /^(?!.*\b(?:variables?|predictors?|covariates?|categorical)\b)(?=.*\bone-?hot\b).*\b(?:labels?|label(?:l)?ing|ground[- ]truth|segmentation|targets?)\b/i,
  ],
  rules: [
    cue('predictors/handling', /\bcontinuous (?:variables?|predictors?|features?|covariates?) (?:were|was) (?:kept|treated|modell?ed|categori[sz]ed|dichotomi[sz]ed|transformed|standardi[sz]ed|scaled|normali[sz]ed|entered|analy[sz]ed)\b|\bdichotomi[sz]ed\b|\bcategori[sz]ed (?:into|as|using|according)\b|\b(?:restricted )?cubic splines?\b|\bfractional polynomials?\b|\blog[- ]?transform\w*|\bone-?hot\b|\bdummy (?:variables?|coding)\b|\b(?:standardi[sz]ed|normali[sz]ed|scaled|rescaled) (?:to (?:zero mean|unit variance|lie between|a range|the range|\[?0)|by subtracting)|\bz-?scores?\b|\bmin-?max (?:scal|normali[sz])\w*/i, 0.65),
    // the inputs normalised or standardised, without the form named ("the standardisation of features", "data were
    // quantile normalised"); the image traps above still apply
    cue('predictors/normalised-inputs', /\b(?:data|features?|variables?|predictors?|covariates?|inputs?)\b (?:(?:are|were|was|is) )?(?:then |first |further |also )?(?:normali[sz]ed|standardi[sz]ed)\b|\b(?:standardi[sz]ation|normali[sz]ation) of (?:the |all |each )?(?:features?|variables?|predictors?|covariates?|inputs?|data)\b|\bquantile[- ]normali[sz](?:ation|ed)\b/i, 0.6, {
      sections: ['methods', 'other'],
    }),
    // the act, the inputs and their new form in one sentence, whatever the phrasing; not how variables are described
    cue('predictors/facets', cooccur(RECODE, INPUT_VARS, FORM), 0.6, {
      sections: ['methods', 'results', 'other', 'abstract'],
      unless: /\b(?:presented|expressed|reported|summari[sz]ed|described|shown|displayed) as\b|\bmean\s*(?:±|\(?SD)|\bmedian\b/i,
    }),
  ],
};

export default defineConcept({
  id: 'predictor_handling',
  meta: {
    label: 'Handling of predictors',
    group: 'Model',
    definition:
      'Reported when the manuscript says how predictors entered the model: continuous predictors kept continuous, categorised or dichotomised, transformed (log, splines, fractional polynomials), standardised or scaled (z-scores, min-max), or coded (dummy variables, one-hot). How variables are presented in descriptive tables does not count.',
    traps: [
      'descriptive statistics ("continuous variables are presented as mean and SD")',
      'image intensities normalised or scaled (image preprocessing), one-hot ground-truth labels (the outcome)',
      'samples "kept" frozen',
    ],
  },
  spec,
  examples: {
    reported: [
      { text: 'Age was modelled with restricted cubic splines.' },
      { text: 'Continuous predictors were kept continuous and not categorised.' },
      { text: 'Tumour size was dichotomized at 2 cm.' },
      { text: 'Categorical variables were entered as dummy variables.' },
      { text: 'Radiomic features extracted from the images were z-score normalised before model fitting.' },
      { text: 'Each laboratory feature was rescaled with its minimum and maximum in the training data.' },
      { text: 'Smoking history was recoded into a binary variable, with current smokers as 1 and all others as 0.' },
      { text: 'Risk factors entered the model as ordinal categories rather than as raw counts.' },
      { text: 'After the standardisation of all features, a penalised regression was fitted.', heading: 'Methods' },
      { text: 'Expression data were quantile normalised across arrays before the classifier was trained.', heading: 'Methods' },
    ],
    missing: [
      { text: 'Continuous variables are presented as mean and standard deviation.', note: 'description, not model input' },
      { text: 'Blood samples were kept frozen at −80 °C.' },
      { text: 'Study visits were scheduled every three months.' },
      { text: 'Voxel intensities of every scan were rescaled to the range [0, 1].', note: 'image preprocessing' },
      { text: 'Each MR image was z-score normalized before it was cropped.', note: 'image preprocessing' },
      { text: 'The loss compares the softmax output with the one-hot ground truth segmentation map.', note: 'the outcome, not a predictor' },
      { text: 'Continuous variables were summarised as median and interquartile range, and categorical variables as counts.', note: 'description, not model input' },
      { text: 'Age was reported as mean and standard deviation for each group.', note: 'description, not model input' },
    ],
  },
});
