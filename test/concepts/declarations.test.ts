import { describe, expect, it } from 'vitest';
import { detectMarkdown, findingFor, statusOf } from '../helpers.js';

const REPORTED = ['reported', 'partial'];

describe('funding', () => {
  it.each([
    ['This work was supported by a project grant from the National Science Foundation (grant no. 1234567).', 'Acknowledgements'],
    ['Funding: The trial received financial support from the Dutch Heart Foundation.', 'Discussion'],
    ['Our research was partly funded by the Wellcome Trust and by the Medical Research Council.', 'Methods'],
    ['The regional health authority funded the whole trial and its follow-up visits.', 'Methods'],
    // a funding footnote that a PDF converter dropped into the Introduction
    ['This project was financially supported by the Ministry of Research through a national programme grant.', 'Introduction'],
    // PDF text with the words run together after the label
    ['Funding/Support:Thecohortisfundedbygrantsfromthenationalinstitute (AB12345).', 'Conclusions'],
    ['AB and CD obtained the research funding for the trial.', 'Contributors'],
  ])('reports %s', (s, h) => {
    expect(REPORTED).toContain(statusOf('funding', s, h));
  });

  it.each([
    ['The authors received no specific funding for this work.'],
    ['Funding: none.'],
    ['No external funding was obtained for this study.'],
    ['This trial was unfunded.'],
  ])('not-done funding: %s', (s) => {
    const f = findingFor('funding', s, 'Declarations');
    expect(f.status).toBe('reported');
    expect(f.notDone).toBe(true);
  });

  it.each([
    // other programmes in the Introduction
    ['Many vaccination programmes in the region are funded by international donors [3].', 'Introduction'],
    // "supported by" in the sense of evidence
    ['This interpretation is supported by the results of the secondary analysis.', 'Discussion'],
    ['Patients on mechanical ventilation support were excluded.', 'Methods'],
    // reagents supplied by a funded lab, not the study's funding
    ['Standards were purchased from a vendor (cat no. 1234) or provided by a collaborating laboratory supported by an NIH-funded programme project.', 'Methods'],
    // an ethics reference number is not a grant number
    ['The protocol was approved by the ethics board (reference no. H2011-336).', 'Methods'],
    ['Participants received a voucher after each visit.', 'Methods'],
  ])('does not report %s', (s, h) => {
    expect(statusOf('funding', s, h)).toBe('missing');
  });
});

describe('conflicts_of_interest', () => {
  it.each([
    ['Competing interests: None declared.', 'Notes'],
    ['The authors declare that they have no competing interests.', 'Discussion'],
    ['All authors have completed the ICMJE uniform disclosure form and declare no support from any organisation for the submitted work.', 'Notes'],
    ['JK has received consulting fees and honoraria from two device companies.', 'Conflicts of interest'],
    ['Disclosures: RS is an employee of a biotech company.', 'Notes'],
    ['The remaining authors do not have any commercial association that might pose a conflict of interest.', 'Notes'],
    // run-together PDF text
    ['Conflict of Interest Disclosures:DrSmithreportedreceivinggrants.', 'Results'],
  ])('reports %s', (s, h) => {
    expect(REPORTED).toContain(statusOf('conflicts_of_interest', s, h));
  });

  it.each([['The authors have declared that no competing interests exist.'], ['Duality of interest: none.'], ['Declaration of interests: We declare no competing interests.']])(
    'marks "%s" as not done',
    (s) => {
      expect(findingFor('conflicts_of_interest', s, 'Declarations').notDone).toBe(true);
    },
  );

  it.each([
    ['The primary outcome of interest was the change in systolic blood pressure.', 'Methods'],
    ['Decisional conflict was measured with a validated scale.', 'Methods'],
    ['Industry sponsorship may create conflicts of interest in drug trials [12].', 'Introduction'],
    // a pointer to the publisher site is not a statement
    ['Details of author contributions and competing interests are available at https://doi.org/10.1000/xyz.', 'Notes'],
  ])('does not report %s', (s, h) => {
    expect(statusOf('conflicts_of_interest', s, h)).toBe('missing');
  });
});

