/**
 * The element nesting of HTML or XML, measured in one linear pass before the parser builds a tree (the tree
 * builders and walkers recurse once per level: a document nested 100,000 deep overflows the stack). Comments,
 * CDATA, processing instructions, declarations and the content of script/style are skipped; in HTML, void
 * elements and elements whose end tag may be left out (p, li, td, …) do not count, so the measure never exceeds
 * the depth a browser would build by much, while a document over the depth limit is refused before parsing.
 */
import { checkLimit } from '../limits.js';

const HTML_NOT_NESTING = new Set(
  'area base br col embed hr img input link meta param source track wbr p li dt dd tr td th thead tbody tfoot option optgroup rt rp colgroup caption html head body'.split(' '),
);

export function checkMarkupDepth(path: string, text: string, html: boolean): void {
  let depth = 0;
  let k = text.indexOf('<');
  while (k !== -1 && k < text.length) {
    const next = text.charCodeAt(k + 1);
    if (text.startsWith('<!--', k)) {
      const e = text.indexOf('-->', k + 4);
      if (e === -1) return;
      k = text.indexOf('<', e + 3);
      continue;
    }
    if (text.startsWith('<![CDATA[', k)) {
      const e = text.indexOf(']]>', k + 9);
      if (e === -1) return;
      k = text.indexOf('<', e + 3);
      continue;
    }
    if (next === 33 || next === 63) {
      // <!DOCTYPE …>, <?xml …?>
      const e = text.indexOf('>', k + 2);
      if (e === -1) return;
      k = text.indexOf('<', e + 1);
      continue;
    }
    const closing = next === 47;
    let n = k + (closing ? 2 : 1);
    const start = n;
    while (n < text.length && /[A-Za-z0-9:_.-]/.test(text[n]!)) n++;
    if (n === start) {
      k = text.indexOf('<', k + 1);
      continue;
    }
    const name = text.slice(start, n).toLowerCase();
    const e = text.indexOf('>', n);
    if (e === -1) return;
    const selfClosing = text.charCodeAt(e - 1) === 47;
    if (!(html && HTML_NOT_NESTING.has(name)) && !selfClosing) {
      if (closing) depth = Math.max(0, depth - 1);
      else {
        depth++;
        checkLimit(path, 'depth', depth, () => `nests elements more than ${depth - 1} deep (<${name}> at offset ${k})`);
      }
    }
    if (html && !closing && (name === 'script' || name === 'style')) {
      const re = new RegExp(`</${name}`, 'gi');
      re.lastIndex = e;
      const end = re.exec(text);
      if (!end) return;
      k = end.index;
      continue;
    }
    k = text.indexOf('<', e + 1);
  }
}
