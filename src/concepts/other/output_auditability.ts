/**
 * output_auditability: whether the AI system's outputs are kept so that they can be audited later.
 * No automatic check: items using it need review.
 */
import { defineConcept } from '../core/define.js';

export default defineConcept({
  id: 'output_auditability',
  meta: {
    label: 'Output storage / auditability',
    group: 'Other',
    definition:
      'Reported when the manuscript says whether the outputs of the AI system (predictions, scores, heat maps, flags) are stored or logged so that they can be audited or evaluated again later: kept with the patient record or in a study database, or released for re-evaluation. An explicit statement that the outputs were not kept counts and is reported as not done. Not counted: storage of the input data, availability of the code or the trained model (code availability), and statements about the availability of the study data.',
    traps: [
      'storage of the input images or records',
      'code or model availability',
      'a data availability statement about the study data',
    ],
  },
  manual: true,
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
    ],
  },
});
