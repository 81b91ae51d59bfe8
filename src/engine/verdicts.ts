import { getConcept } from '../concepts/index.js';
import type { Evidence, Finding, Presupposition } from '../concepts/types.js';
import type { Applicability, Checklist, ChecklistItem, ChecklistResult, ChecklistSummary, DonePremise, ItemRequirement, ItemVerdict } from '../checklists/types.js';

export interface JudgeOptions {
  /** concept keys that have a detector (or were filled by a study description); others give needs-review */
  known: Set<string>;
  /** what the study does; items for the other kind become not-applicable. Undefined: every item applies. */
  studyRoles?: Applicability[];
  /** concepts the study design makes inapplicable, with the reason */
  inapplicable?: ReadonlyMap<string, string>;
  /** presuppositions the manuscript shows to be false, with the reason: items that declare them are not applicable */
  unmet?: ReadonlyMap<Presupposition, string>;
  /** what items may require that the manuscript lacks (`requires`): a reported item becomes partial */
  lacking?: ReadonlyMap<ItemRequirement, string>;
  /**
   * situations the manuscript shows: an "if done" item with nothing found applies all the same (`doneWhen`) or asks
   * for a check by hand (`checkWhen`)
   */
  shown?: ReadonlyMap<DonePremise, string>;
  /** concepts not found that the manuscript answers in part all the same (beside a finding's own itemPartial) */
  partly?: ReadonlyMap<string, NonNullable<Finding['itemPartial']>>;
}

const MAX_ITEM_EVIDENCE = 3;

/** Messages name concepts by their label ("Usability for end users"), never by their key. */
function conceptLabel(key: string): string {
  const label = getConcept(key)?.meta.label;
  if (!label) return key.replace(/_/g, ' ');
  // "Code availability" → "code availability"; "AI methodology" stays
  return /^[A-Z][a-z]/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}

/**
 * The evidence of the present findings without repeats (same place and text), at most MAX_ITEM_EVIDENCE: each
 * finding's best sentence first, in item order, then each one's second, and so on (an item of two concepts cites
 * both, not three sentences of the first). A repeat is looked for among the few already kept, as only those are
 * returned.
 */
function mergeEvidence(findings: Finding[], section: string): Evidence[] {
  const out: Evidence[] = [];
  // weak sentences (a figure label, an acknowledgement for a methods item) are cited only when there is nothing else
  const declarationsOk = section === 'Other';
  let weak: Evidence[] | undefined;
  // which of each finding's sentences may be cited, decided once per finding (a finding has only weak ones: all stay)
  const strong: Evidence[][] = [];
  let rounds = 0;
  for (const f of findings) {
    // a finding whose sentences are all strong, or all weak, keeps its own array (no copy: the usual case)
    let nWeak = 0;
    for (const e of f.evidence) if (isWeakEvidence(e, declarationsOk)) nWeak++;
    let keep = f.evidence;
    if (nWeak && nWeak < keep.length) {
      keep = [];
      for (const e of f.evidence) if (isWeakEvidence(e, declarationsOk)) (weak ??= []).push(e);
      else keep.push(e);
    }
    strong.push(keep);
    rounds = Math.max(rounds, keep.length);
  }
  for (let i = 0; i < rounds; i++) {
    for (const keep of strong) {
      const e = keep[i];
      if (!e) continue;
      const at = e.line ?? e.page ?? e.paragraph ?? '';
      let seen = false;
      for (const o of out) {
        if ((o.line ?? o.page ?? o.paragraph ?? '') === at && o.text === e.text) {
          seen = true;
          break;
        }
      }
      if (seen) continue;
      out.push(e);
      if (out.length === MAX_ITEM_EVIDENCE) return out;
    }
  }
  if (out.length) return out;
  for (const e of weak ?? []) {
    if (out.length === MAX_ITEM_EVIDENCE) break;
    if (!out.some((o) => o.text === e.text)) out.push(e);
  }
  return out;
}

/** a section of declarations: thanks, funding, contributions, interests */
/** The reason the manuscript gives for the first of an item's keys (`requires`, `doneWhen`) that it shows, if any. */
function firstReason<K>(keys: readonly K[] | undefined, reasons: ReadonlyMap<K, string> | undefined): string | undefined {
  if (!keys || !reasons) return undefined;
  for (const k of keys) {
    const r = reasons.get(k);
    if (r !== undefined) return r;
  }
  return undefined;
}

