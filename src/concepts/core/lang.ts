/**
 * Sentence-level language features shared by every detector, computed once per manuscript: is the sentence
 * about this study or about other work, a wish for the future, negated, introduced by a back-matter label?
 */
import type { Manuscript, SectionRole } from '../../manuscript/model.js';
// Leading labels that give a sentence a back-matter role even without a heading.
import { ROLE_LABELS as LABELS } from '../../manuscript/roles.js';
import { pattern } from './pattern.js';
import { computeGates } from './prefilter.js';

export interface SentenceFeatures {
  /** mentions this study ("we", "our", "this study", "in the present trial") */
  own: boolean;
  /** cites or describes other work (citation markers, "previous studies", "et al.") */
  otherWork: boolean;
  /** a wish or plan for future work ("future studies should", "will be needed") */
  future: boolean;
  /** contains a negation cue anywhere */
  negation: boolean;
  /** role given by a leading label ("Funding:", "Competing interests:") or by the section */
  role?: SectionRole;
  /** the role came from a label at the start of this sentence or its paragraph */
  labelled: boolean;
  /** hypothetical / conditional phrasing ("if ... were", "could be used to") */
  hypothetical: boolean;
}

const OWN =
  /\b(we|our|us|this (study|trial|work|analysis|paper|article|report|cohort|investigation|research|project|thesis|review)|the (present|current) (study|trial|work|analysis|investigation)|in (this|the present) (study|trial|paper)|herein|here,? we|the authors|participants|patients)\b/i;
const CITATION = /(\[\s*\d+(?:\s*[-–,]\s*\d+)*\s*\]|\(\s*[A-Z][A-Za-z'’-]+(?: et al\.?| and [A-Z][A-Za-z'’-]+)?,? (?:19|20)\d\d[a-z]?(?:[;,][^)]*)?\)|\bet al\.?|[a-z]\.\d{1,3}(?:[ ,–-]+\d{1,3})*$|[a-z][,.;]?\d{1,3}(?:[,–-]\d{1,3})+\s)/;
const OTHER_WORK =
  /\b(previous(ly)?|prior (work|studies|research)|earlier (work|studies)|other (studies|authors|groups|researchers|trials)|has been (shown|reported|demonstrated|proposed|used)|have been (shown|reported|demonstrated|proposed|developed|used)|studies (have|had|showed|found|reported)|literature|it is known|existing (methods|models|studies|approaches)|recent(ly)? (studies|work|reports)|was (reported|proposed) by|in (a|an|their) (previous|earlier|prior) (study|work))\b/i;
const FUTURE =
  /\b(future (work|studies|research|trials|investigations?|efforts?|versions?|directions?)|in the future|will (be )?(need|needed|require|required|necessary|warranted)|should be (further )?(investigated|explored|validated|evaluated|tested|examined|studied|assessed)|further (studies|research|work|investigation|validation|trials?) (is|are|will be|would be|should|could|may|might)|(is|are) (needed|warranted|required) to (confirm|validate|evaluate|assess)|remains? to be (seen|determined|validated|tested)|we (plan|intend|hope|aim) to|(would|could|may|might) be (valuable|useful|beneficial|interesting|worthwhile)|is planned|are planned|next step|(was|were) (considered|discussed|contemplated) but (not|never)|(leave|leaves|left) (this |it |that )?(to|for) future (work|studies|research))\b/i;
const NEGATION = /\b(no|not|never|neither|nor|without|none|cannot|can't|didn't|did not|was not|were not|is not|are not|has not|have not|unavailable|lack(ed|ing)?|absence|n\/a)\b|n't\b/i;
const HYPOTHETICAL = /\b(if (we|one|they|the model|it) (were|had|was)|could (potentially|be used)|would (allow|enable|help)|may (help|allow|enable))\b/i;

/**
 * Every label pattern at once: a text matches the union exactly when it matches one of them (they share their flags
 * and have no back-references), so most sentences are settled by one test instead of one per label. Null otherwise.
 */
const ANY_LABEL = LABELS.every(([re]) => re.flags === LABELS[0]![0].flags && !re.global && !re.sticky && !/\\[1-9]|\\k</.test(re.source))
  ? new RegExp(LABELS.map(([re]) => `(?:${re.source})`).join('|'), LABELS[0]![0].flags)
  : null;

export function labelRole(text: string): SectionRole | undefined {
  const t = text.trimStart().slice(0, 80);
  if (ANY_LABEL && !ANY_LABEL.test(t)) return undefined;
  for (const [re, role] of LABELS) if (re.test(t)) return role;
  return undefined;
}

export function computeFeatures(ms: Manuscript): SentenceFeatures[] {
  computeGates(ms.sentences);
  const out: SentenceFeatures[] = new Array(ms.sentences.length);
  let blockRole: { block: number; role: SectionRole } | undefined;
  for (const s of ms.sentences) {
    const lr = labelRole(s.text);
    if (lr) blockRole = { block: s.blockIndex, role: lr };
    else if (blockRole && blockRole.block !== s.blockIndex) blockRole = undefined;
    const role = lr ?? blockRole?.role ?? s.section.role;
    const own = pattern(OWN).test(s);
    // one object shape for every sentence (role undefined when none), built without a spread
    out[s.index] = {
      own,
      otherWork: CITATION.test(s.text) || (pattern(OTHER_WORK).test(s)),
      future: pattern(FUTURE).test(s),
      negation: pattern(NEGATION).test(s),
      role: role || undefined,
      labelled: Boolean(lr ?? blockRole),
      hypothetical: pattern(HYPOTHETICAL).test(s),
    };
  }
  return out;
}

/** Is the match at `index` in `text` inside the scope of a negation cue (same clause, a few words before)? */
export function negatedAt(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 60), index);
  const clause = before.split(/[;:,]| but | however | although | whereas /i).pop() ?? before;
  return /\b(no|not|never|neither|nor|without|none|cannot|n't|lack of|absence of)\b/i.test(clause) || /n't\s+\w*\s*$/i.test(clause);
}




const featureCache = new WeakMap<Manuscript, SentenceFeatures[]>();
/** The features of every sentence, computed once per manuscript (indexed by sentence index). */
export function featuresOf(ms: Manuscript): SentenceFeatures[] {
  let f = featureCache.get(ms);
  if (!f) {
    f = computeFeatures(ms);
    featureCache.set(ms, f);
  }
  return f;
}
