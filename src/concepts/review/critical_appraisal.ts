/**
 * critical_appraisal: whether and how the sources of a review were appraised for quality or risk of bias.
 * No automatic check: items using it need review.
 */
import { defineConcept } from '../core/define.js';

export default defineConcept({
  id: 'critical_appraisal',
  meta: {
    label: 'Critical appraisal',
    group: 'Review methods',
    definition:
      'Reported when a review says whether the included sources were appraised for quality or risk of bias and, if so, with which tool, by whom, how the appraisal was used (to exclude sources, to weight or only to describe them) and what it found for the sources. Appraisal is optional in scoping reviews: an explicit statement that no appraisal was done, ideally with the reason, counts and is reported as not done. Not counted: quality control of images or data, trial data monitoring, and remarks on the quality of the evidence in the background.',
    traps: [
      'data or image quality control: "scans with motion artefacts were discarded"',
      'the quality of the evidence as a background remark',
    ],
  },
  manual: true,
  examples: {
    reported: [
      { text: 'Two reviewers assessed the methodological quality of each included study with the Mixed Methods Appraisal Tool.' },
      { text: 'Risk of bias was judged low in 9 of the 21 studies, mostly because outcome assessors were not clearly blinded in the others.', heading: 'Results' },
      { text: 'Appraisal scores were not used to exclude studies but are shown beside each source in Table 3.' },
    ],
    notDone: [{ text: 'In line with scoping review methodology, we did not appraise the quality of the included sources.' }],
    missing: [
      { text: 'Image quality was checked visually and scans with motion artefacts were discarded.', note: 'image quality control' },
      { text: 'The evidence on this question is generally considered to be of low quality [5].', heading: 'Introduction', note: 'background' },
      { text: 'Data quality was monitored by the trial coordinating centre.', note: 'data monitoring' },
    ],
  },
});
