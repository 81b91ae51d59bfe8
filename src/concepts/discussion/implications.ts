/**
 * implications: what the findings mean for practice, policy or patients.
 */
import { defineConcept, type SpecBody } from '../core/define.js';

const spec: SpecBody = {
  sectionWeight: { declarations: 0, introduction: 0.1, discussion: 1, abstract: 0.9, results: 0.2, methods: 0.1 },
  rules: [
    { id: 'implications/practice', re: /\b(implications? (for|of|in) (clinical )?(practice|policy|care|patients|clinicians|practitioners|health)|clinical (implications?|relevance|utility|practice)|(could|may|might|can) (be used|help|assist|support|guide|inform|improve|aid|facilitate|reduce|enable)\b[^.]{0,60}\b(clinic|practice|patients|decision|care|screening|treatment|diagnos|management|physicians|clinicians|policy|programmes?|programs?)|should be (considered|recommended|offered|implemented)|we recommend|recommendations? for (practice|policy))\b/i, weight: 0.85, otherWorkOk: true },
    // practical value stated without "implications": suitable for clinical use, clinical applicability, guidance for clinicians
    { id: 'implications/applicability', re: /\b(suitable|useful|ready|applicable|appropriate|valuable|beneficial|practical|promising|well[- ]suited) (\w+ ){0,2}(for|in) (\w+ ){0,2}(clinical|routine|real-world|everyday|hospital) (applications?|use|practice|settings?|workflows?|deployment|care|environments?)\b|\b(increases?|improves?|enhances?|supports?|facilitates?|increased|improved) (the )?(\w+ ){0,2}(clinical (applicability|utility|adoption|translation|usefulness|value)|trustworthiness|usability)\b|\b(provide|provides|offer|offers|give|gives) (\w+ ){0,3}(guidance|support|assistance|information|data) (for|to) (the )?(physicians|clinicians|radiologists|pathologists|doctors|practitioners|clinical)\b|\bwill provide (\w+ ){0,2}(diagnostic|clinical|prognostic)\b/i, weight: 0.75 },
  ],
  headingFallback: { heading: /^(implications?( for (practice|policy|clinical practice))?|clinical implications?|what are the clinical implications\??)$/ },
  require: { pattern: /implication|clinical|could|may|might|can |should be|recommend|suitable|useful|ready|applicable|appropriate|valuable|beneficial|practical|promising|suited|trustworth|usability|guidance|will provide/i },
  onlySections: ['discussion', 'abstract', 'other', 'results'],
};

export default defineConcept({
  id: 'implications',
  meta: {
    label: 'Implications for practice',
    group: 'Discussion',
    definition:
      'Reported when the manuscript says what its findings mean for clinical practice, policy, patients or clinicians: implications for practice, clinical relevance or utility, how the results or tool could help decisions, screening or care, or recommendations ("we recommend ...", "should be offered"), in the Discussion, conclusions or abstract; a section headed Implications counts too. Consequences unrelated to practice ("could lead to poorer healing"), technical uses ("could be used with a standard coil") and implications discussed in the Introduction do not count.',
    traps: ['implications of other work in the Introduction', 'technical possibilities without a practice setting'],
  },
  spec,
  examples: {
    reported: [
      { text: 'These results could help clinicians guide treatment decisions.', heading: 'Discussion' },
      { text: 'The score could be used to identify patients for early palliative care.', heading: 'Discussion' },
      { text: 'We recommend routine screening for depression after stroke.', heading: 'Discussion' },
    ],
    missing: [
      { text: 'The implications of obesity for cancer risk are well documented [2].', heading: 'Introduction' },
      { text: 'Obesity could lead to poorer wound healing.', heading: 'Discussion' },
      { text: 'The scanner could be used with a standard head coil.', heading: 'Discussion', note: 'a technical use' },
    ],
  },
});
