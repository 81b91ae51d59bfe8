/**
 * limitations: the study's own limitations.
 */
import { defineConcept, type SpecBody } from '../core/define.js';
import { cooccur } from '../shared/facets.js';

// the three parts of a conceded shortfall, in any order and wording: a contrast (however, although, strictly speaking),
// this study or its method, and what it lacked (fewer, smaller, not included, not shown)
const LIM_CONTRAST = String.raw`\b(?:however|but|although|though|strictly speaking|nevertheless|unfortunately|whereas)\b`;
const LIM_OWN = String.raw`\b(?:we|our|in this (?:study|work|category|cohort|analysis)|this (?:study|work|analysis|approach|method|model|cohort|sample|dataset)|the (?:proposed|present|current) (?:[\w-]+ )?(?:method|model|study|approach|analysis|work))\b`;
const LIM_SHORTFALL = String.raw`\b(?:smaller|fewer|less|single|only (?:viable|possible|feasible|applicable|valid)|not (?:yet )?(?:been )?(?:included|shown|available|tested|validated|evaluated|assessed|examined|studied|obtained|considered|measured|collected))\b`;

// a second way: what the method or study needs that may not be at hand - a requirement (requires, relies on, only
// viable if) and its scarcity (may not be available, large amounts of ... available)
const LIM_NEEDS = String.raw`\b(?:requires?|required|relies on|rely on|depends? on|dependent on|only (?:be )?(?:viable|feasible|possible|applicable|useful|valid|works?|effective|reliable) (?:if|when))\b`;
const LIM_SCARCE = String.raw`\b(?:(?:may|might|could|will|would|is|are) not (?:\w+ )?(?:be )?(?:available|accessible|obtainable)|not (?:always|readily|widely|routinely|easily) (?:available|accessible|obtainable)|unavailable|(?:large|vast|sufficient|substantial) (?:amounts?|numbers?|quantit(?:y|ies)|volumes?) of\b[^.;]{0,60}\bavailable)\b`;

