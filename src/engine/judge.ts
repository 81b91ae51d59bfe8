/**
 * The engine only judges: given the findings of one source (a manuscript or a study description) and the
 * checklists, it computes every item's verdict, the summaries, and where each item points. It knows nothing of
 * formats, readers, study descriptions or how concepts are detected.
 */
import type { Evidence, Finding, Presupposition } from '../concepts/types.js';
import type { Applicability, Checklist, ChecklistResult, DonePremise, ItemRequirement } from '../checklists/types.js';
import type { Position, SectionKind } from '../manuscript/model.js';
import type { ConceptResult, StudyTypeResult } from './types.js';
import { judgeChecklist } from './verdicts.js';

/** What the engine judges. */
export interface Judgeable {
  /** one finding per concept the source speaks about */
  findings: Map<string, Finding>;
  /** concepts the source can state at all: absent ones are missing, the others need review */
  known: Set<string>;
  studyType: StudyTypeResult | null;
  /** where items without evidence point: the start of the first section of each kind, in document order */
  anchors?: ReadonlyArray<{ kind: SectionKind; start: Position }>;
  /** concepts the study design makes inapplicable (no model trained, a retrospective design), with the reason */
  inapplicable?: ReadonlyMap<string, string>;
  /** presuppositions the manuscript shows to be false, with the reason (items may declare their own) */
  unmet?: ReadonlyMap<Presupposition, string>;
  /** what items may require that the manuscript shows it lacks (results without their precision), with the reason */
  lacking?: ReadonlyMap<ItemRequirement, string>;
  /** situations the manuscript shows that make "if done" items apply (data from several sites), with the reason */
  shown?: ReadonlyMap<DonePremise, string>;
  /** concepts not found that the manuscript answers in part all the same (counts of the data used for the flow) */
  partly?: ReadonlyMap<string, NonNullable<Finding['itemPartial']>>;
  /** what the study does (development / evaluation), when the source can tell */
  studyRoles?: Applicability[];
}

export interface JudgeOptions {
  /** development / evaluation: restrict TRIPOD-style items; default: every item applies */
  studyRoles?: Applicability[];
}

/** Judge every checklist against the findings. */
export function judge(input: Judgeable, checklists: readonly Checklist[], opts: JudgeOptions = {}): ChecklistResult[] {
  const { findings, known } = input;
  const roles = opts.studyRoles ?? input.studyRoles;
  const o = {
    known,
    ...(roles ? { studyRoles: roles } : {}),
    ...(input.inapplicable?.size ? { inapplicable: input.inapplicable } : {}),
    ...(input.unmet?.size ? { unmet: input.unmet } : {}),
    ...(input.lacking?.size ? { lacking: input.lacking } : {}),
    ...(input.shown?.size ? { shown: input.shown } : {}),
    ...(input.partly?.size ? { partly: input.partly } : {}),
  };
  return checklists.map((cl) => placeItems(judgeChecklist(cl, findings, o), input.anchors ?? []));
}

const ITEM_SECTION: Record<string, SectionKind[]> = {
  title: ['title'],
  abstract: ['abstract'],
  'title/abstract': ['title', 'abstract'],
  introduction: ['introduction'],
  methods: ['methods'],
  results: ['results'],
  discussion: ['discussion'],
  other: ['declarations'],
};

function evidencePlace(e: Evidence): Position {
  const p: Position = {};
  if (e.line !== undefined) {
    p.line = e.line;
    p.column = e.column ?? 1;
  }
  if (e.page !== undefined) p.page = e.page;
  if (e.paragraph !== undefined) p.paragraph = e.paragraph;
  if (e.file) p.file = e.file;
  return p;
}

/** Give every item a place: its first evidence, or the start of the section where it belongs. */
function placeItems(r: ChecklistResult, anchors: NonNullable<Judgeable['anchors']>): ChecklistResult {
  for (const it of r.items) {
    const e = it.evidence[0] ?? it.candidate;
    const kinds = ITEM_SECTION[it.section.toLowerCase()];
    const anchor = kinds ? anchors.find((a) => kinds.includes(a.kind))?.start : undefined;
    // the first evidence's line (with its column, 1 if none), page, paragraph and file, or the anchor's
    const p: Position = e ? evidencePlace(e) : (anchor ?? { line: 1, column: 1 });
    const place: NonNullable<typeof it.place> = {};
    if (p.line !== undefined) place.line = p.line;
    if (p.column !== undefined) place.column = p.column;
    if (p.page !== undefined) place.page = p.page;
    if (p.paragraph !== undefined) place.paragraph = p.paragraph;
    // the sentence is in another file than the one checked (a LaTeX \input): reporters name that file
    if (p.file) place.file = p.file;
    it.place = place;
  }
  return r;
}

/** The concept part of the JSON: every known concept, with its finding or as missing. */
export function conceptResults(findings: Map<string, Finding>, known: Set<string>): ConceptResult[] {
  const out: ConceptResult[] = [];
  for (const id of [...known].sort()) {
    const f = findings.get(id);
    if (!f) {
      out.push({ id, status: 'missing', value: null, confidence: 0.5, rule: 'no-finding', evidence: [] });
      continue;
    }
    // built field by field (no spreads), in the key order of the JSON output
    const r = { id, status: f.status, value: f.value ?? null } as ConceptResult;
    if (f.notDone) r.notDone = true;
    if (f.details) r.details = f.details;
    r.confidence = Number(f.confidence.toFixed(3));
    r.rule = f.rule;
    if (f.reason) r.reason = f.reason;
    r.evidence = f.evidence;
    out.push(r);
  }
  return out;
}
