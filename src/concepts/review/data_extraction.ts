/**
 * data_extraction: how a review charted or extracted data from its sources.
 * No automatic check: items using it need review.
 */
import { defineConcept } from '../core/define.js';

export default defineConcept({
  id: 'data_extraction',
  meta: {
    label: 'Data charting / extraction',
    group: 'Review methods',
    definition:
      'Reported when a review explains how data were charted or extracted from the included sources: the form or table used and whether it was piloted or refined, who extracted and whether a second person extracted in duplicate or checked, and whether authors of the sources were contacted for missing details. A list of the items extracted, without the procedure, is not the process. Not counted: extraction of data from records or databases in a primary study, and feature extraction in image or signal analysis.',
    traps: [
      'feature extraction: "radiomic features were extracted"',
      'record abstraction in a primary study: "clinical data were extracted from the health record"',
      'a list of the extracted items without saying how they were extracted',
    ],
  },
  manual: true,
  examples: {
    reported: [
      { text: 'Data were charted with a standardised form that the team piloted on five studies and then refined.' },
      { text: 'One reviewer extracted the data and a second verified every entry against the source article.' },
      { text: 'Where details were missing, we e-mailed the corresponding authors of the included studies.' },
    ],
    missing: [
      { text: 'Radiomic features were extracted from each segmented lesion with an open-source library.', note: 'feature extraction' },
      { text: 'Clinical data were extracted from the electronic health record.', note: 'a primary study' },
      { text: 'We recorded the study design, country, sample size and outcome measures of each source.', note: 'the data items, not the process' },
    ],
  },
});
