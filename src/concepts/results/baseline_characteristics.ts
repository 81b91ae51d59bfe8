/**
 * baseline_characteristics: demographic and clinical characteristics of the participants.
 */
import { defineConcept, type SpecBody } from '../core/define.js';
import { cooccur } from '../shared/facets.js';

// the parts of a characteristic of this study's population restated in the Discussion, in any wording: a characteristic
// (sex, age, ethnicity, medication, comorbidity, disease activity), a share (a percentage, most, the median), the
// participants, and a mark that they are this study's ("in this study", "our cohort", "both cohorts")
const BASE_CHAR = String.raw`\b(?:male|female|sex|gender|ages?|aged \d|years? old|race|racial|ethnic\w*|white|black|asian|hispanic|BMI|body mass|smok\w*|comorbid\w*|co-morbid\w*|medications?|treated with|naive|naïve|disease (?:activity|duration|stage|severity)|history of|diabet\w*|hypertens\w*)\b`;
const BASE_SHARE = String.raw`\b\d+(?:\.\d+)? ?%|\b(?:most|majority|minority|half|proportion|mean|median|average)\b`;
const BASE_PEOPLE = String.raw`\b(?:patients|participants|subjects|individuals|cohorts?|women|men|children|cases|donors|volunteers)\b`;
const BASE_OWN = String.raw`\b(?:(?:in|of|from) (?:this|our|the present|the current) (?:study|cohort|sample|population|series|trial|data ?set)|our (?:patients|participants|subjects|cohorts?|sample|population)|(?:both|the two|all three|each of the) (?:study )?(?:cohorts|groups)|enrolled in (?:this|our|the present) (?:study|trial))\b`;

