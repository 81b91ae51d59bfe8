#!/usr/bin/env node
// A learned sentence scorer (issue 9, point 4): training and held-out evaluation, after `npm run build`. Tried and
// not kept (docs/accuracy.md): nothing in src/ uses it; this script is the whole experiment, to be run again.
//
//   node scripts/train-scorer.mjs extract [corpus-dirs...]   read every labelled document once (rules only) into a cache
//   node scripts/train-scorer.mjs cv [--folds 5]             k-fold by document: train on the other folds, score fold i
//   node scripts/train-scorer.mjs split <train-corpora> <test-corpora>   e.g. consort-tm,ai-imaging ml-health,clinical-final
//   node scripts/train-scorer.mjs train [--exclude c1,c2] [--out f]   fit on the labelled documents, write the weights (JSON)
//   node scripts/train-scorer.mjs speed [file-or-dir] [--weights f]   CPU time of the scorer on 50 KB of Markdown (default: ai-imaging)
//
// Per concept, a regularised logistic regression over sentences (features: sentenceFeatures below).
// Positives: the sentences of a document labelled reported that match the label's evidence; negatives: every
// sentence of a document labelled not reported, and (down-weighted) the other sentences of reported ones.
// Documents labelled reported without evidence text (consort-tm) give no sentence examples. A document's score
// is its best sentence's; the scorer can only turn a rules' "missing" into "reported" (or a candidate), and the
// threshold is chosen per concept by an inner cross-validation on the training documents only. Deterministic:
// fixed document and sentence order, a seeded shuffle, no randomness elsewhere.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { readManuscript } = await import(join(root, 'dist/readers/index.js'));
const { detectAll } = await import(join(root, 'dist/concepts/index.js'));
const { featuresOf } = await import(join(root, 'dist/concepts/core/lang.js'));
const { readLabels } = await import(join(root, 'dist/eval/labels.js'));
const { score, foldOf } = await import(join(root, 'dist/eval/score.js'));

const DEFAULT_CORPORA = [
  join(root, '../shared/corpus/consort-tm'),
  join(root, '../shared/corpus/ai-imaging'),
  join(root, 'test/fixtures/eval/clinical-dev'),
  join(root, 'test/fixtures/eval/clinical-check'),
  join(root, 'test/fixtures/eval/clinical-final'),
  join(root, 'test/fixtures/eval/ml-health'),
];
const CACHE = process.env.SCORER_CACHE ?? '/tmp/reportlint-scorer-cache.json';
const WEIGHTS_FILE = '/tmp/reportlint-scorer-weights.json';

// ---------------------------------------------------------------- hyperparameters (fixed before measuring)
const HP = {
  epochs: 5,
  lr: 0.3,
  l2: 1e-5,
  /** weight of the non-evidence sentences of a document labelled reported (they may report it too) */
  unlabelledWeight: 0.3,
  /** positives together weigh this share of the negatives */
  positiveShare: 0.25,
  /** at most this many negative sentences per concept (deterministic subsample, reweighted) */
  maxNegatives: 25000,
  /** a feature must occur in at least this many training documents */
  minDocFreq: 3,
  /** a concept is trained only with at least this many documents with evidence */
  minPositiveDocs: 5,
  /** threshold choice: a false "reported" costs at least this many true ones (missing-F1) */
  fpCost: Number(process.env.SCORER_FP_COST ?? 2),
  /** a concept is switched on only when the inner cross-validation gains at least this many true "reported" */
  minGain: 2,
  innerFolds: 3,
  seed: 20261206,
};

// ---------------------------------------------------------------- features
/** words per sentence that make features (long table rows and run-on PDF text are cut) */
const MAX_WORDS = 60;
const WORD = /[a-z]+|\d+/g;

function words(text) {
  const out = [];
  for (const m of text.toLowerCase().matchAll(WORD)) {
    out.push(m[0].charCodeAt(0) < 97 ? '#' : m[0]);
    if (out.length >= MAX_WORDS) break;
  }
  return out;
}

/**
 * The feature strings of one sentence: word unigrams and bigrams (numbers as "#"), section kind and role, the
 * words of its heading, and the language features every detector uses (src/concepts/core/lang.ts).
 */
