/**
 * data_availability: whether and how the study data can be obtained, with its headline value.
 */
import { defineConcept, type SpecBody } from '../core/define.js';
import type { Hit, RuleContext, ValueResult } from '../core/spec.js';
import { ADV, extractAccessions, extractUrls, MISSING_DATA_TRAP, ONLINE_POINTER, SUPPLEMENT_BOILERPLATE, uniq } from '../shared/availability.js';

/** the data of this study as a grammatical subject */
const DATA_NOUN =
  String.raw`(?:data ?sets?|data(?! (?:pre-?processing|processing|analys[ie]s|collection|management|extraction|cleaning|quality|handling|acquisition|entry|monitoring|safety|dictionary|protection|augmentation|harmoni[sz]ation|curation))|raw data|source data|datafiles?|data files?|(?:individual|de-?identified|anonymi[sz]ed|pseudonymi[sz]ed) (?:participant|patient)(?:[- ]level)? data|(?:participant|patient)[- ]level data|results files?|imaging data|images|sequenc(?:e|ing) (?:data|reads)|summary statistics)`;
const AVAIL_VERB =
  String.raw`(?:(?:are|is|will be|would be|can be|could be|may be|might be|shall be|should be|be|have been|has been)${ADV} (?:available|accessible|obtainable|shared|deposited|released|downloadable|archived|uploaded|hosted|provided (?:in|as|at|via|upon|on request|with(?:in)? the|online|for download))|(?:were|was)${ADV} (?:made (?:\w+ )?available|made public|deposited|shared publicly|released publicly|publicly released|publicly shared))`;
const ABILITY_VERB = String.raw`(?:can|could|may|might|will) (?:also )?be (?:obtained|requested|accessed|downloaded|retrieved|consulted|found (?:online |publicly )?(?:at|on|in|via) (?:https?:|www\.|the [\w ]{0,30}repositor|zenodo|figshare|dryad|osf|github|gitlab|dataverse|mendeley|GEO\b|the (?:supplementa|supporting|online)))`;

const DA_AVAILABLE = new RegExp(String.raw`\b${DATA_NOUN}\b[^.]{0,200}?\b(?:${AVAIL_VERB}|${ABILITY_VERB})\b`, 'i');
const DA_NOT = new RegExp(
  String.raw`\b${DATA_NOUN}\b[^.]{0,120}?\b(?:(?:are|is|will|would|can|could|may|shall|have|has)(?: not|n't)|cannot)(?: be| been)?(?: (?:made|publicly|publically|openly|freely|fully))* (?:available|accessible|shared|released|deposited|provided|disclosed|distributed|public)\b|\bno (?:additional|further|other|unpublished) data (?:are |is )?available\b|\b(?:will|do|does|did) not (?:publicly )?(?:share|release|make available|provide|deposit)\b[^.]{0,40}\bdata\b|\bdata sharing (?:is |was )?not (?:applicable|possible|permitted|planned)\b`,
  'i',
);
const DA_REQUEST_CORE = /\b(?:available|obtain(?:ed|able)|provided|shared|accessed|released|supplied)\b[^.]{0,80}?\b(?:upon|on|by|after|following|with|via|through)(?: an?| the)? (?:reasonable |written |justified |formal |appropriate |specific |direct |scientifically sound |motivated |email )?(?:request|application|contact)\b/i;
const DA_REQUEST = new RegExp(String.raw`\b(?:${DATA_NOUN}|data)\b[^.]{0,150}?` + DA_REQUEST_CORE.source, 'i');
const DA_POINTER = /\bdata[- ]sharing (?:statement|plan)\b|\bdata availability statement (?:is|can be) (?:provided|found|available)\b/i;
/** the study's data handed to people during the trial (clinicians, participants), not shared with readers */
const DA_OPERATIONAL = /\b(?:made )?(?:available|accessible|shown|visible) to (?:the )?(?:treating |study |participating |their )?(?:clinicians?|physicians?|doctors?|nurses?|staff|patients?|participants?|care ?givers?|providers?|investigators? during|study team|teams?|pharmacists?|general practitioners?|GPs?)\b|\b(?:which|whom|where|while|during which) (?:\w+ )?data (?:are|were|is|was|became|become) available\b|\b(?:few|little|limited|scarce|sparse|some|more|less|published|existing|current|recent|insufficient|no(?! additional| further| other)) (?:\w+ )?data (?:are|is|were|was) (?:yet |currently |still )?available\b|\bavailable to compare\b|\b(?:volume|amount|quantity|number|lots?|wealth|abundance|paucity|lack|scarcity) of (?:the )?(?:\w+ )?data (?:is|are|was|were|becomes?) available\b|\bavailable to (?:identify|train|fit|estimate|learn|build|develop|compute|calculate|inform|support|assess|evaluate|compare|test|guide|answer|address|determine)\b/i;
const DA_REPOSITORY =
  /\b(?:deposited|archived|uploaded|submitted|stored|registered)\b[^.]{0,80}?\b(?:in|at|to|with|on|into)\b[^.]{0,40}?\b(?:repositor(?:y|ies)|GEO|Gene Expression Omnibus|Sequence Read Archive|SRA|ArrayExpress|dbGaP|European Genome|EGA|Zenodo|Dryad|Figshare|OSF|Open Science Framework|Mendeley Data|Dataverse|Vivli|BioProject|PRIDE|ProteomeXchange|NCBI|ENA|European Nucleotide Archive|MetaboLights|OpenNeuro|Synapse|data archive|UK Data Service|ICPSR|public database)\b/i;
