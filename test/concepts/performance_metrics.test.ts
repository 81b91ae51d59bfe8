import { expect, it } from 'vitest';
import { findingFor } from '../helpers.js';
import { MODEL_CONTEXT } from '../../src/concepts/shared/examples.js';

it('performance_metrics lists the measures it found', () => {
  const f = findingFor('performance_metrics', `${MODEL_CONTEXT} We report sensitivity, specificity, PPV and the F1 score.`);
  expect((f.details as { metrics: string[] }).metrics).toEqual(expect.arrayContaining(['sensitivity', 'specificity', 'PPV', 'F1']));
});
