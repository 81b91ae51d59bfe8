/**
 * Soft traps of the narrow crosswalk concepts (TRIPOD / TRIPOD+AI / STARD items that few papers address): modal
 * wording and quoted checklist instructions keep only part of a sentence's score.
 */
import { INSTRUCTION } from './modelling.js';

/** Modal or speculative wording ("could be used by", "may help"): a possibility, not a statement. */
export const MODAL = /\b(?:could|may|might|would|can|should)\b/i;
/** Checklist instructions quoted in a manuscript ("Describe the intended users ...") are not reports. */
export const INSTRUCTION_DAMP = { re: INSTRUCTION, factor: 0.3 };
