/**
 * preprocessing: how raw data or images were processed before modelling or analysis.
 */
import { defineConcept, type SpecBody } from '../core/define.js';
import { cue, FAMILY_DAMP } from '../shared/modelling.js';
import { cooccur } from '../shared/facets.js';

// the parts of a data-cleaning statement, in any order and wording: a step done on the values (corrected for, treated
// as, set to, replaced by), the data it was done on, and what the step handles (a detection limit, attenuation, decay,
// drift, noise, artefacts, an undetectable value)
const FIX_ACT = String.raw`\b(?:corrected for|treated as|set (?:equal )?to|replaced (?:by|with)|imputed as|assigned (?:a value of|the value of|values? of)|truncated (?:at|to)|capped at|winsori[sz]ed)\b`;
const FIX_DATA = String.raw`\b(?:data|values?|images?|scans?|signals?|measurements?|counts?|intensit(?:y|ies)|concentrations?|readings?|recordings?|levels?|results?)\b`;
const FIX_REASON = String.raw`\b(?:limits? of (?:detection|quantification)|detection limits?|lower limit|LOD|LLOQ|LOQ|attenuation|scatter(?:ing)?|decay|dead[- ]time|coincidences|motion|drift|baseline|background|noise|artefacts?|artifacts?|undetectable|zero)\b`;

const PP_OPS =
  /\b(?:re-?sampl(?:ed|ing)|normali[sz](?:ed|ation)|standardi[sz](?:ed|ation)|rescal(?:ed|ing)|crop(?:ped|ping)|resiz(?:ed|ing)|(?:zero-)?padd(?:ed|ing)|skull[- ]strip\w*|brain[- ]extract\w*|bias[- ](?:field )?correct\w*|N4(?:ITK)?|co-?regist(?:ered|ration)|(?:rigidly|affinely|non-?linearly|deformably) registered|registered to|spatial(?:ly)? normali[sz]\w*|denois\w*|smooth(?:ed|ing)|(?:band|low|high)-?pass filter\w*|interpolat(?:ed|ion)|window(?:ed|ing)|clipp(?:ed|ing)|histogram (?:equali[sz]\w*|matching)|z-?scor\w*|log[- ]?transform\w*|quantile normali[sz]\w*|min-max|minmax|raref(?:ied|action)|(?:down|up)-?sampl\w*|batch[- ]effects?|deduplicat\w*|motion[- ]correct\w*|artefacts?|artifacts? (?:were )?(?:removed|corrected|rejected)|converted to (?:gr[ae]y-?scale|hounsfield)|aggregated (?:into|over|per|by)|segmented into (?:windows|epochs|frames)|centred|centered)\b/i;
