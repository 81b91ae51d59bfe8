/**
 * participant_flow (counts at two or more successive selection stages) and data_source (with its value).
 */
import { pattern } from './core/pattern.js';
import type { Sentence } from '../manuscript/model.js';
import { featuresOf, negatedAt } from './core/lang.js';
import { evidenceOf, type Detector, type Finding } from './types.js';

// ---------------------------------------------------------------------------------------------------------------
// participant_flow

// Selection stages. Allocation to arms is not a stage (counts per group are not a flow).
const STAGES: Array<[string, RegExp]> = [
  ['screen', /\b(screened|assessed for (eligibility|inclusion)|approached|invited|contacted|identified as (potentially )?eligible|assessed)\b/gi],
  ['exclude', /\b(excluded|ineligible|not eligible|did not meet|declined|refused|not interested|were (found )?eligible|met (the )?(inclusion|eligibility) criteria|fulfilled (the )?(inclusion|eligibility) criteria|dropped|removed|discarded)\b/gi],
  ['enrol', /\b(enrol(l)?ed|recruited|consented|included|randomi[sz]ed|randomly (assigned|allocated)|entered the (study|trial)|participated|took part|underwent randomi[sz]ation)\b/gi],
  ['complete', /\b(completed|analy[sz]ed|lost to follow[- ]?up|withdr(ew|awn)|dropped out|discontinued|were followed( up)?|remained|retained|did not complete|died|available for (analysis|follow[- ]?up)|provided (data|follow[- ]?up))\b/gi],
];
const NUMSTR =
  '(?:\\d{1,3}(?:,\\d{3})+|\\d+|(?:(?:one|two|three|four|five|six|seven|eight|nine) hundred(?: and)?[ -])?(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)|(?:one|two|three|four|five|six|seven|eight|nine) hundred)';
const NOUN =
  '(?:patients?|participants?|subjects?|women|men|children|infants|adults|individuals|people|persons|cases|volunteers|families|households|mothers|fathers|parents|girls|boys|students|pupils|schools|clusters|practices|villages|communities|respondents|smokers|members|residents|couples|dyads|pairs|neonates|newborns|babies|survivors|veterans|officers|soldiers|workers|employees|nurses|physicians|teachers|organi[sz]ations|camps|sites|hospitals|images|scans|volumes|records|samples|specimens|biopsies|slides|lesions|controls|users|athletes|eyes|pregnancies|deliveries|births|animals|mice|rats|caregivers|carers|dogs)';
// a count of a population just before the verb ("312 patients were excluded", "85 (72%) were randomised", "n = 12")
const COUNT_BEFORE = new RegExp(`(?:^|[^\\w.,])${NUMSTR}\\s+(?:\\([^)]{0,25}\\)\\s+)?(?:[\\w'’-]+\\s+){0,4}${NOUN}\\b|\\bn\\s*=\\s*\\d|(?:^|[^\\w.,])${NUMSTR}\\s*(?:\\([^)]{0,25}\\)\\s*)?(?:were|was|had|have|did|had been|have been|then|subsequently|further|finally|ultimately|also|eventually|\\s)*(?:\\w+ly\\s+)?$`, 'i');
// a count just after the verb ("randomised 91 pregnant women", "excluded (n = 12)", "excluded: 12 patients")
const COUNT_AFTER = new RegExp(`^\\s*[:,]?\\s*(?:\\(\\s*)?n\\s*=\\s*\\d|^\\s*[:,]?\\s*(?:a total of |all |only |another |an additional |further )?${NUMSTR}\\s+(?:\\([^)]{0,25}\\)\\s+)?(?:[\\w'’-]+\\s+){0,4}${NOUN}\\b`, 'i');

function isYearOrOne(text: string): boolean {
  return /^(?:19|20)\d\d\b(?![,.]\d)|^1\b(?![,.]\d)|^one\b/i.test(text);
}

