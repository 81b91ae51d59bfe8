/**
 * A small rule engine for concept detectors. A concept is a list of cue rules (regular expressions with a weight,
 * the sections where they count, and whether they state that something was not done). Each sentence is scored
 * once per rule; the language features (other work, future wishes, negation, back-matter labels) adjust the
 * score. The best score decides the status; the best sentences are the evidence.
 */
import type { Manuscript, SectionKind, SectionRole, Sentence } from '../../manuscript/model.js';
import { ALL_KINDS, appendixWeight, KIND_BIT } from './kind-bits.js';
import { negatedAt, type SentenceFeatures } from './lang.js';
import { pattern } from './pattern.js';
import { anyGatePasses, gateFor, gatePasses, gateUnion, prefilterState, type Gate } from './prefilter.js';
import { evidenceOf, type Evidence, type Finding } from '../types.js';

export interface CueRule {
  id: string;
  re: RegExp;
  /** evidence strength when it matches in a preferred section, 0..1 */
  weight: number;
  /** only count in these sections (default: all but references) */
  sections?: SectionKind[];
  /** never count in these sections */
  notSections?: SectionKind[];
  /** only count in sentences whose role (section or leading label) is one of these */
  roles?: SectionRole[];
  /** the sentence states the thing was not done / not available */
  notDone?: boolean;
  /** the statement is incomplete (reported, but partial) */
  partial?: boolean;
  /** a negation before the match does not cancel it (e.g. the pattern itself is a negative statement) */
  negationOk?: boolean;
  /** a sentence about other work (citations in Introduction/Discussion) still counts */
  otherWorkOk?: boolean;
  /** sentences that match this are traps for this rule */
  unless?: RegExp;
  /** the match must be in a sentence that speaks about this study (we/our/this study/patients) */
  requireOwn?: boolean;
  /** a future wish in the same sentence does not weaken the match ("... small subgroups; larger cohorts are needed") */
  futureOk?: boolean;
  /** the concept's soft traps (`damp`) do not weaken the match (a not-done statement that also voices a wish) */
  dampOk?: boolean;
  /** the concept's sentence-level traps do not cancel the match (a not-done statement beside a trap phrase) */
  trapsOk?: boolean;
}

export interface ConceptSpec {
  concept: string;
  rules: CueRule[];
  /** multiplier per section kind (default 1; introduction 0.5, discussion 0.7, abstract 0.9, title 0.8) */
  sectionWeight?: Partial<Record<SectionKind, number>>;
  /** any sentence carrying one of these roles is evidence with this weight (back-matter sections) */
  roleEvidence?: { roles: SectionRole[]; weight: number; notDone?: RegExp; unless?: RegExp };
  /** sentence-level traps for the whole concept (homonyms) */
  traps?: RegExp[];
  /** soft traps: a matching sentence keeps only `factor` of its score (e.g. capability descriptions "X can be used") */
  damp?: Array<{ re: RegExp; factor: number }>;
  /** score needed to call the concept reported (default 0.5) */
  threshold?: number;
  /** how many evidence sentences to keep (default 3) */
  maxEvidence?: number;
  /**
   * sentences about another aspect than the one the concept's items ask for (for an evaluation, a parameter tuned on
   * validation data): they keep their score, and so the status, but are cited after the others
   */
  citedLast?: RegExp;
  /** turn the hits into a value and details; may downgrade to partial */
  value?: (hits: Hit[], ctx: RuleContext) => ValueResult | undefined;

  // --- which sentences are considered (declared conditions, the same with or without the prefilter) ---
  /**
   * a sentence is considered only when it matches `pattern` or carries one of `orRoles` (a back-matter role given
   * by its section or a leading label)
   */
  require?: { pattern: RegExp; orRoles?: SectionRole[] };
  /** only sentences in these section kinds are considered */
  onlySections?: SectionKind[];
  /** table rows are never evidence (checklist tables, data tables) */
  proseOnly?: boolean;
  /** a further condition on the sentence (e.g. it must be about this study) */
  where?: (s: Sentence, f: SentenceFeatures) => boolean;
  /**
   * Methods and Results cite the tools and data they use ("we trained a U-Net [12]"): there, a plain rule ignores
   * citations; in a section of unknown kind it needs no explicit other-work wording; elsewhere the usual penalty.
   */
  citationsInMethodsOk?: boolean;

