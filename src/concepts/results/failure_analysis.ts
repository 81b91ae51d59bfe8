/**
 * failure_analysis: where the model or test goes wrong (misclassified cases, error kinds, weak subgroups).
 */
import { defineConcept, type SpecBody } from '../core/define.js';
import { CAPABILITY, cue, FAMILY_DAMP } from '../shared/modelling.js';
import { MODEL_CONTEXT } from '../shared/examples.js';
import { cooccur } from '../shared/facets.js';

// the parts of a failure described by what went wrong, in any order and wording: an output of the model or test
// (classified, predicted, segmented, highlighted) and its wrongness (instead of the right one, an outlier, an error
// with its cause)
const FAILURE_OUTPUT = String.raw`\b(?:classified|predicted|assigned|clustered|clustering|segmented|detected|highlighted|labell?ed|localized|localised|segmentation masks?|predictions?)\b`;
const FAILURE_WRONG = String.raw`\b(?:(?:instead of|rather than)(?! \w+ing\b)|incorrectly|wrongly|erroneously|mistakenly|as outliers|false(?:ly)? (?:positives?|negatives?)|(?:mostly|mainly|largely|primarily) caused by)\b`;

// a second way: a wrong output explained by its cause - an output or class of the model (classified, predicted, a
// class, a cluster), a cause (because of, due to, an artifact of) and its extent (all, mostly, spurious)
const FAILURE_CAUSE = String.raw`\b(?:because of|due to|owing to|an? (?:\w+ )?(?:artifact|artefact) of|caused by|attributed to|explained by|(?:a|the) result of)\b`;
const FAILURE_CLASS = String.raw`\b(?:classified|predicted|assigned|clustered|segmented|detected|class|cluster)\b`;
const FAILURE_EXTENT = String.raw`\b(?:all|every|most|mainly|mostly|largely|entirely|spurious|artifact|artefact)\b`;

