import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyStudy } from '../src/study-type/classify.js';
import { chooseChecklists, type StudyTypeFallback } from '../src/engine/choose.js';
import { manuscriptFromString, readManuscript } from '../src/readers/index.js';
import { sharedData } from './shared-data.js';

/** A small Markdown manuscript: title, abstract, an introduction and methods. */
function doc(title: string, abstract: string, methods = '', intro = ''): string {
  return `# ${title}\n\n## Abstract\n\n${abstract}\n\n## Introduction\n\n${intro || 'This topic matters to patients and clinicians.'}\n\n## Methods\n\n${methods || 'We describe the study below.'}\n\n## Results\n\nThe results follow.\n`;
}
const classify = (md: string) => classifyStudy(manuscriptFromString(md));

describe('study type: one class each', () => {
  it('AI on medical images → ai_imaging (CLAIM)', () => {
    const r = classify(
      doc(
        'Convolutional neural network detection of wrist fractures on radiographs',
        'We trained a convolutional neural network to find scaphoid fractures on hand radiographs. The network was tested on 400 images from a second hospital. It reached an AUC of 0.92 against the consensus of two radiologists.',
      ),
    );
    expect(r.type).toBe('ai_imaging');
    expect(r.checklists).toContain('claim-2024');
    expect(r.evidence.length).toBeGreaterThan(0);
    expect(r.evidence[0]!.line).toBe(1);
  });

  it('machine learning on non-image data → ai_other (TRIPOD+AI)', () => {
    const r = classify(
      doc(
        'Gradient boosting to anticipate sepsis from laboratory values',
        'We developed a gradient boosting model on routine blood tests of 12,000 admissions. The model was validated in a later cohort of 3,000 admissions and discriminated well.',
      ),
    );
    expect(r.type).toBe('ai_other');
    expect(r.checklists).toEqual(['tripod-ai-2024']);
  });

  it('a regression prediction model → prediction_model (TRIPOD+AI)', () => {
    const r = classify(
      doc(
        'A risk score to predict readmission after heart failure admission',
        'We developed and validated a prediction model for 30-day readmission with logistic regression in 2,400 patients. The C-statistic was 0.74 in the validation cohort and the calibration slope was 0.95.',
      ),
    );
    expect(r.type).toBe('prediction_model');
    expect(r.checklists).toEqual(['tripod-ai-2024']);
  });

  it('accuracy of a test against a reference standard → diagnostic_accuracy (STARD)', () => {
    const r = classify(
      doc(
        'Accuracy of a rapid antigen test for streptococcal pharyngitis in children',
        'We enrolled 310 children with sore throat. The sensitivity and specificity of the rapid test were measured against throat culture as the reference standard. Sensitivity was 86% and specificity 95%.',
      ),
    );
    expect(r.type).toBe('diagnostic_accuracy');
    expect(r.checklists).toEqual(['stard-2015']);
  });

  it('AI diagnostic accuracy on images → CLAIM and STARD-AI (not STARD 2015)', () => {
    const r = classify(
      doc(
        'Deep learning detection of pneumothorax on chest radiographs: a diagnostic accuracy study',
        'A convolutional neural network was tested on 1200 chest radiographs from two hospitals. Sensitivity and specificity were computed against the reading of two thoracic radiologists as the reference standard. The area under the ROC curve was 0.94.',
      ),
    );
    expect(r.types).toContain('ai_diagnostic_accuracy');
    expect(r.checklists).toEqual(['claim-2024', 'stard-ai-2025']);
  });

  it('randomised trial → rct, CONSORT 2025', () => {
    const r = classify(
      doc(
        'Home physiotherapy versus clinic physiotherapy after knee replacement: a randomised controlled trial',
        'We randomly assigned 180 adults to home-based or clinic-based rehabilitation. The primary outcome was walking speed at 12 weeks.',
      ),
    );
    expect(r.type).toBe('rct');
    expect(r.checklists).toEqual(['consort-2025']);
    expect(r.otherGuidelines).toEqual([]);
  });

  it('trial protocol → trial_protocol, SPIRIT 2025, not CONSORT', () => {
    const r = classify(
      doc(
        'Home physiotherapy versus clinic physiotherapy after knee replacement: protocol for a randomised controlled trial',
        'Adults will be randomised to home-based or clinic-based rehabilitation. We will recruit 180 participants from three hospitals. The primary outcome will be walking speed at 12 weeks.',
      ),
    );
    expect(r.type).toBe('trial_protocol');
    expect(r.checklists).toEqual(['spirit-2025']);
    expect(r.otherGuidelines).toEqual([]);
  });

  it('a protocol told in the future tense, without the word in the title, is a protocol too', () => {
    const r = classify(
      doc(
        'Yoga or advice for chronic low back pain: a randomised controlled trial',
        'Adults with back pain will be randomly assigned to yoga or advice. Participants will be recruited from primary care. Pain will be measured at 6 months.',
      ),
    );
    expect(r.type).toBe('trial_protocol');
  });

  it('systematic review → systematic_review (PRISMA 2020)', () => {
    const r = classify(
      doc(
        'Vitamin D and fracture prevention: a systematic review and meta-analysis',
        'We searched MEDLINE and Embase up to March 2023 for trials of vitamin D. Twenty-one trials were pooled in a random-effects meta-analysis.',
      ),
    );
    expect(r.type).toBe('systematic_review');
    expect(r.checklists).toEqual(['prisma-2020']);
  });

  it('scoping review → scoping_review (PRISMA-ScR)', () => {
    const r = classify(doc('Digital tools for caregivers of people with dementia: a scoping review', 'This scoping review maps the published evidence on apps for caregivers. We charted the study designs and outcomes of 64 reports.'));
    expect(r.type).toBe('scoping_review');
    expect(r.checklists).toEqual(['prisma-scr-2018']);
  });

  it('a reporting guideline → guideline, no checklist', () => {
    const r = classify(doc('Reporting items for studies of wearable sensors: the WEAR statement', 'This statement gives a checklist of 20 items. The items were agreed in a Delphi process with 45 experts.'));
    expect(r.type).toBe('guideline');
    expect(r.checklists).toEqual([]);
    expect(r.otherGuidelines).toEqual([]);
  });

  it('cohort study → observational (STROBE)', () => {
    const r = classify(
      doc(
        'Shift work and incident type 2 diabetes in nurses: a prospective cohort study',
        'In this prospective cohort study, 40,000 nurses were followed up for 20 years. Hazard ratios for diabetes were estimated by years of night shifts.',
      ),
    );
    expect(r.type).toBe('observational');
    expect(r.checklists).toEqual(['strobe-2007']);
  });

  it('a tool paper without a study → software', () => {
    const r = classify(
      `# brainprep: an open-source Python package for preprocessing brain MRI for deep learning\n\n## Summary\n\nbrainprep is an open-source Python package that prepares MRI volumes for deep learning models. It offers command-line tools and a plug-in system. We present its design and usage.\n\n## Usage\n\nInstall it and run the command-line tool on a folder of images.\n`,
    );
    expect(r.type).toBe('software');
    expect(r.checklists).toEqual([]);
  });

  it('an image-analysis method without AI or a clinical design → methods_or_physics', () => {
    const r = classify(
      doc(
        'Motion correction of free-breathing cardiac MRI by groupwise image registration',
        'We propose a new registration method that corrects respiratory motion in cardiac MRI series. The method was compared with two existing registration pipelines on 30 image series, using the residual motion after processing.',
      ),
    );
    expect(r.type).toBe('methods_or_physics');
    expect(r.checklists).toEqual([]);
  });

  it('laboratory work → preclinical (ARRIVE 2.0, not bundled; no bundled checklist)', () => {
    const r = classify(doc('A kinase inhibitor slows tumour growth in mice', 'We treated xenograft mice with the inhibitor. Tumour volumes fell and cell lines showed less migration in vitro.'));
    expect(r.type).toBe('preclinical');
    expect(r.checklists).toEqual([]);
  });
});

