/**
 * software details (names with versions): an assertion the examples cannot express.
 */
import { expect, it } from 'vitest';
import concept from '../../src/concepts/model/software.js';
import { runConcept } from '../../src/concepts/core/run.js';
import { manuscriptFromString } from '../../src/readers/index.js';

it('software lists the names with their versions', () => {
  const f = runConcept(concept, manuscriptFromString('# A study\n\n## Methods\n\nModels were built with scikit-learn 0.24 in Python 3.8, and statistics were run in R (version 4.0.3).\n'))!;
  expect((f.details as { names: string[] }).names).toEqual(expect.arrayContaining(['scikit-learn 0.24', 'Python 3.8', 'R 4.0.3']));
});
