/**
 * Which files the audit reads, by extension: the one place that knows it. src/readers/index.ts exports no list of
 * extensions today (only the format names in SUPPORTED_FORMATS; the per-format extensions live on the lazily loaded
 * reader objects and in sniff.ts), so the list is kept here, unchanged from the audit's first version, until the
 * readers' format registry can supply it.
 */
import { extname } from 'node:path';
import type { InputFormat } from '../readers/index.js';

/** Manuscript extensions (lower case, with the dot) and the format each one is sniffed as by default. */
export const MANUSCRIPT_EXTENSIONS: ReadonlyMap<string, InputFormat> = new Map<string, InputFormat>([
  ['.md', 'markdown'],
  ['.markdown', 'markdown'],
  ['.txt', 'text'],
  ['.xml', 'jats'],
  ['.nxml', 'jats'],
  ['.tex', 'latex'],
  ['.rmd', 'rmarkdown'],
  ['.qmd', 'rmarkdown'],
  ['.html', 'html'],
  ['.htm', 'html'],
  ['.xhtml', 'html'],
  ['.docx', 'docx'],
  ['.pdf', 'pdf'],
]);

/** Study-description extensions; such files are audited only when their content is a study description. */
export const STUDY_EXTENSIONS: ReadonlySet<string> = new Set(['.yaml', '.yml', '.json']);

/** File and folder names that are never audited (corpus bookkeeping and project files). */
export const SKIP_NAMES = /^(labels\.csv|readme(\.\w+)?|license(\.\w+)?|changelog(\.\w+)?|package(-lock)?\.json|tsconfig\.json|study-types\.csv)$/i;

const ext = (path: string) => extname(path).toLowerCase();

export const isManuscriptPath = (path: string): boolean => MANUSCRIPT_EXTENSIONS.has(ext(path));
export const isStudyPath = (path: string): boolean => STUDY_EXTENSIONS.has(ext(path));
