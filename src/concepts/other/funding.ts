/**
 * funding: the sources of funding of this study, or that it had none.
 */
import { defineConcept, type SpecBody } from '../core/define.js';
import type { Hit, ValueResult } from '../core/spec.js';

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
const FUNDING_KEYS = /fund|grant|support|sponsor|financ|award|fellowship|scholarship|bursary|studentship|acquisition|paid for|made possible|\b(?:R01|R21|R03|R34|U01|U54|K23|K24|P30|P50|UL1|T32)|NIHR|FP7/i;

const spec: SpecBody = {
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
  // only sentences with a funding word (or in a Funding statement) are read
  require: { pattern: FUNDING_KEYS, orRoles: ['funding'] },
};

function fundingValue(hits: Hit[]): ValueResult | undefined {
  // the funder-role / grant-number / received rules need a money word to count as funding on their own
  const good = hits.filter((h) => h.rule.id !== 'funding/funded-by' || FUNDER.test(h.sentence.text));
  const done = good.some((h) => !h.notDone && !FUND_NONE.test(h.sentence.text));
  return { notDone: !done && good.some((h) => h.notDone || FUND_NONE.test(h.sentence.text)) };
}

export default defineConcept({
  id: 'funding',
  meta: {
    label: 'Funding',
    group: 'Other',
    noneIsComplete: true,
    definition:
      'Reported when the manuscript names where the money for this study came from (a funder, grant, sponsor, fellowship or company, with or without grant numbers) or states that the study received no funding; the latter is reported as not done. A funding statement counts wherever the back matter ended up: a labelled "Funding:" line, an acknowledgement, a footnote that a converter moved into the Introduction, or an author-contribution note that someone obtained the funding. It does not count when the money belongs to someone else (programmes or services funded by donors in the background), when "supported by" means evidence or clinical support, or when materials or help were merely provided by a vendor, laboratory or core facility.',
    traps: [
      '"supported by" in the sense of evidence: "this interpretation is supported by the results"',
      'clinical support: mechanical ventilation support, decision support, social support',
      'other people\'s funding in the background: "programmes in the region are funded by international donors"',
      'reagents, samples or services provided by a vendor, a collaborating laboratory or a core facility',
      'catalogue numbers and ethics reference numbers that look like grant numbers',
      'participants who "received" vouchers, treatment or awards',
    ],
  },
  spec,
  examples: {
    reported: [
      { text: 'This work was supported by a project grant from the National Science Foundation (grant no. 1234567).', heading: 'Acknowledgements' },
      { text: 'Funding: The trial received financial support from the Dutch Heart Foundation.', heading: 'Discussion', note: 'back matter placed under the Discussion by a converter' },
      { text: 'Our research was partly funded by the Wellcome Trust and by the Medical Research Council.' },
      { text: 'The regional health authority funded the whole trial and its follow-up visits.' },
      { text: 'This project was financially supported by the Ministry of Research through a national programme grant.', heading: 'Introduction', note: 'a funding footnote that a PDF converter dropped into the Introduction' },
      { text: 'Funding/Support:Thecohortisfundedbygrantsfromthenationalinstitute (AB12345).', heading: 'Conclusions', note: 'PDF text with the words run together after the label' },
      { text: 'AB and CD obtained the research funding for the trial.', heading: 'Contributors' },
      { text: 'Financial support was provided by the Regional Eye Foundation (grant 14-002) and the national institute.', heading: 'Acknowledgments' },
      { text: 'Funding for this work was received from a university research council.', heading: 'Acknowledgments' },
    ],
    notDone: [
      { text: 'The authors received no specific funding for this work.', heading: 'Declarations' },
      { text: 'Funding: none.', heading: 'Declarations' },
      { text: 'No external funding was obtained for this study.', heading: 'Declarations' },
      { text: 'This trial was unfunded.', heading: 'Declarations' },
    ],
    missing: [
      { text: 'Many vaccination programmes in the region are funded by international donors [3].', heading: 'Introduction', note: 'other programmes in the background' },
      { text: 'This interpretation is supported by the results of the secondary analysis.', heading: 'Discussion', note: '"supported by" in the sense of evidence' },
      { text: 'Patients on mechanical ventilation support were excluded.', note: 'clinical support' },
      { text: 'Standards were purchased from a vendor (cat no. 1234) or provided by a collaborating laboratory supported by an NIH-funded programme project.', note: 'reagents supplied by a funded laboratory, not the study\'s funding' },
      { text: 'The protocol was approved by the ethics board (reference no. H2011-336).', note: 'an ethics reference number is not a grant number' },
      { text: 'Participants received a voucher after each visit.' },
      { text: 'Technical support was provided by the imaging core facility.', heading: 'Acknowledgments', note: 'technical support is not funding' },
    ],
  },
});
