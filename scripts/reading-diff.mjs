#!/usr/bin/env node
// Reading check after a change (docs/accuracy.md): compares two review sheets of the same paper (made by
// scripts/reading-sheet.mjs before and after the change) and writes a sheet of only the items whose verdict,
// reason, candidate or evidence changed (or that are new), for a reader to judge; the other items keep their
// earlier judgements. Prints how many items changed.
//   node scripts/reading-diff.mjs <before.md> <after.md> <out.md>
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';

const [before, after, out] = process.argv.slice(2);
if (!before || !after || !out) {
  process.stderr.write('usage: node scripts/reading-diff.mjs <before.md> <after.md> <out.md>\n');
  process.exit(2);
}

/** The sheet's header and its items by "checklist item" (the item's description line is left out of the comparison) */
function parse(file) {
  const parts = readFileSync(file, 'utf8').split(/\n(?=## )/);
  const head = parts.shift() ?? '';
  const items = new Map();
  for (const part of parts) {
    const m = /^## (\S+) (\S+) — /.exec(part);
    if (m) items.set(`${m[1]} ${m[2]}`, part.trim());
  }
  return { head, items };
}
const comparable = (text) => text.split('\n').filter((l) => !l.startsWith('Item (our description)')).join('\n');

const b = parse(before);
const a = parse(after);
const changed = [...a.items].filter(([k, v]) => !b.items.has(k) || comparable(b.items.get(k)) !== comparable(v)).map(([, v]) => v);
const gone = [...b.items.keys()].filter((k) => !a.items.has(k)).length;
writeFileSync(out, `${a.head.trim()}\n\nOnly the items listed below are to be judged (the others were judged before).\n\n${changed.join('\n\n')}\n`);
console.log(`${basename(after)}: ${a.items.size} items, ${changed.length} changed or new, ${gone} gone`);
