/**
 * dev_vs_eval_differences (TRIPOD 12, 13c; TRIPOD+AI 16, 20c): differences between development and evaluation data.
 */
import { defineConcept, type SpecBody } from '../core/define.js';
import { cue } from '../shared/modelling.js';
import { cooccur } from '../shared/facets.js';
import { INSTRUCTION_DAMP, MODAL } from '../shared/hedges.js';
import { EVAL_CONTEXT } from '../shared/examples.js';

const DEV = '(?:derivation|development|training|discovery) (?:cohorts?|sets?|data ?sets?|datasets?|populations?|samples?|data|groups?)';
const EVAL = '(?:validation|external|test(?:ing)?|evaluation|hold-?out|held-?out|replication) (?:cohorts?|sets?|data ?sets?|datasets?|populations?|samples?|data|groups?)';
const COMPARE = /\b(?:differ\w*|different|differences?|dissimilar|similar\w*|comparable|compar(?:ed|ison|ing|es)|case[- ]mix|characteristics|demographics|heterogene\w+|(?:older|younger|higher|lower|more|fewer|less|greater)\b[^.;]{0,60}\bthan)\b/i;
/** sentences about model performance, training or the partition itself, not about how the data sets differ */
const NOT_DATA_COMPARISON =
  /\b(?:AUCs?|AUROC|c-?statistics?|c-?index|accuracy|performance|performed|sensitivity|specificity|Dice|F1|loss|over-?fit\w*|errors?|achieved|yielded|outperform\w*|fine-?tun\w*|split|divided|partitioned|assigned|allocated|randomi[sz]ed|randomly|stratif\w*|ratio|proportion of \d|models?|trained|tuned|hyper-?parameters?|epochs?|\d+ ?%(?: and| or|\/| to) \d+ ?%|\d+:\d+)\b/i;

// the parts of a statement of how the evaluation data differ from the development data, in any order and wording: a
// difference or sameness, an aspect of the data (their characteristics, acquisition, population) and the other set
const DIFF_TERM = String.raw`\b(?:differ(?:s|ed|ing)?|different|differences?|dissimilar|distinct|same|identical|similar|unlike|shift(?:ed)?|unseen)\b`;
const DATA_ASPECT = String.raw`\b(?:characteristics|case[- ]mix|demographics|protocols?|acquisition|scanners?|field strengths?|vendors?|instruments?|operators|equipment|devices?|media|populations?|distributions?|prevalence|imaging parameters|resolution|contrast|sites?|institutions?|hospitals?|centres?|centers?)\b`;
const OTHER_SET = String.raw`\b(?:train(?:ing)?|development|derivation|discovery|original) (?:cohorts?|sets?|data ?sets?|datasets?|populations?|samples?|data)\b|\b(?:new|unseen|external|independent) (?:patient )?(?:cohorts?|data ?sets?|datasets?|populations?|sites?|data)\b`;

const spec: SpecBody = {
  damp: [{ re: MODAL, factor: 0.6 }, INSTRUCTION_DAMP],
  sectionWeight: { introduction: 0.2 },
  rules: [
    cue('dev-eval/both-sets', new RegExp(`\\b${DEV}\\b[^.;]{0,100}\\b${EVAL}\\b|\\b${EVAL}\\b[^.;]{0,100}\\b${DEV}\\b`, 'i'), 0.7, {
      negationOk: true,
      unless: new RegExp(`^(?![^]*${COMPARE.source})|${NOT_DATA_COMPARISON.source}`, 'i'),
    }),
    cue(
      'dev-eval/original',
      /\b(?:compared (?:with|to)|than(?: in| that of)?|unlike|in contrast to|differ\w* from|similar to) (?:the |those (?:of|in) the )?(?:original|derivation|development) (?:\w+ )?(?:cohorts?|populations?|study|studies|samples?|data ?sets?|datasets?)\b/i,
      0.7,
      { negationOk: true, unless: NOT_DATA_COMPARISON },
    ),
    cue(
      'dev-eval/two-cohorts',
      /\b(?:characteristics|demographics|case[- ]mix|baseline|distributions? of (?:age|sex|gender|the outcome|outcomes|diagnos\w+|stages?))\b[^.;]{0,80}\b(?:differ\w*|similar|comparable|balanced)\b[^.;]{0,40}\b(?:between|across|in) (?:the )?(?:two|three|both|all) (?:cohorts|data ?sets|datasets)\b|\b(?:differ\w*|similar|comparable|balanced)\b (?:\w+ ){0,2}(?:in|with respect to|regarding|for) (?:\w+ ){0,3}(?:characteristics|demographics|case[- ]mix)\b[^.;]{0,40}\b(?:between|across|in) (?:the )?(?:two|three|both|all) (?:cohorts|data ?sets|datasets)\b/i,
      0.55,
      { negationOk: true, unless: new RegExp(`${NOT_DATA_COMPARISON.source}|\\b(?:differentially|expressed|expression|genes?)\\b`, 'i'), sections: ['methods', 'results', 'abstract', 'other'] },
    ),
    // the outcome prevalence or the class distribution given for, or contrasted across, the training and test sets
    // ("a prevalence of 30%/28%/31% in the training, validation and test sets", "different distributions in train and
    // test splits"); not the split itself ("the distribution of training and test data is in Table 1")
    cue(
      'dev-eval/prevalence-per-set',
      new RegExp(
        `\\b(?:prevalence|(?:class|label|outcome) (?:distributions?|balance|ratios?)|(?:different|differing|dissimilar|similar|shifted) distributions?)\\b (?:of (?!(?:the )?${DEV})[^.;]{1,40}? )?(?:in|across|between|among|for) (?:the )?(?:train(?:ing)?|development|derivation)\\b(?:,|\\/| and| vs\\.?| versus)[^.;]{0,30}\\b(?:test(?:ing)?|validation|evaluation|hold-?out|held-?out)\\b|\\b(?:train(?:ing)?|development)\\/(?:validation\\/|val\\/)?test(?:ing)? (?:prevalence|(?:class |label )?distributions?)\\b`,
        'i',
      ),
      0.6,
      { negationOk: true, unless: /\b(?:AUCs?|AUROC|c-?statistics?|accuracy|performance|performed|sensitivity|specificity|Dice|F1|loss|outperform\w*|stratif\w*)\b/i },
    ),

    // the evaluation data said to differ from (or match) the development data in an aspect, whatever the phrasing;
    // not performance or the split, not gene expression
    cue('dev-eval/facets', cooccur(DIFF_TERM, DATA_ASPECT, OTHER_SET), 0.6, {
      sections: ['methods', 'results', 'other', 'abstract'],
      negationOk: true,
      unless: /\b(?:AUCs?|AUROC|c-?statistics?|accuracy|sensitivity|specificity|Dice|F1|loss|outperform\w*|split|divided|partitioned|randomly|stratif\w*|differentially|expressed|expression|genes?)\b/i,
    }),
  ],
  needsEvaluation: true,
};

