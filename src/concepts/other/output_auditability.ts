/**
 * output_auditability: whether the AI system's outputs are kept so that they can be audited or evaluated again.
 */
import { defineConcept, type SpecBody } from '../core/define.js';

/** outputs of the system (plain "results" only with a model word) */
const OUTPUTS =
  '(?:(?:model|algorithm|AI|system|tool|software|network|classifier|CAD)(?:\'s)? (?:outputs?|predictions?|scores?|results|flags?|alerts?|recommendations?|probabilit(?:y|ies)|heat ?maps?|reports?)|predictions?|predicted (?:probabilit(?:y|ies)|scores?|labels?|masks?|segmentations?|classes)|(?:AI|algorithm|model)[- ]generated \\w+|outputs?|heat ?maps?|saliency maps?|risk scores?|probability scores?|alerts?)';
const STORED = new RegExp(
  `\\b${OUTPUTS}\\b[^.]{0,60}\\b(?:were|was|are|is|will be|being)\\s+(?:automatically |also |all |each |prospectively )?(?:stored|logged|saved|archived|recorded|retained|kept|written|exported|preserved|documented)\\b|\\b(?:stored|logged|saved|archived|recorded|retained|kept|exported|preserved)\\s+(?:all |each |every |the )?(?:of the )?${OUTPUTS}\\b|\\b(?:audit (?:trail|log)s?|logging of (?:all |each |every )?(?:the )?(?:outputs?|predictions?|model outputs?)|for (?:later|future|subsequent|retrospective) (?:audit(?:ing)?|re-?evaluation|re-?analysis)|auditab(?:le|ility))\\b`,
  'i',
);
const RELEASED = new RegExp(
  `\\b${OUTPUTS}\\b[^.]{0,80}\\b(?:for (?:all|each|every) (?:test |validation )?(?:cases?|examinations?|images?|patients?|studies|scans)|per[- ](?:case|patient|image|examination))\\b[^.]{0,80}\\b(?:provided|available|released|shared|deposited|published|included)\\b|\\b${OUTPUTS}\\b[^.]{0,40}\\b(?:are|were|is|have been) (?:made )?(?:publicly )?(?:available|provided|released|shared|deposited)\\b[^.]{0,60}\\b(?:supplement\\w*|repository|Zenodo|figshare|GitHub|online|upon request|on request|Data \\d|file)\\b`,
  'i',
);
const NOT_KEPT = new RegExp(`\\b${OUTPUTS}\\b[^.]{0,60}\\b(?:were|was|are|is|will)\\s+not\\s+(?:be\\s+)?(?:stored|logged|saved|archived|recorded|retained|kept)\\b|\\bnot (?:stored|logged|saved|retained|kept)\\b[^.]{0,20}\\b(?:outputs?|predictions?)\\b|\\bbut not (?:stored|logged|saved|retained|kept|recorded)\\b`, 'i');
/** inputs, code, model weights and plain data availability; the outputs of training (checkpoints) */
const NOT_OUTPUTS =
  /\b(?:images were (?:stored|saved|archived)|DICOM|raw data|input data|source code|code (?:is|are|was|will be) (?:available|released)|model weights|checkpoints?|training (?:logs?|loss)|learning curves?|hyper-?parameters were (?:logged|recorded)|questionnaires?|case report forms?|the data (?:that|which) support|data are available|(?:output|input) (?:layer|channels?|neurons?|nodes?|features?|dimensions?|size|shape))\b/i;

const spec: SpecBody = {
  rules: [
    { id: 'auditability/not-kept', re: NOT_KEPT, weight: 0.9, notDone: true, negationOk: true, unless: NOT_OUTPUTS },
    { id: 'auditability/stored', re: STORED, weight: 0.85, unless: NOT_OUTPUTS },
    { id: 'auditability/released', re: RELEASED, weight: 0.8, unless: NOT_OUTPUTS },
  ],
  sectionWeight: { introduction: 0.2, discussion: 0.6 },
  require: { pattern: /stor|log|sav|archiv|record|retain|kept|keep|written|export|preserv|document|audit|re-?evaluat|re-?analys|review|provided|available|released|shared|deposited|published|included/i },
};

export default defineConcept({
  id: 'output_auditability',
  meta: {
    label: 'Output storage / auditability',
    group: 'Other',
    definition:
      'Reported when the manuscript says whether the outputs of the AI system (predictions, scores, heat maps, flags) are stored or logged so that they can be audited or evaluated again later: kept with the patient record or in a study database, or released for re-evaluation. An explicit statement that the outputs were not kept counts and is reported as not done. Not counted: storage of the input data, availability of the code or the trained model (code availability), training logs and checkpoints, layers of a network called "output", and statements about the availability of the study data.',
    traps: [
      'storage of the input images or records',
      'code or model availability',
      'a data availability statement about the study data',
      'the output layer of a network, training logs and checkpoints',
    ],
  },
  spec,
  examples: {
    reported: [
      { text: 'Every prediction and its heat map were logged with a timestamp in the study database for later audit.' },
      { text: 'The algorithm scores for all test examinations are provided in Supplementary Data 1 so that readers can re-evaluate them.', heading: 'Results' },
      { text: 'Model outputs are stored in the picture archiving system next to the radiologist\'s report.' },
    ],
    notDone: [{ text: 'Outputs of the triage tool were shown to the reader but not stored.' }],
    missing: [
      { text: 'Images were stored in DICOM format on a secure server.', note: 'input data' },
      { text: 'The code is available at https://github.com/example/triage.', heading: 'Code availability', note: 'code availability' },
      { text: 'Data are available from the corresponding author on reasonable request.', heading: 'Data availability', note: 'data availability' },
      { text: 'The output layer has two neurons with a softmax activation.', note: 'a network layer' },
      { text: 'Model checkpoints were saved after every epoch.', note: 'training' },
    ],
  },
});
