/**
 * The item layer (issue 9, dev reading 2026-12-06): an item's status is not only its concepts' statuses. Items that
 * take for granted something the study shows it did not do are not applicable; an item answered in part by a
 * finding that falls short of its concept (counts at one selection stage) is partial, not missing; weak sentences
 * (figure labels, acknowledgements) are not cited when better ones exist.
 * Every manuscript here is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../src/api.js';
import type { ItemVerdict } from '../src/checklists/types.js';
import { ChecklistItemSchema } from '../src/checklists/schema.js';

async function items(md: string, checklistId = 'claim-2024'): Promise<ItemVerdict[]> {
  const r = await check({ text: md, path: 'paper.md' }, { checklists: checklistId });
  return r.files[0]!.checklists[0]!.items;
}
const item = (its: ItemVerdict[], id: string) => its.find((i) => i.id === id)!;

const SEGMENTATION = (metrics: string) => `# Automatic segmentation of the spleen on abdominal CT with a convolutional network

## Abstract

A convolutional network was trained to segment the spleen on portal venous CT scans.

## Methods

We trained a U-Net on 140 CT scans from one hospital, with the Adam optimiser for 200 epochs. ${metrics}

## Results

The network reached a mean Dice coefficient of 0.93 on the 40 test scans.
`;

describe('a segmentation study makes no class decision', () => {
  it('diagnostic estimates (CLAIM 2024 item 38, CLAIM 2020 item 36) and explainability are not applicable, with the reason', async () => {
    const its = await items(SEGMENTATION('Segmentations were compared with manual outlines by the Dice coefficient and the 95th percentile Hausdorff distance.'));
    for (const id of ['38', '31']) {
      expect(item(its, id).status, id).toBe('not-applicable');
      expect(item(its, id).reason).toMatch(/^the study measures segmentations \(Dice, surface distance\) and no class decision.*Dice coefficient/);
    }
    // performance with its uncertainty (item 37) still applies
    expect(item(its, '37').status).not.toBe('not-applicable');
    const old = await items(SEGMENTATION('Segmentations were compared with manual outlines by the Dice coefficient.'), 'claim-2020');
    expect(item(old, '36').status).toBe('not-applicable');
  });

  it('a segmentation study that also measures a decision (sensitivity, AUC) keeps both items', async () => {
    const its = await items(SEGMENTATION('Segmentations were compared with manual outlines by the Dice coefficient, and splenomegaly calls derived from the volume were scored by sensitivity and specificity.'));
    expect(item(its, '38').status).not.toBe('not-applicable');
    expect(item(its, '31').status).toBe('missing');
  });

  it('overlap measures without the word segmentation in the title or abstract are not enough', async () => {
    const md = SEGMENTATION('Outputs were compared with manual outlines by the Dice coefficient.')
      .replace('# Automatic segmentation of the spleen', '# Spleen analysis')
      .replace('trained to segment the spleen', 'trained to analyse the spleen');
    const its = await items(md);
    expect(item(its, '38').status).not.toBe('not-applicable');
  });
});

const TABULAR = (model: string) => `# Predicting readmission after heart failure admission

## Abstract

We built a model to predict 30-day readmission from routinely collected hospital data.

## Methods

Records of 2,310 admissions to a regional hospital between 2016 and 2020 were used. ${model} The area under the ROC curve was computed on a held-out quarter of the admissions.
`;

describe('models fitted from scratch have no initialisation', () => {
  it('logistic regression and gradient boosting: the initialisation item is not applicable, with the reason', async () => {
    const it = item(await items(TABULAR('We fitted a logistic regression and a gradient boosting classifier to predict readmission.')), '24');
    expect(it.status).toBe('not-applicable');
    expect(it.reason).toMatch(/^the models are fitted from scratch \((?:gradient boosting, logistic regression|logistic regression, gradient boosting)\): there are no network weights/);
  });

  it('a neural network keeps the item', async () => {
    const it = item(await items(TABULAR('We fitted a logistic regression and a feed-forward neural network with two hidden layers to predict readmission.')), '24');
    expect(it.status).toBe('missing');
  });
});

describe('an item answered in part is partial, not missing', () => {
  it('counts at one selection stage make the flow items partial; two stages report them', async () => {
    const one = `# A study\n\n## Methods\n\nWe trained a network on knee radiographs.\n\n## Results\n\nIn total 418 patients were included in the analysis.\n`;
    const it = item(await items(one), '35');
    expect(it.status).toBe('partial');
    expect(it.reason).toMatch(/^counts at one selection stage only/);
    expect(it.evidence[0]!.text).toMatch(/418 patients were included/);
    const two = one.replace('In total 418 patients were included in the analysis.', 'Of 502 patients screened, 84 were excluded because no radiograph was available, and 418 patients were included.');
    expect(item(await items(two), '35').status).toBe('reported');
    // an "if done" item (STROBE 13c, a flow diagram) stays not applicable: counts do not show a diagram was drawn
    const strobe = await items(one, 'strobe-2007');
    expect(item(strobe, '13c').status).toBe('not-applicable');
  });
});

describe('the number of cases used answers a flow item in part', () => {
  const DATA = (sentence: string) => `# Deep learning for wrist fracture detection\n\n## Methods\n\nWe trained a convolutional network to find wrist fractures on radiographs. ${sentence}\n`;

  it('a count of the images or patients the study used makes the flow item partial, citing it', async () => {
    const it = item(await items(DATA('The archive of the emergency department provided 1,240 radiographs of 980 patients for this work.')), '35');
    expect(it.status).toBe('partial');
    expect(it.reason).toMatch(/^the number of cases used is given, but no selection stages or exclusions/);
    expect(it.evidence[0]!.text).toMatch(/1,240 radiographs/);
  });

  it('counts of training batches or augmented copies are not the cases used', async () => {
    const its = await items(DATA('Each batch used 32 images, and 20 augmented images were generated from every radiograph.'));
    expect(item(its, '35').status).toBe('missing');
  });
});

describe('weak sentences are cited only when there is nothing better', () => {
  it('an acknowledgement is not cited for a methods item when a methods sentence is there', async () => {
    const md = `# Deep learning for liver fat\n\n## Abstract\n\nWe trained a convolutional network to measure liver fat on MRI.\n\n## Methods\n\nThe network was trained with the Adam optimiser, a learning rate of 0.001 and a batch size of 16 for 100 epochs.\n\n## Acknowledgements\n\nWe thank our colleague for writing the training pipeline and tuning the optimiser used in this work.\n`;
    const it = item(await items(md), '25');
    expect(it.evidence.length).toBeGreaterThan(0);
    expect(it.evidence.some((e) => /^Acknowledg/.test(e.section))).toBe(false);
  });
});

describe('checklist files may declare what an item presupposes', () => {
  it('the schema accepts the known presuppositions and rejects others', () => {
    const base = { id: '9', section: 'Results', topic: 'T', description: 'D', concepts: ['performance_results'] };
    expect(ChecklistItemSchema.safeParse({ ...base, presupposes: ['class_output'] }).success).toBe(true);
    expect(ChecklistItemSchema.safeParse({ ...base, presupposes: ['a_trained_reader'] }).success).toBe(false);
  });
});

const CLASSIFIER = (results: string) => `# Deep learning to detect pneumothorax on chest radiographs

## Abstract

A convolutional network was trained to detect pneumothorax on frontal chest radiographs.

## Methods

We trained a DenseNet on 3,200 radiographs from a university hospital and tested it on 800 radiographs held out by patient. Discrimination was measured by the area under the ROC curve, and sensitivity and specificity were computed at the threshold fixed on the validation data.

## Results

${results}

## Discussion

Our network compares well with earlier detectors, which reported an AUC of 0.88 (95% CI 0.85-0.91).
`;

describe('results without their precision answer an item that asks for it only in part', () => {
  it('bare point estimates make the precision items partial (CLAIM 2024 items 37 and 38, STARD 2015 item 24), with the reason', async () => {
    const its = await items(CLASSIFIER('On the test radiographs the network had an AUC of 0.93, a sensitivity of 88% and a specificity of 91%.'));
    for (const id of ['37', '38']) {
      expect(item(its, id).status, id).toBe('partial');
      expect(item(its, id).reason).toMatch(/^the performance measures are given as point estimates, without a confidence interval.*AUC of 0\.93/);
    }
    // an interval quoted in the discussion from other work does not count
    const stard = await items(CLASSIFIER('On the test radiographs the network had an AUC of 0.93, a sensitivity of 88% and a specificity of 91%.'), 'stard-2015');
    expect(item(stard, '24').status).toBe('partial');
  });

  it('an interval, a spread over folds or runs, or a test anywhere in the results keeps them reported', async () => {
    for (const results of [
      'On the test radiographs the network had an AUC of 0.93 (95% CI 0.90-0.95), a sensitivity of 88% and a specificity of 91%.',
      'On the test radiographs the network had an AUC of 0.93 [0.90, 0.95] and a sensitivity of 88%.',
      'Over five training runs the AUC on the test radiographs was 0.93 ± 0.01, with a sensitivity of 88%.',
      'The network had an AUC of 0.93 against 0.89 for the radiologists (P = 0.02 by the DeLong test), with a sensitivity of 88%.',
      'The AUC and the sensitivity are given with their 95% confidence intervals in the second table.',
    ]) {
      const its = await items(CLASSIFIER(results));
      expect(item(its, '37').status, results).toBe('reported');
    }
  });

  it('a citation after an estimate is not an interval', async () => {
    const its = await items(CLASSIFIER('On the test radiographs the network had an accuracy of 93% [12, 15] and an AUC of 0.95.'));
    expect(item(its, '37').status).toBe('partial');
  });
});

const MODEL_DATA = (data: string) => `# A machine learning model to predict acute kidney injury after cardiac surgery

## Abstract

We developed and validated a gradient boosting model to predict acute kidney injury within 48 hours of cardiac surgery.

## Methods

${data} The model was fitted with gradient boosting on 24 routinely recorded predictors, and discrimination was measured by the area under the ROC curve (AUC).

## Results

The AUC was 0.81 (95% CI 0.78-0.84) in the development data and 0.77 (95% CI 0.72-0.82) in the validation data.
`;

describe('an "if done" item applies when the manuscript shows it was done', () => {
  it('data from several hospitals make the between-site variation item (TRIPOD+AI 12d) apply, with the reason', async () => {
    const its = await items(MODEL_DATA('Records of 6,140 adults operated on in four participating hospitals between 2015 and 2021 were used for development, and 1,980 from two other hospitals for validation.'), 'tripod-ai-2024');
    const it = item(its, '12d');
    expect(it.status).toBe('missing');
    expect(it.reason).toMatch(/^the data come from several sites or cohorts.*hospitals.*so the item applies/);
  });

  it('data from one hospital leave it not applicable', async () => {
    const its = await items(MODEL_DATA('Records of 6,140 adults operated on at a single university hospital between 2015 and 2021 were used, the last year held out for validation.'), 'tripod-ai-2024');
    expect(item(its, '12d').status).toBe('not-applicable');
  });
});

describe('a subset of the available data makes the subset item apply', () => {
  const IMAGING = (sentence: string) => `# Deep learning for cartilage segmentation on knee MRI\n\n## Methods\n\n${sentence} A U-Net was trained with the Adam optimiser and evaluated by the Dice coefficient.\n`;

  it('a subset taken from a larger database: CLAIM 2024 item 10 is missing, with the sentence that shows it', async () => {
    const it = item(await items(IMAGING('We trained and tested the network on a small set of sagittal knee scans from a public osteoarthritis database.')), '10');
    expect(it.status).toBe('missing');
    expect(it.reason).toMatch(/^the study used part of the available data.*small set of sagittal knee scans/);
    const picked = item(await items(IMAGING('From every examination the twelve central sagittal slices were selected for annotation.')), '10');
    expect(picked.status).toBe('missing');
  });

  it('a whole dataset, or a subset of features, leaves it not applicable', async () => {
    expect(item(await items(IMAGING('All 412 knee scans of the public challenge dataset were used.')), '10').status).toBe('not-applicable');
    expect(item(await items(IMAGING('A subset of 40 radiomic features was selected by LASSO.')), '10').status).toBe('not-applicable');
  });
});

describe('checklist files may declare what an item requires and what shows it was done', () => {
  it('the schema accepts the known requirements and premises and rejects others', () => {
    const base = { id: '9', section: 'Results', topic: 'T', description: 'D', concepts: ['performance_results'] };
    expect(ChecklistItemSchema.safeParse({ ...base, requires: ['performance_uncertainty'] }).success).toBe(true);
    expect(ChecklistItemSchema.safeParse({ ...base, requires: ['a_flow_diagram'] }).success).toBe(false);
    expect(ChecklistItemSchema.safeParse({ ...base, conditional: true, doneWhen: ['several_sites'] }).success).toBe(true);
    expect(ChecklistItemSchema.safeParse({ ...base, conditional: true, doneWhen: ['data_subset'] }).success).toBe(true);
    expect(ChecklistItemSchema.safeParse({ ...base, doneWhen: ['one_site'] }).success).toBe(false);
  });
});

describe('a rule by which the data were taken answers an eligibility item in part', () => {
  const DATA = (sentence: string) => `# Deep learning for wrist fracture detection\n\n## Methods\n\nWe trained a convolutional network to find wrist fractures on radiographs. ${sentence}\n`;

  it('"all patients for whom ... were available were included" makes the eligibility items partial, citing it', async () => {
    const md = DATA("All patients for whom a wrist radiograph and the surgeon's final diagnosis were available have been included.");
    const claim = item(await items(md), '8');
    expect(claim.status).toBe('partial');
    expect(claim.reason).toMatch(/^the rule by which the data were taken is stated, but no inclusion and exclusion criteria are listed; not found: setting/);
    expect(claim.evidence[0]!.text).toMatch(/for whom a wrist radiograph/);
    expect(item(await items(md, 'stard-ai-2025'), '7').status).toBe('partial');
  });

  it('"we use only ... since ..." is such a rule; a subset of features is not', async () => {
    expect(item(await items(DATA('We use only the second reading round since its labels were checked twice by hand surgeons.')), '8').status).toBe('partial');
    expect(item(await items(DATA('Only the features that were significant were retained.')), '8').status).toBe('missing');
  });
});

describe('a split into training and held-out data answers the internal validation item in part', () => {
  const DATA = (sentence: string) => `# Deep learning for wrist fracture detection\n\n## Methods\n\nWe trained a convolutional network to find wrist fractures on radiographs. ${sentence}\n`;

  it('a training part and a held-out part make CLAIM 2024 item 32 partial, citing the split', async () => {
    const it = item(await items(DATA('Of the 900 radiographs, 720 training images and 180 validation images were kept.')), '32');
    expect(it.status).toBe('partial');
    expect(it.reason).toMatch(/^the data are split into training and held-out parts, but the evaluation on the held-out part is not described/);
    expect(it.evidence[0]!.text).toMatch(/720 training images/);
  });

  it('a split said with an act of dividing is internal validation itself (a split sample): item 32 reported', async () => {
    const it = item(await items(DATA('The 900 radiographs were divided into 720 training images and 180 validation images.')), '32');
    expect(it.status).toBe('reported');
    expect(it.evidence[0]!.text).toMatch(/720 training images/);
  });

  it('no split leaves it missing', async () => {
    expect(item(await items(DATA('The network was trained with the Adam optimiser for 60 epochs.')), '32').status).toBe('missing');
  });
});

describe('an "if done" item asks for a check when the manuscript shows a situation in which it may have been done', () => {
  it('data from several hospitals: performance per site (TRIPOD+AI 23b, "where studied") needs review, with the reason', async () => {
    const its = await items(MODEL_DATA('Records of 6,140 adults operated on in four participating hospitals between 2015 and 2021 were used for development, and 1,980 from two other hospitals for validation.'), 'tripod-ai-2024');
    const it = item(its, '23b');
    expect(it.status).toBe('needs-review');
    expect(it.reason).toMatch(/^the data come from several sites or cohorts.*so the item may apply: check by hand/);
    const one = await items(MODEL_DATA('Records of 6,140 adults operated on at a single university hospital between 2015 and 2021 were used, the last year held out for validation.'), 'tripod-ai-2024');
    expect(item(one, '23b').status).toBe('not-applicable');
  });

  const ACCURACY = (reference: string) => `# Accuracy of a rapid antigen test for streptococcal pharyngitis in children

## Methods

We enrolled 412 children with sore throat at three paediatric practices and performed a rapid antigen test. ${reference}

## Results

Sensitivity was 86% and specificity 95%.
`;

  it('a reference standard that classifies the participants: its rationale (STARD 2015 item 11, STARD-AI 16b) needs review', async () => {
    const md = ACCURACY('The reference standard was a throat culture read by a laboratory technician blinded to the rapid test, and children were classified as infected when it grew group A streptococci.');
    const it = item(await items(md, 'stard-2015'), '11');
    expect(it.status).toBe('needs-review');
    expect(it.reason).toMatch(/^a reference standard classifies the participants.*check by hand/);
    expect(item(await items(md, 'stard-ai-2025'), '16b').status).toBe('needs-review');
  });

  it('no reference standard described leaves the rationale not applicable', async () => {
    expect(item(await items(ACCURACY(''), 'stard-2015'), '11').status).toBe('not-applicable');
  });

  it('the schema accepts checkWhen with the known premises and rejects others', () => {
    const base = { id: '9', section: 'Methods', topic: 'T', description: 'D', concepts: ['reference_standard_rationale'], conditional: true };
    expect(ChecklistItemSchema.safeParse({ ...base, checkWhen: ['diagnostic_reference'] }).success).toBe(true);
    expect(ChecklistItemSchema.safeParse({ ...base, doneWhen: ['several_sites'], checkWhen: ['several_sites'] }).success).toBe(true);
    expect(ChecklistItemSchema.safeParse({ ...base, checkWhen: ['any_site'] }).success).toBe(false);
  });
});