function countBefore(b: string): boolean {
  const m = COUNT_BEFORE.exec(b);
  if (!m) return false;
  return !isYearOrOne(m[0].replace(/^[^\w]+/, ''));
}
function countAfter(a: string): boolean {
  const m = COUNT_AFTER.exec(a);
  if (!m) return false;
  return !isYearOrOne(m[0].replace(/^[\s:,(]*(a total of |all |only |another |an additional |further )?/i, ''));
}

// "Of 1,204 patients screened, 312 were excluded", "Out of 94 samples, only 82 ...", "Of the 396 patients ..., those (n = 83) ..."
const OF_N_M = new RegExp(`^(?:[\\w ]{0,20},\\s*)?(?:out of|of|from) (?:the |these |those |all )?${NUMSTR} (?:[\\w'’-]+ ){0,4}${NOUN}\\b[^;]{0,140}?,\\s*(?:only |a total of |all but |just |another )?(?:${NUMSTR}\\b(?![\\d.,]*\\s*(?:%|percent))(?!\\s+(?:of|in|for) (?:whom|which|them|these))|[^,;]{0,30}\\(n ?= ?\\d)`, 'i');

// "78 patients attended, of whom 44 were eligible"; "ten samples, randomly selected from 17 ..."
const N_OF_WHICH = new RegExp(`(?:^|[^\\w.,])${NUMSTR} (?:[\\w'’-]+ ){0,4}${NOUN}\\b[^;]{0,120}?,\\s*(?:of|out of) (?:which|whom|these|them|those)\\s*,?\\s+(?:only |a total of |just )?${NUMSTR}\\b(?![\\d.,]*\\s*(?:%|percent))[^.;,]{0,40}\\b(?:eligible|ineligible|included|enrolled|excluded|randomi[sz]ed|analy[sz]ed|completed|met|fulfilled|consented|agreed|declined|refused|remained|underwent|entered|withdr[ae]w\\w*|dropped out|lost)\\b|(?:^|[^\\w.,])${NUMSTR}\\b[^.;]{0,60}\\b(?:were|was|which were|that were) (?:randomly |then |subsequently )?(?:selected|drawn|chosen|sampled) (?:at random )?from (?:the |a total of |all |a pool of )?(?:remaining )?${NUMSTR}\\b(?![\\d.,]*\\s*(?:%|percent))`, 'i');

// "one specimen had been exhausted ..., the remaining 23 specimens were investigated": a removal and what remained
const REMAINING = new RegExp(`\\b(exhausted|excluded|removed|lost|failed|discarded|withdr\\w+|dropped|unavailable|not available|insufficient|damaged|died|omitted|unsuitable)\\b[^.;]{0,120}\\bthe remaining ${NUMSTR} (?:[\\w'’-]+ ){0,3}${NOUN}\\b|\\bthe remaining ${NUMSTR} (?:[\\w'’-]+ ){0,3}${NOUN}\\b[^.;]{0,80}\\b(after|following) (excluding|removing|exclusion|removal)\\b`, 'i');
const NOT_FLOW = /\b(sensitivity|specificity|accuracy|correctly (identified|classified|excluded|detected|predicted)|false[- ](positive|negative)s?|true[- ](positive|negative)s?|sample size|power of)\b/i;
const G_N_OF_WHICH = /\b(of|out of) (which|whom|these|them|those)\b|\b(selected|drawn|chosen|sampled) (at random )?from\b/i;
const HAS_NUMBER = /\d|\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)\b/i;
const NO_STAGES: Set<string> = new Set();

// what follows the second count of "Of N X, M ...": a selection predicate makes it a flow stage; a composition
// ("34 had carcinoma and 10 were healthy donors", "~42% received RT") does not
const SELECTION_AFTER = /^[^;]{0,60}?\b(eligible|ineligible|included|enrolled|enrol(l)?ed|excluded|randomi[sz]ed|analy[sz]ed|completed|met|fulfilled|consented|agreed|declined|refused|remained|entered|withdr[ae]w\w*|dropped|lost|retained|selected|available|suitable|usable|evaluable|eligible|yielded|passed|participated|died|survived|deceased|enough|sufficient|adequate|complete|valid|returned|responded|provided|could( not)? be|were (then |subsequently |finally )?(used|kept|studied|followed|contacted|approached|recruited|invited|screened|tested|assessed|examined))\b/i;
const COMPOSITION_AFTER = /^\s*(\([^)]{0,25}\)\s*)?([\w'’+/−-]+ ){0,3}(had|have|has|received|were (diagnosed|male|female|men|women|boys|girls|healthy|treated)|was (diagnosed|male|female))\b(?! (enough|sufficient|adequate|complete|valid|available|usable))/i;
const FIRST_STAGE = /\b(screened|analy[sz]ed|tested|sampled|enrol(l)?ed|randomi[sz]ed|allocated|assigned|approached|invited|assessed|eligible|included|recruited|contacted|identified|referred)\b/i;
function ofNM(t: string): boolean {
  const m = OF_N_M.exec(t);
  if (!m) return false;
  const rest = t.slice(m.index + m[0].length).replace(/^[\s)\]]*(\(?\d+(\.\d+)? ?%\)?)?/, '');
  if (COMPOSITION_AFTER.test(rest)) return false;
  return SELECTION_AFTER.test(rest) || FIRST_STAGE.test(m[0]) || /, (only|all but|just) \S+$/i.test(m[0]);
}

