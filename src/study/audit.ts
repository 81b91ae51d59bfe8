/**
 * Corpus audit (`reportlint audit <files or folders>`): every manuscript is read and run through the detectors
 * once, every study description is parsed and mapped onto concepts; each document gives a small record
 * (concept statuses, checklist item verdicts, split percentages, external validation, code and data
 * availability, modality, year), and the records add up to the figures a systematic reviewer reports.
 *
 * Large batches run on a pool of worker threads sized to the cores (each worker checks one file at a time and
 * returns only its record, so memory stays flat); small batches and source runs (tests) stay in-process.
 */
import { readdirSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { detectAll, detectedConcepts } from '../concepts/index.js';
import type { Finding } from '../concepts/types.js';
import type { Checklist, VerdictStatus } from '../checklists/types.js';
import { chooseChecklists } from '../engine/check.js';
import { judgeChecklist } from '../engine/verdicts.js';
import { MANUSCRIPT_EXTENSIONS, STUDY_EXTENSIONS } from '../readers/formats.js';
import { decodeText, readInputBytes, readManuscript } from '../readers/index.js';
import { textFacts } from './extract.js';
import { classifyDescription, loadStudyText, studyKnownConcepts } from './merge.js';
import { looksLikeStudyDescription, StudyError } from './parse.js';

export type ConceptStatus = 'reported' | 'partial' | 'missing';

/** What one document contributes to the audit. */
export interface AuditRecord {
  path: string;
  kind: 'manuscript' | 'description';
  title?: string;
  studyType: string;
  year?: number;
  modalities: string[];
  /** status of every concept that can be judged for this kind of document */
  concepts: Record<string, ConceptStatus>;
  /** headline values (data_source, data_partitioning, external_validation, code_availability, data_availability) */
  values: Record<string, string>;
  /** checklist id → item id → verdict */
  items: Record<string, Record<string, VerdictStatus>>;
  /** split shares in percent, where stated (proportions, or computed from counts) */
  split?: { train: number; validation: number; test: number; from: 'proportions' | 'counts' };
}

export interface AuditFailure {
  path: string;
  error: string;
}

export interface ShareRow {
  key: string;
  label?: string;
  /** documents in which it can be judged */
  n: number;
  reported: number;
  partial: number;
  missing: number;
  needsReview?: number;
  notApplicable?: number;
  /** (reported + partial) / (reported + partial + missing) */
  share: number | null;
}

export interface GroupRow {
  group: string;
  n: number;
  externalValidation: number;
  codePublic: number;
  dataShared: number;
}

export interface AuditReport {
  tool: 'reportlint';
  measuredAt: string;
  durationMs: number;
  inputs: string[];
  files: number;
  checked: number;
  manuscripts: number;
  descriptions: number;
  failed: AuditFailure[];
  checklists: Array<{ id: string; name: string; items: ShareRow[] }>;
  concepts: ShareRow[];
  split: { n: number; train: number | null; validation: number | null; test: number | null; withValidation: number };
  externalValidation: { performed: number; notPerformed: number; notStated: number };
  code: { public: number; onRequest: number; notAvailable: number; notStated: number };
  data: { public: number; onRequest: number; restricted: number; withinPaper: number; notAvailable: number; notStated: number };
  byModality: GroupRow[];
  byYear: GroupRow[];
  records?: AuditRecord[];
}

// ---------------------------------------------------------------------------------------------------------
// collecting files

const MANUSCRIPT_EXT = MANUSCRIPT_EXTENSIONS;
const STUDY_EXT = STUDY_EXTENSIONS;
const SKIP_NAMES = /^(labels\.csv|readme(\.\w+)?|license(\.\w+)?|changelog(\.\w+)?|package(-lock)?\.json|tsconfig\.json|study-types\.csv)$/i;

/** Every supported file under the given files and folders (folders recursively; hidden, README, labels.csv skipped). */
export function collectFiles(paths: string[]): { files: string[]; failed: AuditFailure[] } {
  const files: string[] = [];
  const failed: AuditFailure[] = [];
  const walk = (dir: string) => {
    let entries: string[];
    try {
      entries = readdirSync(dir).sort();
    } catch (e) {
      failed.push({ path: dir, error: `cannot read folder (${(e as NodeJS.ErrnoException).code ?? 'error'})` });
      return;
    }
    for (const name of entries) {
      if (name.startsWith('.') || name === 'node_modules' || SKIP_NAMES.test(name)) continue;
      const p = join(dir, name);
      let st;
      try {
        st = statSync(p);
      } catch {
        continue;
      }
      if (st.isDirectory()) walk(p);
      else if (st.isFile()) {
        const ext = extname(name).toLowerCase();
        if (MANUSCRIPT_EXT.has(ext)) files.push(p);
        else if (STUDY_EXT.has(ext)) {
          // only YAML/JSON files that are study descriptions (not configs or checklists)
          try {
            if (looksLikeStudyDescription(decodeText(p, readInputBytes(p)), p)) files.push(p);
          } catch {
            /* unreadable: skipped like any non-study file */
          }
        }
      }
    }
  };
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch {
      failed.push({ path: p, error: 'no such file or folder' });
      continue;
    }
    if (st.isDirectory()) walk(p);
    else files.push(p);
  }
  return { files: [...new Set(files)], failed };
}

