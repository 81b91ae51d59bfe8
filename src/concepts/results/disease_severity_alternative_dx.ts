/**
 * disease_severity_alternative_dx (STARD 21a/21b): severity of disease in those with the target condition,
 * alternative diagnoses in those without.
 */
import { defineConcept, type SpecBody } from '../core/define.js';
import { cue } from '../shared/modelling.js';
import { INSTRUCTION_DAMP, MODAL } from '../shared/hedges.js';
import { EVAL_CONTEXT } from '../shared/examples.js';
import { cooccur } from '../shared/facets.js';

const ELIGIBILITY = /\b(?:prior|previous|previously|known|history|pre-?existing|established|excluded|included|inclusion|exclusion|eligib\w*|enrolled|recruited)\b/i;

// the three parts of a severity distribution, in any order and wording: a severity level (mild, stage II, high-grade),
// a count or share, and the participants it describes
const SEV_LEVEL = String.raw`\b(?:mild|moderate|severe|early[- ]stage|late[- ]stage|advanced[- ]stage|advanced|high[- ]grade|low[- ]grade|stages? (?:[IV]{1,3}|[1-4])\b|grades? (?:[IV]{1,3}|[1-4])\b)`;
const SEV_COUNT = String.raw`(?:\b\d[\d,]*(?:\.\d+)? ?%|\(\d+(?:\.\d+)? ?%\)|\b[nN] ?= ?\d+|\b\d[\d,]* (?:[\w-]+ ){0,2}(?:patients|subjects|participants|cases|individuals|children|adults|women|men|lesions|tumou?rs|scans|images)\b)`;
const SEV_WHO = String.raw`\b(?:patients?|subjects?|participants?|cases|individuals|children|adults|cohort|population|dataset|data ?set)\b`;

const spec: SpecBody = {
  damp: [{ re: MODAL, factor: 0.6 }, INSTRUCTION_DAMP],
  sectionWeight: { introduction: 0.2 },
  rules: [
    cue(
      'alt-dx/named',
      /\b(?:alternative|final|other|definitive) diagnos[ei]s (?:\w+ ){0,3}(?:in|among|of|for) (?:the )?(?:\d[\d,]* )?(?:\w+ ){0,2}(?:patients|participants|subjects|individuals|those|cases|children) (?:who (?:did not have|were negative|had no)|without|with(?:out)? (?:a )?negative|not having)\b/i,
      0.75,
      { negationOk: true, unless: ELIGIBILITY },
    ),
    cue(
      'alt-dx/without',
      /\b(?:without|did not have|negative for|in whom \w+ was (?:ruled out|excluded))\b[^.;]{0,80}\b(?:(?:final|alternative|other|eventual) diagnos[ie]s (?:was|were|included|comprised)|(?:were|was) (?:finally |eventually |ultimately |subsequently |instead )?diagnosed (?:with|as having))\b/i,
      0.65,
      { negationOk: true, unless: ELIGIBILITY },
    ),
    cue(
      'severity/distribution',
      /\b(?:distribution|spectrum|breakdown) of (?:disease |tumou?r |cancer |lesion |fracture |injury |clinical )?(?:severity|stages?|grades?|severity grades?)\b|\b(?:severity|stage|grade) distribution\b/i,
      0.7,
      { notSections: ['introduction'] },
    ),
    // counts listed over the severity categories: "... 1,140 (19.0%), 690 (11.5%) and 450 (7.5%) showed mild, moderate and severe"
    cue(
      'severity/categories',
      /\b\d[\d,]* \(\d+(?:\.\d+)?\s?%\)[^.;]{0,80}\b(?:had|showed|were|with|as) (?:\w+ )?(?:mild|minimal|low-grade|grade (?:1|I)), (?:\w+ )?(?:moderate|intermediate|grade (?:2|II)),? (?:and|or) (?:\w+ )?(?:severe|advanced|high-grade|grade (?:3|III))\b/i,
      0.65,
      { sections: ['results', 'abstract', 'other'] },
    ),
    cue(
      'severity/counts',
      /\b(?:among|of|in) (?:the )?\d[\d,]* (?:\w+ ){0,2}(?:patients|participants|cases|subjects|lesions|tumou?rs)\b (?:with|who had|positive for) [^.;]{0,60}?\b\d[\d,]* (?:\(\d+(?:\.\d+)?\s?%\) )?(?:had|were|with) (?:\w+ )?(?:mild|moderate|severe|advanced|early|localized|localised|metastatic|high-grade|low-grade|stage|grade)\b/i,
      0.65,
      { sections: ['results', 'abstract', 'other'] },
    ),
    // the level, the count and the participants in one Methods or Results sentence, whatever the phrasing; not the
    // severity of adverse events or complications, not eligibility, not mild cognitive impairment (a diagnosis)
    cue('severity/facets', cooccur(SEV_LEVEL, SEV_COUNT, SEV_WHO), 0.6, {
      sections: ['results', 'methods', 'other'],
      unless: /\b(?:adverse|(?:TE)?AEs?|toxicit\w*|side[- ]effects?|complications?|events?|excluded|exclusion|inclusion|eligib\w*|cognitive impairment|MCI)\b/i,
    }),
  ],
  needsEvaluation: true,
};

