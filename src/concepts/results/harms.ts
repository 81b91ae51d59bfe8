/**
 * harms: adverse events or other harms of the interventions of a trial or study: how they were assessed, and what
 * was observed (including that there were none).
 */
import { defineConcept, type SpecBody } from '../core/define.js';

const HARMS =
  /\b(?:(?:serious |severe |treatment[- ]related |drug[- ]related |unexpected )?adverse (?:events?|effects?|reactions?|drug reactions?)|side[- ]effects?|harms?|SAEs?|AEs|unintended (?:effects?|events?|consequences)|toxicit(?:y|ies)|safety (?:outcomes?|events?|end ?points?|data|monitoring|profile))\b/i;
const OBSERVED_OR_ASSESSED =
  /\b(?:occurred|observed|reported|recorded|experienced|developed|had|were (?:rare|mild|similar|more|less|common|uncommon)|no (?:serious )?(?:adverse|side|harms?)|none of the|assessed|collected|monitored|graded|coded|classified|CTCAE|MedDRA|solicited|elicited)\b|\b\d+ ?(?:%|participants|patients)\b/i;

const spec: SpecBody = {
  rules: [
    {
      id: 'harms/reported',
      re: HARMS,
      weight: 1,
      negationOk: true,
      unless: /\b(?:harm reduction|self-?harm|potential (?:for )?harm|may (?:cause|lead to) harm|previous (?:trials?|studies)|were excluded|exclusion criteria|history of)\b/i,
    },
  ],
  sectionWeight: { introduction: 0.15, discussion: 0.45, abstract: 0.8 },
  require: { pattern: OBSERVED_OR_ASSESSED },
};

export default defineConcept({
  id: 'harms',
  meta: {
    label: 'Harms',
    group: 'Results',
    definition:
      'Reported when a study of an intervention says how its harms were collected (adverse events solicited or recorded, graded with CTCAE, coded with MedDRA, safety monitoring) or what harms were seen in the groups, including that none occurred. Harms of the test procedure in a diagnostic study belong to adverse events of testing. Self-harm as an outcome, harm reduction programmes, possible harms discussed in general and previous adverse reactions as exclusion criteria do not count.',
    traps: ['self-harm as a condition or outcome', 'harm reduction services', 'history of adverse drug reactions as an exclusion criterion', 'harms of other trials'],
  },
  spec,
  examples: {
    reported: [
      { text: 'Adverse events were recorded at every visit and graded with CTCAE version 5.0.' },
      { text: 'Serious adverse events occurred in 12 patients in the intervention group and 9 in the control group.', heading: 'Results' },
      { text: 'No side effects were reported by any participant.', heading: 'Results' },
    ],
    missing: [
      { text: 'Patients with a history of adverse drug reactions to contrast were excluded.', note: 'exclusion criterion' },
      { text: 'Self-harm was assessed with a validated questionnaire.', note: 'self-harm as an outcome' },
      { text: 'Blood pressure was measured twice.' },
    ],
  },
});
