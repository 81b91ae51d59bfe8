/**
 * data_subsets: which subset of the available images or data was used.
 */
import { defineConcept, type SpecBody } from '../core/define.js';
import { cue, FAMILY_DAMP, NUM_WORD } from '../shared/modelling.js';
import { cooccur } from '../shared/facets.js';

// the parts of a data-subset statement, in any order and wording: units of data (not patients) that entered the study,
// a draw or a restriction that names them, and the use made of the part
const UNIT = String.raw`(?:images?|slices?|scans?|frames?|views?|sequences?|acquisitions?|series|phases?|time-?points?|samples?|recordings?|videos?|volumes?|records?|visits?|exams?|examinations?|radiographs?|specimens?|studies|modalit(?:y|ies)|contrasts?|channels?|(?:[\w-]+ )?data(?:sets?)?)\b`;
const SUBSET_DRAW = String.raw`\brandomly (?:chosen|selected|sampled|drawn|picked) (?:[\w-]+ ){0,3}?${UNIT}|\b(?:drew|drawn|chose|chosen|selected|picked|sampled) (?:[\w-]+ ){0,3}?${UNIT} (?:[^.;]{0,30} )?at random\b|\b${UNIT} (?:[^.;]{0,40} )?(?:were|was) (?:then |also )?(?:randomly (?:chosen|selected|sampled|drawn|picked)|(?:chosen|selected|sampled|drawn|picked) at random)|\b${NUM_WORD} (?:randomly (?:chosen|selected|drawn|picked)|random) subjects from (?:the |an? )?[^.;]{0,60}?\b(?:data ?sets?|databases?|archives?|repositor(?:y|ies)|cohorts?|collections?)\b|\b(?:sub|down)-?sampl(?:ed|ing|e) (?:the )?(?:[\w-]+ ){0,2}?(?:data(?:sets?)?|samples|cases|recordings|records)\b|\b(?:data(?:sets?)?|samples|cases|recordings|records) (?:was|were) (?:sub|down)-?sampled\b|\ba (?:random )?subset of (?:the )?(?:[\w\u2013-]+ ){0,3}?${UNIT}`;
const SUBSET_ONLY = String.raw`\bonly (?:include|includ|use|us|analy[sz]|select|retain|kept|keep|consider|report)\w* (?:the |those )?(?:[\w-]+ ){0,3}?${UNIT}|\bonly (?:the |those |\d[\d,]* )?(?:[\w-]+ ){0,3}?${UNIT}|\bfocus(?:ed|es)? (?:here |only )?on (?:the )?(?:${NUM_WORD} )?(?:[\w-]+ ){0,2}?(?:images|slices|scans|sequences|acquisitions|series|phases|views|modalities|contrasts)\b`;
const SUBSET_USE = String.raw`\b(?:used|include[ds]?|analy[sz]ed|reported|examined|considered|retained|kept|selected|processed|studied|focus(?:ed|es)?|made use|entered)\b`;
// a quality requirement on units of data: the units (exams, records, segments, instances), a requirement (at least,
// required, criteria, artefact-free) and what was done with the units that met it or not (included, filtered out)
const Q_UNIT = String.raw`\b(?:images?|slices?|scans?|frames?|views?|sequences?|acquisitions?|series|samples|recordings?|videos?|volumes?|records|visits|exams?|examinations?|radiographs?|specimens?|instances|episodes|segments|epochs|windows|beats|time[- ]?points)\b`;
const Q_REQ = String.raw`\b(?:at least|a minimum of|minimum|required|requirements?|criteri(?:a|on)|conditions?|had to|must|arte?[fi]act-free|(?:sufficient|adequate|good|poor|low|insufficient|image|signal|recording) quality)\b`;
const Q_ACT = String.raw`\b(?:includ(?:e|ed|es)|filter(?:ed|ing)? out|retain(?:ed|ing)?|kept|exclud(?:e|ed|ing)|discard(?:ed|ing)?|remov(?:e|ed|ing)|met|fulfill?(?:ed|ing)?|satisf(?:y|ied|ying)|(?:in)?eligible)\b`;

