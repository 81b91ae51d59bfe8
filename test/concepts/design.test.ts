import { describe, expect, it } from 'vitest';
import { detectMarkdown, findingFor, statusOf } from '../helpers.js';

const present = (s: string) => s !== 'missing';

describe('abstract', () => {
  const status = (md: string) => detectMarkdown(md).get('abstract')!.status;
  it('headed parts under Abstract', () => {
    const md = '# T\n\n## Abstract\n\n### Background\n\nA problem exists.\n\n### Methods\n\nWe enrolled adults.\n\n### Results\n\nThe effect was small.\n\n### Conclusions\n\nIt may help.\n\n## Introduction\n\nText here.\n';
    expect(status(md)).toBe('reported');
  });
  it.each([
    ['inline labels with colons', 'Background: Pain is common. Methods: We recruited 80 adults. Results: Pain fell. Conclusions: The programme works.'],
    ['inline labels without colons', 'Objective To test a new drug. Design Randomised controlled trial in two clinics. Results The drug lowered pressure. Conclusions It is effective.'],
    ['numbered labels', '(1) Background: Smoking harms lungs. (2) Methods: Smokers were randomised. (3) Results: Lung function improved. (4) Conclusions: Diet helps.'],
  ])('%s', (_n, text) => {
    expect(status(`# T\n\n## Abstract\n\n${text}\n\n## Introduction\n\nMore text.\n`)).toBe('reported');
  });
  it('upper-case labels run together (PDF text)', () => {
    expect(status('Some title\n\nOBJECTIVEToassess the risk of falls.\n\nRESULTSThecohort included 500 people.\n\nCONCLUSIONS AND RELEVANCEInthis cohort falls were common.\n\nIntroduction\n\nFalls matter.\n')).toBe('reported');
  });
  it.each([
    ['single unstructured paragraph', '# T\n\n## Abstract\n\nThis trial tested a supplement in infants. Results were mixed and growth improved slightly. The supplement may help.\n\n## Introduction\n\nText.\n'],
    ['prose starting with "Results were"', '# T\n\n## Abstract\n\nWe studied sleep. Methods were standard. Results were similar across groups.\n\n## Introduction\n\nText.\n'],
    ['no abstract at all', '# T\n\n## Introduction\n\nText about things.\n\n## Methods\n\nWe did it.\n'],
  ])('not structured: %s', (_n, md) => {
    expect(status(md)).toBe('missing');
  });
  it('abstract parts that became top-level headings before the body', () => {
    const md = '# T\n\n## Background:\n\nValve calcification is common.\n\n### Methods:\n\nMen were randomised to a vitamin.\n\n### Results:\n\nProgression did not differ.\n\n### Conclusions:\n\nNo benefit was seen.\n\n## Methods\n\n### Design\n\n' + 'We ran a trial. '.repeat(15) + '\n';
    expect(status(md)).toBe('reported');
  });
});

describe('objectives', () => {
  it.each([
    ['We aimed to assess whether exercise lowers blood pressure.', 'Introduction'],
    ['The primary objective of this trial was to compare two dressings.', 'Methods'],
    ['We therefore carried out a pragmatic trial to evaluate a text-message reminder.', 'Introduction'],
    ['To determine the effect of coaching on weight loss.', 'Abstract'],
    ['We hypothesised that the new splint would shorten recovery.', 'Introduction'],
    ['To overcome this limitation, we modified a capture method first built for human exomes.', 'Introduction'],
    ['This study applies a targeted sequencing assay to measure donor DNA in recipient plasma.', 'Introduction'],
    ['Our findings support the hypothesis that faster uptake of the enzyme clears more substrate.', 'Discussion'],
    ['In this study, a gaze-driven assistive arm is designed and developed to help paralysed patients eat.', 'Introduction'],
  ])('positive: %s', (s, h) => expect(statusOf('objectives', s, h)).toBe('reported'));
  it.each([
    ['The null hypothesis was that the two drugs were equivalent.', 'Methods'],
    ['Previous trials aimed to reduce falls in care homes [3].', 'Introduction'],
    ['Blood pressure was measured twice.', 'Methods'],
    ['The null hypothesis of no difference was rejected at the 5% level.', 'Results'],
  ])('negative: %s', (s, h) => expect(statusOf('objectives', s, h)).toBe('missing'));
});

