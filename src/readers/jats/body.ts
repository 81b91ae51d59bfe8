/**
 * The JATS walker's block flow: paragraphs (splitting at block-level children), sections with their kind and
 * role hints, lists, definition lists, footnote groups and back-matter-like sections met in the body.
 */
import type { Element } from 'xast';
import type { Block, SectionKind, SectionRole } from '../../manuscript/model.js';
import { roleOfJatsText as roleFromText, roleOfJatsType as roleFor, roleTitle } from '../../manuscript/roles.js';
import { MappedBuilder } from '../source-util.js';
import { JatsFloats } from './floats.js';
import { attr, child, isEl, kids, plain } from './xml.js';

/** Elements that start their own block when met inside a paragraph. */
const BLOCKISH = new Set([
  'p', 'sec', 'fig', 'fig-group', 'table-wrap', 'table-wrap-group', 'list', 'boxed-text', 'disp-quote',
  'supplementary-material', 'def-list', 'statement', 'speech', 'verse-group', 'preformat', 'code', 'table',
  'array', 'glossary', 'chem-struct-wrap', 'question-wrap', 'answer', 'question', 'explanation',
]);

const SEC_TYPE_KIND: [RegExp, SectionKind][] = [
  [/^(intro|introduction|background)$/, 'introduction'],
  [/(^|\|)(methods|materials|materials-methods|subjects|patients|cases|methodology|experimental)(\||$)/, 'methods'],
  [/^results/, 'results'],
  [/^(discussion|conclusions?|discussion\|conclusions?)$/, 'discussion'],
  [/^(data-availability|funding|funding-information|coi-statement|competing-interests?|ethics-statement|ethics|additional-information|author-contributions?|acknowledg(e)?ments?|abbreviations)$/, 'declarations'],
  [/^(supplementary-material|supplementary|display-objects|appendix|appendices)$/, 'other'],
];

/** The section kind a `sec-type` attribute names, if any. */
export function kindFor(secType: string): SectionKind | undefined {
  const t = secType.toLowerCase();
  for (const [re, k] of SEC_TYPE_KIND) if (re.test(t)) return k;
  return undefined;
}

/** Elements that are inline-like when met directly in a flow container (mixed content). */
const INLINE_LIKE = new Set([
  'italic', 'bold', 'sup', 'sub', 'xref', 'ext-link', 'uri', 'named-content', 'styled-content', 'sc', 'monospace',
  'underline', 'email', 'inline-formula', 'break', 'abbrev', 'roman', 'sans-serif', 'overline', 'strike',
  'inline-supplementary-material', 'related-article', 'funding-source', 'award-id', 'institution', 'ruby',
]);
const FLOW_ONLY = new Set(['sec', 'p']);

export class JatsBody extends JatsFloats {
  /** A paragraph-like element whose children may include block-level elements. */
  para(el: Element, depth: number, kind: Block['kind'] = 'paragraph'): void {
    let b = new MappedBuilder();
    for (const c of el.children) {
      if (isEl(c) && BLOCKISH.has(c.name)) {
        this.emit(b, kind);
        b = new MappedBuilder();
        this.flowEl(c, depth);
      } else this.inline(c, b);
    }
    this.emit(b, kind);
  }

  flow(el: Element, depth: number, skip: Set<string> = new Set()): void {
    let b = new MappedBuilder();
    for (const c of el.children) {
      if (isEl(c) && skip.has(c.name)) continue;
      if (isEl(c) && !BLOCKISH.has(c.name) && !FLOW_ONLY.has(c.name) && (c.name.includes('formula') || INLINE_LIKE.has(c.name))) {
        this.inline(c, b);
        continue;
      }
      if (c.type === 'text' || c.type === 'cdata') {
        this.inline(c, b);
        continue;
      }
      if (!isEl(c)) continue;
      this.emit(b, 'paragraph');
      b = new MappedBuilder();
      this.flowEl(c, depth);
    }
    this.emit(b, 'paragraph');
  }

  flowEl(c: Element, depth: number, hint?: { kind?: SectionKind; role?: SectionRole }): void {
    switch (c.name) {
      case 'p':
        return this.para(c, depth);
      case 'sec':
        return this.sec(c, depth + 1, hint);
      case 'title':
      case 'label':
      case 'sec-meta':
      case 'ref-list':
      case 'sub-article':
      case 'response':
      case 'graphic':
      case 'media':
      case 'disp-formula':
      case 'disp-formula-group':
      case 'preformat':
      case 'code':
      case 'object-id':
      case 'permissions':
      case 'kwd-group':
      case 'x':
        return;
      case 'fig':
      case 'supplementary-material':
      case 'chem-struct-wrap':
        return this.figure(c);
      case 'fig-group':
      case 'table-wrap-group': {
        this.figure(c);
        for (const f of kids(c)) if (f.name === 'fig' || f.name === 'table-wrap') this.flowEl(f, depth);
        return;
      }
      case 'table-wrap':
        return this.tableWrap(c);
      case 'table':
      case 'array':
        return this.table(c);
      case 'list':
        return this.list(c, depth);
      case 'def-list':
      case 'glossary':
        return this.defList(c, depth);
      case 'boxed-text': {
        this.figure(c);
        return this.flow(c, depth, new Set(['caption', 'label']));
      }
      case 'fn-group':
        return this.fnGroup(c, depth + 1);
      case 'fn':
        return this.fnGroup({ ...c, name: 'fn-group', children: [c] } as Element, depth + 1);
      case 'ack':
        return this.backSection(c, depth + 1, 'acknowledgements');
      case 'app-group':
        return this.flow(c, depth);
      case 'app':
        return this.sec(c, depth + 1, { kind: 'other' });
      case 'notes':
        return this.backSection(c, depth + 1, roleFor(attr(c, 'notes-type')));
      case 'caption':
        return this.para(c, depth, 'caption');
      default:
        return this.flow(c, depth);
    }
  }

