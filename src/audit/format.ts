/** Audit step 4, format: the corpus figures as Markdown (for a paper or a README), long-format CSV, or JSON. */
import type { AuditReport, GroupRow } from './types.js';

const pct = (x: number | null) => (x === null ? '–' : `${Math.round(x * 100)}%`);
const of = (k: number, n: number) => `${k}/${n} (${n ? Math.round((k / n) * 100) : 0}%)`;

export function auditToMarkdown(r: AuditReport): string {
  const L: string[] = [];
  const n = r.checked;
  L.push(`# Reporting audit`, '');
  L.push(
    `${r.checked} of ${r.files} documents checked (${r.manuscripts} manuscripts, ${r.descriptions} study descriptions)` +
      `${r.failed.length ? `; ${r.failed.length} could not be read` : ''}. Measured ${r.measuredAt.slice(0, 16).replace('T', ' ')} UTC in ${(r.durationMs / 1000).toFixed(1)} s by reportlint audit.`,
    '',
  );
  L.push('## Headline figures', '', '| figure | studies | share |', '|---|---|---|');
  L.push(`| external validation performed | ${r.externalValidation.performed}/${n} | ${pct(n ? r.externalValidation.performed / n : null)} |`);
  L.push(`| external validation explicitly not performed | ${r.externalValidation.notPerformed}/${n} | ${pct(n ? r.externalValidation.notPerformed / n : null)} |`);
  L.push(`| code publicly available | ${r.code.public}/${n} | ${pct(n ? r.code.public / n : null)} |`);
  L.push(`| code on request | ${r.code.onRequest}/${n} | ${pct(n ? r.code.onRequest / n : null)} |`);
  const shared = r.data.public + r.data.onRequest + r.data.restricted + r.data.withinPaper;
  L.push(`| data shared (public, on request, restricted or in the paper) | ${shared}/${n} | ${pct(n ? shared / n : null)} |`);
  L.push(`| data publicly available | ${r.data.public}/${n} | ${pct(n ? r.data.public / n : null)} |`);
  L.push(`| split proportions stated or computable | ${r.split.n}/${n} | ${pct(n ? r.split.n / n : null)} |`, '');
  if (r.split.n) {
    L.push(
      `Mean split over the ${r.split.n} studies that state one: training ${r.split.train}%, validation ${r.split.validation}%, test ${r.split.test}% (${r.split.withValidation} with a separate validation set).`,
      '',
    );
  }
  const groupTable = (title: string, rows: GroupRow[]) => {
    L.push(`## ${title}`, '', '| group | studies | external validation | code public | data shared |', '|---|---|---|---|---|');
    for (const g of rows) L.push(`| ${g.group} | ${g.n} | ${of(g.externalValidation, g.n)} | ${of(g.codePublic, g.n)} | ${of(g.dataShared, g.n)} |`);
    L.push('');
  };
  groupTable('By modality', r.byModality);
  groupTable('By year', r.byYear);
  L.push('## Concepts', '', 'Share reporting = (reported + partial) / studies in which the concept can be judged.', '');
  L.push('| concept | studies | reported | partial | missing | share reporting |', '|---|---|---|---|---|---|');
  for (const c of r.concepts) L.push(`| ${c.key} | ${c.n} | ${c.reported} | ${c.partial} | ${c.missing} | ${pct(c.share)} |`);
  L.push('');
  for (const cl of r.checklists) {
    L.push(`## ${cl.name} (${cl.id})`, '', 'Share reporting = (reported + partial) / (reported + partial + missing); items that need review by hand or do not apply are left out of the share.', '');
    L.push('| item | topic | reported | partial | missing | needs review | n/a | share reporting |', '|---|---|---|---|---|---|---|---|');
    for (const it of cl.items) L.push(`| ${it.key} | ${(it.label ?? '').replace(/\|/g, '/')} | ${it.reported} | ${it.partial} | ${it.missing} | ${it.needsReview ?? 0} | ${it.notApplicable ?? 0} | ${pct(it.share)} |`);
    L.push('');
  }
  if (r.failed.length) {
    L.push('## Not read', '', '| file | problem |', '|---|---|');
    for (const f of r.failed) L.push(`| ${f.path} | ${f.error.replace(/\|/g, '/')} |`);
    L.push('');
  }
  return L.join('\n');
}

function csvCell(v: unknown): string {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Long format: one row per figure (`table,key,label,n,count,share`); split rows carry the mean percent in `share`. */
export function auditToCsv(r: AuditReport): string {
  const rows: unknown[][] = [['table', 'key', 'label', 'n', 'count', 'share']];
  const n = r.checked;
  const rnd = (x: number | null) => (x === null ? null : Math.round(x * 1000) / 1000);
  rows.push(['corpus', 'documents', 'documents checked', r.files, r.checked, null]);
  rows.push(['corpus', 'failed', 'documents not read', r.files, r.failed.length, null]);
  rows.push(['headline', 'external_validation_performed', 'external validation performed', n, r.externalValidation.performed, rnd(n ? r.externalValidation.performed / n : null)]);
  rows.push(['headline', 'external_validation_not_performed', 'external validation explicitly not performed', n, r.externalValidation.notPerformed, rnd(n ? r.externalValidation.notPerformed / n : null)]);
  rows.push(['headline', 'code_public', 'code publicly available', n, r.code.public, rnd(n ? r.code.public / n : null)]);
  rows.push(['headline', 'code_on_request', 'code on request', n, r.code.onRequest, rnd(n ? r.code.onRequest / n : null)]);
  rows.push(['headline', 'data_public', 'data publicly available', n, r.data.public, rnd(n ? r.data.public / n : null)]);
  rows.push(['split', 'stated', 'split proportions stated or computable', n, r.split.n, rnd(n ? r.split.n / n : null)]);
  for (const k of ['train', 'validation', 'test'] as const) rows.push(['split', k, `mean ${k} % (studies stating a split)`, r.split.n, null, r.split[k]]);
  for (const [table, groups] of [['modality', r.byModality], ['year', r.byYear]] as const) {
    for (const g of groups) {
      rows.push([table, g.group, 'external validation performed', g.n, g.externalValidation, rnd(g.n ? g.externalValidation / g.n : null)]);
      rows.push([table, g.group, 'code publicly available', g.n, g.codePublic, rnd(g.n ? g.codePublic / g.n : null)]);
      rows.push([table, g.group, 'data shared', g.n, g.dataShared, rnd(g.n ? g.dataShared / g.n : null)]);
    }
  }
  for (const c of r.concepts) rows.push(['concept', c.key, c.key, c.n, c.reported + c.partial, rnd(c.share)]);
  for (const cl of r.checklists) for (const it of cl.items) rows.push([cl.id, it.key, it.label, it.reported + it.partial + it.missing, it.reported + it.partial, rnd(it.share)]);
  for (const f of r.failed) rows.push(['failed', f.path, f.error, null, null, null]);
  return rows.map((row) => row.map(csvCell).join(',')).join('\n') + '\n';
}

export function auditToJson(r: AuditReport): string {
  return `${JSON.stringify(r, null, 2)}\n`;
}