  // --- when the concept applies ---
  /** the concept only applies where the manuscript builds or evaluates a model, classifier or test */
  needsEvaluation?: boolean;
  /** ids of rules that count only where a model or test is evaluated */
  evaluationRules?: string[];

  // --- other evidence ---
  /** when no rule matched: a section so headed (normalised heading text), with some text, is evidence itself */
  headingFallback?: { heading: RegExp; kinds?: SectionKind[] };
  /** evidence looked for before the rules (a language feature that is itself the evidence) */
  first?: (ctx: RuleContext) => Finding | undefined;
  /** evidence looked for when the rules and the heading found nothing */
  fallback?: (ctx: RuleContext) => Finding | undefined;
}

export interface ValueResult {
  value?: string;
  details?: Record<string, unknown>;
  partial?: boolean;
  notDone?: boolean;
}

export interface Hit {
  sentence: Sentence;
  rule: CueRule;
  score: number;
  match: RegExpExecArray;
  notDone: boolean;
}

export interface RuleContext {
  ms: Manuscript;
  features: SentenceFeatures[];
}

const DEFAULT_SECTION_WEIGHT: Record<SectionKind, number> = {
  title: 0.8,
  abstract: 0.9,
  introduction: 0.45,
  methods: 1,
  results: 1,
  discussion: 0.75,
  declarations: 1,
  references: 0,
  other: 0.9,
};

/** Per-rule time in ms when REPORTLINT_PROFILE_RULES is set (for finding slow patterns). */
export const ruleTimings = new Map<string, number>();
const PROFILE = typeof process !== 'undefined' && Boolean(process.env.REPORTLINT_PROFILE_RULES);

/**
 * A rule as scoring reads it: the fields of the rule in one fixed shape. Rules are object literals of many shapes
 * (each with its own optional fields), so reading `rule.roles`, `rule.re` or `rule.futureOk` in the loop over
 * sentences and rules was a megamorphic property load each time, and every new shape met by the optimised loop
 * deoptimised it ("wrong map"). One class, filled once per process: the same values, one shape.
 */
class CompiledRule {
  readonly re: RegExp;
  readonly roles: SectionRole[] | null;
  readonly unless: RegExp | null;
  readonly weight: number;
  readonly notDone: boolean;
  readonly requireOwn: boolean;
  readonly futureOk: boolean;
  readonly otherWorkOk: boolean;
  readonly negationOk: boolean;
  readonly dampOk: boolean;
  readonly trapsOk: boolean;
  constructor(
    readonly rule: CueRule,
    /** section kinds where the rule counts, as KIND_BIT flags */
    readonly kinds: number,
    /** prefilter gate of the pattern (null: no gate) */
    readonly gate: Gate | null,
  ) {
    this.re = rule.re;
    this.roles = rule.roles ?? null;
    this.unless = rule.unless ?? null;
    this.weight = rule.weight;
    this.notDone = Boolean(rule.notDone);
    this.requireOwn = Boolean(rule.requireOwn);
    this.futureOk = Boolean(rule.futureOk);
    this.otherWorkOk = Boolean(rule.otherWorkOk);
    this.negationOk = Boolean(rule.negationOk);
    this.dampOk = Boolean(rule.dampOk);
    this.trapsOk = Boolean(rule.trapsOk);
  }
}

interface CompiledSpec {
  rules: CompiledRule[];
  sw: Record<SectionKind, number>;
  /** the union of every rule's gate (null when a rule has none): a sentence where it is closed skips the rules */
  any: Int32Array | null;
}

const compiledSpecs = new WeakMap<ConceptSpec, CompiledSpec>();

