#!/usr/bin/env node
// What the facet rules (src/concepts/shared/facets.ts) cost on the corpus JATS articles, against all rules: every
// rule run once on every sentence (no gate), and only where its literal gate passes (sections and `require` are not
// applied, so both figures are upper bounds of what a check runs). After `npm run build`:
//   node scripts/facet-cost.mjs [corpus docs folder]
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = process.argv[2] ?? join(root, '../shared/corpus/ai-imaging/docs');
const { CONCEPTS } = await import(join(root, 'dist/concepts/index.js'));
const { readManuscript } = await import(join(root, 'dist/readers/index.js'));
const { gateFor, gatePasses, computeGates } = await import(join(root, 'dist/concepts/core/prefilter.js'));

const files = readdirSync(dir).filter((f) => /\.(xml|nxml)$/i.test(f)).map((f) => join(dir, f));
const all = CONCEPTS.flatMap((c) => c.spec?.rules ?? []);
const facets = all.filter((r) => /^\^\(\?=/.test(r.re.source));
const manuscripts = [];
for (const f of files) manuscripts.push(await readManuscript(f));
for (const m of manuscripts) computeGates(m.sentences);
const sentences = manuscripts.flatMap((m) => m.sentences);

/** executions and CPU ms per pass over all articles (median of 5 passes after one warm-up pass) */
function cost(rules, gated) {
  const runs = [];
  let execs = 0;
  for (let k = 0; k < 6; k++) {
    let n = 0;
    const c0 = process.cpuUsage();
    for (const s of sentences) {
      for (const r of rules) {
        if (gated) {
          const g = gateFor(r.re);
          if (g && !gatePasses(s, g)) continue;
        }
        n++;
        r.re.lastIndex = 0;
        r.re.exec(s.text);
      }
    }
    const c = process.cpuUsage(c0);
    if (k > 0) runs.push((c.user + c.system) / 1000);
    execs = n;
  }
  runs.sort((a, b) => a - b);
  return { execs, ms: runs[2] };
}
console.log(`${files.length} articles, ${sentences.length} sentences; ${facets.length} facet rules of ${all.length}`);
for (const gated of [false, true]) {
  const f = cost(facets, gated);
  const a = cost(all, gated);
  console.log(`${gated ? 'gated  ' : 'no gate'}: facet rules ${f.execs} executions, ${f.ms.toFixed(1)} ms; all rules ${a.execs}, ${a.ms.toFixed(1)} ms (facet share ${((100 * f.ms) / a.ms).toFixed(0)}% of the time)`);
}
