/**
 * Study-description schema, model and training: architecture, initialisation, ensembling, model selection, the
 * training procedure, and the software used.
 */
import { z } from 'zod';
import { bool, choice, choices, positive, text, texts } from './field-types.js';
import { MODEL_FAMILIES, MODEL_TASKS, MODEL_DIMENSIONS } from './vocabularies.js';

const Initialization = z
  .strictObject({
    pretrained: bool('Whether weights were initialised from a pretrained model (transfer learning).'),
    source: text('Source of the pretrained weights (e.g. "ImageNet", "RadImageNet").').optional(),
    description: text('Details of initialisation.').optional(),
  })
  .describe('Parameter initialisation (concept: initialization); `pretrained` is required when this group is given.');

const Ensembling = z
  .strictObject({
    used: bool('Whether several models were ensembled.'),
    description: text('How the ensemble was formed.').optional(),
  })
  .describe('Ensembling (concept: ensembling); `used` is required when this group is given.');

export const Model = z
  .strictObject({
    families: choices(MODEL_FAMILIES, 'Method family (concept: model_description).').optional(),
    tasks: choices(MODEL_TASKS, 'What the model does (concept: model_description).').optional(),
    architectures: texts('Named architectures of the final model (e.g. ["U-Net", "ResNet-50"]).', 'an architecture').optional(),
    backbone: text('Backbone/encoder network, if any (e.g. "ResNet-50").').optional(),
    dimensionality: choice(MODEL_DIMENSIONS, 'Input dimensionality.').optional(),
    inputs: text('Model inputs (e.g. "sagittal T2-weighted slices, 384×384 px").').optional(),
    outputs: text('Model outputs (e.g. "probability of each of four stenosis grades per level").').optional(),
    parameters_millions: z.number().min(0).describe('Number of trainable parameters, in millions.').optional(),
    description: text('Free-text description of the model: layers, pipeline stages, inputs and outputs.').optional(),
    output_threshold: text('How outputs were turned into decisions: cut-offs, risk groups (concept: model_output_thresholds).').optional(),
    initialization: Initialization.optional(),
    ensembling: Ensembling.optional(),
    selection: text('How the final model was selected (e.g. "checkpoint with the best validation kappa") (concept: model_selection).').optional(),
    architectures_compared: positive('Number of different architectures compared.').optional(),
    pipelines_compared: positive('Number of different pipelines (pre-/post-processing + model combinations) compared.').optional(),
    other_methods_compared: texts(
      'Other methods the model was compared with: other machine-learning methods, baselines, clinicians (concept: benchmark_comparison).',
      'a method',
    ).optional(),
  })
  .describe('The model / index test (concept: model_description and related).');

export const Training = z
  .strictObject({
    optimizer: text('Optimiser (e.g. "AdamW").').optional(),
    learning_rate: z.number().positive().describe('Initial learning rate.').optional(),
    learning_rate_schedule: text('Learning-rate schedule (e.g. "cosine annealing").').optional(),
    epochs: positive('Number of training epochs (maximum if early stopping).').optional(),
    batch_size: positive('Batch size.').optional(),
    loss: text('Loss function (e.g. "class-weighted cross-entropy").').optional(),
    augmentation: texts('Data augmentations (e.g. ["random rotation ±10°", "intensity scaling"]).', 'one augmentation').optional(),
    regularization: texts('Regularisation (e.g. ["weight decay 1e-4", "dropout 0.3"]).', 'one technique').optional(),
    early_stopping: text('Early-stopping rule (e.g. "patience 10 epochs on validation loss").').optional(),
    hyperparameter_tuning: text('How hyperparameters were chosen or tuned, and on which data.').optional(),
    hardware: text('Hardware used for training (e.g. "1 × NVIDIA A100 40 GB").').optional(),
    training_time_hours: z.number().min(0).describe('Training time in hours.').optional(),
    description: text('Free-text description of the training procedure.').optional(),
  })
  .describe('How the model was trained (concept: training_details).');

export const Software = z
  .strictObject({
    name: text('Software, library or framework (e.g. "PyTorch").'),
    version: text('Version (quote it: "2.1").').optional(),
    purpose: text('What it was used for.').optional(),
  })
  .describe('One piece of software.');
