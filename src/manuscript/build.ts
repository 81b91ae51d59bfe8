import { positionAt, type Block, type Manuscript, type Section, type SectionKind, type Sentence } from './model.js';
import { classifyHeading, normaliseHeading, RELATED_WORK_HEADING, SETUP_HEADING } from './sections.js';
import { appendixClass, isAppendixLabel } from './appendix.js';

const CAPTION_HEADING = /^(table|figure|fig\.?|supplementary (table|figure)|extended data (fig\.?|figure|table))\s*(s?\d+|[ivx]+)\b/i;
const WEAK_SUBHEADING =
  /^(patients|participants|subjects|study population|population|data|dataset|datasets|data collection|setting|settings|design|study design|model|models|evaluation|experiments?|implementation( details)?|approach|materials|statistical (analysis|analyses|methods)|outcomes?|measurements?|procedures?|background|summary|overview|findings)$/;
const ABSTRACT_PART =
  /^(background|objectives?|aims?|purpose|importance|context|introduction|design|study design|setting|settings?|participants|patients|population|design,? setting,? and participants|interventions?|exposures?|methods?|materials and methods|methods and (findings|analysis)|main outcomes?( and)? measures?|main outcome measures?|outcomes?|measurements?|results?|findings|conclusions?|conclusions and relevance|interpretation|relevance|trial registration|registration|clinical trial registration|funding|evidence|key points|keywords)$/;
import { splitSentences } from './sentences.js';
import { checkLimit, tick } from '../limits.js';

export interface BuildOptions {
  path: string;
  format: string;
  size: number;
  metadata?: Record<string, unknown>;
  warnings?: string[];
  title?: string;
}

/**
 * Turn a reader's blocks into sections and sentences. Sections get a kind from their heading (or the reader's
 * hint); a subsection without a recognisable heading inherits its parent's kind, except that any heading that
 * names a kind itself wins, unless it sits inside the abstract (structured abstracts use "Methods", "Results").
 */
