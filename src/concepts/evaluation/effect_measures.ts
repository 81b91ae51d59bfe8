/**
 * effect_measures: which effect measures (risk ratio, odds ratio, mean difference, absolute risk) a study or review
 * uses for its comparisons.
 */
import { defineConcept, type SpecBody } from '../core/define.js';

/** names of comparative effect measures */
const MEASURE =
  /\b(?:(?:relative |absolute )?risk ratios?|odds ratios?|hazard ratios?|(?:incidence )?rate ratios?|relative risks?|(?:absolute )?risk differences?|(?:absolute|relative) risk reductions?|(?:standardi[sz]ed |weighted |adjusted )?mean differences?|differences? in (?:means|medians|proportions)|(?:median|proportion) differences?|ratio of (?:geometric )?means|numbers? needed to (?:treat|harm)|between[- ](?:group|arm) differences?|differences? in differences|relative differences?|Cohen'?s d|Hedges'? g|Glass'?s? delta|prevalence ratios?)\b|\b(?:SMD|NNT|NNH|IRR|ARR|RRR|aOR|aHR)\b/i;
/** sample size assumptions, diagnostic accuracy, and effect sizes of other studies */
const NOT_EFFECT =
  /\b(?:to (?:detect|show) (?:a|an)|power(?:ed)? to|(?:\d+|eighty|ninety) ?% power|(?:a |the )?power of (?:0?[.·]\d+|\d+(?:[.·]\d+)? ?%)|sample size (?:of|was|calculation)|assum\w+ (?:a|an) (?:effect|hazard|odds)|sensitivity(?! analys)|specificity|predictive value|area under|AUC|Dice|accuracy)\b/i;
/** the comparison between arms itself (generic wording: weaker) */
const BETWEEN =
  /\b(?:(?:confidence interval|CI) (?:for|of) (?:the )?(?:difference|ratio|effect)|differences? (?:in [^.;]{0,50} )?between (?:the )?(?:two |three )?(?:arms|groups|study groups|treatment groups|intervention and (?:the )?control (?:groups?|arms?)))\b|\b(?:treatment|intervention) effects? (?:was|were) (?:estimated|expressed|calculated|assessed) (?:as|with|using|by)\b/i;
/** generic effect words ("treatment effect", "effect size") */
const GENERIC = /\b(?:treatment|intervention) effects?\b|\beffect sizes?\b/i;
const ABBREV_WITH_NUMBER = /\b(?:OR|HR|RR|MD|aOR|aHR|IRR)\s*(?:=|:|,)?\s*-?\d+(?:[.·]\d+)?\s*(?:\(|\[|;|,)\s*(?:95 ?%|CI)/;

const spec: SpecBody = {
  rules: [
    { id: 'effect/measure', re: MEASURE, weight: 0.85, unless: NOT_EFFECT, sections: ['methods', 'results', 'abstract', 'other', 'discussion'] },
    { id: 'effect/between-groups', re: BETWEEN, weight: 0.75, unless: /\b(?:baseline|demographic|characteristics)\b/i, sections: ['methods', 'results', 'abstract', 'other'] },
    { id: 'effect/generic', re: GENERIC, weight: 0.85, unless: NOT_EFFECT, sections: ['methods', 'results', 'abstract', 'other'] },
    { id: 'effect/estimate', re: ABBREV_WITH_NUMBER, weight: 0.8, unless: NOT_EFFECT, sections: ['methods', 'results', 'abstract', 'other'] },
    { id: 'effect/absolute', re: /\babsolute risks?\b[^;]{0,80}\b(?:per|over|at|within|during)\b[^;]{0,30}\b(?:years?|months?|persons?|people|patients|participants)\b/i, weight: 0.85 },
  ],
  sectionWeight: { introduction: 0.15, discussion: 0.5 },
  damp: [{ re: /\b(?:previous|prior|earlier|other) (?:studies|trials|meta-analyses|reviews)\b|\b(?:a|the|one|recent|previous|earlier|Cochrane) (?:recent |large |previous )?(?:systematic reviews?|meta-analys[ie]s|Cochrane reviews?)\b[^.]{0,200}\b(?:found|showed|reported|concluded|suggested|demonstrated)\b/i, factor: 0.4 }],
};

export default defineConcept({
  id: 'effect_measures',
  meta: {
    label: 'Effect measures',
    group: 'Evaluation methods',
    definition:
      'Reported when a study or review says which effect measure it used for its comparisons (risk or odds ratio, hazard ratio, mean or standardised mean difference, risk difference, number needed to treat), either in the methods or by giving the estimates with their measure named, or, for STROBE, translates relative risks into absolute risks for a meaningful period. Accuracy measures of a diagnostic test (sensitivity, AUC) are not effect measures, and neither is the effect assumed in a sample size calculation or effects reported by other studies.',
    traps: [
      'diagnostic accuracy measures (sensitivity, specificity, AUC)',
      'the effect assumed for the sample size calculation ("to detect a hazard ratio of 0.7")',
      'effect measures of earlier studies in the background',
    ],
  },
  spec,
  examples: {
    reported: [
      { text: 'Dichotomous outcomes were summarised as risk ratios and continuous outcomes as mean differences.' },
      { text: 'The treatment effect on the primary outcome was expressed as the adjusted mean difference between groups with its 95% confidence interval.', heading: 'Statistical analysis' },
      { text: 'Readmission was less frequent in the intervention group (OR 0.62, 95% CI 0.44 to 0.88).', heading: 'Results' },
      { text: 'The median stay was 6 versus 8 days (95% confidence interval for the difference 0.5 to 3.4 days).', heading: 'Results' },
      { text: 'The absolute risk of fracture was 2.1 per 100 person-years in exposed and 1.3 in unexposed women.', heading: 'Results' },
    ],
    missing: [
      { text: 'Sensitivity and specificity were calculated for each reader.', note: 'diagnostic accuracy' },
      { text: 'With 300 patients the trial had 80% power to detect a hazard ratio of 0.7.', note: 'sample size assumption' },
      { text: 'Showing a mean difference of 4 points between arms at a power of 0.90 needs 52 children per arm.', heading: 'Sample size', note: 'sample size assumption, "power of"' },
      { text: 'Earlier meta-analyses reported odds ratios between 1.2 and 1.9 for this exposure [5].', heading: 'Introduction', note: 'other work' },
      { text: 'A systematic review of 30 trials found that exercise lowered the risk of falls (risk ratio 0.77).', heading: 'Background', note: 'another review\'s estimate' },
    ],
  },
});
