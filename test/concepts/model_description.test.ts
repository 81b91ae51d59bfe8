/**
 * model_description details (model families and architectures): assertions the examples cannot express.
 */
import { expect, it } from 'vitest';
import concept from '../../src/concepts/model/model_description.js';
import { runConcept } from '../../src/concepts/core/run.js';
import { manuscriptFromString } from '../../src/readers/index.js';

it('model_description names the families and architectures', () => {
  const f = runConcept(concept, manuscriptFromString('# A study\n\n## Methods\n\nThe segmentation network is a 3D U-Net; a gradient boosting classifier and logistic regression served as baselines.\n'))!;
  expect(f.details).toMatchObject({ architectures: ['U-Net'] });
  expect((f.details as { families: string[] }).families).toEqual(expect.arrayContaining(['CNN', 'gradient boosting', 'logistic regression']));
});
