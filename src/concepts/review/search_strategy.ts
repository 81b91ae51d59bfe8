/**
 * search_strategy: the complete, repeatable literature search of a review (full when the search itself is given,
 * partial when only the databases and a few terms are named).
 */
import { defineConcept, type SpecBody } from '../core/define.js';

/** bibliographic databases and search engines a review searches */
const DATABASES =
  'MEDLINE|PubMed|Embase|EMBASE|Scopus|Web of Science|CINAHL|Cochrane (?:Library|Central|CENTRAL|Database)|CENTRAL|PsycINFO|PsychINFO|IEEE ?Xplore|ACM Digital Library|Google Scholar|arXiv|medRxiv|bioRxiv|LILACS|ClinicalTrials\\.gov|WHO ICTRP|Ovid|EBSCO\\w*|ProQuest|dblp|Semantic Scholar|CNKI|AMED|ERIC|SPORTDiscus|Epistemonikos';
/** the search itself is given, or where it is */
const STRING_GIVEN = new RegExp(
  `\\b(?:(?:full|complete|final|detailed|exact|electronic|literature|systematic|database)?\\s?search (?:strings?|strateg(?:y|ies)|terms|quer(?:y|ies)|syntax|filters?|histor(?:y|ies))|(?:full|complete|detailed) (?:electronic )?searche?s?)\\b[^.]{0,140}\\b(?:appendix|appendices|supplement\\w*|Table S?\\d|(?:online|additional|supporting) (?:file|material|information)|reproduced|listed|provided|given|shown|detailed|available|presented|reported|documented)\\b|\\b(?:appendix|supplement\\w*|Table S\\d|(?:online|additional|supporting) (?:file|material|information))\\b[^.]{0,60}\\b(?:gives|lists|shows|contains|provides|reproduces|details|presents)\\b[^.]{0,40}\\bsearch (?:strings?|strateg(?:y|ies)|terms|quer(?:y|ies))\\b|\\bsearch(?:es)?\\b[^.]{0,80}\\b(?:reproduced|(?:given|provided|listed|shown) in full)\\b`,
  'i',
);
/** a Boolean query written out (operators in capitals, truncation, subject headings) */
const QUERY = /(?:\b[\w*"'-]+\*?"?\)? (?:AND|OR|NOT) \(?"?[\w*-]+|\b\w{3,}\*(?=[\s),;"])|\[(?:MeSH|Mesh|tiab|TIAB|ti|ab|tw|mh)\b[^\]]*\]|\/exp\b|\bexp \w+\/)/;
/** ... in a sentence about searching (case-sensitive: the operators are in capitals) */
const QUERY_IN_CONTEXT = new RegExp(`^(?=[^]*?\\b(?:[Ss]earch\\w*|[Qq]uer(?:y|ies|ied)|[Tt]erms|[Kk]eywords|MeSH|[Ss]trings?)\\b)[^]*?${QUERY.source}`);
/** the databases and period searched, without the search itself */
const SEARCHED = new RegExp(
  `\\b(?:search\\w*|queried|quer(?:y|ies))\\b[^.]{0,100}\\b(?:${DATABASES})\\b|\\b(?:${DATABASES})\\b[^.]{0,100}\\b(?:(?:was|were) (?:systematically )?(?:searched|queried|screened)|search(?:es)? (?:was|were))\\b|\\b(?:electronic|bibliographic|literature) (?:databases?|search)\\b[^.]{0,40}\\b(?:searched|conducted|performed|run|carried out|queried)\\b|\\b(?:systematic(?:ally)?|comprehensive(?:ly)?) (?:literature )?search\\w*\\b[^.]{0,80}\\b(?:databases?|literature|from inception|up to|until|between)\\b|\\b(?:reference lists|bibliographies) of (?:the )?(?:included|eligible|relevant|all)\\b[^.]{0,40}\\b(?:searched|screened|checked|hand-?searched|examined)\\b|\\bhand-?search\\w*\\b|\\b(?:librarian|information specialist)\\b[^.]{0,80}\\bsearch`,
  'i',
);
/** searches that are not a literature search of this review */
const NOT_LITERATURE =
  /\b(?:medical records?|health records?|patient records?|charts? (?:were|was)|registry|registries (?:were|was) searched for (?:patients|cases)|for (?:eligible )?(?:patients|cases|participants)|grid search|random(?:i[sz]ed)? search|hyper-?parameters?|neural architecture search|architecture search|beam search|search space|Bayesian optimi[sz]ation|web search engines?|internet search(?:es)? by (?:patients|the public)|search(?:ed)? for (?:symptoms|information) online)\b/i;

const spec: SpecBody = {
  rules: [
    { id: 'search/string', re: STRING_GIVEN, weight: 1, unless: NOT_LITERATURE },
    { id: 'search/query', re: QUERY_IN_CONTEXT, weight: 0.9, unless: NOT_LITERATURE, sections: ['methods', 'other', 'abstract'] },
    { id: 'search/databases', re: SEARCHED, weight: 0.85, partial: true, unless: NOT_LITERATURE },
  ],
  headingFallback: { heading: /^(search strateg(y|ies)|literature search|search methods|information sources and search(es)?|search)$/, kinds: ['methods', 'other'] },
  sectionWeight: { introduction: 0.2, discussion: 0.3, results: 0.6 },
  require: { pattern: /search|quer(?:y|ied|ies)|MeSH|\b(?:AND|OR)\b|\*|\/exp\b|\[(?:tiab|ti|ab|tw|mh)\]/ },
};

export default defineConcept({
  id: 'search_strategy',
  meta: {
    label: 'Search strategy',
    group: 'Review methods',
    definition:
      'Reported when a review gives its literature search in a form that someone else could run again: the search string for at least one named database (terms, subject headings, Boolean operators, truncation, limits such as language or date), usually in an appendix, with the date it was run. Naming the databases and a few keywords without the actual string is partial. Not counted: searches of medical records or registries for patients in a primary study, hyperparameter or architecture searches of a model, and a literature search mentioned in passing in the background.',
    traps: [
      'record searches in primary studies: "medical records were searched for eligible patients"',
      'background statements: "a literature search showed that no such model exists"',
      'grid, random or architecture searches when tuning a model',
    ],
  },
  spec,
  examples: {
    reported: [
      { text: 'The full MEDLINE search string, combining subject headings and free-text words for delirium and machine learning with Boolean operators, is given in Appendix 1.' },
      { text: 'We searched Embase and CINAHL on 3 March 2023 with the query (ultrasound OR sonograph*) AND pneumonia, without language limits.' },
      { text: 'A librarian helped to build the search, which is reproduced for every database in Supplementary Table 1.' },
      { text: 'PubMed, Embase and Scopus were searched from inception to June 2022.', status: 'partial', note: 'databases without the search itself' },
    ],
    missing: [
      { text: 'Medical records were searched for patients who underwent surgery between 2015 and 2020.', note: 'a primary study' },
      { text: 'A literature search showed that no prediction model exists for this population [3].', heading: 'Introduction', note: 'background' },
      { text: 'Patients increasingly use web search engines to look up their symptoms.', heading: 'Introduction' },
      { text: 'Hyperparameters were tuned by grid search over the learning rate and batch size.', note: 'model tuning' },
    ],
  },
});
