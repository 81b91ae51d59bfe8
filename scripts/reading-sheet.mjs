#!/usr/bin/env node
// Reading check (docs/accuracy.md): a review sheet per paper listing every item verdict of `check -c auto` with our
// item description and the cited sentences, for a reader who judges each verdict (rules:
// test/fixtures/eval/reading-check/rules.md); scripts/reading-score.mjs scores the judgements.
//   node scripts/reading-sheet.mjs <out-dir> <paper>...   (after `npm run build`)
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { loadBundledChecklist } = await import(join(root, 'dist/index.js'));
const [out, ...papers] = process.argv.slice(2);
if (!out || !papers.length) {
  process.stderr.write('usage: node scripts/reading-sheet.mjs <out-dir> <paper>...\n');
  process.exit(2);
}
mkdirSync(out, { recursive: true });
for (const p of papers) {
  let json;
  try {
    json = execFileSync(process.execPath, [join(root, 'bin/reportlint.js'), 'check', p, '-c', 'auto', '-f', 'json', '--no-config'], { maxBuffer: 1 << 28 });
  } catch (e) {
    json = e.stdout; // exit 1: items missing
  }
  const f = JSON.parse(json).files[0];
  const lines = [`# Review sheet: ${basename(p)}`, '', `Study type chosen: ${f.studyType?.type}; checklists: ${f.checklists.map((c) => c.id).join(', ') || 'none'}`, ''];
  for (const cl of f.checklists) {
    const def = loadBundledChecklist(cl.id);
    for (const it of cl.items) {
      const d = def.items.find((x) => x.id === it.id);
      lines.push(`## ${cl.id} ${it.id} — ${it.topic}`, `Item (our description): ${d?.description ?? ''}`, `Verdict: ${it.status}${it.notDone ? ' (reported as NOT DONE)' : ''}${it.reason ? ` — reason: ${it.reason}` : ''}`);
      if (it.candidate) lines.push(`Candidate shown to the author ("not found — check"): "${it.candidate.text}"`);
      for (const e of it.evidence ?? []) lines.push(`- evidence [${e.section ?? ''}${e.line ? `, line ${e.line}` : ''}${e.page ? `, page ${e.page}` : ''}]: "${e.text}"`);
      lines.push('');
    }
  }
  writeFileSync(join(out, `${basename(p).replace(/\.[a-z]+$/, '')}.md`), lines.join('\n'));
}