export function buildManuscript(blocks: Block[], opts: BuildOptions): Manuscript {
  const sections: Section[] = [];
  const sentences: Sentence[] = [];
  let title = opts.title;

  const front: Section = { index: 0, heading: '', kind: 'other', path: [], depth: 0, start: { line: 1, column: 1, offset: 0 }, startBlock: -1 };
  sections.push(front);
  let current = front;
  // stack of open sections by depth
  const stack: Section[] = [];
  let sawHeading = false;

  // structured abstracts whose parts are headings at the same depth as "Abstract"
  let abstractRun: { depth: number; seen: Set<string> } | null = null;
  let sawBodyHeading = false;

  // sections no heading named a kind of: a top-level one (kind `other` for now) and the subsections that inherit
  // from one; placeUnnamed gives them a kind from where they sit once every section is known
  const unnamed = new Set<number>();
  // a section of the body whose heading names its kind has been seen; the last section opened under each parent
  // (-1: the top level)
  let sawNamedBody = false;
  const lastChild = new Map<number, Section>();
  // appendices and supplements and the sections under them (those classified by their own title, and their
  // subsections that inherit that kind, are marked `appendix` on the section: they do not place unnamed sections)
  const appendices = new Set<number>();

  // content length under each heading until the next heading, and whether that next heading is deeper
  const contentAfter = new Map<number, { chars: number; deeper: boolean }>();
  {
    let open: { i: number; depth: number; chars: number } | null = null;
    blocks.forEach((b, i) => {
      if (b.kind === 'heading' && !CAPTION_HEADING.test(b.text)) {
        if (open) contentAfter.set(open.i, { chars: open.chars, deeper: (b.depth ?? 1) > open.depth });
        open = { i, depth: b.depth ?? 1, chars: 0 };
      } else if (open) open.chars += b.text.length;
    });
    if (open) contentAfter.set((open as { i: number }).i, { chars: (open as { chars: number }).chars, deeper: false });
  }

  const openSection = (b: Block, blockIndex: number) => {
    const depth = b.depth ?? 1;
    while (stack.length && stack[stack.length - 1]!.depth >= depth) stack.pop();
    const parent = stack[stack.length - 1];
    const cls = classifyHeading(b.text);
    let kind = b.sectionHint ?? cls?.kind;
    let role = b.roleHint ?? cls?.role;
    const norm = normaliseHeading(b.text);
    // "Summary" after the body is its closing summary (an abstract only at the front); after the back matter it
    // names no kind
    if (!b.sectionHint && kind === 'abstract' && sawNamedBody && /^(summary|concluding summary)$/.test(norm)) {
      const before = lastChild.get(parent ? parent.index : -1);
      kind = before && BODY_KINDS.has(before.kind) && !before.role && !unnamed.has(before.index) ? 'discussion' : undefined;
      role = undefined;
    }
    if (abstractRun && depth === abstractRun.depth && !b.sectionHint) {
      const after = contentAfter.get(blockIndex);
      const short = after ? after.chars < 2500 && !after.deeper : true;
      if (ABSTRACT_PART.test(norm) && !abstractRun.seen.has(norm) && short && !/^\s*(\d|[IVX]+\.)/.test(b.text)) {
        abstractRun.seen.add(norm);
        kind = 'abstract';
        if (!/registration/.test(norm)) role = undefined;
      } else abstractRun = null;
    }
    // only an empty "Abstract" heading is followed by its parts at the same depth; one with its own paragraph is
    // an unstructured abstract and the next heading starts the body
    if (kind === 'abstract' && !abstractRun && (!parent || parent.kind !== 'abstract') && /^(abstract|summary|structured abstract)$/.test(norm) && (contentAfter.get(blockIndex)?.chars ?? 0) === 0) {
      abstractRun = { depth, seen: new Set() };
    }
    // an appendix classified by its own title ("Appendix B. Implementation details"), and a sub-heading of an
    // appendix that named no kind ("A.1. Preprocessing"): appendix.ts
    const labelled = isAppendixLabel(b.text);
    const underAppendix = parent !== undefined && appendices.has(parent.index);
    const inAppendix = labelled || underAppendix || role === 'supplementary';
    let titled = false;
    if ((!kind || kind === 'other') && (!role || role === 'supplementary') && (labelled || (underAppendix && parent.kind === 'other'))) {
      const ac = appendixClass(b.text, underAppendix && parent.kind === 'other');
      if (ac) {
        kind = ac.kind;
        role = ac.role;
        titled = true;
      }
    }
    // "Patients", "Outcomes", "Data" under Results stay results: only strong headings override the parent
    if (parent && cls && !b.sectionHint && parent.kind !== 'other' && cls.kind !== parent.kind && (WEAK_SUBHEADING.test(norm) || SETUP_HEADING.test(norm) || RELATED_WORK_HEADING.test(norm))) {
      kind = parent.kind;
      role = parent.role;
    }
    // a structured abstract written as "Background:", "Methods:", ... before any body heading
    if (!b.sectionHint && !sawBodyHeading && /:\s*$/.test(b.text) && ABSTRACT_PART.test(norm) && (!parent || parent.kind === 'abstract' || parent.kind === 'other' || /:\s*$/.test(parent.heading))) {
      kind = 'abstract';
      role = undefined;
    }
    if (!/:\s*$/.test(b.text) && !(kind === 'abstract')) sawBodyHeading = true;
    if (parent && parent.kind === 'abstract' && !b.sectionHint && kind !== 'declarations' && kind !== 'references') {
      kind = 'abstract';
      if (role === 'limitations') role = undefined;
    }
    if (parent && parent.kind === 'references' && !b.sectionHint) kind = 'references';
    const named = Boolean(kind);
    if (!kind) kind = parent ? parent.kind : 'other';
    if (!role && parent?.role && kind === parent.kind) role = parent.role;
    if (!named && !role && (!parent || unnamed.has(parent.index))) unnamed.add(sections.length);
    if (inAppendix) appendices.add(sections.length);
    const byTitle = titled || (!named && parent?.appendix === true && kind === parent.kind);
    const sec: Section = {
      index: sections.length,
      heading: b.text.trim(),
      kind,
      ...(role ? { role } : {}),
      path: [...(parent ? parent.path : []), b.text.trim()],
      depth,
      ...(parent ? { parent: parent.index } : {}),
      start: positionAt(b, 0),
      startBlock: blockIndex,
      ...(byTitle ? { appendix: true as const } : {}),
    };
    sections.push(sec);
    stack.push(sec);
    lastChild.set(parent ? parent.index : -1, sec);
    if (named && BODY_KINDS.has(kind) && !titled) sawNamedBody = true;
    current = sec;
    sawHeading = true;
  };

  blocks.forEach((b, blockIndex) => {
    if (b.kind === 'title') {
      if (!title) title = b.text.trim();
      emit(b, blockIndex, titleSection(sections, b, blockIndex));
      return;
    }
    if (b.kind === 'heading' && CAPTION_HEADING.test(b.text)) {
      // "Table 2 Baseline characteristics ..." rendered as a heading is a caption, not a section
      emit({ ...b, kind: 'caption' }, blockIndex, current);
      return;
    }
    if (b.kind === 'heading') {
      // the first depth-1 heading of a document that has no title yet, and is not a section name, is the title
      if (!sawHeading && (b.depth ?? 1) === 1 && !classifyHeading(b.text) && !b.sectionHint && !sections.some((x) => x.kind === 'title')) {
        if (!title) title = b.text.trim();
        emit(b, blockIndex, titleSection(sections, b, blockIndex));
        return;
      }
      openSection(b, blockIndex);
      return;
    }
    // a short first paragraph before any heading is the title (consort-style text files)
    if (!title && !sawHeading && blockIndex === firstContentIndex(blocks) && b.kind === 'paragraph' && b.text.length < 400 && !/[.!?]$/.test(b.text.trim())) {
      title = b.text.trim();
      emit(b, blockIndex, titleSection(sections, b, blockIndex));
      return;
    }
    if (b.kind === 'metadata') return;
    let sec = current;
    if (b.sectionHint && b.sectionHint !== current.kind) {
      sec = { ...current, kind: b.sectionHint, ...(b.roleHint ? { role: b.roleHint } : {}) };
    } else if (b.roleHint && b.roleHint !== current.role) {
      sec = { ...current, role: b.roleHint };
    }
    emit(b, blockIndex, sec);
  });

  function emit(b: Block, blockIndex: number, sec: Section) {
    if (sec.kind === 'references') return; // the reference list is never evidence
    const spans = b.kind === 'table' ? lineSpans(b.text) : splitSentences(b.text);
    for (const [s, e] of spans) {
      tick();
      // runs of white space become one space; most sentences have none but single spaces, and are kept as cut
      const cut = b.text.slice(s, e);
      const text = ODD_SPACE.test(cut) ? cut.replace(/\s+/g, ' ') : cut;
      if (!/[A-Za-z0-9]/.test(text)) continue;
      checkLimit(opts.path, 'sentences', sentences.length + 1, () => `has more than ${sentences.length} sentences`);
      sentences.push({
        index: sentences.length,
        text,
        lower: text.toLowerCase(),
        section: sec,
        block: b.kind,
        blockIndex,
        start: positionAt(b, s),
      });
    }
  }

  placeUnnamed(sections, unnamed);

  return {
    path: opts.path,
    format: opts.format,
    ...(title ? { title } : {}),
    sections,
    sentences,
    metadata: opts.metadata ?? {},
    warnings: opts.warnings ?? [],
    size: opts.size,
  };
}