const spec: SpecBody = {
  sectionWeight: { declarations: 0, introduction: 0.25, discussion: 1, results: 0.7, methods: 0.5, abstract: 0.7 },
  roleEvidence: { roles: ['limitations'], weight: 0.9 },
  traps: [/\b(overcome|address(es|ed)?|circumvent|mitigate|alleviate|tackle|resolve|solve)\b[^.]{0,25}\b(limitations?|shortcomings?|drawbacks?)\b(?![^.]{0,30}\b(of|in) (this|our|the present|the current) (study|trial|work|analysis|research|investigation|review|paper|data ?set|cohort|sample|design|experiment)s?\b)/i, /\blimitations? of (existing|previous|prior|current|conventional|traditional|standard|other|earlier|manual|these) (methods|approaches|models|studies|techniques|tools|work|systems)\b/i],
  rules: [
    { id: 'limitations/has-several', re: /\b(has|have|had|with) (several|some|a few|certain|a number of|two|three|four|five|many|important|potential|notable|various|other|the following) (\w+ )?(limitations?|weakness(es)?|shortcomings?|drawbacks?|caveats?)\b/i, weight: 0.95 },
    { id: 'limitations/small-sample', re: /\b(relatively |very )?(small|limited|modest) (sample( size)?|cohort|number of (patients|participants|subjects|cases|samples|images)|data ?set|study population|training set)\b/i, weight: 0.6, sections: ['discussion', 'other'], futureOk: true },
    { id: 'limitations/impossible', re: /\b(impossible|not possible|difficult) (for us )?to (conclusively|definitively|fully|reliably|accurately)\b|\b(cannot|can not|could not) (claim|conclude|generali[sz]e|rule out|exclude)\b|\bmay have (caused|led to|biased|resulted in|underestimated|overestimated|affected|influenced)\b|\b(under|over)estimat(ed|ion)\b[^.]{0,40}\b(in this study|in our study)\b/i, weight: 0.65, sections: ['discussion', 'other'] },
    { id: 'limitations/our-study', re: /\b(this|our|the present|the current|the) (study|trial|work|analysis|approach|method|investigation|research|review|paper|model|thesis|evaluation|data ?set|cohort|sample)\b[^.]{0,40}\b(has|had|have|is|was|are|were|presents|faces|carries|suffers|bears)\b[^.]{0,30}\b(limitations?|limited|weakness(es)?|shortcomings?|drawbacks?|caveats?|constraints?)\b/i, weight: 1 },
    { id: 'limitations/a-limitation', re: /\b(a|one|another|the|an|two|three|several|some|few|certain|main|major|key|important|potential|further|other|first|second|third|final|last|notable|primary|additional|inherent|obvious|principal|possible|methodological)\s+(\w+\s+)?(limitations?|weakness(es)?|shortcomings?|drawbacks?|caveats?)\b[^.]{0,40}\b(is|was|are|were|of|in|to|should|must|include|includes|included|exist|remain|relates?|concerns?|that|deserves?|need|merit|warrant|worth|:)/i, weight: 0.9, futureOk: true, unless: /\b(one|a|another|the|major|main|key|important) (\w+ )?limitations? of (?!(this|our|the|these|those|its|present|current|such|both|all|each|using|\w+ing)\b)[a-z][\w-]* ([a-z][\w-]* )?(is|are|was|were|includes?)\b/i },
    { id: 'limitations/limited-by', unless: /\b(methods|approaches|techniques|technologies|tools|assays|strategies|therapies|treatments|options) (to|for|of|that|which)\b[^.]{0,160}\b(are|is|have been|remain) (often |usually |generally |currently )?limited (by|in|to|because)\b/i, re: /\b(is|was|are|were|remains?) (also )?limited (by|in|to|because)\b|\blimitations? (of|to|in) (this|our|the present|the current) (study|trial|work|analysis|approach|method|investigation|research|results|findings)\b|\bstrengths and (weaknesses|limitations)\b|\b(main|major|key|our|its|study|potential|principal) limitations? (include|included|are|were|of note)\b/i, weight: 0.85 },
    // what this study cannot show: "conclusions cannot be drawn because of the small subgroups", "the differences cannot be validated"
    { id: 'limitations/cannot-be-concluded', re: /\b(conclusions?|inferences?|results?|findings?|variations?|differences?|effects?|causality|causal (relationships?|inferences?|claims?)|associations?)\b[^.]{0,60}\b(can ?not|could not|may not) be (drawn|stated|made|reached|validated|confirmed|established|generali[sz]ed|inferred|attributed|extrapolated|ruled out)\b/i, weight: 0.8, negationOk: true, futureOk: true, sections: ['discussion', 'results', 'other', 'abstract'] },
    // inability attributed to this study: "an optimal dose is unachievable from this study", "this design does not allow ..."
    { id: 'limitations/this-study-cannot', re: /\b(unachievable|not achievable|not possible|impossible|not feasible|infeasible|could not be (determined|assessed|established|evaluated|addressed|obtained))\b[^.]{0,30}\b(from|in|with|within|for) (this|our|the present|the current) (study|trial|data|data ?set|analysis|work|design|sample|cohort|experiment|series)\b|\b(this|our|the present|the current) (study|trial|data|data ?set|analysis|design|sample|cohort|experiment) (did|does|do|could|can|was|were) not (allow|permit|enable|address|assess|capture|include|account|have)\b|\b(this|our|the present|the current) (study|trial|analysis|design) (was|is) not (designed|powered) to\b/i, weight: 0.85, negationOk: true, futureOk: true },
    // "this limited our ability to", "limits the generalisability"
    { id: 'limitations/limits-ability', re: /\blimit(s|ed|ing)? (the|our|its|their) (ability|capacity|power|generali[sz]ability|interpretation|interpretability|conclusions|scope|external validity|applicability|precision)\b/i, weight: 0.85, futureOk: true, sections: ['discussion', 'results', 'other', 'abstract'] },
    // control the authors lacked, data they did not have
    { id: 'limitations/lacked', re: /\b(we )?(had|have|has|there was|there is|with) (minimal|limited|little|no) control (of|over)\b|\bwe (do|did) not have (access to |enough |sufficient |any |complete |a |an )?([\w-]+ ){0,2}(data|specimens|samples|information|measurements|follow[- ]?up|controls?|control group|records|images|histolog\w*|biopsies|validation|outcomes?)\b|\b(absence|lack) of (a |an )?(placebo|control|comparison|sham|untreated|randomi[sz]ed|blinded|concurrent)( group| arm| condition)?\b[^.]{0,40}\b(bias|limit|cannot|could not|precludes?|prevents?|weakness)/i, weight: 0.75, negationOk: true, futureOk: true, sections: ['discussion', 'results', 'other'] },
    // the authors concede a weakness: "we acknowledge that the model does not ...", "we recognise that our sample ..."
    { id: 'limitations/we-acknowledge', re: /\bwe (must |should |do |also |further )?(acknowledge|recogni[sz]e|concede|admit)\b[^.]{0,15}\bthat\b/i, weight: 0.85, negationOk: true, futureOk: true, sections: ['discussion', 'results', 'other', 'abstract'] },
    // a property of this study's own test or data with a weakness predicate: "the specificity of the present assay was relatively low"
    { id: 'limitations/own-weak', re: /\b(of|in|from|with) (the|this|our) (present|current|proposed|new) (assay|test|method|approach|model|study|technique|system|analysis|data ?set|cohort|sample)\b[^.]{0,20}\b(was|is|were|are|remained|remains) (relatively |rather |somewhat |still |considerably |comparatively )?(low|poor|modest|limited|suboptimal|insufficient|inadequate|small|weak)\b/i, weight: 0.75, sections: ['discussion', 'results', 'other'] },
    // confounding or bias named for this study: "in the current study, X could be a confounding factor"
    { id: 'limitations/confounder', re: /\b(could|may|might|can ?not be excluded that|cannot rule out that)\b[^.]{0,30}\b(be|have been|act as|represent|introduce|have introduced) (a |an )?(potential |possible |important |major )?(confounding factor|confounder|source of (bias|error)|bias)\b/i, weight: 0.75, sections: ['discussion', 'results', 'other'], requireOwn: true },
    // "these results ... do not address whether", "our data cannot distinguish"
    { id: 'limitations/results-do-not', re: /\b(these|our|the present|the current) (results|data|findings|experiments|observations|analyses)\b[^.]{0,100}\b(do|did|does|could|can) not (address|allow|permit|establish|determine|distinguish|resolve|prove|exclude|show whether|tell)\b|\b(these|our|the present) (results|data|findings|experiments|observations)\b[^.]{0,20}\bcannot (address|establish|determine|distinguish|resolve|prove|exclude)\b/i, weight: 0.75, negationOk: true, futureOk: true, sections: ['discussion', 'results', 'other'] },
    // a regretted shortcoming of the study's materials: "Unfortunately, the plates do not contain ...", "Unfortunately, we could not ..."
    { id: 'limitations/unfortunately', re: /^(however, |but )?unfortunately,? (we (could|can|did|do|were|had) (not|only|no)\b|(it|this) was not (possible|feasible)|(our|this|these|the) ([\w-]+ ){1,3}(do|does|did|were|was|could|can|are|is|had|have) (not|no|only)\b|there (was|were) (no|not|too few|only)\b)/i, weight: 0.7, negationOk: true, sections: ['discussion', 'results', 'other'] },
    // acknowledged without the keyword: what the method does not take into account, not yet ready for use, a downside
    { id: 'limitations/not-accounted', re: /\b(?:the|our|this|proposed|current|present) (?:[\w-]+ ){0,2}(?:method|approach|model|framework|system|algorithm|network|pipeline|tool|technique|study|analysis)s? (?:currently |still |also )?(?:does|do|did|cannot|can ?not|could not) (?:not )?(?:take into account|account for|consider|model|handle|capture)\b|\bnot (?:yet )?(?:ready|suitable|validated|approved) for (?:\w+ ){0,2}(?:use|practice|deployment|application|adoption)\b|\b(?:a|one|another|the main|the major|a major|a potential|the) (?:\w+ )?(?:downside|disadvantage)s?\b[^.]{0,40}\b(?:is|was|are|of|that)\b/i, weight: 0.7, negationOk: true, futureOk: true, sections: ['discussion', 'other'] },
    { id: 'limitations/caution', re: /\b(should|must|need to) be interpreted (with caution|cautiously|carefully)\b|\b(caution|care) (is|should be) (needed|warranted|taken|exercised) (when|in) (interpret|generali)|\bgenerali[sz]ab(ility|le)\b[^.]{0,50}\b(limited|may be|might be|is uncertain|unclear|restricted|cannot|not)\b|\b(we|it) (could not|was not possible to|were unable to|was unable to|cannot)\b[^.]{0,60}\b(assess|determine|exclude|rule out|evaluate|account|control|measure|confirm|verify|adjust|blind)/i, weight: 0.7 },
    // the contrast, this study and its shortfall in one Discussion sentence, whatever the phrasing; not a plan
    { id: 'limitations/facets', re: cooccur(LIM_SHORTFALL, LIM_CONTRAST, LIM_OWN), weight: 0.6, sections: ['discussion'], unless: /\b(?:future|further) (?:work|research|studies)\b|\bnot only\b/i },
    // a requirement of the method and its possible scarcity in one sentence ("the assay needs at least 5 ml of serum,
    // which may not be available from infants"); not a plan, not other people's methods in general
    { id: 'limitations/needs-facets', re: cooccur(LIM_NEEDS, LIM_SCARCE), weight: 0.75, sections: ['discussion', 'results', 'other'], unless: /\b(?:future|further) (?:work|research|studies)\b|\bnot only\b|\b(?:conventional|existing|traditional|previous(?:ly)?|prior|earlier)\b|\b(?:other|standard) (?:[\w-]+ ){0,2}(?:methods?|approaches|techniques|tests?|assays?|models?|tools?|procedures?)\b/i },
  ],
  headingFallback: { heading: /^((study )?limitations?|strengths and limitations|limitations and future (work|directions|research))$/ },
  proseOnly: true,
  require: { pattern: /take into account|available|accessible|obtainable|account for|ready for|suitable for|downside|disadvantage|limit|weakness|shortcoming|drawback|caveat|constrain|caution|care |generali[sz]|acknowledg|recogni[sz]e|concede|admit|confound|bias|unfortunately|low|poor|suboptimal|insufficient|inadequate|weak|do not|did not|does not|could not|not possible|unable|cannot|can not|impossible|difficult|small|modest|may have|underestimat|overestimat|achievable|feasible|not (designed|powered|allow|permit|enable|address|assess|capture|include|account|have)|control (of|over)|absence|lack of/i, orRoles: ['limitations'] },
};

