/**
 * Study type classification from the title, abstract (or, without one, the front matter) and methods: decides
 * which guideline fits (CLAIM for AI on medical images, TRIPOD+AI for prediction models and AI on other data,
 * STARD for diagnostic accuracy and STARD-AI when the test is AI-centred, CONSORT 2025 for randomised trials,
 * PRISMA 2020 for systematic reviews, PRISMA-ScR for scoping reviews, STROBE for observational studies, SPIRIT 2025
 * for trial protocols) and recognises documents no bundled checklist fits (guideline documents, software papers,
 * methods/physics papers and laboratory or animal studies → none).
 *
 * One pass over the title, abstract and methods sentences: each sentence is matched against precompiled cues
 * (design statements, AI and imaging vocabulary, tool statements …); sentences that talk about other work
 * ("previous studies", "et al.", citations) or negate a design ("non-randomised") do not count for it. The
 * title weighs most, then the abstract, then the methods (capped). The decision applies precedence rules:
 * guideline and review documents first (a review of AI studies is a review), then randomised trials (a trial
 * of an AI tool is a trial), then tool papers that present software rather than a study, then AI (on images,
 * or on other data), prediction models and diagnostic accuracy studies (the title must carry the aim, or the
 * abstract must state it repeatedly), then observational designs, image-analysis methods papers, and finally
 * any study of people as observational.
 */
import type { Manuscript, Sentence } from '../manuscript/model.js';
import * as C from './cues.js';
import { evidenceOf, type Evidence } from '../concepts/types.js';
import type { StudyTypeResult } from '../engine/types.js';
import { bundledChecklists, fitChecklists } from './fit.js';

interface Tally {
  count: Record<C.Flag, number>;
  sentences: Record<C.Flag, Sentence[]>;
}

function tally(): Tally {
  const count = {} as Record<C.Flag, number>;
  const sentences = {} as Record<C.Flag, Sentence[]>;
  for (const k of C.FLAGS) {
    count[k] = 0;
    sentences[k] = [];
  }
  return { count, sentences };
}

const MAIN_KINDS = new Set(['introduction', 'methods', 'results', 'discussion']);

/** Title, abstract-like and methods zones of a manuscript. */
function zones(ms: Manuscript): { title: string; titleSentence?: Sentence; abstract: Sentence[]; methods: Sentence[]; frontAsAbstract: boolean; results: number } {
  const abstract: Sentence[] = [];
  const methods: Sentence[] = [];
  let results = 0;
  let titleSentence: Sentence | undefined;
  for (const s of ms.sentences) {
    const sec = s.section;
    if (sec.role === 'peer_review') continue;
    if (sec.kind === 'title') titleSentence ??= s;
    else if (sec.kind === 'abstract' || sec.role === 'keywords') abstract.push(s);
    else if (sec.kind === 'methods' && !sec.role) methods.push(s);
    else if (sec.kind === 'results') results++;
  }
  let title = ms.title ?? titleSentence?.text ?? '';
  if (!title && abstract.length) {
    // a top-level heading that holds the abstract is the title, whatever the reader made of it
    const parent = abstract[0]!.section.parent;
    const p = parent !== undefined ? ms.sections[parent] : undefined;
    if (p && p.depth === 1 && p.heading) title = p.heading;
  }
  let frontAsAbstract = false;
  if (abstract.length < 3) {
    // no abstract: the front matter before the first main section stands in for it
    const front: Sentence[] = [];
    for (const s of ms.sentences) {
      if (MAIN_KINDS.has(s.section.kind) || s.section.kind === 'references') break;
      if (s.section.kind === 'title' || s.section.kind === 'declarations' || s.section.role) continue;
      front.push(s);
      if (front.length >= 30) break;
    }
    if (front.length >= 3) {
      if (!title) title = front.shift()!.text;
      abstract.push(...front);
      frontAsAbstract = true;
    }
  }
  return { title, ...(titleSentence ? { titleSentence } : {}), abstract, methods, frontAsAbstract, results };
}

const cap = (n: number, c: number) => Math.min(n, c);

export function classifyStudy(ms: Manuscript): StudyTypeResult {
  return classifyStudyWithScores(ms).result;
}

