/**
 * A linear, iterative XML parser for the common shape of JATS files, producing the same xast tree (node types,
 * values, attributes, positions) as `xast-util-from-xml` (@rgrove/parse-xml) in a fraction of the time: one pass
 * with `indexOf` over text runs, no scanner objects, no second tree to transform.
 *
 * It accepts only what it is sure about. Anything else makes it return `null`, and the caller parses with
 * `xast-util-from-xml`, which then builds the tree or raises the same error as before: carriage returns, characters
 * XML forbids, non-ASCII names, a DOCTYPE internal subset, an undefined entity, a `>` inside an attribute value
 * (where the markup-depth pre-check would count differently), malformed markup of any kind. Entities are never
 * resolved beyond XML's five and numeric character references (the caller protects the others first), and the
 * nesting depth is checked against the depth limit at every start tag exactly as `checkMarkupDepth` counts it.
 *
 * Elements named in `lazy` (the reader's reference lists and peer-review sub-articles, which it never reads) are
 * checked like everything else but their content is not built: their `children` is a getter that parses them on
 * first access, with the same code, so a caller that does read them gets the same nodes (and nothing can fail then:
 * the content was already checked). Half of a PMC article's markup can be its reference list.
 */
import type { Cdata, Comment, Doctype, Element, ElementContent, Instruction, Root, RootContent, Text } from 'xast';
import { checkLimit } from '../../limits.js';

// characters XML 1.0 forbids (validateChars in parse-xml), lone surrogates included
const INVALID_CHAR = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const SURROGATE = /[\uD800-\uDFFF]/;
const SUSPECT = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF\uD800-\uDFFF]/;
const XML_DECL = /<\?xml[\x20\t\n]+version[\x20\t\n]*=[\x20\t\n]*(?:"(1\.[0-9]+)"|'(1\.[0-9]+)')(?:[\x20\t\n]+(?:encoding[\x20\t\n]*=[\x20\t\n]*(?:"([A-Za-z][\w.-]*)"|'([A-Za-z][\w.-]*)')[\x20\t\n]*)?(?:standalone[\x20\t\n]*=[\x20\t\n]*(?:"(yes|no)"|'(yes|no)')[\x20\t\n]*)?)?\?>/y;
const DOCTYPE =
  /<!DOCTYPE[\x20\t\n]+([A-Za-z_:][A-Za-z0-9_:.-]*)(?:[\x20\t\n]+(?:PUBLIC[\x20\t\n]+(?:"([^"]*)"|'([^']*)')[\x20\t\n]*(?:"([^"]*)"|'([^']*)')[\x20\t\n]*|SYSTEM[\x20\t\n]*(?:"([^"]*)"|'([^']*)')[\x20\t\n]*)?)?>/y;
