/**
 * randomisation: how the random allocation sequence of a trial was generated and of which type (simple, block,
 * stratified, minimised), and by whom.
 */
import { defineConcept, type SpecBody } from '../core/define.js';

/** a method that produces a random sequence */
const METHOD =
  /\b(?:computer[- ]generated|computer(?:i[sz]ed)? random|random (?:number|numbers|sequence|allocation sequence|permuted|list)s?|(?:permuted|random(?:ly)? (?:sized|varying)) blocks?|blocks? (?:sizes? )?of (?:\d+|two|four|six|eight)|block (?:randomi[sz]ation|sizes?)|stratified (?:block )?randomi[sz]ation|randomi[sz]ation (?:was|were)? ?(?:stratified|blocked)|stratified by|minimi[sz]ation|coin toss|dra(?:w|wing) lots|sealedenvelope\.com|www\.randomi[sz]ation|randomi[sz]ation (?:list|sequence|schedule|software|program|service|system|code)|allocation sequence|random allocation (?:sequence|list|software)|(?:simple|restricted|adaptive|urn|cluster) randomi[sz]ation|randomi[sz]ed (?:in|with) (?:a )?(?:1:1|2:1|1:2|3:1|1:1:1) (?:ratio)?|in a (?:1:1|2:1|1:2|3:1|1:1:1) ratio)\b/i;
/** randomisation words, needed with a method */
const RANDOM = /\brandom|minimi[sz]|allocat|block|stratif|sequence/i;
/** randomisation of data or images, not of participants */
const NOT_TRIAL = /\b(?:training|test(?:ing)? sets?|validation sets?|folds?|cross-validation|data ?sets?|images|patches|slices|augmentation|reading order|random forests?|random effects?|random intercepts?|random seed)\b/i;

const spec: SpecBody = {
  rules: [
    { id: 'randomisation/method', re: METHOD, weight: 1, unless: NOT_TRIAL },
  ],
  headingFallback: { heading: /^(randomi[sz]ation|sequence generation|randomi[sz]ation and allocation|allocation)$/, kinds: ['methods'] },
  sectionWeight: { introduction: 0.2, discussion: 0.4, results: 0.7 },
  require: { pattern: RANDOM },
};

export default defineConcept({
  id: 'randomisation',
  meta: {
    label: 'Randomisation sequence',
    group: 'Design',
    definition:
      'Reported when a trial says how its random allocation sequence was produced (computer-generated list, random number table, web service, minimisation) or of which type it was (simple, permuted or variable blocks with sizes, stratified by named factors, allocation ratio such as 1:1), and who generated it. "Patients were randomised" with nothing on how is not enough. Random splits of data, random forests, random effects and random seeds are not trial randomisation.',
    traps: ['random splits of images or data sets', 'random forests, random effects, random seeds', '"were randomised" without a method'],
  },
  spec,
  examples: {
    reported: [
      { text: 'An independent statistician prepared a computer-generated allocation list with permuted blocks of four and six.' },
      { text: 'Randomisation was stratified by centre and disease stage, using a web-based service.' },
      { text: 'Participants were assigned in a 1:1 ratio by minimisation on age and sex.' },
    ],
    missing: [
      { text: 'Patients were randomised to the two arms.', note: 'no method or type' },
      { text: 'Images were randomly split into training and test sets.', note: 'data, not participants' },
      { text: 'A random forest with 500 trees was trained.', note: 'a model' },
    ],
  },
});