describe('design_prospective_retrospective', () => {
  it.each([
    ['This retrospective study reviewed records of 300 patients.', 'retrospective'],
    ['Blood samples were collected prospectively from 110 women.', 'prospective'],
    ['We conducted a double-blind, placebo-controlled randomised trial.', 'prospective'],
    ['Samples were obtained retrospectively from a biobank.', 'retrospective'],
  ])('positive: %s', (s, v) => {
    const f = findingFor('design_prospective_retrospective', s);
    expect(f.status).toBe('reported');
    expect(f.value).toBe(v);
  });
  it.each([
    ['The trial was prospectively registered with a public registry.'],
    ['Images were corrected with a retrospective bias-field method.', 'Introduction'],
    ['Subjects were randomly assigned to batches during network training.'],
    ['We have focused on randomized trials, but the approach suits other reviews.'],
    ['Records will continue to be collected prospectively in the coming years.'],
    ['Future prospective studies are needed.', 'Discussion'],
    ['Prospective cohorts give better estimates than case-control designs but are costly.', 'Discussion'],
    ['An earlier retrospective study found that the marker predicted relapse.', 'Discussion'],
    ['In a large prospective validation study, a rival score reached an AUC of 0.70 (12).', 'Discussion'],
    ['A recent large randomised clinical trial reported that patients given adjuvant platinum lived longer (Smith et al, 2004).', 'Discussion'],
    ['In the EXAMPLE-HF phase III clinical trial, patients given the hormone for two days had fewer deaths.', 'Discussion'],
    ['The stain works on archived tissue, which will be useful for retrospective studies and prospective trials.', 'Discussion'],
    ['A Steering Device for Nerve Grafting: Design and Sizing for Clinical Trial', 'Title'],
    ['This paper describes how a repair device now in use in a clinical trial was sized.', 'Methods'],
  ])('negative: %s', (s, h = 'Methods') => expect(statusOf('design_prospective_retrospective', s, h)).toBe('missing'));
  it('own design stated in the Discussion still counts', () => {
    expect(statusOf('design_prospective_retrospective', 'Our retrospective design may have missed some events.', 'Discussion')).toBe('reported');
  });
});

