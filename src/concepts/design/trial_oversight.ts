/**
 * trial_oversight (SPIRIT 2025 items 3b, 3d, 28a, 29): the sponsor, the committees that run and oversee a trial
 * (steering committee, data monitoring committee, endpoint adjudication) and how trial conduct is monitored.
 */
import { defineConcept, type SpecBody } from '../core/define.js';

const COMMITTEE =
  /\b(?:trial |study )?steering committee\b|\b(?:independent )?data (?:and safety |safety and )?monitoring (?:committee|board)\b|\b(?:I?DMC|DSMB|DSMC|IDSMB)\b|\b(?:endpoint|end-point|outcome|clinical events?|event) (?:adjudication|review) committee\b|\btrial management (?:group|team|committee)\b|\b(?:trial )?coordinating (?:centre|center|unit|team)\b|\bclinical trials? unit\b/i;
const NO_DMC =
  /\bno (?:independent )?(?:data (?:and safety |safety and )?monitoring (?:committee|board)|I?DMC|DSMB|DSMC)\b[^.]{0,30}\b(?:needed|required|necessary|convened|established|planned|appointed)\b|\b(?:data (?:and safety |safety and )?monitoring (?:committee|board)|I?DMC|DSMB|DSMC)\b[^.]{0,40}\bnot (?:be )?(?:needed|required|necessary|convened|established|appointed)\b/i;
const SPONSOR = /^(?:trial |study )?sponsor(?:ship)?(?: (?:contact|details|information))?\s*[:.–-]\s*\S|\b(?:the )?(?:trial |study )?sponsor (?:of (?:this|the) (?:trial|study) )?(?:is|will be|was|has)\b|\bacts? as (?:the )?(?:trial |study )?sponsor\b/i;
const MONITORING =
  /\b(?:on-?site|remote|central(?:i[sz]ed)?|risk-based|source data) (?:monitoring|verification)\b|\b(?:trial|study|clinical research) monitors?\b|\bmonitoring visits?\b|\b(?:audit(?:s|ed|ing)?)\b[^.]{0,40}\b(?:trial conduct|sites?|sponsor|regulatory|independent|protocol adherence|trial)\b|\btrial conduct will be (?:monitored|audited)\b/i;

/** committee memberships listed in competing-interest statements belong to other bodies */
const DISCLOSURE = /\b(?:disclos\w*|honorari\w*|personal fees|consult(?:ing|ancy|ant)|advisory boards?|speakers?'? bureau|working group|competing interests?|conflicts? of interest)\b/i;

const spec: SpecBody = {
  rules: [
    { id: 'oversight/committee', re: COMMITTEE, weight: 0.9, futureOk: true, unless: new RegExp(`\\b(?:ethics|ethical|review board|IRB)\\b(?![^.]*\\b(?:steering|monitoring) (?:committee|board))|${NO_DMC.source}|${DISCLOSURE.source}`, 'i') },
    { id: 'oversight/no-dmc', re: NO_DMC, weight: 0.9, notDone: true, negationOk: true, futureOk: true },
    { id: 'oversight/sponsor', re: SPONSOR, weight: 0.8, futureOk: true, unless: /\bindustry[- ]sponsor\w*|\bsponsorship (?:bias|effects?)\b|\b(?:this|each|their|his|her|a|personal) sponsor\b|\bsponsor (?:was|is|will be) (?:sent|asked|told|given|invited|contacted|trained|instructed|encouraged)\b/i },
    { id: 'oversight/monitoring', re: MONITORING, weight: 0.8, futureOk: true, unless: /\bclinical audit\b|\baudit (?:data|dataset|of (?:\d|medical|clinical|patient|case))|\b(?:blood pressure|glucose|heart rate|home|ambulatory|therapeutic drug) monitoring\b/i },
  ],
  sectionWeight: { introduction: 0.3, discussion: 0.5, results: 0.8 },
  require: { pattern: /committee|board|\b(?:I?DMC|DSMB|DSMC|IDSMB)\b|sponsor|monitor|audit|coordinating|trials? unit|management (?:group|team)/i },
};

export default defineConcept({
  id: 'trial_oversight',
  meta: {
    label: 'Trial sponsor, committees and monitoring',
    group: 'Design',
    definition:
      'Reported when a trial (or its protocol) names who sponsors it, describes the groups that run and oversee it (coordinating centre or clinical trials unit, trial steering committee, trial management group, data monitoring committee, endpoint adjudication committee) or how the conduct of the trial is monitored (site monitoring visits, source data verification, audits). A statement that no data monitoring committee is needed, with or without a reason, is reported as not done. Ethics committees, industry sponsorship discussed as a topic, clinical audits used as a data source and monitoring of blood pressure or glucose do not count.',
    traps: ['ethics committees and review boards', 'industry sponsorship discussed as a source of bias', 'clinical audits as a data source', 'physiological monitoring (blood pressure, glucose)', 'a personal sponsor (a supporter in a behavioural programme)', 'committee memberships listed in competing-interest statements'],
  },
  spec,
  examples: {
    reported: [
      { text: 'An independent data monitoring committee will review unblinded safety data every six months.' },
      { text: 'The trial steering committee includes an independent chair, a statistician and a patient representative.', heading: 'Trial oversight' },
      { text: 'Sponsor: University Hospital Research Office, research.office@example.org.', heading: 'Administrative information' },
      { text: 'Monitors from the clinical trials unit will visit each site once a year for source data verification.' },
    ],
    notDone: [{ text: 'A data monitoring committee is not needed because the interventions carry little risk and follow-up is short.' }],
    missing: [
      { text: 'The ethics committee of the university approved the study.', note: 'ethics committee' },
      { text: 'Industry sponsorship has been linked to favourable conclusions [4].', heading: 'Introduction', note: 'a topic of the background' },
      { text: 'Home blood pressure monitoring was done with a validated device.', note: 'physiological monitoring' },
      { text: 'Data were taken from a clinical audit of 200 consecutive patients.', note: 'audit as a data source' },
      { text: 'Each participant chose a sponsor, a friend or relative, and this sponsor was asked to encourage the exercises.', note: 'a sponsor in the behavioural sense' },
      { text: 'Competing interests: AB has received consulting fees and chairs the steering committee of another trial.', heading: 'Declarations', note: 'committee memberships disclosed as interests' },
    ],
  },
});
