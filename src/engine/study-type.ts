/**
 * Study type classification from the title, abstract and methods: decides which guideline fits
 * (CLAIM for AI on medical images, TRIPOD+AI for prediction models, STARD for diagnostic accuracy) and recognises
 * study types reportlint does not bundle a checklist for (randomised trials → CONSORT, systematic reviews → PRISMA,
 * scoping reviews → PRISMA-ScR, observational studies → STROBE, guideline documents and software papers → none).
 */
import type { Manuscript, Sentence } from '../manuscript/model.js';
import { evidenceOf, type Evidence } from '../concepts/types.js';
import type { StudyTypeResult } from './types.js';

interface Signal {
  key: string;
  re: RegExp;
  /** weight in title / abstract / body (methods) */
  w: [number, number, number];
}

const SIGNALS: Signal[] = [
  { key: 'ai', re: /\b(deep[- ]learning|machine[- ]learning|(convolutional |deep |artificial |recurrent |graph )?neural networks?|artificial intelligence|\bAI\b|U-?Net|ResNet|DenseNet|VGG|random forests?|support vector machines?|gradient boost(ing|ed)|XGBoost|LightGBM|transformers?|CNNs?|LSTM|deep models?|classifiers?|supervised learning)\b/i, w: [3, 2, 0.5] },
  { key: 'imaging', re: /\b(MRI|MR imaging|magnetic resonance|CT\b|computed tomography|radiograph(s|y|ic)?|X-rays?|ultrasound|sonograph\w*|echocardiograph\w*|PET\b|mammogra\w+|tomosynthesis|imaging|images?|scans?|fundus|OCT\b|optical coherence|endoscop\w+|dermoscop\w+|histopatholog\w+|whole[- ]slide|microscopy|angiograph\w*|segmentation|radiolog\w+|volumetric|voxels?)\b/i, w: [3, 1.5, 0.3] },
  { key: 'prediction', re: /\b(predict(ion|ive|s|ing)?|prognos(tic|is)|risk (score|model|stratification|prediction|calculator)|nomogram|forecast\w*|early warning|estimat(e|ion) of (risk|survival))\b/i, w: [2.5, 1.5, 0.2] },
  { key: 'diagnostic', re: /\b(diagnos(tic|is|ing|e)|detect(ion|ing)|screening test|sensitivity and specificity|specificity|positive predictive value|area under the (receiver|ROC|curve)|AUC|ROC curves?|index test|reference standard|accuracy of|discriminat(e|ion|ive))\b/i, w: [2, 1.2, 0.2] },
  { key: 'rct', re: /\b(randomi[sz]ed|randomly (assigned|allocated)|randomi[sz]ation|controlled trial|placebo[- ]controlled|(phase (I|II|III|IV|[1-4])\b.{0,20})?trial participants|allocation concealment)\b/i, w: [4, 2, 0.5] },
  { key: 'systematic_review', re: /\b(systematic (literature )?review|meta-analys[ie]s|metaanalys[ie]s|pooled analysis of (studies|trials))\b/i, w: [5, 2.5, 0.3] },
  { key: 'scoping_review', re: /\bscoping review\b/i, w: [6, 3, 0.5] },
  { key: 'guideline', re: /\b(reporting guideline|statement|checklist|consensus (statement|guideline|recommendations)|guidance|recommendations for reporting|delphi)\b/i, w: [3, 1.5, 0.1] },
  { key: 'software', re: /\b(open[- ]source (software|package|library|toolbox|framework|tool)|python (package|library)|R package|toolbox|software (package|library|tool|framework)|command[- ]line tool|we present \w+, an? )/i, w: [3, 2, 0.2] },
  { key: 'observational', re: /\b(cohort study|prospective cohort|retrospective cohort|case-control|cross-sectional (study|survey|analysis)|observational study|population-based|registry-based|longitudinal study|incidence|hazard ratios?)\b/i, w: [3, 1.5, 0.3] },
];

