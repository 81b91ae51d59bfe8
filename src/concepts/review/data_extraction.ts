/**
 * data_extraction: how a review charted or extracted data from its sources (form, piloting, who, duplicate
 * extraction or checking, contacting authors).
 */
import { defineConcept, type SpecBody } from '../core/define.js';

const FORM =
  /\b(?:(?:data[- ])?(?:extraction|charting|abstraction) (?:form|sheet|template|spreadsheet|tool|table|matrix|instrument|framework)s?|(?:standardi[sz]ed|structured|predefined|pre-?defined|piloted|pilot-tested|customi[sz]ed|purpose-built|bespoke) (?:data[- ])?(?:extraction|charting|abstraction|collection) (?:form|sheet|template|spreadsheet|tool|table)s?|data[- ]charting|charting (?:form|table|process|the data))\b/i;
const WHO =
  /\b(?:data|information|details|study characteristics)\b[^.]{0,40}\b(?:were|was) (?:independently |then |subsequently )?(?:extracted|charted|abstracted)\b[^.]{0,100}\b(?:independently|in duplicate|by (?:two|three|one|a single|each|2|3) (?:reviewers?|authors?|investigators?|researchers?)|reviewers?|authors?|cross-?checked|verified|double-?checked)\b|\b(?:two|three|2|3|both|one|a single|each|independent) (?:reviewers?|authors?|investigators?|researchers?)\b[^.]{0,60}\b(?:extracted|charted|abstracted)\b|\b(?:second|another|third|other) (?:reviewer|author|investigator|researcher)\b[^.]{0,60}\b(?:verified|checked|cross-?checked|validated|confirmed|reviewed)\b[^.]{0,60}\b(?:extract\w*|chart\w*|data|entr(?:y|ies))\b|\b(?:extracted|charted) (?:the )?data (?:independently|in duplicate)\b|\b(?:data|information|details)\b[^.]{0,30}\b(?:were|was) (?:extracted|charted|abstracted)\b[^.]{0,60}\b(?:forms?|sheets?|templates?|spreadsheets?|matri(?:x|ces)|Excel|Covidence|piloted)\b/i;
const AUTHORS_CONTACTED =
  /\b(?:contacted|e-?mailed|wrote to|approached|requested[^.]{0,30}from)\b[^.]{0,30}\b(?:the )?(?:corresponding |original |study |primary )?authors\b[^.]{0,80}\b(?:missing|unclear|unreported|additional|further|clarif\w+|incomplete|data|details|information|included (?:studies|articles|trials|sources))\b/i;
/** feature extraction, record abstraction and questionnaires of primary studies */
const NOT_REVIEW =
  /\b(?:features?|radiomic\w*|embeddings?|patches|signals?|images?|voxels?|segmentations?|(?:electronic |medical |health |patient |clinical |hospital )records?|EHR|EMR|charts? review|case report forms?|CRFs?|questionnaires?|registry|database of (?:patients|the hospital)|from (?:the )?(?:patients'?|participants'?) (?:files|notes|charts))\b/i;

const spec: SpecBody = {
  rules: [
    { id: 'extraction/form', re: FORM, weight: 0.95, unless: /\b(?:case report forms?|CRFs?|questionnaires?|features?|radiomic\w*)\b/i },
    { id: 'extraction/who', re: WHO, weight: 0.95, unless: NOT_REVIEW },
    { id: 'extraction/authors-contacted', re: AUTHORS_CONTACTED, weight: 0.8, unless: /\b(?:we thank|acknowledg|grateful)\b/i },
  ],
  headingFallback: { heading: /^(data (extraction|charting|collection process|charting process|items and extraction)|data extraction and (synthesis|management|analysis)|charting the data|extraction of data)$/, kinds: ['methods', 'other'] },
  sectionWeight: { introduction: 0.2, discussion: 0.3, results: 0.6 },
  require: { pattern: /extract|chart|abstract|form|template|spreadsheet|sheet|matrix|contact|e-?mail|wrote to|approached|requested/i },
};

export default defineConcept({
  id: 'data_extraction',
  meta: {
    label: 'Data charting / extraction',
    group: 'Review methods',
    definition:
      'Reported when a review explains how data were charted or extracted from the included sources: the form or table used and whether it was piloted or refined, who extracted and whether a second person extracted in duplicate or checked, and whether authors of the sources were contacted for missing details. A list of the items extracted, without the procedure, is not the process. Not counted: extraction of data from records or databases in a primary study, case report forms of a trial, and feature extraction in image or signal analysis.',
    traps: [
      'feature extraction: "radiomic features were extracted"',
      'record abstraction in a primary study: "clinical data were extracted from the health record"',
      'a list of the extracted items without saying how they were extracted',
    ],
  },
  spec,
  examples: {
    reported: [
      { text: 'Data were charted with a standardised form that the team piloted on five studies and then refined.' },
      { text: 'One reviewer extracted the data and a second verified every entry against the source article.' },
      { text: 'Where details were missing, we e-mailed the corresponding authors of the included studies.' },
      { text: 'Two authors independently extracted study characteristics and outcome data into a spreadsheet.' },
    ],
    missing: [
      { text: 'Radiomic features were extracted from each segmented lesion with an open-source library.', note: 'feature extraction' },
      { text: 'Clinical data were extracted from the electronic health record by two research nurses.', note: 'a primary study' },
      { text: 'We recorded the study design, country, sample size and outcome measures of each source.', note: 'the data items, not the process' },
      { text: 'Outcome data were entered on paper case report forms and double-checked.', note: 'a trial\'s data collection' },
    ],
  },
});
