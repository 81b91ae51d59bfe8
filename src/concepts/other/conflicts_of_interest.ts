/**
 * conflicts_of_interest: the authors' competing interests, or that there are none.
 */
import { defineConcept, type SpecBody } from '../core/define.js';
import type { Hit, ValueResult } from '../core/spec.js';
import { ONLINE_POINTER } from '../shared/availability.js';

const COI_TERM = /\b(?:competing|conflicting|conflicts? of|dualit(?:y|ies) of|declarations? of|disclosures? of) (?:\w+ )?interests?\b|\bconflicts? of interests?\b|\bCOIs?\b(?= ?(?:statement|disclosure|:))|\bfinancial (?:or (?:other|non-?financial) )?(?:interests?|relationships?|disclosures?|ties)\b|\brelevant (?:financial )?(?:relationships?|disclosures?)\b/i;
const COI_NONE =
  /\bno (?:\w+ ){0,4}(?:competing|conflicting|conflicts?|dualit(?:y|ies)|financial|commercial)(?: \w+){0,2} (?:interests?|relationships?|of interest|disclosures?|ties|associations?)\b|\b(?:nothing|none) to (?:declare|disclose|report)\b|\b(?:do|does|did) not have (?:any )?(?:\w+ ){0,6}(?:conflicts?|competing|financial|commercial)\b|\b(?:declare[sd]?|report(?:s|ed)?|disclose[sd]?) (?:that )?(?:they have )?(?:no|none)\b/i;
