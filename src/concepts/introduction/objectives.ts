/**
 * objectives: the aim, objective or hypothesis of this study.
 */
import { defineConcept, type SpecBody } from '../core/define.js';

const spec: SpecBody = {
  traps: [/\bnull hypothes[ie]s\b/i],
  sectionWeight: { declarations: 0, introduction: 1, abstract: 1, discussion: 0.6, title: 0 },
  rules: [
    { id: 'objectives/aim-of-study', re: /\b(aims?|objectives?|purpose|goals?|intent(ion)?)\b[^.]{0,40}\b(of|for) (this|the (present|current)|our|the) (study|trial|work|paper|article|analysis|research|investigation|project|report|review|statement|rct)\b/i, weight: 1, otherWorkOk: true },
    { id: 'objectives/we-aimed', re: /\b(we|this (study|trial|work|paper|analysis|research|rct|investigation)|the (present|current) (study|trial|work|analysis)|the (study|trial))\b[^.]{0,25}\b(aim(s|ed)?|sought|seek|set out|intend(s|ed)?|want(s|ed)?|hypothes[iz]i?[sz]ed|purport|propose[sd]?|was designed|is designed|were designed)\b/i, weight: 0.9, otherWorkOk: true },
    // a protocol states its aims in the present or future ("we aim to find out whether"); future wishes of the Discussion are not read
    { id: 'objectives/protocol-aim', re: /\b(we|this (trial|study|protocol))\b (aim|intend|plan)s? to (find out|determine|assess|evaluate|compare|test|investigate|examine|estimate|establish)\b/i, weight: 0.9, futureOk: true, sections: ['introduction', 'abstract', 'methods'], unless: /\b(future|further|next|follow-up study|subsequent)\b/i },
    { id: 'objectives/primary-objective', re: /\b(primary|main|principal|secondary|overall|specific|study|research) (aims?|objectives?|purpose|goals?|hypothes[ie]s|research questions?)\b[^.]{0,20}\b(was|were|is|are|of)\b/i, weight: 0.95, otherWorkOk: true, unless: /\bnull hypothesis\b/i },
    { id: 'objectives/we-hypothesised', re: /\b(we )?(hypothes[iz]i?[sz]ed that|hypothesis was that|tested the hypothesis|test the hypothesis)\b/i, weight: 0.8, otherWorkOk: true, sections: ['introduction', 'abstract', 'methods'] },
    { id: 'objectives/to-verb', re: /^(?:(?:aims?|objectives?|purpose|goals?)\s*[:.]?\s*)?to (evaluate|determine|assess|compare|test|investigate|examine|estimate|explore|describe|develop|identify|quantify|establish|report|validate|measure|characteri[sz]e|analy[sz]e|study)\b/i, weight: 0.8, sections: ['abstract', 'introduction'] },
    { id: 'objectives/here-we', re: /\b(here,? we|in this (study|paper|work|article|trial|report),? we|this (study|paper|article|trial|report) (investigates|investigated|examines|examined|evaluates|evaluated|assesses|assessed|describes|reports|presents|compares|compared|tests|tested|explores|explored|proposes|introduces|aims|sought))\b/i, weight: 0.75, otherWorkOk: true },
    { id: 'objectives/conducted-to', re: /\bwe (\w+ )?(conducted|performed|carried out|designed|undertook|decided|initiated|set up|developed|planned)\b[^.]{0,120}\bto (investigate|evaluate|assess|determine|examine|test|compare|explore|estimate|study|quantify|identify|measure|characteri[sz]e)\b/i, weight: 0.85, otherWorkOk: true },
    { id: 'objectives/conducted-trial-of', re: /\bwe (conducted|performed|undertook|carried out) (a|an) [^.]{0,80}\b(trial|study)\b/i, weight: 0.6, sections: ['introduction', 'abstract'] },
    { id: 'objectives/upper-label', re: /^(OBJECTIVES?|AIMS?|PURPOSE|GOALS?)\s*[:.]?\s*(To|We|This)/, weight: 0.9 },
    { id: 'objectives/aims-to', re: /\b(aims|aimed|seeks|sought|is intended|was intended) to (support|provide|help|enable|facilitate|improve|evaluate|assess|determine|investigate|develop|describe|compare|test|examine|identify|establish|explore)\b/i, weight: 0.6, sections: ['introduction', 'abstract', 'methods', 'other'] },
    // purpose clause for the study's approach: "To address this gap, we adapted ..."
    { id: 'objectives/to-address', re: /^(in order )?to (address|overcome|tackle|solve|fill|close|answer|resolve) (this|these|the|that|such) ([\w-]+ )?(problems?|issues?|gaps?|challenges?|limitations?|questions?|needs?|shortcomings?),? (we|this (study|work|paper))\b/i, weight: 0.8, otherWorkOk: true, sections: ['introduction', 'abstract', 'methods', 'other'] },
    // "This study uses a sequencing assay to measure ..."
    { id: 'objectives/study-uses-to', re: /\bthis (study|paper|work|article|report) (uses|applies|employs|utili[sz]es|combines|leverages) [^.]{0,120}\b(to|for the) (measure|detect|detection|assess|assessment|evaluate|evaluation|determine|identify|identification|predict|prediction|investigate|examine|quantify|compare|estimate)\b/i, weight: 0.75, otherWorkOk: true },
    // the study's hypothesis restated with its verdict: "these data support the hypothesis that ..."
    { id: 'objectives/hypothesis-verdict', re: /\b(validity of|support(s|ed)?|confirm(s|ed)?|test(s|ed)?|refute[sd]?|reject(s|ed)?|prove[sd]?) (of )?(the|our) (\w+ )?hypothesis (that|of)\b/i, weight: 0.85, otherWorkOk: true },
    // "In this study, a semi-autonomous robot is designed and developed to assist ...": the study's product and its purpose
    { id: 'objectives/in-this-study-built', re: /^in (this|the present|the current) (study|paper|work|article),? [^.]{0,120}\b(is|are|was|were) (designed|developed|proposed|presented|introduced|constructed|built|implemented)( and (designed|developed|validated|evaluated|tested|implemented))? (to|for)\b/i, weight: 0.8, otherWorkOk: true },
    { id: 'objectives/we-verb', re: /^(we|this (study|trial)) (investigated|examined|evaluated|assessed|tested|compared|explored|determined|developed|present|report|propose|describe)\b/i, weight: 0.55, sections: ['abstract', 'introduction'] },
  ],
  headingFallback: { heading: /^(aims?|objectives?|purpose|aims? and objectives?|study (aims?|objectives?)|hypothes[ie]s|goals?)( of (the|this) (study|trial|work))?$/ },
  proseOnly: true,
  require: { pattern: /aim|objectiv|purpose|goal|intent|hypothes|sought|seek|set out|here|^to |\bwe |this (study|paper|work|article|trial|report|investigation|research|rct|analysis)|designed|propos|want|purport|address|overcome|tackle|solve|answer|resolve|uses|applies|employs|utili[sz]es|combines|leverages/i },
};

