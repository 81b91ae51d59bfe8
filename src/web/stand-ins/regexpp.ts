/**
 * `@eslint-community/regexpp` in the browser build (475 KB the page need not load): the prefilter reads the
 * literals of every bundled pattern from the build's gates (handed over in memory), and a pattern without gates
 * fails to parse here and is simply run on every sentence. The prefilter is a speed-up only: findings are the same.
 */
export class RegExpParser {
  parsePattern(): never {
    throw new Error('no regular-expression parser in the browser build');
  }
}
