/**
 * benchmark_comparison: comparison of the model with baselines, other methods, scores or human readers.
 */
import { defineConcept, type SpecBody } from '../core/define.js';
import { cue, FAMILY_DAMP } from '../shared/modelling.js';

const spec: SpecBody = {
  damp: FAMILY_DAMP,
  rules: [
    cue('benchmark/compared', /\b(?:compared|comparison|benchmark\w*) (?:with|to|against) (?:the |a |an |other |existing |state-of-the-art |conventional |baseline |standard |several |traditional |established |previous |alternative )*(?:[\w-]+ ){0,4}(?:models?|methods?|approaches|algorithms|baselines?|classifiers?|networks?|radiologists|clinicians|experts|readers|scores?|tools|pipelines|software|techniques)\b|\boutperform\w*\b|\bbaseline (?:models?|methods?|classifiers?)\b|\bstate-of-the-art (?:methods?|models?|approaches|algorithms)\b/i, 0.65),
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
    ],
    missing: [
      { text: 'Baseline characteristics were compared with the chi-squared test.' },
      { text: 'Patients were compared with healthy controls matched for age.' },
      { text: 'Deep learning methods have been compared with radiologists in earlier work [9].', heading: 'Introduction', note: 'other work' },
    ],
  },
});
