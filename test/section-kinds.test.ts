import { describe, expect, it } from 'vitest';
import { manuscriptFromString, readManuscriptData } from '../src/readers/index.js';
import { classifyHeading } from '../src/manuscript/sections.js';
import type { Manuscript } from '../src/manuscript/model.js';

/** the kind of the section a sentence starting with `start` sits in */
const kindOf = (m: Manuscript, start: string) => {
  const s = m.sentences.find((x) => x.text.startsWith(start));
  if (!s) throw new Error(`no sentence starts with "${start}"`);
  return s.section.kind;
};

describe('headings that name a kind in other words', () => {
  it.each([
    ['2. Related Works', 'introduction'],
    ['Related prior work', 'introduction'],
    ['Background and Related Work', 'introduction'],
    ['Previous studies', 'introduction'],
    ['3. Cohort', 'methods'],
    ['Study cohort', 'methods'],
    ['Cohort selection', 'methods'],
    ['Dataset description', 'methods'],
    ['Data preparation', 'methods'],
    ['Problem formulation', 'methods'],
    ['Preliminaries', 'methods'],
    ['Notation', 'methods'],
    ['2. Study Methodology', 'methods'],
    ['Experimental protocol', 'methods'],
    ['Proposed framework', 'methods'],
    ['4. Experiments and Results', 'results'],
    ['Results and discussions', 'results'],
    ['Supplementary Methods', 'methods'],
    ['Experimental details', 'methods'],
    ['Future work', 'discussion'],
    ['Conclusion and outlook', 'discussion'],
    ['| INTRODUCTION', 'introduction'],
    ['• Methods', 'methods'],
  ])('%s → %s', (h, kind) => {
    expect(classifyHeading(h)?.kind).toBe(kind);
  });

  it('leaves headings that name no kind alone', () => {
    for (const h of ['Smart toilet system', 'Cohort effects were small', 'Why this venue?', 'Related questions']) expect(classifyHeading(h)).toBeUndefined();
  });
});

describe('sections whose heading names no kind take it from their place', () => {
  const md = [
    '# Sorting seeds with a camera',
    '',
    '## Abstract',
    '',
    'We sorted seeds by shape.',
    '',
    '## 1. Introduction',
    '',
    'Sorting seeds by hand is slow.',
    '',
    '## 2. Seed imaging rig',
    '',
    'A camera above a belt photographed each seed.',
    '',
    '### 2.1 Lighting',
    '',
    'Two lamps lit the belt from the sides.',
    '',
    '## 3. Shape classifier',
    '',
    'A small network assigned each photograph to one of four shapes.',
    '',
    '## 4. Results',
    '',
    'The network sorted 93% of the seeds correctly.',
    '',
    '## 5. Error analysis',
    '',
    'Most errors came from seeds that touched each other.',
    '',
    '## 6. Discussion',
    '',
    'A camera can replace hand sorting.',
    '',
    '## 7. Seed suppliers',
    '',
    'Three farms supplied the seeds.',
    '',
    '## References',
    '',
    '1. A reference.',
    '',
    '## Appendix A. Rig drawings',
    '',
    'The drawings show the belt.',
  ].join('\n');
  const m = manuscriptFromString(md, { path: 'seeds.md' });

  it('between the Introduction and the Results: methods, and their unnamed subsections too', () => {
    expect(kindOf(m, 'A camera above a belt')).toBe('methods');
    expect(kindOf(m, 'Two lamps lit')).toBe('methods');
    expect(kindOf(m, 'A small network')).toBe('methods');
  });

  it('between the Results and the Discussion: results', () => {
    expect(kindOf(m, 'Most errors came')).toBe('results');
  });

  it('after the Discussion and after the references: still of no kind', () => {
    expect(kindOf(m, 'Three farms supplied')).toBe('other');
    expect(kindOf(m, 'The drawings show')).toBe('other');
  });

  it('the sections that named a kind keep it', () => {
    expect(kindOf(m, 'We sorted seeds')).toBe('abstract');
    expect(kindOf(m, 'Sorting seeds by hand')).toBe('introduction');
    expect(kindOf(m, 'The network sorted')).toBe('results');
    expect(kindOf(m, 'A camera can replace')).toBe('discussion');
  });

  it('a paper with Methods and a Discussion but no Results heading: the sections between are its results', () => {
    const t = manuscriptFromString(
      [
        '# Tremor and coffee',
        '',
        '## Introduction',
        '',
        'Coffee may worsen tremor.',
        '',
        '## Methods',
        '',
        'Forty adults drank coffee or water.',
        '',
        '## Tremor rose after coffee',
        '',
        'Tremor amplitude rose by a fifth after coffee.',
        '',
        '## Discussion',
        '',
        'Coffee seems to worsen tremor.',
      ].join('\n'),
    );
    expect(kindOf(t, 'Tremor amplitude rose')).toBe('results');
  });

  it('with no kind named before or after, a section keeps no kind', () => {
    const t = manuscriptFromString(['# Writing habits', '', '## Why we write', '', 'Writing helps thinking.', '', '## How we write', '', 'We write every morning.'].join('\n'));
    expect(kindOf(t, 'Writing helps')).toBe('other');
    expect(kindOf(t, 'We write every')).toBe('other');
  });

  it('a subsection named as set-up under Results stays results', () => {
    const t = manuscriptFromString(['# T', '', '## Methods', '', 'We enrolled adults.', '', '## Results', '', '### Study cohort', '', 'Of 120 adults, 100 completed the study.'].join('\n'));
    expect(kindOf(t, 'Of 120 adults')).toBe('results');
  });
});