const DECLARATIONS = /^(?:acknowledge?ments?|funding|financial (?:support|disclosure)|author(?:s'?)? contributions?|contributions|competing interests?|conflicts? of interests?|declarations?|disclosures?)\b/i;

/**
 * A sentence that shows little about the item on its own: a figure or table label of at most four words without a
 * verb or a value after a colon ("Ground Truth (WT)"), or, for an item outside the declarations, a line of the acknowledgements or the
 * author contributions.
 */
function isWeakEvidence(e: Evidence, declarationsOk: boolean): boolean {
  const w = weakness(e);
  return (!declarationsOk && w.inDeclarations) || w.label;
}

/**
 * What makes a piece of evidence weak depends on the evidence alone, and the same evidence object is judged for
 * every item of every checklist that names its concept: decided once per evidence (a split and three regular
 * expressions per item and evidence were a tenth of the judging's time and a fifth of a check's allocation).
 */
const weaknessOf = new WeakMap<Evidence, { inDeclarations: boolean; label: boolean }>();
function weakness(e: Evidence): { inDeclarations: boolean; label: boolean } {
  let w = weaknessOf.get(e);
  if (w === undefined) {
    w = {
      inDeclarations: DECLARATIONS.test(lastPart(e.section).replace(/^[\d.\s]+/, '')),
      // "Training/validation split: 80/20" is a label with its value, not a bare label
      label: fewWords(e.text) && !/[.:;!?]$/.test(e.text.trim()) && !/:\s*\S/.test(e.text) && !/\b(?:was|were|is|are|used|had|has)\b/i.test(e.text),
    };
    weaknessOf.set(e, w);
  }
  return w;
}

/** `section.split(' > ').pop()` without the array (the split's own answer when two separators overlap). */
function lastPart(section: string): string {
  const k = section.lastIndexOf(' > ');
  if (k === -1) return section;
  return k >= 2 && section.startsWith(' > ', k - 2) ? section.split(' > ').pop()! : section.slice(k + 3);
}

// what `\s` matches, by code (so that `fewWords` cuts the text where `split(/\s+/)` does)
const isSpaceCode = (c: number) => (c >= 9 && c <= 13) || c === 32 || c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** `text.split(/\s+/).filter((x) => /[A-Za-z]{2}/.test(x)).length <= 4`, counted without the words. */
function fewWords(text: string): boolean {
  let words = 0;
  let counted = false; // the current word has two letters in a row
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c)) counted = false;
    else if (!counted && i > 0 && isLetter(c) && isLetter(text.charCodeAt(i - 1))) {
      counted = true;
      if (++words > 4) return false;
    }
  }
  return true;
}

/**
 * A verdict with the item's fields first (the key order of the JSON output). Built as one literal: object spreads
 * and many small arrays per item made judging ~20 µs per item, a tenth of a warm check with every checklist.
 */
function verdict(item: ChecklistItem, status: ItemVerdict['status'], evidence: Evidence[], reason: string | undefined): ItemVerdict {
  return { id: item.id, topic: item.topic, section: item.section, concepts: item.concepts, status, evidence, reason };
}

