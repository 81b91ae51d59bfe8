/**
 * interim_analyses: interim analyses, stopping rules and why a trial ended (or that none were planned).
 */
import { defineConcept, type SpecBody } from '../core/define.js';

/** interim looks and the statistical rules that govern them */
const INTERIM =
  /\binterim (?:analys[ie]s|looks?|efficacy analys[ie]s|safety analys[ie]s|futility analys[ie]s|reviews? of (?:the )?(?:data|efficacy|safety))\b|\bstopping (?:rules?|boundar(?:y|ies)|guidelines?|criteria|criterion)\b|\b(?:O'?Brien[- ]Fleming|Haybittle[- ]Peto|Lan[- ]DeMets|Pocock) (?:boundar\w+|rule|approach|method|type|spending|stopping|criteri\w+|alpha)\b|\b(?:alpha|α)[- ]spending\b|\bgroup[- ]sequential\b|\bfutility (?:analys[ie]s|boundar(?:y|ies)|rules?|criteri\w+|stopping|assessments?)\b/i;
/** the trial ended early, or how and why it ended */
const STOPPED =
  /\b(?:the |this )?(?:trial|study|recruitment|enrol{1,2}ment|accrual|randomi[sz]ation)\b[^.;]{0,40}\b(?:(?:was|were|had to be) |\w+ly )?(?:stopped|terminated|halted|discontinued|suspended|closed|ended|ceased)\b[^;]{0,80}\b(?:early|prematurely|before|after|because|due to|owing to|for (?:futility|efficacy|safety|harm|benefit|lack)|on the (?:advice|recommendation)|when|as (?:originally )?planned|as scheduled)\b|\b(?:stopped|terminated|ended|closed) (?:early|prematurely) (?:for|because|due|after|on)\b|\b(?:stopped|terminated|halted|closed|ended|suspended) (?:the )?(?:trial|study|recruitment|enrol{1,2}ment|accrual|randomi[sz]ation) (?:early|prematurely)\b|\b(?:early|premature) (?:termination|stopping|closure) of (?:the )?(?:trial|study|recruitment|enrol{1,2}ment)\b|\b(?:trial|study) (?:was )?stopped for (?:futility|efficacy|benefit|harm|safety)\b|\b(?:initially|originally) (?:planned|aimed|intended) to (?:include|recruit|enrol|randomi[sz]e)\b[^;]{0,80}\b(?:but|however|only)\b|\b(?:trial|study|recruitment) ended (?:as planned|when|after|once) [^.]{0,60}\b(?:target|planned|sample size|participants|patients|reached|enrolled|funding)\b/i;
/** no interim analysis, no stopping rule */
const NONE =
  /\bno (?:formal |planned |pre-?specified |pre-?planned )?(?:interim (?:efficacy |safety |futility )?(?:analys[ie]s|looks?)|stopping (?:rules?|boundar(?:y|ies)|guidelines?|criteria))\b|\binterim (?:analys[ie]s|looks?) (?:was|were|is|are|will) not (?:be )?(?:planned|performed|conducted|done|undertaken|carried out|scheduled)\b|\bwithout (?:any )?(?:an )?interim (?:analys[ie]s|looks?)\b|\b(?:did|will) not (?:plan|perform|conduct|undertake) (?:an|any) interim\b/i;
/** stopping a drug or a habit, early stopping of model training, and other studies' interim results */
const NOT_TRIAL =
  /\b(?:early stopping|stopping criterion for training|training was stopped|epochs?|patience|validation loss|learning rate|smoking|stopped (?:taking|using|smoking|drinking)|treatment was (?:stopped|discontinued)|medication|drug was (?:stopped|discontinued)|infusion|dialysis|ventilation|interim (?:results|findings|report) of (?:a|an|the|another|other|similar) (?:\w+ )?(?:trial|study))\b/i;

const spec: SpecBody = {
  rules: [
    { id: 'interim/none', re: NONE, weight: 0.9, notDone: true, negationOk: true, futureOk: true },
    { id: 'interim/analysis', re: INTERIM, weight: 0.9, futureOk: true, unless: NOT_TRIAL },
    { id: 'interim/stopped', re: STOPPED, weight: 0.85, unless: NOT_TRIAL },
  ],
  headingFallback: { heading: /^(interim analys[ie]s|interim analys[ie]s and stopping (rules|guidelines)|stopping (rules|guidelines)|early stopping of the trial|trial (termination|discontinuation))$/, kinds: ['methods', 'results', 'other'] },
  sectionWeight: { introduction: 0.2, discussion: 0.6, abstract: 0.7 },
  require: { pattern: /interim|stopping|spending|sequential|futility|stopped|terminat|halted|discontinu|suspended|closed|ended|ceased|termination|closure|Fleming|Haybittle|DeMets|Pocock|initially|originally/i },
};

export default defineConcept({
  id: 'interim_analyses',
  meta: {
    label: 'Interim analyses and stopping',
    group: 'Design',
    definition:
      'Reported when a trial says whether interim analyses were planned or done, the rules for stopping early (and who applied them, e.g. a data monitoring committee), or why the trial ended or was stopped early; that no interim analysis was planned is reported as not done and also answers the item. Interim results of other trials do not count, nor do stopping a drug or a habit in single participants and early stopping of model training.',
    traps: [
      'interim results of other trials cited in the background',
      'a treatment stopped in single participants, stopping smoking',
      'early stopping of neural-network training',
    ],
  },
  spec,
  examples: {
    reported: [
      { text: 'One interim analysis for efficacy was planned after half of the participants had completed follow-up, with a group-sequential stopping boundary.' },
      { text: 'The data monitoring committee recommended that the trial be stopped early for futility after the second interim look.', heading: 'Results' },
      { text: 'Recruitment was stopped early because of slow accrual during the pandemic.', heading: 'Results' },
      { text: 'An O\'Brien-Fleming spending function will be used to preserve the overall type I error.' },
      { text: 'We originally planned to randomise 240 patients, but only 131 could be enrolled before funding ran out.', heading: 'Results', note: 'why the trial ended' },
      { text: 'Enrolment was stopped in May 2020, after 64 participants, owing to the pandemic.', heading: 'Results' },
    ],
    notDone: [
      { text: 'No interim analysis was planned, and there were no stopping rules.' },
      { text: 'Interim analyses were not performed because of the short duration of the trial.' },
    ],
    missing: [
      { text: 'Interim results of a similar trial were published in 2019.', heading: 'Introduction' },
      { text: 'Training was stopped when the validation loss had not improved for ten epochs (early stopping).', note: 'model training' },
      { text: 'Treatment was stopped in three participants because of rash.', heading: 'Results', note: 'a participant, not the trial' },
      { text: 'Participants who stopped smoking during the programme received a certificate.', note: 'a habit' },
    ],
  },
});
