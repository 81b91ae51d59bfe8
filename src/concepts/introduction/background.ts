/**
 * background: an introduction or background that sets out the problem, prior work and the rationale.
 */
import type { Sentence } from '../../manuscript/model.js';
import { defineConcept } from '../core/define.js';
import { featuresOf } from '../core/lang.js';
import { labelGroup } from '../shared/abstract.js';
import { evidenceOf, type DetectContext, type Finding } from '../types.js';

function detect({ ms }: DetectContext): Finding {
  const feats = featuresOf(ms);
  const intro: Sentence[] = [];
  let cited = 0;
  for (const s of ms.sentences) {
    const inIntro = s.section.kind === 'introduction' || (s.section.kind === 'abstract' && labelGroup(s.section.heading) === 'B');
    if (!inIntro) continue;
    intro.push(s);
    if (feats[s.index]!.otherWork) cited++;
  }
  if (intro.length >= 3 || (intro.length >= 1 && cited >= 1)) {
    return {
      concept: 'background',
      status: 'reported',
      evidence: intro.slice(0, 2).map((s) => evidenceOf(s, 'background/introduction')),
      confidence: Math.min(0.95, 0.6 + intro.length / 40 + cited / 20),
      rule: 'background/introduction',
      reason: `${intro.length} sentences of introduction/background (${cited} citing other work)`,
    };
  }
  return { concept: 'background', status: 'missing', evidence: [], confidence: 0.7, rule: 'background/none', reason: 'no introduction or background section' };
}

export default defineConcept({
  id: 'background',
  meta: {
    label: 'Background, rationale and intended use',
    group: 'Introduction',
    definition:
      'Reported when the manuscript has an introduction or background that sets out the problem, what is known and why the study was done: an Introduction (or Background) section of at least three sentences, or shorter but citing earlier work, or the Background part of a structured abstract. A bare one-line introduction without any citation does not count, and neither does prior work discussed only in the Discussion. The detector looks at structure, not at the content of the rationale or the intended use of a model.',
    traps: ['prior work cited only in the Discussion', 'a one-sentence introduction without citations'],
  },
  detect,
  examples: {
    reported: [
      { text: '# T\n\n## Introduction\n\nTea is popular [1]. It may help. Little is known.\n', markdown: true },
      { text: '# T\n\n## Introduction\n\nFalls are a leading cause of injury in older adults. Many falls happen at home. Exercise programmes reduce falls in some groups.\n\n## Methods\n\nWe ran a trial.\n', markdown: true },
      { text: '# T\n\n## Abstract\n\n### Background\n\nSepsis kills many patients in intensive care (Smith et al., 2019).\n\n### Methods\n\nWe did X.\n', markdown: true, note: 'the Background part of a structured abstract, citing earlier work' },
    ],
    missing: [
      { text: '# T\n\n## Methods\n\nWe measured blood pressure in 200 adults. It was high. We treated it.\n', markdown: true, note: 'no introduction' },
      { text: '# T\n\n## Introduction\n\nWe studied tea.\n\n## Methods\n\nWe measured blood pressure.\n', markdown: true, note: 'one sentence, no citation' },
      { text: '# T\n\n## Discussion\n\nEarlier work found similar effects [3]. Tea is popular. Little is known.\n', markdown: true, note: 'prior work only in the Discussion' },
    ],
  },
});
