/**
 * More sentences for the sixteen detectors of CONSORT/SPIRIT, PRISMA, STROBE, STARD-AI and TRIPOD items that were
 * manual before (beyond each concept's own examples): a positive, a "reported as not done", a negative and a trap
 * for each, written for these tests. Each runs the whole detector set on a one-section manuscript.
 */
import { describe, expect, it } from 'vitest';
import { findingFor } from '../helpers.js';

type Case = [concept: string, text: string, heading: string, expected: 'reported' | 'partial' | 'not-done' | 'missing'];

const CASES: Case[] = [
  // protocol_changes
  ['protocol_changes', 'Owing to slow recruitment, the target sample size was reduced from 400 to 300 with the approval of the ethics committee.', 'Methods', 'reported'],
  ['protocol_changes', 'The trial was conducted as planned, without any deviations from the registered protocol.', 'Methods', 'not-done'],
  ['protocol_changes', 'Analyses followed the protocol, which is available online.', 'Methods', 'missing'],
  ['protocol_changes', 'The staining protocol was modified to shorten the incubation time.', 'Methods', 'missing'],
  // interim_analyses
  ['interim_analyses', 'The steering committee closed enrolment early because the funder withdrew support.', 'Results', 'reported'],
  ['interim_analyses', 'Enrolment was terminated early on the advice of the data monitoring committee.', 'Results', 'reported'],
  ['interim_analyses', 'No interim analyses were planned for this small pilot trial.', 'Methods', 'not-done'],
  ['interim_analyses', 'Antibiotics were stopped after seven days in most children.', 'Results', 'missing'],
  ['interim_analyses', 'The network was trained for 200 epochs with early stopping on the validation loss.', 'Methods', 'missing'],
  // effect_measures
  ['effect_measures', 'Between-group differences in pain scores were estimated with linear regression adjusted for baseline.', 'Methods', 'reported'],
  ['effect_measures', 'The intervention reduced falls (rate ratio 0.71, 95% CI 0.58 to 0.87).', 'Results', 'reported'],
  ['effect_measures', 'The area under the ROC curve was 0.88 for the deep learning model.', 'Results', 'missing'],
  // search_strategy
  ['search_strategy', 'The complete search strategy for each database is available in Supplementary File 2.', 'Methods', 'reported'],
  ['search_strategy', 'MEDLINE and Scopus were searched for articles published between 2010 and 2022.', 'Methods', 'partial'],
  ['search_strategy', 'A neural architecture search was run to choose the number of layers.', 'Methods', 'missing'],
  ['search_strategy', 'The hospital database was searched for patients with a discharge code for sepsis.', 'Methods', 'missing'],
  // selection_process
  ['selection_process', 'Titles and abstracts were screened by two authors working independently, followed by full-text review.', 'Methods', 'reported'],
  ['selection_process', 'Of the 212 women screened, 150 were randomised.', 'Results', 'missing'],
  ['selection_process', 'Conflicts between annotators were resolved by a senior radiologist.', 'Methods', 'missing'],
  // data_extraction
  ['data_extraction', 'A charting table was developed in Excel and refined iteratively during extraction.', 'Methods', 'reported'],
  ['data_extraction', 'Texture features were extracted with PyRadiomics from each region of interest.', 'Methods', 'missing'],
  ['data_extraction', 'Demographic data were abstracted from medical records by a research assistant.', 'Methods', 'missing'],
  // critical_appraisal
  ['critical_appraisal', 'Each included cohort study was scored with the Newcastle-Ottawa Scale.', 'Methods', 'reported'],
  ['critical_appraisal', 'As is usual for scoping reviews, no critical appraisal of the sources was undertaken.', 'Methods', 'not-done'],
  ['critical_appraisal', 'Scans of insufficient image quality were excluded by the reader.', 'Methods', 'missing'],
  // synthesis_methods
  ['synthesis_methods', 'Results were pooled with a random-effects meta-analysis using the metafor package.', 'Methods', 'reported'],
  ['synthesis_methods', 'Data were summarised as medians and interquartile ranges.', 'Methods', 'missing'],
  ['synthesis_methods', 'Focus group transcripts were analysed thematically.', 'Methods', 'missing'],
  // reporting_bias
  ['reporting_bias', 'Publication bias was assessed with Begg\'s rank correlation test.', 'Methods', 'reported'],
  ['reporting_bias', 'We could not assess publication bias because only four studies were eligible.', 'Methods', 'not-done'],
  ['reporting_bias', 'Reporting of adverse events followed the CTCAE.', 'Methods', 'missing'],
  // certainty_assessment
  ['certainty_assessment', 'Confidence in the body of evidence was graded as low for all secondary outcomes.', 'Results', 'reported'],
  ['certainty_assessment', 'We did not rate the certainty of the evidence, because the review mapped concepts rather than effects.', 'Methods', 'not-done'],
  ['certainty_assessment', 'Histological grade was assessed by two pathologists.', 'Methods', 'missing'],
  // synthesis_results
  ['synthesis_results', 'Across the 31 included articles, 58% used convolutional neural networks and most relied on single-centre data.', 'Results', 'reported'],
  ['synthesis_results', 'After removing duplicates, 1,034 records were screened.', 'Results', 'missing'],
  ['synthesis_results', 'Most patients (62%) were men.', 'Results', 'missing'],
  // bias_control
  ['bias_control', 'To minimise information bias, interviewers were trained and used a structured questionnaire.', 'Methods', 'reported'],
  ['bias_control', 'Recall bias may have influenced the reported exposures.', 'Discussion', 'missing'],
  ['bias_control', 'Each convolution has a learnable bias term.', 'Methods', 'missing'],
  // ethical_considerations
  ['ethical_considerations', 'Responsibility for an incorrect triage decision made with the algorithm, and liability for its errors, remain unresolved.', 'Discussion', 'reported'],
  ['ethical_considerations', 'Written informed consent was obtained from all participants.', 'Methods', 'missing'],
  ['ethical_considerations', 'Performance was similar across age groups.', 'Results', 'missing'],
  // output_auditability
  ['output_auditability', 'All alerts generated by the system were recorded in an audit log together with the clinician\'s response.', 'Methods', 'reported'],
  ['output_auditability', 'The risk scores were displayed to the nurses but were not saved.', 'Methods', 'not-done'],
  ['output_auditability', 'Raw data were stored on an encrypted hospital server.', 'Methods', 'missing'],
  // unadjusted_associations
  ['unadjusted_associations', 'In unadjusted analyses, frailty was associated with delirium (OR 2.4, 95% CI 1.6 to 3.5).', 'Results', 'reported'],
  ['unadjusted_associations', 'After adjustment for age and sex, frailty remained associated with delirium.', 'Results', 'missing'],
  ['unadjusted_associations', 'Sensitivity and specificity were pooled with a bivariate model for diagnostic accuracy.', 'Results', 'missing'],
  // model_specification
  ['model_specification', 'The model intercept was -3.87, and the coefficients of the five predictors are listed in Table 2.', 'Results', 'reported'],
  ['model_specification', 'A nomogram for bedside use of the final model is shown in Figure 4.', 'Results', 'reported'],
  ['model_specification', 'The model was a ResNet-50 with a sigmoid output.', 'Methods', 'missing'],
];

describe('the sixteen detectors on sentences written for the tests', () => {
  it.each(CASES)('%s: %s (%s) → %s', (concept, text, heading, expected) => {
    const f = findingFor(concept, text, heading);
    if (expected === 'missing') {
      expect(f.status, f.rule).toBe('missing');
      return;
    }
    expect(f.status, f.reason).toBe(expected === 'not-done' ? 'reported' : expected);
    expect(Boolean(f.notDone), f.reason).toBe(expected === 'not-done');
  });
});
