/**
 * Drafting a study description from a manuscript (`reportlint extract`): the detectors' findings give the
 * structured fields (split counts, sources, availability, external validation, model, metrics, software ...),
 * a little text extraction adds what no detector records (modality, anatomy, year). Every field remembers the
 * sentence it came from, written as a `# from line 42: "…"` comment after it. Nothing is guessed: what the
 * manuscript does not say stays out.
 *
 * The draft is checked against the manuscript before it is returned: for every concept the draft fills, the
 * findings of the draft (studyToFindings) must agree with the manuscript's (status, and the value of the five
 * headline concepts); fields that would make `check` disagree are dropped.
 */
import { detectAll } from '../concepts/index.js';
import type { Finding } from '../concepts/types.js';
import type { Manuscript } from '../manuscript/model.js';
import { buildDraft } from './extract/build-draft.js';
import type { StudyDraft } from './extract/draft.js';
import { textFacts } from './extract/text-facts.js';
import { formatPath } from './parse.js';
import { StudyDescription } from './schema.js';
import { studyToFindings } from './to-findings.js';

export type { StudyDraft } from './extract/draft.js';
export { textFacts } from './extract/text-facts.js';
export { draftToJson, draftToYaml } from './extract/draft-output.js';

/** The five concepts whose value (not only status) must agree. */
export const HEADLINE_VALUES = ['data_source', 'data_partitioning', 'external_validation', 'code_availability', 'data_availability'];

function agrees(m: Finding | undefined, s: Finding): boolean {
  const ms = m?.status ?? 'missing';
  if (s.status === 'missing') return true; // not filled
  if (ms !== s.status) return false;
  if (Boolean(m?.notDone) !== Boolean(s.notDone) && ['external_validation', 'code_availability', 'data_availability', 'registration', 'protocol'].includes(s.concept)) return false;
  if (HEADLINE_VALUES.includes(s.concept) && (m?.value ?? null) !== (s.value ?? null)) return false;
  return true;
}

/**
 * Draft a study description from a manuscript (and its findings, when already computed). The description
 * validates against the schema; concepts it fills agree with the manuscript's findings.
 */
export function extractStudy(ms: Manuscript, findings: Map<string, Finding> = detectAll(ms)): StudyDraft {
  const facts = textFacts(ms);
  const d = buildDraft(ms, findings, facts);
  const dropped: string[] = [];
  for (let round = 0; round < 3; round++) {
    const parsed = StudyDescription.safeParse(d.data);
    if (!parsed.success) {
      // a field the schema refuses: drop the concepts that own the offending paths
      const bad = new Set(parsed.error.issues.map((i) => formatPath(i.path as PropertyKey[])));
      const owners = [...d.byConcept.entries()].filter(([, paths]) => paths.some((p) => [...bad].some((b) => b.startsWith(formatPath(p)) || formatPath(p).startsWith(b))));
      if (!owners.length) throw new Error(`extract: the draft does not validate: ${[...bad].join(', ')}`);
      for (const [c] of owners) {
        d.remove(c);
        dropped.push(c);
      }
      continue;
    }
    const own = studyToFindings(parsed.data, {}, ms.path);
    const wrong = own.filter((f) => !agrees(findings.get(f.concept), f)).map((f) => f.concept);
    if (!wrong.length) {
      const filled = own.filter((f) => f.status !== 'missing').map((f) => f.concept);
      return { description: parsed.data, sources: d.sources, concepts: filled, dropped, from: ms.path };
    }
    for (const c of wrong) {
      if (c === 'title_id') {
        // the title is required: keep it, but mark it as unconfirmed so that it does not count as filled
        d.set(null, ['title'], `TODO: confirm the title: ${String(d.data.title)}`);
        d.byConcept.delete('title_id');
      } else d.remove(c);
      // a concept fed by fields of several concepts (acquisition from modalities): drop it whole
      if (c === 'acquisition') d.remove('acquisition');
      dropped.push(c);
    }
  }
  throw new Error('extract: the draft does not settle');
}
