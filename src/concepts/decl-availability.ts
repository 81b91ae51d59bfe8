/**
 * Open-science statements: data availability, with its headline value.
 */
import { type ConceptSpec, type Hit, type RuleContext, type ValueResult } from './core/spec.js';
import { ADV, extractAccessions, extractUrls, MISSING_DATA_TRAP, ONLINE_POINTER, prefiltered, SUPPLEMENT_BOILERPLATE, uniq } from './shared/availability.js';

// ---------------------------------------------------------------------------------------------------------------
// Data availability
// ---------------------------------------------------------------------------------------------------------------

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
/** the Data Availability section also catches code, so keep code-only sentences out of data */
const CODE_ONLY = /^(?:(?!\bdata\b).)*\b(?:code|scripts?|software)\b(?:(?!\bdata\b).)*$/i;

export const dataAvailabilitySpec: ConceptSpec = {
  concept: 'data_availability',
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
  traps: [MISSING_DATA_TRAP, SUPPLEMENT_BOILERPLATE, DA_OPERATIONAL, ONLINE_POINTER],
  sectionWeight: { introduction: 0.3, discussion: 0.6, abstract: 0.7 },
  value: dataValue,
};

const V_PUBLIC = /\b(?:publicly|publically|openly|freely) (?:available|accessible)\b|\b(?:repositor(?:y|ies)|deposited|accession|GEO|Zenodo|Dryad|Figshare|Open Science Framework|OSF|Dataverse|Mendeley Data|ArrayExpress|BioProject|dbGaP|GitHub|public (?:database|archive|domain))\b|https?:\/\/|\bwww\./i;
const V_RESTRICTED =
  /\b(?:by|upon|on|after|following|through|via|subject to)(?: an?| the)? (?:successful |formal |approved |appropriate )?(?:application|approval|registration|completion of)\b|\bdata (?:access|use|transfer|sharing) (?:committee|agreement|request form)|\b(?:biobank|third[- ]party|restrictions apply|under licen[cs]e|with (?:the )?permission|approved (?:by|proposals?|researchers?)|proposed use|learned intermediary|review committee|collaborative (?:projects?|research)|approval (?:of|by|from) (?:the )?(?:relevant|appropriate|ethics|steering|data))\b/i;
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

const DATA_KEYS = /availab|accessib|accession|deposit|repositor|request|shar(?:ed|ing|e)\b|obtainab|obtained|download|releas|upload|archiv|hosted|retriev|within the|included in|provided|supplementary data|source data|\bGSE|PRJ|phs\d|\bEGA|PXD|data[- ]sharing/i;

export const availabilitySpecs: ConceptSpec[] = [
  prefiltered(dataAvailabilitySpec, DATA_KEYS, ['data_availability']),
];
