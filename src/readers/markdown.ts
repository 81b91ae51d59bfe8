import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import type { Processor } from 'unified';
import remarkFrontmatter from 'remark-frontmatter';
import { parse as parseYaml } from 'yaml';
import type { Nodes, Root, RootContent, PhrasingContent } from 'mdast';
import { TextBuilder, type Block, type Position } from '../manuscript/model.js';
import { classifyHeading } from '../manuscript/sections.js';
import type { Reader, ReaderInput, ReaderOutput } from './types.js';
import { tick } from '../limits.js';
import { checkMarkdownShape, markdownChunks } from './markdown-shape.js';
import { plainRegions } from './markdown-plain.js';

/**
 * The GFM constructs a manuscript needs (tables, footnotes, strikethrough). Literal autolinks are left out: URLs
 * stay in the text either way, and their tokenizer is a noticeable share of parsing time.
 */
function remarkGfmForManuscripts(this: Processor, options: { tables?: boolean } = {}): void {
  const data = this.data() as { micromarkExtensions?: unknown[]; fromMarkdownExtensions?: unknown[] };
  (data.micromarkExtensions ??= []).push(gfmFootnote(), gfmStrikethrough(), ...(options.tables === false ? [] : [gfmTable()]));
  (data.fromMarkdownExtensions ??= []).push(gfmFootnoteFromMarkdown(), gfmStrikethroughFromMarkdown(), ...(options.tables === false ? [] : [gfmTableFromMarkdown()]));
}

const processor = unified().use(remarkParse).use(remarkGfmForManuscripts).use(remarkFrontmatter, ['yaml']);
const processorWithoutTables = unified().use(remarkParse).use(remarkGfmForManuscripts, { tables: false }).use(remarkFrontmatter, ['yaml']);

/**
 * A GFM table needs a delimiter row ("| --- | :-: |"). Text without any line made only of pipes, dashes, colons
 * and spaces cannot contain a table, and is parsed without the table extension (a third of parsing time).
 */
const DELIMITER_ROW = /^(?=[^\n]*-)(?=[^\n]*\|)[ \t>|:-]+$/m;

export function parseMarkdownTree(text: string): Root {
  return (DELIMITER_ROW.test(text) ? processor : processorWithoutTables).parse(text) as Root;
}

function startOf(node: Nodes): Position | null {
  const p = node.position?.start;
  return p ? { line: p.line, column: p.column, ...(p.offset !== undefined ? { offset: p.offset } : {}) } : null;
}

function inline(nodes: PhrasingContent[], tb: TextBuilder): void {
  for (const n of nodes) {
    switch (n.type) {
      case 'text':
      case 'inlineCode':
        tb.append(n.value, startOf(n), n.type === 'text');
        break;
      case 'break':
        tb.sep(' ');
        break;
      case 'emphasis':
      case 'strong':
      case 'delete':
      case 'link':
      case 'linkReference':
        inline(n.children, tb);
        if (n.type === 'link' && n.url && !tb.text.includes(n.url) && /^(https?:|doi:|www\.)/i.test(n.url)) {
          // keep the URL visible for availability detectors: "[our repository](https://github.com/x)"
          tb.append(` (${n.url})`, null, false);
        }
        break;
      default:
        break; // images, html, footnote references: not prose
    }
  }
}

/** A paragraph that is only bold/italic text and names a section is a pseudo-heading ("**Methods**"). */
function pseudoHeading(children: PhrasingContent[]): string | undefined {
  if (children.length !== 1) return undefined;
  const c = children[0]!;
  if (c.type !== 'strong' && c.type !== 'emphasis') return undefined;
  const tb = new TextBuilder();
  inline(c.children, tb);
  const t = tb.text.trim();
  if (t.length > 80 || /[.!?]$/.test(t.replace(/[:]$/, ''))) return undefined;
  return classifyHeading(t) ? t : undefined;
}

interface ChunkState {
  /** the last heading's depth, carried from one piece of a long text to the next */
  lastDepth: number;
  /** the piece starts with a copy of a long table's header row (markdown-shape.ts): leave it out */
  dropTableHeader?: boolean;
}

