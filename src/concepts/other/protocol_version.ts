/**
 * protocol_version (SPIRIT 2025 item 2): which version of the trial protocol this is and its date.
 */
import { defineConcept, type SpecBody } from '../core/define.js';

/** versions of software, scanners, standards and guidelines are not protocol versions */
const NOT_PROTOCOL = /\b(?:assay|kit|reagents?|chemistry|software|scanner|firmware|sequence|R|Python|SPSS|Stata|SAS|MATLAB|package|library|release|guideline|SPIRIT|CONSORT|ICD|MedDRA|CTCAE|DSM|questionnaire|scale|tool|app|model|algorithm)\b(?: \w+){0,2} version\b|\bversion \d+(?:\.\d+)* of (?:the )?(?:software|R|Python|SPSS|Stata|SAS|CTCAE|MedDRA|ICD|DSM|questionnaire|scale|app|model|algorithm|guidelines?)\b/i;

const spec: SpecBody = {
  rules: [
    {
      id: 'protocol-version/label',
      re: /^(?:trial |study )?protocol version(?: (?:number|no\.?|and date))?\s*[:.–-]?\s*(?:v(?:ersion)?\s*)?\d/i,
      weight: 1.2,
      futureOk: true,
    },
    {
      id: 'protocol-version/stated',
      re: /\bprotocol(?: version| v\.?| amendment)? ?(?:no\.? ?|number )?\d+(?:\.\d+)*\b[^.]{0,40}\b(?:dated|date|of \d{1,2} \w+ \d{4}|\d{1,2} \w+ \d{4}|\w+ \d{1,2},? \d{4}|\d{4}-\d{2}-\d{2})|\b(?:version|v\.?) ?\d+(?:\.\d+)*\b[^.]{0,30}\b(?:of (?:the|this) (?:trial |study )?protocol|protocol)\b|\bprotocol version\b[^.]{0,20}\d|\bprotocol\b[^.]{0,30}\b(?:amendment|version) ?(?:no\.? ?)?\d/i,
      weight: 1,
      futureOk: true,
      unless: NOT_PROTOCOL,
    },
  ],
  sectionWeight: { introduction: 0.5, discussion: 0.5, results: 0.7 },
  require: { pattern: /\bversion\b|\bprotocol (?:amendment )?(?:no\.? ?|number )?\d|\bv\.? ?\d/i },
};

export default defineConcept({
  id: 'protocol_version',
  meta: {
    label: 'Protocol version',
    group: 'Other',
    definition:
      'Reported when a trial protocol (or a report that points to its protocol) says which version of the protocol it is, with a version number or an amendment number, usually with its date ("Protocol version 3.0, 12 May 2024"). Versions of software, scanners, coding dictionaries, questionnaires and reporting guidelines do not count.',
    traps: ['software, scanner and dictionary versions ("R version 4.3.1", "CTCAE version 5.0")', 'versions of questionnaires and reporting guidelines'],
  },
  spec,
  examples: {
    reported: [
      { text: 'Protocol version 2.1, 14 March 2024.', heading: 'Administrative information' },
      { text: 'This article describes version 3.0 of the trial protocol, dated 2 May 2023.' },
      { text: 'The current protocol is amendment 4 (version 5.0) of 18 January 2025.', heading: 'Trial status' },
    ],
    missing: [
      { text: 'All analyses will be run in R version 4.3.1.', note: 'software version' },
      { text: 'Adverse events will be graded with CTCAE version 5.0.', note: 'dictionary version' },
      { text: 'The imaging protocol was updated when the scanner software changed to version VE11C.', note: 'scanner software' },
      { text: 'The protocol will be followed at all sites.' },
      { text: 'Libraries were prepared following the manufacturer protocol for the v3.1 assay.', note: 'a laboratory kit version' },
    ],
  },
});