describe('study type: precedence, negation and other work', () => {
  it('a review of AI imaging studies is a review', () => {
    const r = classify(
      doc(
        'Deep learning for lung nodule detection on CT: a systematic review and meta-analysis',
        'We searched PubMed and Embase for studies of deep learning models that detect nodules on CT images. Forty studies were included and pooled sensitivity was 0.90.',
      ),
    );
    expect(r.type).toBe('systematic_review');
    expect(r.checklists).toEqual(['prisma-2020']);
  });

  it('a randomised trial of an AI tool is a trial', () => {
    const r = classify(
      doc(
        'Artificial intelligence assistance during colonoscopy: a randomised controlled trial',
        'Patients were randomly assigned to colonoscopy with or without a deep learning detection system. The primary outcome was the adenoma detection rate.',
      ),
    );
    expect(r.type).toBe('rct');
    expect(r.types).toContain('ai_imaging');
  });

  it('a software paper about imaging AI is software when it presents a tool', () => {
    const r = classify(
      `# segkit: a toolbox for deep learning segmentation of medical images\n\n## Summary\n\nsegkit is an open-source Python package for training convolutional neural networks on MRI and CT images. It includes data loaders, losses and pretrained U-Net models.\n\n## Features\n\nThe package reads images in common formats.\n`,
    );
    expect(r.type).toBe('software');
  });

  it('trials and reviews cited in the introduction do not make a paper a trial or a review', () => {
    const r = classify(
      doc(
        'Blood pressure and cognitive decline in older adults: a population-based cohort study',
        'We followed 5,000 adults aged 65 years or older for ten years in a population-based cohort. Higher systolic pressure was associated with faster decline.',
        'Participants came from the community register and were followed up every two years.',
        'Several randomised controlled trials have tested blood pressure lowering [3, 4]. A systematic review and meta-analysis of these trials found no clear benefit [5]. Randomised evidence remains scarce.',
      ),
    );
    expect(r.type).toBe('observational');
  });

  it('a non-randomised comparison is not a trial', () => {
    const r = classify(
      doc(
        'Early mobilisation after hip fracture surgery: a non-randomised comparison of two wards',
        'This non-randomised study compared 220 patients on two wards. Patients were not randomised; allocation followed bed availability.',
      ),
    );
    expect(r.type).not.toBe('rct');
  });

  it('previous studies in the abstract do not count as this paper\'s AI', () => {
    const r = classify(
      doc(
        'Serum ferritin thresholds for iron deficiency in pregnancy',
        'Previous studies have used machine learning to set thresholds. We measured ferritin in 900 pregnant women and compared it with bone marrow iron as the reference standard. Sensitivity and specificity were reported for each threshold.',
      ),
    );
    expect(r.type).toBe('diagnostic_accuracy');
  });

  it('AI used for one step of a biomarker study does not make it an AI study', () => {
    const r = classify(
      doc(
        'Circulating proteins as biomarkers for early pancreatic cancer',
        'Candidate proteins were ranked by an artificial neural network. Plasma levels were measured in 120 patients and 110 controls. A combination of three proteins separated cancers from controls with an AUC of 0.84.',
      ),
    );
    expect(r.type).toBe('diagnostic_accuracy');
  });

  it('randomisation of data into training and test sets is not a trial', () => {
    const r = classify(
      doc(
        'Deep learning segmentation of the prostate on MRI',
        'Images were randomly allocated to training and test sets. A U-Net was trained on 300 MRI scans and reached a Dice score of 0.89 on the test set.',
      ),
    );
    expect(r.type).toBe('ai_imaging');
  });

  it('without an abstract, the front matter stands in for it', () => {
    const r = classify(
      `# Automated grading of diabetic retinopathy\n\nA. Author, B. Author\n\nWe trained a deep learning classifier on 20,000 fundus photographs. The classifier was tested on a separate set of images. Sensitivity was 0.91.\n\n## Introduction\n\nBlindness matters.\n`,
    );
    expect(r.type).toBe('ai_imaging');
  });
});

