/**
 * data_partitioning details (counts, proportions, folds, level): assertions the examples cannot express. The
 * statuses and values of these sentences are examples of src/concepts/partitions/data_partitioning.ts.
 */
import { describe, expect, it } from 'vitest';
import concept from '../../src/concepts/partitions/data_partitioning.js';
import { runConcept } from '../../src/concepts/core/run.js';
import { manuscriptFromString } from '../../src/readers/index.js';

const details = (sentence: string) =>
  runConcept(concept, manuscriptFromString(`# A study\n\n## Methods\n\n${concept.examples.context} ${sentence}\n`))!.details;

describe('data_partitioning details', () => {
  it('proportions and the level of the split', () => {
    expect(details('Patients were split at the patient level: 70% for training, 10% for validation and 20% for testing.')).toMatchObject({ proportions: { train: 70, validation: 10, test: 20 }, level: 'patient' });
  });
  it('proportions from a ratio', () => {
    expect(details('We split the data 80/20 into training and test sets.')).toMatchObject({ proportions: { train: 80, test: 20 } });
  });
  it('the number of folds', () => {
    expect(details('Five-fold cross-validation was used.')).toMatchObject({ folds: 5 });
  });
  it('counts per partition', () => {
    expect(details('Of the scans, 456 training images and 51 validation images were kept.')).toMatchObject({ train: 456, validation: 51 });
  });
});