describe('data_source', () => {
  it.each([
    ['Patients were recruited at the Royal Example Hospital between 2015 and 2017.', 'single_center'],
    ['Children were referred to one paediatric infectious disease unit in our city.', 'single_center'],
    ['Data were collected at three tertiary hospitals in two countries.', 'multi_center'],
    ['We used the publicly available ADNI-1 data set.', 'public_dataset'],
    ['Participants came from the Northern Heart Study cohort.', 'registry_or_cohort'],
    ['We analysed data from the National Stroke Registry.', 'registry_or_cohort'],
    ['The images used in this study were acquired with a clinical scanner.', 'unclear'],
    ['In-patients were recruited from the psychiatry ward of the University of Exampleton, and written consent was obtained from each.', 'single_center'],
    ['Throat swabs were collected in 2012 from febrile children at a clinic in Riverside, Examplia.', 'single_center'],
    ['Volunteers were identified by the care teams of four National Health Service (NHS) Trusts in the region.', 'multi_center'],
    ['With local ethical approval, the implants were placed in six pigs at Exampleco Biomedical AB (Exampletown, Sweden).', 'single_center'],
    ['Follow-up data were taken from the hospital records database at the Example University Medical Center.', 'single_center'],
    ['Cases were recruited from the Northern Mood Disorder Project, which enrols patients from one specialist clinic.', 'registry_or_cohort'],
    ['Tissue was collected from patients who underwent surgery at Example University Hospital. Cardiac events during follow-up were retrieved from the national Cause of Death Register. Samples were genotyped on a chip at the sequencing platform of Other University. Imputation used software from the Center for Genetics, University of Elsewhere.', 'single_center'],
    ['Frozen sera were provided by the Example Cancer Specimen Resource (Springfield, IL).', 'registry_or_cohort'],
    ['Blood was collected from twelve infected patients in Northern Examplia.', 'unclear'],
    ['Fibroblasts from patients were obtained from the Istituto Example Gaslo (Genova, Italy) and the Fictional Institute for Medical Research (Camden, New Jersey), and the Example Childrens Hospital.', 'multi_center'],
    ['Participants were recruited through hospital patient registries.', 'single_center'],
  ])('value: %s', (s, v) => {
    const f = findingFor('data_source', s);
    expect(f.status).toBe('reported');
    expect(f.value).toBe(v);
  });
  it('public and own hospital data together are mixed', () => {
    const f = findingFor('data_source', 'Scans were obtained from the public TCIA archive. Further patients were enrolled at the Example University Hospital. Another set was collected at the City General Hospital. A third set came from the Western Memory Cohort.');
    expect(f.value).toBe('mixed');
  });
  it('public-domain data plus own hospital samples are mixed', () => {
    const f = findingFor('data_source', 'Training cohorts consisted of samples with data already in the public domain. Further tissues were collected at the Example University Hospital.');
    expect(f.value).toBe('mixed');
  });
  it('a culture collection supplying cell lines is not a registry', () => {
    const f = findingFor('data_source', 'Muscle biopsies were collected at North Example Medical Center, St. Example Hospital and Example University. Jurkat cells obtained from the American Type Culture Collection (Manassas, VA) were grown in medium.');
    expect(f.value).toBe('multi_center');
  });
  it('a gene-expression accession for deposited data is not a public source', () => {
    const f = findingFor('data_source', 'Plaque samples came from patients operated at Example University Hospital. The data set is available from Gene Expression Omnibus (accession number GSE00001).');
    expect(f.value).toBe('single_center');
  });
  it('a public dataset named only in the Introduction background is not the source', () => {
    expect(statusOf('data_source', 'Early radiogenomics work grew out of the TCGA initiative, which focused on patients with glioblastoma.', 'Introduction')).toBe('missing');
  });
  it.each([
    ['All mice were housed in the Example Cancer Center vivarium under institutional animal care guidelines.'],
    ['Study participants were 90 adults aged 20 to 80 years.'],
    ['A total of 74 patients were enrolled, including 34 patients in the Barrett group and 40 in the GERD group.'],
    ['The study was approved by the Multi-centre Research Ethics Committee.'],
    ['Our code is publicly available on GitHub.'],
    ['Images were processed on a computing cluster.'],
    ['All experiments were done in compliance with national law and the regulations of the Example Research Hospital and Other University.'],
    ['Patients were chosen according to the criteria of the North Atlantic Carotid Surgery Trial.'],
  ])('negative: %s', (s) => expect(statusOf('data_source', s)).toBe('missing'));
  it('a design phrase "cohort study" is not a registry; the Trusts are the sites', () => {
    const f = findingFor('data_source', 'The Example Remission Study was a prospective, interventional cohort study. Patients were identified by clinical teams across five National Health Service (NHS) Trusts.');
    expect(f.value).toBe('multi_center');
  });
});

describe('eligibility', () => {
  it.each([
    ['Inclusion criteria were age over 18 years and a confirmed diagnosis.'],
    ['Patients were excluded if they had prior surgery.'],
    ['Samples were analysed only if the donor age was known to be between 50 and 80.'],
    ['The criteria for including recordings were at least one hour of clean signal.'],
    ['Forty patients were selected based on the transfer policy in use.'],
    ['All patients were steroid-naive and had symptoms for less than a year.'],
    ['Donors were chosen for surgery according to the criteria of a published guideline.'],
    ['The choice of study specimens was based on enough serum being stored.'],
    ['We recruited only treatment-naive adults with a first episode of psychosis.'],
    ['We selected these patients because their heart failure has no immune cause.'],
    ['All the patients had undergone curative resection of a lung tumour.'],
    ['A questionnaire confirmed that the volunteers were free from inflammatory disease and not being treated for joint pain.'],
    ['Control subjects were chosen to roughly match the cases on sex and age.'],
    ['Genetic testing excluded chromosomal abnormalities and fragile X syndrome.'],
    ['We recruited patients with suspected glioma undergoing preoperative MRI before resection.'],
  ])('positive: %s', (s) => expect(present(statusOf('eligibility', s))).toBe(true));
  it.each([
    ['An effect of chance cannot be excluded.', 'Discussion'],
    ['| Item | Checklist text |\n|---|---|\n| 6 | Specify study eligibility criteria used in the review. |', 'Methods'],
    ['Variables with many zeros were excluded from the model.', 'Methods'],
    ['After centrifugation the supernatants were discarded and the pellets washed.', 'Methods'],
    ['We chose these parameters because they gave stable fits.', 'Methods'],
    ['The extra contours were not included in the error calculations since they served only as a margin.', 'Methods'],
    ['All antigen preparations were selected because they reliably kill tumour cells.', 'Methods'],
  ])('negative: %s', (s, h) => expect(statusOf('eligibility', s, h)).toBe('missing'));
});

