#!/usr/bin/env node
// Reading check (docs/accuracy.md): scores readers' judgements of item verdicts (test/fixtures/eval/reading-check/
// judged.csv, made from scripts/reading-sheet.mjs sheets): the share of missing/partial flags that are true (also
// counting debatable ones), and the share of "reported" verdicts citing a sentence about the item; overall and per
// paper. `--papers a,b` restricts to some papers.
//   node scripts/reading-score.mjs [judged.csv] [--papers a,b]
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const at = args.indexOf('--papers');
const only = at >= 0 ? new Set(args.splice(at, 2)[1].split(',')) : undefined;
const file = args[0] ?? join(root, 'test/fixtures/eval/reading-check/judged.csv');

/** RFC 4180 rows */
function parseCsv(text) {
  const rows = [];
  let row = [], field = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field), rows.push(row), (row = []), (field = '');
    } else field += c;
  }
  if (field || row.length) row.push(field), rows.push(row);
  return rows.filter((r) => r.length > 1);
}

const [head, ...body] = parseCsv(readFileSync(file, 'utf8'));
const col = (name) => head.indexOf(name);
const judged = body.map((r) => ({ paper: r[col('paper')], verdict: r[col('verdict')].split('+')[0], judgement: r[col('judgement')].trim() })).filter((r) => !only || only.has(r.paper));

function score(rows) {
  const flags = rows.filter((r) => r.verdict === 'missing' || r.verdict === 'partial');
  const reported = rows.filter((r) => r.verdict === 'reported');
  const n = (rs, j) => rs.filter((r) => r.judgement === j).length;
  const pct = (a, b) => (b ? `${((100 * a) / b).toFixed(0)}%` : '–');
  const t = n(flags, 'true'), d = n(flags, 'debatable');
  return `flags true ${t}/${flags.length} = ${pct(t, flags.length)} (with debatable ${pct(t + d, flags.length)}; false ${n(flags, 'false')}, not applicable ${n(flags, 'na-wrong')}); reported about the item ${n(reported, 'about')}/${reported.length} = ${pct(n(reported, 'about'), reported.length)} (not about ${n(reported, 'not-about')}, not reported ${n(reported, 'false-reported')})`;
}
for (const p of [...new Set(judged.map((r) => r.paper))]) console.log(`${p}: ${score(judged.filter((r) => r.paper === p))}`);
console.log(`all: ${score(judged)}`);
