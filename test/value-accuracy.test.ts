/**
 * Headline values (issue 9, value accuracy, 2026-12-06): general mechanisms for the value errors of the development
 * sets (ai-imaging, clinical-dev, clinical-check, fold 0 of ml-health in a 2-fold split); docs/accuracy.md, "Value
 * accuracy". Every sentence is our own; none is taken from a corpus document.
 */
import { describe, expect, it } from 'vitest';
import { linesToBlocks } from '../src/readers/pdf/blocks.js';
import type { Line } from '../src/readers/pdf/lines.js';
import { detectMarkdown, runCases } from './helpers.js';

describe('code availability: "published" as a sharing verb, footnote marks glued to the noun, long subjects', () => {
  runCases([
    { kind: 'positive', concept: 'code_availability', text: 'All training scripts have been published on https://github.com/example-lab/knee-grading.', value: 'public' },
    { kind: 'positive', concept: 'code_availability', text: 'Our preprocessing scripts3 are published to let others repeat every experiment.', value: 'public' },
    {
      kind: 'positive',
      concept: 'code_availability',
      text: 'The code for preprocessing, training and scoring of the triage network together with the calibration routine that Section 4 describes is available on GitLab.',
      value: 'public',
    },
    { kind: 'negative', concept: 'code_availability', text: 'The network was trained for 50 epochs on two graphics cards.' },
    { kind: 'trap', concept: 'code_availability', text: 'Diagnoses were published in the registry with their ICD-10 codes.' },
  ]);
});

describe('external validation: "not done" in the words of ML papers', () => {
  runCases([
    { kind: 'positive', concept: 'external_validation', text: 'We did not test the segmentation network on other datasets, so its behaviour on other scanners is unknown.', heading: 'Discussion', value: 'not_performed' },
    { kind: 'positive', concept: 'external_validation', text: 'Our models were trained and tested on one single public dataset, which limits the conclusions about other hospitals.', heading: 'Limitations', value: 'not_performed' },
    { kind: 'positive', concept: 'external_validation', text: 'The out-of-distribution performance of our detector has not yet been assessed.', heading: 'Discussion', value: 'not_performed' },
    { kind: 'negative', concept: 'external_validation', text: 'We trained the detector with a learning rate of 0.001.' },
    { kind: 'trap', concept: 'external_validation', text: 'Many published classifiers were trained and tested on a single dataset.', heading: 'Introduction' },
  ]);
});

describe('data source: sites that contributed to a public dataset, one named site written in lower case', () => {
  it('hospitals that collected a public dataset are not sites of this study', () => {
    const md = `# A title

## Methods

We trained on three publicly available collections of spine MRI. This dataset was gathered at several hospitals in two countries. Age distribution in the dataset from Example University is given in Table 1.
`;
    const f = detectMarkdown(md).get('data_source')!;
    expect(f.status).toBe('reported');
    expect(f.value).toBe('public_dataset');
  });
  it('the same sentence about own data still makes the source mixed', () => {
    const md = `# A title

## Methods

We trained on the publicly available BraTS2021 data. Our in-house dataset was gathered at Example University Hospital between 2019 and 2021.
`;
    const f = detectMarkdown(md).get('data_source')!;
    expect(f.value).toBe('mixed');
  });
  runCases([
    { kind: 'positive', concept: 'data_source', text: 'In this work we use resting-state recordings collected at Riverbend medical center as part of a stress study.', value: 'single_center' },
    { kind: 'positive', concept: 'data_source', text: 'Our data come from a monitoring system running at the Lakeside City Clinic.', value: 'single_center' },
    { kind: 'negative', concept: 'data_source', text: 'The recordings were band-pass filtered between 1 and 40 Hz.' },
    { kind: 'trap', concept: 'data_source', text: 'The samples were sequenced at the Example Genome Center.' },
  ]);
});

