/**
 * interpretation: the main findings stated and interpreted (usually at the opening of the Discussion).
 */
import { defineConcept, type SpecBody } from '../core/define.js';
import type { RuleContext } from '../core/spec.js';
import { evidenceOf, type Finding } from '../types.js';

const RESULT_VERB =
  /\b(found|showed|shown|demonstrated|achieved|reached|graded|detected|identified|predicted|associated|improved|reduced|increased|decreased|outperformed|performed|confirmed|revealed|observed|differed|separated|distinguished|classified|discriminated|agreed|yielded|did not|(close|comparable|similar) to|on par with|shows|demonstrates|achieves|improves|outperforms|yields|(higher|lower|better|worse|greater|smaller) than)\b/i;

/**
 * The opening paragraph of the Discussion states and interprets the main findings in almost every paper, whatever
 * words it uses ("The model graded stenosis with agreement close to experts ..."). When no cue rule fires, a
 * sentence with a result verb in that paragraph, about this study (not a citation), is the evidence.
 */
function discussionOpening({ ms, features: feats }: RuleContext): Finding | undefined {
  const first = ms.sentences.find((s) => s.section.kind === 'discussion' && s.section.role !== 'limitations' && s.block === 'paragraph');
  if (!first) return undefined;
  const s = ms.sentences.find((x) => x.blockIndex === first.blockIndex && x.text.length >= 40 && RESULT_VERB.test(x.text) && !feats[x.index]!.otherWork && !feats[x.index]!.future);
  if (!s) return undefined;
  return { concept: 'interpretation', status: 'reported', evidence: [evidenceOf(s, 'interpretation/discussion-opening')], confidence: 0.6, rule: 'interpretation/discussion-opening', reason: 'the opening paragraph of the Discussion states the findings' };
}

const spec: SpecBody = {
  sectionWeight: { declarations: 0, introduction: 0.1, discussion: 1, abstract: 0.8, results: 0.3, methods: 0.1 },
  rules: [
    {
      id: 'interpretation/we-show',
      re: /\b(we (could |can )?(show|demonstrate) that|we (could )?demonstrate(d)? the (effectiveness|benefit|value|feasibility|usefulness)|(this|the present|the|our) (study|work|paper|experiments) (shows?|showed|demonstrates?|demonstrated) that)\b/i,
      weight: 0.9,
      sections: ['discussion', 'abstract', 'other'],
    },
    { id: 'interpretation/findings', re: /\b(our (findings|results|data|study) (suggest|indicate|show|demonstrate|support|confirm|highlight|imply)|(these|the) (findings|results) (suggest|indicate|show|demonstrate|support|confirm|highlight|imply|are consistent|are in line|agree)|in conclusion|we (found|conclude|observed|showed|demonstrated)|(consistent|in line|in agreement) with (previous|prior|earlier|other))\b/i, weight: 0.9, otherWorkOk: true },
  ],
  headingFallback: { heading: /^(interpretation|conclusions?)$/, kinds: ['abstract', 'discussion'] },
  require: { pattern: /findings|results|data|study|conclu|found|observed|show|demonstrat|consistent|in line|agreement/i },
  onlySections: ['discussion', 'abstract', 'other', 'results'],
  fallback: discussionOpening,
};

export default defineConcept({
  id: 'interpretation',
  meta: {
    label: 'Interpretation',
    group: 'Discussion',
    definition:
      'Reported when the manuscript states and interprets its main findings, in the Discussion, conclusions or abstract: "our findings suggest ...", "in conclusion ...", "we found ...", "consistent with previous studies"; when no such phrase is found, a sentence with a result verb about this study in the opening paragraph of the Discussion counts. A section headed Interpretation or Conclusions counts too. Findings of other studies and sentences in the Introduction or Methods do not count.',
    traps: ['findings of earlier studies cited in the Discussion or Introduction', 'an opening paragraph of the Discussion that only cites other work'],
  },
  spec,
  examples: {
    reported: [
      { text: 'Our findings suggest that tea lowers pressure.', heading: 'Discussion' },
      { text: 'In conclusion, a short walking programme improved sleep quality in older adults.', heading: 'Discussion' },
      {
        text: '# T\n\n## Discussion\n\nThe classifier separated benign from malignant nodules with accuracy close to that of expert readers.\n\nThis study has limitations.\n',
        markdown: true,
        note: 'a plain statement of the main result opening the Discussion (rule interpretation/discussion-opening)',
      },
      { text: 'We show that the two-stage scorer ranks urgent referrals ahead of routine ones more often than a single-stage scorer.', heading: 'Conclusions', note: 'a conclusion in "we show that" form' },
      {
        text: '# T\n\n## Conclusion\n\nThis work introduces a contrast-aware loss for retinal vessel maps. Weighting thin vessels more heavily improves the recall of small branches.\n',
        markdown: true,
        note: 'a present-tense result in the opening paragraph of a Conclusion section',
      },
    ],
    missing: [
      { text: '# T\n\n## Discussion\n\nEarlier studies found that nodules were detected less often on radiographs [4, 5].\n', markdown: true, note: 'an opening that only cites other work' },
      { text: 'Earlier studies found that tea lowers blood pressure [5].', heading: 'Discussion', note: 'other work' },
      { text: 'Previous findings suggest that tea lowers pressure [3].', heading: 'Introduction', note: 'not in the Discussion' },
      { text: 'Blood pressure was measured twice.' },
      { text: 'We show the reading interface in Figure 2.', heading: 'Discussion', note: 'showing a figure is not a finding' },
      { text: 'In a later study we would like to show that the scorer also works in children.', heading: 'Discussion', note: 'a future wish' },
    ],
  },
});
