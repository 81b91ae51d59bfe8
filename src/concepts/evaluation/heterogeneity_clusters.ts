/**
 * heterogeneity_clusters (TRIPOD+AI 12d, 23b): heterogeneity of performance across clusters — centres, hospitals,
 * countries; not studies (meta-analysis of literature), scanners or vendors (robustness).
 */
import { defineConcept, type SpecBody } from '../core/define.js';
import { cue } from '../shared/modelling.js';
import { INSTRUCTION_DAMP, MODAL } from '../shared/hedges.js';
import { CLUSTER, CLUSTER1 } from '../shared/clusters.js';
import { EVAL_CONTEXT } from '../shared/examples.js';
import { cooccur } from '../shared/facets.js';

const PERF = '(?:performance|AUCs?|AUROCs?|c-?statistics?|c-?index|C-?indices|discrimination|calibration|accuracy|sensitivit(?:y|ies)|specificit(?:y|ies)|Dice|predictive values?|kappas?|Brier scores?|F1[- ]scores?)';

// the parts of a cluster effect taken into the analysis, in any order and wording: a cluster (a site, an
// institution-specific difference) and the device that models or controls for it (a random intercept, balancing)
// (a centre, a region or a cluster alone is too often the middle of something, a brain region or a k-means cluster)
const HC_CLUSTER = String.raw`\b(?:cent(?:er|re)s|sites|hospitals|countries|institutions|practices|trusts|health ?systems|(?:site|hospital|institution|country|cent(?:er|re)|practice)[- ](?:specific|level|wise|related|dependent)|(?:acquisition|study|imaging|recruiting|clinical|participating|collection|scanning) (?:site|cent(?:er|re)|hospital|institution)|site|hospital|institution|country)\b`;
const HC_MODEL = String.raw`\b(?:random (?:intercepts?|effects?|slopes?|factors?)|mixed[- ]effects?|(?:account|control|adjust|correct)(?:ed|ing|s)? for|balanc(?:e|ed|ing))\b`;
const HC_EFFECT = String.raw`\b(?:differences?|variations?|variability|heterogene\w+|effects?|intercepts?|slopes?|clustering|biases)\b`;

const spec: SpecBody = {
  damp: [{ re: MODAL, factor: 0.6 }, INSTRUCTION_DAMP],
  sectionWeight: { introduction: 0.2 },
  rules: [
    cue(
      'heterogeneity/performance-across',
      new RegExp(
        `\\b${PERF}\\b(?:[^.;]|\\.\\d){0,80}\\b(?:across|between|among|for each|in each|at each|within each|per|by individual) (?:the )?(?:\\w+ ){0,3}${CLUSTER}\\b(?! combined| together| pooled)|\\b(?:per|each|every|individual)[- ]${CLUSTER1}s?\\b (?:\\w+ ){0,2}${PERF}\\b|\\b${CLUSTER1}[- ](?:specific|level|wise) (?:\\w+ )?${PERF}\\b`,
        'i',
      ),
      0.7,
      { negationOk: true },
    ),
    // each centre or federated client evaluated on its own: "the models were evaluated individually on the four
    // client test sets", "the same experiment was repeated with each hospital as the base site"
    cue(
      'heterogeneity/each-evaluated',
      /\b(?:evaluated|tested|assessed|validated|reported|computed|measured)\b (?:\w+ ){0,2}(?:individually|separately|independently) (?:on|for|in|at) [^.;]{0,40}?\b(?:sites?|cent(?:er|re)s?|clients?|hospitals?|institutions?|countries)\b|\b(?:same|each) (?:experiment|analysis|evaluation) (?:was|is|were) (?:\w+ )?(?:conducted|repeated|performed|run) (?:with|for|on|at) (?:each|different|every|all|the other) (?:[\w-]+ ){0,3}(?:sites?|cent(?:er|re)s?|clients?|hospitals?|institutions?)\b/i,
      0.7,
    ),
    cue(
      'heterogeneity/pooled',
      new RegExp(`\\b(?:random[- ]effects?|meta-?analy[sz]\\w*)\\b[^.;]{0,80}\\b(?:across|between|among|over|of) (?:the )?(?:\\w+ ){0,2}${CLUSTER}\\b`, 'i'),
      0.7,
      { negationOk: true },
    ),
    cue(
      'heterogeneity/iecv',
      new RegExp(`\\binternal[- ]external (?:cross[- ]?)?validation\\b|\\bleave[- ]one[- ]${CLUSTER1}[- ]out\\b`, 'i'),
      0.7,
    ),
    cue(
      'heterogeneity/random-effect',
      new RegExp(
        `\\brandom (?:intercepts?|effects?|slopes?) (?:for|of|per|by) (?:the )?(?:\\w+ )?${CLUSTER1}s?\\b|\\b${CLUSTER1}s? (?:was|were) (?:included |entered |modell?ed |treated )?as (?:an? )?random (?:effects?|intercepts?|factors?)\\b`,
        'i',
      ),
      0.65,
    ),
    // "random intercepts for both the subject and the acquisition site", "folds balanced to control for
    // institution-specific differences"; not stratified randomisation or recruitment at several centres
    cue('heterogeneity/facets-model', cooccur(HC_MODEL, HC_CLUSTER, HC_EFFECT), 0.6, {
      sections: ['methods', 'results', 'other'],
      unless: /\b(?:fixed[- ]effects?|randomi[sz]\w*|recruit\w*|enrol\w*|allocat\w*|stud(?:y|ies) (?:effects?|heterogeneity)|between[- ]stud\w+)\b/i,
    }),
  ],
  needsEvaluation: true,
};