describe('dates_setting', () => {
  it.each([
    ['Participants were enrolled between March 2016 and June 2018.'],
    ['From May 2020 to September 2021, 400 adults took part.'],
    ['The trial was conducted in six primary care practices in rural Kenya.'],
    ['Data came from the University of Somewhere and a second university hospital.'],
    ['Forty schools from the State of Oregon were randomised.'],
    ['Tumour samples were obtained from Example School of Medicine and Other College of Medicine.'],
    ['The names of all participating centres are given in the Supplementary Appendix.'],
    ['[3], [4] A list of the recruiting hospitals can be found in Appendix 1.'],
    ['Under local ethics permission, grafts were implanted in eight rabbits per group at Exampleco Preclinical AB (Uppsala, Sweden).'],
  ])('positive: %s', (s) => expect(present(statusOf('dates_setting', s))).toBe(true));
  it.each([
    ['The trial was registered on 22 May 2014.'],
    ['This was a single-centre trial.'],
    ['The resulting template is located in the center of the panel.'],
    ['All scans were processed on the computing cluster at the University of Somewhere.'],
    ['Rates rose sharply between 2000 and 2010 [4].', 'Introduction'],
    ['Neutrophils are recruited to and held at their sites of inflammation by chemokines.', 'Abstract'],
    ['Candidate guides were identified within the viral gene that could serve as sites for cutting.', 'Abstract'],
    ['The viral genome at each of the four targeted sites is shown in Figure 2.', 'Results'],
    ['Genes highlighted in tumour cells (top) and stromal cells (center) were selected for display.', 'Results'],
    ['Gene Ontology annotations were taken from the database release 2019-07-03.', 'Methods'],
    ['Of these 2000 peptides, 300 differed between the two disease states.', 'Results'],
    ['Animal work was conducted in accordance with Example University IACUC guidelines.', 'Methods'],
    ['Infection was considered chronic once virus stabilised at about 100 infectious centers per spleen.', 'Methods'],
  ])('negative: %s', (s, h = 'Methods') => expect(statusOf('dates_setting', s, h)).toBe('missing'));
  it('people sampled in a named region', () => {
    expect(statusOf('dates_setting', 'Sera were collected from nine infected patients in Southern Examplia.', 'Results')).toBe('reported');
  });
});

describe('sample_size', () => {
  it.each([
    ['A sample size of 120 was calculated to detect a 10% difference with 80% power.'],
    ['The trial had a power of 83.5% to detect the expected difference.'],
    ['A sample of 220 teachers (110 per arm) was estimated using a 90% confidence interval and 5% precision.'],
    ['Analysis was performed on all available datasets as of the data freeze.'],
  ])('positive: %s', (s) => expect(statusOf('sample_size', s)).toBe('reported'));
  it('not done', () => {
    const f = findingFor('sample_size', 'No formal sample size calculation was performed because this was a pilot.');
    expect(f.status).toBe('reported');
    expect(f.notDone).toBe(true);
  });
  it.each([
    ['The small sample size limits our conclusions.', 'Discussion'],
    ['The power calculation was detailed in the previously published protocol.', 'Methods'],
    ['More studies powered to detect differences between subgroups are needed.', 'Discussion'],
    ['Enlarging the sample to 400 per group would have given 80% power.', 'Discussion'],
    ['We included 300 participants.', 'Methods'],
    ['Diagnoses were based on all available sources, including interviews and case notes.', 'Methods'],
  ])('negative: %s', (s, h) => expect(statusOf('sample_size', s, h)).toBe('missing'));
});

