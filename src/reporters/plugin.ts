/**
 * Formatter plugins, as ESLint's `--format ./my-formatter.js`: a module (a path, or an installed package) whose
 * default export is a function of the JSON result (the `--format json` contract) returning the report text
 * (or a promise of it). A second argument gives `{cwd, color}`.
 */
import { createRequire } from 'node:module';
import { isAbsolute, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CheckResult } from '../engine/types.js';
import { ReportlintError } from '../errors.js';

export type FormatterPlugin = (result: CheckResult, context: { cwd: string; color: boolean }) => string | Promise<string>;

export class FormatterError extends ReportlintError {
  override name = 'FormatterError';
}

export async function loadFormatter(spec: string, cwd = process.cwd()): Promise<FormatterPlugin> {
  const isPath = spec.startsWith('.') || isAbsolute(spec) || /\.[cm]?js$/.test(spec);
  let url: string;
  try {
    url = isPath ? pathToFileURL(resolve(cwd, spec)).href : pathToFileURL(createRequire(join(cwd, 'package.json')).resolve(spec)).href;
  } catch {
    throw new FormatterError(spec, 'no such formatter: not a bundled format, a file or an installed package');
  }
  let mod: { default?: unknown };
  try {
    mod = (await import(url)) as { default?: unknown };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new FormatterError(spec, code === 'ERR_MODULE_NOT_FOUND' ? 'no such formatter file' : `cannot load the formatter (${(e as Error).message.split('\n')[0]})`);
  }
  const fn = typeof mod.default === 'function' ? mod.default : typeof (mod.default as { default?: unknown })?.default === 'function' ? (mod.default as { default: unknown }).default : undefined;
  if (typeof fn !== 'function') throw new FormatterError(spec, 'is not a formatter: its default export must be a function (result) => string');
  return fn as FormatterPlugin;
}
