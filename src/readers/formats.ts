/**
 * Every input format, named once: its id, file extensions, content sniffers and how its reader is loaded.
 * `InputFormat`, the `--input-format` choices, the extension tables of sniffing, the study-description
 * extensions of the API and the manuscript extensions of `audit` are all derived from this table.
 *
 * Readers are loaded on demand (pdf.js and mammoth only when such a file is read); the study row loads the study
 * code (zod schema and all) only when a study description is checked. Nothing here imports a detector.
 */
import { extname } from 'node:path';
import type { Reader } from './types.js';
import { latin1 } from '../util/bytes.js';

/** What sniffers look at: computed once per file by `sniffFormat`. */
export interface SniffInput {
  /** lower-cased extension with the dot ('' if none) */
  ext: string;
  data: Uint8Array;
  /** the first 4 KB as latin1 */
  head: string;
  /** `head` without a byte-order mark and leading white space */
  text: string;
  /** `text` after an XML declaration, comments and a DOCTYPE */
  afterProlog: string;
}

/**
 * A content test. Sniffers run by increasing `rank`; at rank 25 binary data that no sniffer claimed is settled
 * by extension (or is an unknown binary), at rank 100 text is settled by extension; below 100 a sniffer wins
 * over the extension, above it only an unknown extension is sniffed.
 */
export interface Sniffer {
  rank: number;
  test(s: SniffInput): boolean;
}

export const SNIFF_RANK = { binaryGate: 25, extension: 100 } as const;

interface FormatRowBase {
  /** lower-case extensions with the dot */
  extensions: readonly string[];
  /** a short name for help texts */
  label: string;
  /** read as bytes, not decoded as UTF-8 */
  binary: boolean;
  sniff: readonly Sniffer[];
}

export interface ManuscriptFormatRow extends FormatRowBase {
  kind: 'manuscript';
  load(): Promise<Reader>;
}

export interface StudyFormatRow extends FormatRowBase {
  kind: 'study';
  load(): Promise<typeof import('../study/source.js')>;
}

export type InputFormatRow = (ManuscriptFormatRow | StudyFormatRow) & { id: string };

/** ZIP local-file, empty-archive or spanned-archive signature */
export const isZip = (d: Uint8Array): boolean => d[0] === 0x50 && d[1] === 0x4b && (d[2] === 3 || d[2] === 5 || d[2] === 7);

/** Does a ZIP archive (by its local file headers / central directory) contain word/document.xml? */
function zipHasWordDocument(data: Uint8Array): boolean {
  const s = latin1(data);
  return s.includes('word/document.xml') || (s.includes('[Content_Types].xml') && s.includes('word/'));
}

