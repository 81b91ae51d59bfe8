/**
 * usability_end_user (TRIPOD+AI 3b, 27a, 27b): intended users, setting of use, interaction and inputs at deployment.
 */
import { defineConcept, type SpecBody } from '../core/define.js';
import { cue } from '../shared/modelling.js';
import { INSTRUCTION_DAMP } from '../shared/hedges.js';
import { EVAL_CONTEXT } from '../shared/examples.js';
import { cooccur } from '../shared/facets.js';

const USER_WORD =
  '(?:clinicians?|physicians?|doctors?|radiologists?|pathologists?|dermatologists?|ophthalmologists?|cardiologists?|surgeons?|nurses?|general practitioners?|GPs?|health ?care (?:professionals?|providers?|workers?|staff)|primary care (?:physicians?|practitioners?|teams?)|non-?specialists?|technicians?|technologists?|sonographers?|radiographers?|midwives|midwife|pharmacists?|triage|point of care|point-of-care|bedside|primary care|emergency departments?|screening (?:programmes?|programs?|settings?)|clinical (?:workflows?|practice|settings?|routine)|radiology (?:workflows?|departments?|practice)|routine (?:clinical )?(?:practice|care|workflows?))';

// the three parts of a statement of use, in any order and wording: a person who uses the model, an act of use or
// support, and this study's model or its output
const USE_PERSON = String.raw`\b(?:(?:end[- ])?users?|clinicians?|physicians?|doctors?|practitioners?|radiologists?|pathologists?|dermatologists?|surgeons?|nurses?|(?:medical|clinical|hospital|nursing) staff|health ?care (?:professionals?|providers?|workers?)|(?:other )?researchers)\b`;
const USE_ACT = String.raw`\b(?:assist(?:s|ed|ing)?|help(?:s|ed|ing)?|support(?:s|ed|ing)?|guid(?:e|es|ing)|aid(?:s|ing)?|inform(?:s|ing)?|allow(?:s|ing)?|enabl(?:e|es|ing)|appl(?:y|ying)|employ(?:ing)?|implement(?:ed|ing)?|deploy(?:ing)?|use|using|inspect|interpret|verify|rely (?:on|upon)|act on)\b`;
const USE_OBJECT = String.raw`\b(?:our|this|the (?:proposed|developed|present(?:ed)?|final|resulting))(?: [\w-]+){0,2}? (?:models?|tools?|methods?|algorithms?|system|software|classifiers?|predictions?|outputs?|estimates?|alerts?|warnings?|application|pipeline)\b`;

