/**
 * Paths into a parsed document, in the three spellings the project uses: segment arrays (zod issue paths,
 * `['split', 'test']`), JSON pointers (ajv, `/items/3/concepts`) and dotted paths (`evaluation.metrics[0].value`).
 */

/** A path as a list of mapping keys (strings) and sequence indexes (numbers, or digit strings from a pointer). */
export type PathSegments = readonly PropertyKey[];

/** `['split', 'test']` → `split.test`; `['evaluation', 'metrics', 0, 'value']` → `evaluation.metrics[0].value`. */
export function formatPath(path: PathSegments): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out ? `.${String(seg)}` : String(seg);
  }
  return out;
}

/** One pointer segment, escaped (`~` → `~0`, `/` → `~1`). */
export function escapePointerSegment(s: string): string {
  return s.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** `/items/3/id` → `['items', '3', 'id']`; '' (the whole document) → []. */
export function pointerToPath(pointer: string): string[] {
  if (!pointer) return [];
  return pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** `['items', 3, 'id']` → `/items/3/id`; [] → ''. */
export function pathToPointer(path: PathSegments): string {
  return path.map((s) => '/' + escapePointerSegment(String(s))).join('');
}

/** The value at `path` in plain data (undefined when a step is missing). */
export function valueAtPath(data: unknown, path: PathSegments): unknown {
  let cur: unknown = data;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[String(seg)];
  }
  return cur;
}
