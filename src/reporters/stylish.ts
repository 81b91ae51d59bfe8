/**
 * Stylish reporter in the vfile-reporter / ESLint tradition: per file, per checklist, one row per message
 * (`line:column  severity  message  rule-id`), then a summary line.
 */
import type { ItemVerdict } from '../checklists/types.js';
import { formatPosition } from '../manuscript/model.js';
import type { CheckResult, FileResult } from '../engine/types.js';
import type { StudyTypeFallback } from '../engine/choose.js';
import { escapeControlsDeep } from '../util/terminal.js';

export interface StylishOptions {
  color?: boolean;
  /** only errors (missing items), like ESLint --quiet */
  quiet?: boolean;
  /** also list reported and not-applicable items, with evidence */
  verbose?: boolean;
  /** show why each item was judged as it was */
  explain?: boolean;
  /** wrap rows to this many columns (the terminal's width); none: one line per row */
  width?: number;
  /** inputs that could not be checked (unreadable, over a limit, timed out): SARIF and JUnit record them */
  inputErrors?: InputErrorNote[];
}

/** One input that could not be checked: its path when known and the problem, as the error line says it. */
export interface InputErrorNote {
  path?: string;
  message: string;
}

export type Severity = 'error' | 'warning' | 'info';

export interface ItemMessage {
  severity: Severity;
  text: string;
}

/**
 * The message for one checklist item, shared by every reporter and the unified plugin; undefined = nothing to say.
 * A waived item says something only when verbose; a severity from the configuration replaces the status's own.
 */
export function itemMessage(it: ItemVerdict, verbose = false): ItemMessage | undefined {
  if (it.waived) return verbose ? { severity: 'info', text: `Waived: ${it.topic}${it.waived.reason ? ` (${it.waived.reason})` : ''}` } : undefined;
  const m = statusMessage(it, verbose);
  if (m && it.severity && m.severity !== 'info') return { ...m, severity: it.severity };
  return m;
}

function statusMessage(it: ItemVerdict, verbose: boolean): ItemMessage | undefined {
  switch (it.status) {
    case 'missing':
      if (it.candidate) return { severity: 'warning', text: `Not found — check: ${it.topic}. Closest sentence: "${clip(it.candidate.text, 90)}"` };
      return { severity: 'error', text: `Missing: ${it.topic}. ${it.reason ?? ''}`.trim() };
    case 'partial':
      return { severity: 'warning', text: `Partial: ${it.topic}${it.reason ? ` (${it.reason})` : ''}` };
    case 'needs-review':
      return { severity: 'info', text: `Needs review: ${it.topic}${it.reason ? ` (${it.reason})` : ''}` };
    case 'not-applicable':
      return verbose ? { severity: 'info', text: `Not applicable: ${it.topic}${it.reason ? ` (${it.reason})` : ''}` } : undefined;
    case 'reported':
      if (it.notDone) return { severity: 'warning', text: `Reported as not done: ${it.topic}: "${clip(it.evidence[0]?.text ?? '', 90)}"` };
      return verbose ? { severity: 'info', text: `Reported: ${it.topic}${it.evidence[0] ? `: "${clip(it.evidence[0].text, 90)}"` : ''}` } : undefined;
  }
}

export function clip(s: string, n: number): string {
  return s.length <= n ? s : `${s.slice(0, n - 1)}…`;
}

/** `12:4`, `p3`, or `sections/methods.tex:20:1` when the place is in another file than the one checked. */
export function placeString(p: ItemVerdict['place'], path?: string): string {
  const pos = (p && formatPosition(p)) || '1:1';
  return p?.file && p.file !== path ? `${p.file}:${pos}` : pos;
}

interface Row {
  pos: string;
  /** absent on the dim detail rows (evidence, why) */
  severity?: Severity;
  text: string;
  rule?: string;
}

type Paint = (code: keyof typeof ANSI, s: string) => string;

/** Words of `text` in lines of at most `w` characters (a word longer than `w` gets a line of its own). */
export function wrapWords(text: string, w: number): string[] {
  const lines: string[] = [];
  let cur = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (cur && cur.length + 1 + word.length > w) {
      lines.push(cur);
      cur = word;
    } else cur = cur ? `${cur} ${word}` : word;
  }
  if (cur || !lines.length) lines.push(cur);
  return lines;
}

