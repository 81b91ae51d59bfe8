/**
 * `reportlint check paper.md --study study.yaml`: a pure merge of two sources of findings. The description fills
 * what the manuscript lacks; where both speak but say different things, the disagreement is listed.
 */
import type { Evidence, Finding } from '../concepts/types.js';
import { checkSource, type EngineOptions, type FindingSource } from '../engine/check.js';
import type { Disagreement, FileResult } from '../engine/types.js';
import type { Manuscript } from '../manuscript/model.js';
import { manuscriptSource } from '../sources/manuscript.js';
import { formatPath } from './parse.js';
import { STUDY_CONCEPTS, STUDY_RULE } from './to-findings.js';
import type { LoadedStudy } from './source.js';
/**
 * Combine the manuscript's findings with the description's: the manuscript's stand where it reports a concept;
 * where it does not (or only partially, and the description fully), the description's finding takes over,
 * with a reason that says so.
 */
export function mergeFindings(ms: Map<string, Finding>, st: Map<string, Finding>): Map<string, Finding> {
  const out = new Map(ms);
  for (const [c, d] of st) {
    if (d.status === 'missing') continue;
    const m = ms.get(c);
    if (!m || m.status === 'missing') {
      out.set(c, { ...d, reason: `Not found in the manuscript; stated in the study description. ${d.reason ?? ''}`.trim() });
    } else if (m.status === 'partial' && d.status === 'reported') {
      out.set(c, {
        ...d,
        evidence: [...m.evidence, ...d.evidence],
        reason: `Only partly reported in the manuscript (${m.reason ?? m.rule}); completed by the study description.`,
      });
    }
  }
  return out;
}

const SPLIT_KEYS = ['train', 'validation', 'test'] as const;

