/**
 * treatments: the treatments or interventions the participants received.
 */
import { defineConcept, type SpecBody } from '../core/define.js';

const spec: SpecBody = {
  sectionWeight: { declarations: 0, introduction: 0.2, discussion: 0.4 },
  rules: [
    { id: 'treatments/intervention', re: /\b(intervention (group|arm|consisted|included|comprised|was delivered)|control (group|arm) (received|was given|got|consisted)|(were|was) (randomi[sz]ed|randomly assigned|allocated|assigned) to (receive|either|one of)|received (either|placebo|standard|usual)|(patients|participants) (received|were treated with|were given|underwent)|treated with|usual care|placebo|dose of|mg\/kg|mg (once|twice|daily))\b/i, weight: 0.85 },
    { id: 'treatments/prior', re: /\b(prior|previous|concomitant|ongoing|current) (treatments?|therap(y|ies)|medications?|chemotherapy|surgery)\b[^.]{0,40}\b(were|was|recorded|received|included)\b/i, weight: 0.7 },
  ],
  headingFallback: { heading: /^(interventions?|treatments?|study (interventions?|treatments?))$/, kinds: ['methods', 'abstract'] },
  require: { pattern: /interven|control|randomi|assigned|allocated|received|treated|usual care|placebo|dose|mg|prior|previous|concomitant|ongoing|current|underwent|given/i },
};

export default defineConcept({
  id: 'treatments',
  meta: {
    label: 'Treatments received',
    group: 'Data',
    definition:
      'Reported when the manuscript says which treatments or interventions the participants of this study received: the intervention and control arms, random assignment to a treatment, placebo or usual care, doses, or prior and concomitant treatments recorded; a section headed Interventions or Treatments counts too. Statistical "treatment effects", data "treated as" missing and treatments described in other trials do not count.',
    traps: ['statistical treatment effects', 'usual care in earlier trials (Introduction)'],
  },
  spec,
  examples: {
    reported: [
      { text: 'Patients were randomly assigned to receive either tea or placebo.' },
      { text: 'The intervention group received weekly physiotherapy for eight weeks.' },
      { text: 'All participants received 500 mg of metformin twice daily.' },
    ],
    missing: [
      { text: 'Missing values were replaced by the median.' },
      { text: 'Usual care was not described in earlier trials [4].', heading: 'Introduction', note: 'other trials' },
      { text: 'Treatment effects were estimated with mixed models.', note: 'statistical treatment effects' },
    ],
  },
});
