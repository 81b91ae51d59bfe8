/**
 * The limits policy: every bound on what one document may cost, declared in one place. Defaults are the largest
 * real manuscript in the project's corpora (243 documents: a 3.1 MB PDF, a 330 KB JATS XML file, a thesis of
 * 1,600 sentences read in 1.6 s, a Markdown paragraph of 70 emphasis/link markers) times ten, rounded up; the
 * depth limit (200) leaves room for web pages' nested elements. Each is checked before the expensive step it guards
 * (a file's size before reading it, zip entries' declared sizes before inflating, an `\input` target's size
 * before reading it); a breach is a LimitError, one line naming the file, the limit and how to raise it
 * (`--limit name=value` or `limits:` in the configuration file), exit 2.
 */
import { firstLine, ReportlintError } from './errors.js';

export interface Limits {
  /** bytes of one file as given (any format) */
  inputBytes: number;
  /** bytes of markup a text document parses after `\input` expansion (repeats counted), and of a PDF's text */
  textBytes: number;
  /** declared uncompressed bytes of a DOCX's zip entries, summed, before inflating */
  unzippedBytes: number;
  /**
   * declared uncompressed bytes of the Word XML that mammoth parses (word/document.xml, footnotes, endnotes,
   * comments): mammoth holds about 100 bytes of memory per byte of it, so this bounds a DOCX's memory
   */
  wordXmlBytes: number;
  /** `\input`/`\include` expansions in one LaTeX document, repeats counted */
  inputFiles: number;
  /** nesting depth of lists, quotes, emphasis, elements and groups */
  depth: number;
  /** emphasis and link markers (* _ [ ]) in one Markdown paragraph (or table row) */
  markers: number;
  /** sentences in one document */
  sentences: number;
  /** milliseconds to read and check one document */
  timeMs: number;
  /** megabytes of heap for one document on a worker thread */
  memoryMb: number;
}

export const DEFAULT_LIMITS: Readonly<Limits> = Object.freeze({
  inputBytes: 32 * 1024 * 1024,
  textBytes: 4 * 1024 * 1024,
  unzippedBytes: 64 * 1024 * 1024,
  wordXmlBytes: 5 * 1024 * 1024,
  inputFiles: 500,
  depth: 200,
  markers: 1_000,
  sentences: 20_000,
  timeMs: 30_000,
  memoryMb: 1024,
});

type LimitKey = keyof Limits;

/** The names users write (`--limit text-bytes=8MB`), each with its key and unit. */
export const LIMIT_NAMES: Readonly<Record<string, { key: LimitKey; unit: 'bytes' | 'count' | 'ms' | 'mb'; what: string }>> = {
  'input-bytes': { key: 'inputBytes', unit: 'bytes', what: 'size of one input file' },
  'text-bytes': { key: 'textBytes', unit: 'bytes', what: 'markup after \\input expansion, or a PDF\'s text' },
  'unzipped-bytes': { key: 'unzippedBytes', unit: 'bytes', what: 'uncompressed size of a DOCX\'s zip entries' },
  'word-xml-bytes': { key: 'wordXmlBytes', unit: 'bytes', what: 'uncompressed size of the Word XML a DOCX\'s text is read from' },
  'input-files': { key: 'inputFiles', unit: 'count', what: '\\input/\\include expansions, repeats counted' },
  depth: { key: 'depth', unit: 'count', what: 'nesting depth (lists, quotes, emphasis, elements)' },
  markers: { key: 'markers', unit: 'count', what: 'emphasis and link markers in one Markdown paragraph' },
  sentences: { key: 'sentences', unit: 'count', what: 'sentences in one document' },
  time: { key: 'timeMs', unit: 'ms', what: 'time to read and check one document' },
  memory: { key: 'memoryMb', unit: 'mb', what: 'heap for one document on a worker thread' },
};

function nameOf(key: LimitKey): string {
  return Object.entries(LIMIT_NAMES).find(([, v]) => v.key === key)![0];
}

let current: Limits = { ...DEFAULT_LIMITS };

/** The limits in force (the defaults unless the CLI, a configuration file or a library caller changed them). */
export function limits(): Readonly<Limits> {
  return current;
}

/** Change some limits for the rest of the process (the CLI does this once, from flags and configuration). */
export function setLimits(l: Partial<Limits>): void {
  current = { ...current, ...l };
}

/** Back to the defaults (tests). */
export function resetLimits(): void {
  current = { ...DEFAULT_LIMITS };
}

export function formatLimit(key: LimitKey, v: number): string {
  const unit = Object.values(LIMIT_NAMES).find((x) => x.key === key)!.unit;
  if (unit === 'ms') return v % 1000 === 0 ? `${v / 1000}s` : `${v}ms`;
  if (unit === 'count') return String(v);
  if (unit === 'mb') return `${v}MB`;
  if (v >= 1024 * 1024 && v % (1024 * 1024) === 0) return `${v / 1048576}MB`;
  if (v >= 1024 && v % 1024 === 0) return `${v / 1024}KB`;
  return `${v}B`;
}

