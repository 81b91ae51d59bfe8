/**
 * A concept is one file: what "reported" means (meta), how it is found (a declarative spec run by the one
 * runner, or a hand-written `detect` implementing the same contract) and the example sentences that show it.
 * The examples are the concept's tests (test/concepts.test.ts) and its documentation (docs/concepts.md).
 */
import type { DetectContext, Finding, Presupposition } from '../types.js';
import type { ConceptSpec } from './spec.js';

/** The crosswalk groups, in the order checklists and docs present them. */
export const CONCEPT_GROUPS = [
  'Front matter',
  'Introduction',
  'Design',
  'Data',
  'Reference standard',
  'Partitions & size',
  'Model',
  'Evaluation methods',
  'Review methods',
  'Results',
  'Discussion',
  'Other',
] as const;
export type ConceptGroup = (typeof CONCEPT_GROUPS)[number];

export interface ConceptMeta {
  /** short human label, used in messages instead of the key */
  label: string;
  group: ConceptGroup;
  /** what "reported" means for this concept, in our own words: what counts, what is partial, what does not */
  definition: string;
  /** the value vocabulary, each value with its meaning (headline concepts) */
  values?: Record<string, string>;
  /** known traps: homonyms, other people's work, not-done phrasing that must not count as done */
  traps?: string[];
  /** a statement that there is none ("no competing interests", "no funding") fully answers the item */
  noneIsComplete?: boolean;
  /**
   * what the concept takes for granted: items made only of such concepts are not applicable when the manuscript
   * shows the presupposition is false (src/sources/presuppositions.ts)
   */
  presupposes?: Presupposition | Presupposition[];
}

/**
 * An example sentence (or a few), the heading it sits under (default "Methods") and, for reported examples, the
 * expected value. `markdown` replaces the one-section manuscript for examples that need a whole document (an
 * abstract with parts, a title).
 */
export interface Example {
  text: string;
  heading?: string;
  value?: string;
  /** the expected status when it is not simply "reported" (a partial statement) */
  status?: 'reported' | 'partial';
  markdown?: boolean;
  /** sentences put before `text` in the same section (e.g. one that shows a model is evaluated) */
  context?: string;
  /** why this example is here (a trap it guards against), for the docs */
  note?: string;
}

export interface ConceptExamples {
  /** default `context` for every example of this concept */
  context?: string;
  /** sentences that report the concept */
  reported: Example[];
  /** sentences that report it as not done ("No external validation was performed") */
  notDone?: Example[];
  /** sentences that must not count (traps and near misses) */
  missing: Example[];
}

/** The declarative part: cue rules plus the runner's knobs (see spec.ts); `concept` is filled from the id. */
export type SpecBody = Omit<ConceptSpec, 'concept'>;

interface ConceptBase {
  id: string;
  meta: ConceptMeta;
  examples: ConceptExamples;
}

export interface SpecConcept extends ConceptBase {
  spec: ConceptSpec;
  detect?: undefined;
}

export interface CodeConcept extends ConceptBase {
  spec?: undefined;
  /** a hand-written detector: one finding for this concept */
  detect: (ctx: DetectContext) => Finding;
}

/** A concept that checklists may name but that has no automatic check yet: items using it need review. */
export interface ManualConcept extends ConceptBase {
  spec?: undefined;
  detect?: undefined;
  manual: true;
}

export type Concept = SpecConcept | CodeConcept | ManualConcept;

type Define =
  | (ConceptBase & { spec: SpecBody })
  | (ConceptBase & { detect: (ctx: DetectContext) => Finding })
  | (ConceptBase & { manual: true });

/** Declare a concept (the default export of its file). */
export function defineConcept(def: ConceptBase & { spec: SpecBody }): SpecConcept;
export function defineConcept(def: ConceptBase & { detect: (ctx: DetectContext) => Finding }): CodeConcept;
export function defineConcept(def: ConceptBase & { manual: true }): ManualConcept;
export function defineConcept(def: Define): Concept {
  if (!/^[a-z][a-z0-9_]*$/.test(def.id)) throw new Error(`concept id ${def.id} is not a snake_case key`);
  if ('spec' in def) return { id: def.id, meta: def.meta, examples: def.examples, spec: { ...def.spec, concept: def.id } };
  return def as Concept;
}

/** Does this concept have an automatic check? */
export function isDetected(c: Concept): c is SpecConcept | CodeConcept {
  return c.spec !== undefined || c.detect !== undefined;
}
