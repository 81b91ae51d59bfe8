/**
 * code_availability: whether and where the study's code, software or trained model can be obtained.
 */
import { defineConcept, type SpecBody } from '../core/define.js';
import type { Hit, ValueResult } from '../core/spec.js';
import { ADV, extractUrls, MISSING_DATA_TRAP, ONLINE_POINTER, uniq } from '../shared/availability.js';

const CODE_NOUN =
  String.raw`(?:source code|(?:R|Python|MATLAB|Stata)[- ](?:packages?|librar(?:y|ies)|toolbox(?:es)?)|(?:analysis|analytic(?:al)?|statistical|computer|computational|processing|R|Python|MATLAB|Matlab|Stata|SAS|SPSS|Perl|Julia|C\+\+|study|custom|our|the|all|simulation|modell?ing) (?:code|scripts?|syntax|software|programs?|notebooks?)|code ?base|codes?|scripts?|notebooks?|(?:trained|fitted|pre-?trained|final) (?:models?|networks?|weights)|model (?:weights|checkpoints|parameters)|(?:our|this|the proposed|the developed|the presented) (?:software|package|toolbox|tool|pipeline|implementation|method|model|algorithm|framework|library|app|application|calculator|web ?(?:tool|app|application|server)))`;
/** things that may be the study's software but also appear in ordinary sentences: need an explicit availability phrase */
const WEAK_CODE_NOUN = String.raw`(?:(?:our|this|the proposed|the developed|the presented) (?:software|package|toolbox|tool|pipeline|implementation|method|model|algorithm|framework|library|app|application|calculator|web ?(?:tool|app|application|server))|(?:trained|fitted|pre-?trained|final) (?:models?|networks?))`;
const STRONG_CODE_NOUN = String.raw`(?:source code|(?:R|Python|MATLAB|Stata)[- ](?:packages?|librar(?:y|ies)|toolbox(?:es)?)|(?:analysis|analytic(?:al)?|statistical|computer|computational|processing|R|Python|MATLAB|Matlab|Stata|SAS|SPSS|Perl|Julia|C\+\+|study|custom|our|the|all|simulation|modell?ing) (?:code|scripts?|syntax|software|programs?|notebooks?)|code ?base|codes?|scripts?|notebooks?|model (?:weights|checkpoints)|weights)`;
const CODE_PUBLIC_PLACE = String.raw`(?:a |the )?(?:public|github|gitlab|zenodo|repositor|online|figshare|osf|bitbucket|code ?ocean)`;
const CODE_AVAILABLE = new RegExp(
  String.raw`\b${STRONG_CODE_NOUN}(?:\d{1,2})?\b[^.]{0,160}?\b(?:(?:are|is|will be|would be|can be|could be|may be|shall be|have been|has been)${ADV} (?:available|accessible|obtainable|shared|released|deposited|hosted|downloadable|distributed|published|provided (?:at|on|in|via|as|with|from|upon|online)|posted (?:at|on|online)|uploaded (?:to|at|on) ${CODE_PUBLIC_PLACE})|(?:were|was)${ADV} (?:made (?:\w+ )?available|released|published (?:at|on|in|via|online|openly|publicly)|deposited|uploaded (?:to|at|on) ${CODE_PUBLIC_PLACE}|shared publicly)|(?:can|could|may|will) (?:also )?be (?:found|obtained|requested|accessed|downloaded|retrieved|cloned|installed))\b|\b${WEAK_CODE_NOUN}\b[^.]{0,60}?\b(?:is|are|will be|has been|have been)${ADV} (?:(?:publicly|freely|openly) available|available (?:at|from|on|via|for download|online|upon|on request|as open[- ]source)|downloadable|released as open[- ]source|open[- ]source)\b`,
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

const CODE_KEYS = /\bcod(?:e|es|ing|ebase)\b|script|software|github|gitlab|bitbucket|zenodo|code ?ocean|model|weights|notebook|package|toolbox|tool\b|pipeline|calculator|spreadsheet|excel|program|implementation|repositor|project page|documentation|source\b|File S\d|S\d File/i;

const spec: SpecBody = {
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
  // only sentences naming code, software, a model or a code host (or in a Code availability statement) are read
  require: { pattern: CODE_KEYS, orRoles: ['code_availability'] },
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

export default defineConcept({
  id: 'code_availability',
  meta: {
    label: 'Code / model availability',
    group: 'Other',
    definition:
      'Reported when the manuscript says whether and where the code, software or trained model of this study can be obtained: a repository or link, a supplement, on request, or that it is not available (the last is reported as not done). Statements about software the authors merely used (a cited R package, a vendor tool) do not count, and neither does a wish to share code in future.',
    values: {
      public: 'a link, a public repository (GitHub, Zenodo, ...) or a supplementary file holds the code or model',
      on_request: 'the code is obtainable by asking the authors',
      not_available: 'the manuscript says the code is not shared (proprietary, not public)',
    },
    traps: [
      'coding schemes and identifiers: ICD codes, codebooks of qualitative analysis, allocation codes',
      'software used, not produced: "analysed with the R package lme4 (https://cran...)"',
      'supplementary material boilerplate ("the following are available online")',
      'future wishes ("future work could share code")',
    ],
  },
  spec,
  examples: {
    reported: [
      { text: 'The source code is publicly available at https://github.com/example/project.', value: 'public' },
      { text: 'Fitted models and the code to apply them are available from https://github.com/lab/models.', heading: 'Code availability', value: 'public' },
      { text: 'We also provide the shell scripts used to run the pipelines on the cluster.', value: 'public' },
      { text: 'For convenience, a calculator based on spreadsheet software (File S1) was developed.', heading: 'Results', value: 'public' },
      { text: 'Analysis scripts can be requested from the corresponding author.', heading: 'Declarations', value: 'on_request' },
      { text: 'The full protocol and statistical code will be available on reasonable request.', value: 'on_request' },
      { text: 'The R-package will be provided upon request.', value: 'on_request' },
    ],
    notDone: [{ text: 'Code is not publicly available because it is proprietary.', heading: 'Code availability', value: 'not_available' }],
    missing: [
      { text: 'Diagnoses were identified with ICD-10 codes from the discharge records.', note: 'ICD code' },
      { text: 'The ICD code list is available in the supplement.', note: 'ICD code' },
      { text: 'Interviews were coded thematically and the codebook is available from the authors.', note: 'qualitative coding' },
      { text: 'Analyses were performed using the R package lme4 (https://cran.r-project.org/package=lme4).', note: 'software used, not shared' },
      { text: 'The workshop brochures are available at https://www.example.org/trial.' },
      { text: 'The following are available online at https://www.publisher.com/s1, Table S1 and Table S2.', heading: 'Supplementary Materials', note: 'supplement boilerplate' },
      { text: 'The allocation codes were provided to the pharmacist in sealed envelopes.', note: 'allocation codes' },
      { text: 'The Simulink code for the detector was uploaded onto a single-board computer.' },
      { text: 'The predictions from fitting this model are provided in Figure 8.', heading: 'Results' },
      { text: 'Future work could share code for this model.', heading: 'Discussion', note: 'future wish' },
    ],
  },
});
