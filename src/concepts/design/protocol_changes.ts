/**
 * protocol_changes: important changes to a trial or review after it started (outcomes, analyses, eligibility), with
 * reasons, or a statement that there were none.
 */
import { defineConcept, type SpecBody } from '../core/define.js';

/** the protocol, registration or plan of this study changed */
const CHANGED =
  /\b(?:protocol|registration|registered (?:plan|record)|statistical analysis plan|study design|trial design) (?:was|were|had to be) (?:subsequently |later |formally |substantially )?(?:amended|changed|modified|revised|updated|altered)\b|\b(?:changes?|modifications?|amendments?|alterations?|revisions?) (?:made )?(?:to|of|in) the (?:original |initial |trial |study |published |registered |review )?(?:protocol|registration|statistical analysis plan|trial design|study design)\b|\bprotocol (?:amendments?|changes?|modifications?|revisions?)\b|\bamended (?:the )?(?:trial |study )?protocol\b|\b(?:deviat\w+|departures?|differences?|discrepanc\w+) (?:from|between) the (?:original |published |registered |trial |study |review |initial )?(?:protocol|registration|statistical analysis plan)\b|\bdiffer(?:s|ed)? from (?:the |our )?(?:original |published |registered |initial )?(?:protocol|registration)\b|\b(?:analys[ie]s|statistical) plan (?:was|were|had to be) (?:subsequently |later |accordingly )?(?:adapted|amended|changed|modified|revised|updated)\b|\b(?:than|from|instead of|rather than) (?:the |what was |that )?(?:planned|specified|stated|described|proposed|pre-?specified|registered) in the (?:original |initial |published |registered )?(?:protocol|registration|statistical analysis plan)\b|\b(?:the |our |this )?original (?:study |trial )?protocol\b|\bafter (?:the )?(?:trial |study )?(?:registration|the protocol was (?:published|registered)|publication of the protocol)\b/i;
/** an outcome, eligibility rule, sample size or analysis changed after the start */
const ELEMENT =
  /\b(?:primary|secondary|main|co-primary) (?:outcome|end ?-?point)s? (?:measure )?(?:was|were|had to be) (?:subsequently |later )?(?:changed|modified|revised|altered|added|dropped|removed|replaced|redefined)\b|\b(?:changed|modified|revised|replaced) the (?:primary|secondary|main) (?:outcome|end ?-?point)\b|\b(?:eligibility|inclusion|exclusion) criteria (?:was|were) (?:subsequently |later )?(?:changed|amended|modified|broadened|widened|expanded|extended|relaxed|narrowed|revised)\b|\b(?:target )?sample size (?:was|had to be) (?:subsequently |later )?(?:re-?calculated|re-?estimated|revised|amended|increased|reduced|adjusted|changed)\b|\brecruitment target (?:was|had to be) (?:revised|reduced|increased|changed|lowered)\b|\b(?:re-?calculation|re-?estimation|revision)\b(?: \([^)]{0,30}\))? of the (?:target )?sample size\b|\b(?:recruitment|enrol{1,2}ment|inclusion|accrual|data collection)(?: period| phase)?\b[^.;]{0,60}\bbut (?:was |had to be )?(?:extended|prolonged)\b|\b(?:threshold|cut-?off|criteri(?:on|a)|age limit)\b[^.;]{0,40}\b(?:being|was|were) (?:decreased|increased|lowered|raised|changed|relaxed|widened|broadened) from\b|\bin the (?:original |published |registered )?(?:study |trial )?protocol\b[^.;]{0,30}\bwe (?:had )?(?:mentioned|planned|specified|proposed|stated|listed|intended)\b|\b(?:recruitment|enrol{1,2}ment|inclusion|data collection|accrual)(?: period| phase)? (?:was|were|had to be) (?:subsequently |later )?(?:extended|prolonged)\b|\bextended (?:the )?(?:recruitment|enrol{1,2}ment|inclusion|data collection|accrual)(?: period| phase)?\b|\bpost[- ]hoc (?:analys[ie]s|comparisons?|subgroup analys[ie]s|sensitivity analys[ie]s|outcomes?)\b(?![^.]{0,30}\b(?:tests?|Tukey|Bonferroni|Scheff\w*|Dunn\w*|Holm|LSD|Games|Sidak|Dunnett)\b)|\b(?:analys[ie]s|outcomes?|comparisons?) (?:that )?(?:was|were) (?:not (?:pre-?specified|pre-?planned|planned|specified|included) in the (?:original |trial |study |registered )?(?:protocol|registration|statistical analysis plan)|added (?:after|post hoc|to the protocol))\b/i;