describe('ethics', () => {
  it.each([
    ['The study was approved by the institutional review board of the university hospital and consent was waived.', 'Methods'],
    ['Ethical clearance was obtained from the regional committee.', 'Methods'],
    ['All participants gave written informed consent before enrolment.', 'Methods'],
    ['The trial was conducted in accordance with the Declaration of Helsinki.', 'Methods'],
    ['The protocol was approved by the Human Investigation Committee of the medical school (protocol 4455).', 'Methods'],
    // back matter lumped into the Discussion by a converter
    ['The protocol received IRB approval from the hospital ethics committee.', 'Discussion'],
    ['Ethics approval and consent to participate: Not applicable.', 'Declarations'],
  ])('reports %s', (s, h) => {
    expect(REPORTED).toContain(statusOf('ethics', s, h));
  });

  it.each([
    ['Ethical concerns around data sharing have been widely debated [4].', 'Introduction'],
    ['Two participants withdrew their consent after randomisation.', 'Results'],
    ['Participants had to be aged 18 or over and able to give written informed consent.', 'Methods'],
    ['This thesis does not cover the social and ethical questions raised by automation.', 'Discussion'],
  ])('does not report %s', (s, h) => {
    expect(statusOf('ethics', s, h)).toBe('missing');
  });
});

describe('registration', () => {
  it.each([
    ['The trial was registered at ClinicalTrials.gov (NCT01234567).', 'Methods', ['NCT01234567']],
    ['Trial registration: ISRCTN12345678.', 'Abstract', ['ISRCTN12345678']],
    ['Clinical trial reg. no. NCT00999999, www.clinicaltrials.gov.', 'Footnotes', ['NCT00999999']],
    ['This review was prospectively registered with PROSPERO (CRD42020123456).', 'Methods', ['CRD42020123456']],
    ['The study was retrospectively registered in the Chinese Clinical Trial Registry (ChiCTR2000012345).', 'Methods', ['ChiCTR2000012345']],
    ['EudraCT number 2015-001234-56.', 'Notes', ['2015-001234-56']],
  ])('reports %s', (s, h, ids) => {
    const f = findingFor('registration', s, h);
    expect(REPORTED).toContain(f.status);
    expect((f.details?.ids as string[] | undefined) ?? []).toEqual(expect.arrayContaining(ids));
  });

  it('not registered is reported as not done', () => {
    const f = findingFor('registration', 'The study was not registered in a public trial registry.', 'Methods');
    expect(f.status).toBe('reported');
    expect(f.notDone).toBe(true);
  });

  it.each([
    ['Registered nurses collected the questionnaires.', 'Methods'],
    ['Cases were identified through the national cancer registry.', 'Methods'],
    ['Image registration-based cortical thickness estimation was applied to all scans.', 'Methods'],
    ['Images were aligned with a deformable registration: the method is described elsewhere.', 'Methods'],
    ['A similar antibody is being tested in another trial (NCT04000000) [15].', 'Discussion'],
    ['Data were obtained under UK Biobank application number 12345.', 'Methods'],
    // an identifier slot whose value a converter dropped
    ['Clinicaltrials.gov Identifier ; protocol can be obtained from investigators.', 'Acknowledgements'],
    ['The listed methods in the Introduction lack shape priors.', 'Methods'],
  ])('does not report %s', (s, h) => {
    expect(statusOf('registration', s, h)).toBe('missing');
  });
});

