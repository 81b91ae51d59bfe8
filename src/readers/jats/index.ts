/**
 * JATS / NLM XML reader (PMC, PLOS, eLife, …). Emits the article title, abstract(s), body sections, back
 * matter (acknowledgements, funding, competing interests, ethics, data availability, …) with section/role
 * hints, figure/table captions and table text. Reference lists and eLife `<sub-article>` peer-review material
 * are excluded. Every block maps back to line/column/offset in the XML.
 *
 * The parts: xml.ts (parsing, tree helpers) and the walker as layers: text.ts (inline text, headings) ←
 * floats.ts (figures, tables) ← body.ts (paragraphs, sections, lists, notes) ← front-back.ts (front and back
 * matter).
 */
import type { Element } from 'xast';
import { InputError, type Reader, type ReaderInput, type ReaderOutput } from '../types.js';
import { JatsWalker } from './front-back.js';
import { child, find, isEl, parseXml } from './xml.js';

/**
 * Elements the walker never reads (reference lists, peer-review sub-articles and responses): the parser checks
 * them but builds their content only if something asks for it.
 */
const UNREAD = new Set(['ref-list', 'sub-article', 'response']);

export function readJatsString(text: string, path: string): ReaderOutput {
  const src = text.replace(/^\uFEFF/, '');
  const root = parseXml(src, path, UNREAD);
  const w = new JatsWalker(src, path);
  const article = (root.children.find((c) => isEl(c) && c.name === 'article') as Element | undefined) ?? find(root, 'article') ?? (root.children.find(isEl) as Element | undefined);
  if (!article) throw new InputError(path, 'XML has no root element');
  const front = child(article, 'front');
  const deferred = front ? w.front(article) : [];
  const body = child(article, 'body');
  if (body) w.flow(body, 0, new Set(['sub-article', 'response']));
  const back = child(article, 'back');
  if (back) w.back(back);
  const floats = child(article, 'floats-group');
  if (floats) w.flow(floats, 0);
  w.declarations(deferred);
  if (!front && !body && !back) w.flow(article, 0, new Set(['sub-article', 'response', 'ref-list']));
  const out: ReaderOutput = { blocks: w.blocks, metadata: w.metadata };
  if (w.title) out.title = w.title;
  return out;
}

export const jatsReader: Reader = {
  format: 'jats',
  read(input: ReaderInput): ReaderOutput {
    const text = input.text ?? new TextDecoder('utf-8').decode(input.data);
    return readJatsString(text, input.path);
  },
};