const PUBID = /^[-\x20\na-zA-Z0-9'()+,./:=?;!*#@$_%]*$/;
const REF = /&(?:#x([0-9A-Fa-f]+)|#([0-9]+)|(lt|gt|amp|quot|apos));/y;
const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

// "none left": a small integer above any offset (a field set to Infinity changes the parser's map: deopts)
const NONE = 0x3fffffff;
const orNone = (k: number) => (k === -1 ? NONE : k);
const isWs = (c: number) => c === 32 || c === 9 || c === 10;
const isNameStart = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 58;
const isName = (c: number) => isNameStart(c) || (c >= 48 && c <= 57) || c === 45 || c === 46;
const isXmlCodePoint = (cp: number) => (cp >= 0x20 && cp <= 0xd7ff) || cp === 0xa || cp === 0x9 || cp === 0xd || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);

type Position = NonNullable<Root['position']>;
type Point = Position['start'];

// a lazy element's content, parsed on first use; every lazy element gets the same accessor, added as a new property
// (an accessor per element, or one replacing a data property, puts the element in dictionary mode: deopts)
const UNREAD = new WeakMap<object, () => ElementContent[]>();
const settle = (el: object, children: ElementContent[]) => (Object.defineProperty(el, 'children', { value: children, writable: true, enumerable: true, configurable: true }), children);
const LAZY_CHILDREN: PropertyDescriptor = {
  enumerable: true, configurable: true,
  get(this: object) { return settle(this, UNREAD.get(this)!()); },
  set(this: object, children: ElementContent[]) { settle(this, children); },
};

class Bail {}
const BAIL = new Bail();

/** Parse `text` (entities already protected) or return null when the full parser must decide. */
export function fastParseXml(text: string, path: string, lazy?: ReadonlySet<string>): Root | null {
  const suspect = SUSPECT.test(text);
  if (text.includes('\r') || (suspect && INVALID_CHAR.test(text))) return null;
  try {
    // surrogates are among the suspect characters: a text without any has none
    return new FastXml(text, path, lazy, { multiByte: suspect && SURROGATE.test(text) }).parse();
  } catch (e) {
    if (e === BAIL) return null;
    throw e;
  }
}

class FastXml {
  static readonly shapeKeeper = new FastXml('', '', new Set<string>(), { multiByte: false }); // always alive: the parsers' hidden class and the code optimised for it outlive a forced full GC
  private i = 0;
  private line = 0;
  private readonly lineStarts: number[];
  private readonly multiByte: boolean;
  constructor(
    private readonly s: string,
    private readonly path: string,
    private readonly lazy: ReadonlySet<string> | undefined,
    /** whether the text has surrogate pairs; the line starts and offset when a lazy element's content is parsed later */
    shared: { lineStarts?: number[]; multiByte: boolean; at?: number },
  ) {
    this.multiByte = shared.multiByte;
    if (shared.at) this.i = shared.at;
    if (shared.lineStarts) {
      this.lineStarts = shared.lineStarts;
      return;
    }
    this.lineStarts = [0];
    for (let k = s.indexOf('\n'); k !== -1; k = s.indexOf('\n', k + 1)) this.lineStarts.push(k + 1);
  }

  /** Offset → point; the offsets asked for almost always grow, so the line is found by walking forward. */
  private point(offset: number): Point {
    const st = this.lineStarts;
    let lo = this.line;
    if (st[lo]! > offset) {
      lo = 0;
      let hi = this.line;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (st[mid]! <= offset) lo = mid;
        else hi = mid - 1;
      }
    } else while (lo + 1 < st.length && st[lo + 1]! <= offset) lo++;
    this.line = lo;
    return { line: lo + 1, column: offset - st[lo]! + 1, offset };
  }

  /** parse-xml reports the end of the input as an unknown place when the text has surrogate pairs. */
  private place<T extends { position?: Position }>(node: T, start: number | Point, end: number): T {
    if (!(this.multiByte && end === this.s.length)) node.position = { start: typeof start === 'number' ? this.point(start) : start, end: this.point(end) };
    return node;
  }

  private ws(): boolean {
    const s = this.s;
    const from = this.i;
    while (this.i < s.length && isWs(s.charCodeAt(this.i))) this.i++;
    return this.i > from;
  }

  private name(): string {
    const s = this.s;
    const from = this.i;
    if (!isNameStart(s.charCodeAt(from))) {
      if (s.charCodeAt(from) >= 0x80) throw BAIL;
      return '';
    }
    let k = from + 1;
    while (k < s.length && isName(s.charCodeAt(k))) k++;
    if (s.charCodeAt(k) >= 0x80) throw BAIL; // a non-ASCII name character: leave it to the full parser
    this.i = k;
    return s.slice(from, k);
  }

  /** Decode the references in a run of character data (`raw` from `from`); throws BAIL on anything else. */
  private decode(raw: string): string {
    let amp = raw.indexOf('&');
    if (amp === -1) return raw;
    let out = '';
    let last = 0;
    while (amp !== -1) {
      REF.lastIndex = amp;
      const m = REF.exec(raw);
      if (!m) throw BAIL;
      out += raw.slice(last, amp);
      if (m[3]) out += PREDEFINED[m[3]]!;
      else {
        const cp = m[1] !== undefined ? parseInt(m[1], 16) : parseInt(m[2]!, 10);
        if (!isXmlCodePoint(cp)) throw BAIL;
        out += String.fromCodePoint(cp);
      }
      last = REF.lastIndex;
      amp = raw.indexOf('&', last);
    }
    return out + raw.slice(last);
  }

  private comment(): Comment {
    const s = this.s;
    const start = this.i;
    const e = s.indexOf('--', start + 4);
    if (e === -1 || s.charCodeAt(e + 2) !== 62) throw BAIL;
    this.i = e + 3;
    return this.place({ type: 'comment', value: s.slice(start + 4, e) } as Comment, start, this.i);
  }

  private instruction(): Instruction {
    const s = this.s;
    const start = this.i;
    this.i += 2;
    const name = this.name();
    if (!name || name.toLowerCase() === 'xml') throw BAIL;
    let value = '';
    if (this.ws()) {
      const e = s.indexOf('?>', this.i);
      if (e === -1) throw BAIL;
      value = s.slice(this.i, e);
      // the markup-depth pre-check reads a processing instruction up to its first `>`
      if (value.includes('<') || value.includes('>')) throw BAIL;
      this.i = e + 2;
    } else if (s.startsWith('?>', this.i)) this.i += 2;
    else throw BAIL;
    return this.place({ type: 'instruction', name, value } as Instruction, start, this.i);
  }

  /** Comments, processing instructions and whitespace between the prolog's parts and after the root. */
  private misc(out: RootContent[]): void {
    const s = this.s;
    for (;;) {
      if (this.ws()) continue;
      if (s.startsWith('<!--', this.i)) out.push(this.comment());
      else if (s.startsWith('<?', this.i)) out.push(this.instruction());
      else return;
    }
  }

  parse(): Root {
    const s = this.s;
    const children: RootContent[] = [];
    if (s.startsWith('\uFEFF')) throw BAIL; // the reader strips it; leave anything else to the full parser
    if (s.startsWith('<?xml') && !isName(s.charCodeAt(5)) && s.charCodeAt(5) < 0x80) {
      XML_DECL.lastIndex = 0;
      const m = XML_DECL.exec(s);
      if (!m) throw BAIL;
      const version = m[1] ?? m[2]!;
      const encoding = m[3] ?? m[4];
      const standalone = m[5] ?? m[6];
      const value = [`version="${version}"`, ...(encoding ? [`encoding="${encoding}"`] : []), ...(standalone ? [`standalone="${standalone}"`] : [])].join(' ');
      this.i = XML_DECL.lastIndex;
      children.push(this.place({ type: 'instruction', name: 'xml', value } as Instruction, 0, this.i));
    }
    this.misc(children);
    if (s.startsWith('<!DOCTYPE', this.i)) {
      const start = this.i;
      DOCTYPE.lastIndex = start;
      const m = DOCTYPE.exec(s);
      if (!m) throw BAIL;
      const pub = m[2] ?? m[3];
      if (pub !== undefined && !PUBID.test(pub)) throw BAIL;
      const sys = m[4] ?? m[5] ?? m[6] ?? m[7];
      // the markup-depth pre-check reads a declaration up to its first `>`
      if (/[<>]/.test(m[0].slice(2, -1))) throw BAIL;
      this.i = DOCTYPE.lastIndex;
      children.push(this.place({ type: 'doctype', name: m[1]!, public: pub || undefined, system: sys || undefined } as Doctype, start, this.i));
      this.misc(children);
    }
    if (s.charCodeAt(this.i) !== 60) throw BAIL;
    children.push(this.element());
    this.misc(children);
    if (this.i < s.length) throw BAIL;
    const root: Root = { type: 'root', children };
    root.position = { start: this.point(0), end: this.point(s.length) };
    return root;
  }

  /**
   * A start tag at `this.i`: the element with its attributes (its name in `tagName`, `selfClosing` when it ends in
   * `/>`: no result object per tag). Inside a lazy element (`keep` false) it is checked the same way but not built.
   */
  private startTag(keep: boolean): Element | null {
    const s = this.s;
    this.i++;
    const name = this.name();
    if (!name) throw BAIL;
    const attributes: Record<string, string> | null = keep ? {} : null;
    const seen = keep ? null : this.seen;
    if (seen) seen.length = 0;
    while (this.ws()) {
      const an = this.name();
      if (!an) break;
      // the names set so far are exactly the object's own properties
      if (an === '__proto__' || (seen ? seen.includes(an) : Object.prototype.hasOwnProperty.call(attributes!, an))) throw BAIL;
      this.ws();
      if (s.charCodeAt(this.i) !== 61) throw BAIL;
      this.i++;
      this.ws();
      const q = s.charCodeAt(this.i);
      if (q !== 34 && q !== 39) throw BAIL;
      const e = s.indexOf(q === 34 ? '"' : "'", this.i + 1);
      if (e === -1) throw BAIL;
      if (seen && an !== 'xml:space') {
        // `<`, `>` and the references, as below; a tab or newline (a space in the value) cannot be part of a reference
        for (let k = this.i + 1; k < e; k++) if (s.charCodeAt(k) === 60 || s.charCodeAt(k) === 62) throw BAIL;
        this.checkRefs(this.i + 1, e);
        seen.push(an);
        this.i = e + 1;
        continue;
      }
      const raw = s.slice(this.i + 1, e);
      // `<` is an error; `>` would make the markup-depth pre-check count differently: both go to the full parser
      if (raw.includes('<') || raw.includes('>')) throw BAIL;
      const value = this.decode(raw.includes('\n') || raw.includes('\t') ? raw.replace(/[\n\t]/g, ' ') : raw);
      if (an === 'xml:space' && value !== 'default' && value !== 'preserve') throw BAIL;
      if (seen) seen.push(an);
      else attributes![an] = value;
      this.i = e + 1;
    }
    if ((this.selfClosing = s.startsWith('/>', this.i))) this.i += 2;
    else if (s.charCodeAt(this.i) === 62) this.i++;
    else throw BAIL;
    this.tagName = name;
    return attributes ? { type: 'element', name, attributes, children: [] } : null;
  }

  /** the attribute names of a start tag inside a lazy element (reused); the first `&` and `]]>` at or after some
   * offset already passed (-1: not looked for yet; NONE: none left) */
  private readonly seen: string[] = [];
  private nextAmp = -1;
  private nextCdataEnd = -1;
  private tagName = ''; private selfClosing = false; private tagAt = 0; // the last start tag's (`depthWhat`: its message, one closure per parser)
  private readonly depthWhat = (depth: number) => `nests elements more than ${depth - 1} deep (<${this.tagName.toLowerCase()}> at offset ${this.tagAt})`;

  /**
   * What `decode` checks in `s.slice(from, to)` (every `&` starts a reference to an allowed character), without
   * building the text. A reference never contains `<` or a quote, so a match in the whole text ends before `to`.
   */
  private checkRefs(from: number, to: number): void {
    const s = this.s;
    let amp = this.nextAmp;
    if (amp < from) amp = orNone(s.indexOf('&', from));
    while (amp < to) {
      REF.lastIndex = amp;
      const m = REF.exec(s);
      if (!m) throw BAIL;
      if (!m[3] && !isXmlCodePoint(m[1] !== undefined ? parseInt(m[1], 16) : parseInt(m[2]!, 10))) throw BAIL;
      amp = orNone(s.indexOf('&', REF.lastIndex));
    }
    this.nextAmp = amp;
  }

  /** The checks a run of character data gets (no `]]>`, valid references), inside a lazy element. */
  private checkRun(from: number, to: number): void {
    if (this.nextCdataEnd < from) this.nextCdataEnd = orNone(this.s.indexOf(']]>', from));
    if (this.nextCdataEnd + 3 <= to) throw BAIL;
    this.checkRefs(from, to);
  }

  /**
   * The root element and everything in it, with an explicit stack (no recursion). Inside a lazy element (`skipping`
   * is its stack depth) every token is checked exactly as elsewhere, but no node is kept.
   */
  private element(): Element {
    const s = this.s;
    // the open elements as parallel stacks, not an object each (inside a lazy element `el` is null: the name is for the end
    // tag); their children on one stack (`kids` up to `kn`, each's from `froms`), an exact-size array each at its end tag
    const els: Array<Element | null> = [], names: string[] = [], starts: Array<Point | null> = [], ats: number[] = [];
    const kids: ElementContent[] = [], froms: number[] = [];
    let root: Element | undefined, skipping = 0, kn = 0;
    const close = (el: Element | null, start: Point | null, at: number) => {
      if (skipping) {
        if (els.length >= skipping) return; // inside the lazy element: checked, not kept
        skipping = 0;
        el = this.defer(el!, at);
      }
      this.place(el!, start!, this.i);
      if (els.length) kids[kn++] = el!;
      else root = el!;
    };
    const open = () => {
      const at = this.i;
      const start = skipping ? null : this.point(at);
      const el = this.startTag(!skipping);
      if (this.selfClosing) return close(el, start, at);
      const depth = els.push(el);
      names.push(this.tagName), starts.push(start), ats.push((this.tagAt = at)), froms.push(kn);
      checkLimit(this.path, 'depth', depth, this.depthWhat);
      if (!skipping && depth > 1 && this.lazy?.has(this.tagName)) skipping = depth;
    };
    open();
    while (els.length) {
      const lt = s.indexOf('<', this.i);
      if (lt === -1) throw BAIL;
      if (lt > this.i) {
        if (skipping) this.checkRun(this.i, lt);
        else {
          const raw = s.slice(this.i, lt);
          if (raw.includes(']]>')) throw BAIL;
          kids[kn++] = this.place({ type: 'text', value: this.decode(raw) } as Text, this.i, lt);
        }
        this.i = lt;
      }
      const next = s.charCodeAt(lt + 1);
      if (next === 47) {
        const name = names[names.length - 1]!; // an end tag: the name compared in place (no string), failing where `name()` and `!==` would
        const after = lt + 2 + name.length;
        if (!s.startsWith(name, lt + 2) || isName(s.charCodeAt(after)) || s.charCodeAt(after) >= 0x80) throw BAIL;
        this.i = after;
        this.ws();
        if (s.charCodeAt(this.i) !== 62) throw BAIL;
        this.i++;
        const el = els.pop()!, from = froms.pop()!; // el: null inside a lazy element, where nothing is on `kids`
        if (kn > from) (el.children = kids.slice(from, kn)), (kn = from);
        names.pop(), close(el, starts.pop()!, ats.pop()!);
      } else if (next === 33) {
        if (s.startsWith('<!--', lt)) {
          const c = this.comment();
          if (!skipping) kids[kn++] = c;
        } else if (s.startsWith('<![CDATA[', lt)) {
          const e = s.indexOf(']]>', lt + 9);
          if (e === -1) throw BAIL;
          this.i = e + 3;
          if (!skipping) kids[kn++] = this.place({ type: 'cdata', value: s.slice(lt + 9, e) } as Cdata, lt, this.i);
        } else throw BAIL;
      } else if (next === 63) {
        const pi = this.instruction();
        if (!skipping) kids[kn++] = pi;
      } else open();
    }
    return root!;
  }

  /** A lazy element (checked, content not kept): a new fast-mode object whose `children` is the shared accessor. */
  private defer(el: Element, at: number): Element {
    const { s, path, lazy, lineStarts, multiByte } = this;
    const out = { type: 'element', name: el.name, attributes: el.attributes } as Omit<Element, 'children'>;
    UNREAD.set(out, () => new FastXml(s, path, lazy, { lineStarts, multiByte, at }).element().children);
    return Object.defineProperty(out, 'children', LAZY_CHILDREN) as Element;
  }
}
