/**
 * Writing a draft: YAML with a `# from line N: "…"` comment after every extracted field, or plain JSON.
 */
import { Document, isCollection, isScalar, type Node as YamlNode } from 'yaml';
import type { FieldSource, StudyDraft } from './draft.js';

function where(s: FieldSource): string {
  if (s.page !== undefined) return s.line !== undefined ? `page ${s.page}, line ${s.line}` : `page ${s.page}`;
  if (s.paragraph !== undefined) return `paragraph ${s.paragraph}`;
  if (s.line !== undefined) return `line ${s.line}`;
  return s.rule.startsWith('metadata') ? s.rule : 'the manuscript';
}

function quote(t: string, n = 70): string {
  const s = t.replace(/\s+/g, ' ').trim();
  return JSON.stringify(s.length > n ? `${s.slice(0, n - 1)}…` : s);
}

/** YAML with a `# from line N: "…"` comment after every extracted field. */
export function draftToYaml(draft: StudyDraft, opts: { date?: string } = {}): string {
  const doc = new Document(draft.description);
  const date = opts.date ?? new Date().toISOString().slice(0, 10);
  doc.commentBefore = [
    ` Study description drafted by \`reportlint extract\` from ${draft.from} on ${date}.`,
    ' Every extracted field names the line it came from; check each one against the manuscript.',
    ' Fields the manuscript does not state are left out; study.type is a default (clinical): correct it if needed.',
    ` Concepts filled: ${draft.concepts.length ? draft.concepts.join(', ') : 'none'}.`,
  ].join('\n');
  for (const [key, src] of draft.sources) {
    const path = parsePath(key);
    const node = doc.getIn(path, true) as YamlNode | undefined;
    if (!node) continue;
    const comment = ` from ${where(src)}${src.rule.startsWith('text/') || src.rule.startsWith('metadata') ? '' : ''}: ${quote(src.text)}`;
    if (isScalar(node)) node.comment = comment;
    else if (isCollection(node)) node.commentBefore = comment;
  }
  return doc.toString({ lineWidth: 0 });
}

function parsePath(key: string): Array<string | number> {
  const out: Array<string | number> = [];
  for (const m of key.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) out.push(m[2] !== undefined ? Number(m[2]) : m[1]!);
  return out;
}

/** JSON (no comments: the sources are left out). */
export function draftToJson(draft: StudyDraft): string {
  return `${JSON.stringify(draft.description, null, 2)}\n`;
}