/** Per-spec data computed once per process: section masks and prefilter gates of every rule. */
function compileSpec(spec: ConceptSpec): CompiledSpec {
  let c = compiledSpecs.get(spec);
  if (c) return c;
  const rules = spec.rules.map((rule) => {
    let kinds = rule.sections ? rule.sections.reduce((m, k) => m | KIND_BIT[k], 0) : ALL_KINDS;
    if (rule.notSections) for (const k of rule.notSections) kinds &= ~KIND_BIT[k];
    return new CompiledRule(rule, kinds, gateFor(rule.re));
  });
  const gates = rules.map((r) => r.gate);
  const any = gates.every((g) => g !== null) ? gateUnion(gates as Gate[]) : null;
  c = { sw: { ...DEFAULT_SECTION_WEIGHT, ...spec.sectionWeight }, rules, any };
  compiledSpecs.set(spec, c);
  return c;
}

/**
 * The union of a spec's rule gates, or null (a rule without a gate, no role evidence test possible, or the prefilter
 * off): a sentence where it is closed gives no hit in `scoreHits`, whatever else is true of it.
 */
export function closedUnion(spec: ConceptSpec): Int32Array | null {
  return prefilterState.enabled && !spec.roleEvidence ? compileSpec(spec).any : null;
}

/**
 * Does one of the traps match the sentence? A function of its own, not a closure in the loop of `scoreHits`: a
 * closure there captured the loop's sentence, and the optimised loop then allocated a context for it in every
 * iteration (~1.4 MB per round of the five corpus JATS articles, whether a trap was tested or not).
 */
function trapped(traps: RegExp[], s: Sentence, pre: boolean): boolean {
  for (const t of traps) if (pre ? pattern(t).test(s) : t.test(s.text)) return true;
  return false;
}

export function scoreHits(spec: ConceptSpec, ctx: RuleContext, opts: { noPrefilter?: boolean } = {}): Hit[] {
  const pre = !opts.noPrefilter && prefilterState.enabled;
  const hits: Hit[] = [];
  const { rules, sw, any } = compileSpec(spec);
  const { ms, features } = ctx;
  const union = pre ? any : null;
  // the spec's fields, read once (specs too are literals of many shapes)
  const { roleEvidence, damp, traps, concept } = spec;
  const nRules = rules.length;
  const sentences = ms.sentences;
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si]!;
    const kind = s.section.kind;
    if (kind === 'references') continue;
    if (s.section.role === 'peer_review') continue;
    // every rule is gated and none is open: no rule runs, and without role evidence there is nothing to score
    const skip = union !== null && !anyGatePasses(s, union);
    if (skip && !roleEvidence) continue;
    // an appendix classified by its title also counts as of unknown kind, as before (kind-bits.ts)
    const appendix = s.section.appendix === true;
    const kindBit = appendix ? KIND_BIT[kind] | KIND_BIT.other : KIND_BIT[kind];
    const f = features[s.index]!;
    let best: Hit | undefined;
    let trapProof: Hit | undefined;
    for (let ri = skip ? nRules : 0; ri < nRules; ri++) {
      const cr = rules[ri]!;
      if ((cr.kinds & kindBit) === 0) continue;
      if (cr.roles !== null && !(f.role && cr.roles.includes(f.role))) continue;
      if (pre && cr.gate !== null && !gatePasses(s, cr.gate)) continue;
      const re = cr.re;
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      if (PROFILE) {
        const t0 = performance.now();
        m = re.exec(s.text);
        ruleTimings.set(`${concept}:${cr.rule.id}`, (ruleTimings.get(`${concept}:${cr.rule.id}`) ?? 0) + performance.now() - t0);
      } else m = re.exec(s.text);
      if (!m) continue;
      if (cr.unless !== null && cr.unless.test(s.text)) continue;
      if (cr.requireOwn && !f.own && !f.role) continue;
      let score = cr.weight * (appendix ? appendixWeight(cr.kinds, kind, sw) : (sw[kind] ?? 1));
      if (f.future && !cr.notDone && !cr.futureOk) score *= 0.15;
      if (f.otherWork && !cr.otherWorkOk && !f.own && !f.role) {
        score *= kind === 'introduction' || kind === 'discussion' ? 0.2 : 0.6;
      }
      if (!cr.negationOk && !cr.notDone && f.negation && negatedAt(s.text, m.index)) score *= 0.1;
      if (f.hypothetical && !cr.notDone) score *= 0.6;
      if (damp && !cr.dampOk) for (const d of damp) if (pre ? pattern(d.re).test(s) : d.re.test(s.text)) score *= d.factor;
      if (score <= 0) continue;
      if (!best || score > best.score) best = { sentence: s, rule: cr.rule, score, match: m, notDone: cr.notDone };
      if (cr.trapsOk && (!trapProof || score > trapProof.score)) trapProof = { sentence: s, rule: cr.rule, score, match: m, notDone: cr.notDone };
    }
    if (roleEvidence && f.role && roleEvidence.roles.includes(f.role)) {
      const re = roleEvidence;
      if (!(re.unless && re.unless.test(s.text)) && s.text.length > 3) {
        const notDone = re.notDone ? re.notDone.test(s.text) : false;
        const score = re.weight;
        if (!best || score > best.score) {
          best = { sentence: s, rule: { id: `${concept}/section`, re: /.^/, weight: re.weight, notDone }, score, match: [''] as unknown as RegExpExecArray, notDone };
        }
      }
    }
    // traps (homonyms) are tested only on sentences that matched: the same answer as testing them first
    // a rule that traps do not cancel still counts in a trapped sentence, even where another rule scored higher
    if (best) {
      if (!(traps && trapped(traps, s, pre))) hits.push(best);
      else if (trapProof) hits.push(trapProof);
    }
  }
  return hits;
}