const COI_INTERESTS =
  /\b(?:received|receives|receiving|reports?|reported|has|have|had|holds?|owns?|declares?|discloses?)\b[^.]{0,60}?\b(?:personal fees|honorari(?:a|um)|consult(?:ing|ancy|ant) (?:fees?|agreements?|roles?)|speakers?(?:'s?)? (?:fees?|bureaus?)|advisory (?:boards?|roles?|fees?)|stock(?:s| options)?|equity|shares in|royalt(?:y|ies)|patents?|lecture fees|travel (?:grants?|support|expenses)|employ(?:ee|ment) (?:of|by|at|with))\b|\bserved (?:as|on) (?:a |an )?(?:consultant|advis[oe]r|member of (?:the |an? )?advisory|speaker)/i;
const COI_ICMJE = /\bICMJE\b|\buniform disclosure form\b|\bdisclosure form\b/i;
const COI_LABEL = /^(?:(?:declaration|disclosure|statement)s? of (?:competing |conflicting )?interests?|competing (?:financial )?interests?|conflicts? of interests?(?: statement| disclosures?)?|conflict of interest disclosures?|potential conflicts? of interest|disclosures?|duality of interest|declaration of (?:competing|conflicting) interests?|financial disclosures?)\s*[:.–-]/i;
const COI_KEYS = /inventor|interest|disclos|ICMJE|honorari|consult|fees|stock|equity|shares in|patent|employ|royalt|advis|speaker|\bCOI|nothing to (?:declare|disclose|report)|none to (?:declare|disclose|report)|(?:declare|report|disclose)[sd]? (?:that )?(?:they have )?(?:no|none)\b|relationships?|ties\b/i;

const spec: SpecBody = {
  rules: [
    { id: 'coi/label', re: COI_LABEL, weight: 1.6, negationOk: true },
    { id: 'coi/none', re: COI_NONE, weight: 0.95, notDone: true, unless: /\b(?:funding|grant|sponsorship)\b(?![^.]*\binterests?\b)/i },
    { id: 'coi/icmje', re: COI_ICMJE, weight: 1, negationOk: true },
    { id: 'coi/term', re: COI_TERM, weight: 0.8, negationOk: true, unless: /\b(?:outcomes?|variables?|parameters?|measures?|areas?|topics?|regions?|groups?|populations?|exposures?) of (?:primary |secondary |main |particular |special )?interest\b(?![^.]*\b(?:competing|conflicts?) )|\bdecisional conflict\b(?![^.]*\binterest)/i },
    { id: 'coi/inventor', re: /\b(?:are|is|were|was|as) (?:\w+ )?(?:co-?)?inventors? (?:on|of|in) (?:\w+ ){0,4}patents?\b|\b(?:co-?)?inventors? (?:on|of) (?:a |the )?(?:\w+ ){0,3}patents?\b[^.]{0,60}\b(?:related|relevant|describ\w*|cover\w*|concerning)\b/i, weight: 0.8 },
    { id: 'coi/interests', re: COI_INTERESTS, weight: 0.75, roles: ['competing_interests', 'funding', 'acknowledgements', 'author_contributions'] },
  ],
  roleEvidence: {
    roles: ['competing_interests'],
    weight: 0.9,
    notDone: /\b(?:none|nothing to (?:declare|disclose)|no (?:\w+ ){0,3}(?:competing|conflicts?|financial|relevant))\b|\bnot applicable\b/i,
  },
  sectionWeight: { introduction: 0.35, discussion: 0.7, abstract: 0.8, results: 0.8, methods: 0.8 },
  traps: [ONLINE_POINTER],
  value: coiValue,
  // only sentences with an interest or disclosure word (or in a Competing interests statement) are read
  require: { pattern: COI_KEYS, orRoles: ['competing_interests'] },
};

function coiValue(hits: Hit[]): ValueResult | undefined {
  const declared = hits.some((h) => COI_INTERESTS.test(h.sentence.text) || /\b(?:employee|employed by|founder|shareholder|consultant|co-?inventor|has received|have received|received (?:grants?|fees|support))\b/i.test(h.sentence.text));
  const none = hits.some((h) => h.notDone || COI_NONE.test(h.sentence.text) || /^[^:]{3,60}:\s*(?:none|nil|nothing to (?:declare|disclose)|no(?:ne)? declared)\b/i.test(h.sentence.text));
  return { notDone: !declared && none, ...(declared ? { value: 'declared' } : none ? { value: 'none' } : {}) };
}

export default defineConcept({
  id: 'conflicts_of_interest',
  meta: {
    label: 'Conflicts of interest',
    group: 'Other',
    noneIsComplete: true,
    definition:
      'Reported when the manuscript states the competing interests of its authors: specific financial or other relationships (consulting fees, honoraria, employment, stock, patents, advisory roles) or that there are none. A labelled "Competing interests", "Disclosures" or "Duality of interest" statement counts even when a converter garbled its text, and so does a reference to completed ICMJE disclosure forms. A declaration of no competing interests is reported as not done (value none). Not counted: "of interest" meaning the focus of the study (outcome of interest), decisional conflict as a measured variable, conflicts of interest discussed as a topic, and a pointer to declarations kept on the publisher\'s website.',
    values: {
      declared: 'the authors disclose specific interests (fees, employment, stock, patents, advisory roles)',
      none: 'the authors declare that they have no competing interests',
    },
    traps: [
      '"of interest" as the focus of the study: "the primary outcome of interest"',
      'decisional conflict as a questionnaire score',
      'conflicts of interest discussed as a topic in the background ("industry sponsorship may create conflicts of interest")',
      'a pointer to statements held elsewhere: "details of competing interests are available at https://doi.org/..."',
    ],
  },
  spec,
  examples: {
    reported: [
      { text: 'JK has received consulting fees and honoraria from two device companies.', heading: 'Conflicts of interest', value: 'declared' },
      { text: 'Disclosures: RS is an employee of a biotech company.', heading: 'Notes', value: 'declared' },
      { text: 'Conflict of Interest Disclosures:DrSmithreportedreceivinggrants.', heading: 'Results', note: 'run-together PDF text after the label' },
      { text: 'Although every author filed a disclosure, the authors listed below indicated a financial or other interest relevant to the topic of this article.', heading: 'Disclosures' },
      { text: 'A.B. and C.D. are co-inventors on a provisional patent application covering the edited cell lines.', heading: 'Acknowledgments' },
    ],
    notDone: [
      { text: 'Competing interests: None declared.', heading: 'Notes', value: 'none' },
      { text: 'The authors declare that they have no competing interests.', heading: 'Discussion', value: 'none' },
      { text: 'All authors have completed the ICMJE uniform disclosure form and declare no support from any organisation for the submitted work.', heading: 'Notes', value: 'none' },
      { text: 'The remaining authors do not have any commercial association that might pose a conflict of interest.', heading: 'Notes', value: 'none' },
      { text: 'The authors have declared that no competing interests exist.', heading: 'Declarations', value: 'none' },
      { text: 'Duality of interest: none.', heading: 'Declarations', value: 'none' },
      { text: 'Declaration of interests: We declare no competing interests.', heading: 'Declarations', value: 'none' },
    ],
    missing: [
      { text: 'The primary outcome of interest was the change in systolic blood pressure.', note: '"of interest" as the focus of the study' },
      { text: 'Decisional conflict was measured with a validated scale.', note: 'a measured variable' },
      { text: 'Industry sponsorship may create conflicts of interest in drug trials [12].', heading: 'Introduction', note: 'a topic of the background' },
      { text: 'Details of author contributions and competing interests are available at https://doi.org/10.1000/xyz.', heading: 'Notes', note: 'a pointer to the publisher site is not a statement' },
    ],
  },
});
