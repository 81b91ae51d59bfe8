/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The authors' web page (issue 12): pick or drop a manuscript, see every item with its evidence, change the study
 * type and checklists, fill in a study description, download the completed checklist. This shell is small; the
 * library (src/web/check.ts) is a chunk fetched right after the page shows, pdf.js and mammoth only for a PDF or
 * a DOCX, the form (zod) only when it is opened. Nothing is sent anywhere: files are read with the File API.
 */
import type { FindingSource } from '../../engine/check.js';
import type { CheckResult } from '../../engine/types.js';
import { el, highlight, renderItems, renderSummaries, renderText, type TextIndex } from './render.js';

type Lib = typeof import('../check.js');
const lib: Promise<Lib> = import('../check.js').then((m) => {
  m.usePdfWorker(new URL('pdf.worker.min.mjs', document.baseURI).href);
  return m;
});
/** Warmed up (every pattern compiled once) before the first file is judged; a file picked earlier waits for it. */
const ready: Promise<Lib> = lib.then(async (m) => {
  await new Promise((r) => setTimeout(r, 0));
  await m.warmUp();
  document.body.dataset.ready = 'true';
  return m;
});

const MAX_BYTES = 20 * 1024 * 1024;
const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

interface State {
  file: Awaited<ReturnType<Lib['readFile']>> | null;
  /** the form's description: merged into the manuscript's findings, or checked alone */
  study: { merge: (src: FindingSource) => FindingSource; alone: () => FindingSource } | null;
  studyType?: string;
  checklists?: string[];
  result: CheckResult | null;
  text: TextIndex | null;
}
const state: State = { file: null, study: null, result: null, text: null };

function say(message: string): void {
  $('status').textContent = message;
}

function fail(message: string): void {
  const box = $('error');
  box.textContent = message;
  box.hidden = false;
  say('');
}

async function openFile(f: File): Promise<void> {
  $('error').hidden = true;
  if (f.size > MAX_BYTES) return fail(`${f.name} is ${(f.size / 1048576).toFixed(1)} MB, over the 20 MB limit. Nothing was read; your previous results are kept.`);
  say(`Reading ${f.name}…`);
  try {
    const [m, data] = await Promise.all([ready, f.arrayBuffer()]);
    const file = await m.readFile(f.name, new Uint8Array(data));
    state.file = file;
    state.studyType = undefined;
    state.checklists = undefined;
    state.text = renderText($('text'), file.manuscript);
    await judge();
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    fail(`${msg}${state.result ? ' Your previous results are kept.' : ''}`);
  }
}

/** Judge again with the current choices and draw everything. */
async function judge(): Promise<void> {
  const m = await lib;
  if (!state.file && !state.study) return;
  const base = state.file ? null : state.study!.alone();
  const { result, judgeMs } = m.judgeFile(state.file, base, {
    ...(state.studyType ? { studyType: state.studyType } : {}),
    ...(state.checklists ? { checklists: state.checklists } : {}),
    ...(state.file && state.study ? { merge: state.study.merge } : {}),
  });
  state.result = result;
  const fr = result.files[0]!;
  const read = state.file ? `read and detected in ${state.file.readMs.toFixed(0)} ms, ` : '';
  $('timing').textContent = `${fr.path}: ${read}judged in ${judgeMs.toFixed(0)} ms, in this browser.`;
  say(`Checked ${fr.path}: ${fr.checklists.map((c) => `${c.name}, ${c.summary.missing} missing`).join('; ')}.`);
  drawChoices(m, result);
  renderSummaries($('summaries'), fr.checklists);
  drawItems();
  $('results').hidden = false;
}

function drawItems(): void {
  const fr = state.result?.files[0];
  if (!fr) return;
  renderItems($('items'), fr.checklists, { problemsOnly: $<HTMLInputElement>('problems-only').checked, missingFirst: $<HTMLInputElement>('missing-first').checked }, fr.path, (evidence, candidate, focus) => {
    if (state.text) highlight($('text'), state.text, evidence, candidate, focus);
  });
}