/**
 * A sentence that scored at least this share of the threshold makes a "missing" verdict uncertain: it becomes
 * "not found — check" with the sentence as the candidate (eval still counts it as missing).
 */
export const CANDIDATE_SHARE = typeof process !== 'undefined' && process.env.REPORTLINT_CANDIDATE_SHARE ? Number(process.env.REPORTLINT_CANDIDATE_SHARE) : 0.4;

/** a word that makes a string a statement rather than a label (an auxiliary, a past tense or participle) */
export const VERBISH = /\b(?:is|are|was|were|be|been|being|has|have|had|do|does|did|can|could|will|would|may|might|should|must|shall|we|use[sd]?|show[sn]?)\b|\b[a-z]{2,}ed\b/i;
/** a split ratio (two or three shares that add up to 100: "80/20", "70:15:15"), the value of a partition */
const RATIO = /\b(\d{1,2})\s?%?\s?[/:]\s?(\d{1,2})(?:\s?%?\s?[/:]\s?(\d{1,2}))?\b(?!\s?[/:]?\s?\d)/;
function holdsSplitRatio(text: string): boolean {
  const m = RATIO.exec(text);
  return m !== null && Number(m[1]) + Number(m[2]) + Number(m[3] ?? 0) === 100;
}

/**
 * How well a hit shows the concept to a reader, for choosing and ordering the evidence (the status and the value use
 * the score alone). Starting from the score: the weight of a section clearly below the concept's home (its best
 * weighted section among the hits) counts once more (a Methods sentence over the same cue in the Introduction or
 * Discussion; for limitations, whose home is the Discussion, a Discussion sentence over a Methods one); a figure or
 * table label without a verb or punctuation, a caption, a sentence about other work and a short sentence that is
 * little more than its cue (an announcement) count less; a sentence that holds a split ratio (the value of a
 * partition, "80/20") counts a little more; a sentence about another aspect than the items ask for (the concept's
 * `citedLast`) counts half.
 */
const HOME_SHARE = 0.85;