/** The classification and the scores behind it (for debugging and tests). */
export function classifyStudyWithScores(ms: Manuscript): { result: StudyTypeResult; scores: Record<string, number> } {
  const z = zones(ms);
  const T = z.title ? C.sentenceFlags(z.title, false) : new Set<C.Flag>();
  const A = tally();
  const M = tally();
  for (const s of z.abstract) {
    if (s === z.titleSentence) continue;
    for (const k of C.sentenceFlags(s.text, true, s)) {
      A.count[k]++;
      A.sentences[k].push(s);
    }
  }
  for (const s of z.methods) {
    for (const k of C.sentenceFlags(s.text, false, s)) {
      M.count[k]++;
      if (M.sentences[k].length < 3) M.sentences[k].push(s);
    }
  }
  const t = (k: C.Flag) => (T.has(k) ? 1 : 0);
  const a = (k: C.Flag) => A.count[k];
  const m = (k: C.Flag) => M.count[k];
  const hasAbstract = z.abstract.length >= 3;
  const title = z.title;

  // ---- documents that are not studies, and reviews
  const reviewInTitle = (t('sysrev') || t('scoping')) && !C.REVIEW_TOPIC.test(title);
  const guidelineTitle = C.GUIDELINE_TITLE.test(title) && !C.STUDY_TITLE.test(title.replace(C.REVIEW_TOPIC, ''));
  const guidelineScore = (guidelineTitle ? 6 : 0) + 1.5 * cap(a('guideline'), 4) + 0.2 * cap(m('guideline'), 5);
  const scopingScore = (t('scoping') && reviewInTitle ? 6 : 0) + 3 * cap(a('scoping'), 3) + 0.3 * cap(m('scoping'), 5);
  const sysrevScore = (t('sysrev') && reviewInTitle ? 6 : 0) + 2.5 * cap(a('sysrev'), 3) + 0.3 * cap(m('sysrev'), 5);

  // ---- randomised trials
  const rctTA = 5 * t('rct') + (C.TRIAL_TITLE.test(title) ? 1.5 : 0) + 2.5 * cap(a('rct'), 3) + 0.5 * cap(a('rctWeak'), 4);
  const rctScore = rctTA + 0.6 * cap(m('rct'), 8) + 0.15 * cap(m('rctWeak'), 10);
  const rctStrongHits = t('rct') + a('rct') + (m('rct') >= 2 ? 1 : 0);

  // ---- AI, imaging, prediction, diagnosis
  const taskTitle = C.TASK_TITLE.test(title);
  const aiCentral = Boolean(t('ai') || (taskTitle && a('ai') >= 1) || a('aiModel') >= 2 || a('aiDev') >= 1 || (!hasAbstract && m('ai') >= 6) || (z.frontAsAbstract && a('ai') >= 2));
  const imagingCentral = Boolean(t('imaging') || a('imaging') >= 2 || a('aiImaging') >= 1 || (!hasAbstract && m('imaging') >= 8));
  const predTask = C.PRED_WEAK.test(title.replace(C.PRED_NOT, ' ')) || C.PRED_STRONG.test(title);
  const predScore = (C.PRED_STRONG.test(title) ? 4 : predTask ? 2.5 : 0) + 2 * cap(a('predStrong'), 3) + 1 * cap(a('predWeak'), 3) + 0.3 * cap(m('predStrong'), 6);
  const predAbstract = 2 * cap(a('predStrong'), 3) + 1 * cap(a('predWeak'), 3);
  const diagTask = C.DIAG_TITLE.test(title);
  const diagScore = (diagTask ? 3 : 0) + 2 * cap(a('diagStrong'), 3) + 0.7 * cap(a('diagWeak'), 3) + 0.3 * cap(m('diagStrong'), 6);
  const diagAbstract = 2 * cap(a('diagStrong'), 3) + 0.7 * cap(a('diagWeak'), 3);
  const obsScore = 4 * t('obsStrong') + 2 * t('obsWeak') + 2 * cap(a('obsStrong'), 3) + 0.7 * cap(a('obsWeak'), 3) + 0.2 * cap(m('obsStrong'), 5);
  // the aim must be in the title, or stated repeatedly in the abstract
  const isPred = predScore >= 4 && (predTask || predAbstract >= 4);
  const isDiag = diagScore >= 4 && (diagTask || diagAbstract >= 4) && (a('diagStrong') + t('diagStrong') + m('diagStrong') > 0 || (diagTask && diagScore >= 5 && obsScore < 4));

  // ---- tools, observational designs, methods papers
  const softwareScore = (C.SOFTWARE_TITLE.test(title) ? 4 : 0) + 2 * t('software') + 2 * cap(a('software'), 3) + 0.2 * cap(m('software'), 5);
  const presentsTool = softwareScore >= 4 && (C.SOFTWARE_TITLE.test(title) || z.results < 15);
  const methodScore = 2 * t('method') + 1 * cap(a('method'), 4);
  const peopleScore = 2 * t('people') + 1 * cap(a('people'), 4) + 0.2 * cap(m('people'), 10);
  const peopleCount = t('peopleCount') + a('peopleCount') + (hasAbstract ? 0 : Math.min(2, m('peopleCount')));
  const preclinicalScore = 2 * t('preclinical') + cap(a('preclinical'), 4);
  const devMethod = t('devMethod') + a('devMethod');

  const scores: Record<string, number> = {
    guideline: guidelineScore,
    scoping_review: scopingScore,
    systematic_review: sysrevScore,
    rct: rctScore,
    software: softwareScore,
    ai_imaging: aiCentral && imagingCentral ? 4 + 2 * (t('ai') + t('imaging')) + cap(a('ai'), 3) + cap(a('imaging'), 3) : 0,
    ai_other: aiCentral && !imagingCentral ? 4 + 2 * t('ai') + cap(a('ai'), 3) : 0,
    prediction_model: predScore,
    diagnostic_accuracy: diagScore,
    observational: obsScore,
    methods_or_physics: methodScore,
  };
  const aiCues = t('ai') + a('ai') + m('ai') + a('aiModel') + m('aiModel') + a('aiDev') + m('aiDev');
  const extra = { people: peopleScore, peopleCount, preclinical: preclinicalScore, devMethod, aiCues };

  // ---- precedence
  const rctTitle = Boolean(t('rct')) || C.TRIAL_TITLE.test(title);
  const modelAimInTitle = !rctTitle && (predTask || diagTask || Boolean(t('ai')));
  const types: string[] = [];
  let primary = '';
  let strength = 0;
  // a protocol tells its design in the future tense (or says so in the title): SPIRIT, not CONSORT
  const isProtocol = C.PROTOCOL_TITLE.test(title) || a('protocol') + (m('protocol') >= 2 ? 1 : 0) >= 2;
  const review = scopingScore >= 5 ? 'scoping_review' : sysrevScore >= 5 ? 'systematic_review' : '';
  if (guidelineScore >= 6 && !(review && reviewInTitle)) primary = 'guideline';
  else if (review) primary = review;
  // a prediction, diagnostic or AI aim in a title without a trial cue: the trial is where the data came from
  else if (rctStrongHits && !(modelAimInTitle && (aiCentral || isPred || isDiag)) && (rctTA >= 4 || (rctScore >= 5 && !aiCentral && !isPred && !isDiag && obsScore < 4))) primary = isProtocol ? 'trial_protocol' : 'rct';
  else if (presentsTool) primary = 'software';
  if (primary) {
    types.push(primary);
    strength = scores[primary]!;
  }
  if (!primary || primary === 'rct') {
    if (aiCentral) types.push(imagingCentral ? 'ai_imaging' : 'ai_other');
    const pd: Array<[string, number]> = [];
    if (isPred) pd.push(['prediction_model', predScore + (predTask ? 1 : 0)]);
    if (isDiag) pd.push(['diagnostic_accuracy', diagScore + (diagTask ? 1 : 0)]);
    pd.sort((x, y) => y[1] - x[1]);
    types.push(...pd.map(([k]) => k));
    // an AI-centred index test: STARD-AI instead of STARD 2015
    if (isDiag && aiCentral) types.push('ai_diagnostic_accuracy');
    if (!primary && types.length) {
      primary = types[0]!;
      strength = scores[primary]!;
    }
    if (!primary) {
      if (obsScore >= 4) primary = 'observational';
      else if (imagingCentral && methodScore >= 3) primary = 'methods_or_physics';
      else if (devMethod >= 1 && methodScore >= 3 && preclinicalScore < 3) primary = 'methods_or_physics';
      else if (preclinicalScore >= 3 && peopleCount < 2) primary = 'preclinical';
      else if (peopleCount >= 1 || (obsScore >= 2 && peopleScore >= 3)) primary = 'observational';
      if (primary) {
        types.push(primary);
        strength = primary === 'observational' && obsScore < 4 ? 2 : (scores[primary] ?? preclinicalScore);
      }
    } else if (primary !== 'rct' && obsScore >= 4) types.push('observational');
    if (primary !== 'rct' && rctStrongHits && rctTA >= 4) types.push('rct');
    if (primary && primary !== 'software' && softwareScore >= 4) types.push('software');
  }
  const type = primary || 'other';
  if (!types.length) types.push('other');

  const { checklists, otherGuidelines } = fitChecklists(type, types, bundledChecklists());

  // ---- evidence: the title when it carries the type, then the abstract (or methods) sentences behind it
  const EV_FLAGS: Record<string, C.Flag[]> = {
    ai_imaging: ['aiImaging', 'ai', 'imaging'],
    ai_other: ['aiModel', 'ai'],
    prediction_model: ['predStrong', 'predWeak'],
    diagnostic_accuracy: ['diagStrong', 'diagWeak'],
    rct: ['rct', 'rctWeak'],
    trial_protocol: ['protocol', 'rct'],
    systematic_review: ['sysrev'],
    scoping_review: ['scoping'],
    guideline: ['guideline'],
    software: ['software'],
    observational: ['obsStrong', 'obsWeak', 'people'],
    methods_or_physics: ['method', 'imaging'],
    preclinical: ['preclinical'],
  };
  const evidence: Evidence[] = [];
  const seen = new Set<Sentence>();
  const flags = EV_FLAGS[type] ?? [];
  const titleCarries =
    type === 'guideline' ? guidelineTitle : type === 'software' ? C.SOFTWARE_TITLE.test(title) || T.has('software') : flags.some((k) => T.has(k)) || ((type === 'rct' || type === 'trial_protocol') && C.TRIAL_TITLE.test(title));
  if (titleCarries && title) {
    if (z.titleSentence && z.titleSentence.text === title) evidence.push(evidenceOf(z.titleSentence, `study-type/${type}`));
    else {
      const s = ms.sentences.find((x) => x.text === title) ?? ms.sections.find((x) => x.heading === title);
      if (s && 'text' in s) evidence.push(evidenceOf(s, `study-type/${type}`));
      else if (s && 'heading' in s) evidence.push({ text: title, section: 'title', rule: `study-type/${type}`, ...(s.start.line !== undefined ? { line: s.start.line, column: s.start.column ?? 1 } : {}) });
    }
  }
  for (const k of flags) {
    for (const s of [...A.sentences[k], ...M.sentences[k]]) {
      if (evidence.length >= 3) break;
      if (seen.has(s) || s === z.titleSentence) continue;
      seen.add(s);
      evidence.push(evidenceOf(s, `study-type/${k}`));
    }
  }

  const confidence = type === 'other' ? 0.3 : Math.max(0.35, Math.min(0.95, 0.4 + strength / 20));
  // not recognised, and nothing the current checklists are about (AI, images, prediction, diagnostic accuracy)
  const outOfScope = type === 'other' && !imagingCentral && aiCues === 0 && predScore < 2 && diagScore < 3;
  const result: StudyTypeResult = { type, types, checklists, otherGuidelines, confidence: Number(confidence.toFixed(2)), evidence, ...(outOfScope ? { outOfScope } : {}) };
  const all = { ...scores, ...extra, isProtocol: +isProtocol, aiCentral: +aiCentral, imagingCentral: +imagingCentral, isPred: +isPred, isDiag: +isDiag };
  return { result, scores: Object.fromEntries(Object.entries(all).map(([k, v]) => [k, Number(v.toFixed(2))])) };
}
