/**
 * The output side of the LaTeX parser: the blocks built so far, the paragraph (or heading, caption, table)
 * being built, the table being filled, and the helpers that write to them. Argument application (`sub`,
 * `applyArgs`) parses argument text through the scanner's `run`, which the subclass supplies.
 */
import type { Block, BlockKind } from '../../manuscript/model.js';
import { MappedBuilder } from '../source-util.js';
import { optArg, reqArg } from './arguments.js';
import type { Src, Stop } from './source.js';

interface TableState {
  cell: number;
  seps: number;
  rowStarted: boolean;
  hasRows: boolean;
}

export abstract class LatexOutput {
  blocks: Block[] = [];
  protected levels = new Map<Block, number>();
  warnings: string[] = [];
  title?: string;
  protected out = new MappedBuilder();
  protected outKind: BlockKind = 'paragraph';
  protected argDepth = 0;
  protected discard = 0;
  protected table: TableState | null = null;
  /** footnotes of the current paragraph, emitted after it */
  protected notes: Block[] = [];
  /** the text of the last argument built by withOut */
  protected lastArg = '';

  /**
   * The main loop: scan src.text from i until the stop condition (or `limit`), emitting text and blocks.
   * Returns the index after the stop.
   */
  abstract run(src: Src, i: number, stop: Stop, limit?: number): number;

  protected withOut(b: MappedBuilder, kind: BlockKind, fn: () => void): MappedBuilder {
    const prev = this.out;
    const prevKind = this.outKind;
    const prevTable = this.table;
    this.out = b;
    this.outKind = kind;
    this.table = null;
    this.argDepth++;
    try {
      fn();
    } finally {
      this.argDepth--;
      this.out = prev;
      this.outKind = prevKind;
      this.table = prevTable;
    }
    this.lastArg = b.text;
    return b;
  }

  protected flushPara(): void {
    if (this.argDepth > 0 || this.table) return;
    if (this.discard === 0) {
      const blk = this.out.block(this.outKind);
      if (blk) this.blocks.push(blk);
    }
    this.out = new MappedBuilder();
    if (this.notes.length) {
      this.blocks.push(...this.notes);
      this.notes = [];
    }
  }

  protected emitText(text: string, src: Src | null, off: number, verbatim = true): void {
    if (this.discard > 0) return;
    const t = this.table;
    if (t && /\S/.test(text)) {
      if (!t.rowStarted) {
        if (t.hasRows) this.out.synthetic('\n');
        t.rowStarted = true;
      }
      while (t.seps < t.cell) {
        this.out.synthetic(' | ');
        t.seps++;
      }
    }
    this.out.push(text, src ? src.idx : null, off, verbatim);
  }

  protected sep(): void {
    if (this.discard === 0) this.out.sep();
  }

  protected addBlock(b: Block | null, level?: number): void {
    if (!b || this.discard > 0) return;
    this.blocks.push(b);
    if (level !== undefined) this.levels.set(b, level);
  }

  /** Parse s[a, b) as content into the current output. */
  protected sub(src: Src, a: number, b: number): void {
    const view: Src = { ...src };
    // parse with an end bound by running on the same text and stopping at b
    this.run(view, a, { t: 'eof' }, b);
  }

  /** Apply an argument pattern; returns the index after the arguments. */
  protected applyArgs(src: Src, i: number, pattern: string, keepSep = false): number {
    const s = src.text;
    for (const p of pattern) {
      if (p === '[') {
        const o = optArg(s, i);
        if (o) i = o[1];
        continue;
      }
      const r = reqArg(s, i);
      if (!r) break;
      if (p === 'K') {
        if (keepSep) this.sep();
        this.sub(src, r[0], r[1]);
        if (keepSep) this.sep();
      } else if (p === 'V') {
        this.emitText(s.slice(r[0], r[1]), src, r[0]);
      }
      i = r[2];
    }
    return i;
  }
}
