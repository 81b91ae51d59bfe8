/** JATS XML parsing (named entities kept through the parser) and small helpers over the xast tree. */
import { fromXml } from 'xast-util-from-xml';
import type { Element, ElementContent, Root, RootContent } from 'xast';
import { InputError } from '../types.js';
import { decodeEntity } from '../source-util.js';
import { checkMarkupDepth } from '../markup-depth.js';
import { fastParseXml } from './fast-xml.js';
import { fileError, isStackOverflow } from '../../limits.js';

export type XNode = Root | RootContent | ElementContent;

const PLACEHOLDER = '\uE000';

/** the `&` of a `&name;` other than XML's five, tried at one position */
const NAMED_REF = /&(?!(?:lt|gt|amp|quot|apos);)(?=[A-Za-z][A-Za-z0-9._-]*;)/y;

/**
 * Replace the `&` of named entities XML does not predefine with a same-length placeholder: the `&` of every
 * `&name;` except XML's five. Each `&` is found with `indexOf` and tried alone (the matches of replacing with the
 * same pattern, global: a match is the one `&`), so a long article is not scanned by the regular expression.
 */
export function protectEntities(text: string): string {
  let out = '';
  let from = 0;
  for (let at = text.indexOf('&'); at >= 0; at = text.indexOf('&', at + 1)) {
    NAMED_REF.lastIndex = at;
    if (!NAMED_REF.test(text)) continue;
    out += text.slice(from, at) + PLACEHOLDER;
    from = at + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

export function restoreEntities(value: string): string {
  if (!value.includes(PLACEHOLDER)) return value;
  return value.replace(/\uE000([A-Za-z][A-Za-z0-9._-]*);/g, (_m, name: string) => decodeEntity(name) ?? `&${name};`);
}

/**
 * The xast tree of a JATS file: the linear parser (fast-xml.ts) for the usual well-formed file, the full parser
 * (after the markup-depth pre-check) for anything it leaves alone, with the same tree or the same error. Elements
 * named in `lazy` get their content parsed on first access (fast parser only; the same nodes either way).
 */
export function parseXml(text: string, path: string, lazy?: ReadonlySet<string>): Root {
  const protectedText = protectEntities(text);
  const fast = fastParseXml(protectedText, path, lazy);
  if (fast) return fast;
  return parseXmlFully(protectedText, text, path);
}

/** The full parser (@rgrove/parse-xml through xast-util-from-xml); `text` unprotected, for the depth pre-check. */
export function parseXmlFully(protectedText: string, text: string, path: string): Root {
  checkMarkupDepth(path, text, false);
  try {
    return fromXml(protectedText);
  } catch (e) {
    if (isStackOverflow(e)) throw fileError(path, e);
    const err = e as { line?: number; column?: number; cause?: { message?: string }; reason?: string; message?: string };
    const reason = (err.cause?.message ?? err.reason ?? err.message ?? 'parse error')
      .split('\n')[0]!
      .replace(/\s*\(line \d+, column \d+\)\s*$/, '')
      .trim();
    throw new InputError(path, `malformed XML at line ${err.line ?? '?'}, column ${err.column ?? '?'}: ${reason}`);
  }
}

export const isEl = (n: XNode | undefined): n is Element => !!n && n.type === 'element';
export const kids = (el: Element): Element[] => el.children.filter(isEl);
export const child = (el: Element, name: string): Element | undefined => kids(el).find((c) => c.name === name);
export const attr = (el: Element, name: string): string => (el.attributes[name] ?? '').toString();

export function find(el: Element | Root, name: string, stop: Set<string> = new Set()): Element | undefined {
  for (const c of el.children) {
    if (!isEl(c)) continue;
    if (c.name === name) return c;
    if (stop.has(c.name)) continue;
    const r = find(c, name, stop);
    if (r) return r;
  }
  return undefined;
}

export function findAll(el: Element, name: string, out: Element[] = []): Element[] {
  for (const c of kids(el)) {
    if (c.name === name) out.push(c);
    else findAll(c, name, out);
  }
  return out;
}

/** Plain text of an element (no positions), for metadata. */
export function plain(n: XNode): string {
  if (n.type === 'text' || n.type === 'cdata') return restoreEntities(n.value);
  if (n.type === 'element' || n.type === 'root') return n.children.map(plain).join(n.type === 'element' && FIELD.has(n.name) ? ' ' : '');
  return '';
}

/** Elements that separate words inside citations and names. */
export const FIELD = new Set([
  'name', 'surname', 'given-names', 'prefix', 'suffix', 'collab', 'year', 'source', 'data-title', 'article-title',
  'pub-id', 'person-group', 'volume', 'issue', 'fpage', 'lpage', 'publisher-name', 'publisher-loc', 'etal',
  'institution', 'award-id', 'funding-source', 'version', 'date-in-citation', 'comment', 'chapter-title',
  'string-name', 'elocation-id', 'addr-line', 'country',
]);