// ---------------------------------------------------------------------------------------------------------
// one document

function statuses(findings: Map<string, Finding>, known: Set<string>): Record<string, ConceptStatus> {
  const out: Record<string, ConceptStatus> = {};
  for (const c of known) out[c] = findings.get(c)?.status ?? 'missing';
  return out;
}

const HEADLINE = ['data_source', 'data_partitioning', 'external_validation', 'code_availability', 'data_availability'];

function values(findings: Map<string, Finding>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const c of HEADLINE) {
    const f = findings.get(c);
    if (f && f.status !== 'missing' && f.value) out[c] = f.value;
  }
  return out;
}

const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : undefined);

/** Train/validation/test shares in percent from a data_partitioning finding, where it states them. */
export function splitPercent(f: Finding | undefined): AuditRecord['split'] {
  if (!f || f.status === 'missing' || !f.details) return undefined;
  const d = f.details;
  const p = (d.proportions ?? {}) as Record<string, unknown>;
  const [pt, pv, ps] = [num(p.train), num(p.validation), num(p.test)];
  if (pt !== undefined && ps !== undefined) {
    const v = pv ?? 0;
    const sum = pt + v + ps;
    if (sum >= 98 && sum <= 102) return { train: pt, validation: v, test: ps, from: 'proportions' };
  }
  const [ct, cv, cs] = [num(d.train), num(d.validation), num(d.test)];
  if (ct !== undefined && cs !== undefined && ct > 0 && cs > 0) {
    const total = ct + (cv ?? 0) + cs;
    const r = (x: number) => Math.round((x / total) * 1000) / 10;
    return { train: r(ct), validation: r(cv ?? 0), test: r(cs), from: 'counts' };
  }
  return undefined;
}

function items(checklists: Checklist[], findings: Map<string, Finding>, known: Set<string>): AuditRecord['items'] {
  const out: AuditRecord['items'] = {};
  for (const cl of checklists) {
    const r = judgeChecklist(cl, findings, { known });
    out[cl.id] = Object.fromEntries(r.items.map((i) => [i.id, i.status]));
  }
  return out;
}

/** Audit one file: a study description (by extension) or a manuscript of any supported format. */
export async function auditFile(path: string, spec: string): Promise<AuditRecord> {
  const ext = extname(path).toLowerCase();
  if (STUDY_EXT.has(ext)) {
    const s = loadStudyText(decodeText(path, readInputBytes(path)), path);
    const st = classifyDescription(s);
    const known = studyKnownConcepts();
    const cls = chooseChecklists(spec === 'auto' && st.checklists.length ? st.checklists.join(',') : spec, null);
    const rec: AuditRecord = {
      path,
      kind: 'description',
      title: s.description.title,
      studyType: st.type,
      modalities: [...(s.description.imaging?.modalities ?? [])],
      concepts: statuses(s.findings, known),
      values: values(s.findings),
      items: items(cls, s.findings, known),
    };
    if (s.description.year !== undefined) rec.year = s.description.year;
    const sp = splitPercent(s.findings.get('data_partitioning'));
    if (sp) rec.split = sp;
    return rec;
  }
  const ms = await readManuscript(path);
  const findings = detectAll(ms);
  const known = detectedConcepts();
  const facts = textFacts(ms);
  let studyType = 'other';
  let cls: Checklist[];
  if (spec === 'auto') {
    const { classifyStudy } = await import('../engine/study-type.js');
    const st = classifyStudy(ms);
    studyType = st.type;
    cls = chooseChecklists('auto', st);
  } else cls = chooseChecklists(spec, null);
  const rec: AuditRecord = {
    path,
    kind: 'manuscript',
    ...(ms.title ? { title: ms.title } : {}),
    studyType,
    modalities: facts.modalities.map((m) => m.key),
    concepts: statuses(findings, known),
    values: values(findings),
    items: items(cls, findings, known),
  };
  if (facts.year !== undefined) rec.year = facts.year;
  const sp = splitPercent(findings.get('data_partitioning'));
  if (sp) rec.split = sp;
  return rec;
}