const spec: SpecBody = {
  // Methods and Results cite the tools and data they use
  citationsInMethodsOk: true,
  damp: FAMILY_DAMP,
  rules: [
    cue('subsets/selected', /\b(?:a |the )?(?:random )?(?:subset|subsample|sub-sample) of (?:the )?(?:\d[\d,]* )?(?:\w+ ){0,3}(?:images|slices|scans|series|frames|patients|cases|samples|studies|data|views)\b|\bonly (?:the )?(?:\w+[- ]){0,3}(?:images|slices|series|sequences|scans|views|frames|phases) (?:were|was) (?:used|included|selected|analy[sz]ed|retained|kept)|\b(?:selected|chose|extracted) (?:the )?(?:\w+ ){0,3}(?:slices|series|frames|views|phases|sequences) (?:with|containing|showing|that|from)\b/i, 0.65),
    // one unit per patient, a restricted analysis, a random draw of a number of units, sub-datasets
    cue('subsets/restricted', /\bonly (?:the )?(?:first|last|initial|earliest|latest|most recent|baseline|index) (?:[\w-]+ ){0,2}(?:admissions?|episodes?|visits?|stays?|scans?|images?|examinations?|exams?|encounters?|studies|recordings?|time-?points?)\b|\b(?:restricted|limited|confined) (?:the |our )?(?:analysis|analyses|experiments|dataset|data set|data|cohort|study sample) to (?:the )?(?!\d)|\brandomly (?:select(?:ed)?|chose|chosen|choose|sampled?|picked?|drew|drawn) (?:\d[\d,]*|a subset)\b|\bsub-?datasets?\b|\b(?:use|used|utili[sz]ed?|keep|kept|retain(?:ed)?) only (?:the )?(?:[\w-]+ ){0,3}(?:images|slices|scans|series|sequences|views|sets?|samples|cases|studies|recordings|modalit\w+|subset)\b/i, 0.6),
    // units of data (not patients) left out by a criterion: "low-quality samples were omitted", "while filtering out
    // images from duplicate studies", "volumes with artefacts were discarded"; not what was removed from inside an image
    // (noise, skull, metadata) and not patients left out (eligibility)
    cue('subsets/units-dropped', /(?<!\b(?:without|with|per) (?:[\w-]+ ){0,2})\b(?:images|scans|slices|samples|frames|views|series|recordings|volumes|examinations|exams|radiographs|specimens|studies)\b (?:[^.;]{0,60}? )?(?:were|was) (?:then |also |further |subsequently )?(?:omitted|discarded|removed|excluded|filtered out|dropped|rejected)\b|\b(?:omit|discard|remov|exclud|filter|drop|reject)(?:ed|ing)? (?:out )?(?:all )?(?:the )?(?:[\w-]+ ){0,3}(?:images|scans|slices|samples|frames|views|series|recordings|volumes|examinations|exams|radiographs|specimens)\b (?:from|with|of|that|which|showing|containing|where|in which|whose)\b/i, 0.6, {
      unless: /\b(?:noise|artefacts? (?:were|was) removed|artifacts? (?:were|was) removed|background|skull|metadata|identif\w+|header|text|burned-in|genes?|probes?|features?|patients?|participants?|subjects?|outliers? (?:were|was) removed from the (?:model|regression|analysis of))\b/i,
    }),
    // the MR sequences or contrasts chosen for the study: "for this study we use the T2-weighted images", "we included
    // subjects with T1-weighted scans"; not all sequences
    cue('subsets/sequences', /\b(?:we|this study|this work)\b (?:\w+ ){0,2}(?:use|used|utili[sz]e|utili[sz]ed|include|included|consider|considered|select|selected|focus on|focused on|restrict\w*)\b (?:only )?(?:the )?(?:\w+ ){0,3}(?:T1|T2|FLAIR|DWI|ADC|T1c|T1ce|T1Gd|DCE|SWI)(?:-?w(?:eighted)?\b|\b)[^.;]{0,30}\b(?:images|scans|MRI|MR images|sequences|volumes|data(?:sets)?)\b/i, 0.6, {
      unless: /\ball (?:\w+ )?(?:sequences|modalities|contrasts|available)\b/i,
    }),
    // a draw of part of the data in any wording ("100 randomly chosen subjects from the archive", "the recordings were
    // subsampled to an even depth", "two frames picked at random from each video"); not a split into training and
    // test data, a random assignment of patients, nor a resampling of pixels
    cue('subsets/facets-draw', cooccur(SUBSET_DRAW), 0.6, {
      sections: ['methods', 'results', 'other'],
      unless: /\b(?:training|test(?:ing)?|validation|hold-?out|tuning|development) (?:set|data|cohort|split|fold|subset|case)s?\b|\b(?:train|resolution|pixels?|voxels?|isotropic|spacing|mm|Hz|kHz|factor of|majority|minority|bootstrap\w*|randomi[sz]\w*|allocation)\b|\d ?[x×] ?\d|×/i,
    }),
    // a restriction of the data to a part and its use ("only the T1-weighted data are reported", "we only included time
    // points with a clinical score", "the analysis focuses on four acquisitions"); not participants restricted by
    // eligibility, nor what a crop keeps of an image
    cue('subsets/facets-only', cooccur(SUBSET_ONLY, SUBSET_USE), 0.6, {
      sections: ['methods', 'other'],
      unless: /\b(?:patients?|participants?|subjects?|individuals|women|men|children|adults) (?:\w+ ){0,3}(?:were|was) (?:\w+ )?(?:eligible|included|enrolled|recruited)\b|\b(?:eligib\w*|inclusion criteri\w*|exclusion criteri\w*|crop\w*|data points?)\b|\bnot only\b|\bonly (?:includ|enrol|recruit|analy[sz]|select)\w* (?:the )?(?:patients|participants|subjects|individuals|women|men|children)\b/i,
    }),
    // "exams were kept only if they held at least two scans of adequate quality", "conditions were applied to filter
    // out unusable recording windows"; not the eligibility of people, nor the filtering of genes or features
    cue('subsets/facets-quality', cooccur(Q_ACT, Q_UNIT, Q_REQ), 0.6, {
      sections: ['methods', 'other'],
      unless: /\b(?:patients?|participants?|subjects?|individuals|women|men|children|adults|persons?|people|volunteers)\b(?!-)[^.;]{0,60}\b(?:were|was|are|is) (?:\w+ )?(?:included|excluded|eligible|enrolled|recruited|selected|required)\b|\b(?:includ|exclud|enrol|recruit|eligib)\w*\b[^.;]{0,40}\b(?:patients?|participants?|subjects?|individuals|women|men|children|adults|persons?|people|volunteers)\b(?!-)|\b(?:stored|frozen|kept at|°C)|\bincluded (?:studies|trials|papers|articles|reports)\b|\b(?:genes?|features?|variables?|predictors?|probes?|proteins?|metabolites?|markers?)\b|\b(?:eligibility|inclusion criteri\w*|exclusion criteri\w*|et al|crop\w*)\b|\b(?:not|no|never|without)\b[^.;,]{0,30}\b(?:includ|filter|retain|kept|exclud|discard|remov)/i,
    }),
  ],
};

