#!/usr/bin/env node
// Development check for refactors: run `check` (all bundled checklists) over every document of the corpora and
// the examples, and write one line per document with its study type, concept findings (status, not-done, value,
// evidence places and rules) and item verdicts. Two snapshots taken before and after a change are compared with
// `diff`; any line that differs is a changed finding to explain.
//   node scripts/snapshot-findings.mjs > before.txt   (after `npm run build`)
import { readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = process.env.REPORTLINT_CORPUS ?? join(root, '../shared/corpus');
const { check } = await import(join(root, 'dist/index.js'));

function walk(dir, out) {
  for (const f of readdirSync(dir).sort()) {
    const p = join(dir, f);
    const st = statSync(p);
    if (st.isDirectory()) walk(p, out);
    else if (!/\.(csv|md)$/i.test(f) || dir.endsWith('docs')) out.push(p);
  }
  return out;
}
const files = [...walk(join(root, 'examples'), []).filter((f) => !/\.ya?ml$|\.json$/.test(f)), ...walk(corpus, []).filter((f) => /\/docs\//.test(f))];
for (const f of files) {
  let r;
  try {
    r = (await check(f, { checklists: 'claim-2024,claim-2020,tripod-ai-2024,tripod-2015,stard-2015' })).files[0];
  } catch (e) {
    console.log(`${relative(root, f)}\tERROR ${e.message}`);
    continue;
  }
  const st = r.studyType ? `${r.studyType.types.join('+')}|${r.studyType.checklists.join('+')}|${r.studyType.otherGuidelines.join('+')}` : 'none';
  const concepts = r.concepts.map((c) => `${c.id}=${c.status}${c.notDone ? '!' : ''}${c.value ? ':' + c.value : ''}${c.details ? JSON.stringify(c.details) : ''}@${c.evidence.map((e) => `${e.line ?? ''}.${e.column ?? ''}.${e.page ?? ''}.${e.paragraph ?? ''}/${e.rule}`).join(',')}`);
  const items = r.checklists.map((cl) => `${cl.id}:${cl.items.map((i) => `${i.id}=${i.status}`).join(',')}`);
  console.log([relative(root, f), st, ...concepts, ...items].join('\t'));
}
