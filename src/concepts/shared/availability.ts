/**
 * Shared pieces for the back-matter / open-science detectors: link and identifier extraction, the
 * "missing-data" trap (data were available for N patients) and a few value helpers.
 */

/** Web links (http(s)://, www., bare repository hosts). Trailing punctuation is trimmed afterwards. */
const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>"'\]\[(){}]+|\b(?:github\.com|gitlab\.com|bitbucket\.org|osf\.io|zenodo\.org|figshare\.com|datadryad\.org|codeocean\.com)\/[^\s<>"'\]\[(){}]+/gi;
/** DOIs written as doi:10.x/y or 10.x/y (URL form is caught by URL_RE). */
const DOI_RE = /\b(?:doi:\s*)?10\.\d{4,9}\/[^\s<>"'\]\[(){}]+/gi;
/** Repository accessions for data (GEO, SRA, BioProject, ArrayExpress, dbGaP, EGA, PRIDE, GWAS Catalog, Zenodo record). */
const ACCESSION_RE =
  /\b(?:GSE\d{3,}|GSM\d{3,}|GDS\d{3,}|GPL\d{3,}|PRJNA\d{3,}|PRJEB\d{3,}|PRJDB\d{3,}|SR[APRSX]\d{5,}|ER[APRSX]\d{5,}|E-[A-Z]{4}-\d+|phs\d{6}(?:\.v\d+\.p\d+)?|EGA[SD]\d{8,}|PXD\d{6}|GCST\d{6,}|MTBLS\d+|ST\d{6}|zenodo\.\d{5,}|SAMN\d{6,}|[A-Z]{1,2}\d{5,6}(?:\.\d)?(?=\s*(?:[,;)]|and\b)))\b/g;

function trimLink(u: string): string {
  return u.replace(/[.,;:]+$/, '');
}

export function extractUrls(text: string): string[] {
  const out: string[] = [];
  URL_RE.lastIndex = 0;
  for (let m = URL_RE.exec(text); m; m = URL_RE.exec(text)) out.push(trimLink(m[0]));
  DOI_RE.lastIndex = 0;
  for (let m = DOI_RE.exec(text); m; m = DOI_RE.exec(text)) {
    const d = trimLink(m[0]);
    if (!out.some((u) => u.includes(d.replace(/^doi:\s*/i, '')))) out.push(d);
  }
  return out;
}

export function extractAccessions(text: string): string[] {
  const out: string[] = [];
  ACCESSION_RE.lastIndex = 0;
  for (let m = ACCESSION_RE.exec(text); m; m = ACCESSION_RE.exec(text)) {
    // GenBank-like bare ids only when the sentence talks about accessions
    if (/^[A-Z]{1,2}\d/.test(m[0]) && !/^(GSE|GSM|GDS|GPL|PRJ|SR|ER|E-|EGA|PXD|GCST|MTBLS|ST\d|SAMN)/.test(m[0]) && !/accession/i.test(text)) continue;
    out.push(m[0]);
  }
  return out;
}

export function uniq<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

/**
 * "Data were available for 682 women", "outcome data available at 12 months", "all available data": language
 * about missing data or follow-up, not about sharing the data.
 */
export const MISSING_DATA_TRAP =
  /\bavailable (?:for|from|in|on|at) (?:\d(?!0\.\d{4})|all\b|both\b|each\b|every\b|most\b|only\b|the (?:majority|remaining|rest)|(?:\w+ ){0,3}(?:patients?|participants?|women|men|children|subjects?|infants?|cases|individuals|respondents|pregnancies|visits?|time ?points?|baseline|follow-?up|(?:\d+|one|two|three|six|twelve)[- ](?:weeks?|months?|years?)))|\b(?:with|had|have|has|without) (?:\w+ ){0,3}data available\b|\bavailable (?:data|evidence|studies|literature|resources|treatments?|options|information)\b|\bdata (?:were|was) (?:only |not |un)?available\b|\bwhen (?:the )?data (?:are|were|become) available\b|\bas (?:data|they) became available\b|\bif available\b/i;

/** Journal boilerplate that points to supplementary material, not to the study data. */
export const SUPPLEMENT_BOILERPLATE = /supplementa(?:ry|l) (?:data|materials?|information|files?|content|appendix)\b[^.]{0,40}?\b(?:is|are|can be|may be) (?:available|found|accessed|viewed)\b[^.]{0,20}?\b(?:online|at|on the|in the online|via)\b|\bthe following (?:are|is) available online\b|\bsupplementa(?:ry|l) (?:data|materials?|information|files?|content|appendix)(?: \w+)? (?:is|are) available (?:online|at|with|from|in the online)\b|\b(?:data|online) supplement is available\b/i;


/** "details of competing interests and statements of data availability are available at <doi>": a pointer, not a statement */
export const ONLINE_POINTER = /\b(?:statements?|details|declarations?|information) (?:of|on|about|regarding) [^.]{0,160}?\b(?:are|is) (?:available|provided|given|found) (?:at|in|from|online|with|via) (?:the )?(?:online|https?:|doi|10\.\d|web|journal|publisher)/i;

/** adverbs between an auxiliary and "available" ("are also freely available") */
export const ADV = String.raw`(?: (?:made|kept|also|all|freely|publicly|publically|openly|fully|readily|only|similarly|now|therefore|thus|likewise))*`;
