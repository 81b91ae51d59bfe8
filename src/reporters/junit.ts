/**
 * JUnit XML for CI test tabs (Jenkins, GitLab, Azure): a test suite per file and checklist, a test case per item.
 * As in ESLint's JUnit formatter every error or warning is a `<failure>` (its type says which); items with
 * nothing to report pass; waived and not-applicable items are `<skipped>`.
 * The output validates against the Jenkins xUnit plugin's JUnit schema (junit-10.xsd): the file is an attribute of
 * the suite (a test case has no `file` in that schema), and a failure's text names the place, with the file when
 * the sentence is in another one (a LaTeX `\input` file).
 */
import type { ItemVerdict } from '../checklists/types.js';
import type { CheckResult } from '../engine/types.js';
import { itemMessage, type InputErrorNote } from './stylish.js';

export function xmlEscape(s: string): string {
  // characters XML 1.0 does not allow are dropped
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** ` (line 12)`, ` (page 3, line 12)`, ` (paragraph 14)`, or ` (sections/methods.tex, line 3)` for a sentence in another file. */
function where(p: ItemVerdict['place'], path: string): string {
  const parts = [
    p?.file && p.file !== path ? p.file : undefined,
    p?.page !== undefined ? `page ${p.page}` : undefined,
    p?.paragraph !== undefined ? `paragraph ${p.paragraph}` : undefined,
    p?.line !== undefined ? `line ${p.line}` : undefined,
  ].filter(Boolean);
  return parts.length ? ` (${parts.join(', ')})` : '';
}

export function junit(result: CheckResult, opts: { quiet?: boolean; inputErrors?: InputErrorNote[] } = {}): string {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  for (const file of result.files) {
    for (const cl of file.checklists) {
      const cases: string[] = [];
      let f = 0;
      let skipped = 0;
      for (const it of cl.items) {
        const name = `${it.id} ${it.topic}`;
        const head = `    <testcase classname="${xmlEscape(`${file.path}.${cl.id}`)}" name="${xmlEscape(name)}"`;
        const m = itemMessage(it);
        if (it.waived || it.status === 'not-applicable') {
          skipped++;
          const why = it.waived ? `waived${it.waived.reason ? `: ${it.waived.reason}` : ''}` : (it.reason ?? 'not applicable');
          cases.push(`${head}>\n      <skipped message="${xmlEscape(why)}"/>\n    </testcase>`);
        } else if (m && m.severity !== 'info' && !(opts.quiet && m.severity !== 'error')) {
          f++;
          const at = where(it.place, file.path);
          cases.push(`${head}>\n      <failure message="${xmlEscape(m.text)}" type="${m.severity}">${xmlEscape(`${m.text}${at}`)}</failure>\n    </testcase>`);
        } else cases.push(`${head}/>`);
      }
      tests += cl.items.length;
      failures += f;
      suites.push(`  <testsuite name="${xmlEscape(`${file.path}: ${cl.id}`)}" tests="${cl.items.length}" failures="${f}" errors="0" skipped="${skipped}" file="${xmlEscape(file.path)}">\n${cases.join('\n')}\n  </testsuite>`);
    }
  }
  // a file that could not be checked is one test case in error, in a suite of its own
  const errors = opts.inputErrors ?? [];
  for (const e of errors) {
    const name = e.path ?? 'input';
    suites.push(`  <testsuite name="${xmlEscape(name)}" tests="1" failures="0" errors="1" skipped="0"${e.path ? ` file="${xmlEscape(e.path)}"` : ''}>\n    <testcase classname="${xmlEscape(name)}" name="read and check">\n      <error message="${xmlEscape(e.message)}" type="input-error">${xmlEscape(e.message)}</error>\n    </testcase>\n  </testsuite>`);
  }
  tests += errors.length;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="reportlint" tests="${tests}" failures="${failures}" errors="${errors.length}">\n${suites.join('\n')}\n</testsuites>\n`;
}
