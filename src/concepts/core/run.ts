/**
 * The one detector runner. A concept with a spec is run the same way whatever it declares: applicability
 * (needs an evaluated model or test), the sentences considered (required words, section kinds, prose only, a
 * sentence condition), the cue rules (spec.ts), then the declared fallbacks (a section heading, a hand-written
 * fallback). A concept with a hand-written `detect` implements the same contract in its own file.
 */
import type { Manuscript, Section, SectionKind, Sentence } from '../../manuscript/model.js';
import { normaliseHeading } from '../../manuscript/sections.js';
import { evidenceOf, type Finding } from '../types.js';
import type { Concept } from './define.js';
import { hasEvaluation } from './evaluation.js';
import { homeFirst } from './home.js';
import { featuresOf } from './lang.js';
import { pattern } from './pattern.js';
import { anyGatePasses } from './prefilter.js';
import { closedUnion, runSpec, type ConceptSpec, type CueRule, type RuleContext } from './spec.js';

const OWN_SECTIONS: SectionKind[] = ['methods', 'results'];
const OTHER_KIND: SectionKind[] = ['other'];
/** explicit other-work wording, for sections of unknown kind (where related work may sit) */
const OTHER_PHRASE =
  /\bet al\b|\b(?:previous(?:ly)?|prior (?:work|studies)|recent (?:studies|work)|(?:have|has) been (?:proposed|shown|reported|used|developed|introduced)|(?:was|were) (?:proposed|introduced|developed) by|in (?:the )?literature)\b/i;

/**
 * `citationsInMethodsOk`: each plain rule becomes a Methods/Results copy that ignores citations, a copy for
 * sections of unknown kind that needs no explicit other-work wording, and a copy for the rest with the usual
 * penalty (a sentence is in exactly one section, so each regex still runs once per sentence). A rule kept to some
 * sections (a facet rule) is split the same way within them.
 */
function splitBySection(rules: CueRule[]): CueRule[] {
  const out: CueRule[] = [];
  for (const r of rules) {
    if (r.notSections || r.otherWorkOk) {
      out.push(r);
      continue;
    }
    const unless = r.unless ? new RegExp(`${r.unless.source}|${OTHER_PHRASE.source}`, 'i') : OTHER_PHRASE;
    if (r.sections) {
      // a rule kept to some sections (a facet rule in Methods/Results, say) is split the same way within them
      const own = r.sections.filter((k) => OWN_SECTIONS.includes(k));
      const other = r.sections.filter((k) => OTHER_KIND.includes(k));
      const rest = r.sections.filter((k) => !own.includes(k) && !other.includes(k));
      if (own.length) out.push({ ...r, sections: own, otherWorkOk: true });
      if (other.length) out.push({ ...r, sections: other, otherWorkOk: true, unless });
      if (rest.length) out.push({ ...r, sections: rest });
      continue;
    }
    out.push({ ...r, sections: OWN_SECTIONS, otherWorkOk: true });
    out.push({ ...r, sections: OTHER_KIND, otherWorkOk: true, unless });
    out.push({ ...r, notSections: OWN_SECTIONS });
  }
  return out;
}

interface Prepared {
  /** the spec as run where a model or test is evaluated */
  full: ConceptSpec;
  /** the spec without its evaluation-only rules */
  plain: ConceptSpec;
}

const prepared = new WeakMap<ConceptSpec, Prepared>();
function prepare(spec: ConceptSpec): Prepared {
  let p = prepared.get(spec);
  if (p) return p;
  const full = spec.citationsInMethodsOk ? { ...spec, rules: splitBySection(spec.rules) } : spec;
  const only = spec.evaluationRules;
  const plain = only?.length ? { ...full, rules: full.rules.filter((r) => !only.includes(r.id)) } : full;
  p = { full, plain };
  prepared.set(spec, p);
  return p;
}

function notApplicable(concept: string): Finding {
  return { concept, status: 'missing', evidence: [], confidence: 0.8, rule: 'no-evaluation', reason: 'the manuscript does not build or evaluate a model, classifier or test' };
}

