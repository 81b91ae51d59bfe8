/**
 * future_research: the research that should follow (further studies, next steps).
 */
import { defineConcept, type SpecBody } from '../core/define.js';
import type { RuleContext } from '../core/spec.js';
import { evidenceOf, type Finding } from '../types.js';

/** The shared language feature "future wish" is itself the evidence (the rule engine discounts it elsewhere). */
function futureWishes({ ms, features: feats }: RuleContext): Finding | undefined {
  const hits = ms.sentences.filter((s) => {
    const k = s.section.kind;
    return (k === 'discussion' || k === 'abstract' || k === 'other' || s.section.appendix) && s.section.role !== 'peer_review' && feats[s.index]!.future;
  });
  if (!hits.length) return undefined;
  return { concept: 'future_research', status: 'reported', evidence: hits.slice(0, 3).map((s) => evidenceOf(s, 'future/wish')), confidence: 0.8, rule: 'future/wish', reason: `${hits.length} sentences about future work` };
}

const spec: SpecBody = {
  sectionWeight: { declarations: 0, introduction: 0.1, discussion: 1, abstract: 0.8, results: 0.3, methods: 0.1 },
  rules: [
    { id: 'future/needed', re: /\b(future (research|studies|work|trials|investigations?|directions?)|further (research|studies|work|investigation|trials|validation|evaluation)|(larger|additional|more) (studies|trials|research)|(is|are) (needed|warranted|required) to|remains? to be (determined|seen|established|investigated)|we (plan|intend) to|next steps?)\b/i, weight: 0.9, otherWorkOk: true },
    // other ways of naming what should follow: "future improvements", "remains a future issue", "could be further explored"
    { id: 'future/further-explored', re: /\bfuture (?:improvements?|issues?|extensions?|avenues?|efforts?|deployments?)\b|\b(?:could|can|should|may|might|will|needs? to|merits?|deserves? to) be further (?:explored|investigated|studied|examined|evaluated|validated|developed|improved|extended|refined|tested)\b|\bleft (?:as|for) (?:a )?future\b|\bworth (?:exploring|investigating|studying|pursuing)\b|\bfurther (?:exploration|confirmation|replication)\b|\bfuture (?:analys[ie]s|analyze|validations?|trials?|cohorts?)\b|\b(?:should|need to|must|will need to) be (?:confirmed|validated|replicated|verified|tested) (?:in|on|with) (?:a |an )?(?:larger|other|independent|prospective|external|additional|multi-?cent(?:er|re)|different)\b/i, weight: 0.8 },
  ],
  first: futureWishes,
};

export default defineConcept({
  id: 'future_research',
  meta: {
    label: 'Future research',
    group: 'Discussion',
    definition:
      'Reported when the manuscript says what research should follow: further or larger studies needed, questions that remain to be answered, next steps or plans of the authors, in the Discussion, conclusions or abstract (any sentence there that voices a future wish counts). "Further details", "a further two years" and a "next step" of a pipeline in the Methods do not count.',
    traps: ['"further" and "next step" in the Methods (details, follow-up time, pipeline steps)'],
  },
  spec,
  examples: {
    reported: [
      { text: 'Further studies are needed to confirm these findings.', heading: 'Discussion' },
      { text: 'Larger trials should test whether the effect persists beyond one year.', heading: 'Discussion' },
      { text: 'We plan to extend the registry to three more regions.', heading: 'Discussion' },
      { text: 'Combining the detector with temporal smoothing remains a future issue.', heading: 'Discussion' },
      { text: 'Contour-based seeding could be further explored as an alternative initialisation.', heading: 'Discussion' },
      { text: 'Several aspects leave room for future improvements of the prototype network.', heading: 'Discussion' },
      { text: 'These associations should be confirmed in larger cohorts of older adults.', heading: 'Discussion' },
      { text: 'The reported links invite further exploration with wearable sensor data.', heading: 'Discussion' },
    ],
    missing: [
      { text: 'Blood pressure was measured twice.' },
      { text: 'Further details of the protocol are given in the supplement.' },
      { text: 'Participants were followed up for a further two years.' },
      { text: 'The next step of the pipeline normalises the intensities.', note: 'a pipeline step' },
      { text: 'The signal-to-noise ratio can be further improved by averaging four acquisitions.', heading: 'Methods', note: 'a method detail' },
    ],
  },
});