export default defineConcept({
  id: 'dev_vs_eval_differences',
  meta: {
    label: 'Development vs evaluation data differences',
    group: 'Evaluation methods',
    definition:
      'Reported when the manuscript compares the development (derivation, training) data with the evaluation (validation, test, external) data: their characteristics, case mix or demographics, differences or similarity between the two cohorts, or this cohort against the original derivation population of an existing model. Performance differences between the sets, the split itself, models fitted on one set and compared on another, and gene expression differences between cohorts do not count. The concept applies only where a model, classifier or test is evaluated.',
    traps: [
      'the split of the data into training and test sets',
      'performance in the training set versus the test set (overfitting)',
      'differentially expressed genes between cohorts',
      'measurements made in both sets',
    ],
  },
  spec,
  examples: {
    context: EVAL_CONTEXT,
    reported: [
      { text: 'Table 1 compares the characteristics of the derivation cohort and the external validation cohort.', heading: 'Results' },
      { text: 'Patients in the validation cohort were older and more often female than those in the development cohort.', heading: 'Results' },
      { text: 'Compared with the original derivation population, our cohort had a higher prevalence of diabetes.', heading: 'Discussion' },
      { text: 'Baseline characteristics were similar between the two cohorts (Table 2).', heading: 'Results' },
      { text: 'The prevalence of the disease was 41%, 39% and 44% in the training, validation and test sets.', heading: 'Results' },
      { text: 'Because the label distributions in the training and test splits differed, we resampled the cases by admission length.' },
      { text: 'The external test images came from scanners of a different vendor than those of the training set.' },
      { text: 'Samples of the new cohort were processed with the same protocol as the development data, but by other staff.' },
    ],
    missing: [
      { text: 'The data were randomly split into a training set (70%) and a test set (30%).', note: 'the split' },
      { text: 'The AUC was higher in the training set than in the test set, suggesting some overfitting.', heading: 'Results', note: 'performance' },
      { text: 'A total of 412 genes were differentially expressed between the two cohorts.', heading: 'Results', note: 'gene expression' },
      { text: 'We measured 30 samples from the training set and 20 samples from the test set with a more precise assay.' },
      { text: 'Models fitted on the training set were compared on the validation set.' },
      { text: 'The distribution of training and test data is given in Table 1.', note: 'the split, not a comparison' },
      { text: 'The class distribution was preserved in the training and test sets by stratified sampling.', note: 'a stratified split' },
      { text: 'Accuracy was similar in the training and test sets.', heading: 'Results', note: 'performance' },
      {
        text: 'Compared with the original derivation population, our cohort had a higher prevalence of diabetes.',
        heading: 'Discussion',
        context: '',
        note: 'without a model or test under evaluation the concept does not apply',
      },
      { text: 'Accuracy differed between the training set and the new external cohort from other sites.', heading: 'Results', note: 'performance' },
      { text: 'Images were split at random into training and test sets, each holding scans from the same sites.', note: 'the split' },
    ],
  },
});
