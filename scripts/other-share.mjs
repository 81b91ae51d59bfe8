#!/usr/bin/env node
// Share of body sentences that sit in sections of kind `other` (sections whose heading names no kind and that
// could not be placed), per document and in total. Body: sentences under a heading, not in the title, abstract,
// declarations or a role section (the reference list has no sentences). Only the documents labels.csv names are
// read (its first column), `--folds k --fold i` keeps one fold as `reportlint eval` cuts it, `--total` prints the
// total only (for held-out sets) and `--detail` the sentences per section kind and heading path.
//   node scripts/other-share.mjs <corpus-dir> [--folds k --fold i] [--total] [--detail]   (after `npm run build`)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { readManuscript } = await import(join(root, 'dist/index.js'));
const { foldOf } = await import(join(root, 'dist/eval/score.js'));

const [dir, ...rest] = process.argv.slice(2);
if (!dir) {
  console.error('usage: node scripts/other-share.mjs <corpus-dir> [--folds k --fold i] [--total] [--detail]');
  process.exit(2);
}
const arg = (n) => {
  const i = rest.indexOf(n);
  return i >= 0 ? rest[i + 1] : undefined;
};
const fold = arg('--fold');
const folds = arg('--folds');
const total = rest.includes('--total');
const detail = rest.includes('--detail') && !total;
const corpus = basename(resolve(dir));
const labels = join(dir, 'labels.csv');
const listed = existsSync(labels)
  ? new Set(readFileSync(labels, 'utf8').split('\n').slice(1).map((l) => l.split(',')[0].replace(/^docs\//, '')).filter(Boolean))
  : null;
const NOT_BODY = new Set(['title', 'abstract', 'declarations', 'references']);
let all = 0;
let other = 0;
let docs = 0;
for (const f of readdirSync(join(dir, 'docs')).sort()) {
  if (listed && !listed.has(f)) continue;
  const doc = f.replace(/\.[a-z]+$/i, '');
  if (fold !== undefined && foldOf(corpus, doc, Number(folds)) !== Number(fold)) continue;
  let m;
  try {
    m = await readManuscript(join(dir, 'docs', f));
  } catch {
    continue;
  }
  let n = 0;
  let o = 0;
  const secs = new Map();
  for (const s of m.sentences) {
    if (NOT_BODY.has(s.section.kind) || s.section.role || s.section.path.length === 0) continue;
    n++;
    if (s.section.kind === 'other') o++;
    if (detail) {
      const k = `${s.section.kind}: ${s.section.path.join(' > ').slice(0, 80)}`;
      secs.set(k, (secs.get(k) ?? 0) + 1);
    }
  }
  all += n;
  other += o;
  docs++;
  if (!total) console.log(`${(n ? o / n : 0).toFixed(3)}\t${o}/${n}\t${doc}`);
  for (const [k, v] of secs) console.log(`    ${v}\t${k}`);
}
console.log(`total ${corpus}${fold !== undefined ? ` fold ${fold} of ${folds}` : ''}: ${docs} documents, ${other}/${all} = ${(all ? other / all : 0).toFixed(3)} of body sentences in kind other`);