function stagesOf(s: Sentence): Set<string> {
  const out = new Set<string>();
  const t = s.text;
  if (ofNM(t) || (G_N_OF_WHICH.test(t) && N_OF_WHICH.test(t)) || (/remaining/i.test(t) && REMAINING.test(t))) {
    out.add('of-n');
    out.add('of-m');
  }
  for (const [stage, re] of STAGES) {
    if (!pattern(re).mightMatch(s)) continue;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(t))) {
      const before = t.slice(Math.max(0, m.index - 70), m.index);
      const after = t.slice(m.index + m[0].length, m.index + m[0].length + 45);
      // the count must be in the same clause as the verb
      const b = before.split(/[;.]\s/).pop() ?? before;
      const a = after.split(/[;]|\.\s/)[0] ?? after;
      if (countBefore(b) || countAfter(a)) {
        if (stage !== 'exclude' && negatedAt(t, m.index)) continue;
        out.add(stage);
        break;
      }
    }
  }
  return out;
}

const FLOW_FIGURE =
  /\b((consort|stard|strobe)[- ](flow|diagram|chart)|numbers? of (participants|patients|subjects|individuals|cases|women|men|children) (at|in) each (stage|step)|(participant|patient|subject|study|trial|enrol(l)?ment|recruitment|screening|inclusion|selection)[- ]flow|flow[- ]?(chart|diagram)s?\b[^.]{0,80}\b(participants?|patients?|subjects?|enrol|recruit|screen|inclusion|exclusion|selection|randomi[sz]|trial|women|men|children|individuals|cases)|flow of (the )?(study )?(participants|patients|subjects|individuals|women|children|cases))/i;
const FLOW_TRAP = /\b(work ?flow|blood flow|air ?flow|cash flow|flow cytometry|flow rate|information flow|data flow|flow[- ]mediated|high[- ]flow|flow chart of (the|our) (proposed )?(method|algorithm|approach|framework|model))\b/i;

export const participantFlowDetector: Detector = {
  concepts: ['participant_flow'],
  detect({ ms }): Finding[] {
    const feats = featuresOf(ms);
    let figure: Sentence | undefined;
    // per paragraph: stages with counts
    // stages with counts, over the whole text (a flow is often told across paragraphs)
    const docStages = new Map<string, Sentence>();
    let multiInOne: Sentence | undefined;
    for (const s of ms.sentences) {
      const k = s.section.kind;
      if (k === 'references' || k === 'introduction' || k === 'declarations' || s.section.role === 'peer_review') continue;
      const f = feats[s.index]!;
      if (f.future || f.hypothetical) continue;
      // a removal with what remained is about this study even when the removal cites earlier work
      if (f.otherWork && !f.own && !(/remaining/i.test(s.text) && REMAINING.test(s.text))) continue;
      // a test's accuracy ("correctly excluded 29 of 38") and a sample-size calculation are not selection stages
      if (NOT_FLOW.test(s.text)) continue;
      if (!figure && /flow|each st/i.test(s.text) && FLOW_FIGURE.test(s.text) && !FLOW_TRAP.test(s.text)) figure = s;
      const st = HAS_NUMBER.test(s.text) ? stagesOf(s) : NO_STAGES;
      if (st.size >= 2 && !multiInOne) multiInOne = s;
      for (const x of st) if (!docStages.has(x)) docStages.set(x, s);
    }
    let best: { stages: Set<string>; sents: Sentence[] } | undefined;
    if (docStages.size >= 2) {
      const sents = [...new Set([...(multiInOne ? [multiInOne] : []), ...docStages.values()])].slice(0, 3).sort((a, b) => a.index - b.index);
      best = { stages: new Set(docStages.keys()), sents };
    }
    if (best) {
      return [
        {
          concept: 'participant_flow',
          status: 'reported',
          details: { stages: [...best.stages] },
          evidence: best.sents.map((s) => evidenceOf(s, 'participant_flow/counts')),
          confidence: Math.min(0.95, 0.6 + best.stages.size * 0.1),
          rule: 'participant_flow/counts',
          reason: `counts at ${best.stages.size} selection stages (${[...best.stages].join(', ')})`,
        },
      ];
    }
    if (figure) {
      return [
        {
          concept: 'participant_flow',
          status: 'reported',
          evidence: [evidenceOf(figure, 'participant_flow/diagram')],
          confidence: 0.7,
          rule: 'participant_flow/diagram',
          reason: 'a participant flow diagram is referred to',
        },
      ];
    }
    return [{ concept: 'participant_flow', status: 'missing', evidence: [], confidence: 0.7, rule: 'participant_flow/none', reason: 'no counts at two successive selection stages and no flow diagram' }];
  },
};