const ACC_ID = String.raw`(?:accession (?:numbers?|codes?|nos?\.?|IDs?|#)|GSE ?\d{3,}|PRJNA\d{3,}|PRJEB\d{3,}|E-MTAB-\d+|phs\d{6}|EGA[SD]\d{8,}|PXD\d{6}|SR[APX]\d{5,}|MTBLS\d+)`;
const DA_ACCESSION = new RegExp(
  String.raw`\b${ACC_ID}[^.]{0,100}?\b(?:available|deposited|accessible|submitted|released|retrievable|downloadable)\b|\b(?:available|deposited|accessible|submitted|released|retrievable|downloadable)\b[^.]{0,100}?\b${ACC_ID}|\baccession (?:numbers?|codes?|IDs?) (?:for|of) (?:the|our|this|these) (?:\w+ ){0,3}(?:data|data ?sets?|arrays?|experiments?|study|samples|sequencing|series)\b[^.]{0,20}\b(?:is|are)\b`,
  'i',
);
const DA_WITHIN =
  /\b(?:all |the )?(?:relevant |underlying |raw |source |minimal |supporting |individual )?data(?: ?sets?)?\b(?! (?:pre-?processing|processing|analys[ie]s|collection|management|extraction|cleaning|quality|handling|acquisition|entry|monitoring)\b)[^.]{0,80}?\b(?:are|is|were|have been|has been)(?: all| also| fully)? (?:(?:included|contained|provided|available) (?:with)?in|within) (?:the|this) (?:published |present )?(?:paper|article|manuscript|supplement|supplementary (?:materials?|information|files?|data)|supporting information|additional files?|appendix)|\bsource data (?:are|is) (?:provided|available)\b|\bdata (?:are|is) (?:all )?within the (?:paper|manuscript|article)\b/i;
const DA_SUPP_DATA = /\b(?:are|is|were|was) (?:included|provided|available|given|listed|supplied|deposited) (?:in|as|with) (?:the )?(?:Supplementary|Supplemental|Source) Data(?: file| \d+)?\b|\bSource Data (?:file|are provided)\b/;
const DA_SHARING_PLAN = /\b(?:individual (?:participant|patient) data|IPD)\b[^.]{0,200}?\b(?:will|would|can|could|may)\b[^.]{0,20}?\b(?:be )?(?:shared|available|made available|provided)/i;
const DA_WE_MADE = /\bwe\b(?: [^.]{0,60}? and)? (?:have )?(?:also )?(?:made|make|provide|share|shared|deposited|released?|upload(?:ed)?|publish(?:ed)?)\b(?: \w+){0,8}? (?:them |it |these |this )?(?:publicly |freely |openly )?(?:available|accessible|online)\b(?! to (?:the )?(?:clinicians?|physicians?|participants?|patients?|staff))|\bwe (?:have |will |shall |plan to |intend to )?(?:also )?(?:deposited|deposit|uploaded|released?|share|make public)\b[^.]{0,60}?\b(?:data|files|tables|values|measurements|images|scans|features)\b(?! (?:with|to) (?:the )?(?:clinicians?|physicians?|participants?|patients?|staff))/i;
/** data kept at each site of a federated or distributed setting ("a local dataset that cannot be shared with the other
 * clients or the server"): a property of the method, not a statement about sharing the study data with readers */
