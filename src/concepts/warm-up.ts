/**
 * A small made-up manuscript for warming up a fresh process, worker or page before its first real document: the
 * concepts' own example sentences under their headings (all of them, or the first few reported ones of each). They pass the gates of most patterns, so the first run
 * compiles the regular expressions and the reader's code paths that a real manuscript will use.
 */
import { CONCEPTS } from './index.js';

export function warmUpMarkdown(opts: { perConcept?: number } = {}): string {
  const byHeading = new Map<string, string[]>();
  for (const c of CONCEPTS) {
    // a few reported examples per concept warm the common paths at a fraction of the cost of all examples
    const examples = opts.perConcept !== undefined ? (c.examples?.reported ?? []).slice(0, opts.perConcept) : [...(c.examples?.reported ?? []), ...(c.examples?.missing ?? [])];
    for (const e of examples) {
      if (e.markdown) continue;
      const h = e.heading ?? 'Methods';
      byHeading.set(h, [...(byHeading.get(h) ?? []), e.text]);
    }
  }
  return `# A study\n\n${[...byHeading].map(([h, t]) => `## ${h}\n\n${t.join(' ')}\n`).join('\n')}`;
}
