import { describe, expect, it } from 'vitest';
import { extraSpecs } from '../../src/concepts/extra.js';
import { requiredLiterals } from '../../src/concepts/core/prefilter.js';
import { detectMarkdown, findingFor, statusOf } from '../helpers.js';

/**
 * The gated concepts only apply where a model or test is evaluated; this sentence supplies that context without
 * touching any of the concepts under test.
 */
const EVAL_CONTEXT = 'The area under the ROC curve of the classifier was computed. ';

type Row = [string, string, string?];

function check(concept: string, rows: Row[], expected: string, context = EVAL_CONTEXT) {
  it.each(rows)(`${concept} → ${expected}: %s`, (sentence, heading) => {
    expect(statusOf(concept, context + sentence, heading ?? 'Methods')).toBe(expected);
  });
}

describe('extra concepts: every rule is prefilter-friendly', () => {
  it.each(extraSpecs.flatMap((s) => s.rules.map((r) => [`${s.concept}:${r.id}`, r.re] as const)))('%s names a literal', (_id, re) => {
    const lits = requiredLiterals(re);
    expect(lits).not.toBeNull();
    for (const l of lits!) expect(l.trim().length).toBeGreaterThanOrEqual(3);
  });
});

describe('health_inequalities', () => {
  check(
    'health_inequalities',
    [
      ['Marked socioeconomic disparities in the uptake of screening have been described in this region [4].', 'Introduction'],
      ['Well-documented racial and ethnic health inequalities persist in maternal outcomes.', 'Introduction'],
      ['Disparities in access to specialist care by income and insurance status are widely reported [7,8].', 'Introduction'],
      ['Women from deprived communities present with later stage disease and have poorer survival.', 'Introduction'],
      ['Health inequalities in cardiovascular mortality between ethnic groups have been documented repeatedly.', 'Background'],
    ],
    'reported',
    '',
  );
  check(
    'health_inequalities',
    [
      ['The disparity map was estimated from the stereo image pair.', 'Methods'],
      ['An inequality constraint on the weights was added to the optimisation.', 'Methods'],
      ['Participants were aged 40 to 75 years and 52% were women.', 'Methods'],
      // a fairness worry about the model, not a known inequality
      ['Biased algorithms could exacerbate health disparities.', 'Discussion'],
      // a wish for the future
      ['Future studies should examine health disparities in larger cohorts.', 'Discussion'],
      // a checklist instruction quoted in a guideline paper
      ['Summarise any known health inequalities between sociodemographic groups.', 'Methods'],
    ],
    'missing',
    '',
  );
});

describe('usability_end_user', () => {
  check(
    'usability_end_user',
    [
      ['The intended users of the tool are general practitioners in primary care.'],
      ['The classifier is meant as a second reader for screening mammograms: the radiologist sees its score after reading.'],
      ['The software is designed to be used by radiographers without specialist training in image analysis.'],
      ['The algorithm was integrated into our radiology workflow through the PACS viewer.'],
      ['A usability evaluation of the prototype with twelve nurses was carried out using semi-structured interviews.'],
      ['The toolbox requires no programming skills, so clinicians can run it from a graphical interface.'],
      ['When images of insufficient quality are submitted at the time of deployment, the system rejects them and asks for a new acquisition.'],
    ],
    'reported',
  );
  check(
    'usability_end_user',
    [
      ['Users can change the learning rate in the configuration file.'],
      ['Cannabis users were excluded from the cohort.'],
      ['The model was developed for patients with suspected pulmonary embolism.'],
      // possibility, not a statement
      ['Such a tool could be integrated into clinical workflows in the future.', 'Discussion'],
      ['Usability studies with eye tracking are common in human-computer interaction research [3].', 'Introduction'],
      ['Many commercial algorithms are designed to assist radiologists in reading chest films.', 'Introduction'],
      ['Such systems are intended as decision support [8].', 'Introduction'],
    ],
    'missing',
  );
  it('an Introduction statement about this model counts (TRIPOD+AI 3b)', () => {
    const md =
      '# T\n\n## Introduction\n\nOur tool is intended as triage support in the emergency department; the physician on duty confirms each alert.\n\n' +
      `## Methods\n\n${EVAL_CONTEXT}\n`;
    expect(detectMarkdown(md).get('usability_end_user')?.status).toBe('reported');
  });
  it('needs a model or test under evaluation', () => {
    expect(statusOf('usability_end_user', 'The intended users of the leaflet are parents of young children.')).toBe('missing');
  });
});