export default defineConcept({
  id: 'objectives',
  meta: {
    label: 'Objectives and hypotheses',
    group: 'Introduction',
    definition:
      'Reported when the manuscript states the aim, objective, purpose or hypothesis of this study ("We aimed to ...", "The primary objective was ...", "To determine ..." in an abstract, "We hypothesised that ..."), the purpose of its approach ("To address this gap, we ...") or restates its hypothesis with a verdict in the Discussion; a section headed Aims or Objectives counts too. Aims of other studies, the statistical null hypothesis and checklist tables do not count.',
    traps: [
      'the statistical null hypothesis ("The null hypothesis was that ...")',
      'aims of earlier trials cited in the Introduction',
      'checklist tables that repeat the item text',
    ],
  },
  spec,
  examples: {
    reported: [
      { text: 'We aimed to assess whether exercise lowers blood pressure.', heading: 'Introduction' },
      { text: 'We aim to find out whether home exercise is as good as clinic exercise for walking speed.', heading: 'Introduction', note: 'a protocol states its aim in the present' },
      { text: 'The primary objective of this trial was to compare two dressings.' },
      { text: 'We therefore carried out a pragmatic trial to evaluate a text-message reminder.', heading: 'Introduction' },
      { text: 'To determine the effect of coaching on weight loss.', heading: 'Abstract' },
      { text: 'We hypothesised that the new splint would shorten recovery.', heading: 'Introduction' },
      { text: 'To overcome this limitation, we modified a capture method first built for human exomes.', heading: 'Introduction' },
      { text: 'This study applies a targeted sequencing assay to measure donor DNA in recipient plasma.', heading: 'Introduction' },
      { text: 'Our findings support the hypothesis that faster uptake of the enzyme clears more substrate.', heading: 'Discussion', note: 'the hypothesis restated with its verdict' },
      { text: 'In this study, a gaze-driven assistive arm is designed and developed to help paralysed patients eat.', heading: 'Introduction' },
    ],
    missing: [
      { text: 'The null hypothesis was that the two drugs were equivalent.', note: 'statistical null hypothesis' },
      { text: 'Previous trials aimed to reduce falls in care homes [3].', heading: 'Introduction', note: 'aims of other work' },
      { text: 'In future work we aim to test the score in other hospitals.', heading: 'Discussion', note: 'a plan for future work' },
      { text: 'Blood pressure was measured twice.' },
      { text: 'The null hypothesis of no difference was rejected at the 5% level.', heading: 'Results', note: 'statistical null hypothesis' },
    ],
  },
});
