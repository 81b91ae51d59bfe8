import { describe, expect, it } from 'vitest';
import { getConcept } from '../../src/concepts/index.js';
import { requiredLiterals } from '../../src/concepts/core/prefilter.js';

/**
 * The narrow crosswalk concepts (TRIPOD / TRIPOD+AI / STARD items that few papers address) are run on every
 * manuscript although they rarely match: each of their rules must name a literal of at least three characters, so
 * the prefilter skips almost every sentence. (Not every concept meets this: "P < 0.05" or "R²" have shorter
 * literals.)
 */
const NARROW = [
  'health_inequalities',
  'usability_end_user',
  'heterogeneity_clusters',
  'model_updating',
  'dev_vs_eval_differences',
  'ppi',
  'events_per_analysis',
  'disease_severity_alternative_dx',
  'time_interval',
  'adverse_events',
];

describe('narrow concepts: every rule is prefilter-friendly', () => {
  const rules = NARROW.flatMap((id) => getConcept(id)!.spec!.rules.map((r) => [`${id}:${r.id}`, r.re] as const));
  it.each(rules)('%s names a literal', (_id, re) => {
    const lits = requiredLiterals(re);
    expect(lits).not.toBeNull();
    for (const l of lits!) expect(l.trim().length).toBeGreaterThanOrEqual(3);
  });
});
