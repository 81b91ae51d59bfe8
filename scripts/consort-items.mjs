#!/usr/bin/env node
// Item-level accuracy of CONSORT 2025 on consort-tm: the curators' labels (mapped to concepts, see the corpus
// README) are mapped onto the CONSORT 2025 items they answer, and each item's verdict (reported or partial counts
// as reported) is compared with them. The labels of test/fixtures/eval/consort-tm-items (protocol changes, interim
// analyses; made for this project on the same 80 reports) answer items 10, 16b and 23b. Prints a Markdown table for
// docs/accuracy.md.
//   node scripts/consort-items.mjs   (after `npm run build`)
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = process.env.REPORTLINT_CORPUS ?? join(root, '../shared/corpus');
const folder = join(corpus, 'consort-tm');
const { check } = await import(join(root, 'dist/index.js'));

/** CONSORT 2025 item ← the labelled concepts that answer it (any one reported = the item is reported) */
const ITEM_LABELS = {
  '1b': ['abstract'], '2': ['registration'], '4': ['data_availability', 'code_availability'], '5a': ['funding'],
  '5b': ['conflicts_of_interest'], '7': ['objectives'], '11': ['dates_setting'], '12a': ['eligibility'],
  '16a': ['sample_size'], '21c': ['missing_data'], '22a': ['participant_flow'], '25': ['baseline_characteristics'],
  // supplementary labels (test/fixtures/eval/consort-tm-items); one concept answers both 16b and 23b
  '10': ['protocol_changes'], '16b': ['interim_analyses'], '23b': ['interim_analyses'],
};

const labels = new Map();
for (const line of readFileSync(join(folder, 'labels.csv'), 'utf8').split('\n').slice(1)) {
  const [doc, concept, reported] = line.split(',');
  if (!doc) continue;
  if (!labels.has(doc)) labels.set(doc, {});
  labels.get(doc)[concept] = reported === '1';
}
for (const line of readFileSync(join(root, 'test/fixtures/eval/consort-tm-items/labels.csv'), 'utf8').split('\n').slice(1)) {
  const [doc, concept, reported] = line.split(',');
  if (!doc || !labels.has(doc)) continue;
  labels.get(doc)[concept] = reported === '1';
}
const counts = Object.fromEntries(Object.keys(ITEM_LABELS).map((id) => [id, { tp: 0, fp: 0, fn: 0, tn: 0 }]));
for (const [doc, lab] of labels) {
  const r = (await check(join(folder, doc), { checklists: 'consort-2025' })).files[0];
  const items = new Map(r.checklists[0].items.map((i) => [i.id, i.status]));
  for (const [id, concepts] of Object.entries(ITEM_LABELS)) {
    const truth = concepts.some((c) => lab[c]);
    const said = ['reported', 'partial'].includes(items.get(id));
    counts[id][truth ? (said ? 'tp' : 'fn') : said ? 'fp' : 'tn']++;
  }
}
const f = (x) => (Number.isFinite(x) ? x.toFixed(2) : '–');
console.log('| item | labels | TP | FP | FN | TN | precision | recall | specificity | accuracy |');
console.log('|---|---|---:|---:|---:|---:|---:|---:|---:|---:|');
let all = { tp: 0, fp: 0, fn: 0, tn: 0 };
for (const [id, c] of Object.entries(counts).sort(([a], [b]) => parseInt(a, 10) - parseInt(b, 10) || a.localeCompare(b))) {
  for (const k of Object.keys(all)) all[k] += c[k];
  const n = c.tp + c.fp + c.fn + c.tn;
  console.log(`| ${id} | ${ITEM_LABELS[id].join(' or ')} | ${c.tp} | ${c.fp} | ${c.fn} | ${c.tn} | ${f(c.tp / (c.tp + c.fp))} | ${f(c.tp / (c.tp + c.fn))} | ${f(c.tn / (c.tn + c.fp))} | ${f((c.tp + c.tn) / n)} |`);
}
const n = all.tp + all.fp + all.fn + all.tn;
console.log(`| all ${Object.keys(counts).length} items | | ${all.tp} | ${all.fp} | ${all.fn} | ${all.tn} | ${f(all.tp / (all.tp + all.fp))} | ${f(all.tp / (all.tp + all.fn))} | ${f(all.tn / (all.tn + all.fp))} | ${f((all.tp + all.tn) / n)} |`);
console.log(`\ndocuments ${labels.size}`);