export default defineConcept({
  id: 'disease_severity_alternative_dx',
  meta: {
    label: 'Disease severity and alternative diagnoses',
    group: 'Results',
    definition:
      'Reported when the manuscript gives the distribution of disease severity (stage, grade, mild/moderate/severe counts) in participants with the target condition, or the final or alternative diagnoses of participants without it (STARD 21a/21b). Eligibility criteria that mention prior diagnoses, how severity was graded without its distribution, and statements about the spectrum of disease in general do not count. The concept applies only where a model, classifier or test is evaluated.',
    traps: [
      'eligibility criteria ("patients without a prior diagnosis of diabetes were included")',
      'the grading method without the distribution',
      'the spectrum of disease in general (Introduction)',
    ],
  },
  spec,
  examples: {
    context: EVAL_CONTEXT,
    reported: [
      { text: 'The final diagnoses in the patients without appendicitis were mostly nonspecific abdominal pain and gastroenteritis.', heading: 'Results' },
      { text: 'Among participants who did not have pneumonia, 40 were eventually diagnosed with bronchitis.', heading: 'Results' },
      { text: 'The distribution of tumour stages among the cancers detected is given in Table 3.', heading: 'Results' },
      { text: 'Of the 85 patients with heart failure, 30 (35%) had mild and 12 had severe disease.', heading: 'Results' },
      { text: 'Of 2,000 graded knees, 900 (45.0%), 700 (35.0%) and 400 (20.0%) had mild, moderate and severe osteoarthritis.', heading: 'Results' },
      { text: 'Two thirds of the enrolled patients (64%) presented with early-stage tumours.', heading: 'Results' },
      { text: 'The test cohort held 150 subjects: 110 with low-grade and 40 with high-grade lesions.', heading: 'Methods' },
    ],
    missing: [
      { text: 'Patients without a prior diagnosis of diabetes were included.', note: 'eligibility' },
      { text: 'Disease severity was graded on a four-point scale.', note: 'grading without the distribution' },
      { text: 'The spectrum of disease severity affects diagnostic accuracy [11].', heading: 'Introduction' },
      { text: 'Nine patients (12%) had a severe adverse reaction to the contrast agent.', heading: 'Results', note: 'severity of adverse events' },
      { text: 'Patients with stage IV disease (n = 14) were excluded from the analysis.', heading: 'Methods', note: 'eligibility' },
      {
        text: 'Among participants who did not have pneumonia, 40 were eventually diagnosed with bronchitis.',
        heading: 'Results',
        context: '',
        note: 'without a model or test under evaluation the concept does not apply',
      },
    ],
  },
});