function displayRank(h: Hit, sw: Record<SectionKind, number>, maxSw: number, f: SentenceFeatures | undefined, spec: ConceptSpec): number {
  const s = h.sentence;
  // a section clearly below the concept's home counts once more (sections of unknown kind, appendices among them,
  // and the abstract are close to home for most concepts and keep their score)
  const w = sw[s.section.kind] ?? 1;
  let r = w < HOME_SHARE * maxSw ? (h.score * w) / maxSw : h.score;
  const text = s.text.trim();
  if (!/[.!?;:](?:\s|$)/.test(text) && !VERBISH.test(text)) r *= 0.5;
  else if (s.block === 'caption') r *= 0.8;
  if (f && f.otherWork && !f.own) r *= 0.85;
  // a short sentence that is little more than the cue announces what follows ("Our study has some limitations.")
  const m = h.match[0] ?? '';
  if (m.length >= 0.6 * text.length && text.split(/\s+/).length <= 8) r *= 0.8;
  if (holdsSplitRatio(text)) r *= 1.1;
  if (s.section.appendix) r *= 0.9;
  if (spec.citedLast && spec.citedLast.test(text)) r *= 0.5;
  return r;
}

/** The hits to cite, best shown first (ties in document order). */
function shownFirst(hits: Hit[], max: number, sw: Record<SectionKind, number>, features: SentenceFeatures[], spec: ConceptSpec): Hit[] {
  if (hits.length <= 1) return hits.slice(0, max);
  let maxSw = 0;
  for (const h of hits) maxSw = Math.max(maxSw, sw[h.sentence.section.kind] ?? 1);
  return hits
    .map((h) => ({ h, r: displayRank(h, sw, maxSw, features[h.sentence.index], spec) }))
    .sort((a, b) => b.r - a.r || a.h.sentence.index - b.h.sentence.index)
    .slice(0, max)
    .map((x) => x.h);
}

/** Run a concept spec over a manuscript. */
export function runSpec(spec: ConceptSpec, ctx: RuleContext, opts: { noPrefilter?: boolean } = {}): Finding {
  const hits = scoreHits(spec, ctx, opts);
  const threshold = spec.threshold ?? 0.5;
  const strong = hits.filter((h) => h.score >= threshold).sort((a, b) => b.score - a.score || a.sentence.index - b.sentence.index);
  const maxEv = spec.maxEvidence ?? 3;
  if (strong.length === 0) {
    const near = hits.sort((a, b) => b.score - a.score)[0];
    // close to the threshold: not a confident "missing"; the sentence is shown for the author to confirm
    const candidate = near && near.score >= threshold * CANDIDATE_SHARE ? { candidate: evidenceOf(near.sentence, near.rule.id, near.notDone || undefined) } : {};
    return {
      concept: spec.concept,
      status: 'missing',
      ...candidate,
      evidence: [],
      confidence: near ? Math.min(0.95, 1 - near.score / threshold / 2) : 0.9,
      rule: near ? `${near.rule.id} (below threshold ${near.score.toFixed(2)})` : 'no-match',
      reason: near ? `closest sentence scored ${near.score.toFixed(2)} < ${threshold}: "${near.sentence.text.slice(0, 100)}"` : 'no sentence matched any cue',
    };
  }
  // a positive (done) statement beats a not-done one of similar strength
  const done = strong.filter((h) => !h.notDone);
  const notDoneHits = strong.filter((h) => h.notDone);
  const allNotDone = done.length === 0;
  const chosen = allNotDone ? notDoneHits : [...done, ...notDoneHits.filter((h) => h.score > (done[0]?.score ?? 0))];
  const evidence: Evidence[] = shownFirst(chosen, maxEv, compileSpec(spec).sw, ctx.features, spec).map((h) => evidenceOf(h.sentence, h.rule.id, h.notDone));
  const top = chosen[0]!;
  const v = spec.value?.(strong, ctx);
  const partial = v?.partial ?? (top.rule.partial && !done.some((h) => !h.rule.partial)) ?? false;
  const notDone = v?.notDone ?? allNotDone;
  return {
    concept: spec.concept,
    status: partial ? 'partial' : 'reported',
    ...(v?.value ? { value: v.value } : {}),
    ...(v?.details && Object.keys(v.details).length ? { details: v.details } : {}),
    ...(notDone ? { notDone: true } : {}),
    evidence,
    confidence: Math.min(0.99, 0.5 + top.score / 2),
    rule: top.rule.id,
    reason: `${top.rule.id} matched in ${top.sentence.section.kind} (score ${top.score.toFixed(2)})${notDone ? '; reported as not done' : ''}`,
  };
}