describe('missing_data', () => {
  it.each([
    ['Missing values were handled by multiple imputation with chained equations.'],
    ['A complete-case analysis was performed.'],
    ['Missing step counts were imputed with the mean of valid days.'],
    ['Infants without baseline diaries were considered to represent missing data.'],
    ['Participants lost to follow-up were censored at their last visit.'],
    ['We ran an attrition analysis to test whether dropout differed by arm.'],
    ['Age and stage (where available) were recorded for each sample.'],
    ['We only included visits for which clinical scores (e.g., MMSE) were available.'],
  ])('positive: %s', (s) => expect(present(statusOf('missing_data', s))).toBe(true));
  it.each([
    ['Missing person-days were imputed with the average of the valid days.', 'Methods', true],
    ['Two participants missed doses on day three.', 'Methods', false],
    ['The outcome was classified as failure when rescue drug was given.', 'Methods', false],
    ['Provide a registration number, if available.', 'Methods', false],
    ['Few trials report how missing data were handled [5].', 'Introduction', false],
  ])('trap/homonym: %s', (s, h, expected) => expect(present(statusOf('missing_data', s, h))).toBe(expected));
  it.each([
    ['Lipid values were not recorded for the first 7 children in the control arm.', 'Methods'],
    ['Questionnaire data were unavailable for two participants, who were left out of the adjusted models.', 'Results'],
    ['The score was computed for the 41 of 50 validation cases with complete information on tumour grade.', 'Discussion'],
    ['Nine biopsies were excluded from analysis; among them, specimens that could not be genotyped (4).', 'Results'],
    ['Liver fat was successfully measured in >98% of the available scans.', 'Results'],
    ['Baseline covariates with missing values were imputed using MICE.', 'Methods'],
    ['Full accident reports were not available from 4 participants.', 'Methods'],
    ['Information on prior radiotherapy was unknown for a few cases (n = 6).', 'Methods'],
    ['Because data on kidney function of these patients were not available before surgery, injury was defined from later creatinine values.', 'Results'],
    ['The lack of hormone receptor status in some cases prevented adjustment for it.', 'Discussion'],
    ['Scoring was possible only in fifteen patients, as the others showed diffuse clumps.', 'Results'],
    ['As one paraffin block had been used up in earlier work (3), the remaining 19 specimens were studied.', 'Methods'],
  ])('counted or handled missing data: %s', (s, h) => expect(present(statusOf('missing_data', s, h))).toBe(true));
  it.each([
    ['Knockout mice were treated with saline for two weeks.', 'Methods'],
    ['Wild-type mice were injected with the vehicle only.', 'Abstract'],
    ['Genotypes were imputed against the 1000 Genomes reference panel.', 'Methods'],
    ['Untyped SNPs were imputed with a standard algorithm.', 'Methods'],
    ['Data are not available for public release.', 'Methods'],
  ])('homonyms (mice, genotype imputation, data availability): %s', (s, h) => expect(statusOf('missing_data', s, h)).toBe('missing'));
  it('results-only amount statements are weak', () => {
    expect(statusOf('missing_data', 'Missing data were minimal: 97% provided outcome data.', 'Results')).toBe('missing');
  });
});

describe('participant_flow', () => {
  it.each([
    ['Of 426 infants screened, 157 met the inclusion criteria and were randomised.'],
    ['We enrolled 1,258 men. Of these men, 1,029 completed the final visit.'],
    ['Out of 94 samples analysed, only 82 samples had enough material.'],
    ['Figure 1 shows the flow of participants through the trial.'],
    ['In total 65 patients came to the screening visit, of whom 38 patients were eligible for the taper.'],
    ['Eight cultures, which were randomly selected from 15 cultures that survived thawing, were imaged.'],
    ['Because one specimen had been exhausted in earlier experiments [2], the remaining 30 specimens were examined.'],
    ['Of the 36 mice at the start (6 per group), 7 died before the end of the experiment.'],
  ])('positive: %s', (s) => expect(statusOf('participant_flow', s, 'Results')).toBe('reported'));
  it.each([
    ['The test set comprised 200 patients, 100 of whom died and 100 who recovered.'],
    ['A total of 75 children were included: 29 with active disease and 46 controls.'],
    ['Twelve ophthalmologists, three from each department, were invited to grade videos.'],
    ['Figure 2 shows the flowchart of the proposed method.'],
    ['We enrolled 500 adults, of which 350 were randomly selected as the training set.'],
    ['Twelve women had a transfer on day 5, and from these 6 became pregnant.'],
    ['Of 50 patients selected for the study, 38 had ductal carcinoma and 12 were healthy donors.'],
    ['Of the 20 affected patients, 11 had a known genetic change.'],
    ['Out of 140 patients, about 40% (n=56) received radiotherapy.'],
    ['We correctly identified 25 of 28 cancers and excluded 30 of 41 patients with benign disease (73% specificity).'],
    ['For the pilot to estimate the sample size, the first 40 consecutive cases that met the inclusion criteria were shared, and 120 per cohort were needed for 80% power.'],
  ])('negative: %s', (s) => expect(statusOf('participant_flow', s, 'Results')).toBe('missing'));
});

