/**
 * The abstract scan: the labelled parts of an abstract (Background / Methods / Results / Conclusions), whether
 * headed, inline ("Methods: ...") or run together as top-level headings before the body. Used by `abstract`
 * (structured or not) and `background` (an abstract's Background part counts as background).
 */
import type { Manuscript, Section, Sentence } from '../../manuscript/model.js';
import { normaliseHeading } from '../../manuscript/sections.js';
import { sectionSentences } from '../core/run.js';

// Abstract part labels, grouped: B(ackground/aim), M(ethods), R(esults), C(onclusions).
const LABEL_GROUPS: Array<[RegExp, string]> = [
  [/^(methods? and (results|findings)|materials?,? methods? and results)$/i, 'MR'],
  [/^(background|introduction|importance|context|rationale|purpose|aims?|objectives?|goals?|hypothes[ie]s|summary of background data|rationale and objectives?|background and (aims?|objectives?|purpose)|aims? and objectives?|study objectives?|research question|question|problem|motivation)$/i, 'B'],
  [/^(methods?|methodology|(materials?|patients?|subjects?|participants?) (and|&) methods?|(study |research |experimental )?design( and methods?)?|research design and methods|design,? setting,? (and )?participants|design,? settings?,? participants,? (and )?(interventions?|measurements?)|settings?( and (participants|patients))?|participants|patients|subjects|interventions?|main outcomes? (and )?measures?|(primary )?outcome measures?|main outcome measures?|measurements?( and main results)?|exposures?|procedures?|data sources?|study selection|data extraction|data sources and study selection|approach|study population|population)$/i, 'M'],
  [/^(results?|findings|principal findings|main (results|findings)|key results|outcomes)$/i, 'R'],
  [/^(conclusions?|interpretation|conclusions? and (relevance|implications)|significance|implications?( for (practice|research))?|discussion|clinical (relevance|significance|implications)|relevance|summary)$/i, 'C'],
];


/** The part group (B, M, R, C or MR) of an abstract part label, or undefined when the heading is no such label. */
export function labelGroup(text: string): string | undefined {
  const h = normaliseHeading(text);
  for (const [re, g] of LABEL_GROUPS) if (re.test(h)) return g;
  return undefined;
}

// inline labels at the start of a sentence: "Methods: ...", "Results There was ...", "(2) Methods: ..."
const INLINE_WORDS =
  'methods? and (?:results|findings)|background and (?:aims?|objectives?|purpose)|rationale and objectives?|summary of background data|(?:materials?|patients?|subjects?|participants?) and methods?|research design and methods|design,? settings?,? (?:and )?participants|main outcomes? (?:and )?measures?|(?:primary )?outcome measures?|conclusions? and (?:relevance|implications)|principal findings|main (?:results|findings)|study design|study population|background|introduction|importance|context|rationale|purpose|aims?|objectives?|goals?|hypothes[ie]s|methods?|methodology|design|settings?|participants|patients|interventions?|measurements?|exposures?|data sources?|results?|findings|conclusions?|interpretation|significance|implications|relevance';
const INLINE_MIXED = new RegExp(`^(?:\\(\\d\\)\\s*)?(${INLINE_WORDS})(\\s*[:.–—]\\s*|\\s+)`, 'i');
const INLINE_UPPER = new RegExp(`^(?:\\(\\d\\)\\s*)?(${INLINE_WORDS.toUpperCase().replace(/\(\?:/g, '(?:').replace(/\\S/g, '\\s').replace(/\[:\.–—\]/g, '[:.–—]')})(?=[\\s:.–—]|[A-Z][a-z])`);

function inlineLabel(s: Sentence): string | undefined {
  const t = s.text.trimStart();
  const up = INLINE_UPPER.exec(t);
  if (up) return labelGroup(up[1]!.replace(/\s+/g, ' '));
  const m = INLINE_MIXED.exec(t);
  if (!m) return undefined;
  const first = m[1]!.charCodeAt(0);
  if (first < 65 || first > 90) return undefined; // label must be capitalised
  const sep = m[2]!;
  if (!/[:.–—]/.test(sep)) {
    const next = t.charAt(m[0].length);
    if (!/[A-Z0-9(“"]/.test(next)) return undefined;
    // "Results were ..." is prose; "Results There was ..." / "Methods We ..." is a label
  }
  return labelGroup(m[1]!);
}

function isFrontKind(s: Section): boolean {
  return s.kind === 'abstract' || s.kind === 'title' || s.kind === 'other';
}

export interface AbstractScan {
  groups: Set<string>;
  evidence: Sentence[];
  hasAbstract: boolean;
  rule: string;
}

function addGroups(set: Set<string>, g: string): void {
  for (const c of g) set.add(c);
}

function structuredCount(groups: Set<string>): number {
  return (groups.has('M') ? 1 : 0) + (groups.has('R') ? 1 : 0) + (groups.has('C') ? 1 : 0);
}

export function scanAbstract(ms: Manuscript): AbstractScan {
  const bySec = sectionSentences(ms);
  const hasAbstract = ms.sections.some((s) => s.kind === 'abstract');
  // (a) headed parts inside the abstract
  const headed = new Set<string>();
  const headedEv: Sentence[] = [];
  for (const sec of ms.sections) {
    if (sec.kind !== 'abstract' && !(sec.path.length > 1 && /^(abstract|summary)$/i.test(normaliseHeading(sec.path[0]!)))) continue;
    const g = labelGroup(sec.heading);
    if (!g || sec.path.length < 2) continue;
    addGroups(headed, g);
    const first = bySec[sec.index]?.[0];
    if (first && headedEv.length < 3 && /[MRC]/.test(g)) headedEv.push(first);
  }
  if (structuredCount(headed) >= 2) return { groups: headed, evidence: headedEv, hasAbstract, rule: 'abstract/headed-parts' };

  // (b) inline labels in the abstract or the front matter (text before the first body section)
  const inline = new Set<string>();
  const inlineEv: Sentence[] = [];
  let front = true;
  for (const s of ms.sentences) {
    if (!isFrontKind(s.section)) front = false;
    if (!(s.section.kind === 'abstract' || (front && isFrontKind(s.section)))) continue;
    const g = inlineLabel(s);
    if (!g) continue;
    addGroups(inline, g);
    if (inlineEv.length < 3 && /[MRC]/.test(g)) inlineEv.push(s);
  }
  if (structuredCount(inline) >= 2) return { groups: inline, evidence: inlineEv, hasAbstract, rule: 'abstract/inline-labels' };

  // (c) abstract parts that became top-level headings ("Background:", "Methods:", ...) before the body
  if (!hasAbstract) {
    const run = new Set<string>();
    const runEv: Sentence[] = [];
    for (const sec of ms.sections) {
      if (sec.kind === 'title' || (sec.kind === 'other' && !sec.heading)) continue;
      if (!sec.heading) continue;
      const g = labelGroup(sec.heading);
      const own = bySec[sec.index]?.length ?? 0;
      if (!g || own > 10 || /^introduction$/i.test(normaliseHeading(sec.heading))) break;
      if (own === 0 && /[MR]/.test(g) && runEv.length === 0 && g !== 'MR') break; // an empty "Methods" parent is a body section
      addGroups(run, g);
      const first = bySec[sec.index]?.[0];
      if (first && runEv.length < 3 && /[MRC]/.test(g)) runEv.push(first);
    }
    if (structuredCount(run) >= 2 && run.has('R')) return { groups: run, evidence: runEv, hasAbstract: true, rule: 'abstract/front-headings' };
  }
  return { groups: new Set([...headed, ...inline]), evidence: [], hasAbstract, rule: '' };
}
