/** The JATS walker's figures and tables: caption blocks (label, caption title and paragraphs), table text, table footnotes. */
import type { Element } from 'xast';
import type { Block } from '../../manuscript/model.js';
import { MappedBuilder } from '../source-util.js';
import { JatsText } from './text.js';
import { child, find, findAll, isEl, kids } from './xml.js';

export abstract class JatsFloats extends JatsText {
  /** A paragraph-like element whose children may include block-level elements. */
  abstract para(el: Element, depth: number, kind?: Block['kind']): void;

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
}
