/**
 * selection_process: how the records of a review were screened and chosen (stages, reviewers, disagreements,
 * software).
 */
import { defineConcept, type SpecBody } from '../core/define.js';

/** what a review screens */
const RECORDS = '(?:titles?|abstracts?|full[- ]?texts?|records|articles|citations|studies|papers|publications|reports|sources|manuscripts|references|search results|hits)';
/** who screens */
const REVIEWERS = '(?:reviewers?|authors?|investigators?|researchers?|team members|raters?|screeners?|members of the (?:review )?team)';

const SCREENED = new RegExp(
  `\\b(?:screen\\w*|assess\\w*|review\\w*|select\\w*|evaluat\\w*|examin\\w*|read)\\b[^.]{0,50}\\b(?:the )?(?:titles? and abstracts?|titles?/abstracts?|abstracts?|full[- ]?texts?|records|citations|retrieved (?:articles|records|studies|reports))\\b|\\b(?:titles? and abstracts?|title[/ ]abstract|full[- ]?texts?|abstracts?)\\b[^.]{0,40}\\b(?:were|was|are) (?:then |first |subsequently |independently )?(?:screened|assessed|reviewed|read|examined|evaluated|retrieved)\\b|\\b(?:title(?: and|/) ?abstract|full[- ]?text|first[- ]stage|second[- ]stage|two[- ]stage|abstract) (?:screening|review|stage|phase)\\b`,
  'i',
);
const INDEPENDENT = new RegExp(
  `\\b(?:two|three|2|3|both|pairs of|independent|two independent)\\s+${REVIEWERS}\\b[^.]{0,80}\\b(?:screen\\w*|select\\w*|assess\\w*|review\\w*|determin\\w*|judg\\w*)\\b[^.]{0,40}\\b(?:eligib\\w*|inclusion|${RECORDS})\\b|\\b${REVIEWERS}\\b[^.]{0,60}\\b(?:independently|in duplicate)\\b[^.]{0,60}\\b(?:screen\\w*|select\\w*|eligib\\w*|inclusion|${RECORDS})\\b|\\b(?:screen\\w*|selection|eligibility)\\b[^.]{0,60}\\b(?:independently|in duplicate|by (?:two|three|2|3) ${REVIEWERS})\\b`,
  'i',
);
const DISAGREE = new RegExp(
  `\\b(?:disagreements?|discrepanc\\w+|conflicts|differences of opinion|uncertaint\\w+)\\b[^.]{0,120}\\b(?:resolved|settled|adjudicated|decided|discussed)\\b[^.]{0,80}\\b(?:inclusion|eligibility|screening|selection|third (?:reviewer|author|investigator)|senior (?:reviewer|author))\\b|\\b(?:inclusion|eligibility|screening|selection)\\b[^.]{0,60}\\b(?:disagreements?|discrepanc\\w+|conflicts)\\b[^.]{0,80}\\b(?:resolved|settled|adjudicated)\\b`,
  'i',
);
const SOFTWARE = /\b(?:Rayyan|Covidence|DistillerSR|EPPI-Reviewer|Abstrackr|ASReview|SWIFT-Review|Colandr|PICO Portal)\b/;
/** patient selection and reading of images in primary studies */
const NOT_REVIEW =
  /\b(?:patients?|participants?|subjects?|women|men|children|infants|volunteers|residents|individuals|cases) (?:were|was) (?:screened|selected|assessed)\b|\bscreened for (?:eligibility|inclusion) (?:by|at|in|during)\b[^.]{0,40}\b(?:nurses?|clinicians?|physicians?|staff|clinic|visit)\b|\b(?:radiologists?|readers?|annotators?|patholog\w+|images?|scans?|lesions?|slides?|segmentations?|labels?|ground truth|reference standard)\b/i;

const spec: SpecBody = {
  rules: [
    { id: 'selection/independent', re: INDEPENDENT, weight: 1, unless: NOT_REVIEW },
    { id: 'selection/stages', re: SCREENED, weight: 0.9, unless: NOT_REVIEW },
    { id: 'selection/disagreement', re: DISAGREE, weight: 0.9, unless: NOT_REVIEW },
    { id: 'selection/software', re: SOFTWARE, weight: 0.8, unless: /\b(?:extract\w*|chart\w*)\b/i },
  ],
  headingFallback: { heading: /^(study selection|selection of (sources|studies|sources of evidence)|selection process|screening( process)?|screening and selection)$/, kinds: ['methods', 'other'] },
  sectionWeight: { introduction: 0.2, discussion: 0.3, results: 0.7 },
  require: { pattern: /screen|select|review|assess|read|evaluat|examin|disagree|discrepanc|conflicts|independent|duplicate|Rayyan|Covidence|DistillerSR|EPPI|Abstrackr|ASReview|SWIFT|Colandr|PICO Portal/i },
};

export default defineConcept({
  id: 'selection_process',
  meta: {
    label: 'Source selection process',
    group: 'Review methods',
    definition:
      'Reported when a review explains how the records found were screened and chosen for inclusion: the stages (titles and abstracts, then full texts), how many reviewers screened and whether independently, how disagreements were settled, and any screening software used. Not counted: the eligibility criteria on their own, the numbers of records at each stage (that is the flow), the selection of patients in a primary study, and readers who resolved disagreements about images or labels.',
    traps: [
      'eligibility criteria without the screening procedure',
      'the selection flow counts ("of 1,245 records, 38 were included")',
      'patient selection in a primary study ("consecutive patients were selected")',
      'readers or annotators settling disagreements about images by consensus',
    ],
  },
  spec,
  examples: {
    reported: [
      { text: 'Two reviewers independently screened titles and abstracts in Rayyan and then read the full texts of all potentially relevant records.' },
      { text: 'Disagreements about inclusion were settled by discussion or, if needed, by a third reviewer.' },
      { text: 'One author screened all records and a second checked a random sample of 20%, with 94% agreement.' },
      { text: 'Full texts of the remaining articles were then assessed against the eligibility criteria.' },
    ],
    missing: [
      { text: 'Of 1,245 records identified, 38 met the inclusion criteria.', heading: 'Results', note: 'the flow, not the process' },
      { text: 'Studies were eligible if they evaluated an AI tool in adult patients.', note: 'eligibility criteria' },
      { text: 'Consecutive patients were selected from the outpatient clinic.', note: 'a primary study' },
      { text: 'Disagreements between the two radiologists were resolved by consensus with a third reader.', note: 'image reading in a primary study' },
      { text: 'Patients were screened for eligibility by research nurses at the clinic visit.', note: 'trial screening' },
    ],
  },
});