// ---------------------------------------------------------------------------------------------------------------
// data_source

const PUBLIC =
  /\b(publi(c|cal)ly|freely|openly) (available|accessible|released|shared)\b|\b(public|open|open[- ]access|open[- ]source|publicly released|benchmark|challenge) (data ?sets?|databases?|data|repositor(y|ies)|archives?|collections?|cohorts?)\b|\b(data ?sets?|images|scans|data) (were|was) (obtained|downloaded|retrieved|taken|sourced) from (the )?(public|open|[A-Z][\w-]*[A-Z])|\b(ADNI|OASIS|TCGA|TCIA|MIMIC(-I{1,3}V?)?|Human Connectome Project|HCP[- ]?\w*|Kaggle|PhysioNet|LIDC(-IDRI)?|BraTS|CheXpert|ChestX-ray\d*|MedMNIST|ISIC|CORD-19|Cancer Imaging Archive|Grand Challenge|OpenNeuro|ABIDE|METABRIC)\b|\b(in|into|from) the public domain\b/;
const REGISTRY =
  /\b(registry|register|biobank|bio-bank|national (health )?(database|survey)|claims (data|database)|health records? database|(nationwide|population[- ]based|prospective|longitudinal|birth) cohort(?! stud)|(from|of|in|within|into) (a|an|the|two|three|several) ([\w-]+ ){0,3}cohort stud(y|ies)|[A-Z][\w-]* (Registry|Cohort|Biobank|Study|Program(me)?) (data|participants|database))\b|\b(Specimen|Tissue|Sample|Biospecimen) (Resource|Bank|Repository|Archive)\b|\b(from|in|of|into|to) the (?:[A-Z][\w'’\u00C0-\u024F-]+ |of |for |and |on |in ){1,8}(Study|Cohort|Registry|Trial|Survey|Program(me)?|Project|Collection|Consortium|Initiative)\b|\bRegistry of\b|\b[A-Z]{2,}[\w-]* (Cohort|Registry)\b/;
const MULTI =
  /\bmulti-?(cent(er|re)|site|institution(al)?|national)\b|\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3}) (independent |different |other |separate |participating |partner |tertiary |academic |clinical |university |teaching |general |regional |community |neurointensive care |intensive care |primary care |acute |referral |medical |health )*(hospitals|cent(er|re)s|sites|institutions|clinics|medical cent(er|re)s|facilities|countries|(care|clinical|hospital|dialysis|stroke) units|practices|health (cent(er|re)s|facilities)|institutes)\b|\b(several|multiple|various|different|many) (hospitals|cent(er|re)s|sites|institutions|clinics|countries|facilities)\b|\binstitutions and (commercial )?biobanks\b/i;
