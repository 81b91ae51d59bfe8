/**
 * information_sources: the databases, registers and other sources a review searched, and when.
 */
import { defineConcept, type SpecBody } from '../core/define.js';

const DATABASES = String.raw`(?:PubMed|MEDLINE|Embase|EMBASE|Scopus|Web of Science|CINAHL|PsycINFO|PsycInfo|Cochrane (?:Library|Central|CENTRAL|Database)|CENTRAL|IEEE ?Xplore|ACM Digital Library|Google Scholar|arXiv|medRxiv|bioRxiv|LILACS|ClinicalTrials\.gov|ICTRP|Ovid|EBSCO\w*|ProQuest|dblp|Epistemonikos)`;
const SEARCHED = new RegExp(
  String.raw`\b(?:search(?:ed|es|ing)?|quer(?:ied|y)|screened|consulted|retrieved from|identified (?:through|in|from))\b[^.]{0,120}\b${DATABASES}\b|\b${DATABASES}\b[^.]{0,120}\b(?:were|was) (?:searched|queried|consulted)\b|\b(?:electronic )?databases? (?:searched|used) (?:were|was|included)\b`,
  'i',
);

const spec: SpecBody = {
  rules: [
    { id: 'sources/databases', re: SEARCHED, weight: 1, unless: /\b(?:medical|health|electronic|hospital|patient|clinical) records?\b|\bregistry data\b|\bpatients? (?:were )?identified\b/i },
  ],
  headingFallback: { heading: /^(information sources|search strategy|literature search|data sources|search methods|search strategy and information sources)$/, kinds: ['methods'] },
  sectionWeight: { introduction: 0.25, discussion: 0.4, abstract: 0.85 },
  require: { pattern: new RegExp(String.raw`${DATABASES}|databases?`, 'i') },
};

export default defineConcept({
  id: 'information_sources',
  meta: {
    label: 'Information sources (reviews)',
    group: 'Review methods',
    definition:
      'Reported when a review names the bibliographic databases, registers, websites or other sources it searched (MEDLINE/PubMed, Embase, Scopus, Web of Science, CINAHL, Cochrane CENTRAL, IEEE Xplore, trial registers, reference lists), ideally with the date of the last search. Searches of medical records or registries for patients in a primary study are not review sources.',
    traps: ['medical records searched for eligible patients in a primary study', 'a PubMed identifier in a reference'],
  },
  spec,
  examples: {
    reported: [
      { text: 'We searched MEDLINE, Embase and Web of Science from inception to 15 January 2023.' },
      { text: 'PubMed and IEEE Xplore were searched for studies published between 2010 and 2022.' },
    ],
    missing: [
      { text: 'Electronic medical records were searched for patients who had a CT scan.', note: 'a primary study' },
      { text: 'Data were analysed in R.' },
    ],
  },
});