describe('baseline_characteristics', () => {
  it.each([
    ['Baseline characteristics were similar between the groups (Table 1).', 'Results'],
    ['Mean age was 54.7 years and 62% were women.', 'Results'],
    ['Clinicopathological details of the validation group are shown in Table 2.', 'Results'],
    ['Characteristics of all included patients are listed in Table 1.', 'Results'],
    ['The age of the blood donors ranged from 25 to 61 years.', 'Methods'],
    ['Tissue came from patients having tumour resection, 6 of 9 of whom had a history of migraine.', 'Methods'],
    ['Table 2Characteristics of the study cohortGroup A (n = 12)Group B (n = 15)', 'Results'],
    ['The clinicopathological backgrounds of the 70 patients are summarised in Table 2.', 'Results'],
    ['Supplementary Table 2 summarises the sex and mean age of the patients.', 'Results'],
    ['Participants were 95 adults aged 19 - 85 years.', 'Abstract'],
    ['The volunteers were all healthy students (20–23 years old).', 'Methods'],
    ['Liver function at the time of biopsy differed between the stable and the declining groups (Table 2).', 'Results'],
  ])('positive: %s', (s, h) => expect(statusOf('baseline_characteristics', s, h)).toBe('reported'));
  it('a table caption heading', () => {
    expect(detectMarkdown('# T\n\n## Results\n\n### Table 1. Characteristics of the Patients\n\n| a | b |\n|---|---|\n| 1 | 2 |\n').get('baseline_characteristics')!.status).toBe('reported');
  });
  it.each([
    ['Models were adjusted for age and sex.', 'Methods'],
    ['Data differ across centres in contrast and population demographics.', 'Introduction'],
    ['The feature set included demographic and treatment details.', 'Methods'],
    ['Patients aged 18 to 75 years were eligible.', 'Methods'],
  ])('negative: %s', (s, h) => expect(statusOf('baseline_characteristics', s, h)).toBe('missing'));
});

describe('limitations', () => {
  it.each([
    ['This study has several limitations.', 'Discussion'],
    ['The study has some limitations.', 'Discussion'],
    ['A further limitation is the short follow-up.', 'Discussion'],
    ['Our relatively small cohort makes firm conclusions impossible.', 'Discussion'],
    ['The results should be interpreted with caution.', 'Discussion'],
    ['Firm conclusions cannot be drawn given the few patients per subgroup, and larger cohorts are needed.', 'Discussion'],
    ['The best schedule of the vaccine is therefore not possible to establish from this study.', 'Discussion'],
    ['Too little drug could be bought, which limited our ability to compare the two enzymes.', 'Discussion'],
    ['Because the tissue came from a biobank, we had little control over how it was stored.', 'Discussion'],
    ['As we did not have serial biopsies from the same people, progression could not be modelled.', 'Discussion'],
    ['Without a sham arm, the lack of a control group introduces bias into the symptom changes.', 'Results'],
    ['However, we acknowledge that a preventive vaccine is an imperfect model of vaccination in remission.', 'Discussion'],
    ['On the other hand, the specificity of the present assay was relatively low (71%).', 'Discussion'],
    ['In the current study, infection in the study population could be a confounding factor.', 'Discussion'],
    ['These data show that the receptor takes part in killing but do not address whether it promotes or restrains it.', 'Discussion'],
    ['Unfortunately, the screening plates do not contain any compound related to the vitamin.', 'Discussion'],
  ])('positive: %s', (s, h) => expect(statusOf('limitations', s, h)).toBe('reported'));
  it('a Limitations heading is evidence', () => {
    expect(statusOf('limitations', 'Follow-up was short and adherence was self-reported.', 'Limitations')).toBe('reported');
  });
  it.each([
    ['Our method overcomes the limitations of existing segmentation tools.', 'Introduction'],
    ['Earlier models had several limitations [4].', 'Introduction'],
    ['| Discussion | In the checklist the main types of limitations are stated. |', 'Discussion'],
    ['A known limitation of viral vectors is their loss as hepatocytes divide.', 'Discussion'],
    ['Lipid carriers may overcome many limitations of the current viral vectors.', 'Discussion'],
    ['But methods to measure enzyme activity in living cells for diagnosis or screening are limited by laborious preparation.', 'Discussion'],
    ['Unfortunately, the lack of robust markers of response in chronic disease has slowed this approach [32].', 'Discussion'],
  ])('negative: %s', (s, h) => expect(statusOf('limitations', s, h)).toBe('missing'));
});

