/**
 * reference_standard_rationale: why the reference standard was chosen.
 */
import { defineConcept, type SpecBody } from '../core/define.js';
import { cue, FAMILY_DAMP } from '../shared/modelling.js';
import { cooccur } from '../shared/facets.js';

// the parts of a reason for the reference, in any order and wording: the reference (ground truth, labels, a
// surrogate), the act of taking it as the reference, and a reason (a constraint, its acceptance or validity)
const REF_TERM = String.raw`\b(?:reference (?:standard|test|method|measure)s?|gold[- ]standard|ground[- ]truth|criterion standard|surrogate|proxy|(?:outcome|case|diagnostic) definitions?)\b`;
const REF_ACT = String.raw`\b(?:we (?:use|used|chose|select(?:ed)?|adopt(?:ed)?|rel(?:y|ied)|employ(?:ed)?|treat(?:ed)?|model(?:l?ed)?|take|took|consider(?:ed)?|regard(?:ed)?)|(?:was|were|is|are) (?:therefore |thus |then |instead )?(?:used|chosen|selected|adopted|employed|taken|considered|regarded|treated) as|serve[ds]? as)\b`;
const REF_REASON = String.raw`\b(?:because|since (?:we|there|it|they|no|the)|as (?:we|there|it|they|no)|owing to|given that|(?:lack|absence|unavailability) of|(?:not|un)available|instead(?! of)|in lieu of|well[- ]established|widely (?:used|accepted)|best available|most (?:accurate|reliable)|clinically (?:relevant|accepted|meaningful)|(?:has|have) been (?:shown|validated)|recommended by)\b`;

const spec: SpecBody = {
  // Methods and Results cite the tools and data they use
  citationsInMethodsOk: true,
  damp: FAMILY_DAMP,
  rules: [
    cue('reference-rationale/why', /\b(?:reference standard|gold[- ]standard|ground[- ]truth|criterion standard)\b[^.;]{0,100}\b(?:because|since|as it|chosen|rationale|widely (?:used|accepted)|considered|accepted|best available|established|most accurate)|\b(?:chose|selected|used|adopted) [^.;]{0,60}(?:as the reference standard|as (?:the )?ground[- ]truth|as (?:the )?gold standard) (?:because|since|as)\b/i, 0.65),
    // a stated constraint ("in the absence of a ground truth, a consensus of the three readers was used") and
    // the quality of the labels as the reason for using them ("since they were annotated by two radiologists")
    cue('reference-rationale/constraint', /\b(?:in the absence of|without|lacking) (?:an? |any )?(?:[\w-]+ )?(?:reference standard|gold[- ]standard|ground[- ]truth|histolog\w* (?:confirmation|proof))\b[^.;]{0,80}\b(?:used|served|created|defined|taken|adopted|relied)\b/i, 0.65),
    cue('reference-rationale/label-quality', /\b(?:because|since)\b[^.;]{0,60}\b(?:manually (?:annotated|labell?ed|segmented|verified)|(?:annotated|labell?ed|verified|confirmed|read) by)\b[^.;]{0,40}\b(?:radiologists?|pathologists?|experts?|clinicians?|physicians?|specialists?)\b/i, 0.65),
    // the reference named as the accepted standard in the other word order: "the criteria are widely accepted as the gold
    // standard", "despite being the clinical standard, the scale ...", "histology, the diagnostic standard for ..."
    cue('reference-rationale/accepted-as', /\b(?:widely |generally |commonly |internationally |universally )?(?:accepted|established|regarded|considered|recogni[sz]ed) as (?:the|a) (?:gold|reference|criterion|clinical|diagnostic) standard\b|\b(?:being|is|are|remains?) (?:the|a) (?:current |established |accepted )?(?:clinical|diagnostic) (?:gold )?standard\b(?! (?:of|for) (?:care|treatment|therapy))/i, 0.65),
    // the reference, taken as such for a stated reason, in one sentence, whatever the phrasing; not the reference merely named
    cue('reference-rationale/facets', cooccur(REF_TERM, REF_ACT, REF_REASON), 0.6, {
      sections: ['methods', 'results', 'other', 'discussion'],
      unless: /\b(?:compared (?:to|with)|against|agreement with|overlap with|Dice)\b|\b(?:authentic|synthetic|internal|calibration|commercial) standards?\b|\b(?:not|never) (?:been )?(?:tested|tried|explored|studied)\b/i,
    }),
  ],
};

export default defineConcept({
  id: 'reference_standard_rationale',
  meta: {
    label: 'Rationale for the reference standard',
    group: 'Reference standard',
    definition:
      'Reported when the manuscript gives a reason for its choice of reference standard or ground truth: it is accepted, established or the best available, or it was chosen because of a stated constraint. Naming the reference standard without a reason is the reference_standard concept, not this one.',
    traps: [
      'the reference standard named without a reason',
      'who read the reference standard',
    ],
  },
  spec,
  examples: {
    reported: [
      { text: 'Histopathology was chosen as the reference standard because it is the accepted diagnostic criterion.' },
      { text: 'Expert consensus served as the ground truth since no histological confirmation was available.' },
      { text: 'We used follow-up imaging at two years as the reference standard because biopsy of benign-appearing nodules would be unethical.' },
      { text: 'In the absence of a histological ground truth, the majority vote of three readers was used as the label.', note: 'a stated constraint' },
      { text: 'Only the second batch of scans was used for testing, since its labels were manually verified by two thoracic radiologists.', note: 'label quality as the reason' },
      { text: 'The labels follow the Rome IV criteria, which are widely accepted as the diagnostic standard for this disorder.' },
      { text: 'Despite being the clinical standard, the five-point grading scale misses mixed presentations, so we also recorded free-text notes.' },
      { text: 'Because biopsy results were missing for most patients, we used two-year clinical follow-up as the reference standard.' },
      { text: 'As no histology was available, the consensus of the readers served as the ground truth.' },
    ],
    missing: [
      { text: 'Biopsy results served as the reference standard.', note: 'no reason given' },
      { text: 'The reference standard was read by two pathologists.' },
      { text: 'Manual segmentations were used as ground truth.' },
      { text: 'The scans were annotated by two radiologists.', note: 'who annotated, without a reason' },
      { text: 'Radiotherapy remains the current clinical standard of care for these tumours.', note: 'standard of care is a treatment' },
      { text: 'Consensus of two readers was used as the reference standard.', note: 'named, no reason' },
      { text: 'There is no diagnostic gold standard for this condition [5].', heading: 'Introduction', note: 'other work, no reference chosen' },
      { text: 'Since the segmentations were compared with the ground truth, we used the Dice coefficient as the main measure.', note: 'evaluation against the reference, not a reason for it' },
    ],
  },
});
