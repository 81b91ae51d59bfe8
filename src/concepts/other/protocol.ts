/**
 * protocol: where the study protocol (or statistical analysis plan) can be accessed.
 */
import { defineConcept, type SpecBody } from '../core/define.js';
import { extractUrls, uniq } from '../shared/availability.js';

const PROTO_NOUN = String.raw`(?:(?:study|trial|full|complete|entire|whole|research|review|clinical trial|original (?:study|trial)|published (?:study|trial)) (?:study |trial )?protocols?|protocols? (?:of|for) (?:this|the|our) (?:study|trial|review)|protocol (?:and|&) (?:statistical analysis plan|SAP)|statistical analysis plan|(?:the|our|this) protocol(?=[^.]*\b(?:trial|RCT|randomi[sz]ed|cohort study|systematic review)\b))`;
const PROTO_ACCESS = new RegExp(
  String.raw`\b${PROTO_NOUN}\b[^.]{0,80}?\b(?:(?:has|have) (?:\w+ )?been|was|were|is|are|will be|can be|may be)(?: \w+ly)? (?:published|available|accessible|provided|reported|described|included|found|attached|posted|deposited|appended|accessed|obtained|made available|printed|uploaded)\b`,
  'i',
);
const PROTO_SEE = /\b(?:trial|study) protocol\b[^.]{0,40}?\b(?:supplement|appendix|online|additional file|web (?:appendix|supplement)|supporting information|S\d (?:Text|Protocol|File)|(?:Text|Protocol|File) S\d)\b|\b(?:see|in|available in) (?:the )?(?:online )?(?:supplement|appendix|additional file|supporting information)\b[^.]{0,20}\b(?:trial |study )?protocol\b|\bprotocol (?:is |was )?(?:published|available) (?:elsewhere|online|previously)\b|\b(?:trial|study) protocol(?: is| was)? (?:available|published) (?:at|in|from|on)\b/i;
const PROTO_PUBLISHED_DESIGN = /\b(?:rationale|design|methods?|methodology)(?: and (?:rationale|design|methods?))?(?: of (?:this|the|our) (?:study|trial))?\b[^.]{0,60}?\b(?:has|have) (?:\w+ )?been (?:published|described|reported) (?:previously|elsewhere|in detail)\b/i;
const PROTO_TRAP =
  /\b(?:imaging|scan(?:ning)?|acquisition|MRI|MR|CT|PET|ultrasound|treatment|dosing|dose|chemotherapy|chemo|an(?:a)?esthe\w+|surgical|rehabilitation|exercise|training|staining|laboratory|lab|assay|PCR|extraction|sequencing|sampling|feeding|ventilation|ventilator|sedation|infusion|titration|screening|follow-?up|intervention|IRB|ethics|stimulation|testing|test|vaccination|immunization|weaning|induction|conditioning|management|clinical care|care|nursing|diagnostic|radiotherapy|irradiation|fixation|recording|measurement|experimental|animal|hospital|institutional|local|standard|standardi[sz]ed|usual|FAST|mapping) protocols?\b/i;
const PROTOCOL_KEYS = /protocol|analysis plan|rationale|design|methodology|methods? (?:of|and)|has been (?:published|described)/i;

const spec: SpecBody = {
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
  // only sentences naming a protocol, an analysis plan or a published design are read
  require: { pattern: PROTOCOL_KEYS },
};

export default defineConcept({
  id: 'protocol',
  meta: {
    label: 'Protocol access',
    group: 'Other',
    definition:
      'Reported when the manuscript says where the protocol of this study (or its statistical analysis plan) can be read: published previously or elsewhere, in a supplement or appendix, or online; a statement that the rationale and design of the study were published elsewhere also counts. Links are listed in the finding\'s details. Not counted: technical or clinical protocols (imaging acquisition, staining, PCR, anaesthesia, treatment, follow-up schedules) and local or standard care protocols, even when they are "described previously" or given in an appendix.',
    traps: [
      'technical protocols: "the MRI acquisition protocol has been described previously"',
      'laboratory protocols: staining, PCR, extraction',
      'treatment and care protocols: "the standard chemotherapy protocol of the hospital"',
    ],
  },
  spec,
  examples: {
    reported: [
      { text: 'The trial protocol has been published previously [8].' },
      { text: 'The full study protocol is available in Supplement 1.' },
      { text: 'The study protocol and statistical analysis plan can be accessed online.' },
      { text: 'The rationale and design of the trial have been described in detail elsewhere [6].' },
      { text: 'The protocol and statistical analysis plan of this trial are available at https://osf.io/abcde.', heading: 'Declarations' },
    ],
    missing: [
      { text: 'The MRI acquisition protocol has been described previously [5].', note: 'an imaging protocol' },
      { text: 'A more detailed protocol of the PCR conditions can be found in the appendix.', note: 'a laboratory protocol' },
      { text: 'The staining protocol has been published [37].', note: 'a laboratory protocol' },
      { text: 'Treatment followed the standard chemotherapy protocol of the hospital.', note: 'a treatment protocol' },
      { text: 'A standardised follow-up protocol was used at every visit.' },
      { text: 'The scanning protocol is given in Supplementary Table 2.' },
    ],
  },
});