const BODY_KINDS = new Set(['introduction', 'methods', 'results', 'discussion']);

/**
 * A top-level section whose heading names no kind ("3. Cohort", "Smart toilet system", a methods step under its own
 * name) takes its kind from its place among the sections whose headings do name one: after the Introduction (or a
 * Methods section) and before Methods or Results it is methods; between Methods and the Discussion of a paper that
 * has no Results heading it is results; between Results and the Discussion, results. Before the Introduction,
 * after the Discussion, after the references and under an "Appendix" heading it stays `other`. Its subsections
 * that named no kind either follow it. Sections are changed in place, so their sentences follow too. Appendices
 * classified by their own title (`appendix`) place nothing: they come after the body.
 */
function placeUnnamed(sections: Section[], unnamed: Set<number>): void {
  if (!unnamed.size) return;
  const top = sections.filter((s) => s.parent === undefined && s.index > 0 && s.kind !== 'title');
  const known = (s: Section) => !unnamed.has(s.index) && !s.role && s.kind !== 'other' && !s.appendix;
  const hasResults = sections.some((s) => s.kind === 'results' && !unnamed.has(s.index) && !s.appendix);
  // the nearest known top-level section after each one (one pass from the end; the one before is kept as we go)
  const nextKnown: Array<Section | undefined> = new Array(top.length);
  for (let i = top.length - 1, n: Section | undefined; i >= 0; i--) {
    nextKnown[i] = n;
    if (known(top[i]!)) n = top[i];
  }
  let prev: Section | undefined;
  let sawReferences = false;
  for (let i = 0; i < top.length; i++) {
    const s = top[i]!;
    if (s.kind === 'references') sawReferences = true;
    if (known(s)) prev = s;
    if (!unnamed.has(s.index) || sawReferences || /^\s*(appendix|appendices|supplementa)/i.test(s.heading)) continue;
    const next = nextKnown[i];
    if (!prev || !next) continue;
    let kind: SectionKind | undefined;
    if ((prev.kind === 'introduction' || prev.kind === 'methods') && (next.kind === 'methods' || next.kind === 'results')) kind = 'methods';
    else if (prev.kind === 'methods' && next.kind === 'discussion' && !hasResults) kind = 'results';
    else if (prev.kind === 'results' && (next.kind === 'results' || next.kind === 'discussion')) kind = 'results';
    if (kind) s.kind = kind;
  }
  // subsections that inherited `other` from an unnamed parent follow what it became (parents come first)
  for (const i of unnamed) {
    const s = sections[i]!;
    if (s.parent !== undefined) s.kind = sections[s.parent]!.kind;
  }
}

/** White space that collapsing runs to one space would change: a character other than a space, or two in a row. */
const ODD_SPACE = /[^\S ]|\s\s/;

function titleSection(sections: Section[], b: Block, blockIndex: number): Section {
  let t = sections.find((s) => s.kind === 'title');
  if (!t) {
    t = { index: sections.length, heading: 'Title', kind: 'title', path: ['Title'], depth: 0, start: positionAt(b, 0), startBlock: blockIndex - 1 };
    sections.push(t);
  }
  return t;
}

function firstContentIndex(blocks: Block[]): number {
  return blocks.findIndex((b) => b.kind !== 'metadata');
}

function lineSpans(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text.charCodeAt(i) === 10) {
      if (i > start) out.push([start, i]);
      start = i + 1;
    }
  }
  return out;
}
