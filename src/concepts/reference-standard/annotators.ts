/**
 * annotators: who produced the reference labels, annotations or outcome assessments, and their expertise.
 */
import { defineConcept, type SpecBody } from '../core/define.js';
import { cue, FAMILY_DAMP, NUM_WORD } from '../shared/modelling.js';

const PERSON =
  '(?:[a-z-]*(?:ologists?|iatrists?)|radiologists?|neuroradiologists?|pathologists?|ophthalmologists?|cardiologists?|dermatologists?|clinicians?|physicians?|doctors?|surgeons?|experts?|raters?|readers?|annotators?|observers?|graders?|technologists?|technicians?|radiographers?|sonographers?|nurses?|specialists?|residents?|fellows?|neurologists?|oncologists?|p(?:a)?ediatricians?|endoscopists?|hepatologists?|neuroscientists?|anatomists?|professionals?|committee|panel|medical students?|operators?|label(?:l)?ers?|team)';
const ANNOT_VERB =
  '(?:establish|reconcil|annotat|delineat|segment|label|outlin|contour|read|review|grad|scor|assess|evaluat|adjudicat|confirm|classifi|diagnos|determin|interpret|verif|mark|trac|drawn|perform|record|measur|identif|inspect|check|correct|done|carried|made|conduct|provid|defin|obtain|rat)';
const spec: SpecBody = {
  // Methods and Results cite the tools and data they use
  citationsInMethodsOk: true,
  damp: FAMILY_DAMP,
  // ethics and trial-governance bodies review protocols, not images
  traps: [/\b(?:ethic(?:s|al) (?:committee|board|approval)|institutional review|review board|IRB\b|data (?:and safety )?monitoring|steering committee)/i],
  rules: [
    cue('annotators/by', new RegExp(`\\b${ANNOT_VERB}\\w*(?: \\w+){0,2} by (?:[\\w-]+[ -]){0,5}?${PERSON}\\b`, 'i'), 0.8),
    cue('annotators/subject', new RegExp(`\\b${PERSON}\\b[^.;]{0,60}\\b(?:annotated|delineated|segmented|labell?ed|outlined|contoured|reviewed|re-?read|graded|scored|adjudicated|classified|diagnosed|diagnose|marked|traced|rated|read the|reviewed the|independently|confirmed|reconciled|established|performed (?:the |all )?(?:clinical )?(?:ratings?|readings?|assessments?|annotations?|scoring|grading|diagnos[ie]s)|blinded to)\\b`, 'i'), 0.75, { unless: /\breaders? of (?:this|the) (?:article|paper|journal)/i }),
    cue('annotators/experience', new RegExp(`\\b${NUM_WORD}(?:[- ]year|\\+? years?)(?:'|’)?s? (?:of )?(?:clinical |professional |post-?residency |subspecialty )?experience\\b|\\byears of (?:clinical |professional )?experience\\b|\\b(?:board[- ]certified|experienced|expert|senior|junior|trained|skilled|fellowship[- ]trained|independent|blinded) (?:[\\w-]+ ){0,2}?${PERSON}\\b`, 'i'), 0.7),
    cue('annotators/we', /\bwe (?:manually )?(?:annotated|delineated|segmented|labell?ed|outlined|contoured|traced|perform(?:ed)? (?:both )?(?:\w+ ){0,4}annotations?)\b/i, 0.6, {
      // genomic annotation: variants, signals or loci labelled with genes, not images labelled by readers
      unless: /\bannotated (?:each |every |all |the )?(?:[\w-]+ ){0,2}(?:signals?|variants?|SNPs?|genes?|loci|locus|peaks?|transcripts?|sequences?)\b/i,
    }),
  ],
};

export default defineConcept({
  id: 'annotators',
  meta: {
    label: 'Annotators / assessors and their qualifications',
    group: 'Reference standard',
    definition:
      'Reported when the manuscript says who produced the reference labels, annotations, readings or outcome assessments of this study, with their profession, number, experience or blinding: "outlined by two board-certified radiologists", "three expert readers graded", "pathologists blinded to the clinical data confirmed each diagnosis", "we manually segmented". Review bodies for ethics or trial governance are not annotators.',
    traps: [
      'ethics committees, institutional review boards, data monitoring and steering committees, which review protocols, not data',
      '"readers" of the article',
      'clinical care by staff ("patients were reviewed by a nurse", a known weakness: it counts)',
    ],
  },
  spec,
  examples: {
    reported: [
      { text: 'Lesions were outlined by two board-certified radiologists with 8 and 12 years of experience.' },
      { text: 'Three expert readers independently graded each image.' },
      { text: 'All images were read as positive or negative (n = 40 and n = 35) by a senior nuclear medicine physician using the vendor workstation.' },
      { text: 'Two trained psychiatrists carried out all clinical ratings.' },
      { text: 'Diagnoses were established by neurologists blinded to the laboratory results.' },
      { text: 'Three liver pathologists blinded to the clinical data reconciled and confirmed each diagnosis.' },
    ],
    missing: [
      { text: 'The protocol was approved by the institutional review board.', note: 'review board, not annotators' },
      { text: 'We annotated each associated variant with the closest protein-coding gene.', note: 'genomic annotation, not image labelling' },
      { text: 'Approval was granted by an independent ethics committee.', note: 'ethics committee' },
      { text: 'The study protocol was reviewed by the ethics committee of the university hospital.', note: 'ethics committee' },
    ],
  },
});
