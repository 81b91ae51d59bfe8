/**
 * dissemination (SPIRIT 2025 item 8): how the results of the trial will be communicated to participants,
 * professionals and the public.
 */
import { defineConcept, type SpecBody } from '../core/define.js';

/** results "reported as means", "presented in tables": how results are summarised, not where they go */
const SUMMARY_FORM = /\b(?:reported|presented|shared|published) (?:as|with|using|descriptively|separately|by (?:group|arm))\b|\b(?:presented|reported) in (?:tables?|figures?|the (?:\w+ )?tables?)\b|\bmeans?\b|\bmedians?\b|\bpercentages?\b|\bconfidence intervals?\b|\bSDs?\b/i;

const spec: SpecBody = {
  rules: [
    { id: 'dissemination/label', re: /^(?:dissemination(?: (?:policy|plans?|strategy))?|(?:plans for )?(?:communication|dissemination) of (?:the )?(?:results|findings))\s*[:.–-]\s*\S/i, weight: 1.2, futureOk: true },
    {
      id: 'dissemination/plan',
      re: /\b(?:results?|findings|outcomes of (?:the|this) (?:trial|study))\b[^.]{0,60}\b(?:will|shall) (?:\w+ )?be (?:\w+ ){0,2}(?:disseminated|published|presented|communicated|shared|made available|posted|submitted|reported)\b/i,
      weight: 0.9,
      futureOk: true,
      unless: SUMMARY_FORM,
    },
    { id: 'dissemination/verb', re: /\bdisseminat(?:e|ion|ing) (?:of )?(?:the |our |trial |study )?(?:results|findings)\b|\bdissemination (?:plan|policy|strategy|activities)\b/i, weight: 0.9, futureOk: true },
    {
      id: 'dissemination/participants',
      re: /\b(?:plain[- ]language|lay) summar(?:y|ies)\b[^.]{0,80}\b(?:participants|public|patients|sent|shared|provided|available|written|posted)\b|\b(?:participants|patients)\b[^.]{0,20}\bwill (?:\w+ ){0,2}(?:receive|be (?:sent|told|informed of|offered)) (?:a )?(?:[\w-]+ ){0,3}(?:summary|results|findings)\b/i,
      weight: 0.9,
      futureOk: true,
    },
  ],
  sectionWeight: { introduction: 0.3, results: 0.6 },
  require: { pattern: /disseminat|publish|publication|present|communicat|shar|post|submit|summar|report|made available/i },
};

export default defineConcept({
  id: 'dissemination',
  meta: {
    label: 'Dissemination of results',
    group: 'Other',
    definition:
      'Reported when a trial or its protocol says how its results will be communicated: publication in journals, presentation at meetings, results posted in the trial registry, a plain-language summary for participants or the public, or a dissemination policy or plan. How results will be summarised ("reported as means with 95% confidence intervals"), earlier publications of other studies and disseminated disease do not count.',
    traps: ['how results are summarised: "results will be reported as medians"', 'disseminated disease (disseminated intravascular coagulation)', 'results of other studies that were published'],
  },
  spec,
  examples: {
    reported: [
      { text: 'The results will be published in a peer-reviewed journal and presented at national meetings, whatever their direction.' },
      { text: 'Dissemination policy: results will be posted on ClinicalTrials.gov within 12 months of the last visit.', heading: 'Open science' },
      { text: 'Participants will be sent a plain-language summary of the findings at the end of the trial.' },
    ],
    missing: [
      { text: 'Continuous outcomes will be reported as means with standard deviations.', note: 'how results are summarised' },
      { text: 'Patients with disseminated intravascular coagulation will be excluded.', note: 'a disease' },
      { text: 'The results of the pilot study were published in 2021 [7].', heading: 'Introduction', note: 'another study' },
    ],
  },
});