function num(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

function splitOf(f: Finding | undefined): { counts: Record<string, number>; props: Record<string, number>; unit?: string } {
  const d = (f && f.status !== 'missing' ? f.details : undefined) ?? {};
  const counts: Record<string, number> = {};
  const props: Record<string, number> = {};
  const p = (d.proportions ?? {}) as Record<string, unknown>;
  for (const k of SPLIT_KEYS) {
    const n = num(d[k]);
    if (n !== undefined) counts[k] = n;
    const q = num(p[k]);
    if (q !== undefined) props[k] = q;
  }
  return { counts, props, ...(typeof d.unit === 'string' ? { unit: d.unit } : {}) };
}

const UNIT_NORMAL: Record<string, string> = { patient: 'patients', subject: 'patients', subjects: 'patients', participants: 'patients', participant: 'patients', image: 'images', scan: 'images', scans: 'images' };
const normUnit = (u: string | undefined) => (u ? UNIT_NORMAL[u.toLowerCase()] ?? u.toLowerCase() : undefined);

function describe(f: Finding | undefined): string | null {
  if (!f || f.status === 'missing') return null;
  return f.value ?? (f.notDone ? 'not done' : f.status);
}

const VALUE_WORDS: Record<string, Record<string, string>> = {
  external_validation: { performed: 'was performed', not_performed: 'was not performed' },
};

/** Where the manuscript and the description disagree (both speak and differ, or the description claims what the text omits). */
export function findDisagreements(ms: Map<string, Finding>, s: LoadedStudy): Disagreement[] {
  const out: Disagreement[] = [];
  const st = s.findings;
  const msEv = (f: Finding | undefined) => (f && f.status !== 'missing' ? f.evidence.slice(0, 2) : []);
  const dEv = (path: (string | number)[], text?: string) => {
    const key = formatPath(path);
    const pos = s.positions[key];
    const e: Evidence = { text: text ?? key, section: key, rule: STUDY_RULE, file: s.file };
    if (pos) {
      e.line = pos.line;
      e.column = pos.column;
    }
    return e;
  };

  // external validation: performed in the description, but not performed or not mentioned in the manuscript
  {
    const d = st.get('external_validation');
    const m = ms.get('external_validation');
    const dv = describe(d);
    const mv = describe(m);
    if (d && dv && dv !== mv && (dv === 'performed' || mv !== null)) {
      const w = VALUE_WORDS.external_validation!;
      out.push({
        concept: 'external_validation',
        manuscript: mv,
        description: dv,
        field: 'external_validation.performed',
        message: `The study description says external validation ${w[dv] ?? dv}; the manuscript ${mv === null ? 'does not mention it' : `says it ${w[mv] ?? mv}`}.`,
        evidence: [...msEv(m), dEv(['external_validation', 'performed'], `external_validation.performed: ${String(s.description.external_validation?.performed)}`)],
      });
    }
  }

  // availability values
  for (const [concept, field] of [
    ['data_availability', ['data', 'availability']],
    ['code_availability', [s.description.code ? 'code' : 'trained_model', 'availability']],
  ] as const) {
    const d = st.get(concept);
    const m = ms.get(concept);
    if (!d?.value || !m || m.status === 'missing' || !m.value || m.value === d.value) continue;
    out.push({
      concept,
      manuscript: m.value,
      description: d.value,
      field: formatPath(field),
      message: `${concept === 'data_availability' ? 'Data' : 'Code'} availability: the study description says ${d.value}, the manuscript says ${m.value}.`,
      evidence: [...msEv(m), dEv([...field], `${formatPath(field)}: ${d.value}`)],
    });
  }

  // declarations: done vs explicitly not done
  for (const [concept, path, yes, no] of [
    ['registration', ['registration', 'registered'], 'registered', 'not registered'],
    ['funding', ['funding', 'funded'], 'funded', 'not funded'],
    ['conflicts_of_interest', ['conflicts_of_interest', 'present'], 'competing interests declared', 'no competing interests'],
  ] as const) {
    const d = st.get(concept);
    const m = ms.get(concept);
    if (!d || d.status === 'missing' || !m || m.status === 'missing') continue;
    const dNone = concept === 'conflicts_of_interest' ? d.value === 'none' : concept === 'funding' ? d.value === 'none' : Boolean(d.notDone);
    const mNone = concept === 'conflicts_of_interest' ? m.value === 'none' || (m.value === undefined && Boolean(m.notDone)) : Boolean(m.notDone);
    if (concept === 'conflicts_of_interest' && m.value === undefined && !m.notDone) continue;
    if (dNone === mNone) continue;
    out.push({
      concept,
      manuscript: mNone ? no : yes,
      description: dNone ? no : yes,
      field: formatPath(path),
      message: `${concept}: the study description says ${dNone ? no : yes}, the manuscript says ${mNone ? no : yes}.`,
      evidence: [...msEv(m), dEv([...path], `${formatPath(path)}: ${String((s.description as unknown as Record<string, Record<string, unknown> | undefined>)[path[0]]?.[path[1]])}`)],
    });
  }

  // split counts and proportions
  {
    const d = splitOf(st.get('data_partitioning'));
    const m = splitOf(ms.get('data_partitioning'));
    const mf = ms.get('data_partitioning');
    const sameUnit = !d.unit || !m.unit || normUnit(d.unit) === normUnit(m.unit);
    for (const k of SPLIT_KEYS) {
      if (sameUnit && d.counts[k] !== undefined && m.counts[k] !== undefined && d.counts[k] !== m.counts[k]) {
        out.push({
          concept: 'data_partitioning',
          manuscript: `${k} ${m.counts[k]}${m.unit ? ` ${m.unit}` : ''}`,
          description: `${k} ${d.counts[k]}${d.unit ? ` ${d.unit}` : ''}`,
          field: `split.${k}`,
          message: `Split: the study description gives ${d.counts[k]} for ${k}, the manuscript ${m.counts[k]}.`,
          evidence: [...msEv(mf), dEv(['split', k], `split.${k}: ${d.counts[k]}`)],
        });
      }
      if (d.props[k] !== undefined && m.props[k] !== undefined && Math.abs(d.props[k]! - m.props[k]!) > 1) {
        out.push({
          concept: 'data_partitioning',
          manuscript: `${k} ${m.props[k]}%`,
          description: `${k} ${d.props[k]}%`,
          field: `split.proportions.${k}`,
          message: `Split: the study description gives ${d.props[k]}% for ${k}, the manuscript ${m.props[k]}%.`,
          evidence: [...msEv(mf), dEv(['split', 'proportions', k], `split.proportions.${k}: ${d.props[k]}`)],
        });
      }
    }
  }
  return out;
}

/** The manuscript's source with the description's findings merged in, its study type, and the disagreements. */
export function mergeSources(ms: FindingSource, s: LoadedStudy): FindingSource {
  const known = new Set(ms.known);
  for (const c of STUDY_CONCEPTS) known.add(c);
  return { ...ms, findings: mergeFindings(ms.findings, s.findings), known, disagreements: findDisagreements(ms.findings, s) };
}

/** Check a manuscript together with its description: merged findings, the manuscript's study type, disagreements. */
export function checkWithStudy(ms: Manuscript, s: LoadedStudy, opts: EngineOptions = {}, msFindings?: Map<string, Finding>): FileResult {
  return checkSource(mergeSources(manuscriptSource(ms, msFindings), s), opts);
}
