/**
 * Study design and population concepts: abstract, objectives, design (prospective/retrospective), data source,
 * eligibility, dates/setting, sample size, missing data, participant flow, baseline characteristics, limitations,
 * and the simpler crosswalk concepts (title_id, background, study_goal, recruitment_sampling, treatments, blinding,
 * interpretation, implications, future_research, data_representativeness, variable_definitions).
 */
import type { Manuscript, SectionKind, Sentence } from '../manuscript/model.js';
import { abstractDetector, backgroundDetector, titleIdDetector } from './design-abstract.js';
import { dataSourceDetector, participantFlowDetector } from './design-flow.js';
import type { ConceptSpec } from './core/spec.js';
import { evidenceOf, type Finding } from './types.js';

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const YEAR = '(?:19[5-9]\\d|20[0-4]\\d)';

type Knobs = { kinds?: string[]; prose?: boolean; gate?: RegExp; only?: SectionKind[]; keep?: (s: Sentence) => boolean };
/** the old adapter's options as declared spec knobs (temporary, until each concept has its own file) */
function specWithHeadings(spec: ConceptSpec, heading: RegExp, opts: Knobs = {}): ConceptSpec {
  const keep = opts.keep;
  return {
    ...spec,
    ...(opts.kinds?.includes('never') ? {} : { headingFallback: { heading, ...(opts.kinds ? { kinds: opts.kinds as SectionKind[] } : {}) } }),
    ...(opts.prose ? { proseOnly: true } : {}),
    ...(opts.gate ? { require: { pattern: opts.gate, ...(spec.roleEvidence ? { orRoles: spec.roleEvidence.roles } : {}) } } : {}),
    ...(opts.only ? { onlySections: opts.only } : {}),
    ...(keep ? { where: (s: Sentence) => keep(s) } : {}),
  };
}

const RESULT_VERB =
  /\b(found|showed|shown|demonstrated|achieved|reached|graded|detected|identified|predicted|associated|improved|reduced|increased|decreased|outperformed|performed|confirmed|revealed|observed|differed|separated|distinguished|classified|discriminated|agreed|yielded|did not|(close|comparable|similar) to|(higher|lower|better|worse|greater|smaller) than)\b/i;

/**
 * interpretation: the opening paragraph of the Discussion states and interprets the main findings in almost every
 * paper, whatever words it uses ("The model graded stenosis with agreement close to experts ..."). When no cue
 * rule fires, a sentence with a result verb in that paragraph, about this study (not a citation), is the evidence.
 */
function discussionOpening(spec: ConceptSpec): ConceptSpec {
  return {
    ...spec,
    fallback({ ms, features: feats }): Finding | undefined {
      const first = ms.sentences.find((s) => s.section.kind === 'discussion' && s.section.role !== 'limitations' && s.block === 'paragraph');
      if (!first) return undefined;
      const s = ms.sentences.find((x) => x.blockIndex === first.blockIndex && x.text.length >= 40 && RESULT_VERB.test(x.text) && !feats[x.index]!.otherWork && !feats[x.index]!.future);
      if (!s) return undefined;
      return { concept: 'interpretation', status: 'reported', evidence: [evidenceOf(s, 'interpretation/discussion-opening')], confidence: 0.6, rule: 'interpretation/discussion-opening', reason: 'the opening paragraph of the Discussion states the findings' };
    },
  };
}