/** this report set against the published protocol, and analyses named as not planned in advance */
const VERSUS =
  /\b(?:in contrast to|compared (?:to|with)|unlike|relative to) (?:the |our )?(?:previously )?(?:published|registered|original) (?:study |trial )?(?:protocol|registration)\b|\bchanges?\b[^.;]{0,40}\bfrom the (?:previously )?(?:published|registered) (?:study |trial )?(?:protocol|registration)\b|\b(?:was|were) (?:done|performed|conducted|carried out|investigated|explored|examined|added|analy[sz]ed) post[- ]hoc\b|\bnot pre-?(?:specified|planned)\b|\b(?:were|was) pre-?(?:specified|planned),? (?:except|apart from|with the exception of)\b|\b(?:rather than|instead of) the (?:pre-?specified|pre-?planned|originally planned|registered)\b|\b(?:add(?:ed)?(?: on)?|changed to) (?:an? |the )?(?:additional |new )?(?:primary|secondary) (?:outcome|end ?-?point)s?\b/i;
/** there were no changes */
const NONE =
  /\bno (?:important |major |substantial |significant |relevant |other )?(?:changes?|amendments?|modifications?|deviations?|departures?) (?:were |was |have been |had been )?(?:made )?(?:to|in|from) the (?:original |trial |study |published |registered |review )?(?:protocol|registration|methods|trial design|study design|statistical analysis plan|planned (?:methods|analyses))\b|\b(?:protocol|registration|methods|statistical analysis plan) (?:was|were) not (?:amended|changed|modified|altered)\b|\bthere (?:were|was) no (?:important |major |substantial )?(?:changes?|amendments?|deviations?) (?:to|from|in) (?:the )?(?:protocol|methods|registration|trial design)\b|\bno (?:important |major )?(?:changes?|amendments?) (?:were|was) made (?:after|from|during|since|once) (?:the )?(?:start|inclusion|initiation|recruitment|enrol{1,2}ment|commencement|beginning|randomi[sz]ation)\b|\b(?:conducted|carried out|performed|analy[sz]ed) (?:exactly )?(?:as|according to the) (?:planned|registered|pre-?specified|described)(?: in the (?:protocol|registration))?,? (?:with no|without any|without) (?:changes|amendments|deviations|modifications)\b/i;
/** participant-level deviations, procedures done as the protocol said, and laboratory or imaging protocols */
const NOT_CHANGE =
  /\b(?:per[- ]protocol (?:population|analysis|set)|(?:participants?|patients?|subjects?|women|children) (?:with|who had) (?:a )?(?:major |minor )?protocol (?:deviations?|violations?)|protocol violat\w*|as (?:specified|described|defined|required|stipulated) (?:in|by) the protocol|according to the protocol|(?:imaging|scan(?:ning)?|acquisition|MRI|CT|staining|laboratory|PCR|sequencing|anaesthe\w+|anesthe\w+|dosing|treatment|chemotherapy|training|annotation|labell?ing|feeding|exercise) protocols?)\b/i;