export default defineConcept({
  id: 'data_subsets',
  meta: {
    label: 'Selection of data subsets',
    group: 'Data',
    definition:
      'Reported when the manuscript says that only part of the available images or data entered the study and which part: a (random) subset of images, cases or studies, only certain sequences, views, slices or phases, or slices selected by a criterion. Eligibility criteria for patients are a different concept (eligibility) and do not count here.',
    traps: [
      'eligibility criteria for participants ("only patients older than 18 years")',
      '"a subset of patients" in a result sentence (a known weakness: it counts)',
    ],
  },
  spec,
  examples: {
    reported: [
      { text: 'Only the axial T2-weighted images were used for analysis.' },
      { text: 'A random subset of 500 images was selected for manual review.' },
      { text: 'From each examination we selected the slices containing the largest tumour cross-section.' },
      { text: 'Only the most recent visit of each child was analysed.' },
      { text: 'We randomly drew 200 radiographs from the archive for the reader study.' },
      { text: 'Low-yield and degraded specimens were omitted.' },
      { text: 'For this work we use the T2-weighted images, cropped around the prostate.' },
      { text: 'While filtering out images from repeated studies, we kept the frontal view when both views were present.' },
      { text: 'For the reader comparison we drew 60 scans at random from the hospital archive.' },
      { text: 'The raw signal recordings were subsampled to an equal length of five minutes per night.' },
      { text: 'Examinations were retained only if they held at least two scans of adequate image quality.' },
      { text: 'Two conditions were applied to filter out unusable recording windows before analysis.' },
      { text: 'Of the six MR contrasts acquired, the analysis focuses on two diffusion sequences.' },
      { text: 'Since the colour photographs added nothing, only the grey-scale images are reported.' },
    ],
    missing: [
      { text: 'Patients with at least two clinic visits were included.', note: 'eligibility of people' },
      { text: 'Serum samples were kept at -20 °C for a minimum of 45 minutes.', note: 'storage, not a selection' },
      { text: 'Genes detected in at least half of the samples were retained.', note: 'filtering of features' },
      { text: 'We included participants who reported at least two episodes a week.', note: 'eligibility of people' },
      { text: 'Patients were excluded if they had prior surgery.' },
      { text: 'Only patients older than 18 years were eligible.', note: 'eligibility, not a data subset' },
      { text: 'All slices were reviewed for motion artefacts.' },
      { text: 'Patients without matched specimens were excluded.', note: 'patients: eligibility' },
      { text: 'We use all four sequences (T1, T1c, T2 and FLAIR) of every subject.', note: 'all sequences, no subset' },
      { text: 'Noise in the images was removed with a median filter.', note: 'inside the image, not a subset' },
      { text: 'No scans were excluded from the analysis.', note: 'negated' },
      { text: 'Twenty percent of the images were randomly selected as the test set.', note: 'a split, not a subset' },
      { text: 'Each image was downsampled to 256 × 256 pixels before training.', note: 'resampled pixels, not fewer data' },
      { text: 'We only included participants who completed the final questionnaire.', note: 'participants: eligibility' },
    ],
  },
});