export function markdownToBlocks(tree: Root, state: ChunkState = { lastDepth: 1 }): { blocks: Block[]; metadata: Record<string, unknown>; title?: string } {
  const blocks: Block[] = [];
  const metadata: Record<string, unknown> = {};
  let title: string | undefined;
  let lastDepth = state.lastDepth;

  const walk = (nodes: RootContent[], inList: boolean) => {
    for (const node of nodes) {
      switch (node.type) {
        case 'yaml': {
          try {
            const data = parseYaml(node.value) as unknown;
            if (data && typeof data === 'object' && !Array.isArray(data)) Object.assign(metadata, data);
          } catch {
            /* malformed front matter is not prose; ignore */
          }
          break;
        }
        case 'heading': {
          const tb = new TextBuilder();
          inline(node.children, tb);
          if (tb.text.trim()) {
            lastDepth = node.depth;
            blocks.push(tb.block('heading', { depth: node.depth }));
          }
          break;
        }
        case 'paragraph': {
          const ph = pseudoHeading(node.children);
          const tb = new TextBuilder();
          inline(node.children, tb);
          if (!tb.text.trim()) break;
          if (ph && !inList) {
            blocks.push(tb.block('heading', { depth: lastDepth + 1 }));
            break;
          }
          blocks.push(tb.block(inList ? 'list-item' : 'paragraph'));
          break;
        }
        case 'list':
          for (const item of node.children) walk(item.children, true);
          break;
        case 'blockquote':
        case 'footnoteDefinition':
          walk(node.children, inList);
          break;
        case 'table': {
          const tb = new TextBuilder();
          const rows = state.dropTableHeader ? node.children.slice(1) : node.children;
          state.dropTableHeader = false;
          for (const row of rows) {
            row.children.forEach((cell, i) => {
              if (i > 0) tb.append(' | ', null, false);
              inline(cell.children, tb);
            });
            tb.append('\n', null, false);
          }
          if (tb.text.trim()) blocks.push(tb.block('table'));
          break;
        }
        default:
          break; // code, html (comments), thematic breaks, definitions
      }
    }
  };
  walk(tree.children, false);
  state.lastDepth = lastDepth;

  if (typeof metadata.title === 'string') title = metadata.title;
  if (typeof metadata.abstract === 'string' && metadata.abstract.trim()) {
    const tb = new TextBuilder();
    tb.append('Abstract', null, false);
    const ab = new TextBuilder();
    ab.append(metadata.abstract.trim(), { line: 1, column: 1 }, false);
    blocks.unshift(tb.block('heading', { depth: 1, sectionHint: 'abstract' }), ab.block('paragraph'));
  }
  return { blocks, metadata, ...(title ? { title } : {}) };
}

/** Move a region's blocks (positions from its own first line) to where the region is in the piece. */
function shiftBlocks(blocks: Block[], line: number, offset: number): Block[] {
  if (line > 0 || offset > 0) {
    for (const b of blocks) {
      for (const seg of b.segments) {
        if (seg.pos.line !== undefined) seg.pos = { ...seg.pos, line: seg.pos.line + line, ...(seg.pos.offset !== undefined ? { offset: seg.pos.offset + offset } : {}) };
      }
    }
  }
  return blocks;
}

/**
 * One piece of Markdown as blocks: plain paragraphs and headings straight from the line scanner
 * (markdown-plain.ts), the rest (and the whole piece when the scanner declines) parsed with micromark; the same
 * blocks either way (test/markdown-plain.test.ts).
 */
export function markdownPieceToBlocks(text: string, state: ChunkState = { lastDepth: 1 }): ReturnType<typeof markdownToBlocks> {
  const regions = plainRegions(text);
  if (!regions) return markdownToBlocks(parseMarkdownTree(text), state);
  const blocks: Block[] = [];
  for (const r of regions) {
    if (r.kind === 'hard') {
      blocks.push(...shiftBlocks(markdownToBlocks(parseMarkdownTree(text.slice(r.from, r.to)), state).blocks, r.line, r.from));
      continue;
    }
    const tb = new TextBuilder();
    tb.append(r.text, { line: r.line + 1, column: r.kind === 'heading' ? r.depth + 2 : 1, offset: r.offset }, true);
    if (!tb.text.trim()) continue; // only Unicode spaces: not prose, as in markdownToBlocks
    if (r.kind === 'heading') {
      state.lastDepth = r.depth;
      blocks.push(tb.block('heading', { depth: r.depth }));
    } else blocks.push(tb.block('paragraph'));
  }
  return { blocks, metadata: {} };
}

/**
 * Markdown as blocks: its shape checked against the limits first (markdown-shape.ts), then parsed piece by piece
 * (one piece for most manuscripts), the time budget checked between pieces.
 */
export function readMarkdownText(text: string, path = '<input>', scanner = true): ReaderOutput {
  checkMarkdownShape(path, text);
  const blocks: Block[] = [];
  let first: ReturnType<typeof markdownToBlocks> | undefined;
  const state: ChunkState = { lastDepth: 1 };
  for (const c of markdownChunks(text)) {
    tick();
    state.dropTableHeader = Boolean(c.continuesTable);
    const out = scanner ? markdownPieceToBlocks(c.text, state) : markdownToBlocks(parseMarkdownTree(c.text), state);
    if (!first) first = out;
    for (const b of out.blocks) {
      if (c.line > 0) {
        for (const seg of b.segments) {
          if (seg.pos.line !== undefined) seg.pos = { ...seg.pos, line: seg.pos.line + c.line, ...(seg.pos.offset !== undefined ? { offset: seg.pos.offset + c.offset } : {}) };
        }
      }
      blocks.push(b);
    }
  }
  return { blocks, metadata: first?.metadata ?? {}, ...(first?.title ? { title: first.title } : {}) };
}

export const markdownReader: Reader = {
  format: 'markdown',
  read(input: ReaderInput): ReaderOutput {
    return readMarkdownText(input.text ?? '', input.path);
  },
};
