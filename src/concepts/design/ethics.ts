/**
 * ethics: ethics committee approval, waiver or informed consent for this study.
 */
import { defineConcept, type SpecBody } from '../core/define.js';

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
const ETHICS_KEYS = /animal (?:testing|experiment|use|ethic|research|care|welfare)|IACUC|ethic|ethik|[ée]thi|consent|assent|approv|authori[sz]|clearance|permission|waive|exempt|review board|\bIRB|\bI?EC\b|\bH?REC\b|\bREB|\bERB|committee|comit|helsinki|clinical practice|GCP|belmont|common rule|CFR|human (?:subjects|participants|rights)/i;

const spec: SpecBody = {
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
  // only sentences with an ethics, consent or approval word (or in an Ethics statement) are read
  require: { pattern: ETHICS_KEYS, orRoles: ['ethics'] },
};

export default defineConcept({
  id: 'ethics',
  meta: {
    label: 'Ethics approval and consent',
    group: 'Design',
    definition:
      'Reported when the manuscript says how this study was handled ethically: approval, clearance, waiver or exemption by an ethics committee, institutional review board or animal care committee (IACUC); that such approval was not required; that participants gave (or were exempted from giving) informed consent; or that the study followed the Declaration of Helsinki or Good Clinical Practice. A labelled ethics statement counts even when it reads "not applicable". Not counted: ethical questions discussed as a topic, consent as an eligibility condition ("able to give written consent"), participants withdrawing consent, and a "Consent for publication: not applicable" line on its own.',
    traps: [
      'ethics as a topic: "ethical concerns around data sharing have been widely debated"',
      'consent as an eligibility criterion: "participants had to be able to give written informed consent"',
      'withdrawn or refused consent, consent rates',
      '"Consent for publication: not applicable" (a publication permission, not study ethics)',
    ],
  },
  spec,
  examples: {
    reported: [
      { text: 'The study was approved by the institutional review board of the university hospital and consent was waived.' },
      { text: 'Ethical clearance was obtained from the regional committee.' },
      { text: 'All participants gave written informed consent before enrolment.' },
      { text: 'The trial was conducted in accordance with the Declaration of Helsinki.' },
      { text: 'The protocol was approved by the Human Investigation Committee of the medical school (protocol 4455).' },
      { text: 'The protocol received IRB approval from the hospital ethics committee.', heading: 'Discussion', note: 'back matter lumped into the Discussion by a converter' },
      { text: 'Ethics approval and consent to participate: Not applicable.', heading: 'Declarations', note: 'a labelled statement counts even when it says not applicable' },
      { text: 'Fresh frozen tissues were collected under institutional review boardapproved protocols at two universities.', note: 'words glued together by a converter' },
      { text: 'All rats were kept in the university animal facility in accordance with Institutional Animal Care and Use Committee guidelines.' },
      { text: 'The protocol was approved by the IACUC of the medical school.' },
      { text: 'Using slaughterhouse tissue does not require an animal testing application.', note: 'approval not required' },
    ],
    missing: [
      { text: 'Ethical concerns around data sharing have been widely debated [4].', heading: 'Introduction', note: 'ethics as a topic' },
      { text: 'Two participants withdrew their consent after randomisation.', heading: 'Results', note: 'withdrawn consent' },
      { text: 'Participants had to be aged 18 or over and able to give written informed consent.', note: 'consent as an eligibility criterion' },
      { text: 'This thesis does not cover the social and ethical questions raised by automation.', heading: 'Discussion' },
    ],
  },
});
