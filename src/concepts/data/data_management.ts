/**
 * data_management (SPIRIT 2025 items 26 and 33): how trial data are entered, checked, kept secure and stored.
 */
import { defineConcept, type SpecBody } from '../core/define.js';

const ENTRY =
  /\b(?:double|duplicate|independent(?:ly)?) (?:data )?(?:entry|entered)\b|\bdata (?:will be |are |were |is |was )?(?:entered|captured|recorded|collected) (?:\w+ ){0,3}(?:into|in|on|using|via|through) (?:an? |the )?(?:\w+ ){0,3}(?:database|eCRFs?|electronic case report forms?|REDCap|OpenClinica|MACRO|electronic data capture)\b/i;
const SYSTEM = /\b(?:electronic case report forms?|eCRFs?|REDCap|OpenClinica|Castor EDC|Medidata Rave|electronic data capture(?: system)?)\b/;
const SECURITY =
  /\b(?:password[- ]protected|encrypted|secure(?:d|ly)? (?:server|database|storage|location|drive|network|environment|platform)|locked (?:filing )?cabinets?|(?:stored|kept|held) (?:securely|confidentially|in a locked)|access (?:will be |is )?(?:restricted|limited) to|restricted[- ]access (?:database|server|drive))\b/i;
const CHECKS = /\b(?:range|consistency|logic(?:al)?|plausibility) checks?\b|\bdata (?:cleaning|quality checks?|queries)\b|\bdata management plan\b/i;
const RETENTION = /\b(?:data|records|documents|files|case report forms)\b[^.]{0,40}\b(?:stored|retained|kept|archived) for (?:at least |a minimum of )?(?:\d+|five|ten|fifteen|twenty|twenty-five) years\b/i;

const spec: SpecBody = {
  rules: [
    { id: 'data-management/entry', re: ENTRY, weight: 0.9, futureOk: true },
    { id: 'data-management/system', re: SYSTEM, weight: 0.7, futureOk: true },
    { id: 'data-management/security', re: SECURITY, weight: 0.8, futureOk: true, unless: /\b(?:available|on (?:reasonable )?request|upon request|repository|randomi[sz]ation|allocation)\b/i },
    { id: 'data-management/checks', re: CHECKS, weight: 0.8, futureOk: true, unless: /\bqueries (?:to|should be|may be|can be)\b|\bdirect (?:\w+ )?queries\b/i },
    { id: 'data-management/retention', re: RETENTION, weight: 0.9, futureOk: true },
    { id: 'data-management/label', re: /^data (?:management|handling and record keeping|entry and storage)\s*[:.–-]\s*\S/i, weight: 1, futureOk: true },
  ],
  sectionWeight: { introduction: 0.3, discussion: 0.5, results: 0.6 },
  require: { pattern: /entry|entered|captur|record|database|eCRF|case report|REDCap|OpenClinica|Castor|Medidata|password|encrypt|secure|locked|restricted|checks?\b|cleaning|quer|management|stored|retained|archived|kept/i },
};

export default defineConcept({
  id: 'data_management',
  meta: {
    label: 'Data management',
    group: 'Data',
    definition:
      'Reported when the manuscript says how the study data are handled: how they are entered or captured (double data entry, electronic case report forms, REDCap or another electronic data capture system), checked (range and consistency checks, data queries, a data management plan), kept secure (password-protected or encrypted databases, locked cabinets, restricted access) or how long they are archived. Data availability statements ("available on request"), image storage formats and data analysis software do not count.',
    traps: ['data availability statements', '"CRF" as chronic renal failure (only case report forms written out, or eCRF, count)', 'data entered into statistics software for analysis'],
  },
  spec,
  examples: {
    reported: [
      { text: 'Data will be entered into a password-protected REDCap database hosted by the university.' },
      { text: 'Two research assistants will perform double data entry, and range checks will flag implausible values.' },
      { text: 'Paper forms will be kept in locked cabinets and archived for 15 years after the end of the trial.', heading: 'Data management' },
    ],
    missing: [
      { text: 'The data are available from the corresponding author on reasonable request.', heading: 'Data availability', note: 'data availability' },
      { text: 'Patients with chronic renal failure (CRF) were excluded.', note: 'CRF as a disease' },
      { text: 'Statistical analyses were done in SPSS version 28.' },
      { text: 'Allocation was concealed by a password-protected online randomisation service.', note: 'allocation concealment, not data handling' },
      { text: 'Researchers may direct data queries to the trial office.', heading: 'Data availability', note: 'requests for data' },
    ],
  },
});
