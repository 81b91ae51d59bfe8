/**
 * A commented YAML template of the study description, generated from the JSON Schema so that every field is
 * in it with its documentation. The template is valid as written (placeholder core values, everything else
 * commented out); removing the "# " in front of any field line (and of its parent group lines) keeps it valid.
 *
 * Conventions in the template: lines starting with "##" explain; lines "# key: value" are fields that are
 * switched off.
 */
import type { Checklist } from '../checklists/types.js';
import { listBundledChecklists, loadBundledChecklist } from '../checklists/load.js';
import { FIELD_CONCEPTS } from './field-concepts.js';
import { studyJsonSchema } from './schema.js';
import { CORE, Emitter, isObject, isObjectArray, type JsonSchema, WIDTH, wrap } from './template/commented-yaml.js';

interface ChecklistConcepts {
  name: string;
  /** concept key -> item ids */
  concepts: Record<string, string[]>;
}

export interface StudyTemplateOptions {
  /** loaded checklists (bundled or custom); used instead of the built-in snapshot for their ids */
  checklists?: Checklist[];
}

/** Resolve a checklist id or a short alias ("claim" → newest claim-YYYY, "tripod-ai" → tripod-ai-2024). */
function resolveChecklist(id: string, known: Record<string, ChecklistConcepts>): string | undefined {
  const lower = id.toLowerCase();
  if (known[lower]) return lower;
  const candidates = Object.keys(known)
    .filter((k) => k.startsWith(`${lower}-`) && /^\d{4}$/.test(k.slice(lower.length + 1)))
    .sort();
  return candidates.at(-1);
}

/** "claim-2024" → "CLAIM 2024", "tripod-ai-2024" → "TRIPOD+AI 2024" */
function shortName(id: string): string {
  return id.toUpperCase().replace(/-AI\b/, '+AI').replace(/-/g, ' ');
}

function fromChecklist(c: Checklist): ChecklistConcepts {
  const concepts: Record<string, string[]> = {};
  for (const item of c.items) for (const k of item.concepts) (concepts[k] ??= []).push(item.id);
  return { name: c.name, concepts };
}

function groupConcepts(top: string): string[] {
  const out: string[] = [];
  for (const [field, cs] of FIELD_CONCEPTS)
    if (field === top || field.startsWith(`${top}.`)) for (const c of cs) if (!out.includes(c)) out.push(c);
  return out;
}

/**
 * A commented YAML template for a study description. With checklist ids (e.g. ["claim-2024", "tripod-ai"]), the
 * groups those checklists ask about come first and each group header names the items it answers; groups no
 * requested checklist asks about follow under a separate heading. Unknown checklist ids throw.
 */
export function studyTemplate(checklistIds: string[] = [], options: StudyTemplateOptions = {}): string {
  const known: Record<string, ChecklistConcepts> = {};
  for (const id of listBundledChecklists()) known[id] = { ...fromChecklist(loadBundledChecklist(id)), name: shortName(id) };
  for (const c of options.checklists ?? []) known[c.id] = fromChecklist(c);
  const selected: { id: string; info: ChecklistConcepts }[] = [];
  for (const raw of checklistIds) {
    const id = resolveChecklist(raw, known);
    if (!id) throw new Error(`unknown checklist "${raw}" (known: ${Object.keys(known).join(', ')})`);
    if (!selected.some((s) => s.id === id)) selected.push({ id, info: known[id]! });
  }

  const schema = studyJsonSchema() as JsonSchema;
  const props = schema.properties!;
  const required = new Set(schema.required ?? []);
  const e = new Emitter();
  const L = e.lines;

  L.push('## reportlint study description', '##');
  if (selected.length) L.push(...wrap(`Fields first that ${selected.map((s) => s.info.name).join(', ')} ask about.`, '## '), '##');
  L.push(
    '## How to fill in:',
    '##  - `title` and `study.type` are required; replace the placeholders below. Everything else is optional.',
    '##  - Lines starting with "##" explain the field below them. A line "# key: value" is a field that is',
    '##    switched off: delete the "# " to use it (and the "# " of its group line above it).',
    '##  - Say explicitly when something was not done or is not available (external_validation.performed: false,',
    '##    code.availability: not_available, ...): that is reported, and shown as a warning.',
    '##  - Omit what the study does not report. Empty values ("" and []) and text starting with TODO count as not filled in.',
    '##  - Percentages are 0-100; units are in the field names (_years, _mm, _tesla, _hours).',
    '##  - Check it with `reportlint check study.yaml`; `reportlint schema study > study.schema.json` gives the JSON',
    '##    Schema for editor completion.',
    '',
  );

  const relevance = (top: string) => {
    const cs = groupConcepts(top);
    return cs.filter((c) => selected.some((s) => s.info.concepts[c])).length;
  };
  const header = (top: string) => {
    const cs = groupConcepts(top);
    if (!cs.length) return;
    const parts = cs.map((c) => {
      const refs = selected.flatMap((s) => (s.info.concepts[c] ? [`${s.info.name} ${s.info.concepts[c]!.join(', ')}`] : []));
      return refs.length ? `${c} (${refs.join('; ')})` : c;
    });
    L.push(...wrap(`concepts: ${parts.join(', ')}`, '## '));
  };
  const emitTop = (key: string) => {
    const s = props[key]!;
    if (isObject(s) || isObjectArray(s)) {
      L.push(`## ${'-'.repeat(WIDTH - 3)}`);
      header(key);
    }
    e.field(key, s, key, 0, key in CORE || key === 'study', required.has(key));
    L.push('');
  };

  const core = ['schema_version', 'title', 'study'];
  for (const k of core) emitTop(k);
  const rest = Object.keys(props).filter((k) => !core.includes(k));
  if (!selected.length) {
    for (const k of rest) emitTop(k);
  } else {
    const scored = rest.map((k) => ({ k, r: relevance(k) }));
    const asked = scored.filter((x) => x.r > 0);
    const other = scored.filter((x) => x.r === 0);
    for (const x of asked) emitTop(x.k);
    L.push(`## ${'='.repeat(WIDTH - 3)}`, '## Not asked by the requested checklists: extraction fields for reviewers and editors.', '');
    for (const x of other) emitTop(x.k);
  }
  return `${L.join('\n').replace(/\n+$/, '')}\n`;
}