function errorText(e: unknown): string {
  if (e instanceof StudyError) return `invalid study description (${e.issues.length} problem${e.issues.length === 1 ? '' : 's'}; first: line ${e.issues[0]?.line}: ${e.issues[0]?.message})`;
  return e instanceof Error ? e.message.split('\n')[0]! : String(e);
}

// ---------------------------------------------------------------------------------------------------------
// worker pool

interface WorkerRequest {
  i: number;
  path: string;
}
type WorkerReply = { i: number; record: AuditRecord } | { i: number; error: string };

if (!isMainThread && (workerData as { reportlintAudit?: boolean } | null)?.reportlintAudit && parentPort) {
  const port = parentPort;
  const spec = (workerData as { spec: string }).spec;
  port.on('message', (m: WorkerRequest) => {
    auditFile(m.path, spec).then(
      (record) => port.postMessage({ i: m.i, record } satisfies WorkerReply),
      (e: unknown) => port.postMessage({ i: m.i, error: errorText(e) } satisfies WorkerReply),
    );
  });
}

export interface AuditOptions {
  /** "all" (default: the three current checklists), "auto" (per document) or ids/files */
  checklists?: string;
  /** worker threads; default the number of cores; 1 = in-process */
  jobs?: number;
  /** called after every file */
  onProgress?: (done: number, total: number, failed: number) => void;
  /** keep the per-document records in the report */
  keepRecords?: boolean;
}

async function runPool(files: string[], spec: string, jobs: number, onDone: (i: number, r: WorkerReply) => void): Promise<void> {
  const url = new URL(import.meta.url);
  let next = 0;
  const workers: Worker[] = [];
  await new Promise<void>((resolve, reject) => {
    let active = 0;
    let finished = 0;
    const feed = (w: Worker) => {
      if (next >= files.length) {
        void w.terminate();
        return;
      }
      const i = next++;
      w.postMessage({ i, path: files[i]! } satisfies WorkerRequest);
    };
    for (let k = 0; k < Math.min(jobs, files.length); k++) {
      const w = new Worker(url, { workerData: { reportlintAudit: true, spec } });
      workers.push(w);
      active++;
      w.on('message', (r: WorkerReply) => {
        onDone(r.i, r);
        finished++;
        if (finished === files.length) resolve();
        else feed(w);
      });
      w.on('error', (e) => reject(e));
      w.on('exit', () => {
        active--;
        if (active === 0 && finished < files.length) reject(new Error('audit workers stopped early'));
      });
      feed(w);
    }
  }).finally(() => {
    for (const w of workers) void w.terminate();
  });
}

/** Audit files and folders; resolves to the corpus figures. Unreadable files are counted, not fatal. */
export async function audit(paths: string[], opts: AuditOptions = {}): Promise<AuditReport> {
  const t0 = performance.now();
  const spec = opts.checklists ?? 'all';
  // resolve once up front so that a bad checklist fails before any work
  const checklistList = spec === 'auto' ? chooseChecklists('all', null) : chooseChecklists(spec, null);
  const { files, failed } = collectFiles(paths);
  const results: Array<AuditRecord | undefined> = new Array(files.length);
  const errors: Array<string | undefined> = new Array(files.length);
  let done = 0;
  let nFailed = 0;
  const onDone = (i: number, r: WorkerReply) => {
    if ('record' in r) results[i] = r.record;
    else {
      errors[i] = r.error;
      nFailed++;
    }
    done++;
    opts.onProgress?.(done, files.length, nFailed);
  };
  const cores = Math.max(1, availableParallelism());
  const jobs = Math.max(1, Math.min(opts.jobs ?? cores, 16));
  const compiled = fileURLToPath(import.meta.url).endsWith('.js');
  if (jobs > 1 && compiled && files.length >= 8) await runPool(files, spec, jobs, onDone);
  else {
    for (let i = 0; i < files.length; i++) {
      try {
        onDone(i, { i, record: await auditFile(files[i]!, spec) });
      } catch (e) {
        onDone(i, { i, error: errorText(e) });
      }
    }
  }
  const records = results.filter((r): r is AuditRecord => Boolean(r));
  files.forEach((f, i) => errors[i] !== undefined && failed.push({ path: f, error: errors[i]! }));
  const report = summarise(records, checklistList, { inputs: paths, files: files.length, failed, durationMs: performance.now() - t0 });
  if (opts.keepRecords) report.records = records;
  return report;
}

// ---------------------------------------------------------------------------------------------------------
// figures