describe('data partitioning: counts per partition without a split verb', () => {
  runCases([
    { kind: 'positive', concept: 'data_partitioning', text: 'We kept 412 scans labelled by two readers for testing and 1,650 scans labelled by one reader for training.', value: 'with_numbers' },
    { kind: 'positive', concept: 'data_partitioning', text: 'The cohort was split once: 300 for training, 40 for validation and the remaining 90 for testing.', value: 'with_numbers' },
    { kind: 'negative', concept: 'data_partitioning', text: 'The network has 12 layers and 3 million parameters.' },
    { kind: 'trap', concept: 'data_partitioning', text: 'Gene expression showed a 4-fold change in 20 samples.' },
  ]);
  it('counts per partition beat a cross-validation used for a side analysis', () => {
    const md = `# A title

## Methods

A classifier was trained to grade the images. We kept 412 scans labelled by two readers for testing and 1,650 scans labelled by one reader for training. A 5-fold cross-validation was used to choose the features of a second, smaller model.
`;
    const f = detectMarkdown(md).get('data_partitioning')!;
    expect(f.value).toBe('with_numbers');
  });
});

describe('data source: public expression data re-analysed beside material the authors collected (2026-12-06, round 3)', () => {
  it('public array data plus tissue collected for the study is mixed', () => {
    const md = `# A title

## Methods

We first screened publicly available microarray data of inflamed joints for candidate genes. Synovial tissue was obtained from twelve patients undergoing knee replacement.
`;
    const f = detectMarkdown(md).get('data_source')!;
    expect(f.status).toBe('reported');
    expect(f.value).toBe('mixed');
  });
  it('public sequencing data alone stay public, and supplied animals are not own material', () => {
    const alone = `# A title

## Methods

We re-analysed two publicly available RNA-seq datasets of treated tumours. Differential expression was computed per cluster.
`;
    expect(detectMarkdown(alone).get('data_source')!.value).toBe('public_dataset');
    const supplied = `# A title

## Methods

We re-analysed two publicly available RNA-seq datasets of treated tumours. Serum was obtained from a commercial vendor as a control.
`;
    expect(detectMarkdown(supplied).get('data_source')!.value).toBe('public_dataset');
  });
  it('a public imaging dataset beside patients does not use this rule', () => {
    const md = `# A title

## Methods

We trained the network on the publicly available BraTS2021 data. Patients were enrolled after written consent.
`;
    expect(detectMarkdown(md).get('data_source')!.value).toBe('public_dataset');
  });
});

/*
 * Second value round (2026-12-06, branch e9-values): the value error classes of issue 9 seen on unseen papers.
 * Every sentence is our own.
 */
const methods = (body: string) => `# A title\n\n## Methods\n\n${body}\n`;

describe('data source: a public dataset stays public when an institution is named only as its origin', () => {
  it('the hospital whose patients make up a public dataset, in the same sentence', () => {
    const f = detectMarkdown(methods('We trained on the publicly available StrokeScan-22 archive, which holds 9,000 CT scans of patients admitted to the Example University Hospital in Springfield.')).get('data_source')!;
    expect(f.value).toBe('public_dataset');
  });
  it('a dataset "originally collected at" or "released by" a hospital, and that hospital named again', () => {
    const md = methods(
      'We used the publicly available ChestX-ray8 collection. The radiographs were originally acquired at the Example Clinical Center between 2001 and 2012. The images were collected at the Example Clinical Center by its radiology service.',
    );
    expect(detectMarkdown(md).get('data_source')!.value).toBe('public_dataset');
    const released = methods('All experiments use the publicly available KneeSet challenge data. The data were released by the Example Medical Center for the challenge.');
    expect(detectMarkdown(released).get('data_source')!.value).toBe('public_dataset');
  });
  it('a reader named with an affiliation is not a site', () => {
    const md = methods('The publicly available BraTS2021 data were used for training. Two radiologists from the Example University Hospital reviewed fifty of the predicted masks.');
    expect(detectMarkdown(md).get('data_source')!.value).toBe('public_dataset');
  });
  it('own patients stated as such make the source mixed however often the public dataset is named', () => {
    const md = methods(
      'The network was pre-trained on the public BraTS2021 data. The BraTS2021 data were cropped to the brain. The BraTS2021 labels were merged into two classes. The BraTS2021 scans were resampled to 1 mm. A further test cohort consisted of 40 patients scanned at our institution in 2022.',
    );
    expect(detectMarkdown(md).get('data_source')!.value).toBe('mixed');
  });
  it('a public dataset and a second source in one sentence are still mixed', () => {
    const md = methods('We evaluated the model on images from a publicly available archive and on data from the Example University Hospital.');
    expect(detectMarkdown(md).get('data_source')!.value).toBe('mixed');
  });
  runCases([
    { kind: 'positive', concept: 'data_source', text: 'Patients admitted to the Example University Hospital between 2016 and 2019 were enrolled.', value: 'single_center' },
    { kind: 'trap', concept: 'data_source', text: 'Two pathologists from the Example University Hospital scored every slide.' },
  ]);
});

