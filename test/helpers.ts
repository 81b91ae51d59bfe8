import { expect, it } from 'vitest';
import { detectAll, getConcept } from '../src/concepts/index.js';
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

/** One fixture sentence of a case table: a positive, negative, negated or trap sentence for a concept. */
export interface Case {
  kind: 'positive' | 'negative' | 'negated' | 'trap';
  concept: string;
  text: string;
  heading?: string;
  /** expected status (default: positive → reported, the others → missing) */
  status?: 'reported' | 'partial' | 'missing';
  value?: string;
}

/** One test per case: the concept's finding on the sentence (under its heading, Methods by default). */
export function runCases(cases: Case[]): void {
  it.each(cases.map((c) => [c.kind, c.concept, c.text.length > 80 ? `${c.text.slice(0, 77)}...` : c.text, c] as const))('%s %s: %s', (_k, _c, _t, c) => {
    // concepts that apply only where a model is evaluated get their own context sentence, as in their examples
    const context = getConcept(c.concept)!.examples.context;
    const f = findingFor(c.concept, context ? `${context} ${c.text}` : c.text, c.heading ?? 'Methods');
    const want = c.status ?? (c.kind === 'positive' ? 'reported' : 'missing');
    expect(f.status, `${c.concept} on "${c.text}" (${f.rule}: ${f.reason ?? ''})`).toBe(want);
    if (c.value !== undefined) expect(f.value).toBe(c.value);
  });
}
