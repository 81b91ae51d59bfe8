/**
 * registration: a registry entry of this study (identifier or registry), or that it was not registered.
 */
import { defineConcept, type SpecBody } from '../core/define.js';
import type { Hit, ValueResult } from '../core/spec.js';
import { uniq } from '../shared/availability.js';

const REG_ID =
  /\b(?:NCT ?\d{8}|ISRCTN ?\d{8}|ChiCTR[-A-Z]*\d{6,}|ChiCTR[-\w]{6,}|ACTRN ?\d{14}|DRKS ?\d{8}|CTRI\/\d{4}\/\d{2,3}\/\d{5,6}|UMIN ?\d{9}|UMIN-CTR ?\d{6,}|JPRN-[A-Z]+-?\w+|jRCT[a-z]?\d{7,}|CRD ?\d{11}|NTR ?\d{3,5}|NL-?OMON\d+|NL\d{4,5}(?= |\)|\.|,|$)|IRCT\w*\d{6,}N?\d*|PACTR ?\d{12,}|KCT ?\d{7}|TCTR ?\d{11}|SLCTR\/\d{4}\/\d+|RBR-\w{4,}|REBEC|CTR\d{8}|EUCTR ?\d{4}-\d{6}-\d{2}|\d{4}-\d{6}-\d{2}(?=[\s,;).]|$)|DRKS|PROSPERO|ISRCTN|ANZCTR|INPLASY ?\d+|RPCEC\d+|SANCTR|CTIS ?\d+)/i;
const REG_ID_G = new RegExp(REG_ID.source.replace(/\|DRKS\||\|PROSPERO\|ISRCTN\|ANZCTR\|/, '|'), 'gi');
const REGISTRY = String.raw`(?:clinical ?trials?\.gov|clinicaltrials|ISRCTN|ANZCTR|australian new zealand clinical trials? registry|chinese clinical trials? regist\w+|ChiCTR|clinical trials? regist(?:ry|er)|trials? regist(?:ry|er)|EudraCT|EU clinical trials register|CTIS|DRKS|german clinical trials? register|CTRI|clinical trials? registry[- ]india|UMIN|jRCT|PROSPERO|netherlands (?:national )?trial regist\w+|NTR|WHO (?:ICTRP|international clinical trials? registry)|ICTRP|pan african clinical trials? regist\w+|PACTR|iranian registry|IRCT|open science framework|OSF|AsPredicted|research registry|registry of (?:clinical )?trials|public(?:ly accessible)? (?:trials? )?regist(?:ry|er)|\bregist(?:ry|er)\b)`;
const REG_REGISTERED = new RegExp(
  String.raw`\b(?:(?:prospectively|retrospectively|previously|publicly|also) )?(?:registered|registration|pre-?registered|pre-?registration)\b[^.]{0,80}?\b(?:at|with|in|on|under|by)\b[^.]{0,40}?\b${REGISTRY}\b|\b${REGISTRY}\b[^.]{0,40}?\b(?:identifier|registration|number|no\.?|ID|id)\b\s*[:#]?\s*[A-Za-z]{0,8}[-/ ]?\d`,
  'i',
);
const REG_OWN_REGISTERED = /\b(?:this|the|our|present) (?:study|trial|protocol|review|RCT|analysis)\b[^.]{0,60}?\b(?:was|is|has been|were)(?: (?!not\b|never\b)\w+)? (?:prospectively |retrospectively |previously |also )?(?:pre-?)?registered\b/i;
const REG_NOT = /\b(?:was|were|is|has|have) not (?:been )?(?:\w+ )?(?:pre-?)?registered\b|\bnot (?:pre-?)?registered (?:in|with|at|on|prospectively)\b|\bunregistered\b|\bno (?:trial |study )?(?:pre-?)?registration\b|\b(?:registration|registry)\b[^.]{0,20}\bnot (?:required|applicable|needed)\b/i;
const REG_LABEL = /^(?:(?:clinical )?trials? regist(?:ration|ry)(?: (?:number|no\.?|ID|identifier|information|details|site))?|registration(?: (?:number|details|information))?|trial registry|clinicaltrials\.gov (?:identifier|ID|number|registration)|study registration|registered (?:at|with|trial)|trial number|(?:PROSPERO|systematic review) registration(?: number)?)(?:\s*[:.–—]\s*|\s+[-–—]\s+|\s+(?=(?:NCT|ISRCTN|ChiCTR|ACTRN|DRKS|CTRI|UMIN|CRD|EudraCT|clinicaltrials|the|this|our|[A-Z]{3,}\d)))[A-Za-z0-9]/i;
/** homonyms: people and things "registered", data registries as data sources, ethics/data-access numbers */
const REG_TRAP =
  /\bregistered (?:nurses?|dietitians?|dieticians?|midwi(?:fe|ves)|pharmacists?|psychologists?|practitioners?|charity|charities|trade ?marks?|users?|patients? (?:at|with|in)|medical|physicians?|doctors?|general practitioners?|dental|in (?:the )?(?:medical|hospital|electronic|patient) records?|on (?:the )?(?:waiting|GP) list|(?:as|for) (?:\w+ ){0,2}(?:patients?|members?|users?))\b|\b(?:were|was|are|is) registered (?:by|at birth|as|in the (?:\w+ )?(?:database|records?|registry of|system))\b(?![^.]*\b(?:trial|clinicaltrials|NCT|ISRCTN))|\bregistered (?:a |an )?(?:\d|total|increase|decrease|decline|rise|change)|\b(?:cancer|birth|death|population|disease|national patient|prescription|quality|hospital discharge|renal|stroke|cardiac|diabetes|twin|cohort|health|medical birth|cause of death) regist(?:ry|er)\b(?![^.]*\b(?:trial|clinicaltrials|NCT\d|ISRCTN))|\bapplication (?:number|no\.?|ID)\b/i;