const DA_FEDERATED = /\b(?:shared|share|sharing|transferred|transfer|exchanged|leave|leaves|pooled|centrali[sz]ed|moved)\b[^.]{0,30}?\b(?:with|between|across|among|to|from)\b (?:the |other |each |any |different |participating |central |local )*(?:clients?|servers?|nodes|parties|silos|devices)\b|\b(?:shared|exchanged|pooled|transferred) (?:between|across|among) (?:the )?(?:sites|hospitals|institutions|centres|centers)\b/i;
/** availability under a condition ("given that the hardware is available", "when those are available") is no statement */
const DA_CONDITIONAL = /\b(?:given that|provided that|as long as|if|when|whenever|unless|once)\b[^.]{0,60}?\b(?:is|are|becomes?)\b (?:\w+ )?available\b/i;
/** the Data Availability section also catches code, so keep code-only sentences out of data */
const CODE_ONLY = /^(?:(?!\bdata\b).)*\b(?:code|scripts?|software)\b(?:(?!\bdata\b).)*$/i;
const DATA_KEYS = /availab|accessib|accession|deposit|repositor|request|shar(?:ed|ing|e)\b|obtainab|obtained|download|releas|upload|archiv|hosted|retriev|within the|included in|provided|supplementary data|source data|\bGSE|PRJ|phs\d|\bEGA|PXD|data[- ]sharing/i;

const spec: SpecBody = {
  rules: [
    { id: 'data/not-available', re: DA_NOT, weight: 0.95, notDone: true, unless: MISSING_DATA_TRAP },
    { id: 'data/repository', re: DA_REPOSITORY, weight: 0.95, unless: /\b(?:REDCap|electronic (?:case report|data capture)|case report form|secure|password|encrypted|locked|hospital|clinical|medical records?)\b/i },
    { id: 'data/accession', re: DA_ACCESSION, weight: 0.9, unless: /\|/ },
    { id: 'data/within-paper', re: DA_WITHIN, weight: 0.9, unless: /\b(?:table|figure|fig\.)\s*\d|\bare (?:shown|presented|given|reported) in\b|\bmissing\b|^(?:(?:more |further )?detailed |full |further |additional )?(?:descriptions?|details|information|explanations?) (?:of|on|about)\b/i },
    { id: 'data/request-in-section', re: DA_REQUEST_CORE, weight: 0.9, roles: ['data_availability'] },
    { id: 'data/pointer', re: DA_POINTER, weight: 0.6, partial: true, sections: ['declarations', 'other', 'methods'] },
    { id: 'data/on-request', re: DA_REQUEST, weight: 0.9, unless: /\b(?:protocol|questionnaire|manual|instrument|materials?|intervention|app|tool|booklet|programme|program|curriculum)s? (?:is|are|will be|can be)\b(?![^.]*\bdata\b)/i },
    { id: 'data/available', re: DA_AVAILABLE, weight: 0.85, unless: /\b(?:using|with|on|based on|from|of) (?:\w+ ){0,2}data (?:is|are) (?:\w+ )?available\b|\bdata (?:were|was) (?:stored|archived|uploaded|provided|published)\b|\bdatabase (?:is|was) (?:stored|kept|hosted)\b/i },
    { id: 'data/supplementary-data', re: DA_SUPP_DATA, weight: 0.8 },
    { id: 'data/ipd-plan', re: DA_SHARING_PLAN, weight: 0.9 },
    { id: 'data/we-made-available', re: DA_WE_MADE, weight: 0.85, unless: CODE_ONLY },
  ],
  roleEvidence: {
    roles: ['data_availability'],
    weight: 0.85,
    notDone: /\b(?:not|no|cannot|never)\b[^.]{0,40}\b(?:available|shared|public|accessible|applicable)\b/i,
    unless: CODE_ONLY,
  },
  traps: [MISSING_DATA_TRAP, SUPPLEMENT_BOILERPLATE, DA_OPERATIONAL, ONLINE_POINTER, DA_FEDERATED, DA_CONDITIONAL],
  sectionWeight: { introduction: 0.3, discussion: 0.6, abstract: 0.7 },
  value: dataValue,
  // only sentences with an access word (available, deposited, request, ...) or in a Data availability statement are read
  require: { pattern: DATA_KEYS, orRoles: ['data_availability'] },
};