function sentenceFeatures(s, f) {
  const ws = words(s.text);
  const out = new Set();
  for (let i = 0; i < ws.length; i++) {
    out.add(ws[i]);
    if (i + 1 < ws.length) out.add(`${ws[i]} ${ws[i + 1]}`);
  }
  out.add(`s:${s.section.kind}`);
  const role = f?.role ?? s.section.role;
  if (role) out.add(`r:${role}`);
  for (const w of words(s.section.heading).slice(0, 6)) out.add(`h:${w}`);
  if (f?.own) out.add('f:own');
  if (f?.otherWork) out.add('f:other');
  if (f?.future) out.add('f:future');
  if (f?.negation) out.add('f:neg');
  if (f?.hypothetical) out.add('f:hyp');
  if (s.block === 'table') out.add('f:table');
  return [...out];
}

// ---------------------------------------------------------------- extraction
function norm(t) {
  return words(t.replace(/\s+/g, ' ')).filter((w) => w !== '#');
}

/** indices of the sentences that the label's evidence quotes (token containment either way) */
function evidenceSentences(texts, evidence) {
  const ev = norm(evidence);
  if (ev.length < 3) return [];
  const evSet = new Set(ev);
  const out = [];
  for (let i = 0; i < texts.length; i++) {
    const st = texts[i];
    if (st.length === 0) continue;
    const sSet = new Set(st);
    let inS = 0;
    for (const w of evSet) if (sSet.has(w)) inS++;
    let inE = 0;
    for (const w of sSet) if (evSet.has(w)) inE++;
    if (inS / evSet.size >= 0.8 || (sSet.size >= 5 && inE / sSet.size >= 0.8)) out.push(i);
  }
  return out;
}

async function extract(dirs) {
  const vocab = new Map();
  const docs = [];
  for (const dir of dirs) {
    const corpus = basename(resolve(dir));
    const byDoc = new Map();
    for (const l of readLabels(join(dir, 'labels.csv'))) {
      if (!byDoc.has(l.document)) byDoc.set(l.document, []);
      byDoc.get(l.document).push(l);
    }
    for (const [document, rows] of byDoc) {
      let ms;
      try {
        ms = await readManuscript(join(dir, document));
      } catch (e) {
        console.error(`skip ${corpus}/${document}: ${String(e).split('\n')[0]}`);
        continue;
      }
      const findings = detectAll(ms);
      const feats = featuresOf(ms);
      const kept = ms.sentences.filter((s) => s.section.kind !== 'references' && s.section.role !== 'peer_review');
      const sents = kept.map((s) =>
        sentenceFeatures(s, feats[s.index]).map((f) => {
          let id = vocab.get(f);
          if (id === undefined) vocab.set(f, (id = vocab.size));
          return id;
        }),
      );
      const texts = kept.map((s) => norm(s.text));
      const labels = {};
      for (const l of rows) {
        const f = findings.get(l.concept);
        labels[l.concept] = {
          y: l.reported ? 1 : 0,
          value: l.value,
          pos: l.reported && l.evidence ? evidenceSentences(texts, l.evidence) : [],
          hasEvidence: Boolean(l.evidence),
          rule: f ? f.status !== 'missing' : false,
          ruleCandidate: Boolean(f && f.status === 'missing' && f.candidate),
          ruleValue: f?.value ?? null,
          detected: Boolean(f),
        };
      }
      docs.push({ corpus, document, sents, labels });
      process.stderr.write('.');
    }
    process.stderr.write(` ${corpus}\n`);
  }
  const names = [...vocab.keys()];
  writeFileSync(CACHE, JSON.stringify({ names, docs }));
  const withEv = docs.reduce((a, d) => a + Object.values(d.labels).filter((l) => l.y && l.hasEvidence).length, 0);
  const matched = docs.reduce((a, d) => a + Object.values(d.labels).filter((l) => l.y && l.pos.length).length, 0);
  console.log(`${docs.length} documents, ${names.length} features; evidence matched to a sentence for ${matched} of ${withEv} reported labels with evidence -> ${CACHE}`);
}

