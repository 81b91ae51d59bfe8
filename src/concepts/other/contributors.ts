/**
 * contributors (SPIRIT 2025 item 3a): who contributed to the protocol or report and what each did.
 */
import { defineConcept, type SpecBody } from '../core/define.js';

const LABEL = /^(?:authors?'?s?'? contributions?(?: statement)?|contributors(?:hip)?(?: statement)?|author(?:ship)? contributions?(?: statement)?|contributions? of (?:the )?authors|CRediT(?: authorship contribution)?(?: statement)?)\s*[:.–-]\s*\S/i;
/** author initials (one to four capitals, possibly dotted) followed by what they did */
const INITIALS_DID = /\b(?:[A-Z]\.?){2,4}(?:,? (?:and )?(?:[A-Z]\.?){2,4})*,? (?:conceived|designed|drafted|wrote|revised|supervised|coordinated|obtained (?:the )?funding|(?:critically )?reviewed|contributed to)\b/;
/** CRediT roles as a list: the role, then a colon or comma and the contributors' initials or names */
const CREDIT = /\b(?:[Cc]onceptuali[sz]ation|[Ww]riting\s*[-–—:]\s*(?:original draft(?: preparation)?|review (?:&|and) editing)|[Ff]unding acquisition|[Pp]roject administration)\b[^.:;]{0,25}?[:,]\s*[A-Z]/;
const ALL_AUTHORS = /\ball (?:the )?authors (?:read|approved|contributed|reviewed|agreed|revised|have read)\b/i;

const spec: SpecBody = {
  rules: [
    { id: 'contributors/label', re: LABEL, weight: 1.2, negationOk: true, futureOk: true },
    { id: 'contributors/initials', re: INITIALS_DID, weight: 0.9, futureOk: true, unless: /\b(?:MRI|CT|PET|DNA|RNA|WHO|NHS|FDA|EMA|USA|UK)\b,? (?:designed|conceived)\b|\b(?:[Tt]he|[Aa]n?|[Tt]his|[Oo]ur|[Ee]ach) (?:[A-Z]\.?){2,4}\b/ },
    { id: 'contributors/credit', re: CREDIT, weight: 0.9, futureOk: true, unless: /\b(?:thank\w*|grateful|acknowledge\w*|assistance with|help with)\b/i },
    { id: 'contributors/all-authors', re: ALL_AUTHORS, weight: 0.9, futureOk: true },
  ],
  roleEvidence: { roles: ['author_contributions'], weight: 0.9 },
  sectionWeight: { introduction: 0.3, results: 0.6, discussion: 0.6 },
};

export default defineConcept({
  id: 'contributors',
  meta: {
    label: 'Contributors and their roles',
    group: 'Other',
    definition:
      'Reported when the manuscript says who contributed to it and what each contributor did: an author contributions or contributorship statement, a CRediT list, contributions given by initials ("AB and CD designed the trial"), or that all authors read and approved it. The design of the study itself ("the trial was designed as ...") and contributions of earlier studies do not count.',
    traps: ['"the trial was designed as a two-arm study" (the design, not a contributor)', 'contributions of earlier studies to the evidence'],
  },
  spec,
  examples: {
    reported: [
      { text: "Authors' contributions: AB conceived the trial and drafted the protocol; CD wrote the statistical analysis plan.", heading: 'Declarations' },
      { text: 'KL and MN designed the trial and obtained funding.', heading: 'Contributors' },
      { text: 'Conceptualization: R.S.; Writing – original draft: R.S. and T.P.', heading: 'Notes' },
      { text: 'All authors read and approved the final protocol.', heading: 'Declarations' },
    ],
    missing: [
      { text: 'The trial was designed as a two-arm parallel-group study.', note: 'the design, not a contributor' },
      { text: 'Earlier trials contributed most of the evidence on exercise after surgery [3].', heading: 'Introduction' },
      { text: 'We thank the trial office for help with project administration.', heading: 'Results', note: 'an acknowledgement, not a contribution of an author' },
      { text: 'The community advisers shaped the conceptualization of the questionnaire.', heading: 'Results', note: 'a CRediT word in prose' },
      { text: 'The DSMB reviewed the interim results in March.', note: 'a committee, not author initials' },
    ],
  },
});
