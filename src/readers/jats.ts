/**
 * JATS / NLM XML reader (PMC, PLOS, eLife, …). Emits the article title, abstract(s), body sections, back
 * matter (acknowledgements, funding, competing interests, ethics, data availability, …) with section/role
 * hints, figure/table captions and table text. Reference lists and eLife `<sub-article>` peer-review material
 * are excluded. Every block maps back to line/column/offset in the XML.
 */
import { fromXml } from 'xast-util-from-xml';
import type { Element, ElementContent, Root, RootContent } from 'xast';
import type { Block, Position, SectionKind, SectionRole } from '../manuscript/model.js';
import { roleOfJatsText as roleFromText, roleOfJatsType as roleFor, roleTitle } from '../manuscript/roles.js';
import { InputError, type Reader, type ReaderInput, type ReaderOutput } from './types.js';
import { LineIndex, MappedBuilder, alignPieces, decodeEntity, syntheticBlock } from './source-util.js';

type XNode = Root | RootContent | ElementContent;

const PLACEHOLDER = '\uE000';

/** Replace the `&` of named entities XML does not predefine with a same-length placeholder. */
function protectEntities(text: string): string {
  return text.replace(/&([A-Za-z][A-Za-z0-9._-]*);/g, (m, name: string) =>
    name === 'lt' || name === 'gt' || name === 'amp' || name === 'quot' || name === 'apos' ? m : PLACEHOLDER + m.slice(1),
  );
}

function restoreEntities(value: string): string {
  if (!value.includes(PLACEHOLDER)) return value;
  return value.replace(/\uE000([A-Za-z][A-Za-z0-9._-]*);/g, (_m, name: string) => decodeEntity(name) ?? `&${name};`);
}

function parseXml(text: string, path: string): Root {
  try {
    return fromXml(protectEntities(text));
  } catch (e) {
    const err = e as { line?: number; column?: number; cause?: { message?: string }; reason?: string; message?: string };
    const reason = (err.cause?.message ?? err.reason ?? err.message ?? 'parse error')
      .split('\n')[0]!
      .replace(/\s*\(line \d+, column \d+\)\s*$/, '')
      .trim();
    throw new InputError(path, `malformed XML at line ${err.line ?? '?'}, column ${err.column ?? '?'}: ${reason}`);
  }
}

const isEl = (n: XNode | undefined): n is Element => !!n && n.type === 'element';
const kids = (el: Element): Element[] => el.children.filter(isEl);
const child = (el: Element, name: string): Element | undefined => kids(el).find((c) => c.name === name);
const attr = (el: Element, name: string): string => (el.attributes[name] ?? '').toString();

function find(el: Element | Root, name: string, stop: Set<string> = new Set()): Element | undefined {
  for (const c of el.children) {
    if (!isEl(c)) continue;
    if (c.name === name) return c;
    if (stop.has(c.name)) continue;
    const r = find(c, name, stop);
    if (r) return r;
  }
  return undefined;
}

function findAll(el: Element, name: string, out: Element[] = []): Element[] {
  for (const c of kids(el)) {
    if (c.name === name) out.push(c);
    else findAll(c, name, out);
  }
  return out;
}

