import type { Evidence, Presupposition } from '../concepts/types.js';

/** What an item can ask for besides its concepts (checklist field `requires`). */
export const ITEM_REQUIREMENTS = ['performance_uncertainty'] as const;
export type ItemRequirement = (typeof ITEM_REQUIREMENTS)[number];

/** Situations that show an "if done" item was done (checklist field `doneWhen`). */
export const DONE_PREMISES = ['several_sites', 'data_subset', 'diagnostic_reference'] as const;
export type DonePremise = (typeof DONE_PREMISES)[number];

/** Which kind of study an item applies to (TRIPOD+AI marks items D, E or D;E). */
export type Applicability = 'development' | 'evaluation';

export interface ChecklistItem {
  /** exact published id, e.g. "7", "10a" */
  id: string;
  /** Title | Abstract | Title/Abstract | Introduction | Methods | Results | Discussion | Other (as published) */
  section: string;
  /** the guideline's own subsection heading, e.g. "Methods / Data" */
  sourceSection?: string;
  /** short label */
  topic: string;
  /** what must be reported, in the project's own words */
  description: string;
  /** crosswalk concept keys; the item is reported when its concepts are */
  concepts: string[];
  /** how several concepts combine: all must be reported (default) or any one suffices */
  combine?: 'all' | 'any';
  /** the item applies only if the thing was done ("if done", "if applicable") */
  conditional?: boolean;
  /** default: both */
  appliesTo?: Applicability[];
  /**
   * what the item takes for granted (e.g. `class_output`: diagnostic estimates presuppose a class decision); when
   * the manuscript shows it is false, the item is not applicable (src/sources/presuppositions.ts)
   */
  presupposes?: Presupposition[];
  /**
   * what the item asks for besides its concepts (e.g. `performance_uncertainty`: results with their precision);
   * when the manuscript shows none of it, a reported item is partial (src/sources/item-facts.ts)
   */
  requires?: ItemRequirement[];
  /**
   * for an "if done" item: situations that show it was done (e.g. `several_sites`: data from several hospitals or
   * cohorts); when the manuscript shows one, the item applies even though nothing about it was found
   */
  doneWhen?: DonePremise[];
  /**
   * for an "if done" item: situations in which it may well have been done (e.g. `several_sites` for performance per
   * site, "where studied"); when the manuscript shows one and nothing about the item is found, the item asks for a
   * check by hand (needs-review) instead of being not applicable: the situation does not show it was done
   */
  checkWhen?: DonePremise[];
  /** what to add when the item is missing (defaults to the description) */
  advice?: string;
}

export interface Checklist {
  id: string;
  name: string;
  version: string;
  citation: string;
  doi: string;
  url: string;
  supersedes?: string;
  /** study types this checklist fits: `--checklist auto` picks it for them (none: only when named) */
  appliesTo?: string[];
  numberedItems: number;
  rows: number;
  /** a user's own checklist file (not bundled) */
  custom?: boolean;
  /** file the checklist was loaded from */
  source?: string;
  items: ChecklistItem[];
}

export type VerdictStatus = 'reported' | 'partial' | 'missing' | 'not-applicable' | 'needs-review';

export interface ItemVerdict {
  id: string;
  topic: string;
  section: string;
  status: VerdictStatus;
  concepts: string[];
  evidence: Evidence[];
  /** why not-applicable / needs-review / partial; what to add when missing */
  reason?: string;
  /** some concept was explicitly reported as not done */
  notDone?: boolean;
  /**
   * missing, but not with confidence: the closest sentence, just below a detector's threshold, for the author to
   * confirm ("not found — check"). The status stays missing (eval counts it as missing).
   */
  candidate?: Evidence;
  /** where a message about this item points: the first evidence, or where the item belongs (section start) */
  place?: { line?: number; column?: number; page?: number; paragraph?: number; file?: string };
  /** silenced: by `rules: {"<checklist>/<item>": "off"}` in the configuration or a `reportlint-disable` comment */
  waived?: { by: 'config' | 'comment'; reason?: string; line?: number; file?: string };
  /** the severity the configuration sets for this item (`"warn"` or `"error"`), instead of the status's own */
  severity?: 'warning' | 'error';
}

export interface ChecklistSummary {
  total: number;
  reported: number;
  partial: number;
  missing: number;
  'not-applicable': number;
  'needs-review': number;
}

export interface ChecklistResult {
  id: string;
  name: string;
  citation: string;
  doi: string;
  url: string;
  items: ItemVerdict[];
  summary: ChecklistSummary;
}
