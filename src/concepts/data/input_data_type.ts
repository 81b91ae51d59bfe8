/**
 * input_data_type: whether the model's input is structured (tabular) or unstructured (images, text, signals).
 * No automatic check: items using it need review.
 */
import { defineConcept } from '../core/define.js';

export default defineConcept({
  id: 'input_data_type',
  meta: {
    label: 'Input data type',
    group: 'Data',
    definition:
      'Reported when the manuscript says what kind of data the model receives as input: structured data (tabular variables such as laboratory values, vital signs or coded diagnoses), unstructured data (images, free text such as clinical notes, signals and waveforms), or a mixture, saying which inputs are which. Naming a modality counts only where it is clear that it is what the model takes in. Not counted: the data behind the reference standard or the outcome labels, where the data came from (data source), and data types named only in the background.',
    traps: [
      'the outcome or label data: "outcome labels were derived from structured diagnosis codes"',
      'the data source instead of the data type: "data were extracted from the hospital information system"',
      'data types mentioned about other work in the Introduction',
    ],
  },
  manual: true,
  examples: {
    reported: [
      { text: 'The model takes as input 42 structured variables from the electronic health record, including vital signs and laboratory values.' },
      { text: 'Inputs were unstructured free-text discharge summaries, tokenised without any manual feature engineering.' },
      { text: 'The network receives the raw 12-lead ECG waveform together with age and sex as tabular covariates.' },
    ],
    missing: [
      { text: 'Outcome labels were derived from structured diagnosis codes.', note: 'the labels, not the input' },
      { text: 'Data were extracted from the hospital information system.', note: 'a data source, not a data type' },
      { text: 'Deep learning has been applied to images, text and physiological signals [2].', heading: 'Introduction', note: 'other work' },
    ],
  },
});
