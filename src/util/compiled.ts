/**
 * Files that the build writes to dist/compiled/ (precomputed data). This module sits one folder below dist/ both
 * in the tsc output (dist/util/) and in the CLI bundle (dist/bundle/), so one relative URL finds them from either.
 */
export function compiledFile(name: string): URL {
  return new URL(`../compiled/${name}`, import.meta.url);
}