describe('data_availability', () => {
  it.each([
    ['The datasets analysed during this study are available from the corresponding author on reasonable request.', 'Declarations', 'on_request'],
    ['Sequencing reads have been deposited in the Sequence Read Archive under accession number SRA123456.', 'Methods', 'public'],
    ['Expression data can be downloaded from GEO (accession GSE12345).', 'Methods', 'public'],
    ['All relevant data are within the paper and its Supporting Information files.', 'Data Availability', 'within_paper'],
    ['Source data are provided with this paper as a Source Data file.', 'Results', 'within_paper'],
    ['Data cannot be shared publicly because participants did not consent to it.', 'Data availability', 'not_available'],
    ['No additional data available.', 'Data sharing', 'not_available'],
    ['The imaging data are available by application to the biobank, subject to approval of a research proposal.', 'Data availability', 'restricted'],
    ['The full dataset will be deposited in the Dryad repository (https://datadryad.org/abc).', 'Declarations', 'public'],
    ['Individual participant data that underlie the reported results, after de-identification, and the statistical analysis plan will be shared with researchers whose proposal is approved by a review committee.', 'Notes', 'restricted'],
    ['We tabulated the regional values and made them available as csv files in the GitHub repository of this article.', 'Results', 'public'],
    ['The questionnaire answers of every participant are included in Supplementary Data 2.', 'Results', 'within_paper'],
  ])('reports %s', (s, h, value) => {
    const f = findingFor('data_availability', s, h);
    expect(REPORTED).toContain(f.status);
    expect(f.value).toBe(value);
  });

  it('"available upon request" without a contact is partial', () => {
    const f = findingFor('data_availability', 'Data are available upon reasonable request.', 'Data availability statement');
    expect(f.status).toBe('partial');
    expect(f.value).toBe('on_request');
  });

  it('extracts links and accessions', () => {
    const f = findingFor('data_availability', 'Summary statistics are available from the GWAS Catalog (accession numbers GCST90000001 and GCST90000002) at https://www.ebi.ac.uk/gwas.', 'Data availability');
    expect(f.details?.urls).toEqual(['https://www.ebi.ac.uk/gwas']);
    expect(f.details?.accessions).toEqual(expect.arrayContaining(['GCST90000001', 'GCST90000002']));
  });

  it('the main statement decides the value', () => {
    const md = '# A study\n\n## Data availability\n\nSummary statistics are available in the GWAS Catalog at https://www.ebi.ac.uk/gwas. All underlying data are available by application from the biobank.\n';
    expect(detectMarkdown(md).get('data_availability')?.value).toBe('restricted');
  });

  it.each([
    // missing-data language
    ['Primary outcome data were available for 682 women in the intervention group.', 'Results'],
    ['Outcome data were available for all participants at the end of treatment.', 'Results'],
    ['Patients contributed to the analysis only for the time during which data are available.', 'Methods'],
    ['Few published data are available to compare with our findings.', 'Discussion'],
    ['Glucose data were not made available to clinicians during the trial.', 'Methods'],
    ['A relatively small volume of training data is available to fit the model.', 'Methods'],
    // supplement boilerplate and methods pointers
    ['Supplementary data to this article can be found online at https://doi.org/10.1016/x.', 'Appendix'],
    ['Detailed descriptions of data preprocessing and model training are provided in the Additional file 1.', 'Methods'],
    ['The data on renal function were not available before the biopsy.', 'Results'],
    ['Data were stored in a password-protected database at the coordinating centre.', 'Methods'],
    ['The booster treatment was repeated after two hours and thereafter made available on request.', 'Methods'],
    ['We used the publicly available dataset of chest radiographs to test the model.', 'Introduction'],
  ])('does not report %s', (s, h) => {
    expect(statusOf('data_availability', s, h)).toBe('missing');
  });
});

describe('protocol', () => {
  it.each([
    ['The trial protocol has been published previously [8].', 'Methods'],
    ['The full study protocol is available in Supplement 1.', 'Methods'],
    ['The study protocol and statistical analysis plan can be accessed online.', 'Methods'],
  ])('reports %s', (s, h) => {
    expect(REPORTED).toContain(statusOf('protocol', s, h));
  });

  it.each([
    ['The MRI acquisition protocol has been described previously [5].', 'Methods'],
    ['A more detailed protocol of the PCR conditions can be found in the appendix.', 'Methods'],
    ['The staining protocol has been published [37].', 'Methods'],
    ['Treatment followed the standard chemotherapy protocol of the hospital.', 'Methods'],
  ])('does not report %s', (s, h) => {
    expect(statusOf('protocol', s, h)).toBe('missing');
  });
});

describe('round 3: back matter recall', () => {
  it.each([
    ['funding', 'Financial support was provided by the Regional Eye Foundation (grant 14-002) and the national institute.', 'Acknowledgments'],
    ['funding', 'Funding for this work was received from a university research council.', 'Acknowledgments'],
    ['conflicts_of_interest', 'Although every author filed a disclosure, the authors listed below indicated a financial or other interest relevant to the topic of this article.', 'Disclosures'],
    ['conflicts_of_interest', 'A.B. and C.D. are co-inventors on a provisional patent application covering the edited cell lines.', 'Acknowledgments'],
    ['ethics', 'Fresh frozen tissues were collected under institutional review boardapproved protocols at two universities.', 'Methods'],
    ['ethics', 'All rats were kept in the university animal facility in accordance with Institutional Animal Care and Use Committee guidelines.', 'Methods'],
    ['ethics', 'The protocol was approved by the IACUC of the medical school.', 'Methods'],
    ['ethics', 'Using slaughterhouse tissue does not require an animal testing application.', 'Methods'],
  ])('%s reports: %s', (concept, s, h) => {
    expect(REPORTED).toContain(statusOf(concept, s, h));
  });

  it.each([
    // a trial registered by an author for another study is not this study's registration
    ['registration', 'The senior author is the principal investigator of a clinical trial that uses the device (ClinicalTrials.gov identifier: NCT01234567).', 'Discussion'],
    // technical support is not funding
    ['funding', 'Technical support was provided by the imaging core facility.', 'Acknowledgments'],
  ])('%s not reported: %s', (concept, s, h) => {
    expect(statusOf(concept, s, h)).toBe('missing');
  });
});