function load() {
  if (!existsSync(CACHE)) throw new Error(`no cache at ${CACHE}: run "node scripts/train-scorer.mjs extract" first`);
  return JSON.parse(readFileSync(CACHE, 'utf8'));
}

// ---------------------------------------------------------------- model
function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

const sigmoid = (z) => 1 / (1 + Math.exp(-z));

/** documents' training examples for one concept */
function examples(docs, concept, allowed) {
  const pos = [];
  const neg = [];
  for (const d of docs) {
    const l = d.labels[concept];
    if (!l) continue;
    if (l.y === 0) for (const s of d.sents) neg.push([s, 1]);
    else if (l.pos.length) {
      const p = new Set(l.pos);
      d.sents.forEach((s, i) => (p.has(i) ? pos.push([s, 1]) : neg.push([s, HP.unlabelledWeight])));
    }
  }
  const filt = (s) => s.filter((id) => allowed[id]);
  return { pos: pos.map(([s, w]) => [filt(s), w]), neg: neg.map(([s, w]) => [filt(s), w]) };
}

function fit(docs, concept, allowed, nFeat) {
  const { pos, neg } = examples(docs, concept, allowed);
  let negs = neg;
  if (neg.length > HP.maxNegatives) {
    const step = neg.length / HP.maxNegatives;
    negs = [];
    for (let i = 0; i < HP.maxNegatives; i++) {
      const [s, w] = neg[Math.floor(i * step)];
      negs.push([s, w * step]);
    }
  }
  const negW = negs.reduce((a, [, w]) => a + w, 0);
  const posW = pos.reduce((a, [, w]) => a + w, 0);
  const scale = posW ? (HP.positiveShare * negW) / posW : 1;
  const data = [...pos.map(([s, w]) => [s, w * scale, 1]), ...negs.map(([s, w]) => [s, w, 0])];
  const norm = data.reduce((a, [, w]) => a + w, 0) / data.length;
  const w = new Float64Array(nFeat);
  const g2 = new Float64Array(nFeat).fill(1e-8);
  let b = 0;
  let gb = 1e-8;
  const rand = rng(HP.seed);
  const order = data.map((_, i) => i);
  for (let ep = 0; ep < HP.epochs; ep++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const k of order) {
      const [s, wt, y] = data[k];
      let z = b;
      for (const id of s) z += w[id];
      const g = ((sigmoid(z) - y) * wt) / norm;
      for (const id of s) {
        const gi = g + HP.l2 * w[id];
        g2[id] += gi * gi;
        w[id] -= (HP.lr * gi) / Math.sqrt(g2[id]);
      }
      gb += g * g;
      b -= (HP.lr * g) / Math.sqrt(gb);
    }
  }
  return { b, w, positives: pos.length };
}

function docScore(model, d) {
  let best = 0;
  let at = -1;
  for (let i = 0; i < d.sents.length; i++) {
    let z = model.b;
    for (const id of d.sents[i]) z += model.w[id];
    const p = sigmoid(z);
    if (p > best) {
      best = p;
      at = i;
    }
  }
  return { p: best, at };
}

function allowedFeatures(docs, nFeat) {
  const df = new Uint32Array(nFeat);
  for (const d of docs) {
    const seen = new Set();
    for (const s of d.sents) for (const id of s) seen.add(id);
    for (const id of seen) df[id]++;
  }
  return Uint8Array.from(df, (n) => (n >= HP.minDocFreq ? 1 : 0));
}

function conceptsOf(docs) {
  const n = new Map();
  for (const d of docs) for (const [c, l] of Object.entries(d.labels)) if (l.detected && l.y && l.pos.length) n.set(c, (n.get(c) ?? 0) + 1);
  return [...n].filter(([, k]) => k >= HP.minPositiveDocs).map(([c]) => c).sort();
}

/**
 * The threshold that gains most on training documents the rules call missing. Gain is the change of the
 * concept's balanced accuracy, pessimistically with one false flip more than seen (tp/P - (fp+1)/N: a concept
 * with few negative documents, where one false "reported" costs much, stays off); a threshold is admissible only
 * when the true flips also outweigh fpCost times the false ones (the pooled missing-F1 must not fall).
 */
