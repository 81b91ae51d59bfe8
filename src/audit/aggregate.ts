/** Audit step 3, aggregate: add up the per-document records into the corpus figures a systematic reviewer reports. */
import type { Checklist, VerdictStatus } from '../checklists/types.js';
import type { AuditFailure, AuditRecord, AuditReport, ConceptStatus, GroupRow, ShareRow } from './types.js';

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

function conceptRows(records: AuditRecord[]): ShareRow[] {
  const conceptKeys = [...new Set(records.flatMap((r) => Object.keys(r.concepts)))].sort();
  return conceptKeys.map((key) => {
    const rs = records.filter((r) => r.concepts[key] !== undefined);
    const c = (s: ConceptStatus) => rs.filter((r) => r.concepts[key] === s).length;
    const [reported, partial, missing] = [c('reported'), c('partial'), c('missing')];
    return { key, n: rs.length, reported, partial, missing, share: share(reported, partial, missing) };
  });
}

function checklistRows(records: AuditRecord[], checklists: Checklist[]): AuditReport['checklists'] {
  return checklists.map((cl) => {
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
}

/** Add up records into the corpus figures. */
export function summarise(
  records: AuditRecord[],
  checklists: Checklist[],
  meta: { inputs: string[]; files: number; failed: AuditFailure[]; durationMs: number },
): AuditReport {
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
    checklists: checklistRows(records, checklists),
    concepts: conceptRows(records),
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