function share(reported: number, partial: number, missing: number): number | null {
  const d = reported + partial + missing;
  return d ? (reported + partial) / d : null;
}

const mean = (xs: number[]) => (xs.length ? Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 10) / 10 : null);

function groupRows(records: AuditRecord[], keyOf: (r: AuditRecord) => string[]): GroupRow[] {
  const groups = new Map<string, AuditRecord[]>();
  for (const r of records) for (const k of keyOf(r)) groups.set(k, [...(groups.get(k) ?? []), r]);
  return [...groups.entries()]
    .map(([group, rs]) => ({
      group,
      n: rs.length,
      externalValidation: rs.filter((r) => r.values.external_validation === 'performed').length,
      codePublic: rs.filter((r) => r.values.code_availability === 'public').length,
      dataShared: rs.filter((r) => ['public', 'on_request', 'restricted', 'within_paper'].includes(r.values.data_availability ?? '')).length,
    }))
    .sort((a, b) => (a.group === 'not stated' ? 1 : b.group === 'not stated' ? -1 : a.group.localeCompare(b.group)));
}

/** Add up records into the corpus figures. */
export function summarise(
  records: AuditRecord[],
  checklists: Checklist[],
  meta: { inputs: string[]; files: number; failed: AuditFailure[]; durationMs: number },
): AuditReport {
  const conceptKeys = [...new Set(records.flatMap((r) => Object.keys(r.concepts)))].sort();
  const concepts: ShareRow[] = conceptKeys.map((key) => {
    const rs = records.filter((r) => r.concepts[key] !== undefined);
    const c = (s: ConceptStatus) => rs.filter((r) => r.concepts[key] === s).length;
    const [reported, partial, missing] = [c('reported'), c('partial'), c('missing')];
    return { key, n: rs.length, reported, partial, missing, share: share(reported, partial, missing) };
  });
  const cls = checklists.map((cl) => {
    const rs = records.filter((r) => r.items[cl.id]);
    return {
      id: cl.id,
      name: cl.name,
      items: cl.items.map((it): ShareRow => {
        const c = (s: VerdictStatus) => rs.filter((r) => r.items[cl.id]![it.id] === s).length;
        const [reported, partial, missing] = [c('reported'), c('partial'), c('missing')];
        return { key: it.id, label: it.topic, n: rs.length, reported, partial, missing, needsReview: c('needs-review'), notApplicable: c('not-applicable'), share: share(reported, partial, missing) };
      }),
    };
  });
  const splits = records.map((r) => r.split).filter((s): s is NonNullable<AuditRecord['split']> => Boolean(s));
  const v = (c: string, x: string) => records.filter((r) => r.values[c] === x).length;
  const stated = (c: string) => records.filter((r) => r.values[c] !== undefined).length;
  return {
    tool: 'reportlint',
    measuredAt: new Date().toISOString(),
    durationMs: Math.round(meta.durationMs),
    inputs: meta.inputs,
    files: meta.files,
    checked: records.length,
    manuscripts: records.filter((r) => r.kind === 'manuscript').length,
    descriptions: records.filter((r) => r.kind === 'description').length,
    failed: meta.failed,
    checklists: cls,
    concepts,
    split: {
      n: splits.length,
      train: mean(splits.map((s) => s.train)),
      validation: mean(splits.map((s) => s.validation)),
      test: mean(splits.map((s) => s.test)),
      withValidation: splits.filter((s) => s.validation > 0).length,
    },
    externalValidation: { performed: v('external_validation', 'performed'), notPerformed: v('external_validation', 'not_performed'), notStated: records.length - stated('external_validation') },
    code: { public: v('code_availability', 'public'), onRequest: v('code_availability', 'on_request'), notAvailable: v('code_availability', 'not_available'), notStated: records.length - stated('code_availability') },
    data: {
      public: v('data_availability', 'public'),
      onRequest: v('data_availability', 'on_request'),
      restricted: v('data_availability', 'restricted'),
      withinPaper: v('data_availability', 'within_paper'),
      notAvailable: v('data_availability', 'not_available'),
      notStated: records.length - stated('data_availability'),
    },
    byModality: groupRows(records, (r) => (r.modalities.length ? r.modalities : ['not stated'])),
    byYear: groupRows(records, (r) => [r.year !== undefined ? String(r.year) : 'not stated']),
  };
}

// ---------------------------------------------------------------------------------------------------------
// output

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

/** Paths in a report relative to a folder, for stable documentation output. */
export function relativePaths(r: AuditReport, base: string): AuditReport {
  return { ...r, failed: r.failed.map((f) => ({ ...f, path: relative(base, f.path) || basename(f.path) })) };
}