describe('heterogeneity_clusters', () => {
  check(
    'heterogeneity_clusters',
    [
      ['Discrimination varied across the eight hospitals, with AUCs between 0.74 and 0.86.', 'Results'],
      ['Performance was estimated separately for each centre and pooled with a random-effects meta-analysis across centres.'],
      ['We used internal-external cross-validation, leaving out one country at a time.'],
      ['A random intercept for hospital accounted for clustering of patients.'],
      ['Site-specific calibration slopes are shown in Supplementary Figure 4.', 'Results'],
      ['In the held-out data, the weighted kappa ranged from 0.70 to 0.81 across the four participating hospitals.', 'Results'],
      ['There was no relevant heterogeneity in the c-statistic between centres (I2 = 0%).', 'Results'],
    ],
    'reported',
  );
  check(
    'heterogeneity_clusters',
    [
      ['Another difficulty of multicentre imaging is the heterogeneity of the data across clinical centres.', 'Introduction'],
      ['Patients were recruited at 12 hospitals in three countries.'],
      ['Randomisation was stratified by centre.'],
      ['Accuracy was computed across all sites combined.', 'Results'],
      ['Heterogeneity between studies was assessed with the I2 statistic in this meta-analysis.'],
      ['Previous models showed variable performance across sites [12].', 'Introduction'],
    ],
    'missing',
  );
});

describe('model_updating', () => {
  check(
    'model_updating',
    [
      ['Because predicted risks were systematically too high, the model was recalibrated by re-estimating its intercept.'],
      ['We applied logistic recalibration of the original score to the validation cohort.'],
      ['The model was updated using the local data by re-estimating the regression coefficients.'],
      ['The network was then fine-tuned on data from each external site before testing.'],
    ],
    'reported',
  );
  it.each([
    ['The published model was applied to our cohort without any retraining or recalibration.'],
    ['The risk score was not recalibrated for the new population.'],
  ])('model_updating not done: %s', (s) => {
    const f = findingFor('model_updating', EVAL_CONTEXT + s);
    expect(f.status).toBe('reported');
    expect(f.notDone).toBe(true);
  });
  check(
    'model_updating',
    [
      ['The scanner was recalibrated every morning using a phantom.'],
      ['Base quality score recalibration was carried out with the standard pipeline.'],
      ['Model parameters were updated with the Adam optimiser at each iteration.'],
      ['We fine-tuned an ImageNet-pretrained ResNet-50 on our local dataset.'],
      ['Recalibration may be required before the model is used in other settings.', 'Discussion'],
      ['Existing scores have been recalibrated in several countries [21,22].', 'Introduction'],
    ],
    'missing',
  );
});

describe('dev_vs_eval_differences', () => {
  check(
    'dev_vs_eval_differences',
    [
      ['Table 1 compares the characteristics of the derivation cohort and the external validation cohort.', 'Results'],
      ['Patients in the validation cohort were older and more often female than those in the development cohort.', 'Results'],
      ['Compared with the original derivation population, our cohort had a higher prevalence of diabetes.', 'Discussion'],
      ['Baseline characteristics were similar between the two cohorts (Table 2).', 'Results'],
    ],
    'reported',
  );
  check(
    'dev_vs_eval_differences',
    [
      ['The data were randomly split into a training set (70%) and a test set (30%).'],
      ['The AUC was higher in the training set than in the test set, suggesting some overfitting.', 'Results'],
      ['A total of 412 genes were differentially expressed between the two cohorts.', 'Results'],
      ['We measured 30 samples from the training set and 20 samples from the test set with a more precise assay.'],
      ['Models fitted on the training set were compared on the validation set.'],
    ],
    'missing',
  );
});

describe('ppi', () => {
  check(
    'ppi',
    [
      ['Patient and public involvement: two patient partners reviewed the protocol and the plain language summary.', 'Declarations'],
      ['Patients were involved in the design of the study and in choosing the outcome measures.'],
      ['A patient advisory group commented on the study materials.'],
      ['The trial steering committee included a lay member and a patient representative.'],
    ],
    'reported',
    '',
  );
  it('not involved is reported as not done', () => {
    const f = findingFor('ppi', 'Patients and members of the public were not involved in the design, conduct or reporting of this research.');
    expect(f.status).toBe('reported');
    expect(f.notDone).toBe(true);
  });
  check(
    'ppi',
    [
      ['Patients continued their PPI treatment throughout the trial.'],
      ['The app includes reminders to support patient engagement with exercise.'],
      ['Shared decision making was scored on a patient involvement scale by two raters.'],
      ['Consent was obtained from the patient or a legal representative.'],
      ['Patients involved in road traffic accidents were excluded.'],
      ['Patient and public involvement has been recommended for prediction research [5].', 'Introduction'],
    ],
    'missing',
    '',
  );
});