const spec: SpecBody = {
  sectionWeight: { declarations: 0, introduction: 0.2, discussion: 0.5 },
  traps: [/\b(adjusted|adjusting|controlled|controlling|matched|stratified|corrected) for (age|sex|gender)\b|\bage[- ] and sex[- ]matched\b/i],
  rules: [
    { id: 'baseline/characteristics', re: /\b(baseline|demographic|clinical|sociodemographic|socio-demographic|patient|participant|subject|cohort|sample|study population|population) (and (clinical|demographic|baseline) )?(characteristics|features|data|variables|profiles?)\b[^.]{0,80}\b(are|were|is|was)?\s*(shown|presented|summari[sz]ed|listed|given|reported|described|provided|displayed|detailed|compared|similar|balanced|comparable|well[- ]balanced|in table|table)|\b(table|tab\.) ?\d+[.:]?\s*(?:[^.]{0,60}\b)?(characteristics|demographics|background data|baseline data)\b|\b(characteristics|demographics) of (the |all |all the |our )?(study |included |enrolled )?(participants|patients|subjects|population|cohort|sample|women|men|children|groups|individuals|cases|donors)\b/i, weight: 1 },
    { id: 'baseline/age', re: /\b(mean|median|average)\b[^.]{0,15}\bages?\b[^.]{0,40}\d|\bages?\b[^.]{0,12}\b(mean|median|average)\b[^.]{0,30}\d|\baged? (was |of )?\d+(\.\d+)? ?(±|\(|years|yrs|y\b)|\d+(\.\d+)? ?(±|\+\/-) ?\d+(\.\d+)? ?(years|yrs|y\b)|\bages? of (the )?([\w-]+ ){0,3}(was|were|ranged) (from |between )?\d+/i, weight: 0.8, sections: ['methods', 'results', 'abstract', 'other'] },
    // disease history counted among the participants: "7 of 8 donors had a history of seizures"
    { id: 'baseline/history-count', re: /\b\d+ (of|out of) (the |these )?\d+\b[^.;]{0,30}\b(had|have|were|was) (a |an )?(history of|previous|prior|diagnosed with|known)\b/i, weight: 0.75, sections: ['methods', 'results', 'abstract', 'other'] },
    { id: 'baseline/sex', re: /\b\d+(\.\d+)? ?% (were |was )?(male|female|women|men|boys|girls|white|black|caucasian|hispanic|asian)\b|\b(male|female|women|men|boys|girls)\b[^.]{0,12}\b\d+(\.\d+)? ?%|\b\d+ (men|women|males|females|boys|girls) and \d+ (men|women|males|females|boys|girls)\b|\b(male|female)[ /:]+(female|male)( ratio)?\b[^.]{0,10}\d|\b\d+ (M|F) ?\/ ?\d+ (F|M)\b|\bsex ratio\b/i, weight: 0.8, sections: ['methods', 'results', 'abstract', 'other'] },
    { id: 'baseline/details-shown', re: /\b(clinicopathological|clinico-pathological|clinicopathologic|clinical|demographic|patient|participant|baseline|sample) (details|data|information|features|characteristics|variables|backgrounds?|profiles?)\b[^.]{0,60}\b(are|were|is|was) (shown|summari[sz]ed|listed|given|presented|provided|reported|described|displayed|detailed)\b|\b(patient|participant|subject|baseline|clinical|demographic)s?\b[^.]{0,30}\bcharacteristics\b[^.]{0,80}\b(groups?|table|arms?|cohorts?)\b/i, weight: 0.8 },
    // a table described by the participants' characteristics: "Supplementary Table 1 summarizes the sex and mean age of the patients"
    { id: 'baseline/table-summarises', re: /\b(tables?|tab\.) ?S?\d+[A-Za-z]? (summari[sz]es|shows|lists|presents|gives|describes|details|reports|provides|displays)\b[^.]{0,40}\b(age|sex|gender|demographic|clinical|clinicopathologic\w*|characteristics|backgrounds?)\b/i, weight: 0.85 },
    // an age range of the sample: "120 adults aged 18-88 years", "healthy subjects (19–21 years old)"
    { id: 'baseline/age-range', re: /\b(aged|ages?|age range( was)?|ranging in age from) (from |between )?\d+(\.\d+)? ?(-|–|to|and) ?\d+(\.\d+)? ?(years|yrs|y\b|months)|\(\d+ ?[-–] ?\d+ (years|yrs)( old| of age)?\)/i, weight: 0.7, otherWorkOk: true, sections: ['methods', 'results', 'abstract', 'other'], unless: /\b(eligible|eligibility|inclusion|criteri|included if|were required|must be|had to be|were invited|recruit)/i },
    // a clinical characteristic at entry compared between groups: "renal function at the time of biopsy differed between the groups"
    { id: 'baseline/at-entry-between', re: /\bat (the )?time of (biopsy|diagnosis|surgery|enrol(l)?ment|inclusion|admission|presentation|recruitment|transplant(ation)?)\b[^.]{0,60}\b(between|among|across) (the )?([\w-]+ ){0,5}(groups?|cohorts?|arms?)\b/i, weight: 0.7, sections: ['results', 'methods', 'other'] },
    { id: 'baseline/demographics', re: /\b(demographic (and clinical )?(characteristics|data|information|details) (of|for) (the )?(participants|patients|subjects|cohort|sample|groups?)|baseline (variables|measures|values|data) (were|are) (similar|comparable|balanced|shown|summari[sz]ed)|groups were (similar|comparable|balanced|well[- ]balanced)|no (significant |statistically significant )?differences? (at baseline|in baseline)|(similar|comparable|balanced) at baseline)\b/i, weight: 0.75 },
    // the Discussion restating who took part: "in this study, a quarter of the patients were treated with biologics",
    // "most patients in both cohorts took medication for comorbidities"; the Discussion counts half, hence the weight.
    // Not outcomes, events or model performance
    { id: 'baseline/discussion-facets', re: cooccur(BASE_CHAR, BASE_SHARE, BASE_PEOPLE, BASE_OWN), weight: 1, sections: ['discussion'],
      unless: /\b(?:responded|response|achiev\w*|develop\w*|died|death|mortality|surviv\w*|relaps\w*|recurr\w*|adverse|complications?|improv\w*|reduc\w*|decreas\w*|increas\w*|follow-up|accuracy|AUC|sensitivity|specificity|performance|predict\w*|error)\b/i },
  ],
  headingFallback: { heading: /^((baseline|patient|participant|subject|demographic|clinical|sample|cohort) (and (clinical|demographic) )?characteristics|demographics|study population characteristics|characteristics of (the )?(participants|patients|subjects|study population|cohort))$/, kinds: ['results', 'methods'] },
  require: { pattern: /characteristic|demographic|table|background|profile|years|yrs|time of|\bage|male|female|women|\bmen\b|boys|girls|white|black|caucasian|hispanic|asian|\bsex\b|baseline|±|\+\/-|clinic|patient|participant|subject|sample|\d ?(M|F) ?\/|history of|ages? of/i },
};

export default defineConcept({
  id: 'baseline_characteristics',
  meta: {
    label: 'Baseline characteristics',
    group: 'Results',
    definition:
      'Reported when the manuscript gives demographic and clinical characteristics of the participants of this study, overall or per group: a table of characteristics referred to in the text or as a caption, the age (mean, median or range) or sex distribution, counts with a disease history, or characteristics at entry compared between groups; a section headed Baseline or Patient characteristics counts too. Adjustment or matching for age and sex, age limits of the eligibility criteria, and demographics named as model features or in the Introduction do not count.',
    traps: [
      'adjustment or matching for age and sex',
      'age limits as eligibility criteria ("Patients aged 18 to 75 years were eligible")',
      'demographic details as features of a model',
      'population demographics in general (Introduction)',
    ],
  },
  spec,
  examples: {
    reported: [
      { text: 'Baseline characteristics were similar between the groups (Table 1).', heading: 'Results' },
      { text: 'Mean age was 54.7 years and 62% were women.', heading: 'Results' },
      { text: 'Clinicopathological details of the validation group are shown in Table 2.', heading: 'Results' },
      { text: 'Characteristics of all included patients are listed in Table 1.', heading: 'Results' },
      { text: 'The age of the blood donors ranged from 25 to 61 years.' },
      { text: 'Tissue came from patients having tumour resection, 6 of 9 of whom had a history of migraine.' },
      { text: 'Table 2Characteristics of the study cohortGroup A (n = 12)Group B (n = 15)', heading: 'Results', note: 'a run-together table caption (PDF text)' },
      { text: 'The clinicopathological backgrounds of the 70 patients are summarised in Table 2.', heading: 'Results' },
      { text: 'Supplementary Table 2 summarises the sex and mean age of the patients.', heading: 'Results' },
      { text: 'Participants were 95 adults aged 19 - 85 years.', heading: 'Abstract' },
      { text: 'The volunteers were all healthy students (20–23 years old).' },
      { text: 'Liver function at the time of biopsy differed between the stable and the declining groups (Table 2).', heading: 'Results' },
      { text: 'In this study, roughly 30% of the participants were current smokers and half had diabetes.', heading: 'Discussion' },
      { text: 'Most women in our cohort were taking medication for high blood pressure when they enrolled.', heading: 'Discussion' },
      { text: '# T\n\n## Results\n\n### Table 1. Characteristics of the Patients\n\n| a | b |\n|---|---|\n| 1 | 2 |\n', markdown: true, note: 'a table caption heading' },
    ],
    missing: [
      { text: 'Models were adjusted for age and sex.', note: 'adjustment' },
      { text: 'Data differ across centres in contrast and population demographics.', heading: 'Introduction' },
      { text: 'The feature set included demographic and treatment details.', note: 'model features' },
      { text: 'Patients aged 18 to 75 years were eligible.', note: 'an eligibility criterion' },
      { text: 'In this study, 40% of the patients responded to treatment, more often among smokers.', heading: 'Discussion', note: 'an outcome, not a characteristic at entry' },
      { text: 'In our cohort the accuracy of the model was 85% for female patients.', heading: 'Discussion', note: 'performance in a subgroup' },
    ],
  },
});
