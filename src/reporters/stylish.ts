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
}

export type Severity = 'error' | 'warning' | 'info';

export interface ItemMessage {
  severity: Severity;
  text: string;
}

/** The message for one checklist item, shared by every reporter and the unified plugin; undefined = nothing to say. */
export function itemMessage(it: ItemVerdict, verbose = false): ItemMessage | undefined {
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

export function placeString(p: ItemVerdict['place']): string {
  return (p && formatPosition(p)) || '1:1';
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
    for (const w of file.warnings) out.push(`  ${paint('yellow', 'warning')}  ${w}`);
    if (file.studyType) out.push(`  ${studyTypeLine(file)}`);
    for (const cl of file.checklists) {
      const s = cl.summary;
      out.push(
        `  ${paint('bold', cl.id)} ${paint('dim', `(${cl.name})`)}: ${s.reported} reported, ${s.partial} partial, ${s.missing} missing, ${s['not-applicable']} not applicable, ${s['needs-review']} need review (${s.total} items)`,
      );
      const rows: string[][] = [];
      for (const it of cl.items) {
        const m = itemMessage(it, opts.verbose);
        if (!m) continue;
        if (opts.quiet && m.severity !== 'error') continue;
        if (m.severity === 'error') errors++;
        else if (m.severity === 'warning') warnings++;
        else infos++;
        rows.push([placeString(it.place), m.severity, m.text, `${cl.id}/${it.id}`]);
        if (opts.explain || opts.verbose) {
          for (const e of it.evidence) rows.push(['', '', paint('dim', `  ↳ ${e.line ?? e.page ?? e.paragraph ?? ''} ${clip(e.text, 110)}`), '']);
          if (opts.explain && it.reason && it.status !== 'missing') rows.push(['', '', paint('dim', `  why: ${it.reason}`), '']);
          if (opts.explain) {
            for (const c of it.concepts) {
              const f = file.concepts.find((x) => x.id === c);
              if (f) rows.push(['', '', paint('dim', `  ${c}: ${f.status}${f.value ? ` (${f.value})` : ''}${f.notDone ? ', reported as not done' : ''}, rule ${f.rule}, confidence ${f.confidence}${f.reason && f.status === 'missing' && f.rule !== 'no-match' ? `: ${clip(f.reason, 140)}` : ''}`), '']);
            }
          }
        }
      }
      const w0 = Math.max(0, ...rows.map((r) => r[0]!.length));
      for (const r of rows) {
        const sevText = r[1] ? sev(r[1] as Severity) : '';
        const pad = r[1] ? ' '.repeat(Math.max(0, 7 - r[1].length)) : '       ';
        out.push(`    ${r[0]!.padEnd(w0)}  ${sevText}${pad}  ${r[2]}${r[3] ? `  ${paint('dim', r[3])}` : ''}`);
      }
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

function studyTypeLine(file: FileResult): string {
  const st = file.studyType! as NonNullable<FileResult['studyType']> & StudyTypeFallback;
  const kinds = st.types.length && !(st.types.length === 1 && st.types[0] === 'other') ? st.types.join(' + ') : 'not recognised';
  const fits = st.checklists.length ? `fits ${st.checklists.join(', ')}` : 'no bundled checklist fits';
  const other = st.otherGuidelines.length ? `; ${st.otherGuidelines.join(', ')} ${st.otherGuidelines.length === 1 ? 'fits' : 'fit'} (not bundled yet)` : '';
  const fallback = st.fallbackChecklists?.length ? `; ${st.fallbackChecklists.join(', ')} run as the current checklists but do not strictly apply` : '';
  return `study type: ${kinds} (${fits}${other}${fallback})`;
}
