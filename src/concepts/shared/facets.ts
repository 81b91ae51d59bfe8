/**
 * Facet rules: a concept stated in words no phrase pattern foresaw still names its parts — for model selection an
 * act (chosen, tuned), an object (a hyperparameter, a checkpoint) and a criterion (validation data, a search). A
 * facet rule matches a sentence that holds one term of every group, in any order, and its match ends at the first
 * group's term.
 */

function build(flags: string, main: string, others: string[]): RegExp {
  return new RegExp(`^${others.map((o) => `(?=.*?(?:${o}))`).join('')}.*?(?:${main})`, flags);
}

/** A regular expression that matches when every group occurs in the sentence; the match is the first group's term. */
export function cooccur(main: string, ...others: string[]): RegExp {
  return build('i', main, others);
}

/** The same, case-sensitive (where capitals tell a maker's name from an abbreviation). */
export function cooccurCased(main: string, ...others: string[]): RegExp {
  return build('', main, others);
}