/** Parse a limit's value: `8MB`, `512KB`, `100`, `60s`, `1500ms`. NaN when it is not one. */
export function parseLimitValue(key: LimitKey, raw: string | number): number {
  if (typeof raw === 'number') return Number.isInteger(raw) && raw > 0 ? raw : Number.NaN;
  const unit = Object.values(LIMIT_NAMES).find((x) => x.key === key)!.unit;
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(raw);
  if (!m) return Number.NaN;
  const n = Number(m[1]);
  const suffix = m[2]!.toLowerCase();
  const scale: Record<string, number> =
    unit === 'bytes'
      ? { '': 1, b: 1, k: 1024, kb: 1024, m: 1048576, mb: 1048576, g: 1073741824, gb: 1073741824 }
      : unit === 'ms'
        ? { '': 1000, s: 1000, ms: 1, m: 60000, min: 60000 }
        : unit === 'mb'
          ? { '': 1, m: 1, mb: 1, g: 1024, gb: 1024 }
          : { '': 1 };
  const f = scale[suffix];
  if (f === undefined || (unit === 'count' && !Number.isInteger(n))) return Number.NaN;
  const v = Math.round(n * f);
  return v > 0 ? v : Number.NaN;
}

/** Parse `name=value` settings (the `--limit` flag, repeatable) into limits; throws on an unknown name or value. */
export function parseLimitSettings(settings: readonly string[] | Readonly<Record<string, string | number>>): Partial<Limits> {
  const pairs: [string, string | number][] = Array.isArray(settings)
    ? (settings as readonly string[]).map((s) => {
        const eq = s.indexOf('=');
        return eq === -1 ? [s, ''] : [s.slice(0, eq).trim(), s.slice(eq + 1)];
      })
    : Object.entries(settings);
  const out: Partial<Limits> = {};
  for (const [name, raw] of pairs) {
    const row = LIMIT_NAMES[name];
    if (!row) throw new ReportlintError('', `unknown limit "${name}" (known: ${Object.keys(LIMIT_NAMES).join(', ')})`);
    const v = parseLimitValue(row.key, raw);
    if (Number.isNaN(v)) throw new ReportlintError('', `limit ${name} needs a positive ${row.unit === 'bytes' ? 'size such as 8MB' : row.unit === 'ms' ? 'time such as 60s' : 'whole number'}, got "${raw}"`);
    out[row.key] = v;
  }
  return out;
}

/** A document over one of the limits: `file: <what> is over the <name> limit of <v> (raise it with --limit name=…)`. */
export class LimitError extends ReportlintError {
  override name = 'LimitError';
  readonly limit: string;
  constructor(file: string, key: LimitKey, what: string) {
    const name = nameOf(key);
    const v = current[key];
    super(file, `${what}, over the ${name} limit of ${formatLimit(key, v)} (raise it with --limit ${name}=${formatLimit(key, v * 4)} or limits: {${name}: …} in the configuration)`);
    this.limit = name;
  }
}

/** Throw a LimitError when `value` is over the limit `key`. */
export function checkLimit(file: string, key: LimitKey, value: number, what: (v: number) => string): void {
  if (value > current[key]) throw new LimitError(file, key, what(value));
}

export function mb(bytes: number): string {
  return bytes >= 1048576 ? `${(bytes / 1048576).toFixed(1)} MB` : bytes >= 1024 ? `${Math.ceil(bytes / 1024)} KB` : `${bytes} bytes`;
}

/**
 * A time budget for one document: started when reading begins, checked cooperatively in the long loops of the
 * readers, the builder and the detectors (cheaply: the clock is read every 1,024 calls).
 */
export class Deadline {
  private readonly end: number;
  private n = 0;
  constructor(
    readonly file: string,
    budgetMs = current.timeMs,
  ) {
    this.end = performance.now() + budgetMs;
  }
  check(): void {
    if ((++this.n & 1023) !== 0) return;
    this.checkNow();
  }
  checkNow(): void {
    if (performance.now() > this.end) throw new LimitError(this.file, 'timeMs', 'took too long');
  }
}

let deadline: Deadline | null = null;

/** Run `fn` under a fresh time budget for `file` (nested calls keep the outer budget). */
export async function withDeadline<T>(file: string, fn: () => Promise<T>): Promise<T> {
  if (deadline) return fn();
  deadline = new Deadline(file);
  try {
    return await fn();
  } finally {
    deadline = null;
  }
}

/** Check the current document's time budget (a no-op outside withDeadline). */
export function tick(): void {
  deadline?.check();
}

/**
 * What to throw for an error met while reading or checking `file`: reportlint's own errors as they are; a stack
 * overflow as a depth LimitError; anything else as an internal error naming the file (never a bare message).
 */
export function fileError(file: string, e: unknown): unknown {
  if (e instanceof ReportlintError) return e;
  if (isStackOverflow(e)) return new ReportlintError(file, `is nested too deeply to read (the stack overflowed below the depth limit of ${current.depth}: lower it with --limit depth=…)`);
  return new ReportlintError(file, `internal error: ${firstLine(e)}`, undefined, { cause: e });
}

export function isStackOverflow(e: unknown): boolean {
  return e instanceof RangeError && /call stack/i.test(e.message);
}
