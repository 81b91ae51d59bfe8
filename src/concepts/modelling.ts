import type { Detector } from './types.js';

export const detectors: Detector[] = [];
