/**
 * The LaTeX parser: the scanner plus document structure. Sectioning commands become headings (depths
 * normalised to the levels used), the abstract environment an "Abstract" heading, acknowledgement
 * environments a declarations heading, tabular environments table blocks, list environments list items,
 * floats' captions caption blocks; non-prose environments (math, verbatim, pictures, the bibliography) and
 * sections headed like a reference list are skipped. `\input` and kin are parsed in place.
 */
import { resolve } from 'node:path';
import type { Block } from '../../manuscript/model.js';
import { LineIndex, MappedBuilder, REFERENCE_HEADING, syntheticBlock } from '../source-util.js';
import { optArg, reqArg } from './arguments.js';
import { collectDefinitions } from './definitions.js';
import { InputClosure, realpathOr } from './inputs.js';
import { LatexScanner } from './scanner.js';
import { findOutsideComment, findTitle, type Src } from './source.js';
import { ACK_ENVS, ALGORITHM_ENVS, ENV_ARGS, FLOAT_ENVS, LIST_ENVS, SECTION_LEVEL, SKIP_ENVS, TABULAR_ENVS } from './vocabulary.js';
import { minOf } from '../../util/math.js';

export class LatexParser extends LatexScanner {
  private refSkipLevel: number | null = null;
  private listDepth = 0;
  private includeDepth = 0;
  private seen = new Set<string>();
  private closure: InputClosure | null = null;

  constructor(
    private mainPath: string,
    private files?: ReadonlyMap<string, string>,
  ) {
    super();
    this.docPath = mainPath;
  }

  /** Glossary entries and user macros defined in `text`. */
  private collectDefinitions(text: string): void {
    collectDefinitions(text, this.glossary, this.macros, (s) => this.plainOf(s));
  }

  /** A LaTeX fragment as plain text (a definition's printed form). */
  private plainOf(s: string): string {
    const p = new LatexParser(this.mainPath, this.files);
    // a definition that inputs files spends the document's budget, not a fresh one
    p.closure = this.closure;
    p.seen = this.seen;
    p.includeDepth = this.includeDepth;
    const src: Src = { text: s, idx: new LineIndex(s), abs: this.mainPath };
    p.withOut(new MappedBuilder(), 'paragraph', () => p.run(src, 0, { t: 'eof' }));
    return p.lastArg.trim();
  }

  protected titleFrom(src: Src, a: number, b: number): void {
    const tb = this.withOut(new MappedBuilder(), 'title', () => this.sub(src, a, b));
    const blk = tb.block('title', { sectionHint: 'title' });
    if (blk && this.discard === 0) {
      this.title = blk.text;
      this.blocks.unshift(blk);
    }
  }

  protected section(src: Src, name: string, k: number, star: boolean): number {
    const s = src.text;
    void star;
    const level = SECTION_LEVEL[name]!;
    const o = optArg(s, k);
    const r = reqArg(s, o ? o[1] : k);
    if (!r) return k;
    this.flushPara();
    if (this.refSkipLevel !== null && level <= this.refSkipLevel) {
      this.refSkipLevel = null;
      this.discard--;
    }
    const hb = this.withOut(new MappedBuilder(), 'heading', () => this.sub(src, r[0], r[1]));
    const text = hb.text.trim();
    if (REFERENCE_HEADING.test(text)) {
      if (this.refSkipLevel === null) {
        this.refSkipLevel = level;
        this.discard++;
      }
      return r[2];
    }
    const extra: Partial<Block> = { depth: level };
    if (/^\s*abstract\s*$/i.test(text)) extra.sectionHint = 'abstract';
    this.addBlock(hb.block('heading', extra), level);
    return r[2];
  }

  protected item(src: Src, k: number): number {
    if (this.listDepth === 0 || this.argDepth > 0) {
      this.sep();
      return k;
    }
    this.flushPara();
    this.outKind = 'list-item';
    const o = optArg(src.text, k);
    if (o) {
      this.sub(src, o[0], o[1] - 1);
      this.sep();
      return o[1];
    }
    return k;
  }

  protected caption(src: Src, k: number): number {
    const s = src.text;
    const o = optArg(s, k);
    const r = reqArg(s, o ? o[1] : k);
    if (!r) return k;
    if (!this.table) this.flushPara();
    const saved = this.discard;
    this.discard = this.refSkipLevel !== null ? 1 : 0;
    const cb = this.withOut(new MappedBuilder(), 'caption', () => this.sub(src, r[0], r[1]));
    const blk = cb.block('caption');
    if (blk && this.discard === 0) this.blocks.push(blk);
    this.discard = saved;
    return r[2];
  }

