/**
 * Open-science statements: data availability and code availability, with their headline values.
 */
import { type ConceptSpec, type Hit, type RuleContext, type ValueResult } from './core/spec.js';
import { extractAccessions, extractUrls, MISSING_DATA_TRAP, ONLINE_POINTER, prefiltered, SUPPLEMENT_BOILERPLATE, uniq } from './decl-shared.js';

// ---------------------------------------------------------------------------------------------------------------
// Data availability
// ---------------------------------------------------------------------------------------------------------------

/** the data of this study as a grammatical subject */
const DATA_NOUN =
  String.raw`(?:data ?sets?|data(?! (?:pre-?processing|processing|analys[ie]s|collection|management|extraction|cleaning|quality|handling|acquisition|entry|monitoring|safety|dictionary|protection|augmentation|harmoni[sz]ation|curation))|raw data|source data|datafiles?|data files?|(?:individual|de-?identified|anonymi[sz]ed|pseudonymi[sz]ed) (?:participant|patient)(?:[- ]level)? data|(?:participant|patient)[- ]level data|results files?|imaging data|images|sequenc(?:e|ing) (?:data|reads)|summary statistics)`;
const ADV = String.raw`(?: (?:made|kept|also|all|freely|publicly|publically|openly|fully|readily|only|similarly|now|therefore|thus|likewise))*`;
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

// ---------------------------------------------------------------------------------------------------------------
// Code availability
// ---------------------------------------------------------------------------------------------------------------

const CODE_NOUN =
  String.raw`(?:source code|(?:R|Python|MATLAB|Stata)[- ](?:packages?|librar(?:y|ies)|toolbox(?:es)?)|(?:analysis|analytic(?:al)?|statistical|computer|computational|processing|R|Python|MATLAB|Matlab|Stata|SAS|SPSS|Perl|Julia|C\+\+|study|custom|our|the|all|simulation|modell?ing) (?:code|scripts?|syntax|software|programs?|notebooks?)|code ?base|codes?|scripts?|notebooks?|(?:trained|fitted|pre-?trained|final) (?:models?|networks?|weights)|model (?:weights|checkpoints|parameters)|(?:our|this|the proposed|the developed|the presented) (?:software|package|toolbox|tool|pipeline|implementation|method|model|algorithm|framework|library|app|application|calculator|web ?(?:tool|app|application|server)))`;
