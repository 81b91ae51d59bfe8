/**
 * synthesis_results: the combined findings of a review's sources that answer its question.
 * No automatic check: items using it need review.
 */
import { defineConcept } from '../core/define.js';

export default defineConcept({
  id: 'synthesis_results',
  meta: {
    label: 'Synthesis of results',
    group: 'Results',
    definition:
      'Reported when a review presents the combined picture of its included sources in relation to its questions: how many sources fall into each category, the main themes, patterns and gaps, in text, tables, charts or evidence maps. Not counted: the characteristics of single sources listed one after the other with no summary across them, the selection flow, and the results of a primary study.',
    traps: [
      'the selection flow: "of 2,310 records screened, 47 were included"',
      'single sources described one by one without a summary across them',
      'results of a primary study',
    ],
  },
  manual: true,
  examples: {
    reported: [
      { text: 'Most of the 47 included studies (n = 31) addressed detection tasks, whereas only four evaluated the tool in routine practice.', heading: 'Results' },
      { text: 'Three themes emerged across the sources: workflow integration, trust in the tool and training needs.', heading: 'Results' },
      { text: 'Figure 3 maps the included sources by imaging modality and clinical task and shows that no study addressed children.', heading: 'Results' },
    ],
    missing: [
      { text: 'Of 2,310 records screened, 47 were included.', heading: 'Results', note: 'the flow' },
      { text: 'The model detected 92% of fractures in the test set.', heading: 'Results', note: 'a primary study' },
      { text: 'Study 12 was conducted in Canada and enrolled 130 patients.', heading: 'Results', note: 'one source, no synthesis' },
    ],
  },
});
