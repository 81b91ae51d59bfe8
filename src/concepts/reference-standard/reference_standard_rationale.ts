/**
 * reference_standard_rationale: why the reference standard was chosen.
 */
import { defineConcept, type SpecBody } from '../core/define.js';
import { cue, FAMILY_DAMP } from '../shared/modelling.js';

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
    ],
    missing: [
      { text: 'Biopsy results served as the reference standard.', note: 'no reason given' },
      { text: 'The reference standard was read by two pathologists.' },
      { text: 'Manual segmentations were used as ground truth.' },
      { text: 'The scans were annotated by two radiologists.', note: 'who annotated, without a reason' },
      { text: 'Radiotherapy remains the current clinical standard of care for these tumours.', note: 'standard of care is a treatment' },
      { text: 'Consensus of two readers was used as the reference standard.', note: 'named, no reason' },
      { text: 'There is no diagnostic gold standard for this condition [5].', heading: 'Introduction', note: 'other work, no reference chosen' },
    ],
  },
});
