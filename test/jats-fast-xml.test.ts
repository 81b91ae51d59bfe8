/**
 * The linear XML parser (src/readers/jats/fast-xml.ts) against the full parser it stands in for: on every JATS
 * file at hand and on thousands of damaged copies, it either declines (null: the full parser decides) or returns
 * exactly the full parser's tree; a nesting over the depth limit gives the same error; and the faster entity
 * protection marks the same references as the one it replaced.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'xast';
import { describe, expect, it } from 'vitest';
import { fastParseXml } from '../src/readers/jats/fast-xml.js';
import { parseXml, parseXmlFully, protectEntities } from '../src/readers/jats/xml.js';
import { sharedData } from './shared-data.js';

const corpus = sharedData('corpus', 'the fast XML parser on corpus JATS files');
const fixture = readFileSync(join(import.meta.dirname, 'fixtures', 'readers', 'article.xml'), 'utf8');
const corpusXml = corpus.present
  ? readdirSync(corpus.path).flatMap((c) => {
      const dir = join(corpus.path, c, 'docs');
      try {
        return readdirSync(dir).filter((f) => f.endsWith('.xml')).map((f) => readFileSync(join(dir, f), 'utf8'));
      } catch {
        return [];
      }
    })
  : [];

type Outcome = { tree: unknown } | { error: string } | null;
const UNREAD = new Set(['ref-list', 'sub-article', 'response']);
const LAZY_TEST = new Set(['ref', 'p', 'sec', 'mixed-citation', 'element-citation', 'italic', 'xref', 'ref-list']);
const plain = (x: unknown) => JSON.parse(JSON.stringify(x)) as unknown;
function full(text: string): Outcome {
  try {
    return { tree: plain(parseXmlFully(protectEntities(text), text, 'f.xml')) };
  } catch (e) {
    return { error: (e as Error).message };
  }
}
function fast(text: string, lazy?: ReadonlySet<string>): Outcome {
  try {
    const t = fastParseXml(protectEntities(text), 'f.xml', lazy);
    return t ? { tree: plain(t) } : null;
  } catch (e) {
    return { error: (e as Error).message };
  }
}

/** The entity protection before this parser (a callback per reference), kept here as the reference. */
function protectEntitiesBefore(text: string): string {
  return text.replace(/&([A-Za-z][A-Za-z0-9._-]*);/g, (m, name: string) => (['lt', 'gt', 'amp', 'quot', 'apos'].includes(name) ? m : '\uE000' + m.slice(1)));
}

