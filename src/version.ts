import { readFileSync } from 'node:fs';
import { providedCompiled } from './util/compiled.js';

let cached: string | undefined;

/** The package version, read once from package.json (one level above dist/*.js, two above dist/bundle/*.js). */
export function toolVersion(): string {
  if (!cached) {
    cached = (providedCompiled('version') as string | undefined) ?? '0.0.0';
    if (cached !== '0.0.0') return cached;
    for (const rel of ['../package.json', '../../package.json']) {
      try {
        const pkg = JSON.parse(readFileSync(new URL(rel, import.meta.url), 'utf8')) as { name?: string; version?: string };
        if (pkg.name === 'reportlint' && pkg.version) {
          cached = pkg.version;
          break;
        }
      } catch {
        /* try the next place */
      }
    }
  }
  return cached;
}