  protected environment(src: Src, env: string, k: number, limit: number): number {
    const s = src.text;
    const findEnd = (): [number, number] => {
      // matching \end{env}, counting nested \begin{env}
      const open = `\\begin{${env}}`;
      const close = `\\end{${env}}`;
      let depth = 1;
      let p = k;
      while (p < limit) {
        const a = s.indexOf(open, p);
        const b = s.indexOf(close, p);
        if (b === -1) return [limit, limit];
        if (a !== -1 && a < b) {
          depth++;
          p = a + open.length;
          continue;
        }
        depth--;
        if (depth === 0) return [b, b + close.length];
        p = b + close.length;
      }
      return [limit, limit];
    };
    if (SKIP_ENVS.has(env)) {
      if (env === 'thebibliography') this.flushPara();
      else this.sep();
      return findEnd()[1];
    }
    if (env === 'document') return k;
    if (env === 'abstract') {
      this.flushPara();
      this.addBlock(syntheticBlock('heading', 'Abstract', src.idx.pos(k), { sectionHint: 'abstract' }), -1);
      const e = this.run(src, k, { t: 'env', name: env }, limit);
      this.flushPara();
      return e;
    }
    if (ACK_ENVS.has(env)) {
      this.flushPara();
      this.addBlock(syntheticBlock('heading', 'Acknowledgements', src.idx.pos(k), { sectionHint: 'declarations', roleHint: 'acknowledgements' }), 99);
      const e = this.run(src, k, { t: 'env', name: env }, limit);
      this.flushPara();
      return e;
    }
    if (env in TABULAR_ENVS && !this.table) {
      let p = k;
      const o = optArg(s, p);
      if (o) p = o[1];
      for (let a = 0; a < TABULAR_ENVS[env]!; a++) {
        const r = reqArg(s, p);
        if (r) p = r[2];
      }
      if (this.argDepth === 0) this.flushPara();
      const saved = { out: this.out, kind: this.outKind };
      this.out = new MappedBuilder();
      this.outKind = 'table';
      this.table = { cell: 0, seps: 0, rowStarted: false, hasRows: false };
      const argDepth = this.argDepth;
      this.argDepth = 0;
      let e: number;
      try {
        e = this.run(src, p, { t: 'env', name: env }, limit);
      } finally {
        this.argDepth = argDepth;
        this.table = null;
      }
      const blk = this.out.block('table');
      if (blk && this.discard === 0) {
        const first = blk.segments[0];
        if (first && first.pos.line === undefined) first.pos = src.idx.pos(k);
        this.blocks.push(blk);
      }
      this.out = saved.out;
      this.outKind = saved.kind;
      return e;
    }
    if (LIST_ENVS.has(env)) {
      let p = k;
      const o = optArg(s, p);
      if (o) p = o[1];
      if (env === 'list') p = this.applyArgs(src, p, 'DD');
      this.flushPara();
      this.listDepth++;
      const kind = this.outKind;
      let e: number;
      try {
        e = this.run(src, p, { t: 'env', name: env }, limit);
      } finally {
        this.listDepth--;
      }
      this.flushPara();
      this.outKind = this.listDepth > 0 ? 'list-item' : kind === 'list-item' ? 'paragraph' : kind;
      return e;
    }
    if (ALGORITHM_ENVS.has(env)) {
      this.flushPara();
      this.discard++;
      let e: number;
      try {
        e = this.run(src, k, { t: 'env', name: env }, limit);
      } finally {
        this.discard--;
      }
      return e;
    }
    let p = k;
    const o = optArg(s, p);
    if (o && (FLOAT_ENVS.has(env) || env in ENV_ARGS || o[1] - o[0] < 12)) p = o[1];
    if (FLOAT_ENVS.has(env)) {
      const o2 = optArg(s, p);
      if (o2) p = o2[1];
    }
    for (let a = 0; a < (ENV_ARGS[env] ?? 0); a++) {
      const r = reqArg(s, p);
      if (r) p = r[2];
    }
    if (FLOAT_ENVS.has(env)) {
      this.flushPara();
      const e = this.run(src, p, { t: 'env', name: env }, limit);
      this.flushPara();
      return e;
    }
    return this.run(src, p, { t: 'env', name: env }, limit);
  }

  protected include(src: Src, cmd: string, target: string): void {
    this.closure ??= new InputClosure(this.mainPath, src.text.length, this.files);
    const sub = this.closure.open(src, cmd, target, this.seen, this.includeDepth, this.warnings);
    if (!sub) return;
    const { text, abs } = sub;
    this.collectDefinitions(text);
    this.seen.add(abs);
    this.includeDepth++;
    if (cmd === 'include') this.flushPara();
    try {
      const bd = findOutsideComment(text, '\\begin{document}');
      const ed = findOutsideComment(text, '\\end{document}');
      this.run(sub, bd === -1 ? 0 : bd + '\\begin{document}'.length, { t: 'eof' }, ed === -1 ? text.length : ed);
    } finally {
      this.includeDepth--;
      this.seen.delete(abs);
    }
    if (cmd === 'include') this.flushPara();
  }

  parseDocument(src: Src): void {
    this.seen.add(resolve(src.abs));
    this.seen.add(realpathOr(src.abs));
    this.closure = new InputClosure(this.mainPath, src.text.length);
    const s = src.text;
    this.collectDefinitions(s);
    const bd = findOutsideComment(s, '\\begin{document}');
    const ed = findOutsideComment(s, '\\end{document}');
    let start = 0;
    if (bd !== -1) {
      // the preamble only contributes \title
      const pre = s.slice(0, bd);
      const t = findTitle(pre);
      if (t) this.titleFrom(src, t[0], t[1]);
      start = bd + '\\begin{document}'.length;
    }
    this.run(src, start, { t: 'eof' }, ed === -1 ? s.length : ed);
    this.flushPara();
    this.normaliseDepths();
  }

  private normaliseDepths(): void {
    const used = [...this.levels.values()].filter((l) => l >= 0 && l < 99);
    const min = minOf(used, 1);
    for (const [b, l] of this.levels) {
      if (b.kind !== 'heading') continue;
      b.depth = l < 0 || l >= 99 ? 1 : l - min + 1;
    }
  }
}
