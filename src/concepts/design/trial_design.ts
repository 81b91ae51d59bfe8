/**
 * trial_design: the type of trial (parallel-group, crossover, factorial, cluster), its framework (superiority,
 * non-inferiority, equivalence) or allocation ratio.
 */
import { defineConcept, type SpecBody } from '../core/define.js';

const DESIGN =
  /\b(?:parallel[- ](?:group|arm)s?|two[- ]arm(?:ed)?|three[- ]arm(?:ed)?|multi[- ]arm(?:ed)?|cross-?over (?:trial|design|study)|(?:2 ?[x×] ?2 )?factorial (?:trial|design)|cluster[- ]randomi[sz]ed|stepped[- ]wedge|non-?inferiority (?:trial|design|margin)|equivalence (?:trial|design|margin)|superiority (?:trial|design|framework)|allocation ratio|pragmatic (?:randomi[sz]ed )?trial|(?:1:1|2:1|1:2|1:1:1) (?:allocation|ratio|randomi[sz]ation))\b/i;

const spec: SpecBody = {
  rules: [{ id: 'trial-design/type', re: DESIGN, weight: 1, unless: /\b(?:previous|prior|other) (?:trials?|studies)\b/i }],
  headingFallback: { heading: /^(trial design|study design and setting|design)$/, kinds: ['methods'] },
  sectionWeight: { introduction: 0.3, discussion: 0.4 },
  require: { pattern: /parallel|arm|cross-?over|factorial|cluster|wedge|inferiority|equivalence|superiority|ratio|pragmatic|1:1|2:1|1:2/i },
};

export default defineConcept({
  id: 'trial_design',
  meta: {
    label: 'Trial design',
    group: 'Design',
    definition:
      'Reported when a trial names its design type (parallel-group, crossover, factorial, cluster-randomised, stepped-wedge, pragmatic), its framework (superiority, non-inferiority or equivalence, with a margin) or its allocation ratio. Designs of earlier trials discussed in the background do not count.',
    traps: ['designs of previous trials', 'parallel processing or parallel computing'],
  },
  spec,
  examples: {
    reported: [
      { text: 'This was a pragmatic, two-arm, parallel-group trial with 1:1 allocation.' },
      { text: 'We used a non-inferiority design with a margin of 5 percentage points.' },
      { text: 'The study was a cluster-randomised trial in 24 general practices.' },
    ],
    missing: [
      { text: 'Participants attended four visits.' },
      { text: 'Previous trials used a crossover design.', heading: 'Introduction', note: 'other trials' },
    ],
  },
});
