/**
 * The commented YAML of the study template, written from the JSON Schema: every field with its description as a
 * "##" comment above it, the core fields filled with placeholders, every other field switched off ("# key:
 * value") with an example value.
 */
import { stringify } from 'yaml';

export interface JsonSchema {
  type?: string;
  description?: string;
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  pattern?: string;
  minimum?: number;
  exclusiveMinimum?: number;
  maximum?: number;
  exclusiveMaximum?: number;
  examples?: unknown[];
}

/** The core fields that the template fills with placeholders (the only required fields). */
export const CORE: Record<string, unknown> = {
  schema_version: 1,
  title: 'TODO: title of the study',
  'study.type': 'clinical',
};

/** Nicer example values than the type defaults, by path ([] = any array item). */
const EXAMPLES: Record<string, unknown> = {
  year: 2025,
  'training.learning_rate': 0.0001,
  'training.epochs': 100,
  'training.batch_size': 16,
  'evaluation.uncertainty.significance_level': 0.05,
  'evaluation.metrics[].ci_level': 95,
  'evaluation.metrics[].partition': 'internal_test',
  'imaging.field_strength_tesla': [3],
  'imaging.slice_thickness_mm': 3,
  'split.folds': 5,
  'split.proportions.train': 70,
  'split.proportions.validation': 10,
  'split.proportions.test': 20,
  '$schema': './study.schema.json',
  'model.architectures_compared': 1,
  'model.pipelines_compared': 1,
};

export const WIDTH = 110;

export function wrap(textIn: string, prefix: string): string[] {
  const words = textIn.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let cur = '';
  for (const w of words) {
    if (cur && prefix.length + cur.length + 1 + w.length > WIDTH) {
      lines.push(prefix + cur);
      cur = w;
    } else cur = cur ? `${cur} ${w}` : w;
  }
  if (cur) lines.push(prefix + cur);
  return lines;
}

function scalarText(v: unknown): string {
  return stringify(v, { lineWidth: 0 }).trim();
}

function exampleValue(s: JsonSchema, path: string): unknown {
  if (path in EXAMPLES) return EXAMPLES[path];
  if (s.const !== undefined) return s.const;
  if (s.examples?.length) return s.examples[0];
  if (s.enum?.length) return s.enum[0];
  switch (s.type) {
    case 'boolean':
      return true;
    case 'integer':
    case 'number': {
      if (s.minimum !== undefined) return s.minimum;
      if (s.exclusiveMinimum !== undefined) return s.exclusiveMinimum + 1;
      return 0;
    }
    case 'string':
      if (s.pattern?.includes('https?')) return 'https://example.org/';
      if (s.pattern?.includes('\\d{4}')) return '2020-01';
      return '';
    case 'array':
      if (s.items?.enum?.length) return [s.items.enum[0]];
      return [];
    default:
      return '';
  }
}

export function isObject(s: JsonSchema): boolean {
  return s.type === 'object' && !!s.properties;
}

export function isObjectArray(s: JsonSchema): boolean {
  return s.type === 'array' && !!s.items && isObject(s.items);
}

export class Emitter {
  lines: string[] = [];

  doc(indent: number, textIn: string | undefined, required: boolean): void {
    if (!textIn) return;
    const t = required && !/required/i.test(textIn) ? `${textIn} [required]` : textIn;
    this.lines.push(...wrap(t, `${' '.repeat(indent)}## `));
  }

  /**
   * Emit one property. `indent` is where the key starts; `dash` puts "- " before the key (first field of a list
   * item; the key then starts at indent + 2).
   */
  field(key: string, s: JsonSchema, path: string, indent: number, on: boolean, required: boolean, dash = false): void {
    const pad = ' '.repeat(indent);
    const mark = on ? '' : '# ';
    const lead = dash ? '- ' : '';
    const contentIndent = indent + (dash ? 2 : 0);
    this.doc(indent, s.description, required);
    if (isObject(s)) {
      this.lines.push(`${pad}${mark}${lead}${key}:`);
      this.object(s, path, contentIndent + 2, on);
    } else if (isObjectArray(s)) {
      this.lines.push(`${pad}${mark}${lead}${key}:`);
      this.doc(contentIndent + 2, s.items!.description ? `Each item: ${s.items!.description}` : undefined, false);
      this.object(s.items!, `${path}[]`, contentIndent + 4, on, true);
    } else {
      const v = path in CORE ? CORE[path] : exampleValue(s, path);
      const text = Array.isArray(v) ? `[${v.map(scalarText).join(', ')}]` : scalarText(v);
      this.lines.push(`${pad}${mark}${lead}${key}: ${text}`);
    }
  }

  /** Emit the properties of an object at `indent`; `listItem` makes the first property start a list item. */
  object(s: JsonSchema, path: string, indent: number, on: boolean, listItem = false): void {
    const required = new Set(s.required ?? []);
    let first = true;
    for (const [key, child] of Object.entries(s.properties ?? {})) {
      const childPath = path ? `${path}.${key}` : key;
      const childOn = on && childPath in CORE;
      if (listItem && first) this.field(key, child, childPath, indent - 2, childOn, required.has(key), true);
      else this.field(key, child, childPath, indent, childOn, required.has(key));
      first = false;
    }
  }
}
