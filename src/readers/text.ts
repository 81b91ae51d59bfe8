import { TextBuilder, type Block } from '../manuscript/model.js';
import { STANDALONE_HEADING, classifyHeading } from '../manuscript/sections.js';
import type { Reader, ReaderInput, ReaderOutput } from './types.js';

const NUMBERED_HEADING = /^((?:\d+\.)+\d*|\d+)\s+([A-Z][^.!?]{1,80})$/;

/** Heuristic heading test for one line of plain text; returns the depth or 0. */
export function headingDepth(line: string, prevBlank: boolean, nextBlank: boolean): number {
  const t = line.trim();
  if (!t || t.length > 90) return 0;
  if (STANDALONE_HEADING.test(t)) {
    const m = /^(\d+(?:\.\d+)*)/.exec(t);
    return m ? m[1]!.split('.').filter(Boolean).length : 1;
  }
  const num = NUMBERED_HEADING.exec(t);
  if (num && !/\d\s*(%|mg|years?|patients?)/i.test(t) && (prevBlank || nextBlank)) {
    return num[1]!.split('.').filter(Boolean).length;
  }
  // ALL-CAPS line of a few words ("MATERIALS AND METHODS"), standing alone
  const letters = t.replace(/[^A-Za-z]/g, '');
  if (letters.length >= 4 && letters === letters.toUpperCase() && t.split(/\s+/).length <= 8 && (prevBlank || nextBlank) && !/[.,;]$/.test(t)) {
    return classifyHeading(t) ? 1 : 2;
  }
  return 0;
}

export function textToBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  const lines = text.split('\n');
  let offset = 0;
  let para: TextBuilder | null = null;
  let hyphen = false;
  const flush = () => {
    if (para && hyphen) para.append('-', null, false);
    hyphen = false;
    if (para && para.text.trim()) blocks.push(para.block('paragraph'));
    para = null;
  };
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!.replace(/\r$/, '');
    const lineStart = offset;
    offset += lines[i]!.length + 1;
    const blank = raw.trim() === '';
    if (blank) {
      flush();
      continue;
    }
    const prevBlank = i === 0 || lines[i - 1]!.trim() === '';
    const nextBlank = i + 1 >= lines.length || lines[i + 1]!.trim() === '';
    const depth = headingDepth(raw, prevBlank, nextBlank);
    const indent = raw.length - raw.trimStart().length;
    const pos = { line: i + 1, column: indent + 1, offset: lineStart + indent };
    if (depth > 0) {
      flush();
      const tb = new TextBuilder();
      tb.append(raw.trim(), pos);
      blocks.push(tb.block('heading', { depth }));
      continue;
    }
    if (!para) para = new TextBuilder();
    let piece = raw.trim();
    // join hyphenated line breaks ("classi-" + "fication"): a line's final hyphen waits for the next line, so the
    // paragraph is never rescanned or copied (long paragraphs of short lines stay linear)
    if (hyphen && /^[a-z]/.test(piece)) {
      // joined: the hyphen is dropped
    } else if (para.text) {
      para.append(hyphen ? '-\n' : '\n', null, false);
    }
    hyphen = /[a-z]-$/.test(piece);
    if (hyphen) piece = piece.slice(0, -1);
    para.append(piece, pos);
  }
  flush();
  return blocks;
}

export const textReader: Reader = {
  format: 'text',
  read(input: ReaderInput): ReaderOutput {
    return { blocks: textToBlocks(input.text ?? '') };
  },
};
