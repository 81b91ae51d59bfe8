/**
 * Parsing YAML (and JSON, which the YAML parser reads too) while keeping the document nodes, so that any
 * path into the data — a zod issue path or an ajv JSON pointer — can be turned into a line and column.
 *
 * `yaml` is required on first use only (it is CommonJS under Node), so importing this module is nearly free.
 */
import { createRequire } from 'node:module';
import type { Document, LineCounter } from 'yaml';
import { formatPath, pathToPointer, pointerToPath, type PathSegments } from './paths.js';

const requireLazy = createRequire(import.meta.url);
let yamlModule: typeof import('yaml') | undefined;

/** The `yaml` package, loaded on first use. */
export function yaml(): typeof import('yaml') {
  return (yamlModule ??= requireLazy('yaml') as typeof import('yaml'));
}

/** 1-based line and column. */
export interface Position {
  line: number;
  column: number;
}

/** Where a mapping entry or sequence item is: its key (or the item), and where its value starts. */
export interface NodePosition extends Position {
  value?: Position;
}

/** Dotted path (`split.test`, `data.sources[1].name`; '' for the document) → position. */
export type PositionMap = Record<string, NodePosition>;

/** A YAML syntax error (or a document that cannot be turned into data), at its place. */
export interface SyntaxProblem extends Position {
  /** JSON pointer of the innermost node around the error (best effort; '' = the document) */
  pointer: string;
  /** `YAML syntax error: …`, one line */
  message: string;
}

export interface ParseYamlOptions {
  /** limit on alias expansion (billion-laughs guard); default 100 */
  maxAliasCount?: number;
}

export type ParseYamlResult = { ok: true; source: YamlSource } | { ok: false; problem: SyntaxProblem };

type Ranged = { range?: [number, number, number] | null } | null | undefined;

const startOf = (node: unknown): number | undefined => (node as Ranged)?.range?.[0];
const endOf = (node: unknown): number | undefined => (node as Ranged)?.range?.[2];

function keyText(key: unknown): string {
  return yaml().isScalar(key) ? String((key as { value: unknown }).value) : String(key);
}

function firstLine(s: string): string {
  return s.split('\n')[0]!.trim();
}

/** A parsed YAML/JSON document: its data and the way back from a path to a place in the text. */
export class YamlSource {
  readonly data: unknown;
  readonly doc: Document;
  private readonly lines: LineCounter;

  constructor(doc: Document, lines: LineCounter, data: unknown) {
    this.doc = doc;
    this.lines = lines;
    this.data = data;
  }

  /** line/column of a character offset */
  position(offset: number): Position {
    const p = this.lines.linePos(offset);
    return { line: p.line, column: p.col };
  }

  /**
   * Where the value at `path` is (segments or a JSON pointer). `which: 'key'` gives the key of a mapping entry
   * (a sequence item or the document: its start); `'value'` where the value starts. A path that is not in the
   * document falls back to the key of its nearest ancestor that is.
   */
  locate(path: PathSegments | string, which: 'key' | 'value' = 'key'): Position {
    const { isMap, isSeq } = yaml();
    const segments: PathSegments = typeof path === 'string' ? pointerToPath(path) : path;
    let node: unknown = this.doc.contents;
    let keyAt = startOf(node) ?? 0;
    let valueAt = keyAt;
    for (const seg of segments) {
      if (isMap(node)) {
        const pair = node.items.find((p) => keyText(p.key) === String(seg));
        if (!pair) return this.position(keyAt);
        node = pair.value;
        keyAt = startOf(pair.key) ?? startOf(node) ?? keyAt;
        valueAt = startOf(node) ?? keyAt;
      } else if (isSeq(node)) {
        const item = typeof seg !== 'symbol' && /^\d+$/.test(String(seg)) ? node.items[Number(seg)] : undefined;
        if (item === undefined) return this.position(keyAt);
        node = item;
        keyAt = startOf(node) ?? keyAt;
        valueAt = keyAt;
      } else {
        return this.position(keyAt);
      }
    }
    return this.position(which === 'key' ? keyAt : valueAt);
  }

  /** JSON pointer of the innermost node whose range contains `offset` (best effort, for syntax errors). */
  pointerAt(offset: number): string {
    const { isMap, isSeq } = yaml();
    const segs: PropertyKey[] = [];
    let node: unknown = this.doc.contents;
    for (;;) {
      if (isMap(node)) {
        const pair = node.items.find((p) => {
          const from = startOf(p.key) ?? -1;
          const to = endOf(p.value) ?? endOf(p.key) ?? -1;
          return from >= 0 && offset >= from && offset <= to;
        });
        if (!pair) break;
        segs.push(keyText(pair.key));
        node = pair.value;
      } else if (isSeq(node)) {
        const idx = node.items.findIndex((it) => offset >= (startOf(it) ?? -1) && offset <= (endOf(it) ?? -1));
        if (idx < 0) break;
        segs.push(idx);
        node = node.items[idx];
      } else {
        break;
      }
    }
    return pathToPointer(segs);
  }

  /** Every mapping entry and sequence item by dotted path (see formatPath), plus '' for the document. */
  positions(): PositionMap {
    const { isMap, isPair, isSeq } = yaml();
    const out: PositionMap = {};
    const at = (node: unknown): Position | undefined => {
      const s = startOf(node);
      return s === undefined ? undefined : this.position(s);
    };
    const walk = (node: unknown, path: PropertyKey[]): void => {
      if (isMap(node)) {
        for (const pair of node.items) {
          if (!isPair(pair)) continue;
          const childPath = [...path, keyText(pair.key)];
          const k = at(pair.key) ?? at(pair.value);
          if (k) {
            const v = at(pair.value);
            out[formatPath(childPath)] = v ? { ...k, value: v } : k;
          }
          walk(pair.value, childPath);
        }
      } else if (isSeq(node)) {
        node.items.forEach((item, i) => {
          const childPath = [...path, i];
          const p = at(item);
          if (p) out[formatPath(childPath)] = { ...p, value: p };
          walk(item, childPath);
        });
      }
    };
    const start = at(this.doc.contents) ?? { line: 1, column: 1 };
    out[''] = { ...start, value: start };
    walk(this.doc.contents, []);
    return out;
  }
}

/**
 * Parse YAML or JSON text, keeping the nodes. Duplicate keys are errors. On a syntax error (the first one) or
 * a document that cannot become data (too many aliases), the problem with its place.
 */
export function parseYaml(text: string, options: ParseYamlOptions = {}): ParseYamlResult {
  const { LineCounter, parseDocument } = yaml();
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const syntax = doc.errors[0];
  if (syntax) {
    const source = new YamlSource(doc, lines, undefined);
    const offset = syntax.pos[0];
    return {
      ok: false,
      problem: { ...source.position(offset), pointer: source.pointerAt(offset), message: `YAML syntax error: ${firstLine(syntax.message)}` },
    };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: options.maxAliasCount ?? 100 });
  } catch (e) {
    return { ok: false, problem: { line: 1, column: 1, pointer: '', message: `YAML syntax error: ${firstLine((e as Error).message)}` } };
  }
  return { ok: true, source: new YamlSource(doc, lines, data) };
}

/** The keys of the top-level mapping (even of a document with syntax errors), or undefined if it is not a mapping. */
export function topLevelKeys(text: string): string[] | undefined {
  const { isMap, parseDocument } = yaml();
  let contents: unknown;
  try {
    contents = parseDocument(text, { prettyErrors: false }).contents;
  } catch {
    return undefined;
  }
  return isMap(contents) ? contents.items.map((p) => keyText(p.key)) : undefined;
}