describe('events_per_analysis', () => {
  check(
    'events_per_analysis',
    [
      ['Of the 1,240 patients in the development cohort, 186 (15.0%) died within 30 days.', 'Results'],
      ['The validation set comprised 532 participants, of whom 61 experienced the primary outcome.', 'Results'],
      ['There were 97 outcome events among 2,310 patients in the temporal validation data.', 'Results'],
      ['In the derivation cohort (n = 4,512), 312 patients (6.9%) developed delirium.', 'Results'],
      ['The primary outcome occurred in 88 (7.1%) of 1,236 participants.', 'Results'],
    ],
    'reported',
  );
  check(
    'events_per_analysis',
    [
      ['We required at least 10 events per variable for model development.'],
      ['Of 300 patients, 45 had diabetes and 80 had hypertension.', 'Results'],
      ['Adverse events occurred in 12 (4%) of 300 patients.', 'Results'],
      ['In total, 120 patients had 35 adverse events during follow-up.', 'Results'],
      ['Previous cohorts included 5,000 patients with 400 events [9].', 'Introduction'],
    ],
    'missing',
  );
});

describe('disease_severity_alternative_dx', () => {
  check(
    'disease_severity_alternative_dx',
    [
      ['The final diagnoses in the patients without appendicitis were mostly nonspecific abdominal pain and gastroenteritis.', 'Results'],
      ['Among participants who did not have pneumonia, 40 were eventually diagnosed with bronchitis.', 'Results'],
      ['The distribution of tumour stages among the cancers detected is given in Table 3.', 'Results'],
      ['Of the 85 patients with heart failure, 30 (35%) had mild and 12 had severe disease.', 'Results'],
      ['Of 2,000 graded knees, 900 (45.0%), 700 (35.0%) and 400 (20.0%) had mild, moderate and severe osteoarthritis.', 'Results'],
    ],
    'reported',
  );
  check(
    'disease_severity_alternative_dx',
    [
      ['Patients without a prior diagnosis of diabetes were included.'],
      ['Disease severity was graded on a four-point scale.'],
      ['The spectrum of disease severity affects diagnostic accuracy [11].', 'Introduction'],
    ],
    'missing',
  );
});

describe('time_interval', () => {
  check(
    'time_interval',
    [
      ['The median interval between MRI and radical prostatectomy was 42 days (range 7-120).', 'Results'],
      ['All patients underwent surgery within four weeks after the index CT examination.'],
      ['No treatment was started between the index test and the reference standard.'],
      ['The time from biopsy to histopathological diagnosis did not exceed 10 days.', 'Results'],
      ['Reference MRI was obtained a median of 3 days (IQR 1-7) after the index ultrasound.', 'Results'],
    ],
    'reported',
  );
  check(
    'time_interval',
    [
      ['The RR interval was measured between two consecutive R waves.'],
      ['The interval between the first and second MRI scans was six months.'],
      ['Results are given with 95% confidence intervals.'],
      ['The time from randomisation to surgery was similar in both arms.'],
      ['CT was performed within 24 hours of symptom onset.'],
      ['CT was repeated a median of 14 days after admission.', 'Results'],
      ['Men with a biopsy within six weeks before MRI were excluded because of haemorrhage artefacts.'],
    ],
    'missing',
  );
});

describe('adverse_events', () => {
  check(
    'adverse_events',
    [
      ['No complications occurred after the biopsy in any participant.', 'Results'],
      ['Two patients had mild adverse reactions to the contrast medium.', 'Results'],
      ['Biopsy-related complications were recorded for all participants.'],
      ['Adverse events of the reference standard colonoscopy included one perforation.', 'Results'],
    ],
    'reported',
  );
  check(
    'adverse_events',
    [
      ['Adverse events related to the study drug were mild.', 'Results'],
      ['Postoperative complications occurred in 12% of patients.', 'Results'],
      ['Serious adverse events were reported during the treatment period.', 'Results'],
      ['Patients with prior complications of biopsy were excluded.'],
      ['Adverse events during MRI-guided focused ultrasound treatment were recorded.', 'Results'],
      ['Patients with a minor head injury following a fall underwent CT.'],
    ],
    'missing',
  );
  it('needs a test under evaluation (trial harms are a homonym)', () => {
    expect(statusOf('adverse_events', 'Two patients had mild adverse reactions to the contrast medium.', 'Results')).toBe('missing');
  });
});
