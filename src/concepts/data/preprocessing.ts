/**
 * preprocessing: __DOC__
 */
import { defineConcept, type SpecBody } from '../core/define.js';
import { cue, FAMILY_DAMP } from '../shared/modelling.js';

const PP_OPS =
  /\b(?:re-?sampl(?:ed|ing)|normali[sz](?:ed|ation)|standardi[sz](?:ed|ation)|rescal(?:ed|ing)|crop(?:ped|ping)|resiz(?:ed|ing)|(?:zero-)?padd(?:ed|ing)|skull[- ]strip\w*|brain[- ]extract\w*|bias[- ](?:field )?correct\w*|N4(?:ITK)?|co-?regist(?:ered|ration)|(?:rigidly|affinely|non-?linearly|deformably) registered|registered to|spatial(?:ly)? normali[sz]\w*|denois\w*|smooth(?:ed|ing)|(?:band|low|high)-?pass filter\w*|interpolat(?:ed|ion)|window(?:ed|ing)|clipp(?:ed|ing)|histogram (?:equali[sz]\w*|matching)|z-?scor\w*|log[- ]?transform\w*|quantile normali[sz]\w*|min-max|minmax|raref(?:ied|action)|(?:down|up)-?sampl\w*|batch[- ]effects?|deduplicat\w*|motion[- ]correct\w*|artefacts?|artifacts? (?:were )?(?:removed|corrected|rejected)|converted to (?:gr[ae]y-?scale|hounsfield)|aggregated (?:into|over|per|by)|segmented into (?:windows|epochs|frames)|centred|centered)\b/i;
const PP_UNLESS =
  /\bnormali[sz]ed (?:pixel |mean )?(?:error|difference|mutual)|standardi[sz]ed (?:mean|mortality|incidence|uptake|questionnaire|protocol|interview|form|procedure|assessment|instrument|scale|test|case report|diet)|age[- ]standardi|standardi[sz]ation (?:program|programme|initiative)|\berrors? (?:\w+ ){0,4}(?:were|was) (?:then )?normali[sz]ed|registered (?:nurses?|trial|at|with|in|under|dietitian)|(?:prospectively|retrospectively) registered|smoking|window of|time window|windows? of opportunity|\blog[- ]?transform\w*[^.;]{0,40}\bas the (?:response|outcome|dependent)|\bto (?:meet|satisfy|fulfil|fulfill) (?:the )?(?:[\w’'-]+ )?(?:assumptions?|normality)/i;

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
    cue('preprocessing/augmentation', /\b(?:data )?augment(?:ed|ation)\b/i, 0.4),
  ],
};

export default defineConcept({
  id: 'preprocessing',
  meta: { label: 'x', group: 'Data', definition: '' },
  spec,
  examples: { reported: [], missing: [] },
});
