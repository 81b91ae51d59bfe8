/**
 * Files that the build writes to dist/compiled/ (precomputed data). This module sits one folder below dist/ both
 * in the tsc output (dist/util/) and in the CLI bundle (dist/bundle/), so one relative URL finds them from either.
 *
 * A browser has no files to read: the web page's entry hands the same data over with `provideCompiled` before
 * anything is checked, and the readers of compiled data ask `providedCompiled` first.
 */
export function compiledFile(name: string): URL {
  return new URL(`../compiled/${name}`, import.meta.url);
}

const provided = new Map<string, unknown>();

/** Hand over compiled data by its file name (e.g. 'gates.json'), instead of a file to read. */
export function provideCompiled(name: string, value: unknown): void {
  provided.set(name, value);
}

/** Data handed over with `provideCompiled`, or undefined (then read the file). */
export function providedCompiled(name: string): unknown {
  return provided.get(name);
}