describe('crosswalk concepts', () => {
  it('title_id from the title', () => {
    const f = detectMarkdown('# A randomised controlled trial of tea\n\n## Methods\n\nText.\n').get('title_id')!;
    expect(f.status).toBe('reported');
    expect(f.value).toBe('randomised_trial');
  });
  it('title_id: a capitalised method name at the start of the title counts', () => {
    const f = detectMarkdown('# Deep learning for grading stenosis on MRI\n\n## Methods\n\nText.\n').get('title_id')!;
    expect(f.status).toBe('reported');
    expect(f.value).toBe('ai');
  });

  it('title_id missing', () => {
    expect(detectMarkdown('# Tea and health\n\n## Methods\n\nText.\n').get('title_id')!.status).toBe('missing');
  });
  it('background from an introduction', () => {
    expect(detectMarkdown('# T\n\n## Introduction\n\nTea is popular [1]. It may help. Little is known.\n').get('background')!.status).toBe('reported');
  });
  it.each([
    ['recruitment_sampling', 'Consecutive patients attending the clinic were invited.', 'Methods'],
    ['blinding', 'Outcome assessors were blinded to allocation.', 'Methods'],
    ['treatments', 'Patients were randomly assigned to receive either tea or placebo.', 'Methods'],
    ['future_research', 'Further studies are needed to confirm these findings.', 'Discussion'],
    ['implications', 'These results could help clinicians guide treatment decisions.', 'Discussion'],
    ['interpretation', 'Our findings suggest that tea lowers pressure.', 'Discussion'],
    ['data_representativeness', 'The sample may not be representative of the general population.', 'Discussion'],
    ['variable_definitions', 'Hypertension was defined as a pressure above 140 mmHg.', 'Methods'],
    ['study_goal', 'We developed and externally validated a risk score.', 'Abstract'],
  ])('%s positive', (c, s, h) => expect(present(statusOf(c, s, h))).toBe(true));
  it.each([
    ['blinding', 'Blood pressure was measured twice.'],
    ['future_research', 'Blood pressure was measured twice.'],
    ['recruitment_sampling', 'Blood pressure was measured twice.'],
  ])('%s negative', (c, s) => expect(statusOf(c, s)).toBe('missing'));
});

describe('interpretation from the opening of the Discussion', () => {
  it('a plain statement of the main result opening the Discussion counts', () => {
    const md = '# T\n\n## Discussion\n\nThe classifier separated benign from malignant nodules with accuracy close to that of expert readers.\n\nThis study has limitations.\n';
    const f = detectMarkdown(md).get('interpretation')!;
    expect(f.status).toBe('reported');
    expect(f.rule).toBe('interpretation/discussion-opening');
  });
  it('an opening that only cites other work does not', () => {
    const md = '# T\n\n## Discussion\n\nEarlier studies found that nodules were detected less often on radiographs [4, 5].\n';
    expect(detectMarkdown(md).get('interpretation')!.status).toBe('missing');
  });
});
