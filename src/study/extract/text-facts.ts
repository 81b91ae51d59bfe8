/**
 * The simple text extraction of `reportlint extract` (also used by audit): what no detector records, found in
 * the manuscript's text and metadata. A modality or spinal region counts when the title or abstract names it, or
 * the methods name it at least twice; other body parts come from the title and abstract; the year from metadata.
 */
import type { Manuscript, Sentence } from '../../manuscript/model.js';

const MODALITY_RES: Array<[string, RegExp]> = [
  ['mri', /\b(MRI|MR imag\w*|magnetic resonance|T[12]-weighted|diffusion-weighted imaging|fMRI)\b/],
  ['ct', /\b(CT|CBCT|computed tomography|computerized tomography)\b/],
  ['radiograph', /\b(radiograph\w*|X-rays?|plain films?|chest films?)\b/i],
  ['ultrasound', /\b(ultraso\w+|sonograph\w*|echocardiogra\w+)\b/i],
  ['dexa', /\b(DXA|DEXA|dual-energy X-ray absorptiometry)\b/],
  ['fluoroscopy', /\bfluoroscop\w*/i],
];

const SPINE_RES: Array<[string, RegExp]> = [
  ['cervical', /\bcervical (spine|spinal|vertebra\w*|myelopath\w*|spondylo\w*|cord)\b/i],
  ['thoracic', /\bthoracic (spine|spinal|vertebra\w*)\b|\bthoracolumbar\b/i],
  ['lumbar', /\blumbar\b|\bthoracolumbar\b/i],
  ['sacral', /\bsacr(al|um)\b|\bsacroiliac\b/i],
  ['whole_spine', /\bwhole[- ]spine\b|\bentire spine\b/i],
];

const BODY_PARTS = /\b(brain|lungs?|liver|breasts?|knees?|hips?|heart|cardiac|prostate|kidneys?|renal|abdomen|abdominal|pelvis|pelvic|chest|thyroid|pancrea\w*|colon|colorectal|retina\w*|skin|shoulders?|wrists?|ankles?|hand|teeth|dental)\b/i;

const ZONES = new Set(['title', 'abstract', 'methods']);

function sentencesIn(ms: Manuscript, kinds: Set<string>): Sentence[] {
  return ms.sentences.filter((s) => kinds.has(s.section.kind));
}

/** Words that name a modality/region in the title or abstract, or at least twice in the methods. */
function mentioned(ms: Manuscript, res: Array<[string, RegExp]>): Array<{ key: string; sentence: Sentence }> {
  const out: Array<{ key: string; sentence: Sentence }> = [];
  const zone = sentencesIn(ms, ZONES);
  for (const [key, re] of res) {
    const hits = zone.filter((s) => re.test(s.text));
    const top = hits.filter((s) => s.section.kind !== 'methods');
    if (top.length || hits.length >= 2) out.push({ key, sentence: (top[0] ?? hits[0])! });
  }
  return out;
}

/** The facts the text extraction finds (used by extract and audit). */
export interface TextFacts {
  modalities: Array<{ key: string; sentence?: Sentence }>;
  anatomy: Array<{ key: string; sentence: Sentence }>;
  otherBodyParts: Array<{ key: string; sentence: Sentence }>;
  year?: number;
  yearSource?: string;
}

export function textFacts(ms: Manuscript): TextFacts {
  const modalities = mentioned(ms, MODALITY_RES);
  const anatomy = mentioned(ms, SPINE_RES);
  const otherBodyParts: TextFacts['otherBodyParts'] = [];
  for (const s of sentencesIn(ms, new Set(['title', 'abstract']))) {
    const m = BODY_PARTS.exec(s.text);
    if (m && !otherBodyParts.some((x) => x.key === m[1]!.toLowerCase())) otherBodyParts.push({ key: m[1]!.toLowerCase(), sentence: s });
    if (otherBodyParts.length >= 3) break;
  }
  const facts: TextFacts = { modalities, anatomy, otherBodyParts };
  const md = ms.metadata ?? {};
  for (const k of ['year', 'date', 'published', 'pub_date', 'publication_date', 'pubdate', 'issued']) {
    const v = md[k];
    const m = /\b(19|20)\d{2}\b/.exec(v instanceof Date ? v.toISOString() : String(v ?? ''));
    if (m) {
      facts.year = Number(m[0]);
      facts.yearSource = `metadata ${k}`;
      break;
    }
  }
  return facts;
}
