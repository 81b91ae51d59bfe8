/**
 * reference_standard: the ground truth, reference standard or outcome definition the model or test is judged against.
 */
import { defineConcept, type SpecBody } from '../core/define.js';
import { cue, FAMILY_DAMP } from '../shared/modelling.js';
import { cooccur } from '../shared/facets.js';

// the parts of a stated truth, in any wording: what is true (labels, diagnoses, outcomes, masks) and who or what gave it,
// tied by an act ("were labelled by two radiologists", "were extracted from discharge summaries", "established by
// neurologists", "based on ICD-10 codes in the hospital record")
const REF_SOURCE = String.raw`(?:(?:neuro)?radiologists?|pathologists?|clinicians?|physicians?|cardiologists?|neurologists?|dermatologists?|ophthalmologists?|surgeons?|oncologists?|experts?|specialists?|annotators?|raters?|histolog\w*|histopatholog\w*|(?:pathology|radiology|clinical|discharge|operative|surgical) (?:reports?|notes?|summar(?:y|ies))|(?:medical|clinical|health|hospital|electronic health|patient) records?|EHRs?|EMRs?|registr(?:y|ies)|ICD(?:-?\d+)?(?:[- ]\w+)? codes?|billing codes?|consensus)\b`;
const REF_GIVEN = String.raw`\b(?:label(?:l)?ed|annotated|segmented|delineated|contoured|outlined|diagnosed|confirmed|graded|classified|adjudicated|ascertained|verified|established|determined|extracted|obtained|derived|assigned|made|provided|drawn|defined)\b (?:[^.;]{0,40}? )?(?:by|from|based on|according to|using|on the basis of|through|via|in) (?:[^.;]{0,30}? )?${REF_SOURCE}`;
const REF_TRUTH = String.raw`\b(?:labels?|annotations?|annotated|label(?:l)?ed|ground[- ]truth|diagnos[ie]s|diagnosed|outcomes?|class(?:es)?|segmentations?|segmented|masks?|delineations?|delineated|contours?|contoured|outlined|reference|end-?points?|events?)\b`;
// a second way: a positivity rule stated as a cut-off - a threshold, the class it gives (positive, abnormal, amplified,
// toxic) and the act of assigning it ("classified as", "indicates"); not a cut-off of the model's output or of a risk score
const REF_CUT = String.raw`\b(?:cut-?offs?|cut-?off values?|thresholds?)\b`;
const REF_CLASSIFY = String.raw`\b(?:classif\w*|categori[sz]\w*|dichotomi[sz]\w*|label(?:l)?ed|considered|defined|deemed|called|regarded)\b[^.;]{0,40}?\bas\b|\bindicat(?:es|ed|ing)\b|\bcharacteri[sz]ed by\b`;
const REF_CLASS = String.raw`\b(?:positive|negative|normal|abnormal|amplified|elevated|present|absent|responders?|non-?responders?|cases?|controls?|toxic\w*|cytotoxic\w*|genotoxic\w*|disease|diagnos\w*|infected|uninfected|resistant|susceptible|sensitive)\b`;
const MEASURED_BY = /\b(?:parameters|characteristics|variables|quality|indices|values|levels|concentrations?) (?:\w+ )?(?:were|was) (?:measured|assessed|analy[sz]ed|examined|evaluated|determined|calculated) (?:according to|following|using|based on|by)\b/i;
const spec: SpecBody = {
  // Methods and Results cite the tools and data they use
  citationsInMethodsOk: true,
  damp: FAMILY_DAMP,
  rules: [
    cue('reference/explicit', /\b(?:reference standard|gold[- ]standard|ground[- ]truth|criterion standard|reference (?:test|method|segmentations?|labels?|annotations?|diagnosis|masks?))\b/i, 0.85),
    cue('reference/outcome', /(?:primary|secondary|main|study)\s?(?:outcome|end-?\s?point)s?(?:\s?(?:for|of|in)\s?(?:this|the|our)\s?(?:study|trial|analysis))?\s?(?:was|were|is|are|included)|\b(?:outcome|end-?point)s? (?:of|was|were|being) (?:all-cause |in-hospital |overall |cardiovascular )?(?:death|mortality|survival|readmission|recurrence|progression|relapse|response|remission)\b|\b(?:outcome|end-? ?point)s? (?:was|were|is) (?:defined|ascertained|determined|assessed|confirmed|adjudicated)\b|\b(?:the )?end-? ?point of the study\b/i, 0.75),
    cue('reference/confirmed', /\b(?:histolog\w*|(?:neuro|histo|cyto)?patholog\w*|biops\w*|cytolog\w*|PCR|culture|angiograph\w*|autopsy|surgical(?:ly)?|operative(?:ly)?)[- ](?:confirmed|proven|verified)\b|\bconfirmed by (?:histo\w*|patholog\w*|biops\w*|PCR|culture|angiograph\w*|surgery|CTA|MRI|CT|follow-up|an? (?:expert|specialist|radiologist|pathologist))\b|\bconfirmed (?:the )?(?:occlusion|diagnosis|presence)\b/i, 0.75),
    // measurements taken by a standard ("sperm parameters were assessed according to WHO criteria") are not a truth
    cue('reference/criteria', /\b(?:diagnos\w*|classified|defined|graded|staged|categori[sz]ed|determined|assessed) (?:as [^.;]{0,80}?)?,? ?(?:according to|based on|on the basis of|using|following|by) (?:the )?(?:[\w'’-]+ ){0,6}(?:criteria|guidelines?|definitions?|classification|grading system|system|scale|score|assessments?)\b/i, 0.7, { unless: MEASURED_BY }),
    // the diagnosis rests on a confirmatory procedure ("patients diagnosed with cancer by surgical resection")
    cue('reference/diagnosed-by', /\bdiagnosed (?:\w+ ){0,4}?(?:by|through|via|on the basis of|based on) (?:the )?(?:surgical (?:resection|specimens?|pathology|exploration)|resection|surgery|histolog\w*|(?:histo|cyto)?patholog\w*|biops\w*|cytolog\w*|autopsy|angiograph\w*|PCR|cultures?|endoscop\w*)/i, 0.7),
    // the outcome the model or test is judged against, named in passing ("with time to relapse as the end point")
    cue('reference/as-endpoint', /\bas (?:the|a|an) (?:primary |main |secondary |principal |clinical |composite )?(?:end-? ?points?|outcome (?:measures?|variables?)|outcomes?)\b/i, 0.7),
    // "the diagnosis of all patients was made in accordance with the consensus criteria", "response categories were
    // defined by RECIST", "a best-estimate diagnosis was made at a case conference"
    cue('reference/criteria-named', /\b(?:diagnos[ie]s|diagnosed|classified|defined|graded|staged|categori[sz]ed|categories|status)\b[^.;]{0,60}?\b(?:in accordance with|according to|based on|by|per|using) (?:the )?(?:[\w'’/-]+ ){0,4}?(?:criteria|RECIST|DSM(?:-?(?:IV|5|III)\w*)?|ICD-?\d+|Braak|BI-?RADS|NYHA|WHO classification)\b|\b(?:best[- ]estimate|consensus) diagnos[ie]s\b|\bdiagnostic (?:case )?conference\b/i, 0.7, { unless: /\b(?:were|was) (?:measured|assessed|analy[sz]ed|examined|evaluated) according to\b/i }),
    // test positivity or group membership defined by a rule ("positivity was accepted when ...", "based on clinical
    // evaluation, individuals were assigned to the Barrett's group or the reflux group")
    cue('reference/positivity', /\b(?:positivity|a positive (?:result|response|test)|responders?|response) (?:was|were|is|are) (?:accepted|defined|declared|considered|called) (?:when|if|as)\b|\bbased on (?:the )?(?:clinical|histolog\w*|patholog\w*|endoscopic|radiolog\w*|cytolog\w*) (?:evaluation|examination|assessment|findings|diagnosis|criteria)\b[^.;]{0,60}\b(?:assigned|classified|allocated|categori[sz]ed|grouped|diagnosed)\b|\b(?:assigned|classified|allocated|categori[sz]ed|grouped)\b[^.;]{0,40}\bbased on (?:the )?(?:clinical|histolog\w*|patholog\w*|endoscopic|radiolog\w*|cytolog\w*) (?:evaluation|examination|assessment|findings|diagnosis|criteria)\b/i, 0.65),
    cue('reference/manual', /\bmanual(?:ly)? (?:segment\w*|annotat\w*|delineat\w*|label\w*|outlin\w*|contour\w*|traced|tracing|defined)\b|\bexpert (?:manual )?(?:annotations?|segmentations?|labels?|delineations?)\b/i, 0.65),
    cue('reference/labels', /\b(?:labels?|annotations?|masks?) (?:were|was) (?:obtained|derived|defined|taken|extracted|generated|created|provided)\b|\b(?:cases|controls|responders|non-responders) were defined\b|\bdefined as (?:the )?(?:occurrence|presence|death|any|having|a (?:decrease|reduction|increase))\b/i, 0.65),
    cue('reference/used-as', /\b(?:was|were) used as (?:the )?(?:reference|standard|criterion|true|gold|ground)\b|\b(?:were|was) (?:visually |independently |centrally )?(?:read|rated|graded|scored|labell?ed) as\b|\b(?:confirmed|diagnosed|known|verified|proven|identified)\b[^.;]{0,60}\bbased on (?:\w+ ){0,3}(?:imaging|images|findings|histolog\w*|patholog\w*|biops\w*|criteria|examination)\b|\b(?:was|were) defined as\b|\bdefines (?:\w+ ){1,2}as\b/i, 0.6),
    // who or what gave the truth, in any wording ("every scan was labelled by two board-certified radiologists", "the
    // outcome labels were extracted from discharge summaries", "diagnoses rest on ICD-10 codes from the hospital
    // record"); not readers compared with the model, not other work
    cue('reference/facets-source', cooccur(REF_GIVEN, REF_TRUTH), 0.6, {
      sections: ['methods', 'results', 'other'],
      unless: /\b(?:compared (?:with|to|against) (?:the )?(?:model|algorithm|network|AI|system)|reader (?:study|performance)|(?:model|algorithm|network)(?:'s)? (?:predictions?|outputs?))\b/i,
    }),
    // "samples with a copy number above 3.5 were classified as amplified", "a signal below the 0.8 cut-off indicates
    // toxicity"; not the operating point of a model, not risk groups of a score
    cue('reference/cutoff-facets', cooccur(REF_CLASSIFY, REF_CUT, REF_CLASS), 0.6, {
      sections: ['methods', 'results', 'other'],
      unless: /\b(?:model|algorithm|network|classifier|predict\w*|probabilit\w*|ROC|Youden|operating point|sensitivity|specificity|AUC|risk|scores?|signatures?|index|anomaly)\b|\b(?:results|findings|data) indicat/i,
    }),
    cue('reference/event', /\b(?:censored|censoring)\b|\bevent (?:was|is) (?:defined|observed)\b/i, 0.55),
    // the target of a model named as its task, in the words of ML papers: "a binary classification task predicting whether
    // the scan followed the stressor", "we attempt to predict the length of stay, i.e., the number of days until discharge"
    cue('reference/target-task', /\b(?:binary|multi-?class|multi-?label|two-class|three-class|four-class) classification (?:task|problem)s?,? (?:of |for |that |to |which )?(?:predict\w*|determin\w* whether|distinguish\w*|discriminat\w*|classify\w*|separat\w*)\b|\b(?:we|our (?:model|task|goal|aim)s?) (?:\w+ ){0,2}(?:predict|classify)\b[^.;]{0,80}?, (?:i\.e\.|that is|namely|defined as),? (?:the )?(?:number|time|presence|absence|occurrence|duration|onset|date|diagnosis|class|label|days?|whether)\b/i, 0.65),
  ],
};

export default defineConcept({
  id: 'reference_standard',
  meta: {
    label: 'Reference standard / outcome definition',
    group: 'Reference standard',
    definition:
      'Reported when the manuscript states the ground truth, reference standard or outcome against which this study\'s index test or model is judged: an explicit reference standard, gold standard or ground truth, a primary or secondary outcome or end point and its definition, a diagnosis confirmed by histology, biopsy, PCR, culture, surgery or follow-up, classification by named criteria (RECIST, DSM, a guideline, a consensus or best-estimate diagnosis), a positivity rule, or manual reference annotations and labels. Measurements made according to a laboratory standard are not a truth; general remarks about ground truth and other people\'s reference standards do not count.',
    traps: [
      'measurements "assessed according to" a manual or criteria ("semen parameters were assessed according to the laboratory manual")',
      'general statements ("ground truth labels are often scarce")',
      'reference standards of other studies (Introduction, Discussion)',
      'capability text and checklist instructions',
    ],
  },
  spec,
  examples: {
    reported: [
      { text: 'Biopsy results served as the reference standard for every lesion.' },
      { text: 'Manual delineations by the study team were taken as ground truth.' },
      { text: 'The primary outcome was death from any cause within one year.' },
      { text: 'We frame the problem as a binary classification task predicting whether a lesion grows within a year.' },
      { text: 'From the first day of data we attempt to predict the time to discharge, i.e., the number of days until the patient leaves hospital.' },
      { text: 'Infection status was classified as latent or active according to the national guideline definitions.' },
      { text: 'TheprimaryoutcomeofthisanalysiswasincidentstrokeorMI.', note: 'words run together by PDF extraction' },
      { text: 'Only autopsy cases with neuropathologically confirmed disease were included.' },
      { text: 'The diagnosis of every patient was made in accordance with the consensus criteria of the movement disorder society.' },
      { text: 'Tumour response categories were defined by RECIST as complete, partial or no response.' },
      { text: 'A best-estimate diagnosis was reached by two senior psychiatrists using all available records.' },
      { text: 'A vaccine response was considered as positive when spot counts doubled from baseline.' },
      { text: 'Based on endoscopic evaluation, participants were assigned to the metaplasia group or the reflux-only group.' },
      { text: 'Serum was collected from patients whose carcinoma had been diagnosed by surgical resection.' },
      { text: 'Tumours were diagnosed as malignant on the basis of histology of the excised specimen.' },
      { text: 'Risk groups were compared using Cox models with time to recurrence as the end point.' },
      { text: 'Overall survival was taken as the primary outcome of the prognostic analysis.' },
      { text: 'Every radiograph was labelled by two board-certified radiologists, who settled disagreements together.' },
      { text: 'For each admission the outcome labels were extracted from the discharge summaries.' },
      { text: 'Using a copy-number threshold of 2.5, each tumour sample was classified as amplified or not amplified.' },
      { text: 'A fall in growth below the 0.7 cut-off indicates a toxic effect of the extract.' },
    ],
    missing: [
      { text: 'Ground truth labels are often scarce in medical imaging.', note: 'a general remark' },
      { text: 'For a binary classification problem, the score is the ratio of the two distances.', note: 'a formula, not a target' },
      { text: 'We asked whether we could predict errors at inference time, i.e. without retraining.', heading: 'Discussion', note: 'no target defined' },
      { text: 'Sperm samples were measured according to the laboratory manual criteria.', note: 'a measurement standard, not a truth' },
      { text: 'Semen parameters were assessed according to the criteria of the laboratory manual.', note: 'a measurement standard, not a truth' },
      { text: 'Earlier studies used biopsy as the reference standard [4].', heading: 'Introduction', note: 'other work' },
      { text: 'Diagnoses made by three radiologists were compared with the algorithm on the same scans.', note: 'readers as comparators, not the truth' },
      { text: 'A probability threshold of 0.5 was used to classify each scan as positive.', note: 'the operating point of a model, not the truth' },
      { text: 'Patients above the median cut-off of the score were classified as cases of high risk.', note: 'risk groups of a score, not the truth' },
    ],
  },
});
