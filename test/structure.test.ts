/**
 * The shape of src/: no import cycles, no oversized files, and the layer rules of the design (issue 8).
 *
 * Imports are read with regular expressions (static `import … from`, `export … from`, side-effect `import '…'`
 * and `import('…')`), resolved for relative specifiers only. Cycles are looked for among the imports that exist at
 * run time (`import type` / `export type` and imports of types only are left out: they are erased by tsc); the
 * layer rules look at every import, types included.
 *
 * Today's code breaks some rules. Those breaks are listed, exactly, in KNOWN_VIOLATIONS: the test fails for a break
 * that is not listed AND for a listed one that no longer occurs, so the list can only shrink. When you remove a
 * violation, delete its entry.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const MAX_LINES = 400;

/** Files that are pure data (vocabularies, schemas, tables): exempt from the size limit for good. */
const DATA_FILES = new Set<string>([]);

/**
 * Breaks of the rules in today's code, to be removed by the redesign. Exact: a cycle is the sorted list of the
 * files of one strongly connected group of modules; a layer break is `importer -> imported`.
 */
const KNOWN_VIOLATIONS: { cycles: string[][]; oversized: string[]; layers: string[] } = {
  cycles: [],
  oversized: [],
  layers: [],
};

// ---------------------------------------------------------------------------------------------------------
// reading the import graph

interface Import {
  target: string;
  typeOnly: boolean;
}

/** relative specifiers that resolve to no source file (`file: specifier`): the reading above would miss them */
const unresolved: string[] = [];

const norm = (p: string) => p.split(sep).join('/');

function sourceFiles(): string[] {
  return (readdirSync(join(root, 'src'), { recursive: true }) as string[])
    .map((f) => `src/${norm(f)}`)
    .filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.d.ts'))
    .sort();
}

/** A relative specifier ('./x.js', '../a/index.js', '../a') resolved to a source file, or null. */
function resolveSpecifier(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = norm(join(dirname(from), spec));
  const stem = base.replace(/\.(js|jsx|ts|tsx|mjs)$/, '');
  for (const c of [`${stem}.ts`, `${stem}.tsx`, `${stem}/index.ts`, `${stem}/index.tsx`]) if (existsSync(join(root, c))) return c;
  return null;
}

const STATIC = /^[ \t]*(import|export)\s+(type\s+)?([\w*{}\s,$]*?)\s*from\s*['"]([^'"]+)['"]/gm;
const SIDE_EFFECT = /^[ \t]*import\s*['"]([^'"]+)['"]/gm;
const DYNAMIC = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;
const COMMENT_LINE = /^\s*(\/\/|\*|\/\*)/;

function importsOf(file: string): Import[] {
  const text = readFileSync(join(root, file), 'utf8');
  const out: Import[] = [];
  const add = (spec: string, typeOnly: boolean) => {
    const target = resolveSpecifier(file, spec);
    if (target) out.push({ target, typeOnly });
    else if (spec.startsWith('.')) unresolved.push(`${file}: ${spec}`);
  };
  for (const m of text.matchAll(STATIC)) {
    const names = m[3]!.trim();
    // `import { type A, type B } from` imports types only, like `import type { A, B } from`
    const braces = /^\{([\s\S]*)\}$/.exec(names);
    const allTypes = Boolean(braces && braces[1]!.split(',').map((s) => s.trim()).filter(Boolean).every((s) => s.startsWith('type ')));
    add(m[4]!, Boolean(m[2]) || allTypes);
  }
  for (const m of text.matchAll(SIDE_EFFECT)) add(m[1]!, false);
  for (const line of text.split('\n')) if (!COMMENT_LINE.test(line)) for (const m of line.matchAll(DYNAMIC)) add(m[1]!, false);
  return out;
}

const files = sourceFiles();
const graph = new Map(files.map((f) => [f, importsOf(f)]));

// ---------------------------------------------------------------------------------------------------------
// the rules

/** Strongly connected groups of more than one module (or a module importing itself), over run-time imports. */
function cycleGroups(): string[][] {
  const edges = new Map(files.map((f) => [f, [...new Set(graph.get(f)!.filter((i) => !i.typeOnly).map((i) => i.target))]]));
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  const visit = (v: string) => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const g: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        g.push(w);
      } while (w !== v);
      if (g.length > 1 || edges.get(v)!.includes(v)) groups.push(g.sort());
    }
  };
  for (const f of files) if (!idx.has(f)) visit(f);
  return groups.sort((a, b) => a[0]!.localeCompare(b[0]!));
}

