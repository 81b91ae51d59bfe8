/**
 * SARIF 2.1.0 for GitHub code scanning and editors: one run; a rule per checklist item that produced a result
 * (`claim-2024/7`); missing items are errors, partial and reported-as-not-done items warnings, items that need
 * review notes. Places on a page (PDF) or in a paragraph (Word) have no line region: the message names them.
 * A waived item that would have been reported keeps its result, with a SARIF suppression (`inSource` for a comment
 * in the manuscript, `external` for the configuration) whose justification is the waiver's reason.
 */
import { INPUT_FORMATS } from '../readers/formats.js';
import { pathToFileURL } from 'node:url';
import type { ItemVerdict } from '../checklists/types.js';
import type { CheckResult, FileResult } from '../engine/types.js';
import { itemMessage, type InputErrorNote, type Severity } from './stylish.js';

export const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
export const INFORMATION_URI = 'https://www.npmjs.com/package/reportlint';

export interface SarifOptions {
  /** only errors (missing items), like `--quiet` */
  quiet?: boolean;
  /** inputs that could not be checked: error notifications, and the run is not successful */
  inputErrors?: InputErrorNote[];
}

type Level = 'error' | 'warning' | 'note';

interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  helpUri?: string;
  defaultConfiguration: { level: Level };
  properties: { tags: string[] };
}

interface SarifLocation {
  physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number; startColumn?: number } };
}

interface SarifSuppression {
  kind: 'inSource' | 'external';
  justification?: string;
  location?: SarifLocation;
}

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: Level;
  message: { text: string };
  locations: SarifLocation[];
  suppressions?: SarifSuppression[];
  properties: Record<string, unknown>;
}

/** Formats read as bytes (PDF, Word): their places have no line region. */
const BINARY_FORMATS: ReadonlySet<string> = new Set(INPUT_FORMATS.filter((f) => f.binary).map((f) => f.id));

const LEVEL: Record<Severity, Level> = { error: 'error', warning: 'warning', info: 'note' };