function chooseThreshold(scored) {
  const P = scored.filter((x) => x.y).length;
  const N = scored.length - P;
  const cands = scored.filter((x) => !x.rule).sort((a, b) => b.p - a.p);
  let tp = 0;
  let fp = 0;
  let best = { gain: 0, t: Infinity, tp: 0, fp: 0 };
  for (let i = 0; i < cands.length; i++) {
    if (cands[i].y) tp++;
    else fp++;
    if (i + 1 < cands.length && cands[i + 1].p === cands[i].p) continue;
    if (tp - HP.fpCost * fp < HP.minGain) continue;
    const gain = tp / Math.max(P, 1) - (fp + 1) / Math.max(N, 1);
    if (gain > best.gain) best = { gain, t: cands[i].p, tp, fp };
  }
  return best;
}

/** train every concept on `docs`; thresholds from an inner cross-validation on the same documents */
function trainAll(docs, nFeat, log = false) {
  const allowed = allowedFeatures(docs, nFeat);
  const concepts = conceptsOf(docs);
  const inner = docs.map((d, i) => i % HP.innerFolds);
  const innerAllowed = [];
  for (let f = 0; f < HP.innerFolds; f++) innerAllowed.push(allowedFeatures(docs.filter((_, i) => inner[i] !== f), nFeat));
  const models = {};
  for (const c of concepts) {
    const scored = [];
    for (let f = 0; f < HP.innerFolds; f++) {
      const tr = docs.filter((_, i) => inner[i] !== f);
      const m = fit(tr, c, innerAllowed[f], nFeat);
      docs.forEach((d, i) => {
        if (inner[i] !== f || !d.labels[c]) return;
        scored.push({ y: d.labels[c].y, rule: d.labels[c].rule, p: docScore(m, d).p });
      });
    }
    const th = chooseThreshold(scored);
    if (!(th.gain > 0)) {
      if (log) console.error(`  ${c}: off`);
      continue;
    }
    const m = fit(docs, c, allowed, nFeat);
    models[c] = { ...m, t: th.t, inner: th };
    if (log) console.error(`  ${c}: threshold ${th.t.toFixed(3)}, inner cross-validation +${th.tp} true / +${th.fp} false reported`);
  }
  return models;
}

/** outcomes (as src/eval/collect.ts makes them) for the rules alone and with the scorer */
function outcomesFor(docs, models, candidateShare = 0.7) {
  const base = [];
  const withScorer = [];
  const asCandidate = [];
  const added = { tp: 0, fp: 0, candTrue: 0, candFalse: 0 };
  for (const d of docs) {
    for (const [c, l] of Object.entries(d.labels)) {
      const o = { corpus: d.corpus, document: d.document, concept: c, label: Boolean(l.y), labelValue: l.value, labelEvidence: '', got: '', uncertain: l.ruleCandidate, ...(l.ruleValue ? { value: l.ruleValue } : {}) };
      base.push({ ...o, pred: l.rule });
      const m = models[c];
      let pred = l.rule;
      let cand = l.ruleCandidate;
      if (m && !l.rule) {
        const { p } = docScore(m, d);
        if (p >= m.t) {
          pred = true;
          if (l.y) added.tp++;
          else added.fp++;
        } else if (p >= m.t * candidateShare && !cand) {
          cand = true;
          if (l.y) added.candTrue++;
          else added.candFalse++;
        }
      }
      withScorer.push({ ...o, pred, uncertain: l.ruleCandidate && !pred });
      asCandidate.push({ ...o, pred: l.rule, uncertain: cand || (m && !l.rule && docScore(m, d).p >= m.t) });
    }
  }
  return { base, withScorer, asCandidate, added };
}

function fmt(s) {
  return `bal-acc ${s.balancedAccuracy.toFixed(3)}  missing-F1 ${s.missingF1.toFixed(3)}  macro-F1 ${s.macroF1.toFixed(3)}`;
}

