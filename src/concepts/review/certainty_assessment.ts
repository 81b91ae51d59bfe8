/**
 * certainty_assessment: how a review rated, and what it concluded about, the certainty of the body of evidence
 * (e.g. GRADE).
 */
import { defineConcept, type SpecBody } from '../core/define.js';

/** GRADE in capitals (not a tumour or toxicity grade), GRADE-CERQual and the long name */
const GRADE = /\bGRADE(?:-CERQual|pro| ?Pro|\b(?! ?[0-9IV]))|\bCERQual\b|\bGrading of Recommendations,? Assessment,? Development,? and Evaluation\b/;
const CERTAINTY =
  /\b(?:certainty|confidence|quality|strength) (?:in|of) (?:the )?(?:(?:body|bodies) of )?(?:cumulative )?evidence\b[^.]{0,60}\b(?:was|were|is|are) (?:rated|graded|assessed|evaluated|judged|appraised|high|moderate|low|very low|determined)\b|\b(?:rat\w+|grad\w+|assess\w+|evaluat\w+|judg\w+)\b[^.]{0,30}\b(?:certainty|confidence|quality|strength) (?:in|of) (?:the )?(?:(?:body|bodies) of )?(?:cumulative )?evidence\b|\b(?:high|moderate|low|very low)[- ](?:certainty|quality) (?:of )?evidence\b/i;
const NOT_DONE =
  /\b(?:certainty|quality|strength) of (?:the )?(?:body of )?evidence\b[^.]{0,30}\b(?:was|were) not (?:formally )?(?:rated|graded|assessed|evaluated)\b|\b(?:did not|do not) (?:formally )?(?:rate|grade|assess|evaluate)\b[^.]{0,20}\b(?:the )?(?:certainty|quality|strength) of (?:the )?(?:body of )?evidence\b|\bGRADE\b[^.]{0,30}\b(?:was|were) not (?:used|applied|performed)\b/i;

const spec: SpecBody = {
  rules: [
    { id: 'certainty/not-done', re: NOT_DONE, weight: 0.95, notDone: true, negationOk: true },
    { id: 'certainty/grade', re: GRADE, weight: 0.95 },
    { id: 'certainty/rated', re: CERTAINTY, weight: 0.9 },
  ],
  headingFallback: { heading: /^(certainty (assessment|of (the )?evidence)|quality of (the )?evidence|grade assessment|strength of (the )?evidence)$/, kinds: ['methods', 'results', 'other'] },
  sectionWeight: { introduction: 0.15, discussion: 0.5 },
  require: { pattern: /GRADE|CERQual|Grading of Recommendations|evidence/ },
};

export default defineConcept({
  id: 'certainty_assessment',
  meta: {
    label: 'Certainty of evidence (reviews)',
    group: 'Review methods',
    definition:
      'Reported when a review says how it rated the certainty or confidence in the body of evidence for an outcome (GRADE or a similar approach, and who rated it) or gives the resulting ratings (high, moderate, low, very low); a statement that certainty was not rated is reported as not done. Confidence intervals, tumour or toxicity grades and the quality of single images are something else, and so are remarks on low-quality evidence in the background.',
    traps: ['confidence intervals', 'tumour, toxicity or Gleason grades', 'the quality of single images', 'low-quality evidence cited in the background'],
  },
  spec,
  examples: {
    reported: [
      { text: 'Two reviewers rated the certainty of evidence for each outcome with the GRADE approach.' },
      { text: 'For mortality, the certainty of the evidence was judged moderate because of imprecision.', heading: 'Results' },
      { text: 'There was low-certainty evidence that the intervention reduces falls.', heading: 'Abstract' },
    ],
    notDone: [{ text: 'The certainty of the body of evidence was not formally rated, as this was a scoping review.' }],
    missing: [
      { text: 'The 95% confidence interval was narrow.' },
      { text: 'Grade 3 or higher adverse events occurred in 12% of patients.', heading: 'Results', note: 'a toxicity grade' },
      { text: 'Current guidance rests on low-quality evidence [4].', heading: 'Introduction', note: 'background' },
      { text: 'Tumours were graded according to the WHO classification.', note: 'a tumour grade' },
    ],
  },
});