/** A file path as a SARIF URI: relative paths stay relative (to the checkout root), absolute ones become file URLs. */
export function artifactUri(path: string): string {
  const p = path.replace(/\\/g, '/');
  if (/^([a-zA-Z]:)?\//.test(p)) return pathToFileURL(path).href;
  return p.split('/').map(encodeURIComponent).join('/');
}

/** "Data sources" → "DataSources": the rule's readable name. */
function ruleName(topic: string): string {
  return topic
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');
}

/** Where the item points; a page or paragraph cannot be a region of the file, so it goes into the message. */
function location(file: FileResult, p: ItemVerdict['place']): { loc: SarifLocation; where?: string } {
  // a sentence from a LaTeX \input file points into that file, so that code scanning annotates the right one
  const artifactLocation = { uri: artifactUri(p?.file ?? file.path) };
  if (p?.page !== undefined) return { loc: { physicalLocation: { artifactLocation } }, where: p.line !== undefined ? `page ${p.page}, line ${p.line}` : `page ${p.page}` };
  if (p?.paragraph !== undefined) return { loc: { physicalLocation: { artifactLocation } }, where: `paragraph ${p.paragraph}` };
  // a line in a binary file (PDF, Word) would point nowhere
  if (BINARY_FORMATS.has(file.format)) return { loc: { physicalLocation: { artifactLocation } } };
  return {
    loc: { physicalLocation: { artifactLocation, region: { startLine: p?.line ?? 1, ...(p?.column !== undefined ? { startColumn: p.column } : {}) } } },
  };
}

/** A waiver as a SARIF suppression: a comment in the manuscript is `inSource` (at the comment), a config rule `external`. */
function suppression(file: FileResult, w: NonNullable<ItemVerdict['waived']>): SarifSuppression {
  const uri = artifactUri(w.file ?? file.path);
  return {
    kind: w.by === 'comment' ? 'inSource' : 'external',
    ...(w.reason ? { justification: w.reason } : {}),
    ...(w.by === 'comment' && w.line !== undefined ? { location: { physicalLocation: { artifactLocation: { uri }, region: { startLine: w.line } } } } : {}),
  };
}

export function sarif(result: CheckResult, opts: SarifOptions = {}): string {
  const rules: SarifRule[] = [];
  const ruleIndex = new Map<string, number>();
  const results: SarifResult[] = [];

  const rule = (id: string, make: () => Omit<SarifRule, 'id'>, advice: string | undefined, missing: boolean): number => {
    let i = ruleIndex.get(id);
    if (i === undefined) {
      i = rules.push({ id, ...make() }) - 1;
      ruleIndex.set(id, i);
    }
    // the advice of a missing verdict describes the item best ("what to add"); a partial reason is a fallback
    const r = rules[i]!;
    if (advice && (missing || r.fullDescription.text === r.shortDescription.text)) r.fullDescription.text = advice;
    return i;
  };

  for (const file of result.files) {
    for (const cl of file.checklists) {
      for (const it of cl.items) {
        // a waived item is reported as what it would have been, suppressed
        const m = itemMessage(it.waived ? { ...it, waived: undefined } : it);
        if (!m || (opts.quiet && m.severity !== 'error')) continue;
        const level = LEVEL[m.severity];
        const id = `${cl.id}/${it.id}`;
        const index = rule(
          id,
          () => ({
            name: ruleName(it.topic),
            shortDescription: { text: it.topic },
            fullDescription: { text: it.topic },
            ...(cl.url ? { helpUri: cl.url } : {}),
            defaultConfiguration: { level: 'error' },
            properties: { tags: ['reporting-guideline', cl.id, it.section] },
          }),
          it.reason,
          it.status === 'missing',
        );
        const { loc, where } = location(file, it.place);
        results.push({
          ruleId: id,
          ruleIndex: index,
          level,
          message: { text: where ? `${m.text} (${where})` : m.text },
          locations: [loc],
          ...(it.waived ? { suppressions: [suppression(file, it.waived)] } : {}),
          properties: { checklist: cl.id, item: it.id, status: it.notDone ? 'reported-as-not-done' : it.candidate ? 'not-found-check' : it.status },
        });
      }
    }
    if (opts.quiet) continue;
    // manuscript vs study description (check --study): warnings, as in stylish
    for (const d of file.disagreements ?? []) {
      const id = `disagreement/${d.concept}`;
      const index = rule(
        id,
        () => ({
          name: `Disagreement${ruleName(d.concept)}`,
          shortDescription: { text: `Manuscript and study description disagree on ${d.concept}` },
          fullDescription: { text: `The manuscript and the study description (--study) say different things about ${d.concept}.` },
          defaultConfiguration: { level: 'warning' },
          properties: { tags: ['study-description'] },
        }),
        undefined,
        false,
      );
      const e = d.evidence.find((x) => !x.file || x.file === file.path);
      const { loc, where } = location(file, e);
      results.push({
        ruleId: id,
        ruleIndex: index,
        level: 'warning',
        message: { text: where ? `${d.message} (${where})` : d.message },
        locations: [loc],
        properties: { concept: d.concept, ...(d.field ? { field: d.field } : {}) },
      });
    }
  }

  const at = (path: string) => ({ locations: [{ physicalLocation: { artifactLocation: { uri: artifactUri(path) } } }] });
  const inputErrors = opts.inputErrors ?? [];
  const notifications = [
    // a file that could not be checked is an error of the run (SARIF 2.1.0 §3.20.21), with the error line as its message
    ...inputErrors.map((e) => ({ level: 'error' as const, message: { text: e.message }, descriptor: { id: 'input-error' }, ...(e.path ? at(e.path) : {}) })),
    ...result.files.flatMap((f) => f.warnings.map((w) => ({ level: 'warning' as const, message: { text: w }, ...at(f.path) }))),
  ];
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'reportlint', version: result.version, semanticVersion: result.version, informationUri: INFORMATION_URI, rules } },
        invocations: [{ executionSuccessful: inputErrors.length === 0, ...(notifications.length ? { toolExecutionNotifications: notifications } : {}) }],
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
