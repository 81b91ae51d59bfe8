#!/usr/bin/env node
// Item-level check of the flags authors see, against concept labels: for every item of the checklists that
// `--checklist auto` chooses, a "missing" or "partial" flag is TRUE when the labels say at least one of the item's
// concepts is not reported, FALSE when the labels say all of them are; a "reported" verdict is WRONG when the
// labels say none of its concepts is reported. Items with an unlabelled concept are left out. This is a proxy
// for a methodologist reading every flag (it trusts the concept labels and the item→concept mapping).
// `--merge` pools the labels of all the folders given, per document file (sets that label other concepts of the
// same papers), and `--by-checklist` adds one line per checklist.
//   node scripts/item-flags.mjs [--merge] [--by-checklist] <corpus-dir>...   (after `npm run build`)
import { readFileSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { check } = await import(join(root, 'dist/index.js'));
const { parseCsv } = await import(join(root, 'dist/eval/labels.js'));

const argv = process.argv.slice(2);
const merge = argv.includes('--merge');
const byChecklist = argv.includes('--by-checklist');
const dirs = argv.filter((a) => !a.startsWith('--'));

/** labels per document file (real path): concept → reported */
function readLabels(dir) {
  const labels = new Map();
  for (const [doc, concept, reported] of parseCsv(readFileSync(join(dir, 'labels.csv'), 'utf8')).slice(1)) {
    let file;
    try {
      file = realpathSync(join(dir, doc));
    } catch {
      continue;
    }
    if (!labels.has(file)) labels.set(file, new Map());
    labels.get(file).set(concept, reported === '1');
  }
  return labels;
}

const groups = merge ? [[dirs.join(' + '), dirs]] : dirs.map((d) => [d, [d]]);
for (const [name, ds] of groups) {
  const labels = new Map();
  for (const d of ds) for (const [file, lab] of readLabels(d)) labels.set(file, new Map([...(labels.get(file) ?? []), ...lab]));
  const zero = () => ({ flags: 0, flagsTrue: 0, reported: 0, reportedWrong: 0, na: 0, docs: 0 });
  const n = zero();
  const per = new Map();
  for (const [file, lab] of labels) {
    let r;
    try {
      r = (await check(file)).files[0];
    } catch {
      continue;
    }
    n.docs++;
    for (const cl of r.checklists) {
      if (!per.has(cl.id)) per.set(cl.id, zero());
      const c = per.get(cl.id);
      c.docs++;
      for (const it of cl.items) {
        for (const x of [n, c]) if (it.status === 'not-applicable') x.na++;
        if (!it.concepts.length || !it.concepts.every((k) => lab.has(k))) continue;
        const anyMissing = it.concepts.some((k) => !lab.get(k));
        const noneReported = it.concepts.every((k) => !lab.get(k));
        for (const x of [n, c]) {
          if (it.status === 'missing' || it.status === 'partial') {
            x.flags++;
            if (anyMissing) x.flagsTrue++;
          } else if (it.status === 'reported') {
            x.reported++;
            if (noneReported) x.reportedWrong++;
          }
        }
      }
    }
  }
  const pct = (a, b) => (b ? `${((100 * a) / b).toFixed(1)}%` : '–');
  const line = (label, x) => `${label}: ${x.docs} documents; missing/partial flags true ${x.flagsTrue}/${x.flags} = ${pct(x.flagsTrue, x.flags)}; "reported" verdicts wrong ${x.reportedWrong}/${x.reported} = ${pct(x.reportedWrong, x.reported)}; not-applicable items ${x.na}`;
  console.log(line(name, n));
  if (byChecklist) for (const [id, x] of [...per].sort()) console.log(line(`  ${id}`, x));
}
