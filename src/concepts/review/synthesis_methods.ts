/**
 * synthesis_methods: how a review organised and summarised the extracted data (grouping, descriptive counts, tables
 * and maps, narrative or thematic synthesis, meta-analysis).
 */
import { defineConcept, type SpecBody } from '../core/define.js';

/** what a review synthesises: its sources and what was charted from them, never a primary study's plain "data" */
const OBJECT = '(?:included )?(?:studies|sources(?: of evidence)?|articles|papers|publications|reports|trials|records|extracted data|charted data|extracted information|charted information|findings|results of the (?:included )?(?:studies|sources|articles)|evidence|study characteristics|data from the (?:included )?(?:studies|sources|articles))';
const ORGANISED = new RegExp(
  `\\b${OBJECT}\\b[^.]{0,30}\\b(?:were|was) (?:then |further |first )?(?:grouped|categori[sz]ed|classified|clustered|organi[sz]ed|sorted|mapped|tabulated|charted|collated|summari[sz]ed|synthesi[sz]ed|coded|described|presented)\\b[^.]{0,100}\\b(?:by|according to|into|in(?:to)? (?:tables?|categories|themes|charts?|figures?|maps?)|descriptively|narratively|thematically|using|with|as)\\b|\\b(?:grouped|categori[sz]ed|classified|organi[sz]ed|tabulated|charted|mapped|summari[sz]ed|synthesi[sz]ed)\\b[^.]{0,20}\\b(?:the )?${OBJECT}\\b[^.]{0,60}\\b(?:by|according to|into|descriptively|narratively|thematically)\\b`,
  'i',
);
const APPROACH =
  /\b(?:narrative|descriptive|thematic|qualitative|textual|realist|framework|configurative) (?:synthesis|summary|summar(?:y|ies) of (?:the )?(?:findings|evidence|results))\b|\b(?:descriptive (?:numerical |numeric )?summary|numerical (?:summary|analysis) of (?:the )?(?:studies|sources|extent))\b|\b(?:evidence (?:map|gap map)|bubble (?:plot|chart)|heat ?map of (?:the )?(?:studies|sources|evidence))s?\b|\bsynthesi[sz](?:ed|ing|e) (?:the )?(?:evidence|findings|results|data)\b[^.]{0,60}\b(?:narratively|descriptively|thematically|tables?|themes?|categories|groups?)\b|\bcod(?:ed|ing)\b[^.]{0,40}\b(?:findings|data|sources|studies|articles|information)\b[^.]{0,60}\b(?:themes?|categories|codes)\b/i;
const META =
  /\bmeta-analy[sz]\w*\b[^.]{0,100}\b(?:random[- ]effects?|fixed[- ]effects?|common[- ]effect|DerSimonian|Mantel[- ]Haenszel|inverse[- ]variance|restricted maximum likelihood|REML|bivariate|hierarchical|metafor|meta package|mada|RevMan|Review Manager|Stata|Comprehensive Meta-Analysis|pooled|performed|conducted|carried out|undertaken)\b|\b(?:random|fixed|common)[- ]effects? (?:meta-analy\w+|model (?:meta-analy\w+|was used to pool))\b|\b(?:pooled|combined) (?:using|with|in|by) (?:a |an )?(?:random|fixed|common)[- ]effects?\b|\bheterogeneity (?:was|were|between studies was) (?:assessed|quantified|evaluated|examined|measured|explored|tested)\b[^.]{0,60}\b(?:I ?(?:2|²|\^2)|Cochran'?s? Q|tau|τ|chi)\b|\bmeta-regression\b/i;
/** statistical analysis and qualitative interviews of primary studies */
const NOT_REVIEW =
  /\b(?:patients|participants|interviews?|focus groups?|transcripts?|respondents|Mann-Whitney|t-tests?|chi-square test was used to compare|mixed[- ]effects? (?:model|regression)|random intercepts?|pixels?|voxels?|images|feature maps?|attention maps?|activation maps?|saliency)\b/i;

const spec: SpecBody = {
  rules: [
    { id: 'synthesis/organised', re: ORGANISED, weight: 0.9, unless: NOT_REVIEW },
    { id: 'synthesis/approach', re: APPROACH, weight: 0.9, unless: NOT_REVIEW },
    { id: 'synthesis/meta-analysis', re: META, weight: 0.95, unless: /\b(?:previous|earlier|prior) meta-analy\w*/i },
  ],
  headingFallback: { heading: /^(synthesis( of results| methods)?|data (synthesis|analysis and synthesis|summary)|collating,? summari[sz]ing and reporting( the results)?|summari[sz]ing the data|statistical synthesis|synthesis of (the )?(evidence|findings))$/, kinds: ['methods', 'other'] },
  sectionWeight: { introduction: 0.2, discussion: 0.3, results: 0.5 },
  require: { pattern: /group|categori|classif|cluster|organi|sort|map|tabulat|chart|collat|summar|synthes|cod|describ|present|narrative|thematic|qualitative|meta-|effects?|heterogeneity|bubble/i },
};

export default defineConcept({
  id: 'synthesis_methods',
  meta: {
    label: 'Synthesis methods',
    group: 'Review methods',
    definition:
      'Reported when a review explains how the extracted data were brought together: how sources were grouped or categorised (by design, population, task or concept), whether counts, descriptive statistics, tables, charts or maps were used, whether a narrative or thematic approach was taken, or how results were pooled in a meta-analysis (model, heterogeneity). Not counted: the statistical analysis of a primary study, thematic analysis of interviews in a qualitative primary study, the results of the synthesis themselves (synthesis of results), and methods of other reviews described in the background.',
    traps: [
      'statistical methods of a primary study: "groups were compared with the Mann-Whitney U test"',
      'thematic analysis of interview transcripts in a primary study',
      'the findings of the synthesis instead of its method',
    ],
  },
  spec,
  examples: {
    reported: [
      { text: 'Findings were summarised descriptively, with frequencies for study characteristics and a narrative account of the reported barriers.' },
      { text: 'Sources were grouped by clinical task (detection, segmentation, prognosis) and charted in tables.' },
      { text: 'Two authors coded the qualitative findings inductively and organised them into themes.' },
      { text: 'Sensitivity and specificity were pooled with a bivariate random-effects meta-analysis, and heterogeneity was quantified with the I² statistic.' },
    ],
    missing: [
      { text: 'Continuous variables were compared with the Mann-Whitney U test.', note: 'a primary study' },
      { text: 'Most included studies were conducted in high-income countries.', heading: 'Results', note: 'a result of the synthesis' },
      { text: 'Earlier reviews pooled accuracy estimates across very different designs [7].', heading: 'Introduction', note: 'other work' },
      { text: 'Interview transcripts were coded and organised into themes by two researchers.', note: 'a qualitative primary study' },
    ],
  },
});
