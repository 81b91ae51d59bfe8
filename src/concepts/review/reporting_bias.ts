/**
 * reporting_bias: how a review assessed, and what it found about, bias from missing or selectively reported results
 * (publication bias, small-study effects).
 */
import { defineConcept, type SpecBody } from '../core/define.js';

const METHOD =
  /\bfunnel plots?\b|\bEgger'?s?\b[^.]{0,30}\b(?:test|regression)\b|\bBegg'?s?\b[^.]{0,30}\btest\b|\bDeeks'?s?\b[^.]{0,30}\b(?:test|funnel)\b|\btrim[- ]and[- ]fill\b|\bsmall[- ]study effects?\b|\bROB-ME\b|\b(?:publication|reporting|dissemination|selective (?:outcome )?reporting) bias(?:es)?\b[^.]{0,60}\b(?:was|were|is) (?:formally )?(?:assessed|evaluated|examined|explored|tested|investigated|checked|judged|detected|found|observed|suggested|apparent|likely|unlikely)\b|\b(?:assess\w*|evaluat\w*|examin\w*|explor\w*|test\w*|investigat\w*|check\w*|look\w* for)\b[^.]{0,30}\b(?:publication|reporting|dissemination|selective (?:outcome )?reporting) bias(?:es)?\b|\b(?:compar\w+)\b[^.]{0,60}\b(?:registered|published) (?:protocols?|outcomes?|records?)\b[^.]{0,60}\b(?:reported (?:outcomes|results)|selective|publications?)\b/i;
const NOT_DONE =
  /\b(?:publication|reporting) bias\b[^.]{0,40}\b(?:was|were|could|can) not (?:be )?(?:assessed|evaluated|examined|explored|tested|investigated)\b|\b(?:funnel plots?|Egger'?s?|formal tests?)\b[^.]{0,40}\b(?:was|were|could) not (?:be )?(?:used|drawn|constructed|performed|done|assessed|appropriate)\b|\b(?:did not|could not|was not possible to) (?:formally )?(?:assess|evaluate|examine|test for|explore)\b[^.]{0,20}\b(?:publication|reporting) bias\b/i;

const spec: SpecBody = {
  rules: [
    { id: 'reporting-bias/not-done', re: NOT_DONE, weight: 0.95, notDone: true, negationOk: true },
    { id: 'reporting-bias/method', re: METHOD, weight: 0.95 },
    { id: 'reporting-bias/mention', re: /\bpublication bias\b/i, weight: 0.35, partial: true },
  ],
  headingFallback: { heading: /^(reporting bias(es)?( assessment)?|publication bias|risk of bias due to missing results|assessment of (reporting|publication) bias)$/, kinds: ['methods', 'results', 'other'] },
  sectionWeight: { introduction: 0.2, discussion: 0.6 },
  require: { pattern: /funnel|Egger|Begg|Deeks|trim|small[- ]study|ROB-ME|bias|registered|published/i },
};

export default defineConcept({
  id: 'reporting_bias',
  meta: {
    label: 'Reporting bias (reviews)',
    group: 'Review methods',
    definition:
      'Reported when a review says how it judged the risk that results were missing from a synthesis because of selective publication or reporting (funnel plots, Egger or Begg test, trim and fill, comparison with registered protocols) or what that assessment found; a statement that it could not be assessed (e.g. too few studies for a funnel plot) is reported as not done. Publication bias mentioned only as a general limitation is weak and not enough on its own.',
    traps: ['publication bias named as a general limitation', 'publications of the trial itself'],
  },
  spec,
  examples: {
    reported: [
      { text: 'Small-study effects were examined with funnel plots and the Egger test when at least ten studies were pooled.' },
      { text: 'Visual inspection of the funnel plot suggested no marked asymmetry (Egger p = 0.31).', heading: 'Results' },
      { text: 'We compared the outcomes listed in registered protocols with those reported in the publications to look for selective reporting.' },
    ],
    notDone: [{ text: 'Funnel plots were not drawn because fewer than ten studies contributed to each analysis.' }],
    missing: [
      { text: 'The results of the trial were published in 2020.' },
      { text: 'Publication bias may have affected our conclusions.', heading: 'Discussion', note: 'a general limitation' },
      { text: 'Selection bias is a concern in retrospective cohorts.', heading: 'Discussion' },
    ],
  },
});
