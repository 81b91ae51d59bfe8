/**
 * benchmark_comparison: comparison of the model with baselines, other methods, scores or human readers.
 */
import { defineConcept, type SpecBody } from '../core/define.js';
import { cue, FAMILY_DAMP } from '../shared/modelling.js';
import { cooccur } from '../shared/facets.js';

// the parts of a benchmark statement, in any order and wording: a comparison, a benchmark (an existing or simpler
// method, score or human reader) and the measure or the model of this study
const BENCH_ACT = String.raw`\b(?:compar(?:ed|ing|ison|able)|versus|vs\.?|outperform\w*|superior|inferior|better than|worse than|higher than|lower than|exceed(?:s|ed|ing)?|surpass\w*|on par with|similar (?:to|as)|as (?:good|well|accurate) as|relative to)\b`;
const BENCH_OBJECT = String.raw`\b(?:(?:previous|prior|previously (?:published|reported|described)|existing|published|conventional|standard|established|current(?:ly used)?|traditional|baseline|state-of-the-art|competing|alternative|classical|simpler|rule-based|direct|naive|vanilla|plain|single|recently (?:described|proposed|published)|commonly used|widely used|clinical) (?:[\w-]+ ){0,4}(?:models?|methods?|approach(?:es)?|algorithms?|classifiers?|networks?|architectures?|scores?|tools?|biomarkers?|parameters|pipelines?|techniques?|systems?|tests?|measures?|measurements?|segmentations?)|radiologists?|clinicians?|pathologists?|human (?:readers?|experts?|observers?|raters?)|expert readers?)\b`;
// in the Discussion a comparison counts when it names this study's own model or result ("our method", "this
// profile"): there the sentence is often the only place the comparison is stated
const BENCH_OWN = String.raw`\b(?:our|the proposed|the present|this) (?:[\w-]+ ){0,3}(?:models?|methods?|approach|network|algorithm|classifier|system|tool|pipeline|profile|signature|panel)\b`;
const BENCH_MEASURE = String.raw`\b(?:our|the proposed|the new|this) (?:[\w-]+ ){0,2}(?:models?|methods?|approach|network|test|algorithm|classifier|system|tool|pipeline)\b|\b(?:accuracy|AUCs?|AUROC|sensitivity|specificity|performance|Dice|F1|errors?|c-?statistic|c-?index|precision|recall)\b`;

const spec: SpecBody = {
  damp: FAMILY_DAMP,
  rules: [
    cue('benchmark/compared', /\b(?:compared|comparison|benchmark\w*) (?:with|to|against) (?:the |a |an |other |existing |state-of-the-art |conventional |baseline |standard |several |traditional |established |previous |alternative )*(?:[\w-]+ ){0,4}(?:models?|methods?|approaches|algorithms|baselines?|classifiers?|networks?|radiologists|clinicians|experts|readers|scores?|tools|pipelines|software|techniques)\b|\boutperform\w*\b|\bbaseline (?:models?|methods?|classifiers?)\b|\bstate-of-the-art (?:methods?|models?|approaches|algorithms)\b/i, 0.65),
    // a comparison, a benchmark and this study's model or measure in one sentence, whatever the phrasing; not
    // groups of patients, not a comparison left undone
    cue('benchmark/facets', cooccur(BENCH_ACT, BENCH_OBJECT, BENCH_MEASURE), 0.6, {
      sections: ['methods', 'results', 'other', 'abstract'],
      unless: /\b(?:reference|gold|criterion) standard|\bground[- ]truth\b|\b(?:patients|participants|subjects|controls|cohorts?|groups?) (?:were|was) compared\b|\b(?:not|no|never|without)\b[^.;,]{0,30}\b(?:compar|outperform|superior|better)/i,
    }),
    // the same in the Discussion, when the sentence names this study's model or result; a benchmark cited there
    // is not other work
    cue('benchmark/discussion-facets', cooccur(BENCH_ACT, BENCH_OBJECT, BENCH_OWN), 0.7, {
      sections: ['discussion'],
      otherWorkOk: true,
      negationOk: true,
      // a "could be improved" beside the comparison does not weaken it; a comparison that is itself only possible does
      dampOk: true,
      unless: /\b(?:reference|gold|criterion) standard|\bground[- ]truth\b|\b(?:patients|participants|subjects|controls|cohorts?|groups?) (?:were|was) compared\b|\b(?:not|no|never|without)\b[^.;,]{0,30}\b(?:compar|outperform|superior|better|exceed)|\b(?:can|could|may|might|would|should|will)\b[^.;,]{0,20}\b(?:compar|outperform|superior|better|exceed|surpass)/i,
    }),
  ],
  citationsInMethodsOk: true,
};

export default defineConcept({
  id: 'benchmark_comparison',
  meta: {
    label: 'Comparison with baseline / other models',
    group: 'Evaluation methods',
    definition:
      'Reported when the manuscript compares the model or test with a benchmark: baseline or state-of-the-art models, existing methods, scores or tools, or human readers (radiologists, clinicians), or says that it outperformed them. Comparisons of patient groups or statistical tests between groups are not benchmarks, nor are comparisons made in other work.',
    traps: ['comparisons of patients or groups ("compared with healthy controls")', 'statistical tests between groups', 'other work in the Introduction'],
  },
  spec,
  examples: {
    reported: [
      { text: 'Our network outperformed the baseline models.' },
      { text: 'The proposed method was compared with three state-of-the-art segmentation networks.' },
      { text: 'Its discrimination was benchmarked against the existing clinical score.' },
      { text: 'Its sensitivity was higher than that of the currently used clinical risk score.', heading: 'Results' },
      { text: 'Set against a recently published deep learning approach on the same test images, our classifier reached a comparable accuracy.', heading: 'Results' },
      { text: 'On the same patients, our classifier was compared with the established clinical risk score and discriminated better.', heading: 'Discussion' },
      { text: 'Although its precision was modest, this scoring system exceeded the sensitivity of the standard screening tests in use today.', heading: 'Discussion' },
    ],
    missing: [
      { text: 'Baseline characteristics were compared with the chi-squared test.' },
      { text: 'Patients were compared with healthy controls matched for age.' },
      { text: 'Deep learning methods have been compared with radiologists in earlier work [9].', heading: 'Introduction', note: 'other work' },
      { text: 'Patient groups were compared with conventional statistical tests, and the accuracy of the recorded ages was checked.', note: 'groups of patients compared' },
      { text: 'The model was not compared with existing clinical scores, so its relative accuracy is unknown.', heading: 'Results', note: 'a comparison not made' },
      { text: 'Earlier convolutional models outperformed radiologists in finding small nodules [14].', heading: 'Discussion', note: 'other work' },
      { text: 'A later version of our model could be compared with experienced radiologists on a prospective series.', heading: 'Discussion', note: 'a comparison only possible' },
    ],
  },
});