/** things that may be the study's software but also appear in ordinary sentences: need an explicit availability phrase */
const WEAK_CODE_NOUN = String.raw`(?:(?:our|this|the proposed|the developed|the presented) (?:software|package|toolbox|tool|pipeline|implementation|method|model|algorithm|framework|library|app|application|calculator|web ?(?:tool|app|application|server))|(?:trained|fitted|pre-?trained|final) (?:models?|networks?))`;
const STRONG_CODE_NOUN = String.raw`(?:source code|(?:R|Python|MATLAB|Stata)[- ](?:packages?|librar(?:y|ies)|toolbox(?:es)?)|(?:analysis|analytic(?:al)?|statistical|computer|computational|processing|R|Python|MATLAB|Matlab|Stata|SAS|SPSS|Perl|Julia|C\+\+|study|custom|our|the|all|simulation|modell?ing) (?:code|scripts?|syntax|software|programs?|notebooks?)|code ?base|codes?|scripts?|notebooks?|model (?:weights|checkpoints)|weights)`;
const CODE_PUBLIC_PLACE = String.raw`(?:a |the )?(?:public|github|gitlab|zenodo|repositor|online|figshare|osf|bitbucket|code ?ocean)`;
const CODE_AVAILABLE = new RegExp(
  String.raw`\b${STRONG_CODE_NOUN}\b[^.]{0,100}?\b(?:(?:are|is|will be|would be|can be|could be|may be|shall be|have been|has been)${ADV} (?:available|accessible|obtainable|shared|released|deposited|hosted|downloadable|distributed|provided (?:at|on|in|via|as|with|from|upon|online)|posted (?:at|on|online)|uploaded (?:to|at|on) ${CODE_PUBLIC_PLACE})|(?:were|was)${ADV} (?:made (?:\w+ )?available|released|deposited|uploaded (?:to|at|on) ${CODE_PUBLIC_PLACE}|shared publicly)|(?:can|could|may|will) (?:also )?be (?:found|obtained|requested|accessed|downloaded|retrieved|cloned|installed))\b|\b${WEAK_CODE_NOUN}\b[^.]{0,60}?\b(?:is|are|will be|has been|have been)${ADV} (?:(?:publicly|freely|openly) available|available (?:at|from|on|via|for download|online|upon|on request|as open[- ]source)|downloadable|released as open[- ]source|open[- ]source)\b`,
  'i',
);
const CODE_NOT = new RegExp(
  String.raw`\b${CODE_NOUN}\b[^.]{0,100}?\b(?:(?:are|is|will|would|can|could|may|shall|were|was|have|has)(?: not|n't)|cannot)(?: be| been)?(?: (?:made|publicly|openly|freely|fully))* (?:available|accessible|shared|released|deposited|provided|disclosed|distributed|public)\b|\b(?:code|software|model)s? (?:is|are) (?:proprietary|not open[- ]source)\b`,
  'i',
);
const CODE_WE_PROVIDE = /\bwe (?:also )?(?:provide|share|release|distribute|publish|make (?:freely |publicly |openly )?available|have (?:made|released|deposited|uploaded|published|shared|provided))\b[^.]{0,80}?\b(?:code|scripts?|software|package|implementation|models?|notebooks?|pipelines?|weights|toolbox|library)\b/i;
const CODE_REPO_HOST = /\b(?:github\.com|gitlab\.com|bitbucket\.org|codeocean\.com|sourceforge\.net|pypi\.org|huggingface\.co)\/[\w.-]+|\b(?:GitHub|GitLab|Bitbucket|Code Ocean|Zenodo) repositor(?:y|ies)\b/i;
const CODE_HOST = String.raw`(?:github|gitlab|bitbucket|zenodo|code ?ocean|sourceforge|pypi|huggingface|docker ?hub)`;
const CODE_REPO_OWN = new RegExp(
  String.raw`\b(?:available|accessible|found|hosted|deposited|provided|released|shared|downloaded|obtained)\b[^.]{0,60}?\b(?:at|from|on|via|through|in)\b[^.]{0,40}?\b${CODE_HOST}\b|\brepositor(?:y|ies) (?:corresponding to|accompanying|for|of) (?:this|the present|our) (?:manuscript|paper|article|study|work|project)`,
  'i',
);
const CODE_TOOL_SUPPLEMENT = /\b(?:calculator|spreadsheet|Excel|web[- ]?(?:based )?(?:tool|calculator|application|app)|(?:smartphone|mobile) app|nomogram|scoring tool|executable|software)\b[^.]{0,60}?(?:\b(?:File|Text|Software|Appendix) S\d\b|\bS\d (?:File|Software|Appendix)\b|\b(?:supplementary|additional) (?:file|software|material)s? \d)/i;
const CODE_PROJECT_PAGE = /\b(?:project (?:page|website|homepage)|documentation|source)\b[^.]{0,40}?\b(?:is|are) (?:freely |publicly |openly )?available (?:at|from|on|via)\b/i;
/** homonyms: coding schemes, identifiers, codes in data collection */
const CODE_TRAP =
  /\b(?:ICD(?:-?\d+)?(?:-CM)?|diagnos(?:is|tic)|billing|procedure|procedural|postal|post|zip|ATC|CPT|OPCS|SNOMED|Read|LOINC|MedDRA|colou?r|QR|bar|dress|ethics|access|area|country|participant|patient|subject|identification|ID|unique|randomi[sz]ation|allocation|treatment|drug|kit|lot|batch|product|response|qualitative|thematic|axial|selective|initial|a priori|deductive|inductive|genetic|cell|genomic|numeric(?:al)?|emergency|unblinding|blinding|break) cod(?:es?|ing)\b|\bcodebooks?\b|\bcod(?:es?|ing) (?:frame|scheme|manual|book|list|system)s?\b|\b(?:conditions?|procedures?|diagnoses|comorbidities|events|outcomes|variables) (?:were|was) (?:identified|defined|classified) (?:using|by|with|according to)\b/i;

