/**
 * time_interval (STARD 22): time interval (and treatment) between index test and reference standard.
 */
import { defineConcept, type SpecBody } from '../core/define.js';
import { cue } from '../shared/modelling.js';
import { INSTRUCTION_DAMP, MODAL } from '../shared/hedges.js';
import { EVAL_CONTEXT } from '../shared/examples.js';
import { cooccur } from '../shared/facets.js';

const TEST =
  '(?:index tests?|reference (?:standard|tests?)|gold standard|imaging|scans?|MRI|MR imaging|MR examinations?|CT|CT scans?|computed tomography|ultrasound|ultrasonography|sonography|mammogra\\w+|radiographs?|x-rays?|PET(?:/CT)?|examinations?|endoscop\\w+|colonoscop\\w+|ECGs?|electrocardiogra\\w+|biops(?:y|ies)|surgery|resection|operation|prostatectomy|histolog\\w+|histopatholog\\w+|patholog\\w+|cytolog\\w+|angiograph\\w+|RT-PCR|PCR|swabs?|sampling|specimen collection|blood (?:draws?|samples?|tests?))';
const NUM_UNIT = '(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fourteen|thirty) (?:hours?|h|days?|weeks?|months?)';

// the three parts of an interval statement, in any order and wording: a test or sample, an act that obtained a test or
// its result, and a span relative to another event ("5 months after", "within 4 hours of")
const GAP_TEST = String.raw`\b(?:index tests?|reference (?:standard|tests?)|gold standard|imaging|scans?|MRI|MR imaging|CT|computed tomography|ultrasound|ultrasonography|sonography|mammogra\w+|radiographs?|x-rays?|PET(?:/CT)?|exams?|examinations?|endoscop\w+|colonoscop\w+|ECGs?|biops(?:y|ies)|surgery|resection|histolog\w+|histopatholog\w+|patholog\w+|cytolog\w+|angiograph\w+|RT-PCR|PCR|swabs?|sampling|(?:sample|specimen) collection|blood (?:draws?|samples?|tests?))\b`;
const GAP_ACT = String.raw`\b(?:obtained|performed|acquired|collected|taken|done|carried out|reported|diagnosed|confirmed|determined|scanned|imaged|underwent)\b`;
// the span reaches another test: "5 months after the PET scan", not "3 months after surgery" (follow-up after treatment)
const GAP_OTHER_TEST = GAP_TEST.replace('|surgery|resection', '');
const GAP_SPAN = String.raw`\b(?:within )?\d+(?:\.\d+)?(?: ?(?:±|-|–|to) ?\d+(?:\.\d+)?)? ?(?:minutes?|min|hours?|h|days?|weeks?|months?) (?:after|before|of|prior to|following|from) (?:the )?(?:[\w-]+ ){0,2}?` + GAP_OTHER_TEST;