const JATS_DOCTYPE = /<!DOCTYPE\s+(article|pmc-articleset)\b[^>]*(JATS|NLM|Journal Archiving|Journal Publishing|Article Authoring)/i;
const JATS_MARKUP = /<(front|article-meta|journal-meta)\b|dtd-version=|xmlns:xlink=|article-type=/i;
const LATEX_MARKUP = /\\documentclass\b|\\begin\{document\}|^\s*\\(section|chapter|subsection)\*?\{/m;
const LOOSE_MARKUP = /^<(article|html|body|div|section|p)\b/i;

export const INPUT_FORMATS = [
  {
    id: 'markdown',
    kind: 'manuscript',
    label: 'Markdown',
    extensions: ['.md', '.markdown', '.mdown', '.mkd'],
    binary: false,
    sniff: [{ rank: 120, test: (s) => /^#{1,6}\s|\n#{1,6}\s/.test(s.head) || /^---\n[\s\S]*?\n---\n/.test(s.head) }],
    load: async () => (await import('./markdown.js')).markdownReader,
  },
  {
    id: 'text',
    kind: 'manuscript',
    label: 'text',
    extensions: ['.txt', '.text'],
    binary: false,
    sniff: [],
    load: async () => (await import('./text.js')).textReader,
  },
  {
    id: 'jats',
    kind: 'manuscript',
    label: 'JATS XML',
    extensions: ['.xml', '.nxml', '.jats'],
    binary: false,
    sniff: [
      { rank: 30, test: (s) => JATS_DOCTYPE.test(s.text) || (/^<(article|pmc-articleset)\b/i.test(s.afterProlog) && JATS_MARKUP.test(s.text)) },
      { rank: 110, test: (s) => /^<article\b/i.test(s.afterProlog) && /<front\b/.test(s.text) },
    ],
    load: async () => (await import('./jats/index.js')).jatsReader,
  },
  {
    id: 'latex',
    kind: 'manuscript',
    label: 'LaTeX',
    extensions: ['.tex', '.rnw', '.ltx'],
    binary: false,
    sniff: [{ rank: 60, test: (s) => LATEX_MARKUP.test(s.head) && s.ext !== '.md' }],
    load: async () => (await import('./latex/index.js')).latexReader,
  },
  {
    id: 'rmarkdown',
    kind: 'manuscript',
    label: 'R Markdown',
    extensions: ['.rmd', '.qmd'],
    binary: false,
    // by extension, before LaTeX markup: an .Rmd with \section{} is still R Markdown
    sniff: [{ rank: 50, test: (s) => s.ext === '.rmd' || s.ext === '.qmd' }],
    load: async () => (await import('./rmarkdown.js')).rmarkdownReader,
  },
  {
    id: 'html',
    kind: 'manuscript',
    label: 'HTML',
    extensions: ['.html', '.htm', '.xhtml'],
    binary: false,
    sniff: [
      { rank: 40, test: (s) => /^<!DOCTYPE\s+html/i.test(s.text) || /^<html\b/i.test(s.afterProlog) || (/^<\?xml/i.test(s.text) && /<html\b[^>]*xhtml/i.test(s.text)) },
      { rank: 111, test: (s) => LOOSE_MARKUP.test(s.afterProlog) },
    ],
    load: async () => (await import('./html.js')).htmlReader,
  },
  {
    id: 'docx',
    kind: 'manuscript',
    label: 'DOCX',
    extensions: ['.docx'],
    binary: true,
    // a .docx that is not a zip stays docx: the reader reports the bad zip
    sniff: [{ rank: 20, test: (s) => isZip(s.data) && (s.ext === '.docx' || zipHasWordDocument(s.data)) }],
    load: async () => (await import('./docx.js')).docxReader,
  },
  {
    id: 'pdf',
    kind: 'manuscript',
    label: 'PDF',
    extensions: ['.pdf'],
    binary: true,
    sniff: [{ rank: 10, test: (s) => s.head.slice(0, 1024).includes('%PDF-') }],
    load: async () => (await import('./pdf/index.js')).pdfReader,
  },
  {
    id: 'study',
    kind: 'study',
    label: 'study descriptions (YAML/JSON)',
    extensions: ['.yaml', '.yml', '.json'],
    binary: false,
    sniff: [],
    load: () => import('../study/source.js'),
  },
] as const satisfies readonly InputFormatRow[];

export type InputFormat = (typeof INPUT_FORMATS)[number]['id'];
export type ManuscriptFormat = Extract<(typeof INPUT_FORMATS)[number], { kind: 'manuscript' }>['id'];

/** Every input format id, in the table's order (the `--input-format` choices). */
export const INPUT_FORMAT_IDS: readonly InputFormat[] = INPUT_FORMATS.map((f) => f.id);
/** The formats a manuscript can be in (everything but a study description). */
export const MANUSCRIPT_FORMAT_IDS = INPUT_FORMATS.filter((f) => f.kind === 'manuscript').map((f) => f.id) as readonly ManuscriptFormat[];

/** A row of the table, with its id typed. */
export type InputFormatEntry = InputFormatRow & { id: InputFormat };
const ROWS: readonly InputFormatEntry[] = INPUT_FORMATS;
const BY_ID = new Map<string, InputFormatEntry>(ROWS.map((f) => [f.id, f]));
const BY_EXTENSION = new Map<string, InputFormatEntry>(ROWS.flatMap((f) => f.extensions.map((e) => [e, f] as const)));

export function inputFormat(id: string): InputFormatEntry | undefined {
  return BY_ID.get(id);
}

export function isInputFormat(id: string): id is InputFormat {
  return BY_ID.has(id);
}

const extensionOf = (path: string) => extname(path).toLowerCase();

/** The format an extension ('.md', any case) names, if any. */
export function formatOfExtension(ext: string): InputFormatEntry | undefined {
  return BY_EXTENSION.get(ext.toLowerCase());
}

/** The format a file's extension names (case-insensitive), if any. */
export function formatByExtension(path: string): InputFormatEntry | undefined {
  return BY_EXTENSION.get(extensionOf(path));
}

/** Extensions of study descriptions (.yaml, .yml, .json). */
export const STUDY_EXTENSIONS: ReadonlySet<string> = new Set(INPUT_FORMATS.filter((f) => f.kind === 'study').flatMap((f) => f.extensions));
/** Manuscript extensions (lower case, with the dot) and the format each one names. */
export const MANUSCRIPT_EXTENSION_FORMATS: ReadonlyMap<string, ManuscriptFormat> = new Map(
  INPUT_FORMATS.flatMap((f) => (f.kind === 'manuscript' ? f.extensions.map((e) => [e, f.id] as [string, ManuscriptFormat]) : [])),
);
/** Extensions of manuscripts of every supported format. */
export const MANUSCRIPT_EXTENSIONS: ReadonlySet<string> = new Set(MANUSCRIPT_EXTENSION_FORMATS.keys());

/** Whether a path names a study description by its extension. */
export function isStudyPath(path: string): boolean {
  return STUDY_EXTENSIONS.has(extensionOf(path));
}

/** The study-description row (its `load` imports the study code). */
export const STUDY_FORMAT = INPUT_FORMATS.find((f): f is Extract<(typeof INPUT_FORMATS)[number], { kind: 'study' }> => f.kind === 'study')!;
