import type { CheckResult } from '../engine/types.js';
import { json } from './json.js';
import { stylish, type StylishOptions } from './stylish.js';

export type ReporterOptions = StylishOptions;
export type Reporter = (result: CheckResult, opts: ReporterOptions) => string;

export const REPORTERS: Record<string, Reporter> = {
  stylish,
  json: (r) => json(r),
};

export const FORMATS = Object.keys(REPORTERS);
