/**
 * What Markdown is handed to the parser, and in what pieces. micromark keeps several tokens per line and per
 * delimiter, and some of its inline resolutions grow faster than the input (`*a*a*a…`, `[[[x]]]`), so before
 * parsing, one linear pass over the lines checks the shape against the limits: container nesting (block
 * quotes, list markers, indentation), emphasis/link markers in one paragraph, and table rows (a sentence each). Then the text is cut into pieces
 * of about CHUNK_CHARS at blank lines before a line that starts in column 0 (outside code fences and HTML
 * comments), and runs of many blank lines are dropped at a cut: each piece is parsed alone (with the time budget
 * checked between pieces), so memory follows the piece, not the document.
 */
import { checkLimit, LimitError, limits } from '../limits.js';

/**
 * Markers allowed in a whole document, in paragraphs' worth of the markers limit. The corpora's most is 577 in
 * one document; 4 MB of `*a*` pairs within the per-paragraph limit took 1.5 GB and 280 s before this bound.
 */
export const MARKER_PARAGRAPHS = 100;

export const CHUNK_CHARS = 1 << 18;
/** rows of one table parsed together (its syntax tree is large: about 30 KB a row) */
const TABLE_ROWS = 2000;

export interface MarkdownChunk {
  text: string;
  /** where `text` starts in the whole text, and its first line (0-based) */
  offset: number;
  line: number;
  /** the piece starts with a copy of a long table's header and delimiter rows, to be dropped */
  continuesTable?: boolean;
}
/** a run of this many blank lines is always a cut, and is not parsed */
const LONG_BLANK_RUN = 64;

const DELIMITER_ROW = /^[ \t>|:-]*-[ \t>|:-]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** Throw a LimitError when the Markdown in `text` nests deeper than the depth limit or has a paragraph (or a document) of too many markers. */
export function checkMarkdownShape(path: string, text: string): void {
  let fence = '';
  let markers = 0;
  // in a whole document, a hundred paragraphs' worth: memory grows with the number of inline nodes
  let total = 0;
  const maxTotal = limits().markers * MARKER_PARAGRAPHS;
  let table = false;
  let rows = 0;
  let lineNo = 0;
  for (let pos = 0; pos <= text.length; ) {
    const nl = text.indexOf('\n', pos);
    const end = nl === -1 ? text.length : nl;
    lineNo++;
    const line = text.slice(pos, end);
    pos = end + 1;
    const f = FENCE.exec(line);
    if (fence) {
      if (f && f[1]![0] === fence[0] && f[1]!.length >= fence.length) fence = '';
      if (nl === -1) break;
      continue;
    }
    if (f) {
      fence = f[1]!;
      continue;
    }
    if (/^[ \t]*$/.test(line)) {
      markers = 0;
      table = false;
    } else {
      // container depth: block-quote and list markers at the start, and indentation (two columns a level)
      let k = 0;
      let d = 0;
      let indent = 0;
      for (;;) {
        const c = line.charCodeAt(k);
        if (c === 32) indent++;
        else if (c === 9) indent += 4;
        else if (c === 62) d++;
        else if ((c === 45 || c === 42 || c === 43) && (line.charCodeAt(k + 1) === 32 || line.charCodeAt(k + 1) === 9)) d++;
        else break;
        k++;
      }
      d += indent >> 1;
      checkLimit(path, 'depth', d, () => `nests block quotes or lists ${d} deep (line ${lineNo})`);
      // a table's cells are parsed one by one: count its rows' markers line by line
      if (table) {
        markers = 0;
        // each row becomes a sentence: a table longer than the sentences limit is refused before parsing
        checkLimit(path, 'sentences', ++rows, (n) => `has more than ${n - 1} table rows (a sentence each)`);
      } else if (DELIMITER_ROW.test(line) && line.includes('|')) {
        table = true;
        markers = 0;
      }
      for (let i = k; i < line.length; i++) {
        const c = line.charCodeAt(i);
        if (c === 42 || c === 95 || c === 91 || c === 93) {
          markers++;
          total++;
        }
      }
      checkLimit(path, 'markers', markers, (n) => `has a paragraph with ${n} emphasis or link markers (* _ [ ]) ending at line ${lineNo}`);
      if (total > maxTotal) throw new LimitError(path, 'markers', `has more than ${maxTotal} emphasis or link markers (* _ [ ]) in all, ${MARKER_PARAGRAPHS} paragraphs' worth (by line ${lineNo})`);
    }
    if (nl === -1) break;
  }
}

