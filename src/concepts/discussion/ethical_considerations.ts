/**
 * ethical_considerations: the ethical questions raised by using the AI test or model (fairness and harm to groups,
 * privacy, accountability, transparency towards patients, legal and regulatory norms).
 */
import { defineConcept, type SpecBody } from '../core/define.js';

const ETHICAL =
  /\b(?:ethical|legal|medico-?legal|regulatory|societal|moral|privacy|data protection|liability) (?:and (?:legal|ethical|regulatory|societal|social|privacy) )?(?:issues?|considerations?|implications?|concerns?|questions?|challenges?|aspects?|obligations?|risks?|dilemmas?|hurdles?|barriers?|requirements?|frameworks?)\b|\b(?:ethical|legal|medico-?legal|moral|privacy|data protection) (?:perspective|standpoint|point of view|viewpoint)\b/i;
const ACCOUNTABILITY =
  /\b(?:accountab\w+|liab(?:le|ility)|blame)\b[^.]{0,80}\b(?:errors?|mistakes?|misdiagnos\w+|incorrect|wrong|fail\w*|harm\w*|recommendations?|outputs?|predictions?|AI|algorithm\w*|system|tool|clinicians?|developers?)\b|\b(?:errors?|mistakes?|misdiagnos\w+|incorrect (?:recommendations?|predictions?|outputs?))\b[^.]{0,80}\b(?:accountab\w+|liab(?:le|ility)|who is responsible)\b/i;
const FAIRNESS =
  /\b(?:widen|exacerbat\w+|perpetuat\w+|worsen|amplif\w+|reinforc\w+|entrench\w*|introduc\w+)\b[^.]{0,40}\b(?:existing |current )?(?:health(?:care)? )?(?:disparit\w+|inequalit\w+|inequit\w+|gaps|biases|discrimination|unfairness)\b|\b(?:harm|disadvantage|discriminat\w+ against|underserve)\b[^.]{0,40}\b(?:groups?|populations?|minorit\w+|patients with|women|men|children|older|elderly|ethnic\w*|skin (?:types?|tones?))\b|\b(?:algorithmic|racial|ethnic|gender|sex|socio-?economic) (?:bias|fairness|disparit\w+|discrimination)\b|\b(?:fair(?:ness)?|equitable|equity) (?:use|deployment|access|performance|outcomes?|care)\b|\b(?:equal(?:ity of)? opportunit(?:y|ies)|equali[sz]ed odds|demographic parity|fairness (?:gaps?|metrics?|criteria|constraints?))\b/i;
const TRANSPARENCY =
  /\b(?:patients?|participants?|the public|users?)\b[^.]{0,30}\b(?:should|must|need to|have the right to|ought to) (?:be )?(?:informed|told|made aware|consent\w*|asked)\b[^.]{0,60}\b(?:AI|algorithm\w*|model|system|tool|software|automated|machine|data|images)\b|\b(?:informed consent|consent)\b[^.]{0,30}\b(?:for|to) (?:the )?(?:use|reuse|re-use|secondary use) of (?:their )?(?:data|images|records|AI|algorithm\w*)\b|\bautomation bias\b|\b(?:over-?reliance|deskilling|de-skilling)\b/i;
const LAW = /\b(?:GDPR|General Data Protection Regulation|EU AI Act|AI Act|Medical Device Regulation|CE[- ]mark\w*|FDA (?:clearance|approval|regulat\w+)|Software as a Medical Device|SaMD)\b/;
/** the study's own ethics approval, consent, de-identification */
const OWN_ETHICS =
  /\b(?:approv\w+|ethics committee|review board|IRB|waived|waiver|Declaration of Helsinki|informed consent was (?:obtained|waived)|written (?:informed )?consent|(?:de-?identif|anonymi[sz]|pseudonymi[sz])\w*|HIPAA[- ]compliant|in accordance with)\b/i;

const spec: SpecBody = {
  rules: [
    { id: 'ethics-use/ethical-issues', re: ETHICAL, weight: 0.85, unless: OWN_ETHICS },
    { id: 'ethics-use/accountability', re: ACCOUNTABILITY, weight: 0.8, unless: OWN_ETHICS },
    { id: 'ethics-use/fairness', re: FAIRNESS, weight: 0.8, unless: OWN_ETHICS },
    { id: 'ethics-use/transparency', re: TRANSPARENCY, weight: 0.75, unless: OWN_ETHICS },
    { id: 'ethics-use/law', re: LAW, weight: 0.6, unless: OWN_ETHICS },
  ],
  headingFallback: { heading: /^(ethical (considerations|implications|issues|aspects)|ethical and (legal|societal|social) (considerations|implications|issues|aspects)|ethics of (ai|deployment|use))$/, kinds: ['discussion', 'other'] },
  sectionWeight: { introduction: 0.6, methods: 0.65, results: 0.6, discussion: 1, abstract: 0.6 },
  require: { pattern: /ethic|legal|regulat|societal|moral|privacy|protection|liab|accountab|blame|responsible|widen|exacerbat|perpetuat|worsen|amplif|reinforc|entrench|introduc|harm|disadvantage|discriminat|underserve|bias|fair|equit|equal|parity|inform|told|aware|consent|automation|reliance|deskill|de-skill|GDPR|AI Act|Device|CE|FDA|SaMD/i },
};

export default defineConcept({
  id: 'ethical_considerations',
  meta: {
    label: 'Ethical considerations of use',
    group: 'Discussion',
    definition:
      'Reported when the manuscript discusses the ethical questions that using the AI test or model raises: unequal performance or possible harm for particular groups, privacy and reuse of patient data, accountability when the system errs, transparency towards patients, automation bias, or compliance with ethical and legal norms for its deployment. Not counted: the ethics approval, consent and de-identification of the study itself (ethics), subgroup results given without any discussion of what they mean for fair use, and ethics of AI in general as background.',
    traps: [
      'the study\'s own ethics approval, consent or de-identification',
      'subgroup results without a discussion of their ethical meaning',
      'AI ethics as a general topic in the Introduction',
    ],
  },
  spec,
  examples: {
    reported: [
      { text: 'Because the training images came mostly from patients with light skin, deploying the tool elsewhere could widen existing gaps in melanoma detection.', heading: 'Discussion' },
      { text: 'Clear lines of accountability are needed for cases in which a clinician follows an incorrect recommendation of the algorithm.', heading: 'Discussion' },
      { text: 'Patients should be told when an AI system contributes to their diagnosis, and their images should not be reused without consent.', heading: 'Discussion' },
      { text: 'Screening from voice recordings may also be easier to accept from a privacy point of view than camera monitoring.', heading: 'Discussion' },
      { text: 'Deployment of the model raises privacy concerns, because its predictions could reveal diagnoses that patients have not disclosed.', heading: 'Discussion' },
    ],
    missing: [
      { text: 'The study was approved by the institutional review board and informed consent was waived.', note: 'the study\'s ethics' },
      { text: 'Sensitivity did not differ significantly between men and women (p = 0.41).', heading: 'Results', note: 'a subgroup result without discussion' },
      { text: 'The ethics of artificial intelligence in medicine has received growing attention [14].', heading: 'Introduction', note: 'background' },
      { text: 'All images were de-identified to protect patient privacy before analysis.', note: 'the study\'s own data protection' },
      { text: 'From a societal perspective, the costs of both strategies were similar.', heading: 'Discussion', note: 'a health-economic perspective' },
    ],
  },
});
