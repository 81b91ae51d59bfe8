/**
 * A line scanner that finds the Markdown a manuscript is mostly made of (paragraphs of plain prose and ATX
 * headings whose text needs no inline parsing), so that only the rest is handed to micromark.
 *
 * Blocks are runs of non-blank lines. A block is plain when every line starts in column 1 with a character that
 * cannot open a block construct, has no character that can start an inline construct (escapes, references,
 * emphasis, code, links, images, HTML, strikethrough, footnotes, table pipes) or a tab, and does not end in a
 * space; an ATX heading line (`## Text`, one space, no `#` in the text) is plain under the same conditions. Every
 * other block is hard; consecutive hard blocks, with the blank lines between them, form one region that micromark
 * parses alone.
 *
 * Why a region parses alone as it does in place: after a blank line, a line in column 1 that cannot open a block
 * closes every open container (list, quote, footnote, indented code, HTML blocks of kinds 6 and 7, table) and
 * starts a paragraph; a setext underline or a lazy line never follows a blank line. What can stay open across
 * blank lines (fenced code and HTML blocks of kinds 1–5 in column 1–4, front matter at the start) and what acts
 * at a distance (link and footnote definitions, `]:`) make the scanner decline the whole text (null), as do
 * carriage returns and a byte order mark. A hard region that starts with `---` is declined too (alone it would
 * read as front matter).
 */

/** A plain paragraph or heading, or a hard region of the text: line (0-based) and offset of its first line. */
export type PlainRegion =
  | { kind: 'paragraph'; text: string; line: number; offset: number }
  | { kind: 'heading'; depth: number; text: string; line: number; offset: number }
  | { kind: 'hard'; from: number; to: number; line: number };

// characters that can start an inline construct, and a tab (column arithmetic); NUL is replaced by micromark
const INLINE_SPECIAL = /[\\&*_`[\]<!~^|\0\t]/;
// first characters of lines that can open a block, and ordered list markers
const BLOCK_START = /^(?:[ #>\-+*=_|<`~[]|\d{1,9}[.)](?:[ \t]|$))/;
const ATX = /^(#{1,6}) ([^#\s][^#]*)$/;
// constructs that can stay open across blank lines, or act at a distance
const DECLINE = /^ {0,3}(?:```|~~~|<(?:script|pre|style|textarea|!|\?))|\]:/im;

export function plainRegions(text: string): PlainRegion[] | null {
  if (text.includes('\r') || text.charCodeAt(0) === 0xfeff || text.startsWith('---') || DECLINE.test(text)) return null;
  const out: PlainRegion[] = [];
  let hard: { from: number; to: number; line: number } | null = null;
  let pos = 0;
  let line = 0;
  const n = text.length;
  while (pos < n) {
    // a block: lines up to the next blank line
    let end = pos;
    let l = line;
    let plain = true;
    const lines: Array<{ start: number; end: number }> = [];
    while (end < n) {
      const nl = text.indexOf('\n', end);
      const e = nl === -1 ? n : nl;
      let k = end;
      while (k < e && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
      if (k === e) break; // blank line
      lines.push({ start: end, end: e });
      end = nl === -1 ? n : nl + 1;
      l++;
    }
    if (lines.length) {
      for (const ln of lines) {
        const s = text.slice(ln.start, ln.end);
        if (INLINE_SPECIAL.test(s) || s.charCodeAt(s.length - 1) === 32) {
          plain = false;
          break;
        }
        if (BLOCK_START.test(s) && !ATX.test(s)) {
          plain = false;
          break;
        }
      }
      if (plain) {
        if (hard) {
          out.push({ kind: 'hard', ...hard });
          hard = null;
        }
        let para: { start: number; end: number; line: number } | null = null;
        const flush = () => {
          if (para) out.push({ kind: 'paragraph', text: text.slice(para.start, para.end), line: para.line, offset: para.start });
          para = null;
        };
        lines.forEach((ln, i) => {
          const m = text.charCodeAt(ln.start) === 35 ? ATX.exec(text.slice(ln.start, ln.end)) : null;
          if (m) {
            flush();
            out.push({ kind: 'heading', depth: m[1]!.length, text: m[2]!, line: line + i, offset: ln.start + m[1]!.length + 1 });
          } else if (para) para.end = ln.end;
          else para = { start: ln.start, end: ln.end, line: line + i };
        });
        flush();
      } else if (hard) hard.to = lines[lines.length - 1]!.end;
      else {
        if (text.startsWith('---', lines[0]!.start)) return null;
        hard = { from: lines[0]!.start, to: lines[lines.length - 1]!.end, line };
      }
    }
    // skip the blank lines
    pos = end;
    line = l;
    while (pos < n) {
      const nl = text.indexOf('\n', pos);
      const e = nl === -1 ? n : nl;
      let k = pos;
      while (k < e && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
      if (k < e) break;
      pos = nl === -1 ? n : nl + 1;
      line++;
    }
  }
  if (hard) out.push({ kind: 'hard', ...hard });
  return out;
}