const spec: SpecBody = {
  // "X can be difficult to segment" is a finding here, not a capability description
  damp: FAMILY_DAMP.filter((d) => d.re !== CAPABILITY),
  // failures are mostly discussed in the Discussion
  sectionWeight: { discussion: 0.85 },
  rules: [
    cue('failure/explicit', /\b(?:failure (?:cases?|modes?|analys[ie]s|examples?)|failed (?:cases|segmentations?|predictions?)|error analys[ie]s|misclassif\w*|mis-?classif\w*|mislabell?\w*|mis-?segment\w*|incorrectly (?:classified|predicted|segmented|labell?ed|detected)|wrongly (?:classified|predicted|segmented)|false (?:positives?|negatives?) (?:were|was|occurred|mainly|mostly|included|arose|resulted|were due)|(?:most|majority|many|half) of (?:the )?["“‘']?(?:errors|misclassifications|failures|misclassified|false[- ](?:positives?|negatives?))|(?:errors?|failures?|mistakes) (?:occurred|were (?:mainly|mostly|primarily|largely|due)|(?:was|were) (?:caused|attributed|related)|(?:mainly|mostly) (?:occurred|involved))|(?:under|over)-?segment\w*|missed (?:tissue|lesions?|tumou?rs?|nodules?|fractures?|cases|detections?|structures?)|the (?:model|network|algorithm|classifier|method|prediction) (?:fail\w*|struggl\w*|(?:does|did) not generali[sz]e|underestimat\w*|overestimat\w*|misses|missed)|(?:difficult|challenging|hard) (?:cases|examples|to (?:segment|classify|differentiate|distinguish|detect|predict|delineate))|(?:challenging|difficult|hard|problematic) for the (?:[\w"'“”-]+ ){0,3}(?:model|network|algorithm|classifier|method)|(?:segmentation|classification|detection|prediction) of (?:the )?[^.;]{0,40}\b(?:is|are|was|were|can be|may be) (?:\w+ )?(?:difficult|challenging|problematic|error-prone)|(?:flagged|problematic|outlier|erroneous) (?:cases|segmentations|predictions)|failed prediction|predicted (?:in)?correctly)\b/i, 0.65, { negationOk: true, unless: /\b(?:non-?)?differential misclassification|misclassification (?:bias|is possible|may|might|could|of (?:the )?(?:exposure|outcome|covariates?|self))|self-reported/i }),
    cue('failure/stratified', /\b(?:sensitivity|specificity|accuracy|performance|AUC|errors?|Dice|precision|recall)\b[^.;]{0,50}\b(?:increased|decreased|improved|dropped|declined|was (?:lower|higher|worse|better|reduced|poorer)|became worse|deteriorat\w*|degrad\w*|fluctuat\w*|remained)\b[^.;]{0,60}\b(?:stage|size|severity|grade|subgroups?|tumou?r fraction|image quality|field strength|noise|artefacts?|artifacts?|small(?:er)?|larger?|early|advanced|looking|progression|motion|low[- ]quality|contrast)\b/i, 0.6),
    cue('failure/subgroup', /\b(?:subgroups?|patients with|cases with|images with|samples with|in which)\b[^.;]{0,60}\b(?:decreased|reduced|lower|poorer|worse|degraded) (?:accuracy|performance|sensitivity|specificity|discrimin\w*|calibration|AUC|Dice)\b|\b(?:accuracy|performance|sensitivity|specificity|AUC|Dice)\b (?:was|were) (?:\w+ )?(?:lower|worse|poorer|reduced) (?:in|for|among|on) (?:the )?(?:patients|cases|images|samples|subjects|scans|subgroups?) with\b/i, 0.6),
    // where the model or test works better or worse ("more powerful in identifying concurrent metastases (81%)",
    // "why the performance of the models appeared worse in predicting mortality", "correctly classified with the
    // exception of one sample")
    cue('failure/where', /\b(?:more|less) (?:powerful|accurate|sensitive|specific|reliable|effective|successful) (?:in|at|for|when) (?:identifying|detecting|predicting|classifying|distinguishing|discriminating|diagnosing)\b|\bexplain\w* why (?:the )?(?:\w+ ){0,3}(?:performance|accuracy|sensitivity|specificity|model|models|classifier|test|score)\b[^.;]{0,60}\b(?:worse|poorer|lower|weaker|failed|underperform\w*)|\b(?:correctly|accurately) (?:classified|identified|predicted|separated|assigned|clustered)\b[^.;]{0,80}\b(?:with the (?:\w+ )?exception of|except (?:for )?(?:one|two|three|the|\d))/i, 0.6, { otherWorkOk: true }),
    // a case whose prediction disagrees with the truth ("discordance between predicted and actual status"), counted
    // error cases ("nine cases of the 'false positive'", "the two false-negative samples")
    cue('failure/cases', /\bdiscordan\w* between (?:the )?(?:predicted|model[- ]predicted|estimated|classifier|algorithm|test)\b[^.;]{0,60}\b(?:actual|true|observed|reference|measured|histolog\w*|patholog\w*|clinical)\b|\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten) (?:cases|samples|patients|specimens|subjects|images|lesions) (?:of (?:the )?)?["“'‘]*false[- ](?:positives?|negatives?)|\b(?:the|these|those|\d+|two|three|four|five|six|seven|eight|nine|ten) false[- ](?:positive|negative) (?:cases|samples|patients|specimens|subjects|images|lesions|findings)\b/i, 0.65),
    cue('failure/inspection', /\b(?:visual|closer|manual|qualitative) (?:inspection|examination|review|assessment) (?:\w+ ){0,3}(?:revealed|showed|indicated|of the (?:errors|failures|outliers|misclassified))/i, 0.6),
    // an output of this study's model or test said to be wrong, whatever the phrasing; not misclassification bias,
    // not a method built to avoid errors
    cue('failure/facets', cooccur(FAILURE_WRONG, FAILURE_OUTPUT), 0.6, {
      sections: ['results', 'discussion', 'other'],
      unless: /\b(?:(?:non-?)?differential|bias|self-reported|exposure)\b|\b(?:to|would|could|may|might) (?:reduce|avoid|minimi[sz]e|prevent|lower|decrease|suppress)\b|\bloss\b|\b(?:could|would|might|may) have\b/i,
    }),
    // "all images from the new scanner were classified as normal because of the shift in contrast"; not a rule that
    // assigns classes, not a bias of the exposure
    cue('failure/cause-facets', cooccur(FAILURE_CAUSE, FAILURE_CLASS, FAILURE_EXTENT), 0.6, {
      sections: ['results', 'discussion', 'other'],
      unless: /\b(?:(?:non-?)?differential|bias|self-reported|exposure|according to|defined as|based on|criteria|excluded|exclusion)\b|\b(?:could|would|might|may) have\b/i,
    }),
  ],
  citationsInMethodsOk: true,
  needsEvaluation: true,
};

export default defineConcept({
  id: 'failure_analysis',
  meta: {
    label: 'Failure / error analysis',
    group: 'Results',
    definition:
      'Reported when the manuscript analyses where the model or test of this study goes wrong: misclassified or failed cases and what they have in common, the kind of errors (false positives that were mostly X), structures that were hard to segment or were missed, discordance between predicted and actual status, or performance that drops in particular subgroups or conditions (small lesions, advanced stage, poor image quality). Mentioning misclassification as a possible bias of the exposure or outcome (epidemiology) does not count. The concept applies only where a model, classifier or test is evaluated.',
    traps: [
      'misclassification bias of a self-reported exposure or outcome',
      '"non-differential misclassification" in the limitations of an association study',
      'papers that evaluate no model or test',
    ],
  },
  spec,
  examples: {
    context: MODEL_CONTEXT,
    reported: [
      { text: 'Most misclassifications occurred between adjacent severity grades.' },
      { text: 'Small lesions were difficult to segment and were often missed by the network.' },
      { text: 'The failed prediction for one participant may reflect factors not measured here.', heading: 'Discussion' },
      { text: 'The score was more accurate in identifying synchronous metastases (80%) than later ones (65%).', heading: 'Discussion' },
      { text: 'Most of the “false positives” were patients with acute tubular injury on biopsy.', heading: 'Discussion' },
      {
        text: 'Calibration on the older drug may explain why the performance of the models in the second trial was worse for mortality.',
        heading: 'Discussion',
      },
      { text: 'Cases and controls were correctly clustered apart, with the notable exception of one control sample.', heading: 'Results' },
      {
        text: 'In one patient the model was uncertain, and the predicted status was discordant with the actual status; the discordance between predicted and actual labels is shown in Figure 4.',
      },
      { text: 'Six cases of the "false negatives" had very small lesions on imaging.' },
      { text: 'In several scans the network segmented the bowel wall instead of the tumour.', heading: 'Results' },
      { text: 'Most false positives in the predictions were small vessels seen end-on.', heading: 'Results' },
      { text: 'Every scan from the second hospital was classified as normal, largely because of its lower contrast.', heading: 'Results' },
      { text: 'The small third cluster is probably an artefact of residual blood in some of the specimens.', heading: 'Discussion' },
    ],
    missing: [
      { text: 'Exposure was self-reported, so some misclassification is possible.', heading: 'Discussion', note: 'misclassification bias' },
      { text: 'Misclassification of the exposure is possible because diet was self-reported.', heading: 'Discussion', note: 'misclassification bias' },
      { text: 'Non-differential misclassification of smoking status would bias the estimates towards the null.', heading: 'Discussion', note: 'misclassification bias' },
      { text: 'Most misclassifications occurred between adjacent severity grades.', context: '', note: 'without a model or test under evaluation the concept does not apply' },
      { text: 'Instead of training one network per organ, we kept a single network that segmented all organs.', heading: 'Results', note: 'a design choice, not an error' },
      { text: 'Some patients could have been classified as positive rather than negative had the later cut-off been used.', heading: 'Results', note: 'a counterfactual' },
      { text: 'All slides were assigned to a class based on the consensus of two pathologists, due to the lack of a molecular test.', heading: 'Results', note: 'how the reference labels were made, not an error' },
    ],
  },
});
