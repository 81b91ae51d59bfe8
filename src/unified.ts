/**
 * reportlint as a unified plugin: use it after remark-parse; it checks the document and attaches one vfile message
 * per checklist item that is missing, partial, reported as not done or needs review (ruleId `claim-2024/7`,
 * source `reportlint`, place, url, note), like remark-lint rules do.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { EngineOptions } from './engine/check.js';
import { checkManuscript } from './sources/manuscript.js';
import { buildManuscript } from './manuscript/build.js';
import { markdownToBlocks } from './readers/markdown.js';
import { itemMessage } from './reporters/stylish.js';

export interface ReportlintPluginOptions extends EngineOptions {
  /** also attach info messages for reported items */
  verbose?: boolean;
}

export default function reportlint(options: ReportlintPluginOptions = {}) {
  return function transformer(tree: Root, file: VFile): void {
    const text = String(file.value ?? '');
    const { blocks, metadata, title } = markdownToBlocks(tree);
    const ms = buildManuscript(blocks, { path: file.path ?? '<input>', format: 'markdown', size: Buffer.byteLength(text), metadata, ...(title ? { title } : {}) });
    const result = checkManuscript(ms, options);
    (file.data as Record<string, unknown>).reportlint = result;
    for (const cl of result.checklists) {
      for (const it of cl.items) {
        const m = itemMessage(it, options.verbose);
        if (!m) continue;
        const place = it.place?.line !== undefined ? { line: it.place.line, column: it.place.column ?? 1 } : undefined;
        const msg = file.message(m.text, { ...(place ? { place } : {}), ruleId: `${cl.id}/${it.id}`, source: 'reportlint' });
        msg.fatal = m.severity === 'error' ? true : m.severity === 'warning' ? false : undefined;
        msg.url = cl.url;
        msg.note = it.reason ?? it.evidence.map((e) => e.text).join('\n');
      }
    }
  };
}