const spec: SpecBody = {
  // TRIPOD+AI 3b is an Introduction item: "the model is intended as ..." there describes this study's model
  sectionWeight: { introduction: 0.8 },
  // "clinicians can run it" states what users do; only speculative modals weaken
  damp: [{ re: /\b(?:could|may|might|would|should)\b/i, factor: 0.6 }, INSTRUCTION_DAMP],
  rules: [
    cue('users/intended', /\b(?:intended|target|prospective) (?:end[- ])?users?\b/i, 0.85, { unless: /\b(?:drug|substance|cannabis|alcohol|tobacco|opioid|heroin)\b/i }),
    cue('users/end-users', /\bend[- ]users?\b/i, 0.6, { unless: /\b(?:licen[cs]e|agreement|drug|substance)\b/i }),
    cue(
      'users/designed-for',
      new RegExp(
        `\\b(?:intended|designed|meant|developed|built|conceived) (?:primarily |mainly |specifically )?(?:to be used|for (?:\\w+ )?use|to be deployed|to be operated|to (?:assist|support|aid|help|guide)|as an? (?:\\w+ ){0,2}(?:tool|aid|system|assistant))\\b[^.;]{0,60}\\b${USER_WORD}`,
        'i',
      ),
      0.7,
      { unless: /\bdeveloped (?:\w+ ){0,2}(?:in|for) (?:patients|children|adults|women|men)\b/i, notSections: ['introduction'] },
    ),
    // "The model is intended as decision support in routine reporting"
    cue(
      'users/intended-as',
      /\b(?:the|our|this|proposed) (?:\w+ ){0,2}(?:model|tool|algorithm|system|classifier|score|software|app|application|network|pipeline|calculator|nomogram)s? (?:is|was|are|were) (?:primarily |mainly |therefore )?(?:intended|designed|meant|envisaged|envisioned) (?:as|to serve as|to act as|for use as) (?:an? )?(?:\w+ ){0,2}(?:decision[- ]support|support|triage|decision aids?|triage tool|second reader|first reader|concurrent reader|screening tool|assistant|aid|tool)\b/i,
      0.7,
    ),
    cue(
      'users/usability',
      /\b(?:usability|user (?:experience|acceptance|satisfaction)|acceptability) (?:testing|tests?|study|studies|evaluation|assessment|questionnaires?|surveys?|scores?|scale|interviews?) (?:of|for|with) (?:the |our |this )?(?:\w+ ){0,2}(?:model|tool|system|software|application|app|algorithm|interface|prototype|platform|calculator|nomogram|score)\b|\b(?:model|tool|system|software|application|app|algorithm|interface|prototype|platform|calculator)(?:'s)? (?:usability|acceptability)\b (?:was|were) (?:\w+ )?(?:assessed|evaluated|tested|measured|rated|examined)\b/i,
      0.75,
    ),
    cue(
      'users/expertise',
      /\b(?:no|minimal|little|without|limited|basic) (?:\w+ )?(?:programming|coding|technical|computational|computer) (?:skills?|expertise|knowledge|experience|background)\b|\b(?:requires?|required|needs?) (?:no|minimal|little|specific|specialist|specialised|specialized|expert) (?:\w+ )?(?:expertise|knowledge|skills?)\b/i,
      0.6,
      { negationOk: true },
    ),
    // what users do with the output ("guidance for the physicians to approve or correct the predicted contour", "the
    // radiologist can take a closer look at uncertain cases") and adapting the tool to a site's workflow or template
    cue(
      'users/acting-on-output',
      new RegExp(
        `\\b${USER_WORD}\\b[^.;]{0,30}?\\b(?:to )?(?:modify|approve|verify|correct|accept|reject|confirm|double-check|take a closer look|be more careful|focus (?:on|their)|prioriti[sz]e)\\b|\\b(?:guidance|support|help|assistance) (?:for|to) (?:the )?${USER_WORD}\\b|\\badapt(?:ed|s|ing)? (?:\\w+ ){0,4}(?:to|into) (?:a |an |the |their |each )?(?:new |different |local |existing |hospital-specific |site-specific |institution-specific )?(?:(?:structured )?reporting )?(?:workflows?|templates?|clinical practice)\\b`,
        'i',
      ),
      0.85,
      { notSections: ['introduction'] },
    ),
    cue(
      'users/workflow',
      /\b(?:integrated|embedded|deployed|implemented|incorporated) (?:\w+ ){0,2}(?:in|into|within) (?:the |our |a |an )?(?:\w+ ){0,2}(?:clinical workflows?|radiology workflows?|reading workflows?|PACS|picture archiving|electronic (?:health|medical|patient) records?|EHRs?|EMRs?|hospital information systems?|routine (?:clinical )?(?:care|practice|workflows?))\b/i,
      0.65,
      { requireOwn: true },
    ),
    cue(
      'users/deployment-inputs',
      /\b(?:at|during|in) (?:the time of )?(?:deployment|inference time|prediction time|the point of prediction|clinical use|routine use|real-world use|implementation)\b[^.;]{0,100}\b(?:missing|poor[- ]quality|low[- ]quality|insufficient[- ]quality|inadequate|incomplete|unavailable|not available)\b|\b(?:(?:missing|poor[- ]quality|low[- ]quality|insufficient[- ]quality|inadequate|incomplete|unavailable)\b (?:\w+ ){0,3}(?:inputs?|images?|values|data|predictors?|scans?)|(?:inputs?|images?|values|data|predictors?|scans?) (?:of|with) (?:poor|low|insufficient|inadequate) (?:image )?quality)\b[^.;]{0,100}\b(?:at|during|in) (?:the time of )?(?:deployment|inference time|prediction time|clinical use|routine use|real-world use)\b/i,
      0.65,
      { negationOk: true },
    ),
    // where this model is to run or be used: "an efficient model suitable for deployment on a microcomputer", "the
    // networks are loaded on a single-board computer at the point of care", "explanations suitable for radiology end use"
    cue(
      'users/deployment-setting',
      /\bend[- ]use\b|\b(?:suitable|ready|designed|optimi[sz]ed|intended|small enough|fast enough|efficient enough) for (?:real-world |clinical |practical |on-device |bedside )?(?:deployment|use) (?:in|on|at|into) (?:a |an |the )?(?:[\w-]+ ){0,2}(?:hospitals?|clinics?|micro-?computers?|single-board computers?|edge devices?|mobile (?:devices?|phones?)|smartphones?|embedded (?:devices?|systems?)|point[- ]of[- ]care|bedside|primary care|clinical (?:settings?|practice|workflows?)|radiology (?:departments?|workflows?)|low-resource settings?)\b|\b(?:deploy(?:ed|ing)?|run(?:ning)?|load(?:ed|ing)?) (?:the |our |these |all )?(?:[\w-]+ ){0,2}(?:models?|networks?|CNNs?|classifiers?|algorithms?) (?:in|on|onto|at|into) (?:a |an |the )?(?:[\w-]+ ){0,2}(?:micro-?computers?|single-board computers?|edge devices?|mobile devices?|smartphones?|embedded (?:devices?|systems?)|point[- ]of[- ]care|bedside)\b/i,
      0.7,
      { notSections: ['introduction'], unless: /\b(?:drug|substance|end[- ]use (?:of|by) (?:the )?(?:product|drug|energy|fuel|water))\b/i },
    ),
    // the user, the act and this model in one sentence, whatever the phrasing; not readers of a figure, not annotators
    cue('users/facets', cooccur(USE_ACT, USE_PERSON, USE_OBJECT), 0.7, {
      // a modal elsewhere ("which patients might need care") does not weaken it, a possibility of use does not count;
      // "other researchers can apply the developed models" speaks of this study's model
      dampOk: true,
      otherWorkOk: true,
      unless: /\b(?:annotat\w*|label(?:l?ed|l?ing)|delineat\w*|manual(?:ly)? segment\w*|were asked|readers?)\b|\b(?:could|might|may|would)(?: \w+ly| also| one day| eventually| in (?:the )?future)? (?:be )?(?:used|integrated|implemented|deployed|applied|employed|assist|help|support|guide|aid|inform|allow|enable)\b|\b(?:future|further) (?:work|research|studies)\b/i,
    }),
  ],
  needsEvaluation: true,
};

export default defineConcept({
  id: 'usability_end_user',
  meta: {
    label: 'Intended users and use in practice',
    group: 'Discussion',
    definition:
      'Reported when the manuscript states who is meant to use the model or test and how: the intended or end users, the setting or workflow it is designed for or integrated into (primary care, PACS, the radiology workflow), its intended role (decision support, triage, second reader), the expertise users need, a usability or acceptability evaluation, or how missing or poor-quality inputs are handled at deployment. An Introduction sentence about this study\'s model counts (TRIPOD+AI 3b). Possibilities ("could be integrated"), what other systems are designed for, configuration options of software ("users can change the learning rate") and drug users do not count. The concept applies only where a model, classifier or test is evaluated.',
    traps: [
      'drug, cannabis or alcohol users',
      'a model "developed for patients with X" (the population, not the users)',
      'possibilities and wishes ("could be integrated into clinical workflows")',
      'what other tools are designed for, in the Introduction',
      'software options addressed to users',
    ],
  },
  spec,
  examples: {
    context: EVAL_CONTEXT,
    reported: [
      { text: 'The intended users of the tool are general practitioners in primary care.' },
      { text: 'The classifier is meant as a second reader for screening mammograms: the radiologist sees its score after reading.' },
      { text: 'The software is designed to be used by radiographers without specialist training in image analysis.' },
      { text: 'The algorithm was integrated into our radiology workflow through the PACS viewer.' },
      { text: 'A usability evaluation of the prototype with twelve nurses was carried out using semi-structured interviews.' },
      { text: 'The toolbox requires no programming skills, so clinicians can run it from a graphical interface.' },
      {
        text: 'When images of insufficient quality are submitted at the time of deployment, the system rejects them and asks for a new acquisition.',
      },
      {
        text: `# A study\n\n## Introduction\n\nOur tool is intended as triage support in the emergency department; the physician on duty confirms each alert.\n\n## Methods\n\n${EVAL_CONTEXT}\n`,
        markdown: true,
        note: 'an Introduction statement about this model counts (TRIPOD+AI 3b)',
      },
      { text: 'Two radiologists rated which saliency methods they found most suitable for radiology end use.', heading: 'Results' },
      { text: 'With fewer than one million parameters, the classifier is small enough for deployment on a single-board computer beside the scanner.', heading: 'Discussion' },
      { text: 'The proposed tool can support emergency physicians in deciding which patients need a scan first.', heading: 'Abstract' },
      { text: 'Because the weights are released, other researchers can apply our trained models to scans from their own hospitals.' },
    ],
    missing: [
      { text: 'Users can change the learning rate in the configuration file.', note: 'software option' },
      { text: 'Cannabis users were excluded from the cohort.', note: 'drug users' },
      { text: 'The model was developed for patients with suspected pulmonary embolism.', note: 'population, not users' },
      { text: 'Such a tool could be integrated into clinical workflows in the future.', heading: 'Discussion', note: 'possibility' },
      { text: 'Usability studies with eye tracking are common in human-computer interaction research [3].', heading: 'Introduction' },
      { text: 'Many commercial algorithms are designed to assist radiologists in reading chest films.', heading: 'Introduction', note: 'other tools' },
      { text: 'Such systems are intended as decision support [8].', heading: 'Introduction', note: 'other tools' },
      { text: 'The intended users of the leaflet are parents of young children.', context: '', note: 'no model or test under evaluation' },
      { text: 'Large language models are rarely small enough for deployment on mobile devices [12].', heading: 'Introduction', note: 'other models, in the Introduction' },
      { text: 'The pipeline was run on a cluster with four GPUs.', note: 'compute used for the study, not the setting of use' },
      { text: 'Two radiologists annotated every scan with our labelling software before training.', note: 'annotators, not users of the model' },
      { text: 'Our tool could be integrated into the ward routine to help nurses one day.', heading: 'Discussion', note: 'a possibility of use' },
    ],
  },
});