/**
 * `    12:4  error    message  claim-2024/7`. With a width (a terminal's), a row that does not fit has its message
 * wrapped under the message column; the rule id is never split: it ends the last line, or has a line of its own.
 */
function layoutRows(rows: Row[], width: number | undefined, paint: Paint, sev: (s: Severity) => string): string[] {
  const w0 = Math.max(0, ...rows.map((r) => r.pos.length));
  const indent = 4 + w0 + 2 + 7 + 2;
  const out: string[] = [];
  for (const r of rows) {
    const head = `    ${r.pos.padEnd(w0)}  ${r.severity ? sev(r.severity) + ' '.repeat(Math.max(0, 7 - r.severity.length)) : '       '}  `;
    const rule = r.rule ? `  ${paint('dim', r.rule)}` : '';
    const ruleLen = r.rule ? r.rule.length + 2 : 0;
    const style = (t: string) => (r.severity ? t : paint('dim', t));
    if (!width || indent + r.text.length + ruleLen <= width) {
      out.push(`${head}${style(r.text)}${rule}`);
      continue;
    }
    const lines = wrapWords(r.text, Math.max(20, width - indent));
    const last = lines[lines.length - 1]!;
    lines.forEach((l, k) => out.push(`${k === 0 ? head : ' '.repeat(indent)}${style(l)}${k === lines.length - 1 && indent + last.length + ruleLen <= width ? rule : ''}`));
    if (r.rule && indent + last.length + ruleLen > width) out.push(`${' '.repeat(indent)}${paint('dim', r.rule)}`);
  }
  return out;
}

const ANSI = { red: 31, yellow: 33, blue: 34, green: 32, dim: 2, bold: 1, underline: 4 } as const;