const V_PUBLIC = /\b(?:publicly|publically|openly|freely) (?:available|accessible)\b|\b(?:repositor(?:y|ies)|deposited|accession|GEO|Zenodo|Dryad|Figshare|Open Science Framework|OSF|Dataverse|Mendeley Data|ArrayExpress|BioProject|dbGaP|GitHub|public (?:database|archive|domain))\b|https?:\/\/|\bwww\./i;
const V_RESTRICTED =
  /\b(?:by|upon|on|after|following|through|via|subject to)(?: an?| the)? (?:successful |formal |approved |appropriate )?(?:application|approval|registration|completion of)\b|\bdata (?:access|use|transfer|sharing) (?:committee|agreement|request form)|\b(?:biobank|third[- ]party|restrictions apply|under licen[cs]e|with (?:the )?permission|approved (?:by|proposals?|researchers?)|proposed use|learned intermediary|review committee|collaborative (?:projects?|research)|approval (?:of|by|from) (?:the )?(?:relevant|appropriate|ethics|steering|data)|under (?:certain )?restrictions|restricted access)\b/i;
const V_REQUEST = /\brequest|\b(?:by|from) the (?:study )?(?:authors|investigators)\b|\bqualified researchers?\b|\bcontact(?:ing)?\b|\bcorresponding author\b|\b(?:e-?mail|@)/i;
const V_WITHIN = /\bsource data (?:file|are provided|is provided|are available as)\b|\b(?:within|in|with) (?:the|this) (?:published |present )?(?:paper|article|manuscript|supplement|supporting information|additional files?)|\bsource data (?:are|is) provided|\bsupplementary (?:data|tables?|files?|information|materials?)\b|\bsupporting information\b|\bS\d (?:Table|File|Dataset)|\b(?:Table|File|Dataset) S\d/i;
const CONTACT = /\bcorresponding author|\b(?:first|senior|last|lead|principal) (?:author|investigator)|\bauthors?\b|@|\be-?mail\b|\bcontact(?:ing)?\b|\b(?:Dr|Prof)\.? [A-Z]|\bPI\b|\bsponsor\b|\bsteering committee\b|\b(?:at|from|to) (?:the )?[A-Z][a-z]+ (?:University|Institute|Centre|Center|Hospital)/;

/** a statement about the study's main data (as opposed to summary statistics, templates or derived files) */
const MAIN_DATA = /\b(?:all (?:the )?(?:(?:underlying|raw|original|individual[- ]level|relevant|study|trial) )?data(?:sets?)?|(?:the )?underlying data|raw data|individual[- ](?:level|participant|patient) data|(?:the )?data(?:sets?)? (?:used|generated|analy[sz]ed|collected|supporting|that support|underlying|presented|for (?:this|the (?:current|present)) (?:study|trial|article)))\b/i;

