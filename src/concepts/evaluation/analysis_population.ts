/**
 * analysis_population: who was included in each analysis of a trial (intention-to-treat, per-protocol, modified
 * ITT, as treated, complete cases).
 */
import { defineConcept, type SpecBody } from '../core/define.js';

const POPULATION =
  /\b(?:intention[- ]to[- ]treat|intent[- ]to[- ]treat|\(?m?ITT\)?|per[- ]protocol|as[- ]treated|modified intention|full analysis set|safety (?:analysis )?(?:set|population)|analy[sz]ed (?:according to|in) (?:the|their) (?:groups?|arms?) (?:to which|as) (?:they were )?(?:randomi[sz]ed|assigned|allocated)|all randomi[sz]ed (?:participants|patients|subjects))\b/i;

const spec: SpecBody = {
  rules: [{ id: 'analysis-population/named', re: POPULATION, weight: 1, negationOk: true, unless: /\b(?:previous|prior|other) (?:trials?|studies)\b/i }],
  sectionWeight: { introduction: 0.2, discussion: 0.5, results: 0.8 },
  require: { pattern: /intent|ITT|protocol|treated|full analysis|safety|according to|randomi[sz]ed/i },
};

export default defineConcept({
  id: 'analysis_population',
  meta: {
    label: 'Analysis population',
    group: 'Evaluation methods',
    definition:
      'Reported when a trial says who was included in its analyses and in which group: intention-to-treat (all randomised participants in the group they were assigned to), modified intention-to-treat, per-protocol, as-treated, the full analysis or safety set. A per-protocol deviation that is not an analysis set does not count.',
    traps: ['"protocol" alone (the study protocol)', 'analysis sets of previous trials'],
  },
  spec,
  examples: {
    reported: [
      { text: 'All analyses followed the intention-to-treat principle, with participants analysed in the group to which they were randomised.' },
      { text: 'A per-protocol analysis was done as a sensitivity analysis.' },
    ],
    missing: [
      { text: 'The study protocol was approved by the ethics committee.' },
      { text: 'Data were analysed with R version 4.2.' },
    ],
  },
});
