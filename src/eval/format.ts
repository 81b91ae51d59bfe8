/** Text and Markdown views of an eval result. */
import type { EvalResult } from './run.js';

const f3 = (x: number | null) => (x === null ? '  -  ' : x.toFixed(3));

function uncertainLine(r: EvalResult): string {
  const u = r.uncertain;
  return `not found — check: ${u.count} verdicts (counted as missing); the labels call ${u.labelledReported} of them reported`;
}

/** Value accuracy with its errors split (concept not found / another value) and the five headline concepts alone. */
function valueLine(r: EvalResult): string {
  const v = r.values;
  const head = v.headline.total ? `; the five headline concepts ${v.headline.correct}/${v.headline.total} = ${(v.headline.correct / v.headline.total).toFixed(3)}` : '';
  const found = v.foundAccuracy !== null ? `; on found concepts ${v.correct}/${v.total - v.missed} = ${v.foundAccuracy.toFixed(3)}` : '';
  const unknown = v.unknownLabels ? `; ${v.unknownLabels} labelled values outside the detectors' vocabulary` : '';
  return `value accuracy ${r.valueAccuracy!.toFixed(3)} (${v.correct}/${v.total}: ${v.missed} concept not found, ${v.wrong} another value${found}${head}${unknown})`;
}

/** Evidence agreement: how often the first (any) cited sentence of a true positive overlaps the labelled quote. */
function citeLine(r: EvalResult): string | undefined {
  const c = r.citing;
  if (!c.total) return undefined;
  return `evidence agreement: first cited sentence ${c.first}/${c.total} = ${(c.first / c.total).toFixed(3)}, any cited sentence ${c.any}/${c.total} = ${(c.any / c.total).toFixed(3)} (true positives with a labelled quote; a lower bound)`;
}

/** Per concept, the true positives whose first cited sentence is not the labelled quote. */
function citeMissLines(r: EvalResult): string[] {
  const lines: string[] = [];
  for (const s of r.concepts) {
    const misses = r.citeMisses.filter((m) => m.concept === s.concept);
    if (!misses.length) continue;
    lines.push(`cite ${s.concept}: first ${s.citeFirst}/${s.citeTotal}, any ${s.citeAny}/${s.citeTotal}`);
    for (const m of misses) {
      lines.push(`cite: ${m.concept} ${m.document}${m.any ? ' (a later cited sentence is the labelled one)' : ''}`);
      lines.push(`    found: ${m.found.slice(0, 300)}`);
      lines.push(`    label: ${m.label.slice(0, 300)}`);
    }
  }
  return lines;
}

function foldLines(r: EvalResult): string[] {
  if (!r.folds?.length) return [];
  const mean = (xs: number[]) => xs.reduce((a, x) => a + x, 0) / xs.length;
  const sd = (xs: number[]) => Math.sqrt(mean(xs.map((x) => (x - mean(xs)) ** 2)));
  const ba = r.folds.map((f) => f.balancedAccuracy);
  const mf = r.folds.map((f) => f.missingF1);
  return [
    ...r.folds.map((f) => `fold ${f.fold}: docs ${f.docs} balanced-acc ${f.balancedAccuracy.toFixed(3)} missing-F1 ${f.missingF1.toFixed(3)}${f.valueAccuracy !== null ? ` value ${f.valueAccuracy.toFixed(3)}` : ''}`),
    `folds: balanced-acc ${mean(ba).toFixed(3)} ± ${sd(ba).toFixed(3)}, missing-F1 ${mean(mf).toFixed(3)} ± ${sd(mf).toFixed(3)} (mean ± sd over ${r.folds.length} folds)`,
  ];
}

export function formatEval(r: EvalResult, opts: { errors?: boolean } = {}): string {
  const lines: string[] = [];
  lines.push(`corpus ${r.corpus}`);
  lines.push('concept                           TP  FP  FN  TN  prec   recall F1     spec   value');
  for (const s of r.concepts) {
    const v = s.valueTotal ? `${s.valueCorrect}/${s.valueTotal}` : '';
    lines.push(
      `${s.concept.padEnd(32)} ${String(s.tp).padStart(3)} ${String(s.fp).padStart(3)} ${String(s.fn).padStart(3)} ${String(s.tn).padStart(3)}  ${f3(s.precision)}  ${f3(s.recall)}  ${f3(s.f1)}  ${f3(s.specificity)}  ${v}`,
    );
  }
  if (r.valueAccuracy !== null) lines.push(valueLine(r));
  for (const f of r.failed) lines.push(`failed ${f.document}: ${f.error}`);
  if (r.studyTypes) {
    lines.push(`study type ${r.studyTypes.correct}/${r.studyTypes.total} correct`);
    for (const w of r.studyTypes.wrong) lines.push(`  study type ${w.document}: expected ${w.expected}, got ${w.got}`);
  }
  const cite = citeLine(r);
  if (cite) lines.push(cite);
  lines.push(uncertainLine(r));
  lines.push(...foldLines(r));
  if (opts.errors) {
    lines.push('');
    for (const e of r.errors) {
      lines.push(`${e.kind} ${e.concept} ${e.document}: expected ${e.expected}, got ${e.got}`);
      if (e.evidence) lines.push(`    found: ${e.evidence.slice(0, 300)}`);
      if (e.labelEvidence) lines.push(`    label: ${e.labelEvidence.slice(0, 300)}`);
    }
    const cm = citeMissLines(r);
    if (cm.length) lines.push('', ...cm);
  }
  lines.push(`balanced-acc ${r.balancedAccuracy.toFixed(3)} missing-F1 ${r.missingF1.toFixed(3)} macro-F1 ${r.macroF1.toFixed(3)} docs ${r.docs} failed ${r.failed.length}`);
  return lines.join('\n');
}

/** The per-concept table as Markdown, for docs/accuracy.md. */
export function formatEvalMarkdown(r: EvalResult): string {
  const f = (x: number | null) => (x === null ? '–' : x.toFixed(2));
  const lines = [
    `| concept | TP | FP | FN | TN | precision | recall (sensitivity) | F1 | specificity | value accuracy |`,
    `|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|`,
  ];
  for (const s of r.concepts) {
    lines.push(`| ${s.concept} | ${s.tp} | ${s.fp} | ${s.fn} | ${s.tn} | ${f(s.precision)} | ${f(s.recall)} | ${f(s.f1)} | ${f(s.specificity)} | ${s.valueTotal ? `${s.valueCorrect}/${s.valueTotal}` : ''} |`);
  }
  lines.push('');
  lines.push(`**balanced-acc ${r.balancedAccuracy.toFixed(3)} · missing-F1 ${r.missingF1.toFixed(3)} · macro-F1 ${r.macroF1.toFixed(3)}** · documents ${r.docs}, failed ${r.failed.length}${r.valueAccuracy !== null ? ` · value accuracy ${r.valueAccuracy.toFixed(3)}` : ''}${r.studyTypes ? ` · study type ${r.studyTypes.correct}/${r.studyTypes.total}` : ''}`);
  if (r.valueAccuracy !== null) lines.push('', valueLine(r));
  const cite = citeLine(r);
  if (cite) lines.push('', cite);
  lines.push('', uncertainLine(r));
  const fl = foldLines(r);
  if (fl.length) lines.push('', ...fl.map((l) => `- ${l}`));
  return lines.join('\n');
}
