/**
 * follow_up: how and how long participants of a cohort or trial were followed up, and losses to follow-up.
 */
import { defineConcept, type SpecBody } from '../core/define.js';

const FOLLOW =
  /\b(?:median|mean|average|total|maximum|minimum) (?:duration of )?follow-?up (?:time |period |duration )?(?:was|of|is|lasted)\b|\bfollow(?:ed)?[- ]?up (?:for|until|through|to|over) (?:a )?(?:median|mean|maximum|\d|one|two|three|five|ten|the end)|\b(?:were|was|are|be|been) followed[- ]?up (?:for|until|through|over|at|every)\b|\bperson-?(?:years|months) (?:of follow-?up)?|\blost to follow-?up\b|\bloss(?:es)? to follow-?up\b|\bfollow-?up (?:visits?|assessments?|questionnaires?|data) (?:were|was|at|took place)\b|\b(?:censored|censoring) (?:at|on|when)\b/i;

const spec: SpecBody = {
  rules: [{ id: 'follow-up/duration', re: FOLLOW, weight: 1, negationOk: true, unless: /\b(?:longer|further|future) follow-?up (?:is|are|would be|will be) (?:needed|required|warranted)\b/i }],
  sectionWeight: { introduction: 0.2, discussion: 0.45 },
  require: { pattern: /follow|person-?(?:years|months)|censor/i },
};

export default defineConcept({
  id: 'follow_up',
  meta: {
    label: 'Follow-up',
    group: 'Data',
    definition:
      'Reported when a cohort study or trial says how its participants were followed up: the follow-up period or its median or total (person-years), the schedule of follow-up visits, censoring rules, or how many were lost to follow-up. Wishes for longer follow-up in future work do not count.',
    traps: ['"longer follow-up is needed" (future work)', 'follow-up of other cohorts in the Introduction'],
  },
  spec,
  examples: {
    reported: [
      { text: 'Participants were followed up until death, emigration or 31 December 2019, whichever came first.' },
      { text: 'During a median follow-up of 7.2 years (48 310 person-years), 912 events occurred.', heading: 'Results' },
      { text: 'Twelve participants (4%) were lost to follow-up.', heading: 'Results' },
    ],
    missing: [
      { text: 'Longer follow-up is needed to confirm these findings.', heading: 'Discussion', note: 'future work' },
      { text: 'Blood pressure was measured at baseline.' },
    ],
  },
});
