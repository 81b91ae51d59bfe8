import type { CheckResult } from '../engine/types.js';
import { checklist } from './checklist.js';
import { csv } from './csv.js';
import { json } from './json.js';
import { sarif } from './sarif.js';
import { stylish, type StylishOptions } from './stylish.js';

export type ReporterOptions = StylishOptions;
export type Reporter = (result: CheckResult, opts: ReporterOptions) => string;

export const REPORTERS: Record<string, Reporter> = {
  stylish,
  json: (r) => json(r),
  checklist: (r) => checklist(r),
  sarif: (r, o) => sarif(r, o.quiet ? { quiet: true } : {}),
  csv: (r) => csv(r),
};

export const FORMATS = Object.keys(REPORTERS);