function report(title, docs, out) {
  console.log(`\n## ${title}\n`);
  console.log('| set | docs | rules: bal-acc | missing-F1 | + scorer: bal-acc | missing-F1 | added true reported | added false reported |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
  const corpora = [...new Set(docs.map((d) => d.corpus)), '(pooled)'];
  for (const c of corpora) {
    const sel = (o) => c === '(pooled)' || o.corpus === c;
    const b = score(out.base.filter(sel));
    const w = score(out.withScorer.filter(sel));
    const bb = out.base.filter(sel);
    const ww = out.withScorer.filter(sel);
    let tp = 0;
    let fp = 0;
    for (let i = 0; i < bb.length; i++) if (!bb[i].pred && ww[i].pred) ww[i].label ? tp++ : fp++;
    const n = new Set(bb.map((o) => `${o.corpus}/${o.document}`)).size;
    console.log(`| ${c} | ${n} | ${b.balancedAccuracy.toFixed(3)} | ${b.missingF1.toFixed(3)} | ${w.balancedAccuracy.toFixed(3)} | ${w.missingF1.toFixed(3)} | ${tp} | ${fp} |`);
  }
  const flips = new Map();
  for (let i = 0; i < out.base.length; i++) {
    const b = out.base[i];
    if (b.pred || !out.withScorer[i].pred) continue;
    const f = flips.get(b.concept) ?? [0, 0];
    f[b.label ? 0 : 1]++;
    flips.set(b.concept, f);
  }
  const sb = score(out.base).concepts;
  const sw = new Map(score(out.withScorer).concepts.map((x) => [x.concept, x]));
  const bal = (x) => ((x.recall ?? 0) + (x.specificity ?? 0)) / 2;
  const deltas = sb.filter((x) => x.tp + x.fn > 0 && x.tn + x.fp > 0).map((x) => [x.concept, bal(sw.get(x.concept)) - bal(x)]).filter(([, d]) => Math.abs(d) > 1e-9);
  console.log(`\nbalanced accuracy change by concept (pooled): ${deltas.map(([c, d]) => `${c} ${d > 0 ? '+' : ''}${d.toFixed(3)}`).join(', ')}`);
  console.log(`\nflips by concept (true/false reported added): ${[...flips].sort().map(([c, [t, f]]) => `${c} ${t}/${f}`).join(', ')}`);
  const a = out.added;
  const cs = score(out.asCandidate);
  console.log(`\ncandidate path (scorer hits shown as "not found — check", counted missing): ${cs.uncertain.count} uncertain verdicts, labels call ${cs.uncertain.labelledReported} reported (rules alone: ${score(out.base).uncertain.count} / ${score(out.base).uncertain.labelledReported}); below-threshold scorer candidates: ${a.candTrue} true, ${a.candFalse} false`);
}

// ---------------------------------------------------------------- commands
const [cmd, ...args] = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};

