import { listBundledChecklists, loadBundledChecklist, resolveChecklists } from '../checklists/load.js';
import type { Checklist } from '../checklists/types.js';
import { detectedConcepts } from '../concepts/index.js';
import { EXIT } from './exit.js';

export function runChecklists(action: string | undefined, id: string | undefined, format: string): number {
  if (!action || action === 'list') {
    const all = listBundledChecklists().map((i) => loadBundledChecklist(i));
    if (format === 'json') {
      process.stdout.write(JSON.stringify(all.map(({ items, ...meta }) => ({ ...meta, items: items.length })), null, 2) + '\n');
      return EXIT.ok;
    }
    for (const c of all) {
      process.stdout.write(`${c.id.padEnd(16)} ${c.name} (${c.rows} items${c.supersedes ? `; supersedes ${c.supersedes}` : ''})\n${' '.repeat(17)}${c.citation} doi:${c.doi}\n`);
    }
    return EXIT.ok;
  }
  if (action !== 'show' || !id) {
    process.stderr.write('reportlint: usage: reportlint checklists [list] | reportlint checklists show <id|file>\n');
    return EXIT.error;
  }
  const [cl] = resolveChecklists(id) as [Checklist];
  if (format === 'json') {
    process.stdout.write(JSON.stringify(cl, null, 2) + '\n');
    return EXIT.ok;
  }
  const known = detectedConcepts();
  process.stdout.write(`${cl.name}\n${cl.citation} doi:${cl.doi}\n${cl.url}\n\n`);
  let section = '';
  for (const it of cl.items) {
    if (it.section !== section) {
      section = it.section;
      process.stdout.write(`${section}\n`);
    }
    const auto = it.concepts.every((c) => known.has(c)) ? '' : '  [needs review: no automatic check for ' + it.concepts.filter((c) => !known.has(c)).join(', ') + ']';
    const flags = [it.conditional ? 'if done' : '', it.appliesTo ? it.appliesTo.join('/') : ''].filter(Boolean).join(', ');
    process.stdout.write(`  ${it.id.padEnd(4)} ${it.topic}${flags ? ` (${flags})` : ''}${auto}\n       ${it.description}\n       concepts: ${it.concepts.join(', ')}\n`);
  }
  return EXIT.ok;
}