function drawChoices(m: Lib, result: CheckResult): void {
  const fr = result.files[0]!;
  const { studyTypes, checklists } = m.choices();
  const select = $<HTMLSelectElement>('study-type');
  const current = fr.studyType?.type ?? 'other';
  select.replaceChildren(...studyTypes.map((t) => el('option', { value: t.id, ...(t.id === current ? { selected: '' } : {}) }, t.label)));
  $('study-type-note').textContent = fr.studyType
    ? `Classified from the text as: ${m.choices().studyTypes.find((t) => t.id === fr.studyType!.type)?.label ?? fr.studyType.type}${fr.studyType.otherGuidelines.length ? `; also fits ${fr.studyType.otherGuidelines.join(', ')} (not bundled)` : ''}. Change it if it is wrong.`
    : '';
  const chosen = new Set(fr.checklists.map((c) => c.id));
  const fs = $('checklists');
  fs.replaceChildren(el('legend', {}, 'Checklists'), ...checklists.map((c) => el('label', {}, el('input', { type: 'checkbox', value: c.id, ...(chosen.has(c.id) ? { checked: '' } : {}) }), c.name)));
  $('choices').hidden = false;
}

// ---------------------------------------------------------------------------------------------------------
// wiring

$<HTMLInputElement>('file').addEventListener('change', (ev) => {
  const f = (ev.target as HTMLInputElement).files?.[0];
  if (f) void openFile(f);
});
const drop = $('drop');
for (const t of ['dragenter', 'dragover']) drop.addEventListener(t, (ev) => (ev.preventDefault(), drop.classList.add('over')));
for (const t of ['dragleave', 'drop']) drop.addEventListener(t, () => drop.classList.remove('over'));
drop.addEventListener('drop', (ev) => {
  ev.preventDefault();
  const f = ev.dataTransfer?.files[0];
  if (f) void openFile(f);
});
// a file dropped beside the box must not replace the page
window.addEventListener('dragover', (ev) => ev.preventDefault());
window.addEventListener('drop', (ev) => ev.preventDefault());

$('study-type').addEventListener('change', (ev) => {
  state.studyType = (ev.target as HTMLSelectElement).value;
  state.checklists = undefined;
  void judge();
});
$('checklists').addEventListener('change', () => {
  state.checklists = [...$('checklists').querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.value);
  if (!state.checklists.length) state.checklists = undefined;
  void judge();
});
for (const id of ['problems-only', 'missing-first']) $(id).addEventListener('change', drawItems);

const EXT: Record<string, [string, string]> = {
  'checklist-docx': ['-checklist.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
  'checklist-csv': ['-checklist.csv', 'text/csv'],
  checklist: ['-checklist.md', 'text/markdown'],
  json: ['.reportlint.json', 'application/json'],
  sarif: ['.sarif', 'application/sarif+json'],
};
$('downloads').addEventListener('click', async (ev) => {
  const format = (ev.target as HTMLElement).closest('button')?.dataset.format;
  if (!format || !state.result) return;
  const body = (await lib).report(state.result, format);
  const [suffix, type] = EXT[format]!;
  const stem = (state.result.files[0]!.path.split('/').pop() ?? 'manuscript').replace(/\.[^.]+$/, '');
  const url = URL.createObjectURL(new Blob([typeof body === 'string' ? body : new Uint8Array(body)], { type }));
  const a = el('a', { href: url, download: `${stem}${suffix}` });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  say(`Saved ${stem}${suffix}.`);
});

$('study').addEventListener('toggle', async () => {
  const host = $('study-form-host');
  if (!($('study') as HTMLDetailsElement).open || host.dataset.ready) return;
  host.dataset.ready = '1';
  const { mountStudyForm } = await import('./study-form.js');
  mountStudyForm(host, (study) => {
    state.study = study;
    void judge();
  });
});