/**
 * Split Markdown into pieces of about `size` characters at blank lines outside code fences and HTML comments,
 * where the next line starts in column 0 (so no list item, quote or footnote continues across a cut); a run of
 * LONG_BLANK_RUN or more blank lines is always a cut and is left out. Each piece keeps its offset and line.
 */
export function markdownChunks(text: string, size = CHUNK_CHARS): MarkdownChunk[] {
  const out: MarkdownChunk[] = [];
  // a piece that continues a long table starts with a copy of its header and delimiter rows
  let prefix = '';
  const push = (from: number, to: number, line: number) => {
    if (to <= from) return;
    if (prefix) out.push({ text: prefix + text.slice(from, to), offset: from - prefix.length, line: line - 2, continuesTable: true });
    else out.push({ text: text.slice(from, to), offset: from, line });
    prefix = '';
  };
  let table: { header: string; rows: number } | null = null;
  let prevLine = '';
  let chunkStart = 0;
  let chunkLine = 0;
  let fence = '';
  let comment = false;
  let blanks = 0;
  let blankStart = 0;
  let lineNo = 0;
  for (let pos = 0; pos < text.length; ) {
    const nl = text.indexOf('\n', pos);
    const end = nl === -1 ? text.length : nl;
    const c = text.charCodeAt(pos);
    const blank = /^[ \t]*$/.test(text.slice(pos, Math.min(end, pos + 200))) && (end - pos <= 200 || /^[ \t]*$/.test(text.slice(pos, end)));
    if (blank && !fence && !comment) {
      if (blanks === 0) blankStart = pos;
      blanks++;
      table = null;
    } else {
      // a long table is cut between rows, every TABLE_ROWS rows
      if (table && !fence && !comment && c === 124 && ++table.rows > TABLE_ROWS) {
        push(chunkStart, pos, chunkLine);
        prefix = table.header;
        chunkStart = pos;
        chunkLine = lineNo;
        table.rows = 1;
      }
      const column0 = c !== 32 && c !== 9;
      if (blanks > 0 && column0 && !fence && !comment) {
        if (blanks >= LONG_BLANK_RUN) {
          push(chunkStart, blankStart, chunkLine);
          chunkStart = pos;
          chunkLine = lineNo;
        } else if (pos - chunkStart >= size) {
          push(chunkStart, pos, chunkLine);
          chunkStart = pos;
          chunkLine = lineNo;
        }
      }
      blanks = 0;
      const head = text.slice(pos, Math.min(end, pos + 16));
      const f = FENCE.exec(head);
      if (fence) {
        if (f && f[1]![0] === fence[0] && f[1]!.length >= fence.length) fence = '';
      } else if (f) fence = f[1]!;
      else {
        const line = text.slice(pos, end);
        if (!table && !comment && c === 124 && prevLine.charCodeAt(0) === 124 && DELIMITER_ROW.test(line)) table = { header: `${prevLine}\n${line}\n`, rows: 0 };
        prevLine = line.length < 10_000 ? line : '';
        if (comment) comment = !line.includes('-->');
        else {
          const open = line.lastIndexOf('<!--');
          comment = open !== -1 && !line.includes('-->', open + 4);
        }
      }
    }
    if (nl === -1) break;
    pos = nl + 1;
    lineNo++;
  }
  if (blanks >= LONG_BLANK_RUN) push(chunkStart, blankStart, chunkLine);
  else push(chunkStart, text.length, chunkLine);
  return out;
}
