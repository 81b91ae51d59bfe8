/**
 * ethical_considerations: the ethical questions raised by using the AI test or model.
 * No automatic check: items using it need review.
 */
import { defineConcept } from '../core/define.js';

export default defineConcept({
  id: 'ethical_considerations',
  meta: {
    label: 'Ethical considerations of use',
    group: 'Discussion',
    definition:
      'Reported when the manuscript discusses the ethical questions that using the AI test or model raises: unequal performance or possible harm for particular groups, privacy and reuse of patient data, accountability when the system errs, transparency towards patients, or compliance with ethical and legal norms for its deployment. Not counted: the ethics approval and consent of the study itself (ethics), subgroup results given without any discussion of what they mean for fair use, and ethics of AI in general as background.',
    traps: [
      'the study\'s own ethics approval or consent',
      'subgroup results without a discussion of their ethical meaning',
      'AI ethics as a general topic in the Introduction',
    ],
  },
  manual: true,
  examples: {
    reported: [
      { text: 'Because the training images came mostly from patients with light skin, deploying the tool elsewhere could widen existing gaps in melanoma detection.', heading: 'Discussion' },
      { text: 'Clear lines of accountability are needed for cases in which a clinician follows an incorrect recommendation of the algorithm.', heading: 'Discussion' },
      { text: 'Patients should be told when an AI system contributes to their diagnosis, and their images should not be reused without consent.', heading: 'Discussion' },
    ],
    missing: [
      { text: 'The study was approved by the institutional review board and informed consent was waived.', note: 'the study\'s ethics' },
      { text: 'Sensitivity did not differ significantly between men and women (p = 0.41).', heading: 'Results', note: 'a subgroup result without discussion' },
      { text: 'The ethics of artificial intelligence in medicine has received growing attention [14].', heading: 'Introduction', note: 'background' },
    ],
  },
});
