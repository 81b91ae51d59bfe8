/**
 * Study-description schema, data split: assignment of data to training/validation/test partitions or folds.
 */
import { z } from 'zod';
import { bool, choice, count, percent, positive, text } from './field-types.js';
import { SPLIT_UNITS, SPLIT_LEVELS, SPLIT_METHODS } from './vocabularies.js';

const Proportions = z
  .strictObject({
    train: percent('Training share in percent (0-100).').optional(),
    validation: percent('Validation (tuning) share in percent (0-100).').optional(),
    test: percent('Test share in percent (0-100).').optional(),
  })
  .describe('Partition shares in percent (70/10/20 → train: 70, validation: 10, test: 20).');

export const Split = z
  .strictObject({
    train: count('Training set size, in `unit`.').optional(),
    validation: count('Validation (tuning) set size, in `unit`.').optional(),
    test: count('Internal test set size, in `unit`.').optional(),
    unit: choice(SPLIT_UNITS, 'Unit of the counts (default patients).').optional(),
    proportions: Proportions.optional(),
    folds: z.number().int().min(2).describe('Number of cross-validation folds, if cross-validation was used.').optional(),
    repeats: positive('Repeats of cross-validation.').optional(),
    level: choice(
      SPLIT_LEVELS,
      'Level at which data were assigned to partitions; `patient` keeps all data of a patient in one partition (concept: partition_disjointness).',
    ).optional(),
    disjoint: bool('Whether the partitions share no patients/subjects (concept: partition_disjointness); false = they overlap.').optional(),
    method: choice(SPLIT_METHODS, 'How data were assigned to partitions.').optional(),
    description: text('Free-text description of the split.').optional(),
  })
  .describe('Assignment of data to training/validation/test partitions or folds (concepts: data_partitioning, partition_disjointness; a split without counts, proportions or folds counts as partial).');