describe('fast XML parser', () => {
  it('gives the full parser’s tree for the fixture and the corpus JATS files', () => {
    for (const text of [fixture, ...corpusXml]) {
      const f = fast(text);
      expect(f, 'the parser declined a well-formed JATS file').not.toBeNull();
      expect(f).toEqual(full(text));
      // lazy elements (the reader's unread reference lists and sub-articles) give the same tree once read
      expect(fast(text, UNREAD)).toEqual(f);
    }
  });

  it('builds a lazy element only when its children are read, with the same nodes', () => {
    const text = '<article><body><p>a</p></body><back><ref-list><ref id="r1"><mixed-citation>A &amp; B. <italic>T</italic>.</mixed-citation></ref></ref-list></back></article>';
    const tree = fastParseXml(text, 'f.xml', UNREAD)!;
    const back = (tree.children[0] as Element).children[1] as Element;
    const refList = back.children[0] as Element;
    expect(Object.getOwnPropertyDescriptor(refList, 'children')?.get).toBeTypeOf('function');
    expect(plain(tree)).toEqual(plain(fastParseXml(text, 'f.xml')));
    expect(Object.getOwnPropertyDescriptor(refList, 'children')?.get).toBeUndefined();
  });

  it('declines or agrees on damaged copies (deterministic mutations)', () => {
    let seed = 20261206;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const bits = ['<', '>', '&', '&amp;', '&#x41;', '&#X41;', '&#0;', '&nbsp;', '&_x;', ']]>', '<!--', '-->', '<!-- a -- b -->', '<?pi x?>', '<?pi a>b?>', '<?xml v?>', '<![CDATA[a<b]]>', '"', "'", '/>', '</p>', '<p>', '<b a="1" a="2">', '<i x=">">', '<i x="a&#10;b\tc"/>', '\t', '\n', '\r\n', ' ', '\u0001', '\uD800', '😀', 'é', '<é>', '<a:b c:d="e"/>', '<!DOCTYPE a>', '<x xml:space="bad"/>', '<x xml:space="preserve"/>', '</ p>', '</p >', '<p/ >', '&#1114112;', '&#xD800;', '&lt', '<?xml version="1.0"?>', '<x __proto__="1"/>'];
    // whole elements of 100–2,000 characters from the files, each wrapped in a small document, then damaged
    const pieces: string[] = [];
    for (const text of [fixture, ...corpusXml]) {
      const walk = (n: { type: string; children?: unknown[]; position?: { start: { offset?: number }; end: { offset?: number } } }) => {
        const a = n.position?.start.offset;
        const b = n.position?.end.offset;
        if (n.type === 'element' && a !== undefined && b !== undefined && b - a >= 100 && b - a <= 2000) pieces.push(text.slice(a, b));
        for (const c of (n.children ?? []) as Array<typeof n>) walk(c);
      };
      walk(parseXml(text.replace(/^\uFEFF/, ''), 'f.xml'));
    }
    const counts = { agreed: 0, declined: 0 };
    for (let n = 0; n < 1200; n++) {
      let t = `<?xml version="1.0"?>\n<article>${pieces[rnd(pieces.length)]!}</article>\n`;
      for (let j = rnd(3); j > 0; j--) {
        const at = rnd(t.length + 1);
        const op = rnd(3);
        if (op === 0) t = t.slice(0, at) + bits[rnd(bits.length)]! + t.slice(at);
        else if (op === 1) t = t.slice(0, at) + t.slice(at + 1 + rnd(20));
        else {
          const b = rnd(t.length);
          t = t.slice(0, at) + t.slice(b, b + rnd(60)) + t.slice(at);
        }
      }
      const f = fast(t);
      // skipping the content of lazy elements checks it exactly as building it does (common names, to reach it)
      expect(JSON.stringify(fast(t, LAZY_TEST))).toBe(JSON.stringify(f));
      if (f === null) counts.declined++;
      else {
        expect(JSON.stringify(f)).toBe(JSON.stringify(full(t)));
        counts.agreed++;
      }
    }
    // both branches are exercised
    expect(counts.agreed).toBeGreaterThan(50);
    expect(counts.declined).toBeGreaterThan(50);
  }, 60_000);

  it('handles a prolog, doctype, comments, CDATA, instructions and references like the full parser', () => {
    const text = `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<!-- c -->\n<!DOCTYPE article PUBLIC "-//NLM//DTD JATS (Z39.96) Journal Publishing DTD v1.2 20190208//EN" "JATS-journalpublishing1.dtd">\n<?pi one?>\n<article a='x &amp; y' b="1&#x9;2\t3"><p>A &lt;b&gt; &#233; &nbsp; 😀 <![CDATA[x < y & z]]><?note v?><!--k--></p><q/></article>\n<!-- end -->\n`;
    expect(fast(text)).not.toBeNull();
    expect(fast(text)).toEqual(full(text));
  });

  it('checks the content of a lazy element in place exactly as when it is built', () => {
    // each of these is checked inside a reference list without building its text or attributes
    const inner = [
      'A &amp; B &#x2013; C &#233;',
      'A &bogus B',
      'x ]]> y',
      'x ]] > y',
      '&#xFFFE;',
      '&#0;',
      '<x a="1" a="2">t</x>',
      '<x a="1" b="2" constructor="3">t</x>',
      '<x a="1 &lt; 2">t</x>',
      '<x a="1 > 2">t</x>',
      '<x a="&#1;">t</x>',
      '<x a="&#x41;&#9;">t</x>',
      '<x a="b\t&amp;\nc">t</x>',
      '<x a="&amp">t</x>',
      '<x xml:space="preserve">t</x>',
      '<x xml:space="other">t</x>',
      '<x a=\'q "\'/>&gt;<!-- c --><![CDATA[ a ]]><?pi v?>',
    ];
    for (const body of inner) {
      const text = `<article><body><p>before &amp; after</p></body><back><ref-list><ref>${body}</ref><ref>&amp; ok</ref></ref-list><fn>after &#233;</fn></back></article>`;
      expect(JSON.stringify(fast(text, UNREAD)), body).toBe(JSON.stringify(fast(text)));
      const f = fast(text);
      if (f !== null) expect(f, body).toEqual(full(text));
    }
  });

  it('refuses a nesting over the depth limit with the same message', () => {
    const deep = `<article>${'<sec>'.repeat(250)}x${'</sec>'.repeat(250)}</article>`;
    expect(() => parseXml(deep, 'deep.xml')).toThrow(/deep\.xml: nests elements more than 200 deep \(<sec> at offset 1004\)/);
    expect(fast(deep)).toEqual(full(deep));
    const deepLazy = `<article><back><ref-list>${'<sec>'.repeat(250)}x${'</sec>'.repeat(250)}</ref-list></back></article>`;
    expect(fast(deepLazy, UNREAD)).toEqual(full(deepLazy));
    expect(fast(deepLazy, UNREAD)).toEqual({ error: expect.stringMatching(/nests elements more than 200 deep/) });
  });

  it('protects the same entity references as before', () => {
    for (const text of [fixture, ...corpusXml, 'a &nbsp; &amp; &lt;b &x.y-z; &1; &a&b; &amp;nbsp; &ltx; &#160; &Agr;', '&alpha;&&beta;x&', '&', '&&;', '&lt;&gt;&quot;&apos;&amp;', 'no reference']) {
      expect(protectEntities(text)).toBe(protectEntitiesBefore(text));
    }
  });
});
