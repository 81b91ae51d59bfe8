/**
 * deidentification: how the data were de-identified or anonymised before use.
 */
import { defineConcept, type SpecBody } from '../core/define.js';
import { cue, FAMILY_DAMP } from '../shared/modelling.js';

const spec: SpecBody = {
  // Methods and Results cite the tools and data they use
  citationsInMethodsOk: true,
  damp: FAMILY_DAMP,
  rules: [
    cue('deid/explicit', /\bde-?identif\w*|\banonymi[sz]\w*|\bpseudonymi[sz]\w*|\bdefac(?:ed|ing)\b|\bprotected health information\b|\bHIPAA\b|\b(?:removed?|stripped?|removing) (?:all )?(?:patient[- ])?(?:identif\w*|personal|identifying|private) (?:information|data|details|metadata)|\bDICOM (?:headers?|tags?|metadata) (?:were|was) (?:removed|stripped|anonymi[sz]ed)/i, 0.8),
  ],
};

export default defineConcept({
  id: 'deidentification',
  meta: {
    label: 'De-identification',
    group: 'Data',
    definition:
      'Reported when the manuscript says that the data or images of this study were de-identified, anonymised or pseudonymised, how (DICOM headers stripped, faces removed by defacing, identifying information removed), or names the privacy rule followed (HIPAA, protected health information). Assigning a study number or an anonymous questionnaire alone does not count.',
    traps: [
      '"identification" of eligible patients or of lesions (no "de-")',
      'study numbers assigned at enrolment',
      'anonymous questionnaires (anonymous is not anonymised)',
    ],
  },
  spec,
  examples: {
    reported: [
      { text: 'All DICOM headers were anonymised before transfer.' },
      { text: 'Images were de-identified before they left the hospital network.' },
      { text: 'We removed all personal information from the reports before annotation.' },
      { text: 'Head MRI volumes were defaced to prevent facial reconstruction.' },
    ],
    missing: [
      { text: 'Identification of eligible patients relied on the electronic health record.' },
      { text: 'Each participant was assigned a study number at enrolment.' },
      { text: 'Responses to the questionnaire were anonymous.', note: 'anonymous, not anonymised' },
    ],
  },
});