function kindOf(h: Hit): string | undefined {
  const t = h.sentence.text;
  const neg = h.notDone || DA_NOT.test(t);
  let kind: string | undefined;
  // a "not publicly available, but available on request" sentence is on_request, not "not available"
  if (V_RESTRICTED.test(t) && !/\bno (?:additional|further)\b/i.test(t)) kind = 'restricted';
  else if (V_REQUEST.test(t) && /\brequest|\bcontact|\b(?:by|from) the (?:study )?(?:authors|investigators)\b|\bqualified researchers?\b/i.test(t)) kind = 'on_request';
  else if (!neg && V_PUBLIC.test(t)) kind = 'public';
  else if (!neg && V_WITHIN.test(t)) kind = 'within_paper';
  else if (neg) kind = 'not_available';
  else if (V_REQUEST.test(t)) kind = 'on_request';
  if (kind === 'restricted' && /\b(?:publicly|openly|freely) available\b/i.test(t) && !neg) kind = 'public';
  return kind;
}

function dataValue(hits: Hit[], ctx: RuleContext): ValueResult | undefined {
  const urls: string[] = [];
  const accessions: string[] = [];
  for (const h of hits) {
    urls.push(...extractUrls(h.sentence.text));
    accessions.push(...extractAccessions(h.sentence.text));
  }
  // the value comes from the data-availability statement when there is one, else from every hit
  const inStatement = hits.filter((h) => ctx.features[h.sentence.index]?.role === 'data_availability');
  const pool = (inStatement.length ? inStatement : hits).sort((a, b) => a.sentence.index - b.sentence.index);
  const kinds = new Set<string>();
  let firstKind: string | undefined;
  let mainKind: string | undefined;
  let contact = false;
  for (const h of pool) {
    const kind = kindOf(h);
    if (!kind) continue;
    firstKind ??= kind;
    if (!mainKind && MAIN_DATA.test(h.sentence.text)) mainKind = kind;
    kinds.add(kind);
    if (CONTACT.test(h.sentence.text)) contact = true;
  }
  let value: string | undefined = inStatement.length ? mainKind : undefined;
  if (!value) {
    if (kinds.has('public') && (firstKind === 'public' || !kinds.has('restricted'))) value = 'public';
    else if (kinds.has('restricted')) value = 'restricted';
    else if (kinds.has('public')) value = 'public';
    else if (kinds.has('within_paper')) value = 'within_paper';
    else if (kinds.has('on_request')) value = 'on_request';
    else if (kinds.has('not_available')) value = 'not_available';
  }
  const details: Record<string, unknown> = { urls: uniq(urls), accessions: uniq(accessions) };
  return {
    ...(value ? { value } : {}),
    details,
    ...(value === 'on_request' && !contact ? { partial: true } : {}),
    notDone: value === 'not_available',
  };
}

