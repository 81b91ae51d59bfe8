import { fileMessage, ReportlintError } from '../errors.js';
import type { Block } from '../manuscript/model.js';

/** What a reader gets: the raw bytes plus the file name (for extension hints and sibling files). */
export interface ReaderInput {
  path: string;
  data: Uint8Array;
  /** UTF-8 decoded text, for text formats (undefined for binary formats) */
  text?: string;
  /** the other files of a project by resolved path (a LaTeX project from a .zip), read instead of the disk */
  files?: ReadonlyMap<string, string>;
}

export interface ReaderOutput {
  blocks: Block[];
  metadata?: Record<string, unknown>;
  warnings?: string[];
  title?: string;
}

/**
 * A reader turns one input format into blocks. Sync for text formats; async for heavy binary formats. Its
 * extensions and sniffers are in the format table (formats.ts), which also loads it.
 */
export interface Reader {
  format: string;
  read(input: ReaderInput): ReaderOutput | Promise<ReaderOutput>;
}

/**
 * Thrown by readers for unreadable input. `message` names the file (`paper.pdf: is an encrypted PDF …`),
 * `problem` is the part after it; the CLI prints the message on one line and exits 2.
 */
export class InputError extends ReportlintError {
  override name = 'InputError';
  constructor(file: string, problem: string, options?: { cause?: unknown }) {
    super(file, problem, fileMessage(file, problem), options);
  }
}