export default defineConcept({
  id: 'heterogeneity_clusters',
  meta: {
    label: 'Heterogeneity across clusters',
    group: 'Evaluation methods',
    definition:
      'Reported when the manuscript examines how the model\'s performance varies across clusters of the data (centres, hospitals, sites, countries, practices): performance given per cluster or its range across clusters, pooling of cluster estimates with a random-effects meta-analysis, internal-external cross-validation leaving one cluster out, or a random effect for the cluster. Recruitment at several centres, randomisation stratified by centre, results pooled over all sites, heterogeneity between studies of a literature meta-analysis, and variation across sites in other work do not count. The concept applies only where a model, classifier or test is evaluated.',
    traps: [
      'recruitment at several centres or stratified randomisation',
      'accuracy computed over all sites combined',
      'heterogeneity between studies of a meta-analysis',
      'heterogeneity of multicentre data described in the Introduction',
    ],
  },
  spec,
  examples: {
    context: EVAL_CONTEXT,
    reported: [
      { text: 'Discrimination varied across the eight hospitals, with AUCs between 0.74 and 0.86.', heading: 'Results' },
      { text: 'Performance was estimated separately for each centre and pooled with a random-effects meta-analysis across centres.' },
      { text: 'We used internal-external cross-validation, leaving out one country at a time.' },
      { text: 'A random intercept for hospital accounted for clustering of patients.' },
      { text: 'Site-specific calibration slopes are shown in Supplementary Figure 4.', heading: 'Results' },
      { text: 'In the held-out data, the weighted kappa ranged from 0.70 to 0.81 across the four participating hospitals.', heading: 'Results' },
      { text: 'There was no relevant heterogeneity in the c-statistic between centres (I2 = 0%).', heading: 'Results' },
      { text: 'After federated training, the global model was tested separately on the test split of each of the five clients.' },
      { text: 'The same experiment was repeated with each of the other hospitals as the source site.', heading: 'Results' },
      { text: 'Variation between the participating hospitals was modelled with a random intercept in the mixed model of the error.', heading: 'Methods' },
      { text: 'The cross-validation folds were balanced by institution to control for centre-specific differences in scanning.', heading: 'Methods' },
    ],
    missing: [
      { text: 'Another difficulty of multicentre imaging is the heterogeneity of the data across clinical centres.', heading: 'Introduction' },
      { text: 'Patients were recruited at 12 hospitals in three countries.' },
      { text: 'Randomisation was stratified by centre.' },
      { text: 'Accuracy was computed across all sites combined.', heading: 'Results', note: 'pooled, not per cluster' },
      { text: 'Each image was assessed independently by two readers at the coordinating centre.', note: 'readers, not a per-centre evaluation' },
      { text: 'Heterogeneity between studies was assessed with the I2 statistic in this meta-analysis.', note: 'studies, not clusters' },
      { text: 'Previous models showed variable performance across sites [12].', heading: 'Introduction', note: 'other work' },
      { text: 'Study centre, age and sex entered the model as fixed effects to adjust for differences in case mix.', heading: 'Methods', note: 'a fixed covariate, not a cluster effect' },
      { text: 'Each crop was taken around the centre of the lesion to balance the effect of the border.', heading: 'Methods', note: 'the middle of a lesion, not a clinical centre' },
      { text: 'A random intercept for hospital accounted for clustering of patients.', context: '', note: 'without a model or test under evaluation the concept does not apply' },
    ],
  },
});