export default defineConcept({
  id: 'data_availability',
  meta: {
    label: 'Data availability',
    group: 'Other',
    definition:
      'Reported when the manuscript says whether and how the data of this study can be obtained: deposited in a public repository or under an accession number, available on request from the authors, available by application to a third party (a biobank, a data access committee, approved proposals), or contained in the article and its supplementary files; an explicit statement that the data cannot be shared also counts (reported as not done). "Available on request" without saying whom to ask (no author, contact or address) is partial. When the manuscript has a data availability statement, its sentence about the main data decides the value. Links and accession numbers are listed in the finding\'s details. Not counted: language about missing data or follow-up ("data were available for 682 women"), data shown to clinicians during the trial, statements that little data exist, journal boilerplate about supplementary material, pointers to methods details in an appendix, secure storage of the data, and public datasets that the study merely used.',
    values: {
      public: 'the data are in a public repository or archive, under an accession number or at a link',
      on_request: 'the data are not public but can be obtained by asking the authors',
      restricted: 'access by application to a third party or committee (a biobank, a data access committee, approved proposals)',
      within_paper: 'the data are in the article or its supplementary files',
      not_available: 'the manuscript says the data cannot be shared (reported as not done)',
    },
    traps: [
      'missing-data language: "outcome data were available for all participants"',
      'data handed to people during the study: "glucose data were not made available to clinicians"',
      'statements about the literature: "few published data are available"',
      'journal boilerplate: "supplementary data to this article can be found online"',
      'storage, not sharing: "data were stored in a password-protected database"',
      'a public dataset the study used: "we used the publicly available dataset of chest radiographs"',
      'data kept at each site of a federated setting: "a local dataset that cannot be shared with the other clients"',
      'availability as a condition: "provided that the hardware is available"',
      'code-only sentences in a Data availability section (they belong to code availability)',
    ],
  },
  spec,
  examples: {
    reported: [
      { text: 'The datasets analysed during this study are available from the corresponding author on reasonable request.', heading: 'Declarations', value: 'on_request' },
      { text: 'Sequencing reads have been deposited in the Sequence Read Archive under accession number SRA123456.', value: 'public' },
      { text: 'Expression data can be downloaded from GEO (accession GSE12345).', value: 'public' },
      { text: 'All relevant data are within the paper and its Supporting Information files.', heading: 'Data Availability', value: 'within_paper' },
      { text: 'Source data are provided with this paper as a Source Data file.', heading: 'Results', value: 'within_paper' },
      { text: 'The imaging data are available by application to the biobank, subject to approval of a research proposal.', heading: 'Data availability', value: 'restricted' },
      { text: 'The full dataset will be deposited in the Dryad repository (https://datadryad.org/abc).', heading: 'Declarations', value: 'public' },
      { text: 'Individual participant data that underlie the reported results, after de-identification, and the statistical analysis plan will be shared with researchers whose proposal is approved by a review committee.', heading: 'Notes', value: 'restricted' },
      { text: 'We tabulated the regional values and made them available as csv files in the GitHub repository of this article.', heading: 'Results', value: 'public' },
      { text: 'The questionnaire answers of every participant are included in Supplementary Data 2.', heading: 'Results', value: 'within_paper' },
      { text: 'Summary statistics are available from the GWAS Catalog (accession numbers GCST90000001 and GCST90000002) at https://www.ebi.ac.uk/gwas.', heading: 'Data availability', value: 'public' },
      { text: 'The data that support the findings of this study are available from the corresponding author, Dr Smith, upon reasonable request.', heading: 'Data availability', value: 'on_request' },
      { text: 'Data are available upon reasonable request.', heading: 'Data availability statement', value: 'on_request', status: 'partial', note: 'on request, but nobody to ask' },
      {
        text: '# A study\n\n## Data availability\n\nSummary statistics are available in the GWAS Catalog at https://www.ebi.ac.uk/gwas. All underlying data are available by application from the biobank.\n',
        markdown: true,
        value: 'restricted',
        note: 'the sentence about the main data decides the value',
      },
    ],
    notDone: [
      { text: 'Data cannot be shared publicly because participants did not consent to it.', heading: 'Data availability', value: 'not_available' },
      { text: 'No additional data available.', heading: 'Data sharing', value: 'not_available' },
    ],
    missing: [
      { text: 'Primary outcome data were available for 682 women in the intervention group.', heading: 'Results', note: 'missing-data language' },
      { text: 'Outcome data were available for all participants at the end of treatment.', heading: 'Results', note: 'missing-data language' },
      { text: 'Patients contributed to the analysis only for the time during which data are available.' },
      { text: 'Few published data are available to compare with our findings.', heading: 'Discussion', note: 'the literature' },
      { text: 'Glucose data were not made available to clinicians during the trial.', note: 'data shown to clinicians during the trial' },
      { text: 'A relatively small volume of training data is available to fit the model.' },
      { text: 'Supplementary data to this article can be found online at https://doi.org/10.1016/x.', heading: 'Appendix', note: 'supplement boilerplate' },
      { text: 'Detailed descriptions of data preprocessing and model training are provided in the Additional file 1.', note: 'a methods pointer' },
      { text: 'The data on renal function were not available before the biopsy.', heading: 'Results' },
      { text: 'Data were stored in a password-protected database at the coordinating centre.', note: 'storage, not sharing' },
      { text: 'The booster treatment was repeated after two hours and thereafter made available on request.' },
      { text: 'We used the publicly available dataset of chest radiographs to test the model.', heading: 'Introduction', note: 'a dataset the study used' },
      { text: 'Every client holds a local data set that cannot be shared with the server or the other clients.', note: 'federated setting, not a sharing statement' },
      { text: 'Training on the full-resolution data is possible provided that a large graphics card is available.', note: 'a condition' },
    ],
  },
});