export function judgeItem(item: ChecklistItem, findings: Map<string, Finding>, opts: JudgeOptions): ItemVerdict {
  if (opts.studyRoles && item.appliesTo && !item.appliesTo.some((r) => opts.studyRoles!.includes(r))) {
    return verdict(item, 'not-applicable', [], `applies to ${item.appliesTo.join('/')} studies only`);
  }
  // the item takes for granted something the study shows it did not do (a class decision in a segmentation study)
  if (item.presupposes && opts.unmet) {
    for (const p of item.presupposes) {
      const why = opts.unmet.get(p);
      if (why) return verdict(item, 'not-applicable', [], why);
    }
  }
  // concepts the design makes inapplicable drop out; an item made only of them is not applicable
  const na = opts.inapplicable;
  const concepts = na ? item.concepts.filter((c) => !na.has(c)) : item.concepts;
  if (!concepts.length) return verdict(item, 'not-applicable', [], na!.get(item.concepts[0]!)!);
  // one pass: concepts without a detector, findings present, detected concepts missing (each in item order)
  let unknown: string[] | undefined;
  const present: Finding[] = [];
  const missing: string[] = [];
  let partly: Array<NonNullable<Finding['itemPartial']>> | undefined;
  for (const c of concepts) {
    if (!opts.known.has(c)) {
      (unknown ??= []).push(c);
      continue;
    }
    const f = findings.get(c);
    if (f && f.status !== 'missing') present.push(f);
    else {
      missing.push(c);
      const part = f?.itemPartial ?? opts.partly?.get(c);
      if (part) (partly ??= []).push(part);
    }
  }
  const evidence = present.length ? mergeEvidence(present, item.section) : [];
  // "no funding" / "no competing interests" answer the item fully: not a warning
  let notDone = false;
  let noneDeclared = present.length > 0;
  for (const f of present) {
    if (f.notDone && !f.noneDeclared) notDone = true;
    if (!f.noneDeclared) noneDeclared = false;
  }
  const any = item.combine === 'any';

  const satisfied = any ? present.length > 0 : missing.length === 0 && present.length > 0;
  if (!satisfied) {
    if (unknown && (any || missing.length === 0)) {
      return verdict(item, 'needs-review', evidence, `no automatic check for ${unknown.join(', ')}; check by hand`);
    }
    if (item.conditional && present.length === 0) {
      // the manuscript shows the situation the item is about (data from several sites): it was done, so it applies
      const done = firstReason(item.doneWhen, opts.shown);
      if (!done) {
        // a situation in which it may well have been done (several sites: performance per site), unseen: ask
        const likely = firstReason(item.checkWhen, opts.shown);
        if (likely) return verdict(item, 'needs-review', [], `${likely}, so the item may apply: check by hand whether it was done and reported`);
        return verdict(item, 'not-applicable', [], 'applies only if done; the manuscript does not mention it');
      }
      return verdict(item, 'missing', [], `${done}, so the item applies: ${item.advice ?? item.description}`);
    }
    if (partly && present.length === 0) {
      // nothing reported as defined, but the item is answered in part (counts at one selection stage)
      const ev = partly.flatMap((p) => p.evidence).slice(0, MAX_ITEM_EVIDENCE);
      const others = missing.filter((c) => !findings.get(c)?.itemPartial && !opts.partly?.has(c));
      const reason = [...partly.map((p) => p.reason), ...(others.length ? [`not found: ${others.map(conceptLabel).join('; ')}`] : [])].join('; ');
      return verdict(item, 'partial', ev, reason);
    }
    if (present.length > 0) {
      // some of the item's concepts are there, others are not
      // and what the item asks for besides (results without their precision), when the manuscript lacks it
      const lacks = firstReason(item.requires, opts.lacking);
      const v = verdict(item, 'partial', evidence, [`not found: ${missing.map(conceptLabel).join('; ')}`, ...(lacks ? [lacks] : [])].join('; '));
      if (notDone) v.notDone = notDone;
      return v;
    }
    const v = verdict(item, 'missing', [], item.advice ?? item.description);
    for (const c of missing) {
      const candidate = findings.get(c)?.candidate;
      if (candidate !== undefined) {
        v.candidate = candidate;
        break;
      }
    }
    return v;
  }
  if (unknown && !any) {
    const v = verdict(item, 'needs-review', evidence, `no automatic check for ${unknown.join(', ')}; check by hand`);
    if (notDone) v.notDone = notDone;
    return v;
  }
  // an item that accepts the title or the abstract is complete when only the abstract has it
  const abstractOk = /abstract/i.test(item.section);
  const partial = present.some((f) => f.status === 'partial' && !(abstractOk && f.onlyIn === 'abstract')) && !(any && present.some((f) => f.status === 'reported'));
  const v: ItemVerdict = { id: item.id, topic: item.topic, section: item.section, concepts: item.concepts, status: partial ? 'partial' : 'reported', evidence };
  // the item asks for something besides its concepts that the manuscript does not give (results without precision)
  const lacks = firstReason(item.requires, opts.lacking);
  if (partial) v.reason = [present.find((f) => f.status === 'partial')?.reason ?? 'incomplete', ...(lacks ? [lacks] : [])].join('; ');
  else if (lacks) {
    v.status = 'partial';
    v.reason = lacks;
  } else if (noneDeclared) v.reason = 'none declared';
  if (notDone) {
    v.notDone = true;
    v.reason = 'reported as not done';
  }
  return v;
}

export function summarise(items: ItemVerdict[]): ChecklistSummary {
  const s: ChecklistSummary = { total: items.length, reported: 0, partial: 0, missing: 0, 'not-applicable': 0, 'needs-review': 0 };
  for (const i of items) s[i.status]++;
  return s;
}

export function judgeChecklist(cl: Checklist, findings: Map<string, Finding>, opts: JudgeOptions): ChecklistResult {
  const items = cl.items.map((it) => judgeItem(it, findings, opts));
  return { id: cl.id, name: cl.name, citation: cl.citation, doi: cl.doi, url: cl.url, items, summary: summarise(items) };
}
