/**
 * Building blocks of the study-description schema: typed, described fields. Each call builds a new schema, so
 * every use carries its own description.
 */
import { z } from 'zod';

function oneOf(values: readonly string[]): string {
  return values.join(' | ');
}
export const text = (d: string) => z.string().describe(d);
export const texts = (d: string, item = 'one entry') => z.array(z.string().describe(item)).describe(d);
export const count = (d: string) => z.number().int().min(0).describe(d);
export const positive = (d: string) => z.number().int().min(1).describe(d);
export const percent = (d: string) => z.number().min(0).max(100).describe(d);
export const bool = (d: string) => z.boolean().describe(d);
export function choice<const T extends readonly [string, ...string[]]>(values: T, d: string) {
  return z.enum(values).describe(`${d} One of: ${oneOf(values)}.`);
}
export function choices<const T extends readonly [string, ...string[]]>(values: T, d: string) {
  return z.array(z.enum(values).describe(`One of: ${oneOf(values)}.`)).describe(`${d} Each one of: ${oneOf(values)}.`);
}
const URL_RE = /^(https?|ftp):\/\/\S+$/;
export const url = (d = 'A URL (http:// or https://).') =>
  z.string().regex(URL_RE, 'a URL starting with http:// or https://').describe(d);
export const urls = (d: string) => z.array(url()).describe(d);
const DATE_RE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
export const date = (d: string) =>
  z
    .string()
    .regex(DATE_RE, 'a date written as "YYYY", "YYYY-MM" or "YYYY-MM-DD" (quote a bare year)')
    .describe(`${d} Written as "YYYY", "YYYY-MM" or "YYYY-MM-DD"; quote a bare year ("2015").`);
