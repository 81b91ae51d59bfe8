/**
 * Facet rules: a concept stated in words no phrase pattern foresaw still names its parts — for model selection an
 * act (chosen, tuned), an object (a hyperparameter, a checkpoint) and a criterion (validation data, a search). A
 * facet rule matches a sentence that holds one term of every group, in any order, and its match ends at the first
 * group's term.
 *
 * The rule is written as one regular expression, `^(?=.*?(?:B))(?=.*?(?:C)).*?(?:A)` (A the first group), and that
 * is its `source` (the prefilter's gates are read from it), but it runs as its groups, each a small expression of its
 * own: V8 never compiles the long source, since it compiles a regular expression at its first execution. The answers
 * are the same. `.` stops at a line terminator, so with L the position of the first one (or the end of the text),
 * the look-ahead for B holds when B's leftmost match starts at or before L (a match of B may run past L: B itself may
 * match a line end); the lazy `.*?` then tries the start positions of A from the left, each with A's alternatives in
 * order — the leftmost match of A — and the match runs from 0 to its end, with the groups' captures, B's and C's
 * first. Groups that recur (the same source and flags) are one expression, shared by every rule that names them.
 */

const parts = new Map<string, RegExp>();

/** The expression of one group, compiled once per process. */
function part(source: string, flags: string): RegExp {
  const key = `${flags}/${source}`;
  let re = parts.get(key);
  if (!re) {
    re = new RegExp(source, flags);
    parts.set(key, re);
  }
  return re;
}

const LINE_END = /[\n\r\u2028\u2029]/;

/** A facet rule: its source is the single expression, its `exec` (and so `test`) evaluates the groups one by one. */
export class Conjunction extends RegExp {
  private readonly others: RegExp[];
  private readonly main: RegExp;

  constructor(main: string, others: string[], flags: string) {
    super(`^${others.map((o) => `(?=.*?(?:${o}))`).join('')}.*?(?:${main})`, flags);
    if (flags !== '' && flags !== 'i') throw new Error(`facet rule flags must be '' or 'i', not '${flags}'`);
    this.others = others.map((o) => part(`(?:${o})`, flags));
    this.main = part(`(?:${main})`, flags);
  }

  /** what `split` and `matchAll` build from this expression: a plain one (of the same source, the same answers) */
  static override get [Symbol.species](): RegExpConstructor {
    return RegExp;
  }

  override exec(string: string): RegExpExecArray | null {
    const text = String(string);
    const end = LINE_END.exec(text);
    const limit = end === null ? text.length : end.index;
    const found: RegExpExecArray[] = [];
    for (const re of this.others) {
      const m = re.exec(text);
      if (m === null || m.index > limit) return null;
      found.push(m);
    }
    const m = this.main.exec(text);
    if (m === null || m.index > limit) return null;
    found.push(m);
    const out = [text.slice(0, m.index + m[0].length)] as unknown as RegExpExecArray;
    let groups: Record<string, string> | undefined;
    for (const f of found) {
      for (let i = 1; i < f.length; i++) out.push(f[i] as string);
      if (f.groups) groups = Object.assign(groups ?? (Object.create(null) as Record<string, string>), f.groups);
    }
    out.index = 0;
    out.input = text;
    out.groups = groups;
    return out;
  }
}

/** A group that refers to another group's capture cannot run alone: such a rule stays one expression. */
const BACK_REFERENCE = /\\[1-9]|\\k</;

function build(flags: string, main: string, others: string[]): RegExp {
  if ([main, ...others].some((s) => BACK_REFERENCE.test(s))) return new RegExp(`^${others.map((o) => `(?=.*?(?:${o}))`).join('')}.*?(?:${main})`, flags);
  return new Conjunction(main, others, flags);
}

/** A regular expression that matches when every group occurs in the sentence; the match is the first group's term. */
export function cooccur(main: string, ...others: string[]): RegExp {
  return build('i', main, others);
}

/** The same, case-sensitive (where capitals tell a maker's name from an abbreviation). */
export function cooccurCased(main: string, ...others: string[]): RegExp {
  return build('', main, others);
}
