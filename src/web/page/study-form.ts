/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The study-description form, generated from the zod schema (src/study/schema.ts, through its JSON Schema): a text
 * box per string, a number box per number, yes/no for booleans, a list for enums, one line per entry for lists;
 * lists of records (e.g. exclusion reasons with counts) are left to the YAML file and the command line. Sent
 * nowhere: on "Apply" the values are validated by the same schema and become a second source of findings.
 */
import { StudyDescription, studyJsonSchema } from '../../study/schema.js';
import { studyToFindings } from '../../study/to-findings.js';
import { mergeSources } from '../../study/merge.js';
import { studySource, type LoadedStudy } from '../../study/source.js';
import type { FindingSource } from '../../engine/check.js';
import { el } from './render.js';

interface JsonSchema {
  type?: string | string[];
  enum?: unknown[];
  anyOf?: JsonSchema[];
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  const?: unknown;
}

type Kind = 'text' | 'integer' | 'number' | 'boolean' | 'lines' | 'numbers';

export interface AppliedStudy {
  merge: (src: FindingSource) => FindingSource;
  alone: () => FindingSource;
}

const SKIP = new Set(['$schema', 'schema_version']);
const FILE = 'study description (form)';

const human = (key: string) => key.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase());
const idOf = (path: string[]) => `study-${path.join('-')}`;

function plain(s: JsonSchema): JsonSchema {
  return s.anyOf?.find((a) => a.type !== 'null') ?? s;
}

/** The controls for one property (recursing into objects). */
function field(key: string, raw: JsonSchema, path: string[], required: boolean, depth: number): HTMLElement | null {
  const s = plain(raw);
  const id = idOf(path);
  const hint = s.description ?? raw.description;
  const described: Record<string, string> = hint ? { 'aria-describedby': `${id}-hint` } : {};
  const hintEl = hint ? el('span', { id: `${id}-hint`, class: 'hint' }, hint) : null;
  const label = el('label', { for: id }, `${human(key)}${required ? ' (required)' : ''}`);
  const wrap = (control: HTMLElement, kind: Kind) => {
    control.dataset.path = path.join('.');
    control.dataset.kind = kind;
    control.id = id;
    return el('div', { class: 'field' }, label, control, hintEl, el('span', { class: 'field-error', id: `${id}-error`, 'aria-live': 'polite' }));
  };
  if (s.type === 'object' && s.properties) {
    const fs = el('fieldset', {}, el('legend', {}, human(key)));
    if (hint) fs.append(el('p', { class: 'hint' }, hint));
    for (const [k, v] of Object.entries(s.properties)) {
      const f = field(k, v, [...path, k], s.required?.includes(k) ?? false, depth + 1);
      if (f) fs.append(f);
    }
    return depth === 0 && key !== 'study' ? el('details', {}, el('summary', {}, human(key)), fs) : fs;
  }
  if (s.enum || s.const !== undefined) {
    const values = s.enum ?? [s.const];
    return wrap(el('select', described, el('option', { value: '' }, '—'), ...values.map((v) => el('option', { value: String(v) }, String(v)))), typeof values[0] === 'number' ? 'number' : 'text');
  }
  if (s.type === 'boolean') return wrap(el('select', described, el('option', { value: '' }, '—'), el('option', { value: 'true' }, 'yes'), el('option', { value: 'false' }, 'no')), 'boolean');
  if (s.type === 'integer' || s.type === 'number') return wrap(el('input', { type: 'number', step: s.type === 'integer' ? '1' : 'any', ...described }), s.type);
  if (s.type === 'string') return wrap(el('input', { type: 'text', ...described }), 'text');
  if (s.type === 'array' && s.items) {
    const item = plain(s.items);
    if (item.type === 'number' || item.type === 'integer') return wrap(el('input', { type: 'text', inputmode: 'decimal', ...described }), 'numbers');
    if (item.type === 'string' || item.enum) {
      const choices = item.enum ? ` One per line; any of: ${item.enum.join(', ')}.` : ' One per line.';
      if (hintEl) hintEl.textContent += choices;
      return wrap(el('textarea', { rows: '2', ...(hintEl ? described : {}) }), 'lines');
    }
  }
  return null; // lists of records: in the YAML file
}

function valueOf(control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement): unknown {
  const v = control.value.trim();
  if (!v) return undefined;
  switch (control.dataset.kind as Kind) {
    case 'integer':
    case 'number':
      return Number(v);
    case 'boolean':
      return v === 'true';
    case 'lines':
      return v.split('\n').map((l) => l.trim()).filter(Boolean);
    case 'numbers':
      return v.split(/[,;\s]+/).filter(Boolean).map(Number);
    default:
      return v;
  }
}

/** The form's values as a description object (empty fields left out). */
function collect(form: HTMLElement): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const control of form.querySelectorAll<HTMLInputElement>('[data-path]')) {
    const value = valueOf(control);
    if (value === undefined) continue;
    const path = control.dataset.path!.split('.');
    let at = out;
    for (const k of path.slice(0, -1)) at = (at[k] ??= {}) as Record<string, unknown>;
    at[path[path.length - 1]!] = value;
  }
  return out;
}

export function mountStudyForm(host: HTMLElement, apply: (study: AppliedStudy | null) => void): void {
  const schema = studyJsonSchema() as JsonSchema;
  const form = el('form', { novalidate: '', 'aria-label': 'Study description' });
  for (const [k, v] of Object.entries(schema.properties ?? {})) {
    if (SKIP.has(k)) continue;
    const f = field(k, v, [k], schema.required?.includes(k) ?? false, 0);
    if (f) form.append(f);
  }
  const message = el('p', { role: 'status', 'aria-live': 'polite' });
  form.append(el('button', { type: 'submit' }, 'Apply the description'), ' ', el('button', { type: 'button', 'data-clear': '' }, 'Remove it'), message);
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    for (const e of form.querySelectorAll('.field-error')) e.textContent = '';
    const parsed = StudyDescription.safeParse(collect(form));
    if (!parsed.success) {
      const lines = parsed.error.issues.map((i) => {
        const target = form.querySelector(`#${idOf(i.path.map(String))}-error`);
        if (target) target.textContent = i.message;
        return `${i.path.join('.') || 'description'}: ${i.message}`;
      });
      message.textContent = `Not applied: ${lines.join('; ')}`;
      return;
    }
    const description = parsed.data;
    const findings = new Map(studyToFindings(description, {}, FILE).map((f) => [f.concept, f]));
    const loaded: LoadedStudy = { file: FILE, description, positions: {}, findings, size: 0 };
    apply({ merge: (src) => mergeSources(src, loaded), alone: () => studySource(loaded) });
    message.textContent = `Applied: ${findings.size} concepts stated in the form.`;
  });
  form.querySelector('[data-clear]')!.addEventListener('click', () => {
    (form as HTMLFormElement).reset();
    apply(null);
    message.textContent = 'The description is no longer used.';
  });
  host.replaceChildren(form);
}
