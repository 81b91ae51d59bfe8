/**
 * The section vocabulary, named once: the kinds every section is normalised to, and the roles (back matter and a
 * few front-matter blocks) with everything that recognises them: heading patterns (sections.ts), JATS sec-types
 * and note openings (JATS reader), HTML class hints (HTML reader), journal-template macros (LaTeX reader) and
 * leading labels of sentences ("Funding: …", concepts/lang.ts).
 *
 * Patterns of one column are disjoint, so the table's order does not decide between roles; it is kept anyway in
 * the order the readers tried them before the table existed.
 */

export const SECTION_KINDS = ['title', 'abstract', 'introduction', 'methods', 'results', 'discussion', 'declarations', 'references', 'other'] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];

export interface SectionRoleRow {
  id: string;
  /** the kind of a section a heading gives this role */
  kind: SectionKind;
  /** heading for synthetic sections (a JATS `<ack>`, an HTML `<div class="funding">`) */
  title: string;
  /** a whole normalised heading (see normaliseHeading) */
  heading?: RegExp;
  /** the start of a short heading ("Funding sources and disclaimer") */
  headingPrefix?: RegExp;
  /** a label that opens a sentence or paragraph ("Competing interests: none") */
  label?: RegExp;
  /** JATS `sec-type`, `fn-type` and `notes-type` values (lower case) */
  jatsTypes?: RegExp;
  /** the first words of a JATS note or custom-meta name (lower case) */
  jatsText?: RegExp;
  /** HTML class or id of a back-matter `<section>`/`<div>`, and the class token that must be there */
  html?: { cls: RegExp; token: string };
  /** LaTeX journal-template macros (MDPI, Elsevier, Springer…): macro name → heading */
  latexMacros?: Readonly<Record<string, string>>;
}