  sec(el: Element, depth: number, hint?: { kind?: SectionKind; role?: SectionRole }): void {
    const title = child(el, 'title');
    const secType = attr(el, 'sec-type');
    const kind = hint?.kind ?? (depth === 1 ? kindFor(secType) : undefined);
    let role = hint?.role ?? roleFor(secType);
    if (!role && /data-availability/.test(secType)) role = 'data_availability';
    let d = depth;
    if (title && plain(title).trim()) this.heading(title, depth, title, kind, role);
    else if (kind || role) this.heading(role ? roleTitle(role) : (attr(el, 'sec-type') || 'Section'), depth, el, kind ?? 'declarations', role);
    else d = depth - 1; // untitled sections do not add a level
    this.flow(el, d, new Set(['title', 'label', 'sec-meta']));
  }

  backSection(el: Element, depth: number, role?: SectionRole): void {
    const title = child(el, 'title');
    const r = role ?? (title ? roleFromText(plain(title)) : undefined);
    if (title && plain(title).trim()) this.heading(title, depth, title, 'declarations', r);
    else this.heading(r ? roleTitle(r) : 'Notes', depth, el, 'declarations', r);
    this.flow(el, depth, new Set(['title', 'label']));
  }

  list(el: Element, depth: number): void {
    for (const item of kids(el)) {
      if (item.name === 'title') {
        const b = new MappedBuilder();
        this.inlineAll(item, b);
        this.emit(b, 'paragraph');
        continue;
      }
      if (item.name !== 'list-item') continue;
      let b = new MappedBuilder();
      for (const c of item.children) {
        if (isEl(c) && c.name === 'p') {
          let inner = false;
          for (const pc of c.children) {
            if (isEl(pc) && BLOCKISH.has(pc.name)) {
              this.emit(b, 'list-item');
              b = new MappedBuilder();
              this.flowEl(pc, depth);
              inner = true;
            } else this.inline(pc, b);
          }
          if (!inner) b.sep();
        } else if (isEl(c) && (c.name === 'list' || BLOCKISH.has(c.name))) {
          this.emit(b, 'list-item');
          b = new MappedBuilder();
          this.flowEl(c, depth);
        } else if (isEl(c) && c.name === 'label') {
          continue;
        } else this.inline(c, b);
      }
      this.emit(b, 'list-item');
    }
  }

  defList(el: Element, depth: number): void {
    const title = child(el, 'title');
    if (title) {
      const b = new MappedBuilder();
      this.inlineAll(title, b);
      this.emit(b, 'paragraph');
    }
    for (const c of kids(el)) {
      if (c.name === 'def-item') {
        const b = new MappedBuilder();
        for (const part of kids(c)) {
          if (part.name === 'term') {
            this.inlineAll(part, b);
            b.synthetic(':');
            b.sep();
          } else if (part.name === 'def') {
            for (const p of kids(part)) {
              this.inlineAll(p, b);
              b.sep();
            }
          }
        }
        this.emit(b, 'list-item');
      } else if (c.name === 'def-list') this.defList(c, depth);
    }
  }

  /** fn-group: one heading per run of notes with the same role. */
  fnGroup(el: Element, depth: number, fallbackRole?: SectionRole): void {
    const title = child(el, 'title');
    const groupRole = roleFor(attr(el, 'content-type')) ?? (title ? roleFromText(plain(title)) : undefined) ?? fallbackRole;
    if (title && plain(title).trim()) {
      this.heading(title, depth, title, 'declarations', groupRole);
      for (const fn of kids(el)) if (fn.name === 'fn') this.flow(fn, depth, new Set(['label', 'title']));
      return;
    }
    let current: SectionRole | 'none' | undefined;
    for (const fn of kids(el)) {
      if (fn.name !== 'fn') continue;
      const role = groupRole ?? roleFor(attr(fn, 'fn-type')) ?? roleFromText(plain(fn).trim());
      const key = role ?? 'none';
      if (key !== current) {
        const fnTitle = child(fn, 'title');
        if (fnTitle && plain(fnTitle).trim()) this.heading(fnTitle, depth, fnTitle, 'declarations', role);
        else this.heading(role ? roleTitle(role) : 'Notes', depth, fn, 'declarations', role);
        current = key;
      }
      this.flow(fn, depth, new Set(['label', 'title']));
    }
  }
}