describe('--checklist auto', () => {
  it('runs the fitting bundled checklists', () => {
    const st = classify(doc('Convolutional neural network detection of wrist fractures on radiographs', 'We trained a convolutional neural network on hand radiographs and tested it on 400 images.'));
    expect(chooseChecklists('auto', st).map((c) => c.id)).toEqual(['claim-2024']);
    expect((st as StudyTypeFallback).note).toBeUndefined();
  });

  it('runs CONSORT 2025 for a trial report', () => {
    const st = classify(doc('Yoga for back pain: a randomised controlled trial', 'We randomly assigned 200 adults to yoga or advice.'));
    expect(chooseChecklists(undefined, st).map((c) => c.id)).toEqual(['consort-2025']);
    expect((st as StudyTypeFallback).note).toBeUndefined();
  });

  it('runs SPIRIT 2025 for a trial protocol, not the current checklists', () => {
    const st = classify(doc('Yoga for back pain: study protocol for a randomised controlled trial', 'Adults will be randomly assigned to yoga or advice.'));
    expect(st.type).toBe('trial_protocol');
    expect(chooseChecklists(undefined, st).map((c) => c.id)).toEqual(['spirit-2025']);
    expect((st as StudyTypeFallback).note).toBeUndefined();
  });

  it('checks nothing for a reporting guideline document and says so (issue 10: nothing bundled fits)', () => {
    const st = classify(doc('Reporting items for studies of wearable sensors: the WEAR statement', 'This statement gives a checklist of 20 items. The items were agreed in a Delphi process with 45 experts.'));
    expect(st.type).toBe('guideline');
    expect(chooseChecklists(undefined, st)).toEqual([]);
    const fb = st as StudyTypeFallback;
    expect(fb.fallbackChecklists).toBeUndefined();
    expect(fb.note).toMatch(/no reporting guideline applies/);
    expect(fb.note).toMatch(/nothing was checked \(name checklists with --checklist, e\.g\. -c current/);
    // named checklists still run
    expect(chooseChecklists('current', st).map((c) => c.id)).toEqual(['claim-2024', 'tripod-ai-2024', 'stard-2015']);
  });

  it('recognises a laboratory or animal study: ARRIVE 2.0 fits it (not bundled), nothing is checked', () => {
    const st = classify(
      doc(
        'A peptide inhibitor slows tumour growth in a mouse xenograft model',
        'Human colon cancer cell lines were cultured in vitro and treated with the peptide. Xenografts were grown in nude mice and measured twice a week. Tumour volume in treated mice was half that in untreated mice.',
      ),
    );
    expect(st.type).toBe('preclinical');
    expect(st.otherGuidelines).toEqual(['ARRIVE 2.0']);
    expect(chooseChecklists('auto', st)).toEqual([]);
    expect((st as StudyTypeFallback).note).toMatch(/^This looks like a laboratory or animal study: ARRIVE 2\.0 \(not bundled\) fits it; no bundled checklist fits/);
  });

  it('a study type not recognised, with a cue of the current checklists, gets them, said not to apply strictly', () => {
    const st = classify(doc('Notes on a new alloy for hip prostheses', 'The alloy was cast in three batches. A machine learning tool sorted the batches by grain size.'));
    expect(st.type).toBe('other');
    expect(st.outOfScope).toBeUndefined();
    const ids = chooseChecklists(undefined, st).map((c) => c.id);
    expect(ids).toEqual(['claim-2024', 'tripod-ai-2024', 'stard-2015']);
    expect((st as StudyTypeFallback).fallbackChecklists).toEqual(ids);
    expect((st as StudyTypeFallback).note).toMatch(/do not strictly apply/);
  });

  it('a study type not recognised, without any cue of the current checklists, is not checked against them', () => {
    const st = classify(doc('Notes on a new alloy for hip prostheses', 'The alloy was cast in three batches. Hardness was measured with a standard tester.'));
    expect(st.type).toBe('other');
    expect(st.outOfScope).toBe(true);
    expect(chooseChecklists(undefined, st)).toEqual([]);
    expect((st as StudyTypeFallback).fallbackChecklists).toBeUndefined();
    expect((st as StudyTypeFallback).note).toMatch(/^Study type not recognised, and the text is not about AI, medical images, prediction models or diagnostic accuracy/);
    // named checklists still run
    expect(chooseChecklists('claim-2024', st).map((c) => c.id)).toEqual(['claim-2024']);
  });

  it('explicit checklists are not annotated', () => {
    const st = classify(doc('Yoga for back pain: a randomised controlled trial', 'We randomly assigned 200 adults to yoga or advice.'));
    expect(chooseChecklists('stard-2015', st).map((c) => c.id)).toEqual(['stard-2015']);
    expect((st as StudyTypeFallback).note).toBeUndefined();
  });
});

const consort = sharedData('corpus/consort-tm/docs', 'corpus tests (study type of the consort-tm trials)');
const CONSORT = consort.path;
describe.skipIf(!consort.present)(consort.name('corpus: consort-tm'), () => {
  it('classifies every randomised-trial report as rct', async () => {
    const wrong: string[] = [];
    for (const f of readdirSync(CONSORT).sort()) {
      const r = classifyStudy(await readManuscript(join(CONSORT, f)));
      if (r.type !== 'rct') wrong.push(`${f}: ${r.type}`);
    }
    expect(wrong).toEqual([]);
  });
});

const EXAMPLES = join(__dirname, '..', 'examples');
describe('examples', () => {
  it.each(['spine-mri-study.md', 'draft-incomplete.md'])('%s is ai_imaging', async (f) => {
    expect(classifyStudy(await readManuscript(join(EXAMPLES, f))).type).toBe('ai_imaging');
  });
});