// "across five National Health Service (NHS) Trusts": a count of sites named with capitals
const MULTI_NAMED = /\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3}) (?:[A-Z][\w-]*\s|\([A-Z]{2,}\)\s){1,5}(?:Trusts|Hospitals|Centres|Centers|Clinics|Sites|Institutions|Universities|trusts|hospitals|centres|centers|sites|clinics|institutions)\b/;
// "at a clinic in Thies": one unnamed site with its place
const SINGLE_PLACE = /\b(?:at|from|in) an? (?:[a-z-]+ ){0,2}(?:clinic|hospital|cent(?:er|re)|institution|health (?:cent(?:er|re)|facility|post)|practice|laboratory|unit) (?:in|of|at) (?:the )?[A-Z]/;
// "performed at Acme Biomedical AB": a company site where the work took place (suppliers come "from")
const COMPANY_SITE = /\bat ((?:[A-Z][\w-]*\s){1,4}(?:AB|Inc\.?|Ltd\.?|GmbH|LLC|Pty Ltd|S\.A\.|B\.V\.|A\/S))(?=[\s,.;)]|$)/;
const G_INST_ANY = /trust|hospital|cent(er|re)|site|clinic|institution|universit|health|practice|laborator|unit/i;
const G_COMPANY = / (AB|Inc|Ltd|GmbH|LLC|Pty|S\.A\.|B\.V\.|A\/S)\b/;
const SINGLE =
  /\bsingle[- ](cent(er|re)|site|institution(al)?|hospital)\b|\b(recruited|identified|selected|enrolled|obtained|retrieved)\b[^.]{0,40}\b(through|from|via|using|in) (the )?(hospital|clinic|institutional)('s)? (patient |medical |clinical |electronic )?(registr(y|ies)|records|databases?)\b|\b(at|from|in|to) (our|a single|one|the same|a tertiary|a university|a teaching|a community|a private|a public) (?:[\w-]+ ){0,3}(institution|hospital|cent(er|re)|department|clinic|unit|site|practice|laboratory)\b|\bour (institution|hospital|cent(er|re)|department|clinic|unit)\b/i;
const INSTITUTION =
  /\b((?:[A-Z][\w'’.&-]*\s){0,5}(?:University\s)?(?:Hospital|Hospitals|Medical Cent(?:er|re)|Health System|Infirmary|Cancer Cent(?:er|re)|School of Medicine|College of Medicine|Medical School|Medical College|Clinic|Klinik(?:um|os)?|NHS (?:Foundation )?Trust|Memory Cent(?:er|re)|Stroke Cent(?:er|re)|Heart Cent(?:er|re)|Children'?s Hospital)(?:\s(?:of|at)\s[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,3})?|University of [A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2}(?: Hospitals?| Medical Cent(?:er|re)| Health)?|[A-Z][\w'’-]*(?: \d{1,2})? University(?: Hospital)?|Institute of [A-Z][\w'’-]*(?:\s(?:of\s)?[A-Z][\w'’-]*){0,4}|(?:[A-Z][\w'’.-]*\s){1,3}Institute(?:\sfor\s[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,3})?|(?:Istituto|Instituto|Institut|Ospedale|Hôpital|Hospital|Centro|Cl[ií]nica|Policlinico|Azienda Ospedaliera)\s(?:(?:di|de|del|della|des|du)\s)?[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,3})/g;
const COLLECT =
  /\b(recruited|enrolled|enrol(l)?ment|collected|obtained|admitted|treated|conducted|carried out|undertaken|performed|underwent|undergoing|attending|attended|referred|seen|hospitali[sz]ed|selected|retrieved|acquired|scanned|imaged|sampled|gathered|came from|drawn from|taken from|derived from|provided by|located|took place|registered|identified|included|housed|from)\b/i;
// cheap keyword gates in front of the cue expressions
const G_PUBLIC = /publi|freely|openly|open|benchmark|challenge|obtained|downloaded|retrieved|taken|sourced|ADNI|OASIS|TCGA|TCIA|MIMIC|HCP|Connectome|Kaggle|PhysioNet|LIDC|BraTS|CheXpert|MedMNIST|ISIC|CORD|Archive|OpenNeuro|ABIDE|METABRIC/i;
const G_REGISTRY = /regist|biobank|bio-bank|Resource|Bank|Repository|Archive|national|claims|records|cohort|Study|Program|Trial|Survey|Project|Collection|Consortium|Initiative/i;
const G_MULTI = /multi|hospitals|cent(er|re)s|sites|institutions|clinics|facilities|countries|units|practices|institutes|biobanks/i;
const G_SINGLE = /single|our |one |same|a (tertiary|university|teaching|community|private|public)| an? |hospital |clinic |institutional /i;
const G_INST = /Hospital|Cent(er|re)|Health|Infirmary|Clinic|Klinik|Trust|University|Institute|School|College|Istituto|Instituto|Institut|Ospedale|Hôpital|Centro|Cl[ií]nica|Policlinico/;
// where samples were analysed or software came from is not where the data came from
const LAB_SITE = /\b(genotyp\w*|sequenc(ed|ing)|assay(ed|s)?|software|algorithm|platform|core facility|purchased|supplied|synthesi[sz]ed|manufactur\w*|kindly provided|gift|analy[sz]ed (at|in|by)|housed|vivarium|animal (facility|facilities|house|care))\b/i;
/** cell lines and strains from a culture collection or vendor are materials, not the study's data source */
const CELL_SUPPLY = /\b(cell lines?|cells|strains?|plasmids?|clones?|hybridomas?)\b[^.]{0,80}\b(Culture Collection|Type Culture|ATCC|DSMZ|ECACC|purchased|supplied|obtained from (the )?(American|European|German|Japanese))\b|\bCulture Collection\b/;
// registers used to follow participants up for outcomes (deaths, events) are outcome linkage, not the source of the cohort
const OUTCOME_LINK = /\b(follow[- ]?up|outcomes?|deaths?|mortality|incidence|events|causes? of death|vital status)\b[^.]{0,60}\b(from|through|via|using|in) (the )?([A-Z][\w-]* ){0,5}(register|registry|registries|Register|Registry|Registries|records)\b|\b(linkage|linked) (to|with) (the )?([\w-]+ ){0,5}(register|registry|Register|Registry)/;
const NOT_INSTITUTION_AFTER = /^\s*(Discharge|Register|Registry|Database|Records?|Episode|Statistics)\b/;
const SOURCE_TRAP = /\b(ethic(s|al)|approv(al|ed)|committee|review board|IRB|consent|compliance|in accordance with|legislation|regulations|guidelines|open[- ]source (code|software|package|library|repository|implementation|toolkit|toolbox)|(code|software|package|library|toolkit|toolbox|architectures?) (is|are|was|were) (publicly |freely |openly )?available|github|pre-?trained (weights|models?|networks?)|weights pre-?trained)\b/i;
const SOURCE_TRAP_G = new RegExp(SOURCE_TRAP.source, 'gi');
const OWN_STRICT = /\b(we|our|us|this (study|work|paper|analysis|trial|cohort)|the (present|current) (study|work|analysis)|herein)\b/i;
// samples or people collected in a named region without an institution: "sera collected from nine patients in Southern California"
const UNCLEAR_PLACE = /\b([Ss]amples|[Ss]pecimens|[Ss]era|[Ss]erum|[Bb]lood|[Pp]lasma|[Tt]issues?|[Bb]iopsies|[Pp]atients|[Pp]articipants|[Ss]ubjects|[Vv]olunteers|[Ii]ndividuals|[Dd]onors|[Cc]hildren|[Ww]omen|[Mm]en)\b[^.]{0,40}\b(collected|recruited|obtained|enrolled|drawn|sampled|living|residing)\b[^.]{0,60}\b(in|from|across) (the )?((Southern|Northern|Eastern|Western|Central|South|North|East|West|rural|urban) )?(?!(Table|Tables|Figure|Figures|Fig|Supplementary|Appendix|Section|January|February|March|April|May|June|July|August|September|October|November|December)\b)[A-Z][a-z]{3,}(?: [A-Z][a-z]+)?(?=[.,;)]|$)/;
const UNCLEAR = /\b(images|data|scans|samples|recordings|videos|volumes|records) (used )?(in|for) (this|the present|our) (study|work|paper|analysis) (were|are|was|is) (collected|acquired|obtained|recorded|gathered)\b/i;
const NAMED_SOURCE = /\b(?:from|in|of|by|using|used|on) (?:the )?((?:[A-Z][\w'’-]+[ -]){0,5}(?:Study|Cohort|Registry|Biobank|Trial|Survey|Consortium|Initiative|Database|Program(?:me)?|Project))\b/g;

// "selected according to the criteria of the X Trial": criteria borrowed from a named study
const CRITERIA_OF = /\b(criteria|definitions?|classification|guidelines?|recommendations?) (in|of|from|used in|proposed by|by) the\b/i;
const SOURCE_VERB = /\b(recruit\w*|enrol\w*|includ(ed|ing)|identified|selected|drawn|sampled|particip\w*|consist\w*|compris\w*)\b/i;

function hasInstitution(t: string): boolean {
  INSTITUTION.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = INSTITUTION.exec(t))) if (m[1]!.trim().split(/\s+/).length >= 2 && !NOT_INSTITUTION_AFTER.test(t.slice(m.index + m[0].length))) return true;
  return false;
}

export const dataSourceDetector: Detector = {
  concepts: ['data_source'],
  detect({ ms }): Finding[] {
    const feats = featuresOf(ms);
    const hit = { public: [] as Sentence[], registry: [] as Sentence[], multi: [] as Sentence[], single: [] as Sentence[], inst: [] as Sentence[] };
    const institutions = new Set<string>();
    const datasets = new Set<string>();
    for (const s of ms.sentences) {
      const k = s.section.kind;
      if (k === 'references' || k === 'title' || k === 'declarations' || s.section.role === 'peer_review') continue;
      const f = feats[s.index]!;
      if (f.future) continue;
      // in the Introduction only an explicit reference to this study counts ("patients" alone is background)
      if (k === 'introduction' && !(f.own && OWN_STRICT.test(s.text))) continue;
      if (f.otherWork && !f.own && !/\b(data|images|scans|samples)\b/i.test(s.text)) continue;
      let t = s.text;
      // keyword gates go through the shared prefilter while the sentence is unchanged (same answers)
      const G = (re: RegExp) => (t === s.text ? pattern(re).test(s) : re.test(t));
      const trap = pattern(SOURCE_TRAP).exec(s);
      if (trap) {
        // drop the ethics/compliance/code clause, keep what comes before it ("recruited at X Hospital and consent was
        // obtained") and after the clause that holds the last such word ("With ethical approval, mice were housed at Y")
        let last = trap.index + trap[0].length;
        SOURCE_TRAP_G.lastIndex = last;
        let m2: RegExpExecArray | null;
        while ((m2 = SOURCE_TRAP_G.exec(t))) last = m2.index + m2[0].length;
        const comma = t.indexOf(', ', last);
        t = t.slice(0, trap.index) + (comma >= 0 ? ' ' + t.slice(comma + 2) : '');
        if (t.length < 25) continue;
      }
      const body = k === 'methods' || k === 'results' || k === 'abstract' || k === 'other';
      let isPublic = false;
      if (G(G_PUBLIC) && PUBLIC.test(t) && !/\b(will be|are|is) (made )?(publicly|freely|openly) available|upon publication|code\b/i.test(t)) {
        hit.public.push(s);
        isPublic = true;
        const m = /\b(ADNI[-\w]*|OASIS[-\w]*|TCGA[-\w]*|TCIA|MIMIC[-\w]*|HCP[-\w]*|Kaggle|PhysioNet|LIDC[-\w]*|BraTS|CheXpert|ISIC|CORD-19)\b/.exec(t);
        if (m) datasets.add(m[1]!);
      }
      // a named public dataset ("... Initiative", "... Project") is not also a registry
      const reg = body && !isPublic && G(G_REGISTRY) ? REGISTRY.exec(t) : null;
      let instReg = false;
      if (reg && CELL_SUPPLY.test(t)) {
        // a culture collection supplying cell lines
      } else if (reg && OUTCOME_LINK.test(t) && !SOURCE_VERB.test(t)) {
        // outcomes linked from a register: not the source of the participants
      } else if (reg && CRITERIA_OF.test(t)) {
        // outcomes linked from a register: not the source of the participants
      } else if (reg && /regist|database|bank/i.test(reg[0]) && !/\b(national|nationwide|population|countries|consortium|multi-?cent)/i.test(t) && G(G_INST) && hasInstitution(t)) {
        instReg = true; // a hospital's own registry, database or tissue bank: the data come from that institution
      } else if (reg) {
        hit.registry.push(s);
        NAMED_SOURCE.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = NAMED_SOURCE.exec(t))) if (!/^(The|This|Our|Present|Current)\b/.test(m[1]!)) datasets.add(m[1]!.trim());
      }
      if (body && G(G_MULTI) && MULTI.test(t) && !/\b(countries|nations) (have|has|with)\b/i.test(t)) hit.multi.push(s);
      const gInst = G(G_INST_ANY);
      if (body && gInst && MULTI_NAMED.test(t) && hit.multi[hit.multi.length - 1] !== s) hit.multi.push(s);
      if ((G(G_SINGLE) && SINGLE.test(t)) || (body && gInst && SINGLE_PLACE.test(t))) hit.single.push(s);
      const company = body && G(G_COMPANY) ? COMPANY_SITE.exec(t) : null;
      const lab = (company || (body && G(G_INST))) && LAB_SITE.test(t);
      if (company && !lab) {
        institutions.add(company[1]!.trim());
        hit.inst.push(s);
      } else if (body && !lab && !company && G(G_INST) && (instReg || COLLECT.test(t)) && hit.registry[hit.registry.length - 1] !== s) {
        INSTITUTION.lastIndex = 0;
        let m: RegExpExecArray | null;
        let any = false;
        while ((m = INSTITUTION.exec(t))) {
          const name = m[1]!.trim().replace(/^(The|the|At|In|From|and)\s+/, '');
          if (name.split(/\s+/).length < 2 || NOT_INSTITUTION_AFTER.test(t.slice(m.index + m[0].length))) continue;
          institutions.add(name);
          any = true;
        }
        if (any) hit.inst.push(s);
      }
    }
    const hasPublic = hit.public.length > 0;
    const hasRegistry = hit.registry.length > 0;
    const hasInst = hit.inst.length + hit.single.length + hit.multi.length > 0;
    if (!hasPublic && !hasRegistry && !hasInst) {
      const u = ms.sentences.find((s) => (s.section.kind === 'methods' || s.section.kind === 'abstract' || s.section.kind === 'other') && UNCLEAR.test(s.text)) ?? ms.sentences.find((s) => (s.section.kind === 'methods' || s.section.kind === 'abstract' || s.section.kind === 'other' || s.section.kind === 'results') && ((/ in | from | across /.test(s.text) && UNCLEAR_PLACE.test(s.text) && !SOURCE_TRAP.test(s.text) && !CELL_SUPPLY.test(s.text))));
      if (u) return [{ concept: 'data_source', status: 'reported', value: 'unclear', details: { institutions: [], datasets: [] }, evidence: [evidenceOf(u, 'data_source/unclear')], confidence: 0.6, rule: 'data_source/unclear', reason: 'the data are said to be collected for this study, but not where' }];
      return [{ concept: 'data_source', status: 'missing', evidence: [], confidence: 0.7, rule: 'data_source/none', reason: 'no institution, dataset, registry or cohort named as the source of the data' }];
    }
    let value: string;
    let ev: Sentence[];
    const instValue = hit.multi.length > 0 || institutions.size >= 3 ? 'multi_center' : 'single_center';
    const instCount = hit.inst.length + hit.single.length + hit.multi.length;
    const otherCount = instCount + hit.registry.length;
    if (hasPublic && (hasInst || hasRegistry) && (otherCount * 4 >= hit.public.length || otherCount >= 3)) {
      value = 'mixed';
      ev = [...hit.public.slice(0, 2), ...(hit.inst[0] ?? hit.registry[0] ?? hit.single[0] ?? hit.multi[0] ? [(hit.inst[0] ?? hit.registry[0] ?? hit.single[0] ?? hit.multi[0])!] : [])];
    } else if (hasPublic && hit.public.length >= hit.registry.length) {
      value = 'public_dataset';
      ev = hit.public.slice(0, 3);
    } else if (hasRegistry && (!hasInst || hit.registry.length * 2 >= instCount)) {
      value = 'registry_or_cohort';
      ev = hit.registry.slice(0, 3);
    } else {
      value = instValue;
      ev = (instValue === 'multi_center' && hit.multi.length ? hit.multi : hit.inst.length ? hit.inst : hit.single).slice(0, 3);
    }
    if (!ev.length) ev = [...hit.inst, ...hit.single, ...hit.multi, ...hit.registry].slice(0, 3);
    ev = [...new Set(ev)].sort((a, b) => a.index - b.index);
    return [
      {
        concept: 'data_source',
        status: 'reported',
        value,
        details: { institutions: [...institutions].slice(0, 10), datasets: [...datasets].slice(0, 10) },
        evidence: ev.map((s) => evidenceOf(s, `data_source/${value}`)),
        confidence: 0.75,
        rule: `data_source/${value}`,
        reason: `source cues: public ${hit.public.length}, registry/cohort ${hit.registry.length}, institutions ${hit.inst.length}, multi ${hit.multi.length}, single ${hit.single.length}`,
      },
    ];
  },
};