/** future_research: the shared language feature "future wish" is itself the evidence (the spec engine discounts it). */
function futureDetector(spec: ConceptSpec): ConceptSpec {
  return {
    ...spec,
    first({ ms, features: feats }): Finding | undefined {
      const hits = ms.sentences.filter((s) => {
        const k = s.section.kind;
        return (k === 'discussion' || k === 'abstract' || k === 'other') && s.section.role !== 'peer_review' && feats[s.index]!.future;
      });
      if (!hits.length) return undefined;
      return { concept: spec.concept, status: 'reported', evidence: hits.slice(0, 3).map((s) => evidenceOf(s, 'future/wish')), confidence: 0.8, rule: 'future/wish', reason: `${hits.length} sentences about future work` };
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
const objectives: ConceptSpec = {
  concept: 'objectives',
  traps: [/\bnull hypothes[ie]s\b/i],
  sectionWeight: { declarations: 0, introduction: 1, abstract: 1, discussion: 0.6, title: 0 },
  rules: [
    { id: 'objectives/aim-of-study', re: /\b(aims?|objectives?|purpose|goals?|intent(ion)?)\b[^.]{0,40}\b(of|for) (this|the (present|current)|our|the) (study|trial|work|paper|article|analysis|research|investigation|project|report|review|statement|rct)\b/i, weight: 1, otherWorkOk: true },
    { id: 'objectives/we-aimed', re: /\b(we|this (study|trial|work|paper|analysis|research|rct|investigation)|the (present|current) (study|trial|work|analysis)|the (study|trial))\b[^.]{0,25}\b(aim(s|ed)?|sought|seek|set out|intend(s|ed)?|want(s|ed)?|hypothes[iz]i?[sz]ed|purport|propose[sd]?|was designed|is designed|were designed)\b/i, weight: 0.9, otherWorkOk: true },
    { id: 'objectives/primary-objective', re: /\b(primary|main|principal|secondary|overall|specific|study|research) (aims?|objectives?|purpose|goals?|hypothes[ie]s|research questions?)\b[^.]{0,20}\b(was|were|is|are|of)\b/i, weight: 0.95, otherWorkOk: true, unless: /\bnull hypothesis\b/i },
    { id: 'objectives/we-hypothesised', re: /\b(we )?(hypothes[iz]i?[sz]ed that|hypothesis was that|tested the hypothesis|test the hypothesis)\b/i, weight: 0.8, otherWorkOk: true, sections: ['introduction', 'abstract', 'methods'] },
    { id: 'objectives/to-verb', re: /^(?:(?:aims?|objectives?|purpose|goals?)\s*[:.]?\s*)?to (evaluate|determine|assess|compare|test|investigate|examine|estimate|explore|describe|develop|identify|quantify|establish|report|validate|measure|characteri[sz]e|analy[sz]e|study)\b/i, weight: 0.8, sections: ['abstract', 'introduction'] },
    { id: 'objectives/here-we', re: /\b(here,? we|in this (study|paper|work|article|trial|report),? we|this (study|paper|article|trial|report) (investigates|investigated|examines|examined|evaluates|evaluated|assesses|assessed|describes|reports|presents|compares|compared|tests|tested|explores|explored|proposes|introduces|aims|sought))\b/i, weight: 0.75, otherWorkOk: true },
    { id: 'objectives/conducted-to', re: /\bwe (\w+ )?(conducted|performed|carried out|designed|undertook|decided|initiated|set up|developed|planned)\b[^.]{0,120}\bto (investigate|evaluate|assess|determine|examine|test|compare|explore|estimate|study|quantify|identify|measure|characteri[sz]e)\b/i, weight: 0.85, otherWorkOk: true },
    { id: 'objectives/conducted-trial-of', re: /\bwe (conducted|performed|undertook|carried out) (a|an) [^.]{0,80}\b(trial|study)\b/i, weight: 0.6, sections: ['introduction', 'abstract'] },
    { id: 'objectives/upper-label', re: /^(OBJECTIVES?|AIMS?|PURPOSE|GOALS?)\s*[:.]?\s*(To|We|This)/, weight: 0.9 },
    { id: 'objectives/aims-to', re: /\b(aims|aimed|seeks|sought|is intended|was intended) to (support|provide|help|enable|facilitate|improve|evaluate|assess|determine|investigate|develop|describe|compare|test|examine|identify|establish|explore)\b/i, weight: 0.6, sections: ['introduction', 'abstract', 'methods', 'other'] },
    // purpose clause for the study's approach: "To address this gap, we adapted ..."
    { id: 'objectives/to-address', re: /^(in order )?to (address|overcome|tackle|solve|fill|close|answer|resolve) (this|these|the|that|such) ([\w-]+ )?(problems?|issues?|gaps?|challenges?|limitations?|questions?|needs?|shortcomings?),? (we|this (study|work|paper))\b/i, weight: 0.8, otherWorkOk: true, sections: ['introduction', 'abstract', 'methods', 'other'] },
    // "This study uses a sequencing assay to measure ..."
    { id: 'objectives/study-uses-to', re: /\bthis (study|paper|work|article|report) (uses|applies|employs|utili[sz]es|combines|leverages) [^.]{0,120}\b(to|for the) (measure|detect|detection|assess|assessment|evaluate|evaluation|determine|identify|identification|predict|prediction|investigate|examine|quantify|compare|estimate)\b/i, weight: 0.75, otherWorkOk: true },
    // the study's hypothesis restated with its verdict: "these data support the hypothesis that ..."
    { id: 'objectives/hypothesis-verdict', re: /\b(validity of|support(s|ed)?|confirm(s|ed)?|test(s|ed)?|refute[sd]?|reject(s|ed)?|prove[sd]?) (of )?(the|our) (\w+ )?hypothesis (that|of)\b/i, weight: 0.85, otherWorkOk: true },
    // "In this study, a semi-autonomous robot is designed and developed to assist ...": the study's product and its purpose
    { id: 'objectives/in-this-study-built', re: /^in (this|the present|the current) (study|paper|work|article),? [^.]{0,120}\b(is|are|was|were) (designed|developed|proposed|presented|introduced|constructed|built|implemented)( and (designed|developed|validated|evaluated|tested|implemented))? (to|for)\b/i, weight: 0.8, otherWorkOk: true },
    { id: 'objectives/we-verb', re: /^(we|this (study|trial)) (investigated|examined|evaluated|assessed|tested|compared|explored|determined|developed|present|report|propose|describe)\b/i, weight: 0.55, sections: ['abstract', 'introduction'] },
  ],
};

/**
 * In the Introduction and Discussion a design word describes this study only when the sentence says so ("this
 * retrospective analysis", "our prospective design", "we conducted"); "patients" alone is not enough there, because
 * other trials' patients are described in the same words.
 */
const DESIGN_OWN = /\b(we|our|us|this|the present|the current|herein)\b/i;
function designOwn(s: Manuscript['sentences'][number]): boolean {
  const k = s.section.kind;
  return (k !== 'discussion' && k !== 'introduction') || DESIGN_OWN.test(s.text);
}

const design: ConceptSpec = {
  concept: 'design_prospective_retrospective',
  sectionWeight: { declarations: 0, introduction: 0.3, discussion: 0.7, title: 1 },
  traps: [/\b(future|further|additional|larger|more) (\w+ )?(prospective|retrospective)\b|\bprospectively registered\b|\bretrospectively registered\b|\bregistered (prospectively|retrospectively)\b|\bretrospective (bias|correction|motion)\b|\bwill (continue to )?be (collected|followed|recruited)|\b(for|in) (future )?(retrospective|prospective) (studies|trials|analyses|research|use)\b(?! (of|in|from) (this|our|the present))/i,
    // statements about study designs in general or about other studies
    /\b(prospective|retrospective) (studies|trials|cohorts|designs) (are|provide|have|show|suggest|may|can|could|would|tend|offer|allow|remain|yield)\b|\b(a|an|one|another|previous|prior|earlier|recent|several|many|other|some|large) ([\w-]+ ){0,2}(prospective|retrospective) ([\w-]+ )?(study|studies|trial|trials|analysis|analyses|series|cohort|cohorts) (has |have |had )?(reported|showed|shown|found|demonstrated|suggested|revealed|indicated|observed|described|concluded)\b|^(in|from) (a|an|one|another) ([\w-]+ ){0,3}(prospective|retrospective) ([\w-]+ )?(study|trial|analysis|series|cohort)\b/i],
  rules: [
    { id: 'design/prospective', re: /\b(prospective(ly)?|retrospective(ly)?)\b[^.]{0,80}\b(stud(y|ies)|cohort|analys[ie]s|review|design|collect(ed|ion)|enrol(l)?(ed|ment)|recruit(ed|ment)|obtain(ed)?|gather(ed)?|registr(y|ies)|data|database|sample[sd]?|trial|series|evaluat(ed|ion)|investigation|observational|multicent(er|re)|clinical|identified|included|selected|reviewed|applied)\b/i, weight: 1 },
    { id: 'design/prospective-after', re: /\b(collected|enrolled|recruited|obtained|gathered|reviewed|identified|included|analy[sz]ed|selected|followed)\b[^.]{0,30}\b(prospectively|retrospectively)\b/i, weight: 1 },
    { id: 'design/rct', re: /\b(randomi[sz]ed|placebo[- ]controlled|controlled|clinical|cluster[- ]randomi[sz]ed|non-?inferiority|crossover|cross-over|pilot|superiority|pragmatic|double[- ]blind(ed)?|phase (i{1,3}|[1-3]|ii\/iii)[ab]?)\b[^.;]{0,60}\btrial\b(?!s)/i, weight: 0.85, unless: /\b(such as|for example|e\.g\.|focused on|types of|reports? of|reporting of)\b|\bfor (use in |application in |testing in )?(a |an |future |upcoming |subsequent |planned |later )?(clinical |human |first-in-human )?trials?\b|\b(device|implant|system|tool|instrument|product|drug|agent)s?\b[^.]{0,250}\b(currently |now )?(in use|used|being used|to be used|being tested|tested) in (a |an |the )?(ongoing |current |planned )?(clinical )?trial\b|\b(in|from|of) the [A-Z][\w-]*[A-Z][\w-]* ([\w-]+ ){0,3}trial\b/i },
    { id: 'design/bare', re: /\b(prospective(ly)?|retrospective(ly)?)\b/i, weight: 0.6, sections: ['methods', 'abstract', 'results', 'other', 'title'] },
  ],
  value: (hits) => {
    let pro = false;
    let retro = false;
    for (const h of hits) {
      if (/prospective/i.test(h.match[0]) || h.rule.id === 'design/rct') pro = true;
      if (/retrospective/i.test(h.match[0])) retro = true;
    }
    return { value: pro && retro ? 'both' : retro ? 'retrospective' : pro ? 'prospective' : 'unclear' };
  },
};

const eligibility: ConceptSpec = {
  concept: 'eligibility',
  sectionWeight: { declarations: 0, introduction: 0.3, discussion: 0.5 },
  traps: [/\b(cannot|could not|can not) be (excluded|ruled out)\b/i],
  rules: [
    { id: 'eligibility/criteria', re: /\b(inclusion|exclusion|eligibility|selection|entry|enrol(l)?ment) criteri(a|on)\b/i, weight: 1, unless: /\b(feature|variable|model|convergence|stopping|information) (selection )?criteri/i },
    { id: 'eligibility/eligible-if', re: /\b(were|was|are|is|be(ing)?) (eligible|ineligible|excluded|included|enrolled|recruited|selected)\b[^.]{0,30}\b(if|when|because|due to|owing to|whenever|in case|for (inclusion|participation|the study))\b/i, weight: 0.95, unless: /\b(antigens?|preparations?|reagents?|antibod(y|ies)|primers?|probes?|compounds?|drugs?|genes?|markers?|features?|variables?|parameters?|cell lines?|strains?|constructs?|vectors?|peptides?|proteins?|kits?|conditions?|concentrations?|doses?|methods?|models?)\b (were|was) (\w+ )?(selected|chosen|included)\b/i },
    { id: 'eligibility/eligible', re: /\b(eligible (participants|patients|subjects|women|men|children|individuals|adults|infants|cases|schools|clusters)|to be eligible|eligibility (was|required|included|comprised)|were eligible|was eligible|met (the |all )?(study |inclusion |eligibility )?criteria|fulfill?(ed|ing)? (the |all )?(study |inclusion |eligibility )?criteria)\b/i, weight: 0.9 },
    { id: 'eligibility/excluded', re: /\b(we excluded|were excluded|was excluded|exclusion of|excluding (patients|participants|subjects|those|individuals|cases|women|men|children|images|scans)|were not included|were ineligible|were removed from (the )?(analysis|study|dataset))\b|\b(patients|participants|subjects|cases|images|scans|records|recordings|volumes|slices|examinations|studies|data ?sets|individuals)\b[^.]{0,50}\bwere discarded\b/i, weight: 0.75, unless: /\b(variables?|features?|covariates?|terms?|outliers? (were|was) excluded from the model)\b|\b(excluded from|not included in) the ([\w-]+ ){0,3}(calculations?|computations?|fit|fitting|models?|regressions?|equations?|sums?|averages?|estimates?)\b/i },
    { id: 'eligibility/age', re: /\b(aged|age[ds]? (between|from|of at least|over|under|above|below)|ages? ≥|ages? >|≥ ?\d+ years|older than \d+|younger than \d+|at least \d+ years( of age| old)?|\d+ years (of age )?(or|and) (older|above|over|younger))\b/i, weight: 0.6, sections: ['methods', 'abstract', 'other'] },
    { id: 'eligibility/with-diagnosis', re: /\b(patients|participants|subjects|women|men|children|adults|individuals)\b[^.]{0,20}\b(with (a )?(confirmed|diagnosed|clinical|histologically|biopsy|documented|established|newly diagnosed)|who (had|were|met|underwent|presented|received|attended|fulfilled))\b[^.]{0,60}\b(were|was) (included|enrolled|recruited|selected|eligible|invited)\b/i, weight: 0.85 },
    { id: 'eligibility/criteria-for', re: /\b(criteria|criterion|requirements?) (for|of) (including|inclusion|excluding|exclusion|selecting|selection|enrol(l)?ment|entry|participation|eligibility)\b|\b(were|was) (included|selected|enrolled|eligible|retained|kept|analy[sz]ed)\b[^.]{0,100}\bonly if\b|\bonly if (the )?(patient|participant|subject|sample|image|case)/i, weight: 0.95 },
    { id: 'eligibility/selected-based', re: /\b(were|was) (selected|chosen|included|enrolled|recruited) (based on|according to|on the basis of|using the following)\b|\b(selected|chosen|included|enrolled|recruited|operated)\b[^.]{0,40}\b(based on|according to|on the basis of|following|using) (the )?([\w-]+ ){0,4}criteri(a|on)\b|\b(selection|choice|inclusion) of (the )?(study |individual )?(patients|participants|subjects|cases|samples|specimens|images|scans|donors|individuals)\b[^.]{0,20}\b(was|were) based on\b/i, weight: 0.8 },
    // a restriction of the population: "we recruited only drug-naive patients", "exclusively first-episode cases were screened"
    { id: 'eligibility/restricted-to', re: /\b(screened|recruited|included|enrolled|selected|studied|sampled|invited|considered|chose|selected)\b (exclusively|only|solely) [^.]{0,60}\b(patients|participants|subjects|women|men|children|adults|individuals|cases|samples|specimens|images|scans|volunteers|donors|infants)\b|\b(exclusively|solely) (\w+[ /-]){0,4}(patients|participants|subjects|women|men|children|adults|individuals|cases|volunteers|donors)\b[^.]{0,30}\b(were|was) (screened|recruited|included|enrolled|selected|studied|invited|considered)\b/i, weight: 0.8 },
    // a reason given for choosing the cases: "we chose these patients because their disease is not immune-mediated"
    { id: 'eligibility/chosen-because', re: /\b(chose|selected|included|picked|enrolled|recruited)\b (these|the|those|this|all|only)? ?(\w+ ){0,2}(patients|participants|subjects|cases|samples|specimens|images|donors|individuals|women|men|children|animals|mice|rats) (as|because|since) (they|their|its|these|the|all|of)\b/i, weight: 0.8 },
    { id: 'eligibility/all-had', re: /\ball (the )?(patients|participants|subjects|cases|women|men|children|infants|individuals|volunteers)\b[^.]{0,20}\b(had|were|fulfilled|met|underwent|presented|received|required)\b[^.]{0,80}\b(confirmed|diagnos|criteria|naive|naïve|without|no history|aged|years|history of|duration)/i, weight: 0.75, sections: ['methods', 'abstract', 'other'] },
    { id: 'eligibility/who-were-included', re: /\b(patients|participants|subjects|women|men|children|adults|individuals|infants|people|volunteers|those|cases)\b[^.]{0,120}\b(who|with|that|undergoing|presenting)\b[^.]{0,160}\b(were|was) (included|enrolled|recruited|selected|eligible|invited|randomi[sz]ed|included to|entered)\b/i, weight: 0.65, sections: ['methods', 'abstract', 'other'] },
    { id: 'eligibility/all-underwent', re: /\ball (the )?(patients|participants|subjects|cases|women|men|children|individuals)\b (had )?(undergone|underwent|had undergone)\b/i, weight: 0.6, sections: ['methods', 'other'] },
    // health of volunteers or controls confirmed: "volunteers were free from inflammatory conditions", "controls had no history of ..."
    { id: 'eligibility/free-of', re: /\b(volunteers|controls|control subjects|participants|subjects|donors|individuals|patients)\b[^.]{0,80}\b(were|was) (\w+ )?(free (of|from)|not (being )?(treated|taking|receiving|on)|without (any )?(history|evidence|signs?|symptoms?) of)\b|\b(volunteers|controls|control subjects|donors)\b[^.]{0,40}\bhad no (history|evidence|signs?|symptoms?) of\b/i, weight: 0.7, sections: ['methods', 'other'] },
    // matched controls: "control subjects were chosen to match the cases on sex and age"
    { id: 'eligibility/matched-controls', re: /\b(controls?|control (subjects|participants|individuals|donors|group|samples))\b[^.]{0,40}\b(were|was) (\w+ ){0,2}(chosen|selected|matched|recruited|identified|drawn)\b[^.]{0,80}\b(age|sex|gender|ethnicity|race)\b/i, weight: 0.75, sections: ['methods', 'other'] },
    // diagnostic work-up ruling conditions out: "genetic testing excluded fragile X syndrome"
    { id: 'eligibility/tests-excluded', re: /\b(tests?|testing|screening|work-?up|examinations?|evaluations?)\b (excluded|ruled out)\b/i, weight: 0.7, sections: ['methods', 'other'] },
    // active voice population definition: "we recruited patients with suspected X undergoing Y"
    { id: 'eligibility/we-recruited-with', re: /\bwe (prospectively |retrospectively |consecutively )?(recruited|enrolled|included|selected|studied|identified) (\w+ ){0,3}(patients|participants|subjects|women|men|children|adults|individuals|volunteers|cases)\b (with|who|undergoing|diagnosed|aged|presenting|referred|admitted|treated)\b/i, weight: 0.75, sections: ['methods', 'abstract', 'other'] },
    { id: 'eligibility/only', re: /\bonly (patients|participants|subjects|images|scans|cases|volumes|those|individuals|samples|studies)\b[^.]{0,60}\b(were|was) (used|included|selected|considered|kept|retained|analy[sz]ed)\b/i, weight: 0.75 },
  ],
};

const dateRange = new RegExp(
  `\\b(between|from|during|since|in the period|period( of| from)?)\\b[^.;]{0,20}?\\b(\\d{1,2}(st|nd|rd|th)?\\s+)?(${MONTH}\\.?,?\\s+)?(\\d{1,2}(st|nd|rd|th)?,?\\s+)?${YEAR}\\b[^.;]{0,12}?\\b(and|to|until|till|through|thru|–|-)\\b|\\b${MONTH}\\.?\\s+(\\d{1,2},?\\s+)?${YEAR}\\s*(–|-|to|and|through|until)\\s*(${MONTH}\\.?\\s+)?(\\d{1,2},?\\s+)?${YEAR}\\b|\\(?\\b${YEAR}\\s*[–-]\\s*(${YEAR}|\\d\\d)\\b(?![-/]\\d)\\)?`,
  'i',
);
const monthYear = new RegExp(`\\b(in|since|until|from|by|as of|through|during|before|after)\\s+(\\d{1,2}\\s+)?${MONTH}\\.?\\s+(\\d{1,2},?\\s+)?${YEAR}\\b|\\b${MONTH}\\.?\\s+\\d{1,2},\\s+${YEAR}\\b|\\b\\d{1,2}\\s+${MONTH}\\.?\\s+${YEAR}\\b`, 'i');
const STUDY_VERB = /\b(recruit|enrol|collect|conduct|perform|carried out|screen|randomi[sz]|took place|treated|admitted|hospitali[sz]|underwent|follow|gather|obtain|acquir|scann|imag|examin|assess|visit|inclu|data|baseline|survey|trial|study|period|particip|patients|sample|measure|deliver|implement|intervention|interview)/i;
/** biological "sites" and cell "recruitment" are not study settings */
const SITE_HOMONYM = /\bsites? of (action|injection|infection|inflammation|binding|interest)\b|\b(genome|genomic|gene|DNA|RNA|sequence|protein)\b[^.]{0,40}\bsites\b|\b(binding|active|target(ed|ing)?|cleavage|restriction|injection|phosphorylation|splice|recognition|catalytic|insertion|integration) sites?\b|\b(cells|leukocytes|neutrophils|macrophages|lymphocytes|monocytes|T cells|B cells) (are|were|is|was|being|get) (recruited|retained)\b/i;
const dates: ConceptSpec = {
  concept: 'dates_setting',
  sectionWeight: { declarations: 0, introduction: 0.2, discussion: 0.55, title: 0.5 },
  traps: [/\b(registered|registration|received|accepted|published|accessed|downloaded|submitted|revised|released|release date|approved on|approval (date|number)|protocol version|version \d|copyright|©)\b/i, SITE_HOMONYM],
  rules: [
    { id: 'dates/range', re: dateRange, weight: 0.9, requireOwn: false, unless: /\bet al\b|\(\w+ (et al\.?|and \w+),? (19|20)\d\d/ },
    { id: 'dates/month-year', re: monthYear, weight: 0.75 },
    { id: 'setting/conducted-at', re: /\b(conducted|carried out|performed|took place|undertaken|done|implemented|run|held|based|recruited|enrolled|enrol(l)?ment|recruitment|collected|obtained|selected|treated|admitted|seen|attending|identified|sampled|located)\b[^.]{0,80}\b(at|in|from|across|throughout|within) (?:[\w'’-]+ |\([A-Z]{2,}\) ){0,5}(hospitals?|clinics?|cent(er|re)s?|universit(y|ies)|schools?|communit(y|ies)|practices?|departments?|units?|institut(e|es|ion|ions)|villages?|districts?|provinces?|count(y|ies)|regions?|countr(y|ies)|wards?|facilit(y|ies)|sites?|states?|cities|city|neighbou?rhoods?|settings?|care|nursing homes?|camps|homes|prisons?|workplaces?|infirmar(y|ies)|trusts?|laborator(y|ies)|biobanks?)\b/i, weight: 0.8, unless: /\b(was|were) (approved|reviewed) by\b|\bethic|\bin accordance with\b|\bIACUC\b|\bguidelines\b|\b(computing|cluster|GPUs?|servers?|accession|repositor(y|ies)|deposited|available (from|at))\b|\bcent(er|re) of (the|a|an|each|mass|gravity|rotation|the image)\b|\bin the cent(er|re)\b/i },
    { id: 'setting/data-from-named', re: /\b(data|images|scans|samples|cases|patients|participants|subjects|recordings|records|volunteers)\b[^.]{0,60}\b(from|at|in) (the )?([A-Z][\w'’-]+ ){0,4}(University|Hospital|Medical|Cent(er|re)|Clinic|Institute|Infirmary|School|College)\b|\b(from|at) the University of [A-Z]/, weight: 0.8, unless: /\b(processed|computing|cluster|GPUs?|servers?|accession|repositor(y|ies)|deposited|available (from|at)|downloaded)\b/i },
    // a pointer to the list of sites: "the participating centres are listed in Appendix 2"
    { id: 'setting/sites-listed', re: /\b(list|names?|details|locations?) of (all |the )?([\w-]+ ){0,2}(sites|cent(er|re)s|hospitals|institutions|clinics|practices|investigators)\b[^.]{0,40}\b(is|are|can be) (found|given|provided|listed|shown|available|included|reported)\b|\b(participating|recruiting|recruitment|study|trial) (sites|cent(er|re)s|hospitals|institutions|clinics|practices) (are|were|is) (listed|given|named|shown|provided) in\b/i, weight: 0.8, partial: true, otherWorkOk: true },
    // "performed at Acme Biomedical AB (Solna, Sweden)": a named place with its city and country
    { id: 'setting/at-named-place', re: /\b(performed|conducted|carried out|done|housed|grafted|operated|implanted|treated|kept|bred|examined|recruited|enrolled|collected|obtained|took place|undertaken)\b[^.]{0,160}\bat (?:[A-Z][\w-]*\s){1,4}\((?:[A-Z][\w-]+\s?){1,3},\s(?:[A-Z][\w-]+\s?){1,3}\)/, weight: 0.8 },
    // people or samples from a named region: "sera were collected from nine patients in Southern California."
    { id: 'setting/people-in-region', re: /\b([Ss]amples|[Ss]pecimens|[Ss]era|[Ss]erum|[Bb]lood|[Pp]lasma|[Tt]issues?|[Bb]iopsies|[Pp]atients|[Pp]articipants|[Ss]ubjects|[Vv]olunteers|[Ii]ndividuals|[Dd]onors|[Cc]hildren|[Ww]omen|[Mm]en|households)\b[^.]{0,40}\b(collected|recruited|obtained|enrolled|drawn|sampled|living|residing|surveyed)\b[^.]{0,60}\b(in|from|across) (the )?((Southern|Northern|Eastern|Western|Central|South|North|East|West|rural|urban) )?(?!(Table|Tables|Figure|Figures|Fig|Supplementary|Appendix|Section|January|February|March|April|May|June|July|August|September|October|November|December)\b)[A-Z][a-z]{3,}(?: [A-Z][a-z]+)?(?=[.,;)]|$)/, weight: 0.7, sections: ['methods', 'results', 'abstract', 'other'] },
    { id: 'setting/centre-adjective', re: /\b(multi-?cent(er|re)|single[- ]cent(er|re)|multi-?site)\b/i, weight: 0.45 },
    { id: 'setting/n-centres', re: /\b((two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3}) (\w+ ){0,3}(hospitals|cent(er|re)s|sites|clinics|schools|countries|communities|practices|villages|districts|facilities|wards|nursing homes|universities|states|provinces))\b/i, weight: 0.7, unless: /\b(disease|steady|emotional|mental|conformational|functional|activation|redox|cell|cellular|health|clinical|physiological|metabolic|energy|excited|ground|oxidation|binding|open|closed) states\b|\b(infectious|germinal|reaction|active|catalytic|organi[sz]ing|signall?ing|chiral|stereogenic) cent(er|re)s\b|\bcent(er|re)s per\b/i },
    { id: 'setting/named-region', re: /\b(from|in|across|throughout|within) (the )?(State|Province|County|Region|Republic|Kingdom|District|City|Municipality) of [A-Z]/, weight: 0.7 },
    { id: 'setting/place', re: /\b(in|at|from) (rural|urban|peri-?urban|suburban|primary[- ]care|secondary[- ]care|tertiary[- ]care|community|outpatient|inpatient|emergency|intensive care) ?(settings?|areas?|clinics?|communities|hospitals?|departments?|units?|centres?|centers?|practices?)?\b/i, weight: 0.6, sections: ['methods', 'abstract', 'other'] },
  ],
};

const sampleSize: ConceptSpec = {
  concept: 'sample_size',
  sectionWeight: { declarations: 0, introduction: 0.2, discussion: 0.5, abstract: 0.8 },
  traps: [/\b(small|limited|modest|relatively small|larger|large|smaller|insufficient|inadequate|low|restricted) (overall )?sample(s| sizes?)?\b(?![^.]{0,40}\b(calculat|estimat|determin|power))|\bsample sizes? (was|were|is|are) (small|limited|modest|relatively small|too small)\b/i, /\b(previously|elsewhere) (reported|published|described|detailed)|\b(detailed|described|reported|published|found) (in|elsewhere)[^.]{0,30}\bprotocol\b|\b(future|further|more|larger|additional) (studies|trials|research)\b|\bwould (have|need|require|be needed|be required)\b/i],
  rules: [
    { id: 'sample_size/calculation', re: /\b(sample[- ]sizes?|number of (participants|patients|subjects|women|children|clusters|schools) (needed|required))\b[^.]{0,100}\b(calculat|estimat|determin|comput|justif|based on|derived|assum|powered|power|needed|required|detect)|\b(calculat|estimat|determin|comput)\w* (of )?(the )?(required |minimum |target |necessary )?sample[- ]sizes?\b|\bsample of \d+\b[^.]{0,80}\b(was|were) (estimated|calculated|determined|computed)\b/i, weight: 1 },
    { id: 'sample_size/power', re: /\b(power (calculation|analysis|analyses|computation)|a priori power|statistical power of|\b(80|85|90|95) ?% (statistical )?power|power of (0\.[6-9]\d*|[6-9]\d(\.\d+)? ?%)|powered (at|to detect|to show|to demonstrate)|G\*Power|to (detect|show) a (minimum |minimal |clinically (important |relevant |meaningful |significant )?)?(difference|reduction|increase|change|effect)\b[^.]{0,60}\b(power|α|alpha|significance level))/i, weight: 0.95 },
    { id: 'sample_size/needed', re: /\b\d+ (participants|patients|subjects|women|children|men|infants|individuals|clusters|per (arm|group))\b[^.]{0,40}\b(were|would be) (required|needed|necessary)\b|\b(required|needed|necessary) (a total of )?\d+ (participants|patients|subjects)\b/i, weight: 0.85 },
    { id: 'sample_size/all-available', re: /\b(performed|conducted|carried out|done) on all (available|eligible|consecutive|existing) (patients|participants|subjects|cases|data ?sets|data|records|images|scans|samples|specimens|individuals|children|women|men|examinations)\b|\ball (available|eligible|consecutive) (patients|cases|subjects|participants|data ?sets|scans|images|records|individuals)\b[^.]{0,60}\b(were|was) (included|used|analy[sz]ed|enrolled|selected)\b|\bsample sizes? (for each|of each|in each)?[^.]{0,20}\b(was|were) (chosen|determined|based|set|selected)\b|\bsize of the (training |test )?(data ?set|sample) was (a result|determined|chosen)\b|\bdata ?set size was (a result|determined|chosen)\b/i, weight: 0.8 },
    { id: 'sample_size/not-done', re: /\bno (formal |a priori |prior )?(sample[- ]size|power) (calculation|analysis|estimation|computation)s?\b|\b(sample[- ]size|power) (calculation|analysis)s? (was|were) not (performed|done|conducted|carried out|undertaken|calculated)|\bnot (formally )?powered\b|\bsample size was not (formally )?(calculated|determined|estimated|computed)/i, weight: 0.95, notDone: true, negationOk: true },
  ],
};

const missingData: ConceptSpec = {
  concept: 'missing_data',
  sectionWeight: { declarations: 0, introduction: 0.15, discussion: 0.5, abstract: 0.8, results: 0.6 },
  traps: [
    /\bmissing (teeth|tooth|link|piece|persons?|children|heritability)\b(?!-)|\bmissed (doses?|appointments?|sessions?|visits?)\b(?![^.]{0,40}\b(imput|missing))/i,
    // genotype imputation from a reference panel is genotyping, not the handling of missing study data
    /\b(genotyp\w*|SNPs?|haplotypes?|variants?)\b[^.]{0,60}\bimput|\bimput\w*[^.]{0,80}\b(reference panels?|1,?000 genomes|HapMap|haplotypes?|genotyp\w*|SNPs?)\b/i,
  ],
  rules: [
    // MICE (multiple imputation by chained equations) only in capitals: "mice" are animals
    { id: 'missing/mice', re: /\bMICE\b/, weight: 1 },
    { id: 'missing/imputation', re: /\b(multiple(ly)? imput\w*|imputed|imputation|impute|imputing|chained equations|last (observation|value) carried forward|LOCF|BOCF|baseline observation carried forward|worst[- ]case (imputation|scenario)|single imputation|mean imputation|median imputation|hot[- ]deck|k-?nn imputation|missing[- ]indicator)\b/i, weight: 1 },
    { id: 'missing/complete-case', re: /\b(complete[- ]case(s)?( analys[ie]s)?|available[- ]case analys[ie]s|complete[- ]data analys[ie]s|listwise deletion|pairwise deletion|case[- ]wise deletion|only (complete|those with complete)|with complete (data|information|follow[- ]up|records?|measurements?|cases?)|complete (instances|records|observations))\b/i, weight: 0.9, negationOk: true },
    { id: 'missing/none', re: /\b(no missing (data|values|information|observations)|without missing (data|values)|there (were|was) no missing)\b/i, weight: 0.8, negationOk: true },
    { id: 'missing/handling', re: /\bmissing (data|values?|outcomes?|observations|information|responses|covariates?|items?|measurements?|scores?|entries|variables?|(clinical|baseline|follow[- ]up) data)\b[^.]{0,100}\b(handled|handle|dealt|accounted|treated|assumed|replaced|excluded|imput|model(l)?ed|addressed|managed|estimated|ignored|account for|deal with|using|by|at random|analy[sz]ed|less than|below|under)/i, weight: 0.95 },
    { id: 'missing/at-random', re: /\bmissing (completely )?at random\b|\bpattern[- ]mixture\b|\btipping[- ]point\b|\bmaximum likelihood\b[^.]{0,60}\bmissing\b|\bmixed[- ]effects?\b[^.]{0,80}\b(missing|all available data|incomplete)\b|\binverse probability (of censoring )?weight\w*[^.]{0,60}\b(missing|dropout|attrition|loss)/i, weight: 0.9 },
    { id: 'missing/mar', re: /\b(MC?AR|MNAR)\b/, weight: 0.9 },
    { id: 'missing/amount', re: /\bmissing (data|values|information|observations) (were|was) (few|minimal|rare|negligible|limited|low)\b|(\d+(\.\d+)? ?%|\b\d+ \(\d+(\.\d+)? ?%\)|\bfew|\bno|\bnone of the)[^.]{0,40}\b(of (the )?)?(data|values|observations|participants|patients|cases|records|items|responses)?\b[^.]{0,20}\b(were|was|had) missing\b|\bmissing (data|values|information) (were|was|for|in|on)\b[^.]{0,30}\b(\d+(\.\d+)? ?%|\d+ (participants|patients|cases|records|subjects))|\b(were|was) missing (for|in) \d+/i, weight: 0.8, negationOk: true },
    { id: 'missing/excluded-missing', re: /\b(excluded|removed|omitted|dropped)\b[^.]{0,60}\b(missing|incomplete|insufficient|lack of|not available|unavailable|unmeasurable|could not be (measured|determined|obtained))\b|\b(with|had|having) (missing|incomplete) (data|information|values|records|outcomes?|follow[- ]up)\b[^.]{0,40}\b(excluded|removed|not included)\b|\b(only|restricted to|limited to)\b.{0,60}?\b(for which|for whom|where|with)\b.{0,40}?\bavailable\b|\((where|when|if) (available|known|recorded)\)|\bwhere available\b/i, weight: 0.7 },
    // "data were not available for 5 patients", "values were missing in three cases"
    { id: 'missing/unavailable-for', re: /\b(data|information|values?|measurements?|results?|records?|scores?|samples?|recordings?|images?|descriptions?|details|histor(y|ies)|status|reports?|questionnaires?)\b( (on|about|of|regarding) [\w-]+( [\w-]+)?)? (were|was) (unavailable|not available|not recorded|not collected|not obtained|not measured|not known|unknown|lacking|incomplete|missing) (for|in|from) (the )?(first |last |remaining |another |an additional )?(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|some|a few|several|a small number of|a minority of)\b/i, weight: 1, negationOk: true },
    // the study's data named as unavailable, with what was done instead: "since X was not available before biopsy, Y was defined as ..."
    { id: 'missing/unavailable-handled', re: /\b(since|because|as|when|where|if) (the )?(data|information|values?|measurements?|records?) (on|about|of|for|regarding) [^.;]{0,80}\b(was|were) (not available|unavailable|not recorded|missing|unknown|lacking)\b[^.;]{0,20},/i, weight: 0.9, negationOk: true, sections: ['methods', 'results', 'other'] },
    // lack of a variable in part of the sample: "lack of receptor status in some cases", "absence of data for 12 patients"
    { id: 'missing/lack-in-some', re: /\b(lack|absence|unavailability|non-?availability) of (\w+ ){0,3}(data|information|status|values?|measurements?|records?|results?|histor(y|ies)|follow[- ]?up)\b[^.;]{0,20}\b(in|for|from) (some|several|a few|a number of|a minority of|\d+|one|two|three|four|five|six|seven|eight|nine|ten) (of the )?(cases|patients|participants|subjects|samples|individuals|women|men|children|specimens|records)\b/i, weight: 1, negationOk: true },
    // "measurement was possible only in 17 patients", "data were available only for 40 of the 52 cases"
    { id: 'missing/only-available', re: /\b(measurements?|assessments?|quantification|evaluation|data|information|analysis|scoring|follow[- ]?up)\b (was|were) (possible|available|obtained|feasible|obtainable|complete) only (in|for|from) (\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|some|a subset)\b/i, weight: 0.9 },
    // material used up or unusable, with what remained: "one specimen had been exhausted ..., the remaining 23 were studied"
    { id: 'missing/remaining-after', re: /\b(exhausted|depleted|used up|damaged|lost|broken|unusable|insufficient|degraded)\b[^.;]{0,120}\bthe remaining (\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+ty(-[a-z]+)?)\b/i, weight: 0.75, otherWorkOk: true, sections: ['methods', 'results', 'other'] },
    // "35 of 40 cases with available information on X": analysis restricted to the complete cases, counted
    { id: 'missing/n-of-m-available', re: /\b\d+ (of|out of) (the )?\d+\b[^.;]{0,50}\b(with|having|for which|for whom) (available|complete|sufficient) (data|information|values|measurements|records|follow[- ]up)\b/i, weight: 1 },
    // units that could not be measured, counted among the exclusions
    { id: 'missing/could-not-be-measured', re: /\b(excluded|removed|omitted|not included|discarded)\b[^.]{0,200}\b(unable to|could not|failed to) be (sequenced|genotyped|analy[sz]ed|measured|assessed|evaluated|quantified|processed|amplified|scored|read|determined)\b|\b(unable to|could not|failed to) be (sequenced|genotyped|analy[sz]ed|measured|assessed|evaluated|quantified|processed|amplified|scored|read|determined)\b[^.]{0,100}\b(excluded|removed|omitted|not included|discarded)\b/i, weight: 1, negationOk: true },
    // a success rate of measurement tells how much is missing: "measurements were extracted from >99% of the available scans"
    { id: 'missing/success-rate', re: /\b(successfully|able to|could be|were|was) (\w+ ){0,2}(extract|obtain|measur|segment|process|analy[sz]|quantif|acquir|collect|record|derive|comput)\w*\b[^.]{0,60}\b(for|from|in) (>|≥|over |more than |nearly |almost )?\d+(\.\d+)? ?% of (the )?(available |eligible |all |included )?(\w+ )?(scans|images|participants|patients|subjects|samples|cases|records|recordings|volumes|individuals)\b/i, weight: 0.85 },
    { id: 'missing/enough-available', re: /\b(for which|for whom|with) (enough|sufficient|adequate)\b[^.]{0,40}\b(was|were) available\b|\b(insufficient|not enough) (material|RNA|DNA|tissue|data|sample)\b/i, weight: 0.9 },
    { id: 'missing/treated-as', negationOk: true, re: /\b(considered|treated|coded|set|counted|classified|regarded) (to represent |as )?missing\b|\b(missing|drop[- ]?outs?|withdr\w+|lost to follow[- ]?up)\b[^.]{0,60}\b(considered|treated|coded|counted|classified|regarded|assumed) (to be |as )(failures?|non-?responders?|smokers|relapsed|treatment failures?)\b|\b(lost to follow[- ]?up|drop[- ]?outs?|withdr\w+)\b[^.]{0,60}\b(were|was) (censored|imputed|treated as|considered as|assumed)\b/i, weight: 0.9 },
    { id: 'missing/attrition', re: /\b(attrition analys[ie]s|differential (attrition|drop[- ]?out|loss to follow[- ]?up)|predictors of (drop[- ]?out|attrition|loss to follow[- ]?up)|attrition (was|is) not (selective|differential|related))\b/i, weight: 0.8 },
    { id: 'missing/sensitivity', re: /\bsensitivity analys[ie]s\b[^.]{0,80}\b(missing|imput|dropout|drop-out|(lost|loss) to follow|attrition)/i, weight: 0.9 },
  ],
};

const baseline: ConceptSpec = {
  concept: 'baseline_characteristics',
  sectionWeight: { declarations: 0, introduction: 0.2, discussion: 0.5 },
  traps: [/\b(adjusted|adjusting|controlled|controlling|matched|stratified|corrected) for (age|sex|gender)\b|\bage[- ] and sex[- ]matched\b/i],
  rules: [
    { id: 'baseline/characteristics', re: /\b(baseline|demographic|clinical|sociodemographic|socio-demographic|patient|participant|subject|cohort|sample|study population|population) (and (clinical|demographic|baseline) )?(characteristics|features|data|variables|profiles?)\b[^.]{0,80}\b(are|were|is|was)?\s*(shown|presented|summari[sz]ed|listed|given|reported|described|provided|displayed|detailed|compared|similar|balanced|comparable|well[- ]balanced|in table|table)|\b(table|tab\.) ?\d+[.:]?\s*(?:[^.]{0,60}\b)?(characteristics|demographics|background data|baseline data)\b|\b(characteristics|demographics) of (the |all |all the |our )?(study |included |enrolled )?(participants|patients|subjects|population|cohort|sample|women|men|children|groups|individuals|cases|donors)\b/i, weight: 1 },
    { id: 'baseline/age', re: /\b(mean|median|average)\b[^.]{0,15}\bages?\b[^.]{0,40}\d|\bages?\b[^.]{0,12}\b(mean|median|average)\b[^.]{0,30}\d|\baged? (was |of )?\d+(\.\d+)? ?(±|\(|years|yrs|y\b)|\d+(\.\d+)? ?(±|\+\/-) ?\d+(\.\d+)? ?(years|yrs|y\b)|\bages? of (the )?([\w-]+ ){0,3}(was|were|ranged) (from |between )?\d+/i, weight: 0.8, sections: ['methods', 'results', 'abstract', 'other'] },
    // disease history counted among the participants: "7 of 8 donors had a history of seizures"
    { id: 'baseline/history-count', re: /\b\d+ (of|out of) (the |these )?\d+\b[^.;]{0,30}\b(had|have|were|was) (a |an )?(history of|previous|prior|diagnosed with|known)\b/i, weight: 0.75, sections: ['methods', 'results', 'abstract', 'other'] },
    { id: 'baseline/sex', re: /\b\d+(\.\d+)? ?% (were |was )?(male|female|women|men|boys|girls|white|black|caucasian|hispanic|asian)\b|\b(male|female|women|men|boys|girls)\b[^.]{0,12}\b\d+(\.\d+)? ?%|\b\d+ (men|women|males|females|boys|girls) and \d+ (men|women|males|females|boys|girls)\b|\b(male|female)[ /:]+(female|male)( ratio)?\b[^.]{0,10}\d|\b\d+ (M|F) ?\/ ?\d+ (F|M)\b|\bsex ratio\b/i, weight: 0.8, sections: ['methods', 'results', 'abstract', 'other'] },
    { id: 'baseline/details-shown', re: /\b(clinicopathological|clinico-pathological|clinicopathologic|clinical|demographic|patient|participant|baseline|sample) (details|data|information|features|characteristics|variables|backgrounds?|profiles?)\b[^.]{0,60}\b(are|were|is|was) (shown|summari[sz]ed|listed|given|presented|provided|reported|described|displayed|detailed)\b|\b(patient|participant|subject|baseline|clinical|demographic)s?\b[^.]{0,30}\bcharacteristics\b[^.]{0,80}\b(groups?|table|arms?|cohorts?)\b/i, weight: 0.8 },
    // a table described by the participants' characteristics: "Supplementary Table 1 summarizes the sex and mean age of the patients"
    { id: 'baseline/table-summarises', re: /\b(tables?|tab\.) ?S?\d+[A-Za-z]? (summari[sz]es|shows|lists|presents|gives|describes|details|reports|provides|displays)\b[^.]{0,40}\b(age|sex|gender|demographic|clinical|clinicopathologic\w*|characteristics|backgrounds?)\b/i, weight: 0.85 },
    // an age range of the sample: "120 adults aged 18-88 years", "healthy subjects (19–21 years old)"
    { id: 'baseline/age-range', re: /\b(aged|ages?|age range( was)?|ranging in age from) (from |between )?\d+(\.\d+)? ?(-|–|to|and) ?\d+(\.\d+)? ?(years|yrs|y\b|months)|\(\d+ ?[-–] ?\d+ (years|yrs)( old| of age)?\)/i, weight: 0.7, otherWorkOk: true, sections: ['methods', 'results', 'abstract', 'other'], unless: /\b(eligible|eligibility|inclusion|criteri|included if|were required|must be|had to be|were invited|recruit)/i },
    // a clinical characteristic at entry compared between groups: "renal function at the time of biopsy differed between the groups"
    { id: 'baseline/at-entry-between', re: /\bat (the )?time of (biopsy|diagnosis|surgery|enrol(l)?ment|inclusion|admission|presentation|recruitment|transplant(ation)?)\b[^.]{0,60}\b(between|among|across) (the )?([\w-]+ ){0,5}(groups?|cohorts?|arms?)\b/i, weight: 0.7, sections: ['results', 'methods', 'other'] },
    { id: 'baseline/demographics', re: /\b(demographic (and clinical )?(characteristics|data|information|details) (of|for) (the )?(participants|patients|subjects|cohort|sample|groups?)|baseline (variables|measures|values|data) (were|are) (similar|comparable|balanced|shown|summari[sz]ed)|groups were (similar|comparable|balanced|well[- ]balanced)|no (significant |statistically significant )?differences? (at baseline|in baseline)|(similar|comparable|balanced) at baseline)\b/i, weight: 0.75 },
  ],
};

const limitations: ConceptSpec = {
  concept: 'limitations',
  sectionWeight: { declarations: 0, introduction: 0.25, discussion: 1, results: 0.7, methods: 0.5, abstract: 0.7 },
  roleEvidence: { roles: ['limitations'], weight: 0.9 },
  traps: [/\b(overcome|address(es|ed)?|circumvent|mitigate|alleviate|tackle|resolve|solve)\b[^.]{0,25}\b(limitations?|shortcomings?|drawbacks?)\b(?![^.]{0,30}\b(of|in) (this|our|the present|the current) (study|trial|work|analysis|research|investigation|review|paper|data ?set|cohort|sample|design|experiment)s?\b)/i, /\blimitations? of (existing|previous|prior|current|conventional|traditional|standard|other|earlier|manual|these) (methods|approaches|models|studies|techniques|tools|work|systems)\b/i],
  rules: [
    { id: 'limitations/has-several', re: /\b(has|have|had|with) (several|some|a few|certain|a number of|two|three|four|five|many|important|potential|notable|various|other|the following) (\w+ )?(limitations?|weakness(es)?|shortcomings?|drawbacks?|caveats?)\b/i, weight: 0.95 },
    { id: 'limitations/small-sample', re: /\b(relatively |very )?(small|limited|modest) (sample( size)?|cohort|number of (patients|participants|subjects|cases|samples|images)|data ?set|study population|training set)\b/i, weight: 0.6, sections: ['discussion', 'other'], futureOk: true },
    { id: 'limitations/impossible', re: /\b(impossible|not possible|difficult) (for us )?to (conclusively|definitively|fully|reliably|accurately)\b|\b(cannot|can not|could not) (claim|conclude|generali[sz]e|rule out|exclude)\b|\bmay have (caused|led to|biased|resulted in|underestimated|overestimated|affected|influenced)\b|\b(under|over)estimat(ed|ion)\b[^.]{0,40}\b(in this study|in our study)\b/i, weight: 0.65, sections: ['discussion', 'other'] },
    { id: 'limitations/our-study', re: /\b(this|our|the present|the current|the) (study|trial|work|analysis|approach|method|investigation|research|review|paper|model|thesis|evaluation|data ?set|cohort|sample)\b[^.]{0,40}\b(has|had|have|is|was|are|were|presents|faces|carries|suffers|bears)\b[^.]{0,30}\b(limitations?|limited|weakness(es)?|shortcomings?|drawbacks?|caveats?|constraints?)\b/i, weight: 1 },
    { id: 'limitations/a-limitation', re: /\b(a|one|another|the|an|two|three|several|some|few|certain|main|major|key|important|potential|further|other|first|second|third|final|last|notable|primary|additional|inherent|obvious|principal|possible|methodological)\s+(\w+\s+)?(limitations?|weakness(es)?|shortcomings?|drawbacks?|caveats?)\b[^.]{0,40}\b(is|was|are|were|of|in|to|should|must|include|includes|included|exist|remain|relates?|concerns?|that|deserves?|need|merit|warrant|worth|:)/i, weight: 0.9, futureOk: true, unless: /\b(one|a|another|the|major|main|key|important) (\w+ )?limitations? of (?!(this|our|the|these|those|its|present|current|such|both|all|each|using|\w+ing)\b)[a-z][\w-]* ([a-z][\w-]* )?(is|are|was|were|includes?)\b/i },
    { id: 'limitations/limited-by', unless: /\b(methods|approaches|techniques|technologies|tools|assays|strategies|therapies|treatments|options) (to|for|of|that|which)\b[^.]{0,160}\b(are|is|have been|remain) (often |usually |generally |currently )?limited (by|in|to|because)\b/i, re: /\b(is|was|are|were|remains?) (also )?limited (by|in|to|because)\b|\blimitations? (of|to|in) (this|our|the present|the current) (study|trial|work|analysis|approach|method|investigation|research|results|findings)\b|\bstrengths and (weaknesses|limitations)\b|\b(main|major|key|our|its|study|potential|principal) limitations? (include|included|are|were|of note)\b/i, weight: 0.85 },
    // what this study cannot show: "conclusions cannot be drawn because of the small subgroups", "the differences cannot be validated"
    { id: 'limitations/cannot-be-concluded', re: /\b(conclusions?|inferences?|results?|findings?|variations?|differences?|effects?|causality|causal (relationships?|inferences?|claims?)|associations?)\b[^.]{0,60}\b(can ?not|could not|may not) be (drawn|stated|made|reached|validated|confirmed|established|generali[sz]ed|inferred|attributed|extrapolated|ruled out)\b/i, weight: 0.8, negationOk: true, futureOk: true, sections: ['discussion', 'results', 'other', 'abstract'] },
    // inability attributed to this study: "an optimal dose is unachievable from this study", "this design does not allow ..."
    { id: 'limitations/this-study-cannot', re: /\b(unachievable|not achievable|not possible|impossible|not feasible|infeasible|could not be (determined|assessed|established|evaluated|addressed|obtained))\b[^.]{0,30}\b(from|in|with|within|for) (this|our|the present|the current) (study|trial|data|data ?set|analysis|work|design|sample|cohort|experiment|series)\b|\b(this|our|the present|the current) (study|trial|data|data ?set|analysis|design|sample|cohort|experiment) (did|does|do|could|can|was|were) not (allow|permit|enable|address|assess|capture|include|account|have)\b|\b(this|our|the present|the current) (study|trial|analysis|design) (was|is) not (designed|powered) to\b/i, weight: 0.85, negationOk: true, futureOk: true },
    // "this limited our ability to", "limits the generalisability"
    { id: 'limitations/limits-ability', re: /\blimit(s|ed|ing)? (the|our|its|their) (ability|capacity|power|generali[sz]ability|interpretation|interpretability|conclusions|scope|external validity|applicability|precision)\b/i, weight: 0.85, futureOk: true, sections: ['discussion', 'results', 'other', 'abstract'] },
    // control the authors lacked, data they did not have
    { id: 'limitations/lacked', re: /\b(we )?(had|have|has|there was|there is|with) (minimal|limited|little|no) control (of|over)\b|\bwe (do|did) not have (access to |enough |sufficient |any |complete |a |an )?([\w-]+ ){0,2}(data|specimens|samples|information|measurements|follow[- ]?up|controls?|control group|records|images|histolog\w*|biopsies|validation|outcomes?)\b|\b(absence|lack) of (a |an )?(placebo|control|comparison|sham|untreated|randomi[sz]ed|blinded|concurrent)( group| arm| condition)?\b[^.]{0,40}\b(bias|limit|cannot|could not|precludes?|prevents?|weakness)/i, weight: 0.75, negationOk: true, futureOk: true, sections: ['discussion', 'results', 'other'] },
    // the authors concede a weakness: "we acknowledge that the model does not ...", "we recognise that our sample ..."
    { id: 'limitations/we-acknowledge', re: /\bwe (must |should |do |also |further )?(acknowledge|recogni[sz]e|concede|admit)\b[^.]{0,15}\bthat\b/i, weight: 0.85, negationOk: true, futureOk: true, sections: ['discussion', 'results', 'other', 'abstract'] },
    // a property of this study's own test or data with a weakness predicate: "the specificity of the present assay was relatively low"
    { id: 'limitations/own-weak', re: /\b(of|in|from|with) (the|this|our) (present|current|proposed|new) (assay|test|method|approach|model|study|technique|system|analysis|data ?set|cohort|sample)\b[^.]{0,20}\b(was|is|were|are|remained|remains) (relatively |rather |somewhat |still |considerably |comparatively )?(low|poor|modest|limited|suboptimal|insufficient|inadequate|small|weak)\b/i, weight: 0.75, sections: ['discussion', 'results', 'other'] },
    // confounding or bias named for this study: "in the current study, X could be a confounding factor"
    { id: 'limitations/confounder', re: /\b(could|may|might|can ?not be excluded that|cannot rule out that)\b[^.]{0,30}\b(be|have been|act as|represent|introduce|have introduced) (a |an )?(potential |possible |important |major )?(confounding factor|confounder|source of (bias|error)|bias)\b/i, weight: 0.75, sections: ['discussion', 'results', 'other'], requireOwn: true },
    // "these results ... do not address whether", "our data cannot distinguish"
    { id: 'limitations/results-do-not', re: /\b(these|our|the present|the current) (results|data|findings|experiments|observations|analyses)\b[^.]{0,100}\b(do|did|does|could|can) not (address|allow|permit|establish|determine|distinguish|resolve|prove|exclude|show whether|tell)\b|\b(these|our|the present) (results|data|findings|experiments|observations)\b[^.]{0,20}\bcannot (address|establish|determine|distinguish|resolve|prove|exclude)\b/i, weight: 0.75, negationOk: true, futureOk: true, sections: ['discussion', 'results', 'other'] },
    // a regretted shortcoming of the study's materials: "Unfortunately, the plates do not contain ...", "Unfortunately, we could not ..."
    { id: 'limitations/unfortunately', re: /^(however, |but )?unfortunately,? (we (could|can|did|do|were|had) (not|only|no)\b|(it|this) was not (possible|feasible)|(our|this|these|the) ([\w-]+ ){1,3}(do|does|did|were|was|could|can|are|is|had|have) (not|no|only)\b|there (was|were) (no|not|too few|only)\b)/i, weight: 0.7, negationOk: true, sections: ['discussion', 'results', 'other'] },
    { id: 'limitations/caution', re: /\b(should|must|need to) be interpreted (with caution|cautiously|carefully)\b|\b(caution|care) (is|should be) (needed|warranted|taken|exercised) (when|in) (interpret|generali)|\bgenerali[sz]ab(ility|le)\b[^.]{0,50}\b(limited|may be|might be|is uncertain|unclear|restricted|cannot|not)\b|\b(we|it) (could not|was not possible to|were unable to|was unable to|cannot)\b[^.]{0,60}\b(assess|determine|exclude|rule out|evaluate|account|control|measure|confirm|verify|adjust|blind)/i, weight: 0.7 },
  ],
};

// ---------------------------------------------------------------------------------------------------------------
// Simpler crosswalk concepts (not scored by the corpora yet)

const studyGoal: ConceptSpec = {
  concept: 'study_goal',
  sectionWeight: { declarations: 0, introduction: 0.9, abstract: 1, discussion: 0.5 },
  rules: [
    { id: 'study_goal/develop-validate', re: /\b(we|this (study|work|paper)|the (present|current) study|aims? (was|is|were) to|objective (was|is) to|purpose (was|is) to)\b[^.]{0,60}\b(develop(ed|ing|ment)?|validat(e|ed|ing|ion)|externally validat|updat(e|ed|ing)|evaluat(e|ed|ing) the (performance|accuracy|feasibility)|feasibility|pilot|proof[- ]of[- ]concept|(diagnostic|prognostic) (accuracy|performance))\b/i, weight: 0.9, otherWorkOk: true },
    { id: 'study_goal/type', re: /\b(development and (external |internal )?validation|external validation study|feasibility (study|trial)|pilot (study|trial)|diagnostic accuracy study|model development|superiority trial|non-?inferiority trial|equivalence trial|exploratory (study|analysis))\b/i, weight: 0.8 },
  ],
};

const recruitment: ConceptSpec = {
  concept: 'recruitment_sampling',
  sectionWeight: { declarations: 0, introduction: 0.2, discussion: 0.5 },
  rules: [
    { id: 'recruitment/series', re: /\b(consecutive(ly)?|convenience (sample|sampling)|random(ly)? (sample|sampled|selected|sampling)|purposive(ly)? (sample|sampling)|snowball sampling|systematic(ally)? sampl|stratified (random )?sampl|population[- ]based (sample|sampling|recruitment)|all (eligible|consecutive) (patients|participants|subjects|cases))\b/i, weight: 1 },
    { id: 'recruitment/how', re: /\b(were|was) (recruited|identified|approached|invited|referred|enrolled|selected)\b[^.]{0,60}\b(through|via|by|from|using|at|when|during|in)\b/i, weight: 0.75 },
    { id: 'recruitment/recruitment', re: /\b(recruitment (was|took place|occurred|strategy|methods?|procedures?)|participants were recruited|patients were recruited|advertis(ed|ements?|ing)|flyers|posters|word of mouth|social media)\b/i, weight: 0.7 },
  ],
};

const treatments: ConceptSpec = {
  concept: 'treatments',
  sectionWeight: { declarations: 0, introduction: 0.2, discussion: 0.4 },
  rules: [
    { id: 'treatments/intervention', re: /\b(intervention (group|arm|consisted|included|comprised|was delivered)|control (group|arm) (received|was given|got|consisted)|(were|was) (randomi[sz]ed|randomly assigned|allocated|assigned) to (receive|either|one of)|received (either|placebo|standard|usual)|(patients|participants) (received|were treated with|were given|underwent)|treated with|usual care|placebo|dose of|mg\/kg|mg (once|twice|daily))\b/i, weight: 0.85 },
    { id: 'treatments/prior', re: /\b(prior|previous|concomitant|ongoing|current) (treatments?|therap(y|ies)|medications?|chemotherapy|surgery)\b[^.]{0,40}\b(were|was|recorded|received|included)\b/i, weight: 0.7 },
  ],
};

const blinding: ConceptSpec = {
  concept: 'blinding',
  sectionWeight: { declarations: 0, introduction: 0.2, discussion: 0.6 },
  rules: [
    { id: 'blinding/blinded', re: /\b(double[- ]blind(ed)?|single[- ]blind(ed)?|triple[- ]blind(ed)?|assessor[- ]blind(ed)?|observer[- ]blind(ed)?|open[- ]label|blinded to|blind to|masked to|unaware of|without knowledge of|were (blinded|masked)|was (blinded|masked)|(not|un)blinded|unmasked|blinding (was|of)|masking (was|of)|allocation conceal\w*)\b/i, weight: 1, negationOk: true },
  ],
};

const interpretation: ConceptSpec = {
  concept: 'interpretation',
  sectionWeight: { declarations: 0, introduction: 0.1, discussion: 1, abstract: 0.8, results: 0.3, methods: 0.1 },
  rules: [
    { id: 'interpretation/findings', re: /\b(our (findings|results|data|study) (suggest|indicate|show|demonstrate|support|confirm|highlight|imply)|(these|the) (findings|results) (suggest|indicate|show|demonstrate|support|confirm|highlight|imply|are consistent|are in line|agree)|in conclusion|we (found|conclude|observed|showed|demonstrated)|(consistent|in line|in agreement) with (previous|prior|earlier|other))\b/i, weight: 0.9, otherWorkOk: true },
  ],
};

const implications: ConceptSpec = {
  concept: 'implications',
  sectionWeight: { declarations: 0, introduction: 0.1, discussion: 1, abstract: 0.9, results: 0.2, methods: 0.1 },
  rules: [
    { id: 'implications/practice', re: /\b(implications? (for|of|in) (clinical )?(practice|policy|care|patients|clinicians|practitioners|health)|clinical (implications?|relevance|utility|practice)|(could|may|might|can) (be used|help|assist|support|guide|inform|improve|aid|facilitate|reduce|enable)\b[^.]{0,60}\b(clinic|practice|patients|decision|care|screening|treatment|diagnos|management|physicians|clinicians|policy|programmes?|programs?)|should be (considered|recommended|offered|implemented)|we recommend|recommendations? for (practice|policy))\b/i, weight: 0.85, otherWorkOk: true },
  ],
};

const futureResearch: ConceptSpec = {
  concept: 'future_research',
  sectionWeight: { declarations: 0, introduction: 0.1, discussion: 1, abstract: 0.8, results: 0.3, methods: 0.1 },
  rules: [
    { id: 'future/needed', re: /\b(future (research|studies|work|trials|investigations?|directions?)|further (research|studies|work|investigation|trials|validation|evaluation)|(larger|additional|more) (studies|trials|research)|(is|are) (needed|warranted|required) to|remains? to be (determined|seen|established|investigated)|we (plan|intend) to|next steps?)\b/i, weight: 0.9, otherWorkOk: true },
  ],
};

const representativeness: ConceptSpec = {
  concept: 'data_representativeness',
  sectionWeight: { declarations: 0, introduction: 0.2, discussion: 0.9 },
  rules: [
    { id: 'represent/representative', re: /\b((is|are|was|were|be|not|may not be|might not be) (fully |broadly |truly )?representative|representativeness|generali[sz]ab(le|ility)|generali[sz]e (to|beyond)|(similar|comparable) to the (general|target|source|wider|national) population|intended[- ]use population|target population|selection bias|spectrum (bias|of (patients|disease)))\b/i, weight: 0.85, otherWorkOk: true },
  ],
};

const variableDefs: ConceptSpec = {
  concept: 'variable_definitions',
  sectionWeight: { declarations: 0, introduction: 0.2, discussion: 0.3 },
  rules: [
    { id: 'variables/defined', re: /\b(was|were|is|are) (defined|classified|categori[sz]ed|dichotomi[sz]ed|coded|operationali[sz]ed|measured|assessed|ascertained|determined) (as|by|using|with|according to|on)\b|\b(defined|definition) (as|of)\b|\b(predictors?|covariates?|variables?|features?|exposures?|outcomes?) (included|were|was|consisted|comprised|considered)\b/i, weight: 0.8, sections: ['methods', 'abstract', 'other', 'results'] },
  ],
};

export const designCode = [abstractDetector, titleIdDetector, backgroundDetector, dataSourceDetector, participantFlowDetector];

export const designSpecs: ConceptSpec[] = [
  specWithHeadings(objectives, /^(aims?|objectives?|purpose|aims? and objectives?|study (aims?|objectives?)|hypothes[ie]s|goals?)( of (the|this) (study|trial|work))?$/, { prose: true , gate: /aim|objectiv|purpose|goal|intent|hypothes|sought|seek|set out|here|^to |\bwe |this (study|paper|work|article|trial|report|investigation|research|rct|analysis)|designed|propos|want|purport|address|overcome|tackle|solve|answer|resolve|uses|applies|employs|utili[sz]es|combines|leverages/i }),
  specWithHeadings(design, /^(study design|design)$/, { kinds: ['never'] , prose: true , gate: /prospectiv|retrospectiv|trial\b/i, keep: designOwn }),
  specWithHeadings(eligibility, /^(eligibility( criteria)?|inclusion( and exclusion)? criteria|exclusion criteria|(inclusion|selection) criteria|participants? selection|patient selection)$/, { prose: true , gate: /criteri|eligib|exclu|inclu|enrol|recruit|select|chosen|undergone|underwent|free (of|from)|not being|without|had no|matched|match|ruled out|studied|identified|aged?\b|≥|>|older than|younger than|years|only|\ball |invited|randomi[sz]|entered|removed|discarded|kept|retained|analy[sz]ed|chose|exclusively|solely|criteri|based on/i }),
  specWithHeadings(dates, /^(settings?|study settings?|study (site|sites|area|location)s?|setting and (participants|population|patients))$/, { gate: /\d{4}|collected|recruited|enrolled|residing|living|surveyed|sampled|drawn|hospital|clinic|cent(er|re)|universit|school|communit|practice|department|unit|institut|village|district|province|count(y|ies|ry)|region|ward|facilit|site|state|cit(y|ies)|neighbo|setting|care|home|camp|prison|workplace|infirmar|trust|laborator|biobank|rural|urban|outpatient|inpatient|emergency|republic|kingdom|municipality|college|[a-z], [a-z]+\)/i }),
  specWithHeadings(sampleSize, /^(sample size( calculation| estimation| determination| justification| considerations?)?|power (calculation|analysis)|sample size and power)$/, { prose: true , gate: /sample|power|size|\ball (available|eligible|consecutive|existing)|required|needed|necessary|detect/i }),
  specWithHeadings(missingData, /^(missing data|handling of missing data|missing (data|values) (handling|imputation)|imputation( of missing data)?)$/, { prose: true , gate: /missing|imput|unknown|lack|absence|possible only|available only|obtained only|remaining|complete|carried forward|LOCF|BOCF|worst[- ]case|hot[- ]deck|available|attrition|drop|lost to|loss to|at random|MC?AR|MNAR|pattern[- ]mixture|tipping|likelihood|mixed[- ]effect|inverse probability|exclu|removed|omitted|enough|sufficient|censored|considered|treated|coded|counted|classified|regarded|withdr|deletion|sensitivity analys|\((where|when|if)\b|not enough|MICE|able to|successfully|could be|unable|could not|failed to|not (recorded|collected|obtained|measured)|lacking/i }),
  specWithHeadings(baseline, /^((baseline|patient|participant|subject|demographic|clinical|sample|cohort) (and (clinical|demographic) )?characteristics|demographics|study population characteristics|characteristics of (the )?(participants|patients|subjects|study population|cohort))$/, { kinds: ['results', 'methods'] , gate: /characteristic|demographic|table|background|profile|years|yrs|time of|\bage|male|female|women|\bmen\b|boys|girls|white|black|caucasian|hispanic|asian|\bsex\b|baseline|±|\+\/-|clinic|patient|participant|subject|sample|\d ?(M|F) ?\/|history of|ages? of/i }),
  specWithHeadings(limitations, /^((study )?limitations?|strengths and limitations|limitations and future (work|directions|research))$/, { prose: true , gate: /limit|weakness|shortcoming|drawback|caveat|constrain|caution|care |generali[sz]|acknowledg|recogni[sz]e|concede|admit|confound|bias|unfortunately|low|poor|suboptimal|insufficient|inadequate|weak|do not|did not|does not|could not|not possible|unable|cannot|can not|impossible|difficult|small|modest|may have|underestimat|overestimat|achievable|feasible|not (designed|powered|allow|permit|enable|address|assess|capture|include|account|have)|control (of|over)|absence|lack of/i }),
  specWithHeadings(studyGoal, /^(study (aims?|objectives?|goals?))$/, { gate: /develop|validat|updat|evaluat|feasib|pilot|proof|accura|performance|superiority|inferiority|equivalence|exploratory/i }),
  specWithHeadings(recruitment, /^(recruitment|participant recruitment|recruitment and (sampling|enrol(l)?ment))$/, { gate: /consecutive|convenience|random|purposive|snowball|systematic|stratified|population[- ]based|\ball (eligible|consecutive)|recruit|identified|approached|invited|referred|enrolled|selected|advertis|flyer|poster|word of mouth|social media/i }),
  specWithHeadings(treatments, /^(interventions?|treatments?|study (interventions?|treatments?))$/, { kinds: ['methods', 'abstract'] , gate: /interven|control|randomi|assigned|allocated|received|treated|usual care|placebo|dose|mg|prior|previous|concomitant|ongoing|current|underwent|given/i }),
  specWithHeadings(blinding, /^(blinding|masking|randomi[sz]ation and (blinding|masking))$/, { gate: /blind|mask|unaware|without knowledge|open[- ]label|conceal/i }),
  discussionOpening(specWithHeadings(interpretation, /^(interpretation|conclusions?)$/, { kinds: ['abstract', 'discussion'] , gate: /findings|results|data|study|conclu|found|observed|showed|demonstrated|consistent|in line|agreement/i, only: ['discussion', 'abstract', 'other', 'results'] })),
  specWithHeadings(implications, /^(implications?( for (practice|policy|clinical practice))?|clinical implications?|what are the clinical implications\??)$/, { gate: /implication|clinical|could|may|might|can |should be|recommend/i, only: ['discussion', 'abstract', 'other', 'results'] }),
  futureDetector(futureResearch),
  specWithHeadings(representativeness, /^(representativeness|generali[sz]ability)$/, { gate: /representativ|generali[sz]|population|selection bias|spectrum/i }),
  specWithHeadings(variableDefs, /^(variables|definitions|outcomes?|predictors|covariates|measures|exposures?|study variables|outcome measures)$/, { kinds: ['methods'] , gate: /defin|classified|categori|dichotomi|coded|operationali|measured|assessed|ascertained|determined|predictor|covariate|variable|feature|exposure|outcome/i }),
];
