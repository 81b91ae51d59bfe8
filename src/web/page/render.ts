/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * Drawing the results: a summary per checklist (counts by status and a bar), the item list (verdict, advice,
 * evidence with its place, "not found — check" candidates) and the manuscript text with the evidence of the
 * chosen item highlighted and scrolled into view. Plain DOM, text set with textContent only.
 */
import type { Evidence } from '../../concepts/types.js';
import type { ChecklistResult, ItemVerdict } from '../../checklists/types.js';
import type { Manuscript, Position } from '../../manuscript/model.js';
import { evidenceLocation, statusWord } from '../../reporters/checklist-model.js';

type Attrs = Record<string, string>;

/** An element with attributes and children (strings become text). */
export function el(tag: string, attrs: Attrs = {}, ...children: Array<Node | string | null>): HTMLElement {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  for (const c of children) if (c !== null) e.append(c);
  return e;
}

const STATUS_ORDER = ['reported', 'partial', 'missing', 'not-applicable', 'needs-review'] as const;
const STATUS_LABEL: Record<string, string> = { reported: 'reported', partial: 'partly reported', missing: 'missing', 'not-applicable': 'not applicable', 'needs-review': 'check by hand' };

/** The class of an item's verdict badge: "not found — check" is its own colour. */
const verdictClass = (it: ItemVerdict) => (it.status === 'missing' && it.candidate ? 's-check' : `s-${it.status}`);

export function renderSummaries(host: HTMLElement, checklists: ChecklistResult[]): void {
  host.replaceChildren(
    ...checklists.map((cl) => {
      const s = cl.summary;
      const counts = STATUS_ORDER.filter((k) => s[k] > 0).map((k) => `${s[k]} ${STATUS_LABEL[k]}`);
      const bar = el('div', { class: 'bar', role: 'img', 'aria-label': `${cl.name}: ${counts.join(', ')} of ${s.total} items` });
      for (const k of STATUS_ORDER) if (s[k] > 0) bar.append(el('span', { class: `s-${k}`, style: `width:${((100 * s[k]) / s.total).toFixed(2)}%`, title: `${s[k]} ${STATUS_LABEL[k]}` }));
      return el('div', { class: 'summary' }, el('h4', {}, cl.name), el('ul', { class: 'counts' }, ...counts.map((c) => el('li', {}, c))), bar);
    }),
  );
}

export interface ItemFilters {
  problemsOnly: boolean;
  missingFirst: boolean;
}

const isProblem = (it: ItemVerdict) => it.status === 'missing' || it.status === 'partial' || it.status === 'needs-review';
const rank = (it: ItemVerdict) => (it.status === 'missing' ? 0 : it.status === 'partial' ? 1 : it.status === 'needs-review' ? 2 : 3);

/** What a click on an item or a piece of evidence asks the text pane to show. */
export type ShowEvidence = (evidence: Evidence[], candidate: Evidence | undefined, focus: Evidence | undefined) => void;

export function renderItems(host: HTMLElement, checklists: ChecklistResult[], filters: ItemFilters, path: string, show: ShowEvidence): void {
  host.replaceChildren();
  for (const cl of checklists) {
    let items = cl.items.filter((it) => !filters.problemsOnly || isProblem(it));
    if (filters.missingFirst) items = [...items].sort((a, b) => rank(a) - rank(b));
    const list = el('ul', { class: 'item-list', 'aria-label': `${cl.name} items` });
    for (const it of items) list.append(renderItem(cl, it, path, show));
    host.append(el('h4', {}, `${cl.name} (${items.length} of ${cl.items.length} items shown)`), items.length ? list : el('p', {}, 'No item to show with these filters.'));
  }
}

