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

export function markdownToBlocks(tree: Root): { blocks: Block[]; metadata: Record<string, unknown>; title?: string } {
  const blocks: Block[] = [];
  const metadata: Record<string, unknown> = {};
  let title: string | undefined;
  let lastDepth = 1;

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
          for (const row of node.children) {
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

const CHUNK_CHARS = 1 << 20;

/**
 * Split a long Markdown text into pieces of about 1 MB at blank lines outside fenced code, so that a very large
 * input is parsed piece by piece: the syntax tree of a 20 MB file would otherwise take gigabytes.
 */
export function markdownChunks(text: string, size = CHUNK_CHARS): Array<{ text: string; offset: number; line: number }> {
  const out: Array<{ text: string; offset: number; line: number }> = [];
  let start = 0;
  let line = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + size);
    if (end < text.length) {
      // the next blank line after the target size, outside a code fence
      let fenced = false;
      let cut = -1;
      // every newline that starts a fence line or a blank line (lookaheads: nothing is consumed past the newline)
      const re = /\n(?=```|~~~|[ \t]*\n)/g;
      re.lastIndex = start;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const c = text[m.index + 1];
        if (c === '`' || c === '~') fenced = !fenced;
        else if (!fenced && m.index >= end) {
          cut = m.index + 1;
          break;
        }
      }
      end = cut === -1 ? text.length : cut;
    }
    const piece = text.slice(start, end);
    out.push({ text: piece, offset: start, line });
    for (let i = piece.indexOf('\n'); i !== -1; i = piece.indexOf('\n', i + 1)) line++;
    start = end;
  }
  return out;
}

export function readMarkdownText(text: string): ReaderOutput {
  if (text.length <= 2 * CHUNK_CHARS) return markdownToBlocks(parseMarkdownTree(text));
  const blocks: Block[] = [];
  let first: ReturnType<typeof markdownToBlocks> | undefined;
  for (const c of markdownChunks(text)) {
    const out = markdownToBlocks(parseMarkdownTree(c.text));
    if (!first) first = out;
    for (const b of out.blocks) {
      for (const seg of b.segments) {
        if (seg.pos.line !== undefined) seg.pos = { ...seg.pos, line: seg.pos.line + c.line, ...(seg.pos.offset !== undefined ? { offset: seg.pos.offset + c.offset } : {}) };
      }
      blocks.push(b);
    }
  }
  return { blocks, metadata: first?.metadata ?? {}, ...(first?.title ? { title: first.title } : {}) };
}

export const markdownReader: Reader = {
  format: 'markdown',
  read(input: ReaderInput): ReaderOutput {
    return readMarkdownText(input.text ?? '');
  },
};