/** One cycle through a group, as a readable path `a -> b -> … -> a` (shortest cycle through its first file). */
function cyclePath(group: string[]): string {
  const members = new Set(group);
  const start = group[0]!;
  const prev = new Map<string, string>();
  const queue = [start];
  const seen = new Set([start]);
  while (queue.length) {
    const v = queue.shift()!;
    for (const { target: w, typeOnly } of graph.get(v)!) {
      if (typeOnly || !members.has(w)) continue;
      if (w === start) {
        const path = [v];
        while (path[0] !== start) path.unshift(prev.get(path[0]!)!);
        return [...path, start].join(' -> ');
      }
      if (!seen.has(w)) {
        seen.add(w);
        prev.set(w, v);
        queue.push(w);
      }
    }
  }
  return group.join(', ');
}

const lineCount = (f: string) => readFileSync(join(root, f), 'utf8').replace(/\n$/, '').split('\n').length;

/** The layer rule an import breaks, if any. */
function layerBreak(from: string, to: string): string | null {
  if (from.startsWith('src/engine/')) {
    if (to.startsWith('src/readers/')) return 'engine must not import readers';
    if (to.startsWith('src/study/')) return 'engine must not import study';
    if (to.startsWith('src/concepts/') && to !== 'src/concepts/index.ts' && to !== 'src/concepts/types.ts') return 'engine may import only the concepts\' index and types';
  }
  if (from.startsWith('src/readers/') && to.startsWith('src/concepts/')) return 'readers must not import concepts';
  // the web page is an interface like the CLI: it uses the library, nothing in the library uses it
  if (from.startsWith('src/web/') && (to.startsWith('src/cli/') || to.startsWith('src/tui/'))) return 'web must not import the CLI or the terminal UI';
  if (!from.startsWith('src/web/') && to.startsWith('src/web/')) return 'only src/web/ imports src/web/';
  return null;
}

function layerBreaks(): Map<string, string> {
  const out = new Map<string, string>();
  for (const [from, imports] of graph) {
    for (const { target } of imports) {
      const why = layerBreak(from, target);
      if (why) out.set(`${from} -> ${target}`, why);
    }
  }
  return out;
}

/** New breaks (not listed) and stale entries (listed, no longer occurring), as messages. */
function compare(kind: string, actual: Map<string, string>, known: string[]): string[] {
  const problems: string[] = [];
  for (const [key, detail] of actual) if (!known.includes(key)) problems.push(`new ${kind}: ${detail}`);
  for (const key of known) if (!actual.has(key)) problems.push(`${kind} listed in KNOWN_VIOLATIONS no longer occurs, delete its entry: ${key}`);
  return problems;
}

describe('structure of src/', () => {
  it('finds the source files and their imports', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(graph.get('src/index.ts')!.length).toBeGreaterThan(5);
    expect(unresolved).toEqual([]);
    // every relative module named outside a comment is read as an import
    for (const f of files) {
      const lines = readFileSync(join(root, f), 'utf8').split('\n').filter((l) => !COMMENT_LINE.test(l));
      const named = lines.reduce((n, l) => n + [...l.matchAll(/(?:\bfrom\s*|^\s*import\s*|\bimport\(\s*)['"]\.\.?\//g)].length, 0);
      expect(graph.get(f)!.length, f).toBe(named);
    }
  });

  it('has no import cycles (except the known ones)', () => {
    const actual = new Map(cycleGroups().map((g) => [JSON.stringify(g), `${cyclePath(g)}  (group: ${JSON.stringify(g)})`]));
    expect(compare('import cycle', actual, KNOWN_VIOLATIONS.cycles.map((g) => JSON.stringify([...g].sort())))).toEqual([]);
  });

  it(`has no file over ${MAX_LINES} lines (except pure data and the known ones)`, () => {
    const actual = new Map(files.filter((f) => !DATA_FILES.has(f)).map((f) => [f, lineCount(f)] as const).filter(([, n]) => n > MAX_LINES).map(([f, n]) => [f, `${f} has ${n} lines`]));
    expect(compare('oversized file', actual, KNOWN_VIOLATIONS.oversized)).toEqual([]);
    for (const f of DATA_FILES) expect(files, `DATA_FILES names a missing file: ${f}`).toContain(f);
  });

  it('keeps the layers: engine ↛ readers, study, concept internals; readers ↛ concepts; web ↛ cli, tui; only web → web (except the known ones)', () => {
    const actual = new Map([...layerBreaks()].map(([k, why]) => [k, `${k} (${why})`]));
    expect(compare('layer break', actual, KNOWN_VIOLATIONS.layers)).toEqual([]);
  });
});