const spec: SpecBody = {
  rules: [
    { id: 'protocol-changes/none', re: NONE, weight: 0.9, notDone: true, negationOk: true },
    { id: 'protocol-changes/changed', re: CHANGED, weight: 0.9, unless: NOT_CHANGE },
    { id: 'protocol-changes/versus-protocol', re: VERSUS, weight: 0.85, unless: NOT_CHANGE },
    { id: 'protocol-changes/element', re: ELEMENT, weight: 0.9, unless: NOT_CHANGE },
  ],
  headingFallback: { heading: /^(changes to (the )?(trial |study |review )?protocol|protocol (changes|amendments|deviations)|changes (to|from) (the )?(protocol|methods)|differences between (the )?protocol and (the )?(review|report))$/, kinds: ['methods', 'other'] },
  sectionWeight: { introduction: 0.2, discussion: 0.6, abstract: 0.5 },
  require: { pattern: /protocol|registration|statistical analysis plan|design|outcome|end ?-?point|criteri|threshold|cut-?off|limit|sample size|recruitment|enrol|accrual|inclusion|data collection|analys|plan|extended|prolonged|post[- ]hoc|pre-?(?:specified|planned)|rather than|instead of|no (?:important |major )?(?:changes?|amendments?)/i },
};

export default defineConcept({
  id: 'protocol_changes',
  meta: {
    label: 'Changes to the protocol',
    group: 'Design',
    definition:
      'Reported when a trial or review says which important changes were made after it began, or to its registration or protocol (new or dropped outcomes, changed eligibility, an extended recruitment period or revised sample size, analyses added that were not planned, including post hoc analyses), and why; a statement that there were no changes also answers the item (reported as not done). Amendments of other studies and changes to a drug dose within the protocol are not protocol changes; nor are single participants who deviated from the protocol (the per-protocol population) or laboratory, imaging and treatment protocols.',
    traps: [
      'dose or treatment changes that the protocol itself foresaw ("as the protocol specified")',
      'participant-level protocol deviations and the per-protocol population',
      'imaging, laboratory or treatment protocols ("the MRI protocol was changed to a 3 T scanner")',
    ],
  },
  spec,
  examples: {
    reported: [
      { text: 'After 40 participants the primary outcome was changed from pain at 6 weeks to pain at 12 weeks, at the request of the data monitoring committee.' },
      { text: 'Because recruitment was slower than expected, the protocol was amended in 2019 to include a second hospital and older patients.' },
      { text: 'The eligibility criteria were broadened after the first year to admit patients with mild renal impairment.' },
      { text: 'Two analyses were not prespecified in the protocol and are labelled as exploratory.', heading: 'Statistical analysis' },
      { text: 'Differences between the published protocol and this review are listed in Appendix 4.' },
      { text: 'Because enrolment was slower than expected, the recruitment period was extended by nine months.' },
      { text: 'Because too few patients qualified, the age limit was raised from 65 to 75 years in the second year.' },
      { text: 'The enrollment period was planned for one year but extended to eighteen months.', heading: 'Results' },
      { text: 'A post hoc analysis explored whether the effect differed by baseline severity.', heading: 'Results', note: 'an analysis added after the protocol' },
      { text: 'Unlike the published protocol, the trial also admitted patients older than 80 years.', heading: 'Methods' },
      { text: 'The subgroup comparison by sex was performed post hoc after an interim look at the data.', heading: 'Results' },
      { text: 'Responses were compared between schools split by size rather than the prespecified split by region.', heading: 'Results' },
      { text: 'On the advice of the steering group, return to work was changed to a secondary outcome.' },
    ],
    notDone: [
      { text: 'No changes were made to the trial protocol after recruitment began.' },
      { text: 'There were no amendments to the registered protocol.' },
    ],
    missing: [
      { text: 'The dose was reduced in patients with renal impairment, as the protocol specified.', note: 'a change within the protocol' },
      { text: 'Eleven participants with major protocol deviations were excluded from the per-protocol analysis.', heading: 'Results', note: 'participant deviations' },
      { text: 'The MRI protocol was changed to include a diffusion-weighted sequence.', note: 'an imaging protocol' },
      { text: 'Groups were compared with one-way ANOVA and post hoc Tukey tests.', note: 'post hoc tests after an ANOVA' },
      { text: 'An earlier trial amended its protocol to add a safety outcome [8].', heading: 'Introduction', note: 'other work' },
      { text: 'Mean scores were compared with a paired t-test and post hoc tests for each time point.', heading: 'Statistical analysis', note: 'post hoc tests, not an added analysis' },
    ],
  },
});
