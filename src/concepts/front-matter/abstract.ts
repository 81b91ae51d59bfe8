/**
 * abstract: a structured abstract, with labelled methods, results and conclusions parts.
 */
import { defineConcept } from '../core/define.js';
import { scanAbstract } from '../shared/abstract.js';
import { evidenceOf, type DetectContext, type Evidence, type Finding } from '../types.js';

function detect({ ms }: DetectContext): Finding {
  const scan = scanAbstract(ms);
  if (scan.evidence.length) {
    const evidence: Evidence[] = scan.evidence.map((s) => evidenceOf(s, scan.rule));
    return {
      concept: 'abstract',
      status: 'reported',
      value: 'structured',
      details: { parts: [...scan.groups].sort() },
      evidence,
      confidence: 0.9,
      rule: scan.rule,
      reason: `abstract has labelled parts (${[...scan.groups].sort().join('')})`,
    };
  }
  // an abstract without labelled parts answers an abstract item in part (the item asks for a structured summary)
  const first = scan.hasAbstract ? ms.sentences.find((s) => s.section.kind === 'abstract' && s.text.length > 40) : undefined;
  return {
    concept: 'abstract',
    status: 'missing',
    ...(scan.hasAbstract ? { value: 'unstructured' } : {}),
    ...(first ? { itemPartial: { reason: 'the abstract is not structured: no labelled methods, results and conclusions parts', evidence: [evidenceOf(first, 'abstract/unstructured')] } } : {}),
    evidence: [],
    confidence: 0.8,
    rule: scan.hasAbstract ? 'abstract/unstructured' : 'abstract/none',
    reason: scan.hasAbstract ? 'the abstract has no labelled methods/results/conclusions parts' : 'no abstract found',
  };
}

const BODY = '\n\n## Introduction\n\nMore text.\n';

export default defineConcept({
  id: 'abstract',
  meta: {
    label: 'Structured abstract',
    group: 'Front matter',
    definition:
      'Reported when the manuscript has an abstract that summarises methods, results and conclusions in labelled or clearly separated parts: sub-headings under the Abstract, inline labels ("Methods: ... Results: ... Conclusions: ..."), or abstract parts that became top-level headings before the body. At least two of the methods, results and conclusions parts must be labelled. A single unstructured paragraph does not count, even when it mentions methods and results in prose ("Results were mixed"), and neither does a manuscript without an abstract.',
    values: {
      structured: 'the abstract has labelled parts (at least two of methods, results, conclusions)',
      unstructured: 'there is an abstract, but as one unlabelled paragraph (the finding is missing; items asking for a structured abstract are partial)',
    },
    traps: [
      'prose that starts with a part word: "Results were similar across groups" is not a label',
      'a Methods section of the body right after the title is not an abstract part',
    ],
  },
  detect,
  examples: {
    reported: [
      {
        text: '# T\n\n## Abstract\n\n### Background\n\nA problem exists.\n\n### Methods\n\nWe enrolled adults.\n\n### Results\n\nThe effect was small.\n\n### Conclusions\n\nIt may help.\n\n## Introduction\n\nText here.\n',
        markdown: true,
        value: 'structured',
        note: 'headed parts under Abstract',
      },
      { text: `# T\n\n## Abstract\n\nBackground: Pain is common. Methods: We recruited 80 adults. Results: Pain fell. Conclusions: The programme works.${BODY}`, markdown: true, value: 'structured', note: 'inline labels with colons' },
      { text: `# T\n\n## Abstract\n\nObjective To test a new drug. Design Randomised controlled trial in two clinics. Results The drug lowered pressure. Conclusions It is effective.${BODY}`, markdown: true, value: 'structured', note: 'inline labels without colons' },
      { text: `# T\n\n## Abstract\n\n(1) Background: Smoking harms lungs. (2) Methods: Smokers were randomised. (3) Results: Lung function improved. (4) Conclusions: Diet helps.${BODY}`, markdown: true, value: 'structured', note: 'numbered labels' },
      {
        text: 'Some title\n\nOBJECTIVEToassess the risk of falls.\n\nRESULTSThecohort included 500 people.\n\nCONCLUSIONS AND RELEVANCEInthis cohort falls were common.\n\nIntroduction\n\nFalls matter.\n',
        markdown: true,
        value: 'structured',
        note: 'upper-case labels run together (PDF text)',
      },
      {
        text: `# T\n\n## Background:\n\nValve calcification is common.\n\n### Methods:\n\nMen were randomised to a vitamin.\n\n### Results:\n\nProgression did not differ.\n\n### Conclusions:\n\nNo benefit was seen.\n\n## Methods\n\n### Design\n\n${'We ran a trial. '.repeat(15)}\n`,
        markdown: true,
        value: 'structured',
        note: 'abstract parts that became top-level headings before the body',
      },
    ],
    missing: [
      { text: '# T\n\n## Abstract\n\nThis trial tested a supplement in infants. Results were mixed and growth improved slightly. The supplement may help.\n\n## Introduction\n\nText.\n', markdown: true, note: 'a single unstructured paragraph' },
      { text: '# T\n\n## Abstract\n\nWe studied sleep. Methods were standard. Results were similar across groups.\n\n## Introduction\n\nText.\n', markdown: true, note: 'prose starting with "Results were"' },
      { text: '# T\n\n## Introduction\n\nText about things.\n\n## Methods\n\nWe did it.\n', markdown: true, note: 'no abstract at all' },
    ],
  },
});
