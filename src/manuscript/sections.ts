import type { SectionKind, SectionRole } from './model.js';

/** Normalise a heading for lookup: strip numbering ("2.1", "II.", "A."), punctuation, case. */
export function normaliseHeading(text: string): string {
  return text
    .replace(/^\s*(?:(?:\d+|[ivxlc]+|[a-h])(?:\.\d+)*[.)]?\s+|\d+(?:\.\d+)+\s*)/i, '')
    .replace(/[*_#:.]+$/g, '')
    .replace(/[’']/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

interface HeadingRule {
  re: RegExp;
  kind: SectionKind;
  role?: SectionRole;
}

// Order matters: the first rule that matches the whole normalised heading wins.
const RULES: HeadingRule[] = [
  { re: /^(abstract|summary|structured abstract|author summary|synopsis|plain language summary|eLife digest|digest|highlights|key points|significance( statement)?)$/i, kind: 'abstract' },
  { re: /^(references?|bibliography|literature cited|works cited|reference list|cited literature)$/i, kind: 'references' },
  { re: /^(introduction|background|background and (aims?|objectives?|motivation|rationale)|rationale|motivation|introduction and background|related work|literature review|state of the art|purpose)$/i, kind: 'introduction' },
  {
    re: /^((materials?|patients?|subjects?|participants?|data|study population|population) (and|&) (methods?|methodology)|methods?( and materials?)?|methodology|experimental( setup| design| procedures?| methods?| section)?|(research )?(study )?design( and (setting|population|participants|methods?))?|design|(the )?methods? section|online methods|star methods|materials|patients|participants|study population|data( and (methods|analysis))?|statistical (analysis|analyses|methods)|experiments?|experimental settings?|implementation( details)?|approach|proposed method|our approach|model|models|dataset|datasets|data collection|evaluation|setting)$/i,
    kind: 'methods',
  },
  { re: /^(results?( and discussion)?|findings|experimental results|evaluation results|outcomes)$/i, kind: 'results' },
  { re: /^(discussion|discussion and conclusions?|conclusions?|concluding remarks|summary and conclusions?|general discussion|interpretation|comment|implications)$/i, kind: 'discussion' },
  { re: /^(study )?limitations?( of (the|this) study)?|strengths and limitations( of (the|this) study)?$/i, kind: 'discussion', role: 'limitations' },
  { re: /^(funding|funding (sources?|information|statement)|sources? of funding|financial (support|disclosures?)|grant (support|information)|role of the funding source|funding\/support|support)$/i, kind: 'declarations', role: 'funding' },
  { re: /^((declaration|disclosure|statement)s? of (competing )?interests?|competing (financial )?interests?( statement)?|conflicts? of interests?( statement)?|conflict of interest disclosures?|disclosures?|duality of interest|potential conflicts? of interest|declaration of competing interest)$/i, kind: 'declarations', role: 'competing_interests' },
  { re: /^(data (availability|access|sharing)( statement)?|availability of data( and materials?)?|data and (code|materials?|software) availability|availability of data and materials|data accessibility|resource availability|data deposition|availability)$/i, kind: 'declarations', role: 'data_availability' },
  { re: /^((code|software) availability( statement)?|availability of (code|software)|code and data availability)$/i, kind: 'declarations', role: 'code_availability' },
  { re: /^(ethics( approval)?( and consent( to participate)?)?|ethics statement|ethical (approval|considerations?|statement)|ethics approval and consent to participate|consent for publication|human (subjects|rights)|informed consent|patient consent( statement)?|institutional review board statement|animal ethics)$/i, kind: 'declarations', role: 'ethics' },
  { re: /^(trial registration|registration|clinical trial registration|study registration|protocol( and registration)?)$/i, kind: 'declarations', role: 'registration' },
  { re: /^(acknowledge?ments?|acknowledge?ment)$/i, kind: 'declarations', role: 'acknowledgements' },
  { re: /^(author(s'?|ship)? contributions?|contributors?|contributorship|credit author(ship)? statement|author information|authors' information)$/i, kind: 'declarations', role: 'author_contributions' },
  { re: /^(declarations?|statements? and declarations|additional information|article information|footnotes|notes|competing interests and funding|funding and competing interests)$/i, kind: 'declarations' },
  { re: /^(supplementary (material|information|data|materials)|supporting information|appendix( [a-z0-9]+)?|appendices|additional files?|electronic supplementary material)$/i, kind: 'other', role: 'supplementary' },
  { re: /^(abbreviations?|list of abbreviations|glossary)$/i, kind: 'other', role: 'abbreviations' },
  { re: /^(key ?words?|index terms)$/i, kind: 'other', role: 'keywords' },
];

// Looser rules: the heading starts with a kind word ("Methods: data collection", "Results of the pilot").
const PREFIX_RULES: HeadingRule[] = [
  { re: /^(materials? and methods?|methods?|methodology)\b/i, kind: 'methods' },
  { re: /^results?\b/i, kind: 'results' },
  { re: /^(discussion|conclusions?)\b/i, kind: 'discussion' },
  { re: /^introduction\b/i, kind: 'introduction' },
  { re: /^(funding|financial support)\b/i, kind: 'declarations', role: 'funding' },
  { re: /^(competing|conflicts? of) interests?\b/i, kind: 'declarations', role: 'competing_interests' },
  { re: /^data (availability|sharing)\b/i, kind: 'declarations', role: 'data_availability' },
  { re: /^(code|software) availability\b/i, kind: 'declarations', role: 'code_availability' },
  { re: /^ethic(s|al)\b/i, kind: 'declarations', role: 'ethics' },
  { re: /^(limitations?|strengths and limitations)\b/i, kind: 'discussion', role: 'limitations' },
];

export interface HeadingClass {
  kind: SectionKind;
  role?: SectionRole;
  /** the heading named a kind itself (not inherited) */
  explicit: boolean;
}

export function classifyHeading(text: string): HeadingClass | undefined {
  const h = normaliseHeading(text);
  if (!h) return undefined;
  for (const r of RULES) if (r.re.test(h)) return { kind: r.kind, ...(r.role ? { role: r.role } : {}), explicit: true };
  // "Methods: data collection", "Results of the pilot": a short heading, or the kind word then a colon/dash
  if (h.length <= 60 && (h.split(' ').length <= 5 || /^[a-z ]+\s*[:–—-]/.test(h))) {
    for (const r of PREFIX_RULES) if (r.re.test(h)) return { kind: r.kind, ...(r.role ? { role: r.role } : {}), explicit: true };
  }
  return undefined;
}

/** Words that are headings when they stand alone on a line of plain text. */
export const STANDALONE_HEADING =
  /^(?:(?:\d+(?:\.\d+)*\.?|[IVX]+\.)\s+)?(abstract|summary|introduction|background|methods?|materials and methods|patients and methods|methodology|results|discussion|conclusions?|references|bibliography|acknowledge?ments?|funding|competing interests|conflicts? of interest|data availability( statement)?|ethics( statement)?|limitations|declarations|author contributions|supplementary (material|information)|abbreviations)\s*:?\s*$/i;
