/**
 * Which files the audit reads: the extensions come from the input-format table (src/readers/formats.ts); this
 * module adds only the names that are never audited.
 */
import { extname } from 'node:path';
import { MANUSCRIPT_EXTENSION_FORMATS, STUDY_EXTENSIONS, isStudyPath } from '../readers/formats.js';

/** Manuscript extensions (lower case, with the dot) and the format each one is sniffed as by default. */
export const MANUSCRIPT_EXTENSIONS = MANUSCRIPT_EXTENSION_FORMATS;
export { STUDY_EXTENSIONS, isStudyPath };

/** File and folder names that are never audited (corpus bookkeeping and project files). */
export const SKIP_NAMES = /^(labels\.csv|readme(\.\w+)?|license(\.\w+)?|changelog(\.\w+)?|package(-lock)?\.json|tsconfig\.json|study-types\.csv)$/i;

const ext = (path: string) => extname(path).toLowerCase();

export const isManuscriptPath = (path: string): boolean => MANUSCRIPT_EXTENSIONS.has(ext(path));