function renderItem(cl: ChecklistResult, it: ItemVerdict, path: string, show: ShowEvidence): HTMLElement {
  const id = `item-${cl.id}-${it.id}`.replace(/[^\w-]/g, '_');
  const word = statusWord(it);
  const toggle = el('button', { type: 'button', class: 'item-toggle', 'aria-expanded': 'false', 'aria-controls': `${id}-body`, 'data-item': `${cl.id}/${it.id}` },
    el('span', { class: `verdict ${verdictClass(it)}` }, word),
    el('span', {}, `${it.id}. ${it.topic}`),
  );
  const body = el('div', { id: `${id}-body`, class: 'item-body', hidden: '' });
  body.append(el('p', { class: 'place' }, `Section: ${it.section} · concepts: ${it.concepts.join(', ')}`));
  if (it.reason) body.append(el('p', {}, el('strong', {}, it.status === 'missing' ? 'What to add: ' : 'Note: '), it.reason));
  if (it.evidence.length) {
    body.append(el('p', {}, el('strong', {}, 'Evidence')));
    const ul = el('ul');
    for (const e of it.evidence) ul.append(el('li', {}, evidenceButton(e, path, () => show(it.evidence, it.candidate, e)), ' ', el('span', { class: 'place' }, `(${evidenceLocation(e, path) || 'no place'}${e.section && e.paragraph === undefined ? `, ${e.section}` : ''})`)));
    body.append(ul);
  }
  if (it.candidate) {
    const c = it.candidate;
    body.append(
      el('p', {}, el('strong', {}, 'Not found — check: '), 'this is the closest sentence, below the threshold; confirm it reports the item or add what is missing.'),
      el('p', {}, evidenceButton(c, path, () => show(it.evidence, c, c)), ' ', el('span', { class: 'place' }, `(${evidenceLocation(c, path)})`)),
    );
  }
  toggle.addEventListener('click', () => {
    const open = toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', String(open));
    body.hidden = !open;
    if (open) show(it.evidence, it.candidate, undefined);
  });
  return el('li', { class: 'item' }, el('h5', { class: 'visually-hidden' }, `${it.id} ${it.topic}: ${word}`), toggle, body);
}

function evidenceButton(e: Evidence, _path: string, onClick: () => void): HTMLElement {
  const b = el('button', { type: 'button', class: 'evidence-link', title: 'Show in the manuscript text' }, `“${e.text}”`);
  b.addEventListener('click', onClick);
  return b;
}

// ---------------------------------------------------------------------------------------------------------
// the manuscript text

const posKey = (p: Pick<Position, 'line' | 'column' | 'page' | 'paragraph'>) => `${p.page ?? ''}|${p.paragraph ?? ''}|${p.line ?? ''}|${p.column ?? ''}`;

/** Sentence spans by place and by text, for finding a piece of evidence in the text pane. */
export interface TextIndex {
  byPlace: Map<string, HTMLElement>;
  byText: Map<string, HTMLElement>;
}

export function renderText(host: HTMLElement, ms: Manuscript): TextIndex {
  const index: TextIndex = { byPlace: new Map(), byText: new Map() };
  host.replaceChildren();
  let section = -1;
  let block = -1;
  let para: HTMLElement | null = null;
  for (const s of ms.sentences) {
    if (s.section.index !== section) {
      section = s.section.index;
      if (s.section.heading) host.append(el('h4', {}, s.section.heading));
    }
    if (s.blockIndex !== block || !para) {
      block = s.blockIndex;
      para = el('p');
      host.append(para);
    }
    const span = el('span', { 'data-sentence': String(s.index), tabindex: '-1' }, s.text);
    para.append(span, ' ');
    index.byPlace.set(posKey(s.start), span);
    if (!index.byText.has(s.text)) index.byText.set(s.text, span);
  }
  return index;
}

function find(index: TextIndex, e: Evidence): HTMLElement | undefined {
  const exact = index.byPlace.get(posKey(e)) ?? index.byText.get(e.text);
  if (exact) return exact;
  for (const [text, span] of index.byText) if (text.includes(e.text) || e.text.includes(text)) return span;
  return undefined;
}

/** Highlight the evidence (and a candidate, dashed) and scroll the first one, or `focus`, into view. */
export function highlight(host: HTMLElement, index: TextIndex, evidence: Evidence[], candidate: Evidence | undefined, focus: Evidence | undefined): void {
  for (const m of host.querySelectorAll('mark')) m.replaceWith(...m.childNodes);
  const wrap = (e: Evidence, cls: string) => {
    const span = find(index, e);
    if (!span) return undefined;
    const mark = el('mark', cls ? { class: cls } : {});
    span.replaceWith(mark);
    mark.append(span);
    return span;
  };
  const spans = evidence.map((e) => wrap(e, ''));
  const cand = candidate ? wrap(candidate, 'candidate') : undefined;
  const target = focus ? (focus === candidate ? cand : spans[evidence.indexOf(focus)]) : (spans.find(Boolean) ?? cand);
  target?.scrollIntoView({ block: 'center', behavior: 'auto' });
  if (focus && target) target.focus({ preventScroll: true });
}
