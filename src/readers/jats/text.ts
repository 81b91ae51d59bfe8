/**
 * The first layer of the JATS walker: the blocks emitted so far, source positions, inline text (with its
 * mapping back to the XML) and headings.
 */
import type { Element } from 'xast';
import type { Block, Position, SectionKind, SectionRole } from '../../manuscript/model.js';
import { roleTitle } from '../../manuscript/roles.js';
import { LineIndex, MappedBuilder, alignPieces, syntheticBlock } from '../source-util.js';
import { FIELD, find, isEl, plain, restoreEntities, type XNode } from './xml.js';

/** Inline elements skipped entirely. */
const INLINE_SKIP = new Set([
  'graphic', 'inline-graphic', 'media', 'object-id', 'disp-formula', 'disp-formula-group', 'fn', 'ref-list',
  'sub-article', 'response', 'mml:annotation', 'mml:annotation-xml', 'annotation', 'annotation-xml', 'label',
  'x', 'processing-meta', 'private-char', 'alt-text', 'long-desc', 'permissions', 'attrib', 'tex-math',
]);

export abstract class JatsText {
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
}
