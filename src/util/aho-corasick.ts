/**
 * An Aho-Corasick automaton over normalised text: letters (either case, read as lower case), digits, and a space
 * for every other character. It finds which of many keywords (written in that alphabet: "a"–"z", "0"–"9", " ")
 * occur in a text in one pass over the text, whatever their number. The transitions form a full table (state ×
 * 37 symbols), so a step is one array read; each keyword is reported once per scan (a keyword listed twice, under
 * its first index).
 */
const SYMBOLS = 37;
const SPACE = 36;
const SYMBOL = new Uint8Array(128).fill(SPACE);
for (let c = 0; c < 26; c++) {
  SYMBOL[97 + c] = c;
  SYMBOL[65 + c] = c;
}
for (let d = 0; d < 10; d++) SYMBOL[48 + d] = 26 + d;

const symbolOf = (code: number): number => (code < 128 ? SYMBOL[code]! : SPACE);

export class AhoCorasick {
  /** next state for (state × SYMBOLS + symbol) */
  private readonly next: Uint16Array | Int32Array;
  /** the keyword that ends at a state, or -1 */
  private readonly keyword: Int32Array;
  /** the nearest proper suffix state where a keyword ends, or -1 */
  private readonly dict: Int32Array;
  /** per state, the scan that last reported it (each keyword once per scan) */
  private readonly seen: Int32Array;
  private scans = 0;
  readonly states: number;

  /** The automaton of `keywords`, or the one whose tables were saved (`tables`: see literal-index.ts). */
  constructor(keywords: readonly string[], saved?: { next: Uint16Array | Int32Array; keyword: Int32Array; dict: Int32Array }) {
    if (saved) {
      this.next = saved.next;
      this.keyword = saved.keyword;
      this.dict = saved.dict;
      this.states = saved.keyword.length;
      this.seen = new Int32Array(this.states);
      return;
    }
    let cap = 1;
    for (const k of keywords) cap += k.length;
    // zero-filled by the allocator (no pass over it); 0 is "no child" while the trie is built, as the root is
    // nobody's child
    const next = cap < 65536 ? new Uint16Array(cap * SYMBOLS) : new Int32Array(cap * SYMBOLS);
    const keyword = new Int32Array(cap).fill(-1);
    let states = 1;
    keywords.forEach((k, i) => {
      let s = 0;
      for (let j = 0; j < k.length; j++) {
        const at = s * SYMBOLS + symbolOf(k.charCodeAt(j));
        if (next[at] === 0) next[at] = states++;
        s = next[at]!;
      }
      if (keyword[s]! < 0) keyword[s] = i;
    });
    // breadth first: failure links, completed transitions and dictionary links
    const fail = new Int32Array(states);
    const dict = new Int32Array(states).fill(-1);
    const queue = new Int32Array(states);
    let head = 0;
    let tail = 0;
    for (let c = 0; c < SYMBOLS; c++) if (next[c] !== 0) queue[tail++] = next[c]!;
    while (head < tail) {
      const s = queue[head++]!;
      const f = fail[s]!;
      for (let c = 0; c < SYMBOLS; c++) {
        const t = next[s * SYMBOLS + c]!;
        const ft = next[f * SYMBOLS + c]!;
        if (t === 0) next[s * SYMBOLS + c] = ft;
        else {
          fail[t] = ft;
          dict[t] = keyword[ft]! >= 0 ? ft : dict[ft]!;
          queue[tail++] = t;
        }
      }
    }
    this.next = next.subarray(0, states * SYMBOLS);
    this.keyword = keyword.subarray(0, states);
    this.dict = dict;
    this.seen = new Int32Array(states);
    this.states = states;
  }

  /** An automaton from saved tables (no keywords: a scan reports the indices the tables were built with). */
  static fromTables(next: Uint16Array | Int32Array, keyword: Int32Array, dict: Int32Array): AhoCorasick {
    if (next.length !== keyword.length * SYMBOLS || dict.length !== keyword.length) throw new Error('automaton tables of different sizes');
    return new AhoCorasick([], { next, keyword, dict });
  }

  /** The tables that define the automaton (to save it). */
  tables(): { next: Uint16Array | Int32Array; keyword: Int32Array; dict: Int32Array } {
    return { next: this.next, keyword: this.keyword, dict: this.dict };
  }

  /**
   * Report (by index) every keyword that occurs in `text`, once each, in no particular order. With `pad`, the
   * text is read as if a space stood before and after it (so " word " finds a whole word at either end).
   */
  scan(text: string, report: (keyword: number) => void, pad = true): void {
    const { next, keyword, dict, seen } = this;
    const scan = ++this.scans;
    const n = text.length;
    const end = pad ? n + 1 : n;
    let s = 0;
    for (let j = pad ? -1 : 0; j < end; j++) {
      s = next[s * SYMBOLS + (j < 0 || j >= n ? SPACE : symbolOf(text.charCodeAt(j)))]!;
      // a state seen in this scan has had its keywords (and its suffixes') reported
      for (let t = keyword[s]! >= 0 ? s : dict[s]!; t >= 0 && seen[t] !== scan; t = dict[t]!) {
        seen[t] = scan;
        report(keyword[t]!);
      }
    }
  }
}
