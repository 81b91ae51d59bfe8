#!/usr/bin/env node
// Item-level check of the flags authors see, against concept labels: for every item of the checklists that
// `--checklist auto` chooses, a "missing" or "partial" flag is TRUE when the labels say at least one of the item's
// concepts is not reported, FALSE when the labels say all of them are; a "reported" verdict is WRONG when the
// labels say none of its concepts is reported. Items with an unlabelled concept are left out. This is a proxy
// for a methodologist reading every flag (it trusts the concept labels and the item→concept mapping).
//   node scripts/item-flags.mjs <corpus-dir>...   (after `npm run build`)
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { check } = await import(join(root, 'dist/index.js'));
const { parseCsv } = await import(join(root, 'dist/eval/labels.js'));

for (const dir of process.argv.slice(2)) {
  const rows = parseCsv(readFileSync(join(dir, 'labels.csv'), 'utf8')).slice(1);
  const labels = new Map();
  for (const [doc, concept, reported] of rows) {
    if (!labels.has(doc)) labels.set(doc, new Map());
    labels.get(doc).set(concept, reported === '1');
  }
  const n = { flags: 0, flagsTrue: 0, reported: 0, reportedWrong: 0, na: 0, docs: 0 };
  for (const [doc, lab] of labels) {
    let r;
    try {
      r = (await check(join(dir, doc))).files[0];
    } catch {
      continue;
    }
    n.docs++;
    for (const cl of r.checklists) {
      for (const it of cl.items) {
        if (it.status === 'not-applicable') n.na++;
        if (!it.concepts.length || !it.concepts.every((c) => lab.has(c))) continue;
        const anyMissing = it.concepts.some((c) => !lab.get(c));
        const noneReported = it.concepts.every((c) => !lab.get(c));
        if (it.status === 'missing' || it.status === 'partial') {
          n.flags++;
          if (anyMissing) n.flagsTrue++;
        } else if (it.status === 'reported') {
          n.reported++;
          if (noneReported) n.reportedWrong++;
        }
      }
    }
  }
  const pct = (a, b) => (b ? `${((100 * a) / b).toFixed(1)}%` : '–');
  console.log(`${dir}: ${n.docs} documents; missing/partial flags true ${n.flagsTrue}/${n.flags} = ${pct(n.flagsTrue, n.flags)}; "reported" verdicts wrong ${n.reportedWrong}/${n.reported} = ${pct(n.reportedWrong, n.reported)}; not-applicable items ${n.na}`);
}
