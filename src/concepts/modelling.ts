/**
 * Data handling, model and evaluation concepts (CLAIM / TRIPOD+AI / STARD-AI side). The specs live in
 * model-data.ts, model-dev.ts and model-eval.ts; shared helpers in model-util.ts.
 */
import { dataDetectors } from './model-data.js';
import { devDetectors } from './model-dev.js';
import { evalDetectors } from './model-eval.js';
import type { Detector } from './types.js';

export const detectors: Detector[] = [...dataDetectors, ...devDetectors, ...evalDetectors];