/** Plain text of an element (no positions), for metadata. */
function plain(n: XNode): string {
  if (n.type === 'text' || n.type === 'cdata') return restoreEntities(n.value);
  if (n.type === 'element' || n.type === 'root') return n.children.map(plain).join(n.type === 'element' && FIELD.has(n.name) ? ' ' : '');
  return '';
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Elements that separate words inside citations and names. */
const FIELD = new Set([
  'name', 'surname', 'given-names', 'prefix', 'suffix', 'collab', 'year', 'source', 'data-title', 'article-title',
  'pub-id', 'person-group', 'volume', 'issue', 'fpage', 'lpage', 'publisher-name', 'publisher-loc', 'etal',
  'institution', 'award-id', 'funding-source', 'version', 'date-in-citation', 'comment', 'chapter-title',
  'string-name', 'elocation-id', 'addr-line', 'country',
]);

/** Inline elements skipped entirely. */
const INLINE_SKIP = new Set([
  'graphic', 'inline-graphic', 'media', 'object-id', 'disp-formula', 'disp-formula-group', 'fn', 'ref-list',
  'sub-article', 'response', 'mml:annotation', 'mml:annotation-xml', 'annotation', 'annotation-xml', 'label',
  'x', 'processing-meta', 'private-char', 'alt-text', 'long-desc', 'permissions', 'attrib', 'tex-math',
]);

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

function kindFor(secType: string): SectionKind | undefined {
  const t = secType.toLowerCase();
  for (const [re, k] of SEC_TYPE_KIND) if (re.test(t)) return k;
  return undefined;
}

class JatsWalker {
  blocks: Block[] = [];
  metadata: Record<string, unknown> = {};
  title?: string;
  private src: LineIndex;

  constructor(text: string, path: string) {
    this.src = new LineIndex(text);
    void path;
  }

  pos(el: XNode): Position {
    return this.src.pos(el.position?.start.offset ?? 0);
  }

  // ---------- inline text ----------

  inline(n: XNode, b: MappedBuilder): void {
    if (n.type === 'text' || n.type === 'cdata') {
      const p = n.position;
      const value = restoreEntities(n.value);
      if (!p || p.start.offset === undefined || p.end.offset === undefined) {
        b.push(value, null, 0, false);
        return;
      }
      let start = p.start.offset;
      let raw = this.src.text.slice(start, p.end.offset);
      if (n.type === 'cdata' && raw.startsWith('<![CDATA[')) {
        start += 9;
        raw = raw.slice(9, raw.endsWith(']]>') ? -3 : undefined);
      }
      b.pushPieces(alignPieces(raw, start, value), this.src);
      return;
    }
    if (n.type !== 'element') return;
    const name = n.name;
    if (INLINE_SKIP.has(name) || name.startsWith('mml:annotation')) {
      if (name === 'disp-formula' || name === 'fn') b.sep();
      return;
    }
    if (name === 'break') return b.sep();
    if (name === 'alternatives') {
      const pick = n.children.find((c) => isEl(c) && (c.name === 'mml:math' || c.name === 'math')) ?? n.children.find((c) => isEl(c) && c.name !== 'graphic' && c.name !== 'inline-graphic');
      if (pick) this.inline(pick, b);
      return;
    }
    if (name === 'inline-formula') {
      const hasMath = find(n, 'mml:math') ?? find(n, 'math');
      const tex = find(n, 'tex-math');
      if (!hasMath && tex) {
        b.push(plain(tex).replace(/\\[a-zA-Z]+|[{}^_$]/g, ' '), this.src, tex.position?.start.offset ?? 0, false);
        return;
      }
    }
    const field = FIELD.has(name);
    if (field) b.sep();
    for (const c of n.children) this.inline(c, b);
    if (field) b.sep();
  }

  inlineAll(el: Element, b: MappedBuilder, skip: Set<string> = new Set()): void {
    for (const c of el.children) if (!(isEl(c) && skip.has(c.name))) this.inline(c, b);
  }

  emit(b: MappedBuilder, kind: Block['kind'], extra: Partial<Block> = {}): void {
    const blk = b.block(kind, extra);
    if (blk) this.blocks.push(blk);
  }

  heading(text: string | Element, depth: number, at: XNode, sectionHint?: SectionKind, roleHint?: SectionRole): void {
    const extra: Partial<Block> = { depth };
    if (sectionHint) extra.sectionHint = sectionHint;
    if (roleHint) extra.roleHint = roleHint;
    if (typeof text === 'string') {
      this.blocks.push(syntheticBlock('heading', text, this.pos(at), extra));
      return;
    }
    const b = new MappedBuilder();
    this.inlineAll(text, b);
    const blk = b.block('heading', extra);
    if (blk) this.blocks.push(blk);
    else this.blocks.push(syntheticBlock('heading', roleHint ? roleTitle(roleHint) : 'Section', this.pos(at), extra));
  }

  // ---------- block flow ----------

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

  /** Caption block of a figure / table / box / supplementary file: label + caption title + caption paragraphs. */
  figure(el: Element): void {
    const b = new MappedBuilder();
    const label = child(el, 'label');
    if (label) {
      this.inlineAll(label, b);
      b.sep();
    }
    const cap = child(el, 'caption');
    if (cap) {
      for (const c of cap.children) {
        if (isEl(c) && (c.name === 'title' || c.name === 'p')) {
          this.inlineAll(c, b);
          b.sep();
        } else this.inline(c, b);
      }
    }
    if (!cap && !label) return;
    this.emit(b, 'caption');
  }

  tableWrap(el: Element): void {
    this.figure(el);
    for (const c of kids(el)) {
      if (c.name === 'table' || c.name === 'array') this.table(c);
      else if (c.name === 'alternatives') {
        const t = find(c, 'table');
        if (t) this.table(t);
      } else if (c.name === 'table-wrap-foot') {
        this.footCaptions(c);
      }
    }
  }

  /** Table footnotes become caption blocks. */
  footCaptions(el: Element): void {
    for (const f of kids(el)) {
      if (f.name === 'title' || f.name === 'label') continue;
      if (f.name === 'p') this.para(f, 0, 'caption');
      else this.footCaptions(f);
    }
  }

  table(el: Element): void {
    const b = new MappedBuilder();
    for (const tr of findAll(el, 'tr')) {
      if (!b.empty) b.synthetic('\n');
      let first = true;
      for (const cell of kids(tr)) {
        if (cell.name !== 'td' && cell.name !== 'th') continue;
        if (!first) b.synthetic(' | ');
        first = false;
        const before = b.text.length;
        this.inlineAll(cell, b);
        if (b.text.length === before) b.synthetic(' ');
      }
    }
    const blk = b.block('table');
    if (!blk) return;
    const first = blk.segments[0];
    if (first && first.pos.line === undefined) first.pos = this.pos(el);
    this.blocks.push(blk);
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

  // ---------- article parts ----------

  front(article: Element): Element[] {
    const deferred: Element[] = [];
    const meta = find(article, 'article-meta', new Set(['sub-article']));
    const journal = find(article, 'journal-meta', new Set(['sub-article']));
    if (journal) {
      const jt = find(journal, 'journal-title');
      if (jt) this.metadata.journal = norm(plain(jt));
    }
    if (attr(article, 'article-type')) this.metadata.articleType = attr(article, 'article-type');
    if (!meta) return deferred;
    for (const id of kids(meta).filter((c) => c.name === 'article-id')) {
      const t = attr(id, 'pub-id-type');
      if (t === 'doi' || t === 'pmid' || t === 'pmcid' || t === 'pmc') this.metadata[t === 'pmc' ? 'pmcid' : t] = norm(plain(id));
    }
    const pub = kids(meta).find((c) => c.name === 'pub-date');
    if (pub) {
      const y = child(pub, 'year');
      if (y) this.metadata.year = norm(plain(y));
    }
    const kw = kids(meta).filter((c) => c.name === 'kwd-group');
    const keywords = kw.flatMap((g) => kids(g).filter((k) => k.name === 'kwd').map((k) => norm(plain(k))));
    if (keywords.length) this.metadata.keywords = keywords;
    const subjects = findAll(meta, 'subject').map((s) => norm(plain(s)));
    if (subjects.length) this.metadata.subjects = subjects;

    const tg = child(meta, 'title-group');
    const at = tg && child(tg, 'article-title');
    if (at) {
      const b = new MappedBuilder();
      this.inlineAll(at, b, new Set(['xref', 'fn']));
      const sub = tg && child(tg, 'subtitle');
      if (sub) {
        b.synthetic(': ');
        this.inlineAll(sub, b);
      }
      const blk = b.block('title', { sectionHint: 'title' });
      if (blk) {
        this.blocks.push(blk);
        this.title = blk.text;
      }
    }
    const abstracts = kids(meta).filter((c) => c.name === 'abstract');
    abstracts.sort((a, b) => Number(!!attr(a, 'abstract-type')) - Number(!!attr(b, 'abstract-type')));
    for (const ab of abstracts) this.abstract(ab);

    for (const c of kids(meta)) {
      if (c.name === 'funding-group' || c.name === 'author-notes' || c.name === 'custom-meta-group' || c.name === 'custom-meta-wrap') deferred.push(c);
      if (c.name === 'trans-abstract') continue;
    }
    return deferred;
  }

  abstract(ab: Element): void {
    const type = attr(ab, 'abstract-type').toLowerCase();
    const main = !type || type === 'structured' || type === 'abstract' || type === 'normal';
    const title = child(ab, 'title');
    if (!main && (type === 'toc' || type === 'teaser' || type === 'graphical' || type === 'web-summary')) return;
    if (title && plain(title).trim()) this.heading(title, 1, title, main ? 'abstract' : 'other');
    else this.heading(main ? 'Abstract' : type === 'executive-summary' ? 'Digest' : 'Summary', 1, ab, main ? 'abstract' : 'other');
    for (const c of kids(ab)) {
      if (c.name === 'title' || c.name === 'label' || c.name === 'object-id') continue;
      if (c.name === 'sec') {
        const st = child(c, 'title');
        if (st && plain(st).trim()) this.heading(st, 2, st, main ? 'abstract' : 'other');
        this.flow(c, 2, new Set(['title', 'label']));
      } else this.flowEl(c, 1);
    }
  }

  /** Front-matter declarations (funding-group, author notes, custom-meta) emitted after the back matter. */
  declarations(els: Element[]): void {
    for (const el of els) {
      if (el.name === 'funding-group') {
        this.heading('Funding', 1, el, 'declarations', 'funding');
        const stmts = findAll(el, 'funding-statement');
        for (const s of stmts) this.para(s, 1);
        if (!stmts.length) {
          for (const g of kids(el).filter((c) => c.name === 'award-group')) {
            const b = new MappedBuilder();
            for (const part of kids(g)) {
              if (part.name === 'funding-source' || part.name === 'award-id') {
                this.inline(part, b);
                b.sep();
              }
            }
            this.emit(b, 'paragraph');
          }
        }
      } else if (el.name === 'author-notes') {
        const fns = kids(el).filter((c) => c.name === 'fn' || c.name === 'fn-group');
        const kept = fns.filter((fn) => {
          const t = attr(fn, 'fn-type');
          if (/^(equal|present-address|deceased|current-aff|corresp|on-leave|abbr)$/.test(t)) return false;
          if (/contributed equally|equal(ly)? contribut/i.test(plain(fn)) && (!t || t === 'con' || t === 'other')) return false;
          return !!(roleFor(t) ?? roleFromText(plain(fn).trim())) || t === 'other' || !t;
        });
        if (!kept.length) continue;
        const group = { ...el, name: 'fn-group', children: kept } as Element;
        this.fnGroup(group, 1);
      } else {
        for (const cm of findAll(el, 'custom-meta')) {
          const name = child(cm, 'meta-name');
          const value = child(cm, 'meta-value');
          if (!name || !value) continue;
          const n = norm(plain(name));
          const role = roleFor(n.toLowerCase().replace(/\s+/g, '-')) ?? roleFromText(n);
          if (role) {
            this.heading(name, 1, name, 'declarations', role);
            this.para(value, 1);
          } else {
            const meta = (this.metadata.customMeta ??= {}) as Record<string, string>;
            meta[n] = norm(plain(value));
          }
        }
      }
    }
  }

  back(back: Element): void {
    for (const c of kids(back)) {
      switch (c.name) {
        case 'ref-list':
        case 'label':
        case 'title':
          continue;
        case 'ack':
          this.backSection(c, 1, 'acknowledgements');
          break;
        case 'fn-group':
          this.fnGroup(c, 1);
          break;
        case 'glossary':
          if (child(c, 'title')) this.heading(child(c, 'title')!, 1, c, 'declarations', 'abbreviations');
          else this.heading('Abbreviations', 1, c, 'declarations', 'abbreviations');
          this.flow(c, 1, new Set(['title', 'label']));
          break;
        case 'sec': {
          const title = child(c, 'title');
          const t = title ? plain(title).trim() : '';
          const st = attr(c, 'sec-type');
          const role = roleFor(st) ?? (t ? roleFromText(t) : undefined);
          this.sec(c, 1, { kind: kindFor(st) ?? (role ? 'declarations' : undefined), role });
          break;
        }
        case 'notes':
          this.backSection(c, 1, roleFor(attr(c, 'notes-type')));
          break;
        default:
          this.flowEl(c, 0);
      }
    }
  }
}

/** Elements that are inline-like when met directly in a flow container (mixed content). */
const INLINE_LIKE = new Set([
  'italic', 'bold', 'sup', 'sub', 'xref', 'ext-link', 'uri', 'named-content', 'styled-content', 'sc', 'monospace',
  'underline', 'email', 'inline-formula', 'break', 'abbrev', 'roman', 'sans-serif', 'overline', 'strike',
  'inline-supplementary-material', 'related-article', 'funding-source', 'award-id', 'institution', 'ruby',
]);
const FLOW_ONLY = new Set(['sec', 'p']);

export function readJatsString(text: string, path: string): ReaderOutput {
  const src = text.replace(/^\uFEFF/, '');
  const root = parseXml(src, path);
  const w = new JatsWalker(src, path);
  const article = (root.children.find((c) => isEl(c) && c.name === 'article') as Element | undefined) ?? find(root, 'article') ?? (root.children.find(isEl) as Element | undefined);
  if (!article) throw new InputError(path, 'XML has no root element');
  const front = child(article, 'front');
  const deferred = front ? w.front(article) : [];
  const body = child(article, 'body');
  if (body) w.flow(body, 0, new Set(['sub-article', 'response']));
  const back = child(article, 'back');
  if (back) w.back(back);
  const floats = child(article, 'floats-group');
  if (floats) w.flow(floats, 0);
  w.declarations(deferred);
  if (!front && !body && !back) w.flow(article, 0, new Set(['sub-article', 'response', 'ref-list']));
  const out: ReaderOutput = { blocks: w.blocks, metadata: w.metadata };
  if (w.title) out.title = w.title;
  return out;
}

export const jatsReader: Reader = {
  format: 'jats',
  read(input: ReaderInput): ReaderOutput {
    const text = input.text ?? new TextDecoder('utf-8').decode(input.data);
    return readJatsString(text, input.path);
  },
};
