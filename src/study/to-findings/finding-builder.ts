/**
 * The machinery of studyToFindings: what counts as filled in, and the FindingBuilder that turns filled fields of a
 * study description into findings with evidence (the field path, its value and its position in the file).
 *
 * Strings that are empty or start with TODO/TBD/FIXME (template placeholders) count as not filled in.
 */
import type { Evidence, Finding, FindingStatus } from '../../concepts/types.js';
import { formatPath, type StudyPositions } from '../parse.js';
import type { StudyDescription } from '../schema.js';

export const STUDY_RULE = 'study-description';

export type Path = (string | number)[];

const PLACEHOLDER = /^\s*(TODO|TBD|FIXME)\b/i;

/** Whether a value counts as filled in (not empty, not a template placeholder). */
export function isFilled(v: unknown): boolean {
  if (v === undefined || v === null) return false;
  if (typeof v === 'string') return v.trim() !== '' && !PLACEHOLDER.test(v);
  if (Array.isArray(v)) return v.some(isFilled);
  if (typeof v === 'object') return Object.values(v as Record<string, unknown>).some(isFilled);
  return true;
}

function get(root: unknown, path: Path): unknown {
  let cur = root;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[seg];
  }
  return cur;
}

function isScalar(v: unknown): v is string | number | boolean {
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
}

function fmt(v: unknown): string {
  if (Array.isArray(v)) return v.filter(isFilled).map(fmt).join('; ');
  const s = String(v);
  return s.length > 240 ? `${s.slice(0, 237)}...` : s;
}

export function uniq(xs: string[]): string[] {
  return [...new Set(xs)];
}

export function filledStrings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && isFilled(x)) : [];
}

export interface AddOptions {
  value?: string;
  details?: Record<string, unknown>;
  notDone?: boolean;
  reason?: string;
  /** paths whose filled leaves become evidence */
  paths: Path[];
  /** evidence built by hand (metrics) */
  evidence?: Evidence[];
}

export class FindingBuilder {
  readonly findings: Finding[] = [];
  private readonly seen = new Set<string>();

  constructor(
    readonly desc: StudyDescription,
    private readonly positions: StudyPositions,
    private readonly file: string,
  ) {}

  get(path: Path): unknown {
    return get(this.desc, path);
  }

  filled(path: Path): boolean {
    return isFilled(this.get(path));
  }

  evidence(path: Path, text?: string): Evidence {
    const key = formatPath(path);
    const pos = this.positions[key];
    const e: Evidence = { text: text ?? `${key}: ${fmt(this.get(path))}`, section: key, rule: STUDY_RULE, file: this.file };
    if (pos) {
      e.line = pos.line;
      e.column = pos.column;
    }
    return e;
  }

  /** Evidence for every filled scalar (or list of scalars) under `path`. */
  leaves(path: Path, out: Evidence[] = []): Evidence[] {
    const v = this.get(path);
    if (!isFilled(v)) return out;
    if (isScalar(v) || (Array.isArray(v) && v.every(isScalar))) out.push(this.evidence(path));
    else if (Array.isArray(v)) v.forEach((_, i) => this.leaves([...path, i], out));
    else if (typeof v === 'object' && v) for (const k of Object.keys(v)) this.leaves([...path, k], out);
    return out;
  }

  add(concept: string, status: FindingStatus, o: AddOptions): void {
    if (this.seen.has(concept)) return;
    this.seen.add(concept);
    const evidence = [...(o.evidence ?? [])];
    for (const p of o.paths) this.leaves(p, evidence);
    if (o.notDone) for (const e of evidence) e.notDone = true;
    const f: Finding = {
      concept,
      status,
      evidence: evidence.slice(0, 12),
      confidence: 1,
      rule: STUDY_RULE,
    };
    if (o.value !== undefined) f.value = o.value;
    if (o.details && Object.keys(o.details).length > 0) f.details = o.details;
    if (o.notDone) f.notDone = true;
    if (o.reason) f.reason = o.reason;
    else {
      const fields = uniq(evidence.map((e) => e.section.replace(/\[\d+\].*$/, '')));
      const shown = fields.slice(0, 4).join(', ') + (fields.length > 4 ? `, +${fields.length - 4} more` : '');
      f.reason = `Stated in the study description (${shown}).`;
    }
    this.findings.push(f);
  }

  /** Report `concept` when any of `paths` is filled. */
  simple(concept: string, paths: Path[], o: Omit<AddOptions, 'paths'> = {}): void {
    if (paths.some((p) => this.filled(p))) this.add(concept, 'reported', { ...o, paths });
  }

  /** A group with a boolean `flag` (performed/registered/...): true → reported, false → reported + notDone. */
  flagged(concept: string, path: Path, flag: string, words: [string, string], partialIfBare?: string): void {
    const group = this.get(path) as Record<string, unknown> | undefined;
    if (!group || typeof group[flag] !== 'boolean') {
      if (isFilled(group)) this.add(concept, 'partial', { paths: [path], reason: `${formatPath(path)}.${flag} is not given.` });
      return;
    }
    if (group[flag]) {
      const others = Object.keys(group).filter((k) => k !== flag && isFilled(group[k]));
      if (partialIfBare && others.length === 0)
        this.add(concept, 'partial', { value: words[0], paths: [path], reason: partialIfBare });
      else this.add(concept, 'reported', { value: words[0], paths: [path] });
    } else {
      this.add(concept, 'reported', {
        value: words[1],
        notDone: true,
        paths: [path],
        reason: `The study description states that this was not done (${formatPath([...path, flag])}: false).`,
      });
    }
  }
}