function zone(s: Sentence): number {
  const k = s.section.kind;
  if (k === 'title') return 0;
  if (k === 'abstract') return 1;
  if (k === 'methods') return 2;
  return -1;
}

export function classifyStudy(ms: Manuscript): StudyTypeResult {
  const score: Record<string, number> = {};
  const ev: Record<string, Sentence[]> = {};
  const body: Record<string, number> = {};
  const titleText = ms.title ?? '';
  for (const sig of SIGNALS) {
    let sc = 0;
    if (titleText && sig.re.test(titleText)) sc += sig.w[0];
    body[sig.key] = 0;
    for (const s of ms.sentences) {
      const z = zone(s);
      if (z < 0 || (z === 0 && s.text === titleText)) continue;
      if (!sig.re.test(s.text)) continue;
      if (z === 2) {
        body[sig.key]!++;
        continue;
      }
      sc += sig.w[z as 0 | 1]!;
      (ev[sig.key] ??= []).push(s);
    }
    // body mentions add up slowly (capped) so a paper without an abstract can still be classified
    sc += Math.min(4, body[sig.key]! * sig.w[2]);
    score[sig.key] = sc;
    if (!ev[sig.key]?.length) {
      const first = ms.sentences.find((s) => zone(s) === 2 && sig.re.test(s.text));
      if (first) ev[sig.key] = [first];
    }
  }
  const S = (k: string) => score[k] ?? 0;
  const types: Array<[string, number]> = [];
  const ai = S('ai') >= 3;
  const imaging = S('imaging') >= 3;
  if (S('scoping_review') >= 5) types.push(['scoping_review', S('scoping_review')]);
  else if (S('systematic_review') >= 5) types.push(['systematic_review', S('systematic_review')]);
  if (S('guideline') >= 5 && !types.length && S('rct') < 4) types.push(['guideline', S('guideline')]);
  if (S('rct') >= 5 && !types.some(([t]) => t.endsWith('review'))) types.push(['rct', S('rct')]);
  if (!types.some(([t]) => t.endsWith('review') || t === 'guideline')) {
    if (ai && imaging) types.push(['ai_imaging', S('ai') + S('imaging')]);
    if (S('prediction') >= 3 && (ai || S('prediction') >= 4)) types.push(['prediction_model', S('prediction') + (ai ? 1 : 0)]);
    if (S('diagnostic') >= 4) types.push(['diagnostic_accuracy', S('diagnostic')]);
    if (!types.length && S('software') >= 4) types.push(['software', S('software')]);
    if (!types.length && S('observational') >= 3) types.push(['observational', S('observational')]);
  }
  types.sort((a, b) => b[1] - a[1]);
  const names = types.map(([t]) => t);
  const checklists: string[] = [];
  if (names.includes('ai_imaging')) checklists.push('claim-2024');
  if (names.includes('prediction_model') || (ai && !imaging && !names.includes('rct'))) checklists.push('tripod-ai-2024');
  if (names.includes('diagnostic_accuracy') && !names.includes('rct')) checklists.push('stard-2015');
  const otherGuidelines: string[] = [];
  if (names.includes('rct')) otherGuidelines.push('CONSORT 2010');
  if (names.includes('systematic_review')) otherGuidelines.push('PRISMA 2020');
  if (names.includes('scoping_review')) otherGuidelines.push('PRISMA-ScR');
  if (names.includes('observational')) otherGuidelines.push('STROBE');
  const type = names[0] ?? 'other';
  const evidence: Evidence[] = [];
  const evKeys = type === 'ai_imaging' ? ['ai', 'imaging'] : type === 'prediction_model' ? ['prediction'] : type === 'diagnostic_accuracy' ? ['diagnostic'] : [type];
  for (const k of evKeys) for (const s of (ev[k] ?? []).slice(0, 2)) evidence.push(evidenceOf(s, `study-type/${k}`));
  const top = types[0]?.[1] ?? 0;
  return {
    type,
    types: names,
    checklists,
    otherGuidelines,
    confidence: Math.min(0.95, top / 12),
    evidence,
  };
}
