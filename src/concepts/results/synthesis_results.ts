/**
 * synthesis_results: the combined findings of a review's sources that answer its question (counts across sources,
 * themes, maps, pooled estimates).
 */
import { defineConcept, type SpecBody } from '../core/define.js';

const UNITS = '(?:studies|articles|sources|papers|publications|reports|trials|reviews)';
/** how many sources share a characteristic */
const COUNTS = new RegExp(
  `\\b(?:most|majority|minority|half|third|quarter|few|none|all|only (?:one|two|three|four|five|\\d+)|\\d+(?:[.,]\\d+)? ?%|(?:one|two|three|four|five|six|seven|eight|nine|ten|\\d+)(?: \\(\\d+(?:[.,]\\d+)? ?%\\))?) (?:of (?:the|these|all) )?(?:\\d+ )?(?:included |eligible |reviewed |selected |identified )?${UNITS}\\b[^.]{0,20}\\b(?:\\(n ?= ?\\d+[^)]*\\) )?(?:used|addressed|evaluated|assessed|reported|focused|focussed|investigated|examined|applied|employed|developed|described|involved|included (?:children|adults|patients|data|images)|were (?:conducted|published|from|based|performed|retrospective|prospective|single|multi|designed)|came from|originated|targeted|relied|lacked|did not|provided|compared|validated|tested|performed|studied|analy[sz]ed|measured)\\b|\\b(?:in|among|across) (?:the )?(?:\\d+ )?(?:included |reviewed |eligible )?${UNITS}\\b[^.]{0,80}\\b(?:\\d+(?:[.,]\\d+)? ?%|n ?= ?\\d+|most|median|mean|range[d]?|common(?:ly)?|frequent(?:ly)?)\\b`,
  'i',
);
const THEMES =
  /\b(?:(?:two|three|four|five|six|seven|several|\d+) (?:main |major |key |overarching )?(?:themes|categories|clusters|domains)|themes?) (?:emerged|were identified|were found|were derived)\b|\b(?:evidence|knowledge|research) gaps? (?:was|were|is|are)? ?(?:identified|found|remain\w*)\b[^.]{0,60}\b(?:studies|sources|literature|evidence)\b|\b(?:evidence map|bubble (?:plot|chart)|heat ?map)\b[^.]{0,80}\b(?:shows?|showed|illustrat\w+|summari[sz]\w+|maps?|display\w*)\b|\bFigure \d+\w? (?:maps|summari[sz]es|shows the distribution of) (?:the )?(?:included )?(?:sources|studies|articles)\b/i;
const POOLED =
  /\b(?:pooled|summary|overall|combined) (?:estimates? of )?(?:sensitivity|specificity|odds ratio|risk ratio|relative risk|hazard ratio|mean difference|standardi[sz]ed mean difference|effect(?: size)?|AUC|area under|prevalence|incidence|estimate)\b[^.]{0,80}\b(?:was|were|of|=|\d)\b/i;
/** the flow of records and one primary study's own results */
const NOT_SYNTHESIS =
  /\b(?:records?|duplicates?|(?:were|was) (?:identified|screened|excluded|removed|retrieved)|full[- ]?texts? (?:were|was) (?:assessed|retrieved|reviewed)|met the (?:inclusion|eligibility) criteria|(?:previous|prior|earlier|other) (?:studies|reviews|trials))\b/i;

const spec: SpecBody = {
  rules: [
    { id: 'synthesis-results/counts', re: COUNTS, weight: 0.9, unless: NOT_SYNTHESIS, sections: ['results', 'abstract', 'other', 'discussion'] },
    { id: 'synthesis-results/themes', re: THEMES, weight: 0.9, unless: NOT_SYNTHESIS, sections: ['results', 'abstract', 'other', 'discussion'] },
    { id: 'synthesis-results/pooled', re: POOLED, weight: 0.9, unless: NOT_SYNTHESIS, sections: ['results', 'abstract', 'other'] },
  ],
  headingFallback: { heading: /^(synthesis of results|results of (the )?(synthesis|syntheses|individual sources)|summary of (the )?(evidence|findings|results)|results of syntheses)$/, kinds: ['results', 'other'] },
  sectionWeight: { discussion: 0.5, abstract: 0.8 },
  require: { pattern: /stud|article|source|paper|publication|report|trial|review|theme|categor|cluster|domain|gap|map|bubble|pooled|summary|overall|combined/i },
};

export default defineConcept({
  id: 'synthesis_results',
  meta: {
    label: 'Synthesis of results',
    group: 'Results',
    definition:
      'Reported when a review presents the combined picture of its included sources in relation to its questions: how many sources fall into each category, the main themes, patterns and gaps, in text, tables, charts or evidence maps, or pooled estimates of a meta-analysis. Not counted: the characteristics of single sources listed one after the other with no summary across them, the selection flow, the results of a primary study, and findings of previous studies discussed in the Discussion.',
    traps: [
      'the selection flow: "of 2,310 records screened, 47 were included"',
      'single sources described one by one without a summary across them',
      'results of a primary study',
    ],
  },
  spec,
  examples: {
    reported: [
      { text: 'Most of the 47 included studies (n = 31) addressed detection tasks, whereas only four evaluated the tool in routine practice.', heading: 'Results' },
      { text: 'Three themes emerged across the sources: workflow integration, trust in the tool and training needs.', heading: 'Results' },
      { text: 'Figure 3 maps the included sources by imaging modality and clinical task and shows that no study addressed children.', heading: 'Results' },
      { text: 'The pooled sensitivity was 0.87 (95% CI 0.82 to 0.91) across 14 studies.', heading: 'Results' },
    ],
    missing: [
      { text: 'Of 2,310 records screened, 47 were included.', heading: 'Results', note: 'the flow' },
      { text: 'The model detected 92% of fractures in the test set.', heading: 'Results', note: 'a primary study' },
      { text: 'Study 12 was conducted in Canada and enrolled 130 patients.', heading: 'Results', note: 'one source, no synthesis' },
      { text: 'Most previous studies used single-centre data [4-9].', heading: 'Discussion', note: 'other work' },
    ],
  },
});
