/**
 * search_strategy: the complete, repeatable literature search of a review.
 * No automatic check: items using it need review.
 */
import { defineConcept } from '../core/define.js';

export default defineConcept({
  id: 'search_strategy',
  meta: {
    label: 'Search strategy',
    group: 'Review methods',
    definition:
      'Reported when a review gives its literature search in a form that someone else could run again: the search string for at least one named database (terms, subject headings, Boolean operators, truncation, limits such as language or date), usually in an appendix, with the date it was run. Naming the databases and a few keywords without the actual string is partial. Not counted: searches of medical records or registries for patients in a primary study, and a literature search mentioned in passing in the background.',
    traps: [
      'record searches in primary studies: "medical records were searched for eligible patients"',
      'background statements: "a literature search showed that no such model exists"',
    ],
  },
  manual: true,
  examples: {
    reported: [
      { text: 'The full MEDLINE search string, combining subject headings and free-text words for delirium and machine learning with Boolean operators, is given in Appendix 1.' },
      { text: 'We searched Embase and CINAHL on 3 March 2023 with the query (ultrasound OR sonograph*) AND pneumonia, without language limits.' },
      { text: 'A librarian helped to build the search, which is reproduced for every database in Supplementary Table 1.' },
    ],
    missing: [
      { text: 'Medical records were searched for patients who underwent surgery between 2015 and 2020.', note: 'a primary study' },
      { text: 'A literature search showed that no prediction model exists for this population [3].', heading: 'Introduction', note: 'background' },
      { text: 'Patients increasingly use web search engines to look up their symptoms.', heading: 'Introduction' },
    ],
  },
});
