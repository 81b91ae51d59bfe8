/**
 * annotators: __DOC__
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
    cue('annotators/we', /\bwe (?:manually )?(?:annotated|delineated|segmented|labell?ed|outlined|contoured|traced|perform(?:ed)? (?:both )?(?:\w+ ){0,4}annotations?)\b/i, 0.6),
  ],
};

export default defineConcept({
  id: 'annotators',
  meta: { label: 'x', group: 'Data', definition: '' },
  spec,
  examples: { reported: [], missing: [] },
});