if (cmd === 'extract') {
  await extract(args.length ? args : DEFAULT_CORPORA);
} else if (cmd === 'cv') {
  const { names, docs } = load();
  const k = Number(opt('--folds', '5'));
  const parts = { base: [], withScorer: [], asCandidate: [], added: { tp: 0, fp: 0, candTrue: 0, candFalse: 0 } };
  const t0 = performance.now();
  for (let i = 0; i < k; i++) {
    const train = docs.filter((d) => foldOf(d.corpus, d.document, k) !== i);
    const test = docs.filter((d) => foldOf(d.corpus, d.document, k) === i);
    const models = trainAll(train, names.length);
    const o = outcomesFor(test, models);
    for (const key of ['base', 'withScorer', 'asCandidate']) parts[key].push(...o[key]);
    for (const key in o.added) parts.added[key] += o.added[key];
    console.error(`fold ${i}: ${Object.keys(models).length} concepts switched on (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
  }
  const order = (a) => a; // outcomes stay in fold order; scores are order-free
  report(`${k}-fold cross-validation by document (held out: every figure is on a fold the scorer was not trained on)`, docs, { base: order(parts.base), withScorer: parts.withScorer, asCandidate: parts.asCandidate, added: parts.added });
} else if (cmd === 'split') {
  const { names, docs } = load();
  const tr = new Set(args[0].split(','));
  const te = new Set(args[1].split(','));
  const models = trainAll(docs.filter((d) => tr.has(d.corpus)), names.length, true);
  const test = docs.filter((d) => te.has(d.corpus));
  report(`trained on ${args[0]}, tested on ${args[1]} (${Object.keys(models).length} concepts switched on)`, test, outcomesFor(test, models));
} else if (cmd === 'train') {
  const { names, docs } = load();
  const exclude = new Set((opt('--exclude', '') || '').split(',').filter(Boolean));
  const used = docs.filter((d) => !exclude.has(d.corpus));
  const models = trainAll(used, names.length, true);
  const out = { version: 1, trainedOn: [...new Set(used.map((d) => d.corpus))], documents: used.length, hyperparameters: HP, concepts: {} };
  for (const [c, m] of Object.entries(models)) {
    const ws = [];
    m.w.forEach((v, id) => {
      if (Math.abs(v) >= 0.02) ws.push([names[id], Math.round(v * 1000) / 1000]);
    });
    ws.sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]) || (a[0] < b[0] ? -1 : 1));
    out.concepts[c] = { bias: Math.round(m.b * 1000) / 1000, threshold: Math.round(m.t * 1000) / 1000, weights: Object.fromEntries(ws.slice(0, 3000)) };
  }
  const file = opt('--out', WEIGHTS_FILE);
  writeFileSync(file, JSON.stringify(out));
  console.log(`${Object.keys(models).length} concepts -> ${file}`);
} else if (cmd === 'speed') {
  // cost of the scorer per 50 KB of manuscript text: every concept with weights scored over every sentence (the
  // worst case: in practice only the concepts the rules left missing are scored), median of 21 runs
  const { manuscriptFromString } = await import(join(root, 'dist/readers/index.js'));
  const W = JSON.parse(readFileSync(opt('--weights', WEIGHTS_FILE), 'utf8'));
  const concepts = Object.keys(W.concepts).sort();
  const postings = new Map();
  concepts.forEach((c, ci) => {
    for (const [f, v] of Object.entries(W.concepts[c].weights)) {
      if (!postings.has(f)) postings.set(f, []);
      postings.get(f).push(ci, v);
    }
  });
  const bias = Float64Array.from(concepts, (c) => W.concepts[c].bias);
  // what an engine hook would do: the best sentence per concept (probability = sigmoid of the best z)
  const bestSentences = (ms) => {
    const feats = featuresOf(ms);
    const z = new Float64Array(concepts.length);
    const best = new Float64Array(concepts.length).fill(-Infinity);
    for (const s of ms.sentences) {
      if (s.section.kind === 'references' || s.section.role === 'peer_review') continue;
      z.set(bias);
      for (const f of sentenceFeatures(s, feats[s.index])) {
        const p = postings.get(f);
        if (p) for (let k = 0; k < p.length; k += 2) z[p[k]] += p[k + 1];
      }
      for (let i = 0; i < z.length; i++) if (z[i] > best[i]) best[i] = z[i];
    }
    return best;
  };
  const file = args[0] && !args[0].startsWith('--') ? args[0] : join(root, '../shared/corpus/ai-imaging/docs');
  const { readdirSync, statSync } = await import('node:fs');
  const src = statSync(file).isDirectory() ? readdirSync(file).filter((f) => f.endsWith('.md')).map((f) => readFileSync(join(file, f), 'utf8')).join('\n\n') : readFileSync(file, 'utf8');
  const text = src.slice(0, 50_000);
  // CPU time (the machine is shared: wall-clock time measures the other users too), against the rules' own time
  const times = [];
  const rules = [];
  const cpu = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  for (let i = 0; i < 21; i++) {
    const ms = manuscriptFromString(text); // fresh: no cached sentence features
    const r0 = cpu();
    detectAll(ms); // the rules; computes the sentence features the scorer reuses
    const t0 = cpu();
    bestSentences(ms);
    times.push(cpu() - t0);
    rules.push(t0 - r0);
  }
  times.sort((a, b) => a - b);
  rules.sort((a, b) => a - b);
  console.log(`${concepts.length} concepts, ${manuscriptFromString(text).sentences.length} sentences in ${text.length} characters: scorer median ${times[10].toFixed(2)} ms CPU (max ${times[20].toFixed(2)}); the rules: median ${rules[10].toFixed(2)} ms CPU`);
} else {
  console.error('usage: node scripts/train-scorer.mjs extract|cv|split|train|speed (see the top of the file)');
  process.exit(2);
}
