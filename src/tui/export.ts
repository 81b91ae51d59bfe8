/**
 * `reportlint review <file> --export md`: the completed checklist with the reviewer's decisions and notes. The
 * columns of the checklist reporter (section, item, topic, reported on) plus the automatic status, the reviewer's
 * decision and note; the checklist reporter itself has no place for decisions, so its helpers are reused here.
 */
import type { ItemVerdict, VerdictStatus } from '../checklists/types.js';
import type { FileResult } from '../engine/types.js';
import { reportedOn, statusWord } from '../reporters/checklist.js';
import { finalStatus, type ReviewState } from './review-state.js';

function cell(s: string): string {
  return s.replace(/\s+/g, ' ').trim().replace(/\\/g, '\\\\').replace(/\|/g, '\\|');
}

function word(status: VerdictStatus, it: ItemVerdict): string {
  return statusWord({ ...it, status, notDone: status === it.status ? it.notDone : false });
}

export interface ExportOptions {
  /** the date in the header (default: today); fixed in tests */
  date?: string;
  version?: string;
}

export function exportMarkdown(file: FileResult, state: ReviewState, opts: ExportOptions = {}): string {
  const date = opts.date ?? new Date().toISOString().slice(0, 10);
  const name = file.title?.trim() || file.path;
  const out = [`# Reporting checklist: ${name}`, ''];
  out.push(`- **Manuscript:** \`${file.path}\``);
  out.push(`- **Date:** ${date}`);
  out.push(`- **Completed by:** reviewer, starting from reportlint${opts.version ? ` ${opts.version}` : ''}'s automatic assessment`);
  for (const cl of file.checklists) {
    const review = state.checklists[cl.id];
    out.push('', `## ${cl.name}`, '', `- **Checklist id:** \`${cl.id}\``, '');
    out.push('| Section | Item | Topic | Reported on | Automatic | Reviewer | Note |', '|---|---|---|---|---|---|---|');
    let decided = 0;
    const counts = new Map<string, number>();
    for (const it of cl.items) {
      const r = review?.items[it.id];
      const final = finalStatus(it.status, r);
      if (r?.decision) decided++;
      const w = word(final, it);
      counts.set(w, (counts.get(w) ?? 0) + 1);
      const reviewer = !r?.decision ? '—' : r.decision === 'accepted' ? `${w} (accepted)` : `**${w}** (override)`;
      out.push(`| ${cell(it.section)} | ${cell(it.id)} | ${cell(it.topic)} | ${cell(reportedOn(it, file.path))} | ${statusWord(it)} | ${reviewer} | ${cell(r?.note ?? '')} |`);
    }
    const summary = [...counts].map(([w, n]) => `${n} ${w}`).join(', ');
    out.push('', `**Summary (after review):** ${summary} (${cl.items.length} items; ${decided} decided by the reviewer).`);
  }
  return out.join('\n') + '\n';
}
