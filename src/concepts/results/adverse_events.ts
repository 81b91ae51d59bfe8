/**
 * adverse_events (STARD 25): adverse events of performing the index test or reference standard. Harms of a trial
 * intervention (drug, surgery, "the procedure") are a homonym and do not count.
 */
import { defineConcept, type SpecBody } from '../core/define.js';
import { cue } from '../shared/modelling.js';
import { INSTRUCTION_DAMP, MODAL } from '../shared/hedges.js';
import { EVAL_CONTEXT } from '../shared/examples.js';

const HARM = '(?:adverse (?:events?|effects?|reactions?)|complications?|side[- ]effects?|harms?)';
const TEST_ACT =
  '(?:index tests?|reference (?:standard|tests?)|biops(?:y|ies)|MRI|MR imaging|CT|CT scans?|imaging (?:examinations?|procedures?)|contrast(?: (?:media|medium|agents?|administration|injection))?|endoscop\\w+|colonoscop\\w+|bronchoscop\\w+|cystoscop\\w+|lumbar punctures?|venepunctures?|venipunctures?|blood (?:draws?|sampling)|swabs?|swabbing|diagnostic (?:tests?|testing|procedures?)|testing|angiograph\\w+|aspirations?|catheteri[sz]ation)';

const spec: SpecBody = {
  damp: [{ re: MODAL, factor: 0.6 }, INSTRUCTION_DAMP],
  sectionWeight: { introduction: 0.2, discussion: 0.6 },
  rules: [
    cue(
      'harms/of-test',
      new RegExp(`\\b${HARM}\\b (?:\\w+ ){0,2}(?:related to|associated with|due to|from|caused by|during|after|following|of|to|attributable to|secondary to|resulting from) (?:the |a |an )?(?:\\w+ ){0,2}${TEST_ACT}\\b|\\b${TEST_ACT}[- ](?:related|associated|induced) (?:\\w+ )?${HARM}\\b`, 'i'),
      0.7,
      {
        negationOk: true,
        // harms of a treatment given with image guidance or of a trial drug are not harms of testing
        unless: /\b(?:test|testing|study|treatment) (?:period|phase)\b|\b(?:prior|previous|history of)\b|\btesting (?:for|of) (?:adverse|complications|side)|\b(?:treatments?|therapy|therapeutic|ablation|drugs?|vaccin\w*|infusions?|-guided (?:surgery|therapy|treatment))\b/i,
      },
    ),
    cue(
      'harms/not-recorded',
      new RegExp(`\\b${HARM}\\b[^.;]{0,60}\\b${TEST_ACT}\\b[^.;]{0,40}\\b(?:were|was) not (?:\\w+ )?(?:recorded|assessed|collected|documented|monitored|reported)\\b`, 'i'),
      0.75,
      { notDone: true, negationOk: true },
    ),
  ],
  needsEvaluation: true,
};

export default defineConcept({
  id: 'adverse_events',
  meta: {
    label: 'Adverse events of testing',
    group: 'Results',
    presupposes: 'prospective_testing',
    definition:
      'Reported when the manuscript says whether performing the index test or the reference standard harmed participants: adverse events, complications or side effects of a biopsy, contrast medium, endoscopy, puncture or other test procedure, including that none occurred; that they were not recorded is reported as not done (STARD 25). Harms of a treatment, trial drug or surgery, events during a treatment period, and prior complications as exclusion criteria do not count. The concept applies only where a model, classifier or test is evaluated.',
    traps: [
      'adverse events of a study drug or treatment (trial harms)',
      'postoperative complications',
      'complications of image-guided treatment (ablation, focused ultrasound)',
      'prior complications as an exclusion criterion',
      'events that led to testing ("a head injury following a fall underwent CT")',
    ],
  },
  spec,
  examples: {
    context: EVAL_CONTEXT,
    reported: [
      { text: 'No complications occurred after the biopsy in any participant.', heading: 'Results' },
      { text: 'Two patients had mild adverse reactions to the contrast medium.', heading: 'Results' },
      { text: 'Biopsy-related complications were recorded for all participants.' },
      { text: 'Adverse events of the reference standard colonoscopy included one perforation.', heading: 'Results' },
    ],
    notDone: [{ text: 'Complications of the reference biopsy were not recorded.' }],
    missing: [
      { text: 'Adverse events related to the study drug were mild.', heading: 'Results', note: 'trial drug' },
      { text: 'Postoperative complications occurred in 12% of patients.', heading: 'Results', note: 'surgery' },
      { text: 'Serious adverse events were reported during the treatment period.', heading: 'Results', note: 'treatment period' },
      { text: 'Patients with prior complications of biopsy were excluded.', note: 'exclusion criterion' },
      { text: 'Adverse events during MRI-guided focused ultrasound treatment were recorded.', heading: 'Results', note: 'treatment' },
      { text: 'Patients with a minor head injury following a fall underwent CT.' },
      {
        text: 'Two patients had mild adverse reactions to the contrast medium.',
        heading: 'Results',
        context: '',
        note: 'needs a test under evaluation: trial harms are a homonym',
      },
    ],
  },
});