const PP_UNLESS =
  /\bnormali[sz]ed (?:pixel |mean )?(?:error|difference|mutual)|standardi[sz]ed (?:mean|mortality|incidence|uptake|questionnaire|protocol|interview|form|procedure|assessment|instrument|scale|test|case report|diet)|age[- ]standardi|standardi[sz]ation (?:program|programme|initiative)|\berrors? (?:\w+ ){0,4}(?:were|was) (?:then )?normali[sz]ed|registered (?:nurses?|trial|at|with|in|under|dietitian)|(?:prospectively|retrospectively) registered|smoking|window of|time window|windows? of opportunity|\blog[- ]?transform\w*[^.;]{0,40}\bas the (?:response|outcome|dependent)|\bto (?:meet|satisfy|fulfil|fulfill) (?:the )?(?:[\w’'-]+ )?(?:assumptions?|normality)|^(?!.*\b(?:images?|scans?|slices?|patch(?:es)?|crops?|volumes?|ROIs?|regions? of interest|frames?|signals?|data|features?|values?|variables?|intensit(?:y|ies))\b).*\bcent(?:er|r)ed (?:on|around)\b/i;

const spec: SpecBody = {
  // Methods and Results cite the tools and data they use
  citationsInMethodsOk: true,
  damp: FAMILY_DAMP,
  rules: [
    // "the ratio of particles post-processing to particles pre-processing" names the moments around a processing step
    cue('preprocessing/word', /\bpre-?process(?:ed|ing)?\b|\bdata (?:cleaning|preparation|curation)\b/i, 0.75, { unless: /\bpost-?process\w*[^.;]{0,120}\bpre-?process|\bpre-?process\w*[^.;]{0,120}\bpost-?process/i }),
    // measurements "carried out following the quality control protocols" of a laboratory are not data QC
    cue('preprocessing/qc', /\bquality (?:control|check|assurance)\b(?! (?:samples?|materials?))/i, 0.55, { unless: /\b(?:carried out|performed|conducted|done|made) (?:following|according to|in accordance with|under) (?:the )?(?:\w+ )?quality (?:control|assurance)/i }),
    cue('preprocessing/operation', PP_OPS, 0.65, { unless: PP_UNLESS }),
    cue('preprocessing/outliers', /\b(?:exclude|excluded|excluding|remove|removed|removing|eliminate|eliminated|identify|identified|detect|detected) (?:\w+ ){0,2}outliers?\b|\boutliers? (?:were|was) (?:removed|excluded|eliminated|discarded)\b|\boutlier (?:removal|exclusion|rejection)\b|\b(?:eliminat|remov|subtract|correct)\w*[^.;]{0,60}\bbackground (?:staining|signal|noise|fluorescence|intensity)\b|\bbackground[- ](?:subtract|correct)\w*/i, 0.65),
    // "all PET data were corrected for decay and attenuation", "values below the detection limit were treated as zero";
    // not a statistical adjustment (for multiple testing, for age or confounders), nor another study's step
    cue('preprocessing/facets-fix', cooccur(FIX_ACT, FIX_DATA, FIX_REASON), 0.6, {
      sections: ['methods', 'other'],
      unless: /\b(?:multiple (?:comparisons|testing|tests)|Bonferroni|false discovery|FDR|confound\w*|covariates?|age|sex|gender|baseline (?:values?|characteristics|differences|imbalance)|et al)\b|\b(?:not|no|never|without)\b[^.;,]{0,30}\b(?:correct|treat|set|replac|imput|assign|truncat|capp|winsori)/i,
    }),
    cue('preprocessing/augmentation', /\b(?:data )?augment(?:ed|ation)\b/i, 0.4),
  ],
};

export default defineConcept({
  id: 'preprocessing',
  meta: {
    label: 'Data preprocessing and quality checks',
    group: 'Data',
    definition:
      'Reported when the manuscript says how the raw data or images of this study were processed before modelling or analysis: named operations (resampling, normalisation or standardisation, rescaling, cropping, resizing, registration, bias-field correction, skull stripping, denoising, filtering, windowing, log or z-score transforms, batch-effect correction), data cleaning, curation or quality control, removal of outliers or background signal, or the word preprocessing itself. Data augmentation alone is a training detail and does not reach the threshold. Operations offered by a tool ("can be applied"), standardised instruments or rates, normalised errors of a result, and a transformation made only to meet a test\'s assumptions do not count.',
    traps: [
      'capability text of a software paper ("cropping and normalisation can be applied")',
      'standardised questionnaires, protocols, mortality or incidence rates; age-standardisation; standardisation programmes of laboratories',
      'errors or differences "normalised" as a result measure',
      '"registered" trials, nurses and dietitians; time windows',
      'a log transformation to meet the assumptions of a test, or of the response variable',
      'the moments around a processing step ("particles post-processing to particles pre-processing")',
      'measurements "carried out following the quality control protocols" of a laboratory',
    ],
  },
  spec,
  examples: {
    reported: [
      { text: 'All volumes were resampled to an isotropic grid of 1 mm and intensities were rescaled to the unit interval.' },
      { text: 'Before training we applied N4 bias field correction and skull stripping to every scan.' },
      { text: 'The preprocessing pipeline consisted of cropping, denoising and histogram equalisation.' },
      { text: 'Read counts were quantile normalised across arrays to remove batch effects.' },
      { text: 'Spurious outliers were removed with Grubb\'s test.' },
      { text: 'An intensity threshold was set to eliminate false signal from background staining.' },
      { text: 'All SPECT counts were corrected for radioactive decay and scatter before reconstruction.' },
      { text: 'Marker concentrations under the detection limit were set to half of that limit.' },
    ],
    missing: [
      { text: 'Lipids were measured in a laboratory accredited by a national standardization programme.', note: 'a standardisation programme' },
      { text: 'Landmark errors were then normalised by the distance between the pupils.', note: 'a normalised error is a result' },
      { text: 'Cropping, resampling and normalisation can be applied while the images are loaded.', note: 'capability text' },
      { text: 'A log transformation was applied to satisfy the model’s assumptions.', note: 'a transformation for a test\'s assumptions' },
      { text: 'Our main interest centred on whether the two questionnaires agreed.', note: '"centred on" meaning "was about"' },
      { text: 'The light stimulus was centered on the animal\'s line of sight.', note: 'a stimulus position, not a data step' },
      { text: 'Yield was the ratio of particles post-processing to particles pre-processing.' },
      { text: 'Bending tests were carried out following the established quality control protocols.', note: 'laboratory quality control' },
      { text: 'Images were augmented with random flips and rotations.', note: 'augmentation alone is a training detail' },
      { text: 'P values were corrected for multiple testing with the Bonferroni method.', note: 'a statistical adjustment' },
      { text: 'In the study by Jones et al., undetectable values were set to zero [12].', note: "another study's step" },
    ],
  },
});
