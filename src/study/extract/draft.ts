/**
 * A study description being drafted: the data, where each field came from (its source sentence), and which
 * concept owns which fields, so that a concept's fields can be dropped again when the draft disagrees with the
 * manuscript.
 */
import type { Evidence } from '../../concepts/types.js';
import type { Position, Sentence } from '../../manuscript/model.js';
import { formatPath } from '../parse.js';
import type { StudyDescription } from '../schema.js';

export type Path = (string | number)[];

/** Where a drafted field came from. */
export interface FieldSource {
  line?: number;
  page?: number;
  paragraph?: number;
  text: string;
  /** how it was found: a detector rule, or `text/<what>` for the simple text extraction */
  rule: string;
}

export interface StudyDraft {
  /** a valid StudyDescription */
  description: StudyDescription;
  /** formatted path (`split.test`, `study.objectives[0]`) → source */
  sources: Map<string, FieldSource>;
  /** concepts the draft fills from the manuscript's findings */
  concepts: string[];
  /** concepts whose fields were dropped because the draft would have disagreed with the manuscript */
  dropped: string[];
  /** the manuscript the draft came from */
  from: string;
}

export function sourceOf(e: Evidence | Sentence | undefined, rule: string): FieldSource | undefined {
  if (!e) return undefined;
  const p: Position | Evidence = 'start' in e ? e.start : e;
  const src: FieldSource = { text: e.text, rule };
  if (p.line !== undefined) src.line = p.line;
  if (p.page !== undefined) src.page = p.page;
  if (p.paragraph !== undefined) src.paragraph = p.paragraph;
  return src;
}

export class Draft {
  readonly data: Record<string, unknown> = {};
  readonly sources = new Map<string, FieldSource>();
  readonly byConcept = new Map<string, Path[]>();

  set(concept: string | null, path: Path, value: unknown, src?: FieldSource): void {
    if (value === undefined || (Array.isArray(value) && value.length === 0)) return;
    let cur = this.data as Record<string | number, unknown>;
    for (let i = 0; i < path.length - 1; i++) {
      const k = path[i]!;
      if (cur[k] === undefined) cur[k] = typeof path[i + 1] === 'number' ? [] : {};
      cur = cur[k] as Record<string | number, unknown>;
    }
    cur[path[path.length - 1]!] = value;
    if (src) this.sources.set(formatPath(path), src);
    if (concept) {
      const list = this.byConcept.get(concept) ?? [];
      list.push(path);
      this.byConcept.set(concept, list);
    }
  }

  /** A list of strings, each with its own source. */
  setList(concept: string | null, path: Path, items: Array<{ value: string; src?: FieldSource }>): void {
    if (!items.length) return;
    this.set(concept, path, items.map((i) => i.value));
    items.forEach((i, n) => i.src && this.sources.set(formatPath([...path, n]), i.src));
  }

  remove(concept: string): void {
    for (const path of this.byConcept.get(concept) ?? []) {
      const parents: Array<[Record<string | number, unknown>, string | number]> = [];
      let cur = this.data as Record<string | number, unknown>;
      let ok = true;
      for (let i = 0; i < path.length - 1; i++) {
        parents.push([cur, path[i]!]);
        const next = cur[path[i]!];
        if (next === null || typeof next !== 'object') {
          ok = false;
          break;
        }
        cur = next as Record<string | number, unknown>;
      }
      if (!ok) continue;
      delete cur[path[path.length - 1]!];
      const prefix = formatPath(path);
      for (const k of [...this.sources.keys()]) if (k === prefix || k.startsWith(`${prefix}.`) || k.startsWith(`${prefix}[`)) this.sources.delete(k);
      // prune emptied groups
      for (let i = parents.length - 1; i >= 0; i--) {
        const [obj, key] = parents[i]!;
        const v = obj[key];
        if (v && typeof v === 'object' && Object.keys(v).length === 0) delete obj[key];
        else break;
      }
    }
    this.byConcept.delete(concept);
  }
}
