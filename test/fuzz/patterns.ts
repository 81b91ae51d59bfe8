// Every regular expression of the detectors: those reachable from the concept registry (specs, rules, built
// with words()) and every regex literal in src/concepts (module constants of hand-written detectors).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { CONCEPTS } from '../../src/concepts/index.js';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

function literals(file: string): RegExp[] {
  const src = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
  const out: RegExp[] = [];
  const visit = (n: ts.Node) => {
    if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = (n as ts.RegularExpressionLiteral).text;
      const end = text.lastIndexOf('/');
      try {
        out.push(new RegExp(text.slice(1, end), text.slice(end + 1)));
      } catch {
        /* a flag this Node lacks */
      }
    }
    ts.forEachChild(n, visit);
  };
  visit(src);
  return out;
}

export function detectorPatterns(): Map<string, RegExp> {
  const seen = new Map<string, RegExp>();
  const add = (re: RegExp) => seen.set(`/${re.source}/${re.flags}`, re);
  const visit = (x: unknown, stack: Set<unknown>) => {
    if (!x || typeof x !== 'object' || stack.has(x)) return;
    if (x instanceof RegExp) return add(x);
    stack.add(x);
    for (const v of Array.isArray(x) ? x : x instanceof Map || x instanceof Set ? [...x.values()] : Object.values(x)) visit(v, stack);
  };
  visit(CONCEPTS, new Set());
  for (const f of files(join(import.meta.dirname, '../../src/concepts'))) for (const re of literals(f)) add(re);
  return seen;
}

/** Words of a pattern's source (its literal parts), to build inputs that get far into it. */
export function sourceWords(re: RegExp): string[] {
  return [...new Set(re.source.replace(/\\[bBdDsSwW]/g, ' ').match(/[A-Za-z]{2,}/g) ?? [])].slice(0, 6);
}
