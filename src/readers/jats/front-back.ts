/**
 * The JATS walker's article parts: front matter (journal and article metadata, title, abstracts; funding,
 * author notes and custom metadata kept for later), back matter (acknowledgements, notes, footnote groups,
 * glossary, back sections; the reference list skipped) and the deferred front-matter declarations.
 */
import type { Element } from 'xast';
import { roleOfJatsText as roleFromText, roleOfJatsType as roleFor } from '../../manuscript/roles.js';
import { MappedBuilder } from '../source-util.js';
import { JatsBody, kindFor } from './body.js';
import { attr, child, find, findAll, kids, plain } from './xml.js';

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

export class JatsWalker extends JatsBody {
  front(article: Element): Element[] {
    const deferred: Element[] = [];
    const meta = find(article, 'article-meta', new Set(['sub-article']));
    const journal = find(article, 'journal-meta', new Set(['sub-article']));
    if (journal) {
      const jt = find(journal, 'journal-title');
      if (jt) this.metadata.journal = norm(plain(jt));
    }
    if (attr(article, 'article-type')) this.metadata.articleType = attr(article, 'article-type');
    if (!meta) return deferred;
    for (const id of kids(meta).filter((c) => c.name === 'article-id')) {
      const t = attr(id, 'pub-id-type');
      if (t === 'doi' || t === 'pmid' || t === 'pmcid' || t === 'pmc') this.metadata[t === 'pmc' ? 'pmcid' : t] = norm(plain(id));
    }
    const pub = kids(meta).find((c) => c.name === 'pub-date');
    if (pub) {
      const y = child(pub, 'year');
      if (y) this.metadata.year = norm(plain(y));
    }
    const kw = kids(meta).filter((c) => c.name === 'kwd-group');
    const keywords = kw.flatMap((g) => kids(g).filter((k) => k.name === 'kwd').map((k) => norm(plain(k))));
    if (keywords.length) this.metadata.keywords = keywords;
    const subjects = findAll(meta, 'subject').map((s) => norm(plain(s)));
    if (subjects.length) this.metadata.subjects = subjects;

    const tg = child(meta, 'title-group');
    const at = tg && child(tg, 'article-title');
    if (at) {
      const b = new MappedBuilder();
      this.inlineAll(at, b, new Set(['xref', 'fn']));
      const sub = tg && child(tg, 'subtitle');
      if (sub) {
        b.synthetic(': ');
        this.inlineAll(sub, b);
      }
      const blk = b.block('title', { sectionHint: 'title' });
      if (blk) {
        this.blocks.push(blk);
        this.title = blk.text;
      }
    }
    const abstracts = kids(meta).filter((c) => c.name === 'abstract');
    abstracts.sort((a, b) => Number(!!attr(a, 'abstract-type')) - Number(!!attr(b, 'abstract-type')));
    for (const ab of abstracts) this.abstract(ab);

    for (const c of kids(meta)) {
      if (c.name === 'funding-group' || c.name === 'author-notes' || c.name === 'custom-meta-group' || c.name === 'custom-meta-wrap') deferred.push(c);
      if (c.name === 'trans-abstract') continue;
    }
    return deferred;
  }

  abstract(ab: Element): void {
    const type = attr(ab, 'abstract-type').toLowerCase();
    const main = !type || type === 'structured' || type === 'abstract' || type === 'normal';
    const title = child(ab, 'title');
    if (!main && (type === 'toc' || type === 'teaser' || type === 'graphical' || type === 'web-summary')) return;
    if (title && plain(title).trim()) this.heading(title, 1, title, main ? 'abstract' : 'other');
    else this.heading(main ? 'Abstract' : type === 'executive-summary' ? 'Digest' : 'Summary', 1, ab, main ? 'abstract' : 'other');
    for (const c of kids(ab)) {
      if (c.name === 'title' || c.name === 'label' || c.name === 'object-id') continue;
      if (c.name === 'sec') {
        const st = child(c, 'title');
        if (st && plain(st).trim()) this.heading(st, 2, st, main ? 'abstract' : 'other');
        this.flow(c, 2, new Set(['title', 'label']));
      } else this.flowEl(c, 1);
    }
  }

  /** Front-matter declarations (funding-group, author notes, custom-meta) emitted after the back matter. */
  declarations(els: Element[]): void {
    for (const el of els) {
      if (el.name === 'funding-group') {
        this.heading('Funding', 1, el, 'declarations', 'funding');
        const stmts = findAll(el, 'funding-statement');
        for (const s of stmts) this.para(s, 1);
        if (!stmts.length) {
          for (const g of kids(el).filter((c) => c.name === 'award-group')) {
            const b = new MappedBuilder();
            for (const part of kids(g)) {
              if (part.name === 'funding-source' || part.name === 'award-id') {
                this.inline(part, b);
                b.sep();
              }
            }
            this.emit(b, 'paragraph');
          }
        }
      } else if (el.name === 'author-notes') {
        const fns = kids(el).filter((c) => c.name === 'fn' || c.name === 'fn-group');
        const kept = fns.filter((fn) => {
          const t = attr(fn, 'fn-type');
          if (/^(equal|present-address|deceased|current-aff|corresp|on-leave|abbr)$/.test(t)) return false;
          if (/contributed equally|equal(ly)? contribut/i.test(plain(fn)) && (!t || t === 'con' || t === 'other')) return false;
          return !!(roleFor(t) ?? roleFromText(plain(fn).trim())) || t === 'other' || !t;
        });
        if (!kept.length) continue;
        const group = { ...el, name: 'fn-group', children: kept } as Element;
        this.fnGroup(group, 1);
      } else {
        for (const cm of findAll(el, 'custom-meta')) {
          const name = child(cm, 'meta-name');
          const value = child(cm, 'meta-value');
          if (!name || !value) continue;
          const n = norm(plain(name));
          const role = roleFor(n.toLowerCase().replace(/\s+/g, '-')) ?? roleFromText(n);
          if (role) {
            this.heading(name, 1, name, 'declarations', role);
            this.para(value, 1);
          } else {
            const meta = (this.metadata.customMeta ??= {}) as Record<string, string>;
            meta[n] = norm(plain(value));
          }
        }
      }
    }
  }

  back(back: Element): void {
    for (const c of kids(back)) {
      switch (c.name) {
        case 'ref-list':
        case 'label':
        case 'title':
          continue;
        case 'ack':
          this.backSection(c, 1, 'acknowledgements');
          break;
        case 'fn-group':
          this.fnGroup(c, 1);
          break;
        case 'glossary':
          if (child(c, 'title')) this.heading(child(c, 'title')!, 1, c, 'declarations', 'abbreviations');
          else this.heading('Abbreviations', 1, c, 'declarations', 'abbreviations');
          this.flow(c, 1, new Set(['title', 'label']));
          break;
        case 'sec': {
          const title = child(c, 'title');
          const t = title ? plain(title).trim() : '';
          const st = attr(c, 'sec-type');
          const role = roleFor(st) ?? (t ? roleFromText(t) : undefined);
          this.sec(c, 1, { kind: kindFor(st) ?? (role ? 'declarations' : undefined), role });
          break;
        }
        case 'notes':
          this.backSection(c, 1, roleFor(attr(c, 'notes-type')));
          break;
        default:
          this.flowEl(c, 0);
      }
    }
  }
}
