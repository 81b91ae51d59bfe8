/**
 * One self-contained HTML page (no scripts, no fonts, no network: it works offline and as a CI artifact): per
 * file and checklist a summary bar of the item statuses, then the items with their status, place and evidence
 * (the sentence, with its section). Waived items say so, with the reason.
 */
import type { ChecklistResult, ItemVerdict } from '../checklists/types.js';
import type { CheckResult, FileResult } from '../engine/types.js';
import { formatPosition } from '../manuscript/model.js';
import { statusWord, studyTypeNote } from './checklist-model.js';

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const PARTS = [
  ['reported', 'reported', '#2e7d32'],
  ['partial', 'partial', '#f9a825'],
  ['missing', 'missing', '#c62828'],
  ['needs-review', 'need review', '#1565c0'],
  ['not-applicable', 'not applicable', '#9e9e9e'],
] as const;

const CSS = `body{font:15px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:70rem;padding:0 1rem;color:#222}
h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2.5rem;border-bottom:1px solid #ddd}h3{font-size:1.05rem}
.bar{display:flex;height:1.4rem;border-radius:4px;overflow:hidden;margin:.4rem 0}.bar span{display:block}
.legend span{margin-right:1rem;white-space:nowrap}.legend i{display:inline-block;width:.8rem;height:.8rem;margin-right:.3rem;vertical-align:-1px}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem}th,td{border-bottom:1px solid #eee;padding:.35rem .5rem;text-align:left;vertical-align:top}
th{background:#f6f6f6}.s-reported{color:#2e7d32}.s-partial{color:#a66d00}.s-missing{color:#c62828}.s-needs-review{color:#1565c0}.s-not-applicable,.waived{color:#777}
blockquote{margin:.2rem 0;padding-left:.6rem;border-left:3px solid #ddd;color:#444}small{color:#666}`;

function summaryBar(cl: ChecklistResult): string {
  const total = cl.summary.total || 1;
  const bar = PARTS.map(([k, , colour]) => {
    const n = cl.summary[k];
    return n ? `<span style="width:${((100 * n) / total).toFixed(2)}%;background:${colour}" title="${n} ${k}"></span>` : '';
  }).join('');
  const legend = PARTS.map(([k, label, colour]) => `<span><i style="background:${colour}"></i>${cl.summary[k]} ${label}</span>`).join('');
  return `<div class="bar" role="img" aria-label="${PARTS.map(([k, label]) => `${cl.summary[k]} ${label}`).join(', ')}">${bar}</div>\n<p class="legend">${legend}</p>`;
}

function where(it: ItemVerdict): string {
  const e = it.evidence[0];
  if (!e) return '';
  const p = formatPosition(e);
  return `${e.file ? `${esc(e.file)}:` : ''}${esc(p)}${e.section ? `<br><small>${esc(e.section)}</small>` : ''}`;
}

function itemRow(it: ItemVerdict): string {
  const status = it.waived ? `<span class="waived">Waived${it.waived.reason ? `: ${esc(it.waived.reason)}` : ''}</span>` : `<span class="s-${it.status}">${esc(statusWord(it))}</span>`;
  const evidence = it.evidence.map((e) => `<blockquote>${esc(e.text)}</blockquote>`).join('');
  const candidate = it.candidate ? `<blockquote>closest sentence: ${esc(it.candidate.text)}</blockquote>` : '';
  const reason = it.reason && it.status !== 'reported' ? `<small>${esc(it.reason)}</small>` : '';
  return `<tr><td>${esc(it.id)}</td><td>${esc(it.topic)}<br><small>${esc(it.section)}</small></td><td>${status}</td><td>${where(it)}</td><td>${evidence}${candidate}${reason}</td></tr>`;
}

function fileSection(file: FileResult): string {
  const parts = [`<h2>${esc(file.path)}</h2>`];
  if (file.title) parts.push(`<p><b>${esc(file.title)}</b></p>`);
  const note = studyTypeNote(file);
  if (note) parts.push(`<p>study type: ${esc(note)}</p>`);
  for (const w of file.warnings) parts.push(`<p class="s-partial">warning: ${esc(w)}</p>`);
  for (const cl of file.checklists) {
    parts.push(`<h3>${esc(cl.id)} <small>${esc(cl.name)}</small></h3>`, summaryBar(cl));
    parts.push(`<table><thead><tr><th>Item</th><th>Topic</th><th>Status</th><th>Reported on</th><th>Evidence</th></tr></thead><tbody>`);
    parts.push(...cl.items.map(itemRow), '</tbody></table>');
  }
  for (const d of file.disagreements ?? []) parts.push(`<p class="s-partial">study description disagrees: ${esc(d.message)}</p>`);
  return parts.join('\n');
}

export function html(result: CheckResult): string {
  const n = result.files.length;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>reportlint report</title>
<style>${CSS}</style>
</head>
<body>
<h1>reportlint report <small>${n} file${n === 1 ? '' : 's'} · reportlint ${esc(result.version)}</small></h1>
${result.files.map(fileSection).join('\n')}
</body>
</html>
`;
}
