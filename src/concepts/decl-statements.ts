/**
 * Declarations: funding, competing interests, ethics approval/consent, registration and protocol access.
 */
import { type ConceptSpec, type Hit, type ValueResult } from './core/spec.js';
import { extractUrls, ONLINE_POINTER, prefiltered, uniq } from './shared/availability.js';

// ---------------------------------------------------------------------------------------------------------------
// Funding
// ---------------------------------------------------------------------------------------------------------------

/** words that name a funder or a grant */
const FUNDER =
  /\b(?:grants?|grant (?:no|number)|foundation|fund(?:s|ing)?|council|institutes? (?:of|for)|national|ministry|ministerio|ministère|agency|award(?:s|ed)?|fellowships?|programmes?|program|scholarships?|bursary|studentship|chair|NIH|NIHR|NHMRC|NSF|NSFC|MRC|EPSRC|BBSRC|ESRC|ERC|DFG|ANR|CIHR|NSERC|JSPS|AMED|Wellcome|trust|society|association|charity|department of|university|universit[àéy]|hospital|R01|R21|R03|K\d\d|U\d\d|P\d\d|UL1|contract|company|corporation|inc\.?|ltd|llc|gmbh|pharma\w*|horizon 2020|european (?:union|commission|research)|FP7|H2020|sponsor(?:ed|ship)?|philanthrop\w*|donation|endowment|research (?:grant|support|funding))\b/i;
