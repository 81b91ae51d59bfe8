import type { SectionKind, SectionRole } from './model.js';
import { ROLE_HEADING_PREFIXES, ROLE_HEADINGS } from './roles.js';

/**
 * Recently normalised headings: the detectors and the checklist engine ask for the same few dozen headings of a
 * manuscript hundreds of times (four regular-expression passes each). Cleared when it grows past its bound. Keys and
 * values are copies (detached): a heading is a slice of its document's text, and V8 keeps the whole text alive for
 * as long as a slice of it lives, so a cache of slices kept every document of a batch whose headings it held (161
 * documents, 12 MB after the bench's corpus).
 */
const normalised = new Map<string, string>();
const NORMALISED_MAX = 4096;

/** A copy of `s` that does not share its characters with a longer string (V8's slices keep their parent alive). */
function detached(s: string): string {
  return (' ' + s).slice(1);
}

/** Normalise a heading for lookup: strip numbering ("2.1", "II.", "A."), punctuation, case. */
export function normaliseHeading(text: string): string {
  let n = normalised.get(text);
  if (n !== undefined) return n;
  n = text
    // a styled marker before the heading ("| INTRODUCTION", "• Methods")
    .replace(/^[\s|•·▪■►]+/, '')
    .replace(/^\s*(?:(?:\d+|[ivxlc]+|[a-h])(?:\.\d+)*[.)]?\s+|\d+(?:\.\d+)+\s*)/i, '')
    .replace(/[*_#:.]+$/g, '')
    .replace(/[’']/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
  if (normalised.size >= NORMALISED_MAX) normalised.clear();
  if (text.length <= 500) normalised.set(detached(text), detached(n));
  return n;
}

interface HeadingRule {
  re: RegExp;
  kind: SectionKind;
  role?: SectionRole;
}

/**
 * The study's data and set-up under a name of its own: "Cohort", "Data cohort", "Dataset description", "Problem
 * formulation", "Preliminaries", "Notation", "Study methodology", "Experimental protocol", "Proposed framework". Weak:
 * under a section of known kind (a "Study cohort" under Results) the parent's kind stays.
 */
export const SETUP_HEADING =
  /^((study|data|patient|clinical) )?cohorts?( (description|selection|definition|construction|and (data|features|methods)))?$|^(data|dataset|datasets|data ?set) (description|preparation|pre-?processing|processing|extraction|acquisition|sources?|and (pre-?processing|preparation|features))$|^problem (formulation|setup|set-up|setting|statement|definition)$|^(preliminaries|notations?|preliminaries and notations?|study methodology|study methods|experimental protocols?|experimental details|proposed (methods|approach|framework|model|system|pipeline))$/i;

/** The work of others: "Related work", "Related prior work", "Previous studies", "Background and related work". Weak too. */
export const RELATED_WORK_HEADING = /^((background|motivation) and )?(related|previous|prior|related prior) (work|works|research|studies|literature)( and (background|motivation))?$/i;

/** Headings of the main kinds; the role headings (funding, ethics, …) come from the role table. */
const KIND_RULES: HeadingRule[] = [
  { re: /^(abstract|summary|structured abstract|author summary|synopsis|plain language summary|eLife digest|digest|highlights|key points|significance( statement)?)$/i, kind: 'abstract' },
  { re: /^(references?|bibliography|literature cited|works cited|reference list|cited literature)$/i, kind: 'references' },
  { re: /^(introduction|background|background and (aims?|objectives?|motivation|rationale)|rationale|motivation|introduction and background|literature review|state of the art|purpose)$/i, kind: 'introduction' },
  { re: RELATED_WORK_HEADING, kind: 'introduction' },
  {
    re: /^((materials?|patients?|subjects?|participants?|data|study population|population) (and|&) (methods?|methodology)|methods?( and materials?)?|methodology|experimental( setup| design| procedures?| methods?| section)?|(research )?(study )?design( and (setting|population|participants|methods?))?|design|(the )?methods? section|online methods|star methods|supplementary (materials? and )?methods|materials|patients|participants|study population|data( and (methods|analysis))?|statistical (analysis|analyses|methods)|experiments?|experimental settings?|implementation( details)?|approach|proposed method|our approach|model|models|dataset|datasets|data collection|evaluation|setting)$/i,
    kind: 'methods',
  },
  { re: SETUP_HEADING, kind: 'methods' },
  { re: /^(results?( and discussions?)?|findings|experimental results|evaluation results|outcomes|experiments and results|experimental results and (discussions?|analysis))$/i, kind: 'results' },
  { re: /^(discussion|discussion and conclusions?|conclusions?|concluding remarks|summary and conclusions?|general discussion|interpretation|comment|implications|future (work|works|directions|research)|outlook|(conclusions?|summary|discussion) and (outlook|future (work|works|directions)))$/i, kind: 'discussion' },
];

/** Back matter without a role of its own. */
const DECLARATIONS_RULE: HeadingRule = {
  re: /^(declarations?|statements? and declarations|additional information|article information|footnotes|notes|competing interests and funding|funding and competing interests)$/i,
  kind: 'declarations',
};

// The first rule that matches the whole normalised heading wins: the kinds, then the roles, then the rest of the
// back matter.
const RULES: HeadingRule[] = [...KIND_RULES, ...ROLE_HEADINGS.map(([re, r]): HeadingRule => ({ re, kind: r.kind, role: r.id })), DECLARATIONS_RULE];

// Looser rules: the heading starts with a kind word ("Methods: data collection", "Results of the pilot").
const PREFIX_RULES: HeadingRule[] = [
  { re: /^(materials? and methods?|methods?|methodology)\b/i, kind: 'methods' },
  { re: /^results?\b/i, kind: 'results' },
  { re: /^(discussion|conclusions?)\b/i, kind: 'discussion' },
  { re: /^introduction\b/i, kind: 'introduction' },
  ...ROLE_HEADING_PREFIXES.map(([re, r]): HeadingRule => ({ re, kind: r.kind, role: r.id })),
];

export interface HeadingClass {
  kind: SectionKind;
  role?: SectionRole;
  /** the heading named a kind itself (not inherited) */
  explicit: boolean;
}

export function classifyHeading(text: string): HeadingClass | undefined {
  const h = normaliseHeading(text);
  if (!h) return undefined;
  for (const r of RULES) if (r.re.test(h)) return { kind: r.kind, ...(r.role ? { role: r.role } : {}), explicit: true };
  // "Methods: data collection", "Results of the pilot": a short heading, or the kind word then a colon/dash
  if (h.length <= 60 && (h.split(' ').length <= 5 || /^[a-z ]+\s*[:–—-]/.test(h))) {
    for (const r of PREFIX_RULES) if (r.re.test(h)) return { kind: r.kind, ...(r.role ? { role: r.role } : {}), explicit: true };
  }
  return undefined;
}

/** Words that are headings when they stand alone on a line of plain text. */
export const STANDALONE_HEADING =
  /^(?:(?:\d+(?:\.\d+)*\.?|[IVX]+\.)\s+)?(abstract|summary|introduction|background|methods?|materials and methods|patients and methods|methodology|results|discussion|conclusions?|references|bibliography|acknowledge?ments?|funding|competing interests|conflicts? of interest|data availability( statement)?|ethics( statement)?|limitations|declarations|author contributions|supplementary (material|information)|abbreviations)\s*:?\s*$/i;