const spec: SpecBody = {
  damp: [{ re: MODAL, factor: 0.6 }, INSTRUCTION_DAMP],
  sectionWeight: { introduction: 0.2 },
  rules: [
    cue(
      'interval/between',
      new RegExp(`\\b(?:intervals?|time|delay|days|weeks|period|duration) (?:between|from) (?:the )?(?:\\w+ ){0,3}${TEST} (?:and|to|until) (?:the )?(?:\\w+ ){0,3}${TEST}\\b`, 'i'),
      0.75,
      { negationOk: true, unless: /\b(?:consecutive|repeat(?:ed)?|serial|follow-?up) (?:scans|examinations|imaging|MRIs?|CTs?)\b|\bbetween (?:the )?(?:first|second|baseline|initial) and (?:the )?(?:second|third|follow-?up|final|last|repeat)\b/i },
    ),
    cue(
      'interval/within',
      new RegExp(`\\b${TEST}\\b[^.;]{0,80}\\bwithin (?:a (?:median|mean) of )?${NUM_UNIT} (?:of|after|before|prior to|following|from) (?:the )?(?:\\w+ ){0,3}${TEST}\\b`, 'i'),
      0.65,
      // "biopsy within 6 weeks before MRI was an exclusion criterion" concerns artefacts, not the interval
      { negationOk: true, unless: /\bexclu\w*/i },
    ),
    // "... was obtained a median of 3 days after the index ultrasound"
    cue(
      'interval/median-after',
      new RegExp(`\\b${TEST}\\b[^.;]{0,100}\\b(?:a )?(?:median|mean|average) (?:time |interval |delay )?(?:of )?\\d+(?:\\.\\d+)? (?:hours?|h|days?|weeks?|months?)\\b[^.;]{0,40}\\b(?:after|before|following|prior to|from) (?:the )?(?:\\w+ ){0,3}${TEST}\\b`, 'i'),
      0.7,
      { negationOk: true },
    ),
    cue(
      'interval/treatment-between',
      new RegExp(`\\b(?:treatments?|therapy|therapies|interventions?|chemotherapy|radiotherapy|antibiotics?|medications?)\\b[^.;]{0,60}\\bbetween (?:the )?(?:\\w+ ){0,3}${TEST} and (?:the )?(?:\\w+ ){0,3}${TEST}\\b`, 'i'),
      0.7,
      { negationOk: true },
    ),
    // the test, the act and the span in one Methods or Results sentence, whatever the phrasing; not follow-up,
    // eligibility, onset or admission, drug schedules or laboratory steps
    cue('interval/facets', cooccur(GAP_ACT, GAP_SPAN, GAP_TEST), 0.6, {
      sections: ['results', 'methods', 'other'],
      unless: /\b(?:follow-?up|exclu\w*|inclu\w*|eligib\w*|onset|admission|randomi[sz]\w*|symptoms?|consecutive|repeat(?:ed)?|serial|injection|infusion|administration|dose|drugs?|transfect\w*|cultur\w*|incubat\w*|stored|embedded|frozen|cells?)\b/i,
    }),
  ],
  needsEvaluation: true,
};

export default defineConcept({
  id: 'time_interval',
  meta: {
    label: 'Interval between index test and reference standard',
    group: 'Results',
    definition:
      'Reported when the manuscript gives the time between the index test and the reference standard (a median or maximum interval, "within four weeks after the index CT") or says whether treatment was given in between (STARD 22). Intervals between repeated scans of the same test, between onset or admission and a test, in other time spans (randomisation to surgery), ECG intervals, confidence intervals and exclusion criteria based on a previous biopsy do not count. The concept applies only where a model, classifier or test is evaluated.',
    traps: [
      'RR and other physiological intervals; confidence intervals',
      'intervals between consecutive or follow-up scans of the same test',
      'time from symptom onset, admission or randomisation to a test or treatment',
      'exclusion criteria ("a biopsy within six weeks before MRI")',
    ],
  },
  spec,
  examples: {
    context: EVAL_CONTEXT,
    reported: [
      { text: 'For 31 participants, the MRI was acquired 2 ± 1 months after the reference PET scan.', heading: 'Results' },
      { text: 'PCR results were reported a mean of 3 days after swab sampling.', heading: 'Results' },
      { text: 'The median interval between MRI and radical prostatectomy was 42 days (range 7-120).', heading: 'Results' },
      { text: 'All patients underwent surgery within four weeks after the index CT examination.' },
      { text: 'No treatment was started between the index test and the reference standard.' },
      { text: 'The time from biopsy to histopathological diagnosis did not exceed 10 days.', heading: 'Results' },
      { text: 'Reference MRI was obtained a median of 3 days (IQR 1-7) after the index ultrasound.', heading: 'Results' },
    ],
    missing: [
      { text: 'Control CT scans were performed 3 months after surgery.', heading: 'Methods', note: 'imaging after treatment, not the interval between the tests' },
      { text: 'Follow-up MRI was obtained 6 months after the baseline scan.', heading: 'Methods', note: 'follow-up scans of the same test' },
      { text: 'The RR interval was measured between two consecutive R waves.' },
      { text: 'The interval between the first and second MRI scans was six months.', note: 'repeated scans' },
      { text: 'Results are given with 95% confidence intervals.' },
      { text: 'The time from randomisation to surgery was similar in both arms.' },
      { text: 'CT was performed within 24 hours of symptom onset.' },
      { text: 'CT was repeated a median of 14 days after admission.', heading: 'Results' },
      { text: 'Men with a biopsy within six weeks before MRI were excluded because of haemorrhage artefacts.', note: 'exclusion criterion' },
      {
        text: 'The median interval between MRI and radical prostatectomy was 42 days (range 7-120).',
        heading: 'Results',
        context: '',
        note: 'without a model or test under evaluation the concept does not apply',
      },
    ],
  },
});
