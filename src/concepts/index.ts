import type { Manuscript } from '../manuscript/model.js';
import { detectors as declarations } from './declarations.js';
import { detectors as design } from './design.js';
import { detectors as extra } from './extra.js';
import { detectors as modelling } from './modelling.js';
import type { Detector, Finding } from './types.js';

export type { Finding, Evidence, Detector } from './types.js';

/** Every detector, in a stable order. */
export const DETECTORS: Detector[] = [...design, ...modelling, ...declarations, ...extra];

/** Concept keys that have a detector. */
export function detectedConcepts(): Set<string> {
  const s = new Set<string>();
  for (const d of DETECTORS) for (const c of d.concepts) s.add(c);
  return s;
}

/** Run every detector once over the manuscript. */
export function detectAll(ms: Manuscript, only?: Set<string>): Map<string, Finding> {
  const out = new Map<string, Finding>();
  for (const d of DETECTORS) {
    if (only && !d.concepts.some((c) => only.has(c))) continue;
    for (const f of d.detect({ ms })) out.set(f.concept, f);
  }
  return out;
}