export default defineConcept({
  id: 'limitations',
  meta: {
    label: 'Limitations',
    group: 'Discussion',
    definition:
      "Reported when the manuscript states the limitations of this study: an announced list (\"This study has several limitations\"), a named limitation or weakness, a small or limited sample, what the study or its data cannot show, bias or confounding that may affect it, control or data the authors lacked, a conceded weakness (\"we acknowledge that ...\"), a call to interpret the results with caution, or a Limitations section. Limitations of other methods or earlier work, a method that overcomes limitations, and checklist tables do not count.",
    traps: [
      'limitations of existing methods that this work overcomes',
      'limitations of earlier models or of a technique in general ("A known limitation of viral vectors is ...")',
      'methods "limited by" laborious preparation, in general',
      'checklist tables that repeat the item text',
      '"Unfortunately" about the state of the field, citing others',
    ],
  },
  spec,
  examples: {
    reported: [
      { text: 'This study has several limitations.', heading: 'Discussion' },
      { text: 'The study has some limitations.', heading: 'Discussion' },
      { text: 'A further limitation is the short follow-up.', heading: 'Discussion' },
      { text: 'Our relatively small cohort makes firm conclusions impossible.', heading: 'Discussion' },
      { text: 'The results should be interpreted with caution.', heading: 'Discussion' },
      { text: 'Firm conclusions cannot be drawn given the few patients per subgroup, and larger cohorts are needed.', heading: 'Discussion', note: 'a future wish in the same sentence does not weaken it' },
      { text: 'The best schedule of the vaccine is therefore not possible to establish from this study.', heading: 'Discussion' },
      { text: 'Too little drug could be bought, which limited our ability to compare the two enzymes.', heading: 'Discussion' },
      { text: 'Because the tissue came from a biobank, we had little control over how it was stored.', heading: 'Discussion' },
      { text: 'As we did not have serial biopsies from the same people, progression could not be modelled.', heading: 'Discussion' },
      { text: 'Without a sham arm, the lack of a control group introduces bias into the symptom changes.', heading: 'Results' },
      { text: 'However, we acknowledge that a preventive vaccine is an imperfect model of vaccination in remission.', heading: 'Discussion' },
      { text: 'On the other hand, the specificity of the present assay was relatively low (71%).', heading: 'Discussion' },
      { text: 'In the current study, infection in the study population could be a confounding factor.', heading: 'Discussion' },
      { text: 'These data show that the receptor takes part in killing but do not address whether it promotes or restrains it.', heading: 'Discussion' },
      { text: 'Unfortunately, the screening plates do not contain any compound related to the vitamin.', heading: 'Discussion' },
      { text: 'Follow-up was short and adherence was self-reported.', heading: 'Limitations', note: 'a Limitations section is evidence itself' },
      { text: 'However, the response to treatment was not assessed after the first year in this study.', heading: 'Discussion' },
      { text: 'However, we did not include patients older than 80, and fewer than ten had renal failure.', heading: 'Discussion' },
      { text: 'The assay requires at least 5 ml of fresh serum, an amount that may not be available from small children.', heading: 'Discussion' },
      { text: 'Pretraining of this kind is only feasible when large numbers of paired scans and reports are available.', heading: 'Discussion' },
    ],
    missing: [
      { text: 'Our method overcomes the limitations of existing segmentation tools.', heading: 'Introduction', note: 'overcoming limitations of others' },
      { text: 'Earlier models had several limitations [4].', heading: 'Introduction', note: 'other work' },
      { text: '| Discussion | In the checklist the main types of limitations are stated. |', heading: 'Discussion', note: 'checklist table' },
      { text: 'A known limitation of viral vectors is their loss as hepatocytes divide.', heading: 'Discussion', note: 'a limitation of a technique in general' },
      { text: 'Lipid carriers may overcome many limitations of the current viral vectors.', heading: 'Discussion' },
      { text: 'But methods to measure enzyme activity in living cells for diagnosis or screening are limited by laborious preparation.', heading: 'Discussion' },
      { text: 'Unfortunately, the lack of robust markers of response in chronic disease has slowed this approach [32].', heading: 'Discussion', note: 'the state of the field' },
      { text: 'However, further studies could test our score in smaller hospitals that do not have a CT scanner.', heading: 'Discussion', note: 'a plan, not a shortfall of this study' },
      { text: 'Conventional culture requires several days, and rapid antigen tests are not widely available in rural clinics.', heading: 'Discussion', note: 'a shortfall of existing methods, not of this study' },
      { text: 'Future studies that rely on registry data may find that some fields are not always available.', heading: 'Discussion', note: 'a plan, not a shortfall of this study' },
    ],
  },
});
