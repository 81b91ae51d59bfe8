/**
 * Tuning and silencing checklist items, like ESLint's rule settings and disable comments (textlint's filters):
 * - the configuration's `rules: {"claim-2024/11": "off" | "warn" | "error"}` (also `"claim-2024/*"`);
 * - waiver comments in the manuscript's own comment syntax, anywhere in the file (checklist items are about the
 *   whole manuscript, so a waiver is too): `<!-- reportlint-disable claim-2024/11 -- animal data, no patients -->`
 *   in Markdown and HTML, `% reportlint-disable claim-2024/11 -- animal data` in LaTeX. Several ids may be
 *   given, separated by commas or spaces; the reason follows ` -- `.
 * A waived item keeps its status (eval and the JSON contract see what was found) and gains `waived`; reporters
 * show it as waived with the reason and no exit code counts it.
 */
import type { ChecklistResult, ItemVerdict } from '../checklists/types.js';
import type { FileResult } from '../engine/types.js';

export type RuleSetting = 'off' | 'warn' | 'error';
export type RuleSettings = Readonly<Record<string, RuleSetting>>;

export interface Waiver {
  ids: string[];
  reason?: string;
  line: number;
  /** the `\input` file the comment is in, when not the file checked */
  file?: string;
}

const HTML_COMMENT = /<!--\s*reportlint-disable\s+([\s\S]*?)-->/g;
const TEX_COMMENT = /^[ \t]*%+[ \t]*reportlint-disable[ \t]+(.*)$/gm;

/** The waiver comments of a manuscript's source text (`latex`: % comments, else <!-- --> comments). */
export function parseWaivers(text: string, format: string): Waiver[] {
  if (!text.includes('reportlint-disable')) return [];
  const re = format === 'latex' || format === 'rnw' ? TEX_COMMENT : HTML_COMMENT;
  const out: Waiver[] = [];
  for (const m of text.matchAll(re)) {
    const body = m[1]!.trim();
    const cut = body.indexOf(' -- ');
    const idsPart = cut === -1 ? body.replace(/\s+--$/, '') : body.slice(0, cut);
    const reason = cut === -1 ? undefined : body.slice(cut + 4).trim();
    const ids = idsPart.split(/[\s,]+/).filter(Boolean);
    const line = text.slice(0, m.index).split('\n').length;
    if (ids.length) out.push({ ids, line, ...(reason ? { reason } : {}) });
  }
  return out;
}

/** Does a rule key (`claim-2024/11`, `claim-2024/*`) name this item of this checklist? */
function names(key: string, checklist: string, item: string): boolean {
  return key === `${checklist}/${item}` || key === `${checklist}/*`;
}

function tuneItem(cl: ChecklistResult, it: ItemVerdict, rules: RuleSettings, waivers: readonly Waiver[]): ItemVerdict {
  const w = waivers.find((x) => x.ids.some((id) => names(id, cl.id, it.id)));
  if (w) return { ...it, waived: { by: 'comment', line: w.line, ...(w.file ? { file: w.file } : {}), ...(w.reason ? { reason: w.reason } : {}) } };
  const key = Object.keys(rules).find((k) => k === `${cl.id}/${it.id}`) ?? Object.keys(rules).find((k) => names(k, cl.id, it.id));
  const setting = key ? rules[key] : undefined;
  if (setting === 'off') return { ...it, waived: { by: 'config', reason: `"${key}": "off" in the configuration` } };
  if (setting === 'warn') return { ...it, severity: 'warning' };
  if (setting === 'error') return { ...it, severity: 'error' };
  return it;
}

/** Apply rule settings and waiver comments to a file's result; ids that name no item of a run checklist are warned about. */
export function applyTuning(file: FileResult, rules: RuleSettings = {}, waivers: readonly Waiver[] = []): FileResult {
  if (!waivers.length && !Object.keys(rules).length) return file;
  const warnings = [...file.warnings];
  for (const w of waivers) {
    for (const id of w.ids) {
      const [cl, item] = id.split('/');
      const list = file.checklists.find((c) => c.id === cl);
      if (!item || (list && item !== '*' && !list.items.some((i) => i.id === item))) warnings.push(`${w.file ? `${w.file}:` : 'line '}${w.line}: reportlint-disable names no checklist item: ${id}`);
    }
  }
  return {
    ...file,
    warnings,
    checklists: file.checklists.map((cl) => ({ ...cl, items: cl.items.map((it) => tuneItem(cl, it, rules, waivers)) })),
  };
}
