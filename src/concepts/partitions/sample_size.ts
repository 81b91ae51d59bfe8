/**
 * sample_size: how the sample size was determined or justified (or that it was not).
 */
import { defineConcept, type SpecBody } from '../core/define.js';

/**
 * Power that a secondary analysis lacked ("not powered for subgroup analyses", "not powered to detect changes in
 * survival") is a limitation about something else, not the statement that the study's size was never justified.
 */
const SS_OTHER_POWER = /\bnot (?:formally |adequately |sufficiently )?powered (?:for|to (?:detect|show|assess|examine|evaluate|compare)) (?:[\w-]+ ){0,4}?(?:subgroups?|secondary|sub-?analys[ie]s|interactions?|effect modification|long-term|by |individual|specific|differences? in (?:mortality|survival)|changes? in|clinical end ?points?|a (?:\w+ )?endpoint)/i;

const spec: SpecBody = {
  sectionWeight: { declarations: 0, introduction: 0.2, discussion: 0.5, abstract: 0.8 },
  traps: [/\b(small|limited|modest|relatively small|larger|large|smaller|insufficient|inadequate|low|restricted) (overall )?sample(s| sizes?)?\b(?![^.]{0,40}\b(calculat|estimat|determin|power))|\bsample sizes? (was|were|is|are) (small|limited|modest|relatively small|too small)\b/i, /\b(previously|elsewhere) (reported|published|described|detailed)|\b(detailed|described|reported|published|found) (in|elsewhere)[^.]{0,30}\bprotocol\b|\b(future|further|more|larger|additional) (studies|trials|research)\b|\bwould (have|need|require|be needed|be required)\b/i],
  rules: [
    { id: 'sample_size/calculation', re: /\b(sample[- ]sizes?|number of (participants|patients|subjects|women|children|clusters|schools) (needed|required))\b[^.]{0,100}\b(calculat|estimat|determin|comput|justif|based on|derived|assum|powered|power|needed|required|detect)|\b(calculat|estimat|determin|comput)\w* (of )?(the )?(required |minimum |target |necessary )?sample[- ]sizes?\b|\bsample of \d+\b[^.]{0,80}\b(was|were) (estimated|calculated|determined|computed)\b/i, weight: 1 },
    { id: 'sample_size/power', re: /\b(power (calculation|analysis|analyses|computation)|a priori power|statistical power of|\b(80|85|90|95) ?% (statistical )?power|power of (0\.[6-9]\d*|[6-9]\d(\.\d+)? ?%)|powered (at|to detect|to show|to demonstrate)|G\*Power|to (detect|show) a (minimum |minimal |clinically (important |relevant |meaningful |significant )?)?(difference|reduction|increase|change|effect)\b[^.]{0,60}\b(power|α|alpha|significance level))/i, weight: 0.95 },
    { id: 'sample_size/needed', re: /\b\d+ (participants|patients|subjects|women|children|men|infants|individuals|clusters|per (arm|group))\b[^.]{0,40}\b(were|would be) (required|needed|necessary)\b|\b(required|needed|necessary) (a total of )?\d+ (participants|patients|subjects)\b/i, weight: 0.85 },
    { id: 'sample_size/all-available', re: /\b(performed|conducted|carried out|done) on all (available|eligible|consecutive|existing) (patients|participants|subjects|cases|data ?sets|data|records|images|scans|samples|specimens|individuals|children|women|men|examinations)\b|\ball (available|eligible|consecutive) (patients|cases|subjects|participants|data ?sets|scans|images|records|individuals)\b[^.]{0,60}\b(were|was) (included|used|analy[sz]ed|enrolled|selected)\b|\bsample sizes? (for each|of each|in each)?[^.]{0,20}\b(was|were) (chosen|determined|based|set|selected)\b|\bsize of the (training |test )?(data ?set|sample) was (a result|determined|chosen)\b|\bdata ?set size was (a result|determined|chosen)\b/i, weight: 0.8 },
    { id: 'sample_size/not-done', re: /\bno (formal |a priori |prior )?(sample[- ]size|power) (calculation|analysis|estimation|computation)s?\b|\b(sample[- ]size|power) (calculation|analysis)s? (was|were) not (performed|done|conducted|carried out|undertaken|calculated)|\bnot (formally )?powered\b|\bsample size was not (formally )?(calculated|determined|estimated|computed)/i, weight: 0.95, notDone: true, negationOk: true, trapsOk: true, unless: SS_OTHER_POWER },
  ],
  headingFallback: { heading: /^(sample size( calculation| estimation| determination| justification| considerations?)?|power (calculation|analysis)|sample size and power)$/ },
  proseOnly: true,
  require: { pattern: /sample|power|size|\ball (available|eligible|consecutive|existing)|required|needed|necessary|detect/i },
};

export default defineConcept({
  id: 'sample_size',
  meta: {
    label: 'Sample size justification',
    group: 'Partitions & size',
    definition:
      'Reported when the manuscript says how the sample size of this study was determined or justified: a sample size or power calculation (with its assumptions), the power the study had to detect an effect, the number of participants required, or that all available or eligible cases were used; a section headed Sample size counts too. The statement that no sample size calculation was done is reported as not done. The mere number of participants, complaints about a small sample, calculations of future or hypothetical studies, and a pointer to a calculation published elsewhere do not count.',
    traps: [
      'the number of participants alone ("We included 300 participants")',
      'a small or limited sample as a limitation',
      'power or samples that future or larger studies would need',
      'a calculation described in a previously published protocol',
      '"all available sources" of a diagnosis',
    ],
  },
  spec,
  examples: {
    reported: [
      { text: 'A sample size of 120 was calculated to detect a 10% difference with 80% power.' },
      { text: 'The trial had a power of 83.5% to detect the expected difference.' },
      { text: 'A sample of 220 teachers (110 per arm) was estimated using a 90% confidence interval and 5% precision.' },
      { text: 'Analysis was performed on all available datasets as of the data freeze.', note: 'all available data' },
    ],
    notDone: [
      { text: 'No formal sample size calculation was performed because this was a pilot.' },
      { text: 'The sample size was small, and no power calculation was done before recruitment.', note: 'beside the small-sample trap' },
    ],
    missing: [
      { text: 'The small sample size limits our conclusions.', heading: 'Discussion', note: 'a limitation, not a justification' },
      { text: 'The power calculation was detailed in the previously published protocol.', note: 'published elsewhere' },
      { text: 'More studies powered to detect differences between subgroups are needed.', heading: 'Discussion', note: 'future studies' },
      { text: 'Enlarging the sample to 400 per group would have given 80% power.', heading: 'Discussion', note: 'hypothetical' },
      { text: 'We included 300 participants.', note: 'a number only' },
      { text: 'Diagnoses were based on all available sources, including interviews and case notes.' },
      { text: 'The study was not powered for subgroup analyses by age.', heading: 'Discussion', note: 'power of a secondary analysis, not the size of the study' },
      { text: 'Our trial was not powered to detect changes in long-term survival.', heading: 'Discussion', note: 'power of a secondary outcome' },
    ],
  },
});