export const SECTION_ROLES = [
  {
    id: 'funding',
    kind: 'declarations',
    title: 'Funding',
    heading: /^(funding|funding (sources?|information|statement)|sources? of funding|financial (support|disclosures?)|grant (support|information)|role of the funding source|funding\/support|support)$/i,
    headingPrefix: /^(funding|financial support)\b/i,
    label: /^(sources? of )?funding( (source|statement|information|and disclaimer|\/support|sources?))?\s*[:.–-]|^financial (support|disclosures?)\s*[:.–-]|^grant (support|information)\s*[:.–-]|^role of the funding source\s*[:.–-]?|^support(ed by)?\s*:/i,
    jatsTypes: /^(financial-disclosure|funding|funding-information|funding-statement|supported-by|financial-support)$/,
    jatsText: /^\W*(funding|financial (support|disclosure)|grant support|sources? of funding)/,
    html: { cls: /fund/i, token: 'fund\\w*' },
    latexMacros: { funding: 'Funding' },
  },
  {
    id: 'competing_interests',
    kind: 'declarations',
    title: 'Competing interests',
    heading: /^((declaration|disclosure|statement)s? of (competing )?interests?|competing (financial )?interests?( statement)?|conflicts? of interests?( statement)?|conflict of interest disclosures?|disclosures?|duality of interest|potential conflicts? of interest|declaration of competing interest)$/i,
    headingPrefix: /^(competing|conflicts? of) interests?\b/i,
    label: /^((declaration|disclosure|statement)s? of (competing )?interests?|competing (financial )?interests?|conflicts? of interests?( statement| disclosures?)?|potential conflicts? of interest|disclosures?|duality of interest|conflict of interest disclosures)\s*[:.–-]/i,
    jatsTypes: /^(conflict|coi-statement|competing-interests?|competing-interest|conflicts?-of-interest|conflict-of-interests?)$/,
    jatsText: /^\W*(competing|conflicts? of interest|declaration of interest|disclosure)/,
    html: { cls: /(competing|conflict|coi\b|disclosure)/i, token: 'competing\\w*|conflicts?\\w*|coi|disclosures?' },
    latexMacros: { conflictsofinterest: 'Conflicts of interest' },
  },
  {
    id: 'data_availability',
    kind: 'declarations',
    title: 'Data availability',
    heading: /^(data (availability|access|sharing)( statement)?|availability of data( and materials?)?|data and (code|materials?|software) availability|availability of data and materials|data accessibility|resource availability|data deposition|availability)$/i,
    headingPrefix: /^data (availability|sharing)\b/i,
    label: /^(data (availability|access|sharing)( statement)?|availability of data( and materials?)?|data and (code|materials?|software) availability|data accessibility|data deposition)\s*[:.–-]/i,
    jatsTypes: /^(data-availability|data-availability-statement|data-accessibility)$/,
    jatsText: /^\W*(data (availability|sharing|access)|availability of data)/,
    html: { cls: /data-?(availability|access)/i, token: 'data-?availability' },
    latexMacros: { dataavailability: 'Data availability' },
  },
  {
    id: 'code_availability',
    kind: 'declarations',
    title: 'Code availability',
    heading: /^((code|software) availability( statement)?|availability of (code|software)|code and data availability)$/i,
    headingPrefix: /^(code|software) availability\b/i,
    label: /^((code|software) availability( statement)?|availability of (code|software))\s*[:.–-]/i,
    jatsTypes: /^(code-availability|software-availability)$/,
    jatsText: /^\W*(code availability|software availability)/,
    html: { cls: /code-?availability/i, token: 'code-?availability' },
  },
  {
    id: 'ethics',
    kind: 'declarations',
    title: 'Ethics',
    heading: /^(ethics( approval)?( and consent( to participate)?)?|ethics statement|ethical (approval|considerations?|statement)|ethics approval and consent to participate|consent for publication|human (subjects|rights)|informed consent|patient consent( statement)?|institutional review board statement|animal ethics)$/i,
    headingPrefix: /^ethic(s|al)\b/i,
    label: /^(ethic(s|al)( approval| statement| committee approval| considerations)?( and consent( to participate)?)?|ethics approval and consent to participate|consent (for publication|to participate)|patient consent( statement)?|institutional review board( statement)?|irb approval)\s*[:.–-]/i,
    jatsTypes: /^(ethics|ethics-statement|ethics-information|ethics-approval)$/,
    jatsText: /^\W*(ethic|ethical approval|institutional review)/,
    html: { cls: /ethic/i, token: 'ethics\\w*' },
    latexMacros: { institutionalreview: 'Institutional review board statement', informedconsent: 'Informed consent statement' },
  },
  {
    id: 'registration',
    kind: 'declarations',
    title: 'Trial registration',
    heading: /^(trial registration|registration|clinical trial registration|study registration|protocol( and registration)?)$/i,
    label: /^((clinical )?trial registration|registration|trial registry|clinicaltrials\.gov identifier)\s*[:.–-]?/i,
    jatsTypes: /^(trial-registration|registration|clinical-trial-registration)$/,
    jatsText: /^\W*(trial registration|registration)/,
  },
  {
    id: 'acknowledgements',
    kind: 'declarations',
    title: 'Acknowledgements',
    heading: /^(acknowledge?ments?|acknowledge?ment)$/i,
    label: /^acknowledge?ments?\s*[:.–-]/i,
    jatsTypes: /^(acknowledg(e)?ments?|ack)$/,
    html: { cls: /ack(nowledg)?/i, token: 'ack\\w*|acknowledg\\w*' },
    latexMacros: { acknowledgments: 'Acknowledgments', acknowledgements: 'Acknowledgements' },
  },
  {
    id: 'author_contributions',
    kind: 'declarations',
    title: 'Author contributions',
    heading: /^(author(s'?|ship)? contributions?|contributors?|contributorship|credit author(ship)? statement|author information|authors' information)$/i,
    label: /^(author(s'?)? contributions?|contributors)\s*[:.–-]/i,
    jatsTypes: /^(con|author-contributions?|author-contribution|contribution)$/,
    latexMacros: { authorcontributions: 'Author contributions' },
  },
  {
    id: 'limitations',
    kind: 'discussion',
    title: 'Limitations',
    heading: /^(study )?limitations?( of (the|this) study)?|strengths and limitations( of (the|this) study)?$/i,
    headingPrefix: /^(limitations?|strengths and limitations)\b/i,
  },
  {
    id: 'supplementary',
    kind: 'other',
    title: 'Supplementary material',
    heading: /^(supplementary (material|information|data|materials)|supporting information|appendix( [a-z0-9]+)?|appendices|additional files?|electronic supplementary material)$/i,
    jatsTypes: /^(supplementary-material|supplementary)$/,
  },
  {
    id: 'keywords',
    kind: 'other',
    title: 'Keywords',
    heading: /^(key ?words?|index terms)$/i,
  },
  {
    id: 'abbreviations',
    kind: 'other',
    title: 'Abbreviations',
    heading: /^(abbreviations?|list of abbreviations|glossary)$/i,
    jatsTypes: /^(abbr|abbreviations?)$/,
  },
  // eLife-style peer-review material appended to an article: never evidence
  { id: 'peer_review', kind: 'other', title: 'Peer review' },
] as const satisfies readonly SectionRoleRow[];

export type SectionRole = (typeof SECTION_ROLES)[number]['id'];

type Row = SectionRoleRow & { id: SectionRole };
const ROWS: readonly Row[] = SECTION_ROLES;

/** [pattern, role] pairs of one column of the table, in table order. */
function column<K extends 'heading' | 'headingPrefix' | 'label' | 'jatsTypes' | 'jatsText'>(key: K): ReadonlyArray<readonly [RegExp, Row]> {
  return ROWS.flatMap((r) => (r[key] ? [[r[key]!, r] as const] : []));
}

export const ROLE_HEADINGS = column('heading');
const JATS_TYPES = column('jatsTypes');
const JATS_TEXT = column('jatsText');
export const ROLE_HEADING_PREFIXES = column('headingPrefix');
/** Leading labels that give a sentence a back-matter role even without a heading. */
export const ROLE_LABELS: ReadonlyArray<readonly [RegExp, SectionRole]> = column('label').map(([re, r]) => [re, r.id] as const);

const BY_ID = new Map<string, Row>(ROWS.map((r) => [r.id, r]));

/** The heading a synthetic section of this role gets. */
export function roleTitle(role: SectionRole): string {
  return BY_ID.get(role)!.title;
}

/** The role a JATS `sec-type`, `fn-type` or `notes-type` names. */
export function roleOfJatsType(type: string): SectionRole | undefined {
  const t = type.toLowerCase().trim();
  if (!t) return undefined;
  for (const [re, r] of JATS_TYPES) if (re.test(t)) return r.id;
  return undefined;
}

/** The role given by the words a JATS note starts with ("Competing interests: …", "Funding: …"). */
export function roleOfJatsText(text: string): SectionRole | undefined {
  const t = text.slice(0, 80).toLowerCase();
  for (const [re, r] of JATS_TEXT) if (re.test(t)) return r.id;
  return undefined;
}

/** HTML back-matter containers: [class pattern, role], and the class token one of them must carry. */
export const HTML_ROLE_CLASSES: ReadonlyArray<readonly [RegExp, SectionRole]> = ROWS.flatMap((r) => (r.html ? [[r.html.cls, r.id] as const] : []));
export const HTML_ROLE_TOKEN = new RegExp(`(^|[-_\\s])(${ROWS.flatMap((r) => (r.html ? [r.html.token] : [])).join('|')})([-_\\s]|$)`, 'i');

/** LaTeX back-matter macros: macro name → [heading, role]. */
export const LATEX_ROLE_MACROS: Readonly<Record<string, readonly [string, SectionRole]>> = Object.fromEntries(
  ROWS.flatMap((r) => Object.entries(r.latexMacros ?? {}).map(([macro, heading]) => [macro, [heading, r.id] as const])),
);