const OWN_WORK = String.raw`(?:(?:this|the|our|present|current) (?:study|work|trial|research|project|publication|article|paper|analysis|manuscript|investigation|survey|review|pilot|evaluation|programme|program|collaboration|initiative|report)|research reported in this (?:publication|manuscript|article|paper)|(?:the )?(?:authors?|investigators?)|(?:this|the) (?:study|trial) (?:team|group)|(?:[A-Z][\w-]+ ){0,4}(?:study|trial))`;
const FUND_PASSIVE = new RegExp(
  String.raw`\b${OWN_WORK}\b[^.]{0,80}?\b(?:was|were|is|are|has been|have been|being)(?: (?:partly|partially|in part|jointly|generously|financially|principally|primarily|mainly|fully|entirely|wholly|also|additionally|supported and|funded and))* (?:funded|supported|sponsored|financed|underwritten|made possible|paid for|co-?funded|grant-?aided)\b`,
  'i',
);
/** "this research/our work was funded by": about this study wherever it stands (footnotes flow into the Introduction) */
const FUND_THIS = /\b(?:this|our|the present|the current) (?:study|work|research|project|trial|publication|article|paper|manuscript|analysis|investigation)\b(?: \w+){0,3} (?:was|is|has been)(?: (?:partly|partially|in part|jointly|generously|financially|also|mainly|fully|primarily))* (?:funded|supported|sponsored|financed|co-?funded)\b(?: \w+){0,3} (?:by|through|from|under)\b/i;
const FUND_BY = new RegExp(
  String.raw`\b(?:funded|financed|sponsored|co-?funded|supported(?: financially)?|made possible)\b[^.]{0,15}?\b(?:by|through|from|with|under)\b[^.]{0,100}?${FUNDER.source}`,
  'i',
);
/** "Financial support was provided by the X Foundation" */
const FUND_PROVIDED = /\b(?:financial (?:support|assistance)|funding|research support|grant support|funds)\b(?: for (?:this|the|our) (?:\w+ ){0,2})? ?(?:was|were|has been|have been|is) (?:\w+ly )?(?:provided|given|granted|received|obtained|awarded|supplied) (?:by|from|through)\b/i;
const FUND_ACTIVE = /\b(?:funded|financed|sponsored|paid for)(?: \w+ly)? (?:the|this|our) [^.]{0,120}?\b(?:study|trial|project|research|work|analysis)\b/i;
const FUND_RECEIVED = /\b(?:received|receives|obtained|acknowledge[sd]?|gratefully acknowledges?|thank\w*|was awarded|were awarded|holds?|held)\b[^.]{0,60}?\b(?:funding|financial support|grants?|financial assistance|research support|fellowship|scholarship|award)\b/i;
const FUND_GRANT_NO = /\bgrants? (?:no\.?|nos\.?|numbers?|#|agreement|ID|award|code|ref(?:erence)?)\s*[:#]?\s*[A-Z0-9]|\b(?:award|contract|project|reference) (?:no\.?|number|#)\s*[:#]?\s*[A-Z0-9]|\b(?:R01|R21|R03|R34|U01|U54|K23|K24|P30|P50|UL1|T32)[- ]?[A-Z]{0,2}\d{5,6}\b|\bNIHR\d{5,}|\bPB-PG-\d|\bFP7-/i;
const FUND_NONE =
  /\b(?:received|receive|had|have|has|was|were|obtained|with|without|received neither|declare[sd]? (?:that )?(?:they (?:had|have|received) )?)\b[^.]{0,20}?\bno (?:specific |external |dedicated |direct |additional |particular |outside |extramural |third[- ]party |specific external |financial )*(?:funding|financial support|grants?|sponsorship|sponsor|funds|financing|financial assistance|support from)\b|\bno (?:specific |external |dedicated |direct )*(?:funding|financial support|grant|sponsorship)s? (?:was|were|has been|have been|is|to)? ?(?:received|obtained|provided|used|available|declare|report|applicable)\b|\b(?:was|were|is) (?:not|un) ?(?:funded|sponsored|supported by any)\b|\bunfunded\b|\bself-funded\b|\bwithout (?:any )?(?:external |specific |dedicated )?(?:funding|financial support|sponsorship)\b|\bnot (?:receive|obtain)\w* (?:any )?(?:specific |external )?(?:funding|grants?|financial support)\b/i;
const FUND_LABEL = /^(?:funding|financial support|sources? of (?:funding|support)|funding\s*\/\s*support|support|grant support|role of the funder(?:\/sponsor)?|funding information|funding sources?)\s*[:.–-]/i;
const FUND_LABEL_NONE = /^(?:sources? of )?funding(?: statement| sources?)?\s*[:.–-]\s*(?:none|nil|not applicable|n\/a|no\b)/i;
const FUNDER_ROLE = /\b(?:the )?(?:funders?|sponsors?|funding (?:bodies|body|sources?|agenc(?:y|ies)|organi[sz]ations?))\b[^.]{0,40}?\b(?:had|have|has|played) (?:no|any|a) (?:role|involvement|influence)|\brole of the (?:funding source|funder|sponsor)\b/i;
/** "supported by" in the sense of evidence */
const NOT_MONEY = /\b(?:evidence|data|findings?|results?|hypothes[ie]s|literature|studies|notion|observations?|view|idea|theory|conclusions?|argument|analys[ie]s|trials?|experience|claim)\b (?:is|are|was|were|has been|have been) (?:\w+ )?(?:supported|funded) by\b|\bsupported by (?:the )?(?:evidence|data|findings|results|our|previous|prior|recent|several|a (?:growing|large|systematic))\b|\b(?:ventilat\w*|oxygen|nutrition\w*|life|mechanical(?:ly)?|respiratory|circulatory|social(?:ly)?|peer|emotional(?:ly)?|psychological(?:ly)?|family|decision)[- ]support(?:ed)?\b|\b(?:publicly|government|state|NHS|privately|donor|insurance)[- ]funded (?:program(?:me)?s?|health|hospitals?|services?|care|insurance|schemes?|clinics?|facilities|initiatives?)\b/i;

export const fundingSpec: ConceptSpec = {
  concept: 'funding',
  rules: [
    { id: 'funding/none', re: FUND_NONE, weight: 0.95, notDone: true, unless: /\bconflicts? of interest|\bcompeting interest/i },
    // a leading label is strong wherever the converter put the back matter (often under Discussion)
    { id: 'funding/label-none', re: FUND_LABEL_NONE, weight: 1.6, notDone: true },
    { id: 'funding/label', re: FUND_LABEL, weight: 1.6 },
    { id: 'funding/this-funded', re: FUND_THIS, weight: 2.2, negationOk: true, unless: NOT_MONEY },
    { id: 'funding/own-funded', re: FUND_PASSIVE, weight: 1, negationOk: true, unless: NOT_MONEY },
    { id: 'funding/funded-by', re: FUND_BY, weight: 0.75, unless: /\b(?:supported by (?:the )?(?:evidence|data|findings|results|literature))|\bdecision[- ]support\b|\b(?:purchased|bought|ordered) from\b|\bsupplied by\b|\bkindly (?:provided|donated|given)\b|\bgifts? from\b|\bdonated by\b|\bcat(?:alog(?:ue)?)?\.? (?:no|#|number)|\b(?:samples?|specimens?|tissues?|sera|reagents?|antibod\w+|cell lines?|materials?|biopsies)\b[^.]{0,60}\b(?:provided|supplied|obtained|donated|collected) (?:by|from|through)\b/i },
    { id: 'funding/received', re: FUND_RECEIVED, weight: 0.85, unless: /\b(?:participants?|patients?|subjects?|respondents?|households?|families|women|men|caregivers?|clinics?|schools?|practices?|facilities|villages?|communities|intervention group|control group) (?:\w+ ){0,3}(?:received|were awarded|obtained)\b/i },
    { id: 'funding/active', re: FUND_ACTIVE, weight: 0.8 },
    { id: 'funding/provided-by', re: FUND_PROVIDED, weight: 0.85 },
    { id: 'funding/acquired', re: /\b(?:secured|obtained|acquired|raised|acquisition of|was responsible for) (?:the )?(?:research |study |trial )?(?:funding|funds|grants?)\b|^funding acquisition\b/i, weight: 0.6, notSections: ['introduction', 'discussion'] },
    { id: 'funding/grant-number', re: FUND_GRANT_NO, weight: 0.8, negationOk: true, unless: /\bcat(?:alog(?:ue)?)?\.? (?:no|#|number)|\b(?:IRB|ethic\w*|approv\w*|review board|committee|registration|registered|protocol)\b/i },
    { id: 'funding/funder-role', re: FUNDER_ROLE, weight: 0.8, negationOk: true },
  ],
  roleEvidence: {
    roles: ['funding'],
    weight: 0.9,
    notDone: /\bno (?:specific |external |dedicated )*(?:funding|financial support|grants?|sponsorship)|\b(?:none|nil|not applicable|unfunded|self-funded)\b|\bnot (?:funded|receive)/i,
  },
  sectionWeight: { introduction: 0.35, discussion: 0.75, abstract: 0.8, results: 0.85 },
  value: fundingValue,
};

function fundingValue(hits: Hit[]): ValueResult | undefined {
  // the funder-role / grant-number / received rules need a money word to count as funding on their own
  const good = hits.filter((h) => h.rule.id !== 'funding/funded-by' || FUNDER.test(h.sentence.text));
  const done = good.some((h) => !h.notDone && !FUND_NONE.test(h.sentence.text));
  return { notDone: !done && good.some((h) => h.notDone || FUND_NONE.test(h.sentence.text)) };
}

// ---------------------------------------------------------------------------------------------------------------
// Competing interests
// ---------------------------------------------------------------------------------------------------------------

const COI_TERM = /\b(?:competing|conflicting|conflicts? of|dualit(?:y|ies) of|declarations? of|disclosures? of) (?:\w+ )?interests?\b|\bconflicts? of interests?\b|\bCOIs?\b(?= ?(?:statement|disclosure|:))|\bfinancial (?:or (?:other|non-?financial) )?(?:interests?|relationships?|disclosures?|ties)\b|\brelevant (?:financial )?(?:relationships?|disclosures?)\b/i;
const COI_NONE =
  /\bno (?:\w+ ){0,4}(?:competing|conflicting|conflicts?|dualit(?:y|ies)|financial|commercial)(?: \w+){0,2} (?:interests?|relationships?|of interest|disclosures?|ties|associations?)\b|\b(?:nothing|none) to (?:declare|disclose|report)\b|\b(?:do|does|did) not have (?:any )?(?:\w+ ){0,6}(?:conflicts?|competing|financial|commercial)\b|\b(?:declare[sd]?|report(?:s|ed)?|disclose[sd]?) (?:that )?(?:they have )?(?:no|none)\b/i;
const COI_INTERESTS =
  /\b(?:received|receives|receiving|reports?|reported|has|have|had|holds?|owns?|declares?|discloses?)\b[^.]{0,60}?\b(?:personal fees|honorari(?:a|um)|consult(?:ing|ancy|ant) (?:fees?|agreements?|roles?)|speakers?(?:'s?)? (?:fees?|bureaus?)|advisory (?:boards?|roles?|fees?)|stock(?:s| options)?|equity|shares in|royalt(?:y|ies)|patents?|lecture fees|travel (?:grants?|support|expenses)|employ(?:ee|ment) (?:of|by|at|with))\b|\bserved (?:as|on) (?:a |an )?(?:consultant|advis[oe]r|member of (?:the |an? )?advisory|speaker)/i;
const COI_ICMJE = /\bICMJE\b|\buniform disclosure form\b|\bdisclosure form\b/i;
const COI_LABEL = /^(?:(?:declaration|disclosure|statement)s? of (?:competing |conflicting )?interests?|competing (?:financial )?interests?|conflicts? of interests?(?: statement| disclosures?)?|conflict of interest disclosures?|potential conflicts? of interest|disclosures?|duality of interest|declaration of (?:competing|conflicting) interests?|financial disclosures?)\s*[:.–-]/i;

export const conflictsSpec: ConceptSpec = {
  concept: 'conflicts_of_interest',
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
};

function coiValue(hits: Hit[]): ValueResult | undefined {
  const declared = hits.some((h) => COI_INTERESTS.test(h.sentence.text) || /\b(?:employee|employed by|founder|shareholder|consultant|co-?inventor|has received|have received|received (?:grants?|fees|support))\b/i.test(h.sentence.text));
  const none = hits.some((h) => h.notDone || COI_NONE.test(h.sentence.text) || /^[^:]{3,60}:\s*(?:none|nil|nothing to (?:declare|disclose)|no(?:ne)? declared)\b/i.test(h.sentence.text));
  return { notDone: !declared && none, ...(declared ? { value: 'declared' } : none ? { value: 'none' } : {}) };
}

// ---------------------------------------------------------------------------------------------------------------
// Ethics
// ---------------------------------------------------------------------------------------------------------------

const ETH_BODY = String.raw`(?:ethic(?:s|al)(?: and research)?(?: review)?(?: \w+){0,3} (?:committees?|boards?|commissions?|councils?|panels?|review|approval|clearance|permission|authorit(?:y|ies)|consent)|(?:institutional|independent|local|central|regional|national|university|hospital|research|human (?:research|investigation|subjects?|studies)|medical|scientific)(?: (?:review|ethic(?:s|al)|research|protection|investigation))?(?: \w+)? (?:boards?|committees?|program(?:me)?s?)|\bIRBs?\b|\bIECs?\b|\bRECs?\b|\bHRECs?\b|\bERBs?\b|\bREBs?\b|\bMREC\b|\bCEIC\b|\bCEIm\b|\bCPP\b|\bMETC\b|\bHREB\b|\bHSRB\b|\bIORG\d|\bethics\b|\bethik\w*|\bcomit[eé]s? (?:d[e'] ?)?[ée]thi\w*|\bcomitato etico|\bhelsinki committee|review boards?|human subjects? (?:protection|review|research)|\bOHRP\b|research ethics)`;
const APPROVE = String.raw`(?:approv(?:ed|al|als|ing)|authori[sz](?:ed|ation)|clearance|cleared|permission|waiv(?:ed|er)|exempt(?:ed|ion)?|granted|sanctioned|endorsed|favou?rable opinion|positive (?:opinion|vote)|accepted|reviewed and (?:approved|accepted)|deemed (?:exempt|not (?:to )?requir\w+))`;
const ETH_APPROVAL = new RegExp(
  String.raw`${ETH_BODY}[^.]{0,150}?\b${APPROVE}\b|\b${APPROVE}\b[^.]{0,150}?${ETH_BODY}`,
  'i',
);
const ETH_APPROVAL_NOUN = /\b(?:ethic(?:s|al)(?: \w+){0,3}|IRB|REC|IEC|HREC|REB|ERB|institutional review board|review board|research ethics (?:board|committee))(?:'s)? (?:approvals?|clearances?|authori[sz]ations?|permissions?|exemptions?|waivers?|consent)\b/i;
const ETH_CONSENT =
  /\b(?:written|oral|verbal|signed|digital|electronic|informed|parental|guardian|proxy)\s(?:\w+ ){0,3}(?:consent|assent)s? (?:\w+ ){0,3}(?:was|were|had been|has been|have been|is|are|being)? ?(?:obtained|provided|given|signed|sought|waived|received|collected|secured|acquired|taken|gained|documented|recorded|required|not required|exempted)\b|\b(?:obtained|gave|give|provided|provide|signed|sign|giving|providing|signing|obtaining|after|following|with|without|prior to|before)\b[^.]{0,50}?\b(?:their )?(?:written |oral |verbal |signed |full |informed |electronic |digital |parental )+(?:consent|assent)\b|\b(?:waiver|waived|exempt\w*)\b[^.]{0,40}?\bconsent\b|\bconsent\b[^.]{0,40}?\b(?:waived|not (?:required|needed|necessary|obtained))\b/i;
const ETH_HELSINKI = /\b(?:declaration of helsinki|helsinki declaration|(?:principles|tenets) of (?:the )?(?:declaration of )?helsinki|good clinical practice|ICH[- ]GCP|belmont report|common rule|45 CFR 46)\b/i;
/** converters glue words ("institutional review boardapproved protocols"); animal-care committees and their guidelines */
const ETH_GLUED = /\b(?:review|ethics?|institutional)\s?(?:board|committee)-?approv(?:ed|al)\b/i;
const ETH_ANIMAL = /\b(?:approv\w*|in accordance with|according to|following|in compliance with|complied with|conform\w* to|under|guidelines? of)\b[^.]{0,60}?\b(?:IACUCs?|institutional animal care and use committees?|animal (?:care|ethics|welfare|experimentation|research)(?: and use)? committees?)\b|\b(?:IACUCs?|institutional animal care and use committees?|animal (?:care|ethics|welfare|experimentation|research)(?: and use)? committees?)\b[^.]{0,60}?\b(?:approv\w*|guidelines|protocol (?:no|number|#))/i;
const ETH_NOT_REQUIRED = /\b(?:ethic\w*|IRB|review board|committee) (?:\w+ ){0,4}(?:was|were|is) not (?:required|needed|necessary|sought|applicable)\b|\b(?:did|does) not (?:require|need) (?:\w+ ){0,3}(?:ethic\w*|IRB|review|approval)\b|\b(?:did|does|do) not (?:require|need) (?:an? |any )?(?:animal (?:testing|experiment\w*|use|ethics?|research)) (?:applications?|approvals?|permits?|licen[cs]es?|authori[sz]ations?|reviews?)\b/i;
/** consent that is not the study's ethics consent */
const ETH_TRAP = /\b(?:had to|must|have to|has to|required to|willing to|able to|agree(?:d)? to|capable of)\b[^.]{0,200}?\b(?:give|giving|provide|providing|sign|signing)\b[^.]{0,30}?\bconsent\b(?![^.]*\b(?:was|were|had been) (?:obtained|given|provided|signed))|\b(?:withdr[ae]w(?:n|al)?|withdrawing|revoked?|withdrawal of) (?:\w+ ){0,2}consent\b|\bconsent (?:was )?withdrawn\b|\b(?:unable|able|capacity|ability|willing(?:ness)?|refus\w+|declin\w+|inability) (?:\w+ ){0,3}(?:to )?(?:provide|give|sign) (?:\w+ ){0,2}consent\b(?![^.]*\b(?:obtained|approv))|\bconsent (?:rate|process) (?:was|of)\b/i;
const ETH_LABEL = /^(?:ethic(?:s|al)(?: approval| statement| committee approval| considerations| review)?(?: and consent(?: to participate)?)?|ethics approval and consent to participate|consent to participate|patient consent(?: statement)?|informed consent(?: statement)?|institutional review board(?: statement)?|irb approval|human (?:subjects|participants|rights)(?: protection)?|standard protocol approvals?[^:]{0,60})\s*[:.–-]/i;

export const ethicsSpec: ConceptSpec = {
  concept: 'ethics',
  rules: [
    { id: 'ethics/label', re: ETH_LABEL, weight: 1.6, negationOk: true, unless: /^consent for publication/i },
    { id: 'ethics/approval', re: ETH_APPROVAL, weight: 1, negationOk: true },
    { id: 'ethics/approval-noun', re: ETH_APPROVAL_NOUN, weight: 0.95, negationOk: true },
    { id: 'ethics/not-required', re: ETH_NOT_REQUIRED, weight: 0.95, negationOk: true },
    { id: 'ethics/glued', re: ETH_GLUED, weight: 0.95, negationOk: true },
    { id: 'ethics/animal', re: ETH_ANIMAL, weight: 0.9, negationOk: true },
    { id: 'ethics/consent', re: ETH_CONSENT, weight: 0.85, negationOk: true, unless: ETH_TRAP },
    { id: 'ethics/helsinki', re: ETH_HELSINKI, weight: 0.8 },
  ],
  roleEvidence: { roles: ['ethics'], weight: 0.85, unless: /^consent for publication\s*[:.–-]?\s*(?:not applicable|n\/a)/i },
  sectionWeight: { introduction: 0.35, discussion: 0.8, abstract: 0.9, title: 0.3 },
  traps: [/\bethical (?:issues|questions|implications|concerns|challenges|dilemmas?|aspects|considerations) (?:of|in|around|surrounding|related|raised|that)\b(?![^.]*\bapprov)/i],
};

// ---------------------------------------------------------------------------------------------------------------
// Registration
// ---------------------------------------------------------------------------------------------------------------

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

export const registrationSpec: ConceptSpec = {
  concept: 'registration',
  rules: [
    { id: 'registration/not-registered', re: REG_NOT, weight: 0.9, notDone: true, unless: REG_TRAP },
    { id: 'registration/id', re: REG_ID, weight: 0.95, negationOk: true, unless: /\b(?:investigators?|PI|co-?investigators?|involved|participat\w*|enrolled) (?:of|in|for|on) (?:a|an|another|other|several) (?:\w+ ){0,2}(?:trials?|stud(?:y|ies))\b|\b(?:IRB|ethic\w*|review board|committee|IRAS|REC ref)\b[^.]{0,40}\b(?:no\.?|number|#|ID|reference)\b(?![^.]*\b(?:NCT|ISRCTN|clinicaltrials|regist))|\bapplication (?:number|no\.?|ID)\b/i },
    { id: 'registration/registered-at', re: REG_REGISTERED, weight: 0.95, unless: new RegExp(`${REG_TRAP.source}|\\b(?:investigators?|PI|co-?investigators?) (?:of|in|for|on) (?:a|an|another|other|several) (?:\\w+ ){0,2}(?:trials?|stud(?:y|ies))\\b`, 'i') },
    { id: 'registration/own-registered', re: REG_OWN_REGISTERED, weight: 1.2, unless: REG_TRAP },
    { id: 'registration/label', re: REG_LABEL, weight: 0.7, negationOk: true, unless: /^registration (?:of|was|and|between|to|with|using|method|algorithm|error|accuracy|quality|step|based)\b/i },
  ],
  sectionWeight: { introduction: 0.4, discussion: 0.5, abstract: 1, title: 0.9 },
  value: registrationValue,
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

// ---------------------------------------------------------------------------------------------------------------
// Protocol access
// ---------------------------------------------------------------------------------------------------------------

const PROTO_NOUN = String.raw`(?:(?:study|trial|full|complete|entire|whole|research|review|clinical trial|original (?:study|trial)|published (?:study|trial)) (?:study |trial )?protocols?|protocols? (?:of|for) (?:this|the|our) (?:study|trial|review)|protocol (?:and|&) (?:statistical analysis plan|SAP)|statistical analysis plan|(?:the|our|this) protocol(?=[^.]*\b(?:trial|RCT|randomi[sz]ed|cohort study|systematic review)\b))`;
const PROTO_ACCESS = new RegExp(
  String.raw`\b${PROTO_NOUN}\b[^.]{0,80}?\b(?:(?:has|have) (?:\w+ )?been|was|were|is|are|will be|can be|may be)(?: \w+ly)? (?:published|available|accessible|provided|reported|described|included|found|attached|posted|deposited|appended|accessed|obtained|made available|printed|uploaded)\b`,
  'i',
);
const PROTO_SEE = /\b(?:trial|study) protocol\b[^.]{0,40}?\b(?:supplement|appendix|online|additional file|web (?:appendix|supplement)|supporting information|S\d (?:Text|Protocol|File)|(?:Text|Protocol|File) S\d)\b|\b(?:see|in|available in) (?:the )?(?:online )?(?:supplement|appendix|additional file|supporting information)\b[^.]{0,20}\b(?:trial |study )?protocol\b|\bprotocol (?:is |was )?(?:published|available) (?:elsewhere|online|previously)\b|\b(?:trial|study) protocol(?: is| was)? (?:available|published) (?:at|in|from|on)\b/i;
const PROTO_PUBLISHED_DESIGN = /\b(?:rationale|design|methods?|methodology)(?: and (?:rationale|design|methods?))?(?: of (?:this|the|our) (?:study|trial))?\b[^.]{0,60}?\b(?:has|have) (?:\w+ )?been (?:published|described|reported) (?:previously|elsewhere|in detail)\b/i;
const PROTO_TRAP =
  /\b(?:imaging|scan(?:ning)?|acquisition|MRI|MR|CT|PET|ultrasound|treatment|dosing|dose|chemotherapy|chemo|an(?:a)?esthe\w+|surgical|rehabilitation|exercise|training|staining|laboratory|lab|assay|PCR|extraction|sequencing|sampling|feeding|ventilation|ventilator|sedation|infusion|titration|screening|follow-?up|intervention|IRB|ethics|stimulation|testing|test|vaccination|immunization|weaning|induction|conditioning|management|clinical care|care|nursing|diagnostic|radiotherapy|irradiation|fixation|recording|measurement|experimental|animal|hospital|institutional|local|standard|standardi[sz]ed|usual|FAST|mapping) protocols?\b/i;

export const protocolSpec: ConceptSpec = {
  concept: 'protocol',
  rules: [
    { id: 'protocol/access', re: PROTO_ACCESS, weight: 0.9, otherWorkOk: true, unless: PROTO_TRAP },
    { id: 'protocol/see', re: PROTO_SEE, weight: 0.9, otherWorkOk: true, unless: PROTO_TRAP },
    { id: 'protocol/design-published', re: PROTO_PUBLISHED_DESIGN, weight: 0.7, otherWorkOk: true },
  ],
  sectionWeight: { introduction: 0.6, discussion: 0.6, abstract: 0.9 },
  value: (hits) => {
    const urls = uniq(hits.flatMap((h) => extractUrls(h.sentence.text)));
    return { details: { urls } };
  },
};

const FUNDING_KEYS = /fund|grant|support|sponsor|financ|award|fellowship|scholarship|bursary|studentship|acquisition|paid for|made possible|\b(?:R01|R21|R03|R34|U01|U54|K23|K24|P30|P50|UL1|T32)|NIHR|FP7/i;
const COI_KEYS = /inventor|interest|disclos|ICMJE|honorari|consult|fees|stock|equity|shares in|patent|employ|royalt|advis|speaker|\bCOI|nothing to (?:declare|disclose|report)|none to (?:declare|disclose|report)|(?:declare|report|disclose)[sd]? (?:that )?(?:they have )?(?:no|none)\b|relationships?|ties\b/i;
const ETHICS_KEYS = /animal (?:testing|experiment|use|ethic|research|care|welfare)|IACUC|ethic|ethik|[ée]thi|consent|assent|approv|authori[sz]|clearance|permission|waive|exempt|review board|\bIRB|\bI?EC\b|\bH?REC\b|\bREB|\bERB|committee|comit|helsinki|clinical practice|GCP|belmont|common rule|CFR|human (?:subjects|participants|rights)/i;
const REGISTRATION_KEYS = /regist|NCT ?\d|ISRCTN|ChiCTR|ACTRN|DRKS|CTRI|UMIN|CRD ?\d|NTR ?\d|IRCT|PACTR|KCT ?\d|TCTR|SLCTR|RBR-|REBEC|EudraCT|EUCTR|\d{4}-\d{6}-\d{2}|jRCT|JPRN|INPLASY|RPCEC|SANCTR|CTIS|CTR\d|NL-?OMON|NL\d{4}|PROSPERO|clinical ?trials?\.gov|trial number|identifier/i;
const PROTOCOL_KEYS = /protocol|analysis plan|rationale|design|methodology|methods? (?:of|and)|has been (?:published|described)/i;

export const statementSpecs: ConceptSpec[] = [
  prefiltered(fundingSpec, FUNDING_KEYS, ['funding']),
  prefiltered(conflictsSpec, COI_KEYS, ['competing_interests']),
  prefiltered(ethicsSpec, ETHICS_KEYS, ['ethics']),
  prefiltered(registrationSpec, REGISTRATION_KEYS, ['registration']),
  prefiltered(protocolSpec, PROTOCOL_KEYS, []),
];