export function stylish(raw: CheckResult, opts: StylishOptions = {}): string {
  // text from the manuscript never reaches the terminal raw (only this reporter's own colours do)
  const result = escapeControlsDeep(raw);
  const paint = (code: keyof typeof ANSI, s: string) => (opts.color ? `\u001b[${ANSI[code]}m${s}\u001b[0m` : s);
  const sev = (s: Severity) => (s === 'error' ? paint('red', 'error') : s === 'warning' ? paint('yellow', 'warning') : paint('blue', 'info'));
  const out: string[] = [];
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const file of result.files) {
    out.push(paint('underline', file.path));
    // plain lines too long for a narrow terminal wrap under their first word
    const fit = (first: string, rest: string, sep: string) => {
      if (!opts.width || 2 + first.length + sep.length + rest.length <= opts.width) return [`  ${first}${sep}${rest}`];
      return wrapWords(rest, opts.width - 4 - first.length).map((l, k) => (k === 0 ? `  ${first}${sep}${l}` : `    ${l}`));
    };
    for (const w of file.warnings) out.push(...fit(paint('yellow', 'warning'), w, '  '));
    if (file.studyType) out.push(...fit('study type:', studyTypeLine(file).replace(/^study type: /, ''), ' '));
    for (const cl of file.checklists) {
      const s = cl.summary;
      const counts = `${s.reported} reported, ${s.partial} partial, ${s.missing} missing, ${s['not-applicable']} not applicable, ${s['needs-review']} need review (${s.total} items)${waivedNote(cl.items)}`;
      const plain = `  ${cl.id} (${cl.name}): ${counts}`;
      if (!opts.width || plain.length <= opts.width) out.push(`  ${paint('bold', cl.id)} ${paint('dim', `(${cl.name})`)}: ${counts}`);
      else {
        // a narrow terminal: the id alone, then the name and the counts wrapped under it
        out.push(`  ${paint('bold', cl.id)}`, ...wrapWords(`(${cl.name}): ${counts}`, opts.width - 4).map((l) => `    ${l}`));
      }
      const rows: Row[] = [];
      for (const it of cl.items) {
        const m = itemMessage(it, opts.verbose);
        if (!m) continue;
        if (opts.quiet && m.severity !== 'error') continue;
        if (m.severity === 'error') errors++;
        else if (m.severity === 'warning') warnings++;
        else infos++;
        rows.push({ pos: placeString(it.place, file.path), severity: m.severity, text: m.text, rule: `${cl.id}/${it.id}` });
        if (opts.explain || opts.verbose) {
          for (const e of it.evidence) rows.push({ pos: '', text: `  ↳ ${e.file && e.file !== file.path ? `${e.file}:` : ''}${e.line ?? e.page ?? e.paragraph ?? ''} ${clip(e.text, 110)}` });
          if (opts.explain && it.reason && it.status !== 'missing') rows.push({ pos: '', text: `  why: ${it.reason}` });
          if (opts.explain) {
            for (const c of it.concepts) {
              const f = file.concepts.find((x) => x.id === c);
              if (f) rows.push({ pos: '', text: `  ${c}: ${f.status}${f.value ? ` (${f.value})` : ''}${f.notDone ? ', reported as not done' : ''}, rule ${f.rule}, confidence ${f.confidence}${f.reason && f.status === 'missing' && f.rule !== 'no-match' ? `: ${clip(f.reason, 140)}` : ''}` });
            }
          }
        }
      }
      out.push(...layoutRows(rows, opts.width, paint, sev));
    }
    if (file.disagreements?.length) {
      // manuscript vs study description (check --study): always warnings
      out.push(`  ${paint('bold', 'study description')}: ${file.disagreements.length} disagreement${file.disagreements.length === 1 ? '' : 's'} with the manuscript`);
      for (const d of file.disagreements) {
        warnings++;
        const e = d.evidence.find((x) => !x.file || x.file === file.path) ?? d.evidence[0];
        // a place in the description file is shown with its file name
        const at = `${e?.file && e.file !== file.path ? `${e.file}:` : ''}${e?.line !== undefined ? `${e.line}:${e.column ?? 1}` : '1:1'}`;
        out.push(`    ${at}  ${sev('warning')}  ${d.message}  ${paint('dim', `disagreement/${d.concept}`)}`);
        if (opts.explain || opts.verbose) for (const x of d.evidence) out.push(paint('dim', `      ↳ ${x.file && x.file !== file.path ? `${x.file}:` : ''}${x.line ?? ''} ${clip(x.text, 110)}`));
      }
    }
    out.push('');
  }
  const parts: string[] = [];
  if (errors) parts.push(`${errors} error${errors === 1 ? '' : 's'}`);
  if (warnings) parts.push(`${warnings} warning${warnings === 1 ? '' : 's'}`);
  if (infos) parts.push(`${infos} info`);
  const files = result.files.length;
  const sym = errors ? paint('red', '✖') : warnings ? paint('yellow', '⚠') : paint('green', '✔');
  out.push(`${sym} ${parts.length ? parts.join(', ') : 'no problems'} (${files} file${files === 1 ? '' : 's'})`);
  return out.join('\n') + '\n';
}

function waivedNote(items: readonly ItemVerdict[]): string {
  const n = items.filter((i) => i.waived).length;
  return n ? `, ${n} waived` : '';
}

function studyTypeLine(file: FileResult): string {
  const st = file.studyType! as NonNullable<FileResult['studyType']> & StudyTypeFallback;
  const kinds = st.types.length && !(st.types.length === 1 && st.types[0] === 'other') ? st.types.join(' + ') : 'not recognised';
  const fits = st.checklists.length ? `fits ${st.checklists.join(', ')}` : 'no bundled checklist fits';
  const other = st.otherGuidelines.length ? `; ${st.otherGuidelines.join(', ')} ${st.otherGuidelines.length === 1 ? 'fits' : 'fit'} (not bundled yet)` : '';
  const fallback = st.fallbackChecklists?.length
    ? `; ${st.fallbackChecklists.join(', ')} run as the current checklists but do not strictly apply`
    : !file.checklists.length && st.note
      ? '; nothing checked: name checklists with --checklist to check it anyway'
      : '';
  return `study type: ${kinds} (${fits}${other}${fallback})`;
}
