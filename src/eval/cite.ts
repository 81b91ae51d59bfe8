/**
 * Evidence agreement (issue 9: a reported verdict should cite a sentence about the item). Over the true positives
 * whose label quotes the paper, does the first cited sentence (and does any cited sentence) state what the quote
 * states, in its words? Both texts are normalised into words (case, Unicode forms, words broken at PDF line ends,
 * dashes inside words, punctuation). A lower bound: a paper can state a thing twice, and a cited sentence other than
 * the quoted one may state it as well (different words count as a miss).
 */

/** a word broken at a line end ("seg- mentation", "seg-\nmentation"); a soft hyphen */
const BROKEN = /(\p{L})[-\u00ad\u2010\u2011]\s+(?=\p{Ll})/gu;
const SOFT = /\u00ad/g;
/** dashes inside a word ("cross-validation", "cross‐validation") join its parts, whichever way each side wrote it */
const INNER_DASH = /(?<=[\p{L}\p{N}])[-\u2010\u2011\u2012](?=[\p{L}\p{N}])/gu;
const NOT_WORD = /[^\p{L}\p{N}]+/u;

/** The words of a text, normalised for comparing a cited sentence with a labelled quote. */
export function citeWords(text: string): string[] {
  const t = text.normalize('NFKC').replace(SOFT, '').replace(BROKEN, '$1').replace(INNER_DASH, '').toLowerCase();
  return t.split(NOT_WORD).filter(Boolean);
}

/** The longest run of words two word lists share, in order, and the length of the shorter list. */
function commonRun(a: readonly string[], b: readonly string[]): { run: number; shorter: number } {
  let run = 0;
  // longest common substring over words: prev[j] = length of the common run ending at a[i-1], b[j-1]
  let prev = new Uint16Array(b.length + 1);
  let cur = new Uint16Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const v = a[i - 1] === b[j - 1] ? prev[j - 1]! + 1 : 0;
      cur[j] = v;
      if (v > run) run = v;
    }
    [prev, cur] = [cur, prev];
  }
  return { run, shorter: Math.min(a.length, b.length) };
}

/** where a quote is cut: a sentence end, an ellipsis ("…", "...", "[..]") */
const QUOTE_CUT = /(?<=[.!?])\s+(?=[\p{Lu}\d(\[])|\s*(?:…|\.\.\.+|\[\s*\.\.+\s*\]|\[…\])\s*/u;

/**
 * A cited sentence is the labelled one when one of the two holds the other's words in order (allowing for
 * `CITE_SHARE`: a word split or cut differently by the PDF text), the whole quote or one of its sentences or
 * fragments of at least `MIN_PART` words; or when they share a run of `CITE_RUN` words. Chosen on development pairs
 * (ml-health fold 0, ai-imaging-items, ai-imaging, clinical-dev, clinical-check): quotes run over a sentence end
 * ("... approved by the ethics committee. Consent was obtained") or start mid-sentence, and a fragment is then held
 * in the cited sentence; two different sentences on the same subject shared runs of up to 9 words (a place name, a
 * software's maker), while a cited sentence that was the quoted one and held no whole fragment shared 13 and more.
 */
const CITE_SHARE = 0.8;
const CITE_RUN = 12;
const MIN_PART = 4;

export function citesLabel(found: string, label: string): boolean {
  const f = citeWords(found);
  const whole = citeWords(label);
  const held = (p: readonly string[]): boolean => {
    const { run, shorter } = commonRun(f, p);
    return shorter >= 3 && run >= CITE_SHARE * shorter;
  };
  if (commonRun(f, whole).run >= CITE_RUN || held(whole)) return true;
  return label.split(QUOTE_CUT).map(citeWords).some((p) => p.length >= MIN_PART && held(p));
}