export const codeAvailabilitySpec: ConceptSpec = {
  concept: 'code_availability',
  rules: [
    { id: 'code/not-available', re: CODE_NOT, weight: 0.95, notDone: true },
    { id: 'code/available', re: CODE_AVAILABLE, weight: 0.9, unless: /\b(?:ICD|diagnos\w+|billing|procedure|postal|zip|ATC|CPT|OPCS|SNOMED|LOINC|MedDRA|qualitative|thematic|colou?r|QR) cod(?:es?|ing)\b|\bcodes? (?:were|was) (?:available|provided|assigned|used) (?:for|to)\b/i },
    { id: 'code/we-provide', re: CODE_WE_PROVIDE, weight: 0.85, unless: /\b(?:ICD|diagnos\w+) codes?\b|\bprovide (?:care|treatment|support|feedback|education|information)\b/i },
    { id: 'code/repository', re: CODE_REPO_OWN, weight: 0.75, unless: /\b(?:we used|using|was used|were used|used the|implemented (?:in|with|using)|performed (?:in|with|using)|carried out (?:in|with|using)|(?:was|were) (?:conducted|run|done|analy[sz]ed) (?:in|with|using)|package|toolbox|library|plugin|plug-in|add-on|module)\b(?![^.]*\b(?:our|this study|this work|this paper|this manuscript|the present)\b)|\bdata\b(?![^.]*\b(?:code|scripts?|models?|software)\b)|\bprotocol\b/i },
    { id: 'code/host-own', re: CODE_REPO_HOST, weight: 0.7, requireOwn: true, unless: /\b(?:we used|using|was used|were used|used the|implemented (?:in|with|using)|performed (?:in|with|using)|package|toolbox|library)\b(?![^.]*\b(?:our|this study|this work|this paper|this manuscript)\b)/i },
    { id: 'code/tool-in-supplement', re: CODE_TOOL_SUPPLEMENT, weight: 0.75 },
    { id: 'code/project-page', re: CODE_PROJECT_PAGE, weight: 0.65, sections: ['abstract', 'introduction', 'methods', 'declarations', 'other', 'discussion'] },
  ],
  roleEvidence: {
    roles: ['code_availability'],
    weight: 0.85,
    notDone: /\b(?:not|no|cannot|never)\b[^.]{0,40}\b(?:available|shared|public|accessible|applicable)\b/i,
  },
  traps: [MISSING_DATA_TRAP, CODE_TRAP, ONLINE_POINTER],
  sectionWeight: { introduction: 0.6, discussion: 0.7, abstract: 0.8 },
  value: codeValue,
};

const C_PUBLIC = /https?:\/\/|\bwww\.|\b(?:github|gitlab|bitbucket|zenodo|figshare|code ?ocean|sourceforge|pypi|cran|bioconductor|osf|huggingface|docker ?hub)\b|\b(?:publicly|openly|freely) (?:available|accessible)\b|\bopen[- ]source\b|\b(?:supplementa(?:ry|l)|supporting information|additional file|appendix|file s\d|s\d file)\b/i;
const C_REQUEST = /\brequest\b|\bcontact(?:ing)?\b|\bcorresponding author\b|\b(?:e-?mail|@)|\bapproved\b|\bproposed use\b/i;

function codeValue(hits: Hit[]): ValueResult | undefined {
  const urls: string[] = [];
  let pub = false;
  let req = false;
  let not = false;
  for (const h of hits) {
    const t = h.sentence.text;
    urls.push(...extractUrls(t));
    const neg = h.notDone || CODE_NOT.test(t);
    if (C_REQUEST.test(t) && !/\bpull requests?\b/i.test(t)) req = true;
    else if (!neg && C_PUBLIC.test(t)) pub = true;
    else if (neg) not = true;
    else if (h.rule.id !== 'code_availability/section') pub = true;
  }
  const value = pub ? 'public' : req ? 'on_request' : not ? 'not_available' : undefined;
  return { ...(value ? { value } : {}), details: { urls: uniq(urls) }, notDone: value === 'not_available' };
}

const DATA_KEYS = /availab|accessib|accession|deposit|repositor|request|shar(?:ed|ing|e)\b|obtainab|obtained|download|releas|upload|archiv|hosted|retriev|within the|included in|provided|supplementary data|source data|\bGSE|PRJ|phs\d|\bEGA|PXD|data[- ]sharing/i;
const CODE_KEYS = /\bcod(?:e|es|ing|ebase)\b|script|software|github|gitlab|bitbucket|zenodo|code ?ocean|model|weights|notebook|package|toolbox|tool\b|pipeline|calculator|spreadsheet|excel|program|implementation|repositor|project page|documentation|source\b|File S\d|S\d File/i;

export const availabilitySpecs: ConceptSpec[] = [
  prefiltered(dataAvailabilitySpec, DATA_KEYS, ['data_availability']),
  prefiltered(codeAvailabilitySpec, CODE_KEYS, ['code_availability']),
];