const sentencesBySection = new WeakMap<Manuscript, Sentence[][]>();
/** The sentences of each section (indexed by section index), computed once per manuscript. */
export function sectionSentences(ms: Manuscript): Sentence[][] {
  let a = sentencesBySection.get(ms);
  if (!a) {
    a = ms.sections.map(() => []);
    for (const s of ms.sentences) a[s.section.index]?.push(s);
    sentencesBySection.set(ms, a);
  }
  return a;
}

/**
 * The sentences a spec considers, as a view of the manuscript (the same objects, features by index). Only
 * `scoreHits` reads the view, so the sentences it would pass over whatever the conditions say (references, peer
 * review, and with every rule gated and no role evidence, a sentence where no rule's gate is open) are left out
 * before the conditions are tested: the same hits, fewer tests of `require` patterns.
 */
/** Is the section of one of these kinds? An appendix classified by its title still counts as of unknown kind too. */
function inSections(kinds: SectionKind[], sec: Section): boolean {
  return kinds.includes(sec.kind) || (sec.appendix === true && kinds.includes('other'));
}

function considered(spec: ConceptSpec, run: ConceptSpec, ctx: RuleContext): Manuscript {
  const { ms, features } = ctx;
  const { require, onlySections, proseOnly, where } = spec;
  if (!require && !onlySections && !proseOnly && !where) return ms;
  const req = require ? pattern(require.pattern) : undefined;
  const roles = require?.orRoles;
  const union = closedUnion(run);
  const sentences = ms.sentences.filter((s) => {
    if (s.section.kind === 'references' || s.section.role === 'peer_review') return false;
    if (union !== null && !anyGatePasses(s, union)) return false;
    if (proseOnly && s.block === 'table') return false;
    if (onlySections && !inSections(onlySections, s.section)) return false;
    const f = features[s.index]!;
    if (where && !where(s, f)) return false;
    if (!req) return true;
    return req.test(s) || (roles !== undefined && f.role !== undefined && roles.includes(f.role));
  });
  return { ...ms, sentences };
}

function byHeading(spec: ConceptSpec, ms: Manuscript): Finding | undefined {
  const hf = spec.headingFallback;
  if (!hf) return undefined;
  const bySec = sectionSentences(ms);
  for (const sec of ms.sections) {
    if (sec.kind === 'references' || sec.role === 'peer_review') continue;
    if (hf.kinds && !inSections(hf.kinds, sec)) continue;
    if (!hf.heading.test(normaliseHeading(sec.heading))) continue;
    const first = bySec[sec.index]?.find((s) => s.text.length > 20);
    if (!first) continue;
    const rule = `${spec.concept}/heading`;
    return { concept: spec.concept, status: 'reported', evidence: [evidenceOf(first, rule)], confidence: 0.7, rule, reason: `a section is headed "${sec.heading}"` };
  }
  return undefined;
}

/** Run a declarative concept spec over a manuscript. */
export function runConceptSpec(spec: ConceptSpec, ms: Manuscript): Finding {
  const ctx: RuleContext = { ms, features: featuresOf(ms) };
  const early = spec.first?.(ctx);
  if (early) return early;
  if (spec.needsEvaluation && !hasEvaluation(ms)) return notApplicable(spec.concept);
  const p = prepare(spec);
  const run = spec.evaluationRules?.length && !hasEvaluation(ms) ? p.plain : p.full;
  const f = runSpec(run, { ms: considered(spec, run, ctx), features: ctx.features });
  if (f.status !== 'missing') return homeFirst(run, ms, f, sectionSentences(ms));
  return byHeading(spec, ms) ?? spec.fallback?.(ctx) ?? f;
}

/** Run one concept's detector: its spec through the runner, or its own `detect`. */
export function runConcept(c: Concept, ms: Manuscript): Finding | undefined {
  if (c.spec) return runConceptSpec(c.spec, ms);
  if (c.detect) return c.detect({ ms });
  return undefined;
}
