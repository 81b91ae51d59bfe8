/**
 * Spec-level gate for the modelling detectors: a spec runs only over the sentences that may contain a literal of
 * one of its rules (see prefilter.ts for the mechanism). Computed on first use.
 */
import type { Manuscript, Sentence } from '../manuscript/model.js';
import { featuresOf, runSpec, type ConceptSpec } from './framework.js';
import { bloomPasses, literalsFor, sentenceBloom, termBits } from './prefilter.js';
import type { Detector, DetectContext, Finding } from './types.js';

export { requiredLiterals } from './prefilter.js';

export interface GatedSpec {
  spec: ConceptSpec;
  /** bit lists of the literals; null = no gate (every sentence is checked); computed on first use */
  gates?: number[][] | null;
  terms?: string[] | null;
}

function computeGate(g: GatedSpec): number[][] | null {
  if (g.gates !== undefined) return g.gates;
  const terms = new Set<string>();
  for (const r of g.spec.rules) {
    const req = literalsFor(r.re);
    if (!req) return (g.gates = null), (g.terms = null), null;
    for (const t of req) terms.add(t);
  }
  const list = [...terms];
  const gates = list.map(termBits);
  if (gates.some((x) => x.length === 0)) return (g.gates = null), (g.terms = null), null;
  g.terms = list;
  g.gates = gates;
  return gates;
}

export function gateOf(spec: ConceptSpec): GatedSpec {
  return { spec };
}

/** The sentences that may contain one of the literals, in document order. */
export function candidates(ms: Manuscript, gates: number[][]): Sentence[] {
  const out: Sentence[] = [];
  for (const s of ms.sentences) if (bloomPasses(sentenceBloom(s), gates)) out.push(s);
  return out;
}

export function gatedDetector(g: GatedSpec): Detector {
  return {
    concepts: [g.spec.concept],
    detect(ctx: DetectContext): Finding[] {
      const ms = ctx.ms;
      const features = featuresOf(ms);
      const gates = computeGate(g);
      const view: Manuscript = gates ? { ...ms, sentences: candidates(ms, gates) } : ms;
      return [runSpec(g.spec, { ms: view, features })];
    },
  };
}

/** Same detector without the gate (to check that the gate never changes a finding). */
export function ungatedDetector(g: GatedSpec): Detector {
  return {
    concepts: [g.spec.concept],
    detect(ctx: DetectContext): Finding[] {
      return [runSpec(g.spec, { ms: ctx.ms, features: featuresOf(ctx.ms) }, { noPrefilter: true })];
    },
  };
}
