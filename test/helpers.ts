import { detectAll } from '../src/concepts/index.js';
import type { Finding } from '../src/concepts/types.js';
import { manuscriptFromString } from '../src/readers/index.js';

/** Run every detector over a small Markdown manuscript. */
export function detectMarkdown(markdown: string): Map<string, Finding> {
  return detectAll(manuscriptFromString(markdown));
}

/**
 * Put one or more sentences under a heading (default "Methods") of an otherwise empty manuscript and return the
 * finding for `concept`.
 */
export function findingFor(concept: string, sentences: string, heading = 'Methods'): Finding {
  const md = `# A study\n\n## ${heading}\n\n${sentences}\n`;
  const f = detectMarkdown(md).get(concept);
  if (!f) throw new Error(`no detector for ${concept}`);
  return f;
}

/** Status of a concept for sentences under a heading: 'reported' | 'partial' | 'missing'. */
export function statusOf(concept: string, sentences: string, heading = 'Methods'): string {
  return findingFor(concept, sentences, heading).status;
}