const REGISTRATION_KEYS = /regist|NCT ?\d|ISRCTN|ChiCTR|ACTRN|DRKS|CTRI|UMIN|CRD ?\d|NTR ?\d|IRCT|PACTR|KCT ?\d|TCTR|SLCTR|RBR-|REBEC|EudraCT|EUCTR|\d{4}-\d{6}-\d{2}|jRCT|JPRN|INPLASY|RPCEC|SANCTR|CTIS|CTR\d|NL-?OMON|NL\d{4}|PROSPERO|clinical ?trials?\.gov|trial number|identifier/i;

const spec: SpecBody = {
  rules: [
    { id: 'registration/not-registered', re: REG_NOT, weight: 0.9, notDone: true, unless: REG_TRAP },
    { id: 'registration/id', re: REG_ID, weight: 0.95, negationOk: true, unless: /\b(?:investigators?|PI|co-?investigators?|involved|participat\w*|enrolled) (?:of|in|for|on) (?:a|an|another|other|several) (?:\w+ ){0,2}(?:trials?|stud(?:y|ies))\b|\b(?:IRB|ethic\w*|review board|committee|IRAS|REC ref)\b[^.]{0,40}\b(?:no\.?|number|#|ID|reference)\b(?![^.]*\b(?:NCT|ISRCTN|clinicaltrials|regist))|\bapplication (?:number|no\.?|ID)\b/i },
    { id: 'registration/registered-at', re: REG_REGISTERED, weight: 0.95, unless: new RegExp(`${REG_TRAP.source}|\\b(?:investigators?|PI|co-?investigators?) (?:of|in|for|on) (?:a|an|another|other|several) (?:\\w+ ){0,2}(?:trials?|stud(?:y|ies))\\b`, 'i') },
    { id: 'registration/own-registered', re: REG_OWN_REGISTERED, weight: 1.2, unless: REG_TRAP },
    { id: 'registration/label', re: REG_LABEL, weight: 0.7, negationOk: true, unless: /^registration (?:of|was|and|between|to|with|using|method|algorithm|error|accuracy|quality|step|based)\b/i },
  ],
  sectionWeight: { introduction: 0.4, discussion: 0.5, abstract: 1, title: 0.9 },
  value: registrationValue,
  // only sentences with a registration word or a registry identifier (or in a Registration statement) are read
  require: { pattern: REGISTRATION_KEYS, orRoles: ['registration'] },
};

function registrationValue(hits: Hit[]): ValueResult | undefined {
  const ids: string[] = [];
  for (const h of hits) {
    if (h.notDone) continue;
    REG_ID_G.lastIndex = 0;
    const t = h.sentence.text;
    for (let m = REG_ID_G.exec(t); m; m = REG_ID_G.exec(t)) ids.push(m[0].replace(/\s+/g, ''));
  }
  const u = uniq(ids);
  const done = hits.some((h) => !h.notDone);
  // a bare "Trial registration:" label with neither an id, a registry nor "not registered" is not a report
  const labelOnly = hits.every((h) => h.rule.id === 'registration/label') && u.length === 0 && !hits.some((h) => new RegExp(REGISTRY, 'i').test(h.sentence.text));
  if (labelOnly) return { partial: true, details: { ids: u } };
  return { details: { ids: u }, notDone: !done };
}

export default defineConcept({
  id: 'registration',
  meta: {
    label: 'Registration',
    group: 'Other',
    definition:
      'Reported when the manuscript gives a registration of this study: a registry identifier (NCT, ISRCTN, ChiCTR, EudraCT, PROSPERO CRD and the like), the registry where the study or review was registered, or an explicit statement that it was not registered (reported as not done). A "Trial registration:" label with neither an identifier nor a registry is partial. The identifiers found are listed in the finding\'s details. Not counted: registered nurses and other "registered" people, disease and population registries used as data sources, image registration, identifiers of other trials cited in the text, and data-access application numbers.',
    traps: [
      'registered people: "registered nurses collected the questionnaires"',
      'registries as data sources: "cases were identified through the national cancer registry"',
      'image registration (alignment of scans)',
      'other trials and their identifiers: "a similar antibody is being tested in another trial (NCT04000000)"',
      'data-access and ethics numbers: "UK Biobank application number 12345"',
    ],
  },
  spec,
  examples: {
    reported: [
      { text: 'The trial was registered at ClinicalTrials.gov (NCT01234567).' },
      { text: 'Trial registration: ISRCTN12345678.', heading: 'Abstract' },
      { text: 'Clinical trial reg. no. NCT00999999, www.clinicaltrials.gov.', heading: 'Footnotes' },
      { text: 'This review was prospectively registered with PROSPERO (CRD42020123456).' },
      { text: 'The study was retrospectively registered in the Chinese Clinical Trial Registry (ChiCTR2000012345).' },
      { text: 'EudraCT number 2015-001234-56.', heading: 'Notes' },
      { text: 'The study was registered with the Open Science Framework before data collection.' },
    ],
    notDone: [
      { text: 'The study was not registered in a public trial registry.' },
      { text: 'This cohort study was not registered.' },
    ],
    missing: [
      { text: 'Registered nurses collected the questionnaires.', note: 'registered people' },
      { text: 'Cases were identified through the national cancer registry.', note: 'a registry as a data source' },
      { text: 'Image registration-based cortical thickness estimation was applied to all scans.', note: 'image registration' },
      { text: 'Images were aligned with a deformable registration: the method is described elsewhere.', note: 'image registration with a label-like colon' },
      { text: 'A similar antibody is being tested in another trial (NCT04000000) [15].', heading: 'Discussion', note: 'another trial' },
      { text: 'Data were obtained under UK Biobank application number 12345.', note: 'a data-access application number' },
      { text: 'Clinicaltrials.gov Identifier ; protocol can be obtained from investigators.', heading: 'Acknowledgements', note: 'an identifier slot whose value a converter dropped' },
      { text: 'The listed methods in the Introduction lack shape priors.' },
      { text: 'The senior author is the principal investigator of a clinical trial that uses the device (ClinicalTrials.gov identifier: NCT01234567).', heading: 'Discussion', note: 'a trial registered by an author for another study' },
    ],
  },
});
