import { describe, expect, it } from 'vitest';
import { manuscriptFromString } from '../src/readers/index.js';
import { splitSentences } from '../src/manuscript/sentences.js';
import { classifyHeading, normaliseHeading } from '../src/manuscript/sections.js';

const split = (t: string) => splitSentences(t).map(([s, e]) => t.slice(s, e));

describe('sentence segmentation', () => {
  it.each([
    ['Data are shown in Fig. 2. The model was trained.', ['Data are shown in Fig. 2.', 'The model was trained.']],
    ['As Smith et al. reported, it works. We agree.', ['As Smith et al. reported, it works.', 'We agree.']],
    ['We used e.g. resampling and i.e. cropping. Then we trained.', ['We used e.g. resampling and i.e. cropping.', 'Then we trained.']],
    ['The AUC was 0.91 (95% CI 0.88-0.94). Sensitivity was high.', ['The AUC was 0.91 (95% CI 0.88-0.94).', 'Sensitivity was high.']],
    ['Compared with approx. 200 cases vs. 300 controls. Done.', ['Compared with approx. 200 cases vs. 300 controls.', 'Done.']],
    ['Reviews found weak evidence.13 14 We developed a unit.', ['Reviews found weak evidence.13 14', 'We developed a unit.']],
    ['Patients (n = 12) were excluded. Others stayed!', ['Patients (n = 12) were excluded.', 'Others stayed!']],
    ['Written by J. Smith and colleagues. End.', ['Written by J. Smith and colleagues.', 'End.']],
    ['See Eq. 3 and No. 5 of the series. Next.', ['See Eq. 3 and No. 5 of the series.', 'Next.']],
    ['Patients received the treatment.We then measured it.', ['Patients received the treatment.', 'We then measured it.']],
    ['Code is at www.Example.org today. Done.', ['Code is at www.Example.org today.', 'Done.']],
  ])('%s', (text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it('cuts run-on text (flattened tables) into pieces of bounded length', () => {
    const t = Array.from({ length: 400 }, (_, i) => `cell ${i}`).join(' ');
    for (const s of split(t)) expect(s.length).toBeLessThanOrEqual(1200);
  });
});

describe('section headings', () => {
  it.each([
    ['Materials and Methods', 'methods'],
    ['2. Patients and Methods', 'methods'],
    ['Experimental Setup', 'methods'],
    ['RESULTS', 'results'],
    ['Discussion', 'discussion'],
    ['Competing interests', 'declarations'],
    ['Data Availability Statement', 'declarations'],
    ['Acknowledgments', 'declarations'],
    ['References', 'references'],
    ['Introduction', 'introduction'],
    ['Background', 'introduction'],
    ['Abstract', 'abstract'],
  ])('%s → %s', (h, kind) => {
    expect(classifyHeading(h)?.kind).toBe(kind);
  });

  it('gives declaration roles', () => {
    expect(classifyHeading('Conflicts of Interest')?.role).toBe('competing_interests');
    expect(classifyHeading('Funding Statement')?.role).toBe('funding');
    expect(classifyHeading('Availability of data and materials')?.role).toBe('data_availability');
    expect(classifyHeading('Ethics approval and consent to participate')?.role).toBe('ethics');
  });

  it('does not take a long title that starts with a kind word for a section', () => {
    expect(classifyHeading('Method for predicting acute hypotensive episodes in intensive care')).toBeUndefined();
    expect(classifyHeading('Methods: data collection')?.kind).toBe('methods');
    expect(classifyHeading('Results of the pilot study')?.kind).toBe('results');
  });

  it('strips numbering', () => {
    expect(normaliseHeading('2.1. Study design')).toBe('study design');
    expect(normaliseHeading('IV. RESULTS')).toBe('results');
  });
});

describe('manuscript model from Markdown', () => {
  const md = [
    '---',
    'title: Front matter title',
    '---',
    '',
    '# A trial of something',
    '',
    '## Abstract',
    '',
    '### Background',
    '',
    'Short background.',
    '',
    '### Methods',
    '',
    'We randomised 100 patients.',
    '',
    '## Introduction',
    '',
    'Older work exists [1]. We aimed to test it.',
    '',
    '## Materials and Methods',
    '',
    '### Study design',
    '',
    'This was a trial. It ran for **two** years.',
    '',
    '| Group | n |',
    '| --- | --- |',
    '| A | 50 |',
    '',
    '## References',
    '',
    '1. Someone. A paper about external validation. 2020.',
  ].join('\n');
  const ms = manuscriptFromString(md, { path: 'x.md' });

  it('takes the title from front matter', () => {
    expect(ms.title).toBe('Front matter title');
  });

  it('keeps abstract sub-headings inside the abstract and nests paths', () => {
    const s = ms.sentences.find((x) => x.text === 'We randomised 100 patients.')!;
    expect(s.section.kind).toBe('abstract');
    expect(s.section.path).toEqual(['Abstract', 'Methods']);
    const d = ms.sentences.find((x) => x.text === 'This was a trial.')!;
    expect(d.section.kind).toBe('methods');
    expect(d.section.path).toEqual(['Materials and Methods', 'Study design']);
  });

  it('records exact line and column positions', () => {
    const s = ms.sentences.find((x) => x.text === 'We aimed to test it.')!;
    expect(s.start.line).toBe(19);
    expect(s.start.column).toBe(24);
    const t = ms.sentences.find((x) => x.text.startsWith('It ran for'))!;
    expect(t.start).toMatchObject({ line: 25, column: 19 });
  });

  it('turns tables into one sentence per row', () => {
    expect(ms.sentences.some((s) => s.block === 'table' && s.text === 'A | 50')).toBe(true);
  });

  it('never takes sentences from the reference list', () => {
    expect(ms.sentences.some((s) => s.text.includes('external validation'))).toBe(false);
  });

  it('treats "Table 2 ..." headings as captions, not sections', () => {
    const m = manuscriptFromString('# T\n\n## Results\n\n### Table 2 Baseline characteristics by group\n\nMore results here.\n');
    const s = m.sentences.find((x) => x.text === 'More results here.')!;
    expect(s.section.kind).toBe('results');
    expect(m.sections.some((x) => x.heading.startsWith('Table 2'))).toBe(false);
  });
});

describe('manuscript model from plain text', () => {
  const txt = ['A study of things', '', 'ABSTRACT', '', 'We did it.', '', '2. Methods', '', 'Patients were', 'recruited over two years.', '', 'RESULTS', '', 'It worked.'].join('\n');
  const ms = manuscriptFromString(txt, { format: 'text' });
  it('recognises headings: all caps, numbered, known names', () => {
    const kinds = ms.sentences.map((s) => [s.text, s.section.kind]);
    expect(kinds).toContainEqual(['We did it.', 'abstract']);
    expect(kinds).toContainEqual(['Patients were recruited over two years.', 'methods']);
    expect(kinds).toContainEqual(['It worked.', 'results']);
  });
  it('keeps the position of wrapped lines', () => {
    const s = ms.sentences.find((x) => x.text.startsWith('Patients were'))!;
    expect(s.start).toMatchObject({ line: 9, column: 1 });
  });
});

describe('structured abstracts', () => {
  it('an unstructured abstract does not swallow the short sections that follow it', () => {
    const m = manuscriptFromString('# T\n\n## Abstract\n\nWe did a thing.\n\n## Introduction\n\nWhy.\n\n## Methods\n\nHow.\n\n## Results\n\nWhat.\n');
    expect(m.sentences.find((s) => s.text === 'How.')!.section.kind).toBe('methods');
    expect(m.sentences.find((s) => s.text === 'What.')!.section.kind).toBe('results');
  });
  it('an empty Abstract heading followed by parts at the same depth keeps them in the abstract', () => {
    const m = manuscriptFromString('# T\n\n## Abstract\n\n## Background\n\nWhy.\n\n## Methods\n\nHow.\n\n## Results\n\nWhat.\n\n## Background\n\nLong intro.\n\n## Methods\n\nReal methods.\n');
    expect(m.sentences.find((s) => s.text === 'How.')!.section.kind).toBe('abstract');
    expect(m.sentences.find((s) => s.text === 'Real methods.')!.section.kind).toBe('methods');
  });
});

describe('very large Markdown input', () => {
  it('is parsed in pieces with exact line positions', async () => {
    const { readMarkdownText } = await import('../src/readers/markdown.js');
    const { markdownChunks } = await import('../src/readers/markdown-shape.js');
    const para = (i: number) => `Paragraph number ${i} says something about the study.\n\n`;
    const text = '# Big\n\n## Methods\n\n```\ncode\n\nstill code\n```\n\n' + Array.from({ length: 60000 }, (_, i) => para(i)).join('');
    const chunks = markdownChunks(text, 200000);
    expect(chunks.length).toBeGreaterThan(5);
    expect(chunks.map((c) => c.text).join('')).toBe(text);
    const out = readMarkdownText(text);
    const lines = text.split('\n');
    const target = out.blocks.find((b) => b.text.startsWith('Paragraph number 54321 '))!;
    const line = target.segments[0]!.pos.line!;
    expect(lines[line - 1]).toBe('Paragraph number 54321 says something about the study.');
  }, 90_000); // 3 MB of Markdown: about 7 s alone, several times that on a loaded 2-core machine
});

describe('Markdown tables', () => {
  it('parses tables, also in block quotes, and text without a delimiter row the same way as before', async () => {
    const { parseMarkdownTree } = await import('../src/readers/markdown.js');
    const kinds = (md: string) => parseMarkdownTree(md).children.map((c) => c.type);
    expect(kinds('| a | b |\n| --- | :-: |\n| 1 | 2 |\n')).toEqual(['table']);
    expect(kinds('Text\n\n> | a | b |\n> |---|---|\n> | 1 | 2 |\n')).toEqual(['paragraph', 'blockquote']);
    expect((parseMarkdownTree('> | a | b |\n> |---|---|\n').children[0] as { children: Array<{ type: string }> }).children[0]!.type).toBe('table');
    expect(kinds('a | b\n\nNo table here: 3 - 2 | 1.\n')).toEqual(['paragraph', 'paragraph']);
  });
});
