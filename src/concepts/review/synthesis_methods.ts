/**
 * synthesis_methods: how a review organised and summarised the extracted data.
 * No automatic check: items using it need review.
 */
import { defineConcept } from '../core/define.js';

export default defineConcept({
  id: 'synthesis_methods',
  meta: {
    label: 'Synthesis methods',
    group: 'Review methods',
    definition:
      'Reported when a review explains how the extracted data were brought together: how sources were grouped or categorised (by design, population, task or concept), whether counts, descriptive statistics, tables, charts or maps were used, and whether a narrative or thematic approach was taken. Not counted: the statistical analysis of a primary study, the results of the synthesis themselves (synthesis of results), and methods of other reviews described in the background.',
    traps: [
      'statistical methods of a primary study: "groups were compared with the Mann-Whitney U test"',
      'the findings of the synthesis instead of its method',
    ],
  },
  manual: true,
  examples: {
    reported: [
      { text: 'Findings were summarised descriptively, with frequencies for study characteristics and a narrative account of the reported barriers.' },
      { text: 'Sources were grouped by clinical task (detection, segmentation, prognosis) and charted in tables.' },
      { text: 'Two authors coded the qualitative findings inductively and organised them into themes.' },
    ],
    missing: [
      { text: 'Continuous variables were compared with the Mann-Whitney U test.', note: 'a primary study' },
      { text: 'Most included studies were conducted in high-income countries.', heading: 'Results', note: 'a result of the synthesis' },
      { text: 'Earlier reviews pooled accuracy estimates across very different designs [7].', heading: 'Introduction', note: 'other work' },
    ],
  },
});