describe('"Summary" is an abstract only at the front', () => {
  const doc = (closing: string[]) =>
    manuscriptFromString(['# Gait sensors', '', '## Summary', '', 'We tested gait sensors.', '', '## Introduction', '', 'Falls are common.', '', '## Methods', '', 'Sensors were worn for a week.', '', '## Results', '', 'Sensors flagged most falls.', '', ...closing].join('\n'));

  it('at the front: the abstract; after the results: the closing discussion', () => {
    const m = doc(['## Summary', '', 'Worn sensors can flag falls.']);
    expect(kindOf(m, 'We tested gait sensors')).toBe('abstract');
    expect(kindOf(m, 'Worn sensors can flag')).toBe('discussion');
  });

  it('after the back matter: neither', () => {
    const m = doc(['## Acknowledgements', '', 'We thank the nurses.', '', '## Summary', '', 'The list of symbols used above.']);
    expect(kindOf(m, 'The list of symbols')).not.toBe('abstract');
    expect(kindOf(m, 'The list of symbols')).not.toBe('discussion');
  });
});

describe('the same placement in plain text and LaTeX', () => {
  it('plain text with numbered headings', () => {
    const txt = ['Counting birds from drones', '', '1. Introduction', '', 'Counting birds by eye is hard.', '', '2. Flight plan', '', 'The drone flew a grid at forty metres.', '', '3. Results', '', 'The counts matched the ground survey.'].join('\n');
    const m = manuscriptFromString(txt, { format: 'text' });
    expect(kindOf(m, 'The drone flew')).toBe('methods');
  });

  it('LaTeX sections', async () => {
    const tex = [
      '\\documentclass{article}',
      '\\title{Counting birds from drones}',
      '\\begin{document}',
      '\\maketitle',
      '\\section{Introduction}',
      'Counting birds by eye is hard.',
      '\\section{Related prior work}',
      'Earlier counts used fixed cameras.',
      '\\section{Flight plan}',
      'The drone flew a grid at forty metres.',
      '\\subsection{Camera settings}',
      'The shutter was set to a thousandth of a second.',
      '\\section{Results}',
      'The counts matched the ground survey.',
      '\\section{Conclusion}',
      'Drones can count birds.',
      '\\end{document}',
    ].join('\n');
    const m = await readManuscriptData('birds.tex', new TextEncoder().encode(tex), 'latex');
    expect(kindOf(m, 'Earlier counts used')).toBe('introduction');
    expect(kindOf(m, 'The drone flew')).toBe('methods');
    expect(kindOf(m, 'The shutter was set')).toBe('methods');
    expect(kindOf(m, 'The counts matched')).toBe('results');
  });
});

describe('placing many unnamed sections stays linear', () => {
  it('50,000 headings that name no kind between the Introduction and the Results', () => {
    const parts = `${Array.from({ length: 50_000 }, (_, i) => `## Step ${i}\n`).join('\n')}\nWe did the last step.\n`;
    const t0 = performance.now();
    const m = manuscriptFromString(`# Many steps\n\n## Introduction\n\nWhy we did it.\n\n${parts}\n## Summary\n\nA closing word.\n\n## Results\n\nIt worked.\n`);
    expect(performance.now() - t0).toBeLessThan(10_000);
    expect(kindOf(m, 'We did the last step.')).toBe('methods');
    expect(kindOf(m, 'A closing word.')).not.toBe('abstract');
  });
});
