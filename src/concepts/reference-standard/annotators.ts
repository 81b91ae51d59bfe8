/**
 * annotators: who produced the reference labels, annotations or outcome assessments, and their expertise.
 */
import { defineConcept, type SpecBody } from '../core/define.js';
import { cue, FAMILY_DAMP, NUM_WORD } from '../shared/modelling.js';
import { cooccur } from '../shared/facets.js';

const PERSON =
  '(?:[a-z-]*(?:ologists?|iatrists?)|radiologists?|neuroradiologists?|pathologists?|ophthalmologists?|cardiologists?|dermatologists?|clinicians?|physicians?|doctors?|surgeons?|experts?|raters?|readers?|annotators?|observers?|graders?|technologists?|technicians?|radiographers?|sonographers?|nurses?|specialists?|residents?|fellows?|neurologists?|oncologists?|p(?:a)?ediatricians?|endoscopists?|hepatologists?|neuroscientists?|anatomists?|professionals?|committee|panel|medical students?|operators?|label(?:l)?ers?|team)';
const ANNOT_VERB =
  '(?:establish|reconcil|annotat|delineat|segment|label|outlin|contour|read|review|grad|scor|assess|evaluat|adjudicat|confirm|classifi|diagnos|determin|interpret|verif|mark|trac|drawn|perform|record|measur|identif|inspect|check|correct|done|carried|made|conduct|provid|defin|obtain|rat)';
// the parts of a statement on who labelled or read the data, in any order and wording: the person named as the agent
// ("by two physicians", "by a clinical pathologist"), the labelling or reading act, and what was labelled or read
// (images, slides, tissue, segmentations, ground truth)
const ANNOT_AGENT = `\\bby (?:[\\w-]+ ){0,4}?${PERSON}\\b`;
const ANNOT_WORK = String.raw`\b(?:annotat\w*|segment(?:ed|ations?)|delineat\w*|label(?:l)?(?:ed|ing)|contour(?:ed|ing)|outlined|traced|marked|re-?examined|examined|re-?read|read|re-?reviewed|reviewed|graded|scored|rated|assessed|inspected|classified)\b`;
const ANNOT_DATA = String.raw`\b(?:images?|scans?|slides?|sections|tissues?|specimens?|biops(?:y|ies)|radiographs?|mammograms?|photographs?|videos?|recordings?|frames|volumes|lesions?|nodules?|tumou?r regions?|regions? of interest|ROIs?|masks?|segmentations?|ground[- ]truth|labels?|annotations?|reports?)\b`;

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
    // "scans annotated with ground-truth segmentations of the tumour by physicians", "all tissue was re-examined by a
    // clinical pathologist"; not a comparison with what an expert would have done
    cue('annotators/facets', cooccur(ANNOT_AGENT, ANNOT_WORK, ANNOT_DATA), 0.6, {
      sections: ['methods', 'results', 'other'],
      unless: /\b(?:not|no|never|without)\b[^.;,]{0,30}\b(?:annotat|segment|delineat|label|contour|outlin|trac|mark|examin|read|review|grad|scor|rat|assess|inspect|classif|investigat|compar)/i,
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
      { text: 'Every scan was annotated with ground-truth masks of the tumour by physicians at the partner hospital.', heading: 'Methods' },
      { text: 'All slides from the archive were re-examined for this work by a dedicated pathologist.', heading: 'Methods' },
    ],
    missing: [
      { text: 'The protocol was approved by the institutional review board.', note: 'review board, not annotators' },
      { text: 'We annotated each associated variant with the closest protein-coding gene.', note: 'genomic annotation, not image labelling' },
      { text: 'Approval was granted by an independent ethics committee.', note: 'ethics committee' },
      { text: 'The study protocol was reviewed by the ethics committee of the university hospital.', note: 'ethics committee' },
      { text: 'We did not compare the predicted masks with annotations made by an expert radiologist.', heading: 'Methods', note: 'a comparison not made' },
      { text: 'Sections were stained by a laboratory technician before the slides were scanned.', heading: 'Methods', note: 'laboratory processing, not labelling' },
    ],
  },
});
