/**
 * Newline-delimited JSON: one line per file, `{tool, version, schemaVersion, file}` where `file` is the file's
 * entry of the JSON contract. `check` writes each line as soon as that file is checked (a stream a batch
 * scheduler or `jq` can follow); this function writes them all for a finished result.
 */
import type { CheckResult, FileResult } from '../engine/types.js';

export function ndjsonLine(result: Omit<CheckResult, 'files'>, file: FileResult): string {
  return `${JSON.stringify({ tool: result.tool, version: result.version, schemaVersion: result.schemaVersion, file })}\n`;
}

export function ndjson(result: CheckResult): string {
  return result.files.map((f) => ndjsonLine(result, f)).join('');
}