describe('data partitioning: a performance figure near the partition words is not a partition size', () => {
  it('cross-validation with percentages of accuracy in the results stays cross_validation', () => {
    const md = `# A title

## Methods

A gradient boosting classifier was fitted to the laboratory values. Five-fold cross-validation was used to estimate its performance.

## Results

The classifier reached an accuracy of 84% in the validation sets and 79% sensitivity in the test folds.
`;
    expect(detectMarkdown(md).get('data_partitioning')!.value).toBe('cross_validation');
  });
  runCases([
    { kind: 'positive', concept: 'data_partitioning', text: 'To raise accuracy, 75% of the patients were used for training and the rest for testing.', value: 'with_numbers' },
    { kind: 'positive', concept: 'data_partitioning', text: 'The model reached 91% accuracy on a held-out test set of 120 patients.', value: 'with_numbers' },
  ]);
});

/** Lines of one column at 10 pt, each a full line of the column but the last. */
function column(texts: string[]): Line[] {
  return texts.map((text, k) => ({ text, size: 10, x0: 72, x1: k + 1 < texts.length ? 520 : 300, y: 780 - 13 * k, page: 1, no: k + 1, col: 0, colLeft: 72, colRight: 520, pageH: 842 }));
}
const paragraph = (texts: string[]) => linesToBlocks([column(texts)]).blocks.map((b) => b.text).join(' | ');

describe('PDF reader: a link broken at a line end', () => {
  it('goes on without a space when the next line continues the address', () => {
    expect(paragraph(['The scripts that train and score the network have been published on https://github.com/', 'example-lab/knee-grading.git for anyone who wants to repeat the work.'])).toContain(
      'https://github.com/example-lab/knee-grading.git for anyone',
    );
    expect(paragraph(['The scripts that train and score the network have been published on https://github.', 'com/example-lab/knee-grading for anyone who wants to repeat the work.'])).toContain(
      'https://github.com/example-lab/knee-grading for anyone',
    );
    expect(paragraph(['The scripts that train and score the network are shared at https://example.org/knee-', 'grading/scripts so that anyone can repeat the work.'])).toContain('https://example.org/knee-grading/scripts so');
  });
  it('keeps the space when the next line starts a new word or a bracket', () => {
    expect(paragraph(['Privacy rules of the region are described on www.example.gov/privacy/', '(accessed in May) and apply to all data that were used here.'])).toContain('www.example.gov/privacy/ (accessed');
    expect(paragraph(['The project page is https://example.org/', 'Our network was trained on two graphics cards for a day.'])).toContain('https://example.org/ Our network');
  });
});

/**
 * Fourth value round (2026-12-07, branch e9-values): participants or data gathered at several places named by their
 * town count as several sites. Every sentence is our own.
 */
describe('data source: several places named by their town', () => {
  it('one named centre and controls scanned at several places elsewhere are multi_center', () => {
    const md = methods(
      'Cases were enrolled at the Example Regional Heart Center in Springfield between 2018 and 2019. Healthy controls were scanned at multiple locations in Riverside and did not undergo angiography.',
    );
    expect(detectMarkdown(md).get('data_source')!.value).toBe('multi_center');
  });
  runCases([
    { kind: 'positive', concept: 'data_source', text: 'Serum was collected from donors at several cities, including Northport and Eastfield.', value: 'multi_center' },
    { kind: 'trap', concept: 'data_source', text: 'Biopsies were taken at multiple locations along the oesophagus of each patient.' },
    { kind: 'trap', concept: 'data_source', text: 'The peptide carried modified residues at several locations, and its binding was then measured.' },
  ]);
});

describe('data source: data re-used from an earlier publication', () => {
  runCases([
    { kind: 'positive', concept: 'data_source', text: 'The model uses our previously published data on airway diameters of healthy adults (12).', value: 'public_dataset' },
    { kind: 'positive', concept: 'data_source', text: 'Expression data from a previous lymphoma study were downloaded again and re-analysed.', value: 'public_dataset' },
    { kind: 'trap', concept: 'data_source', text: 'Array data from a previous study showed lower levels of the receptor in tumours.' },
    { kind: 'trap', concept: 'data_source', text: 'As in our previous study, the tubes were frozen at -80 °C within one hour.' },
  ]);
});
