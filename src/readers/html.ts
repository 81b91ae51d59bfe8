/**
 * HTML reader (rehype-parse; hast keeps positions). Reads the article body (<article> or <main> when present),
 * h1–h6 → headings, p/li → paragraphs and list items, figcaption/caption → captions, tables → table blocks.
 * Scripts, styles, navigation, asides and page headers/footers are ignored, and so are reference lists
 * (elements whose class/id names references or a bibliography, or the content under a "References" heading).
 * `readHtmlString` is shared with the DOCX reader, which converts Word to HTML and counts paragraphs.
 */
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { Block, BlockKind, Position, SectionKind, SectionRole } from '../manuscript/model.js';
import { HTML_ROLE_CLASSES, HTML_ROLE_TOKEN, roleTitle } from '../manuscript/roles.js';
import type { Reader, ReaderInput, ReaderOutput } from './types.js';
import { LineIndex, MappedBuilder, REFERENCE_HEADING, alignPieces } from './source-util.js';
import { minOf } from '../util/math.js';
import { checkMarkupDepth } from './markup-depth.js';

/** 'text': line/column/offset in the HTML; 'paragraph': DOCX paragraph numbers (1-based). */
export type HtmlPositionMode = 'text' | 'paragraph';

export interface HtmlReadOptions {
  /** treat short bold-only paragraphs ("Methods") as headings (DOCX without heading styles) */
  boldHeadings?: boolean;
}

type HNode = Root | RootContent | ElementContent;

const SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'nav', 'aside', 'form', 'button', 'iframe', 'canvas', 'svg',
  'select', 'textarea', 'object', 'embed', 'audio', 'video', 'head', 'title', 'meta', 'link', 'img', 'input',
  'pre', 'math', 'dialog', 'menu',
]);
const HEADING = /^h([1-6])$/;
const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'main', 'body', 'html', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table', 'thead',
  'tbody', 'tfoot', 'tr', 'td', 'th', 'caption', 'figure', 'figcaption', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5',
  'h6', 'header', 'footer', 'address', 'hr', 'details', 'summary', 'fieldset', 'center', 'pre', 'nav', 'aside',
  'colgroup',
]);
const PARA_ELEMENTS = new Set(['p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const REF_NAME = /(^|[-_\s])(refs?|references?|reference-list|ref-list|bibliograph\w*|citations?|literature-cited|works-cited)($|[-_\s\d])/i;


const isEl = (n: HNode | undefined): n is Element => !!n && n.type === 'element';

function classOf(el: Element): string {
  const c = el.properties?.className;
  const cls = Array.isArray(c) ? c.join(' ') : typeof c === 'string' ? c : '';
  const id = typeof el.properties?.id === 'string' ? el.properties.id : '';
  return `${cls} ${id}`.trim();
}

function textOf(n: HNode): string {
  if (n.type === 'text') return n.value;
  if (n.type === 'element' || n.type === 'root') return n.children.map(textOf).join('');
  return '';
}

function findFirst(n: HNode, pred: (e: Element) => boolean): Element | undefined {
  if (n.type !== 'element' && n.type !== 'root') return undefined;
  for (const c of n.children) {
    if (!isEl(c)) continue;
    if (pred(c)) return c;
    const r = findFirst(c, pred);
    if (r) return r;
  }
  return undefined;
}

function countAll(n: HNode, pred: (e: Element) => boolean): number {
  if (n.type !== 'element' && n.type !== 'root') return 0;
  let k = 0;
  for (const c of n.children) if (isEl(c)) k += (pred(c) ? 1 : 0) + countAll(c, pred);
  return k;
}

class HtmlWalker {
  blocks: Block[] = [];
  title?: string;
  private src: LineIndex;
  private para = 0;
  private paraOf = new Map<Element, number>();
  private skipLevel: number | null = null;
  private minLevel = 1;
  private titleEl?: Element;
  private sawRealHeading = false;
  private lastRealDepth = 1;

  constructor(
    private html: string,
    private mode: HtmlPositionMode,
    private opts: HtmlReadOptions,
  ) {
    this.src = new LineIndex(html);
  }

  /** Number the paragraphs (p, li, h1–h6) in document order, for DOCX positions. */
  numberParagraphs(n: HNode): void {
    if (n.type !== 'element' && n.type !== 'root') return;
    for (const c of n.children) {
      if (!isEl(c)) continue;
      if (PARA_ELEMENTS.has(c.tagName)) this.paraOf.set(c, ++this.para);
      this.numberParagraphs(c);
    }
  }

  setup(root: Root): Element | Root {
    if (this.mode === 'paragraph') this.numberParagraphs(root);
    const article = findFirst(root, (e) => e.tagName === 'article');
    const main = findFirst(root, (e) => e.tagName === 'main' || e.properties?.role === 'main');
    const body = findFirst(root, (e) => e.tagName === 'body');
    const container: Element | Root = article ?? main ?? body ?? root;
    this.containerIsArticle = container === article || container === main;
    // the article title: a single h1 (or a .title element) before any other heading
    const h1count = countAll(container, (e) => e.tagName === 'h1');
    const titled = findFirst(container, (e) => /^h[1-6]$/.test(e.tagName) || /(^|\s)(doc-)?title(\s|$)/.test(classOf(e)));
    if (titled && (/(^|\s)(doc-)?title(\s|$)/.test(classOf(titled)) || (titled.tagName === 'h1' && h1count === 1))) {
      this.titleEl = titled;
    }
    const levels: number[] = [];
    const scan = (n: HNode) => {
      if (n.type !== 'element' && n.type !== 'root') return;
      for (const c of n.children) {
        if (!isEl(c)) continue;
        const m = HEADING.exec(c.tagName);
        if (m && c !== this.titleEl) levels.push(Number(m[1]));
        scan(c);
      }
    };
    scan(container);
    this.minLevel = minOf(levels, 1);
    return container;
  }

  private posOf(el: Element | null): Position | null {
    if (this.mode === 'paragraph') {
      // nearest numbered ancestor is found by the caller
      return null;
    }
    const off = el?.position?.start.offset;
    return off === undefined ? null : this.src.pos(off);
  }

  // ---------- inline ----------

  private inline(n: HNode, b: MappedBuilder, para: number): void {
    if (n.type === 'text') {
      if (this.mode === 'paragraph') {
        b.pushAt(n.value, { paragraph: para });
        return;
      }
      const p = n.position;
      if (!p || p.start.offset === undefined || p.end.offset === undefined) {
        b.push(n.value, null, 0, false);
        return;
      }
      b.pushPieces(alignPieces(this.html.slice(p.start.offset, p.end.offset), p.start.offset, n.value), this.src);
      return;
    }
    if (!isEl(n)) return;
    const tag = n.tagName;
    if (SKIP.has(tag) && tag !== 'math') return;
    if (tag === 'br') return b.sep();
    if (tag === 'sup' && this.mode === 'paragraph' && /^\s*\[?\d+\]?\s*$/.test(textOf(n)) && findFirst(n, (e) => e.tagName === 'a')) return; // DOCX footnote markers
    const p = this.paraOf.get(n) ?? para;
    const spaced = tag === 'td' || tag === 'th' || tag === 'li' || tag === 'p' || tag === 'div' || tag === 'dd' || tag === 'dt';
    if (spaced) b.sep();
    for (const c of n.children) this.inline(c, b, p);
    if (spaced) b.sep();
  }

  private emit(b: MappedBuilder, kind: BlockKind, extra: Partial<Block> = {}): Block | null {
    if (this.skipLevel !== null) return null;
    const blk = b.block(kind, extra);
    if (blk) this.blocks.push(blk);
    return blk;
  }

  // ---------- blocks ----------

  walk(n: Element | Root, para = 0, inRefs = false): void {
    let b = new MappedBuilder();
    let bPara = para;
    const flush = () => {
      this.emit(b, 'paragraph');
      b = new MappedBuilder();
    };
    for (const c of n.children) {
      if (c.type === 'text') {
        if (c.value.trim()) {
          if (b.empty) bPara = para;
          this.inline(c, b, para);
        } else if (!b.empty) b.sep();
        continue;
      }
      if (!isEl(c)) continue;
      if (!BLOCK.has(c.tagName) && !SKIP.has(c.tagName)) {
        this.inline(c, b, bPara);
        continue;
      }
      flush();
      this.blockEl(c, inRefs);
    }
    flush();
    void bPara;
  }

  private blockEl(el: Element, inRefs: boolean): void {
    const tag = el.tagName;
    if (SKIP.has(tag)) return;
    if ((tag === 'header' || tag === 'footer') && !this.insideArticle(el)) return;
    const cls = classOf(el);
    if (REF_NAME.test(cls) && (tag === 'section' || tag === 'ol' || tag === 'ul' || tag === 'div' || tag === 'dl')) return;
    if (/(^|\s)(footnotes?|endnotes?)(\s|$)/i.test(cls) && this.mode === 'text') {
      // footnotes stay (they often carry funding/COI notes)
    }
    const para = this.paraOf.get(el) ?? 0;
    const hm = HEADING.exec(tag);
    if (hm) return this.heading(el, Number(hm[1]), para);
    if (tag === 'p') {
      if (this.opts.boldHeadings && this.isBoldHeading(el)) return this.pseudoHeading(el, para);
      return this.paragraph(el, 'paragraph', para);
    }
    if (tag === 'li') {
      const hasBlocks = el.children.some((c) => isEl(c) && (c.tagName === 'ul' || c.tagName === 'ol' || c.tagName === 'table'));
      if (!hasBlocks) return this.paragraph(el, 'list-item', para);
      const b = new MappedBuilder();
      for (const c of el.children) {
        if (isEl(c) && (c.tagName === 'ul' || c.tagName === 'ol' || c.tagName === 'table')) {
          this.emitAt(b, 'list-item', el, para);
          this.blockEl(c, inRefs);
        } else this.inline(c, b, para);
      }
      this.emitAt(b, 'list-item', el, para);
      return;
    }
    if (tag === 'figcaption' || tag === 'caption') return this.paragraph(el, 'caption', para);
    if (tag === 'table') return this.table(el);
    if (tag === 'hr' || tag === 'colgroup') return;
    if (tag === 'section' || tag === 'div') {
      for (const [re, role] of HTML_ROLE_CLASSES) {
        if (re.test(cls) && HTML_ROLE_TOKEN.test(cls)) {
          const first = el.children.find(isEl);
          if (!(first && HEADING.test(first.tagName))) {
            this.pushHeading(roleTitle(role), 1, el, para, 'declarations', role);
          }
          break;
        }
      }
    }
    this.walk(el, para, inRefs);
  }

  private containerIsArticle = false;

  /** header/footer are page furniture unless they sit inside the <article>/<main> being read. */
  private insideArticle(el: Element): boolean {
    void el;
    return this.containerIsArticle;
  }

  private isBoldHeading(el: Element): boolean {
    const text = textOf(el).trim();
    if (!text || text.length > 80 || /[.:;,]$/.test(text) && !/^\d/.test(text)) return false;
    if (text.split(/\s+/).length > 10) return false;
    // every non-space text node must sit inside <strong>/<b>
    let ok = true;
    const visit = (n: HNode, bold: boolean) => {
      if (n.type === 'text') {
        if (n.value.trim() && !bold) ok = false;
        return;
      }
      if (!isEl(n)) return;
      const bb = bold || n.tagName === 'strong' || n.tagName === 'b';
      for (const c of n.children) visit(c, bb);
    };
    visit(el, false);
    return ok;
  }

  private pseudoHeading(el: Element, para: number): void {
    const depth = this.sawRealHeading ? Math.min(6, this.lastRealDepth + 1) : 1;
    const b = new MappedBuilder();
    for (const c of el.children) this.inline(c, b, para);
    this.afterHeading(b.text.trim(), depth, () => this.emitAt(b, 'heading', el, para, { depth }));
  }

  private heading(el: Element, level: number, para: number): void {
    const b = new MappedBuilder();
    for (const c of el.children) this.inline(c, b, para);
    if (el === this.titleEl) {
      const blk = this.emitAt(b, 'title', el, para, { sectionHint: 'title' });
      if (blk) this.title = blk.text;
      return;
    }
    const depth = Math.max(1, level - this.minLevel + 1);
    this.sawRealHeading = true;
    this.lastRealDepth = depth;
    this.afterHeading(b.text.trim(), depth, () => this.emitAt(b, 'heading', el, para, { depth }));
  }

  /** Reference-list headings start a skipped region that ends at the next heading of the same or a higher level. */
  private afterHeading(text: string, depth: number, emit: () => void): void {
    if (this.skipLevel !== null && depth <= this.skipLevel) this.skipLevel = null;
    if (this.skipLevel !== null) return;
    if (REFERENCE_HEADING.test(text)) {
      this.skipLevel = depth;
      return;
    }
    emit();
  }

  private pushHeading(text: string, depth: number, el: Element, para: number, sectionHint: SectionKind, roleHint: SectionRole): void {
    if (this.skipLevel !== null) return;
    const pos = this.mode === 'paragraph' ? { paragraph: para || 1 } : this.posOf(el) ?? {};
    this.blocks.push({ kind: 'heading', text, depth, sectionHint, roleHint, segments: [{ textStart: 0, pos, verbatim: false }] });
  }

  private emitAt(b: MappedBuilder, kind: BlockKind, el: Element, para: number, extra: Partial<Block> = {}): Block | null {
    const blk = this.emit(b, kind, extra);
    if (blk && blk.segments.length === 0) blk.segments.push({ textStart: 0, pos: this.mode === 'paragraph' ? { paragraph: para } : this.posOf(el) ?? {}, verbatim: false });
    return blk;
  }

  private paragraph(el: Element, kind: BlockKind, para: number): void {
    // a paragraph may contain block children (div inside li, table inside p from bad HTML)
    if (el.children.some((c) => isEl(c) && (c.tagName === 'table' || c.tagName === 'ul' || c.tagName === 'ol' || c.tagName === 'div' || c.tagName === 'p'))) {
      let b = new MappedBuilder();
      for (const c of el.children) {
        if (isEl(c) && BLOCK.has(c.tagName)) {
          this.emitAt(b, kind, el, para);
          b = new MappedBuilder();
          this.blockEl(c, false);
        } else this.inline(c, b, para);
      }
      this.emitAt(b, kind, el, para);
      return;
    }
    const b = new MappedBuilder();
    for (const c of el.children) this.inline(c, b, para);
    this.emitAt(b, kind, el, para);
  }

  private table(el: Element): void {
    // the caption first, then the rows
    const rows: Element[] = [];
    const collect = (n: Element) => {
      for (const c of n.children) {
        if (!isEl(c)) continue;
        if (c.tagName === 'caption') this.paragraph(c, 'caption', this.paraOf.get(c) ?? 0);
        else if (c.tagName === 'tr') rows.push(c);
        else if (c.tagName === 'thead' || c.tagName === 'tbody' || c.tagName === 'tfoot') collect(c);
      }
    };
    collect(el);
    const b = new MappedBuilder();
    for (const tr of rows) {
      const cells = tr.children.filter((c): c is Element => isEl(c) && (c.tagName === 'td' || c.tagName === 'th'));
      if (!cells.some((c) => textOf(c).trim())) continue;
      if (!b.empty) b.synthetic('\n');
      cells.forEach((cell, k) => {
        if (k > 0) b.synthetic(' | ');
        const para = this.paraOf.get(findFirst(cell, (e) => e.tagName === 'p') ?? cell) ?? 0;
        for (const c of cell.children) this.inline(c, b, para);
      });
    }
    const blk = this.emit(b, 'table');
    if (blk && blk.segments[0] && Object.keys(blk.segments[0].pos).length === 0) {
      const p = this.mode === 'paragraph' ? { paragraph: this.paraOf.get(findFirst(el, (e) => e.tagName === 'p') ?? el) ?? 1 } : this.posOf(el);
      if (p) blk.segments[0].pos = p;
    }
  }
}

/** Read an HTML string into blocks (shared with the DOCX reader). */
export function readHtmlString(html: string, path: string, positionMode: HtmlPositionMode = 'text', opts: HtmlReadOptions = {}): ReaderOutput {
  checkMarkupDepth(path, html, true);
  const tree = unified().use(rehypeParse).parse(html) as Root;
  const w = new HtmlWalker(html, positionMode, opts);
  const container = w.setup(tree);
  w.walk(container);
  const out: ReaderOutput = { blocks: w.blocks };
  const headTitle = findFirst(tree, (e) => e.tagName === 'title');
  if (w.title) out.title = w.title;
  else if (headTitle && textOf(headTitle).trim()) out.title = textOf(headTitle).trim();
  const metaKeywords = findFirst(tree, (e) => e.tagName === 'meta' && String(e.properties?.name ?? '').toLowerCase() === 'keywords');
  if (metaKeywords && typeof metaKeywords.properties?.content === 'string') {
    out.metadata = { keywords: metaKeywords.properties.content.split(/[,;]\s*/).filter(Boolean) };
  }
  return out;
}

export const htmlReader: Reader = {
  format: 'html',
  read(input: ReaderInput): ReaderOutput {
    const text = input.text ?? new TextDecoder('utf-8').decode(input.data);
    return readHtmlString(text, input.path, 'text');
  },
};
