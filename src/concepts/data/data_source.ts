/**
 * data_source: where the data came from (institutions, a public dataset, a registry or cohort), with its value.
 */
import type { Sentence } from '../../manuscript/model.js';
import { defineConcept } from '../core/define.js';
import { featuresOf } from '../core/lang.js';
import { pattern } from '../core/pattern.js';
import { evidenceOf, type DetectContext, type Finding } from '../types.js';

const PUBLIC =
  /\b(publi(c|cal)ly|freely|openly) (available|accessible|released|shared)\b|\b(public|open|open[- ]access|open[- ]source|publicly released|benchmark|challenge) (data ?sets?|databases?|data|repositor(y|ies)|archives?|collections?|cohorts?)\b|\b(data ?sets?|images|scans|data) (were|was) (obtained|downloaded|retrieved|taken|sourced) from (the )?(public|open|[A-Z][\w-]*[A-Z])|\b(ADNI|OASIS|TCGA|TCIA|MIMIC(-I{1,3}V?)?|Human Connectome Project|HCP[- ]?\w*|Kaggle|PhysioNet|LIDC(-IDRI)?|BraTS|CheXpert|ChestX-ray\d*|MedMNIST|ISIC|CORD-19|Cancer Imaging Archive|Grand Challenge|OpenNeuro|ABIDE|METABRIC)(?:[- ]?(?:19|20)?\d\d)?\b|\b(in|into|from) the public domain\b/;
/** data re-used from an earlier publication ("our previously published data", "data from a previous melanoma study") */
const PRIOR_DATA = /\b(?:previously|already) (?:published|released) (?:data ?sets?|datasets?|data|cohorts?|images|scans)\b|\b(?:data|data ?sets?|datasets?|images|scans|samples) (?:from|of|in) (?:a|an|the|our|their) (?:previous|prior|earlier|previously published|published) (?:[\w-]+ ){0,3}?(?:study|studies|work|trial|report|paper|publication)\b/i;
const PRIOR_FINDING = /\b(?:revealed|showed|shown|demonstrated|suggested|indicated|reported that|found that)\b/i;
const REGISTRY =
  /\b(registry|register|biobank|bio-bank|national (health )?(database|survey)|claims (data|database)|health records? database|(nationwide|population[- ]based|prospective|longitudinal|birth) cohort(?! stud)|(from|of|in|within|into) (a|an|the|two|three|several) ([\w-]+ ){0,3}cohort stud(y|ies)|[A-Z][\w-]* (Registry|Cohort|Biobank|Study|Program(me)?) (data|participants|database))\b|\b(Specimen|Tissue|Sample|Biospecimen) (Resource|Bank|Repository|Archive)\b|\b(from|in|of|into|to) the (?:[A-Z][\w'’\u00C0-\u024F-]+ |of |for |and |on |in ){1,8}(Study|Cohort|Registry|Trial|Survey|Program(me)?|Project|Collection|Consortium|Initiative)\b|\bRegistry of\b|\b[A-Z]{2,}[\w-]* (Cohort|Registry)\b/;
const MULTI =
  /\bmulti-?(cent(er|re)|site|institution(al)?|national)\b|\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3}) (independent |different |other |separate |participating |partner |tertiary |academic |clinical |university |teaching |general |regional |community |neurointensive care |intensive care |primary care |acute |referral |medical |health )*(hospitals|cent(er|re)s|sites|institutions|clinics|medical cent(er|re)s|facilities|countries|(care|clinical|hospital|dialysis|stroke) units|practices|health (cent(er|re)s|facilities)|institutes)\b|\b(several|multiple|various|different|many) (hospitals|cent(er|re)s|sites|institutions|clinics|countries|facilities)\b|\binstitutions and (commercial )?biobanks\b/i;
// "across five National Health Service (NHS) Trusts": a count of sites named with capitals
const MULTI_NAMED = /\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3}) (?:[A-Z][\w-]*\s|\([A-Z]{2,}\)\s){1,5}(?:Trusts|Hospitals|Centres|Centers|Clinics|Sites|Institutions|Universities|trusts|hospitals|centres|centers|sites|clinics|institutions)\b/;
// "controls were scanned at multiple locations in Los Angeles", "individuals from several cities, including X and Y":
// participants or data gathered at several places named by their town (a body part or a sequence is not a place)
const MULTI_PLACES = /\b(?:multiple|several|various|different|many|two|three|four|five|six|seven|eight|nine|ten|\d{1,3}) (?:geographic(?:al)? )?(?:locations|cities|towns)\b,? (?:in|including|across|throughout|such as|like) (?:the )?[A-Z]/;
// "at a clinic in Thies": one unnamed site with its place
const SINGLE_PLACE = /\b(?:at|from|in) an? (?:[a-z-]+ ){0,2}(?:clinic|hospital|cent(?:er|re)|institution|health (?:cent(?:er|re)|facility|post)|practice|laboratory|unit) (?:in|of|at) (?:the )?[A-Z]/;
// "recruited from the outpatient clinics of Medical Oncology of the RUNMC", "treated at the memory outpatient clinic
// (MOC) of the Example Charité": a clinic, ward or department of a named institution, with a collection verb
const CLINIC_OF = /\b(?:at|from|in|to|through) the (?:[\w-]+ ){0,3}?(?:clinics?|wards?|departments?|units?)(?: \([A-Z][\w-]*\))? of (?:the )?[A-Z]/;
// "the scans were collected at Example medical center", "our data come from a system running at the City Medical
// Centre": the data of this study said to come from one named site (the kind of site may be written in lower case)
const DATA_AT = /\b(?:data(?: ?sets?)?|datasets?|images|scans|recordings|records|samples)\b[^.;]{0,80}?\b(?:collected|acquired|recorded|gathered|obtained|running|based|generated|captured|scanned)\b[^.;]{0,40}?\bat (?:the )?(?:[A-Z][\w'’-]+ ){1,4}(?:[Mm]edical [Cc]ent(?:er|re)|[Hh]ospital|[Cc]linic|[Cc]ent(?:er|re)|[Ii]nstitute|[Uu]niversity)\b/;
// "performed at Acme Biomedical AB": a company site where the work took place (suppliers come "from")
const COMPANY_SITE = /\bat ((?:[A-Z][\w-]*\s){1,4}(?:AB|Inc\.?|Ltd\.?|GmbH|LLC|Pty Ltd|S\.A\.|B\.V\.|A\/S))(?=[\s,.;)]|$)/;
const G_INST_ANY = /trust|hospital|cent(er|re)|site|clinic|institution|universit|health|practice|laborator|unit/i;
const G_COMPANY = /(?: AB| Inc| Ltd| GmbH| LLC| Pty| S\.A\.| B\.V\.| A\/S)\b/;
const SINGLE =
  /\bsingle[- ](cent(er|re)|site|institution(al)?|hospital)\b|\b(recruited|identified|selected|enrolled|obtained|retrieved)\b[^.]{0,40}\b(through|from|via|using|in) (the )?(hospital|clinic|institutional)('s)? (patient |medical |clinical |electronic )?(registr(y|ies)|records|databases?)\b|\b(at|from|in|to) (our|a single|one|the same|a tertiary|a university|a teaching|a community|a private|a public) (?:[\w-]+ ){0,3}(institution|hospital|cent(er|re)|department|clinic|unit|site|practice|laboratory)\b|\bour (institution|hospital|cent(er|re)|department|clinic|unit)\b/i;
const INSTITUTION =
  /\b((?:[A-Z][\w'’.&-]*\s){0,5}(?:University\s)?(?:Hospital|Hospitals|Medical Cent(?:er|re)|Health System|Infirmary|Cancer Cent(?:er|re)|School of Medicine|College of Medicine|Medical School|Medical College|Clinic|Klinik(?:um|os)?|NHS (?:Foundation )?Trust|Memory Cent(?:er|re)|Stroke Cent(?:er|re)|Heart Cent(?:er|re)|Children'?s Hospital)(?:\s(?:of|at)\s[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,3})?|University of [A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2}(?: Hospitals?| Medical Cent(?:er|re)| Health)?|[A-Z][\w'’-]*(?: \d{1,2})? University(?: Hospital)?|Institute of [A-Z][\w'’-]*(?:\s(?:of\s)?[A-Z][\w'’-]*){0,4}|(?:[A-Z][\w'’.-]*\s){1,3}Institute(?:\sfor\s[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,3})?|(?:Istituto|Instituto|Institut|Ospedale|Hôpital|Hospital|Centro|Cl[ií]nica|Policlinico|Azienda Ospedaliera)\s(?:(?:di|de|del|della|des|du)\s)?[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,3})/g;
const COLLECT =
  /\b(recruited|enrolled|enrol(l)?ment|collected|obtained|admitted|treated|conducted|carried out|undertaken|performed|underwent|undergoing|attending|attended|referred|seen|hospitali[sz]ed|selected|retrieved|acquired|scanned|imaged|sampled|gathered|came from|drawn from|taken from|derived from|provided by|located|took place|registered|identified|included|housed|from)\b/i;
// cheap keyword gates in front of the cue expressions
const G_PUBLIC = /publi|freely|openly|open|benchmark|challenge|obtained|downloaded|retrieved|taken|sourced|ADNI|OASIS|TCGA|TCIA|MIMIC|HCP|Connectome|Kaggle|PhysioNet|LIDC|BraTS|CheXpert|ChestX|MedMNIST|ISIC|CORD|Archive|OpenNeuro|ABIDE|METABRIC/i;
const G_REGISTRY = /regist|biobank|bio-bank|Resource|Bank|Repository|Archive|national|claims|records|cohort|Study|Program|Trial|Survey|Project|Collection|Consortium|Initiative/i;
const G_MULTI = /multi|hospitals|cent(er|re)s|sites|institutions|clinics|facilities|countries|units|practices|institutes|biobanks|locations|cities|towns/i;
const G_SINGLE = /single|our |one |same|a (tertiary|university|teaching|community|private|public)| an | a |hospital |clinic |institutional /i;
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

/** A public dataset described by where its data came from (its contributing centres), not by this study's sites. */
const DATASET_CONTRIBUTORS = /\b(?:whose|its|their) (?:\w+ ){0,2}(?:were|was|are|is) (?:contributed|collected|acquired|provided|gathered|pooled)\b|\b(?:contributed|collected|acquired|provided|gathered|pooled) (?:\w+ ){0,3}(?:by|at|from|across) (?:\d+|several|multiple|many|various|different|two|three|four|five|six|seven|eight|nine|ten)\b[^.;]{0,30}\b(?:centres|centers|sites|institutions|hospitals|universities)\b|\b(?:contains|comprises|includes|consists of) (?:\w+ ){0,4}from (?:\d+|several|multiple|many|various|different|two|three|four|five|six|seven|eight|nine|ten) (?:[\w-]+ )?(?:centres|centers|sites|institutions|hospitals|universities)\b/i;

/**
 * A sentence about where a dataset came from ("This dataset was collected from several hospitals", "the four data
 * sets were acquired by different clinics", "age in the dataset from X University"): in a paper that uses public
 * data these are the dataset's contributors, not sites of this study, unless the sentence says the data are the
 * authors' own (in-house, private, local, "we collected", "our hospital").
 */
const DATASET_REF = /\b(?:th(?:is|ese|e)|each|both|all|the (?:two|three|four|five|six|seven|eight|nine|ten|\d+)) (?:[\w-]+ ){0,2}?(?:data ?sets?|datasets?|databases?|collections?)\b/i;
const OWN_DATA = /\b(?:we|our|us|in-house|in house|private|local|internal|proprietary|own|institutional|clinical|hospital|non-public)\b/i;

/** a dataset named with a capitalised name and used by the study; counts as published when the sentence cites it */
const PUBLISHED_DATASET = /\b(?:use[sd]?|using|utili[sz](?:e[sd]?|ing)|employ(?:s|ed|ing)?|evaluated? (?:\w+ )?on|experiments? (?:\w+ )?on|trained (?:\w+ )?on|tested (?:\w+ )?on|focus(?:es|ed)? on|(?:taken|obtained|drawn) from)\b (?:the |two |three |four |publicly available |public |open )*([A-Z][\w-]*[A-Z0-9][\w-]*(?: [A-Z0-9][\w-]*){0,2}) (?:data ?sets?|datasets?|databases?|benchmarks?|challenge data(?:set)?|collections?)\b/;
/** "no publicly available dataset exists": the negation right before the public-data words */
const NO_PUBLIC = /\b(?:no|not|none|neither|nor|never|lack of|absence of)\s+(?:[\w-]+\s+){0,2}$/i;
/** an abstract sentence without "we"/"our" that reports what was done (past tense of data collection or use) */
const ABSTRACT_DONE = /\b(?:was|were|had been|has been|have been|collected|recruited|enrolled|obtained|acquired|retrieved|included|used|analy[sz]ed|evaluated|tested|trained|validated)\b/i;

/** public data of a laboratory kind (expression arrays, sequencing, GEO accessions) re-analysed beside own experiments */
const OMICS_PUBLIC = /\b(?:microarrays?|transcriptom\w*|(?:gene |mRNA |protein )?expression (?:data|profiles?|datasets?|data ?sets?)|(?:sc)?RNA-?seq\w*|sequencing data|genomic data|proteomic\w*|methylation|Gene Expression Omnibus|GEO|GSE\d+|ArrayExpress)\b/i;
/** material of this study collected by its authors ("kidney tissue was obtained from ...", "serum was collected in ten patients") */
const OWN_MATERIAL = /\b(?:biops(?:y|ies)|specimens?|sera|serum|plasma|PBMCs?|tissues?|blood|urine|saliva|patients|volunteers|donors)\b[^.;]{0,60}\b(?:was|were) (?:collected|obtained|drawn|harvested|taken|recruited|enrolled)\b/i;
const SUPPLIED = /\b(?:purchased|supplied|commercial(?:ly)?|vendors?|Biobank|biobank)\b/;

/** words that make a sentence about a public dataset also name own data, or a second source beside it */
const OWN_MARK = /\b(?:our|us|in-house|in house|private|local|proprietary|own|non-public|reported here|this (?:study|work|paper))\b|\bwe (?:\w+ )?(?:collected|recruited|acquired|gathered|enrolled|scanned|recorded|imaged)\b/i;
const OWN_OR_ALSO = new RegExp(`${OWN_MARK.source}|\\b(?:and|as well as|plus|together with|in addition to)\\b (?:[\\w()-]+ ){0,4}?(?:data|images|scans|patients|samples|cohorts?|tissues?|specimens|cases|participants|subjects)\\b`, 'i');
/** where a public dataset came from: who released it or where it was originally collected */
const PROVENANCE = /\boriginally (?:collected|acquired|recorded|gathered|obtained|released|published|described|created)\b|\b(?:released|published|made (?:publicly |freely |openly )?available|curated|hosted|distributed|maintained) by\b|\b(?:organi[sz]ers|creators|curators|providers) of (?:the )?(?:[\w-]+ ){0,3}(?:challenge|dataset|data ?set|database|benchmark|archive)\b/i;
/** a person named with an affiliation ("two radiologists from X Hospital") */
const PERSON_AFFIL = /\b(?:radiologists?|neuroradiologists?|pathologists?|clinicians?|physicians?|readers?|annotators?|raters?|experts?|neurologists?|surgeons?|ophthalmologists?|dermatologists?|cardiologists?|oncologists?|specialists?|residents?|doctors?|nurses?|authors?|colleagues|researchers?|investigators?|scientists?|statisticians?|engineers?)\b,? (?:(?:with|of) [^,;.]{0,40}?,? )?(?:from|at|of) (?:the )?[A-Z]/;
/** the sentence says the data were collected (not only who looked at them) */
const DATA_COLLECT = /\b(?:recruited|enrolled|collected|acquired|scanned|imaged|admitted|treated|obtained|retrieved|gathered|recorded|underwent|undergoing|included|sampled|referred|came from|drawn from|retrospectively|prospectively)\b/i;

function institutionNames(t: string): string[] {
  const out: string[] = [];
  INSTITUTION.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = INSTITUTION.exec(t))) {
    const name = m[1]!.trim().replace(/^(The|the|At|In|From|and)\s+/, '');
    if (name.split(/\s+/).length < 2 || NOT_INSTITUTION_AFTER.test(t.slice(m.index + m[0].length))) continue;
    out.push(name);
  }
  return out;
}

function hasInstitution(t: string): boolean {
  INSTITUTION.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = INSTITUTION.exec(t))) if (m[1]!.trim().split(/\s+/).length >= 2 && !NOT_INSTITUTION_AFTER.test(t.slice(m.index + m[0].length))) return true;
  return false;
}

function detect({ ms }: DetectContext): Finding {
  const feats = featuresOf(ms);
  const hit = { public: [] as Sentence[], registry: [] as Sentence[], multi: [] as Sentence[], single: [] as Sentence[], inst: [] as Sentence[] };
  const institutions = new Set<string>();
  /** institutions named as the origin of a public dataset, and the institutions of each site sentence */
  const pubInst = new Set<string>();
  const instNames = new Map<Sentence, string[]>();
  const datasets = new Set<string>();
  /** multi-site sentences that name only several towns: cited after the named sites */
  const placesOnly = new Set<Sentence>();
  for (const s of ms.sentences) {
    const k = s.section.kind;
    if (k === 'references' || k === 'title' || k === 'declarations' || s.section.role === 'peer_review') continue;
    const f = feats[s.index]!;
    if (f.future) continue;
    // in the Introduction only an explicit reference to this study counts ("patients" alone is background)
    if (k === 'introduction' && !(f.own && OWN_STRICT.test(s.text))) continue;
    if (f.otherWork && !f.own && !/\b(data|images|scans|samples)\b/i.test(s.text)) continue;
    // background in the abstract ("federated learning can use data owned by different hospitals") and other work
    // discussed in the Discussion are not where this study's data came from
    if (k === 'abstract' && !f.own && !ABSTRACT_DONE.test(s.text)) continue;
    if (k === 'discussion' && f.otherWork && !f.own) continue;
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
    // (an earlier study's data that "revealed" or "showed" something is that study's finding, not data re-used here)
    const publicAt = (G(G_PUBLIC) ? PUBLIC.exec(t) : null) ?? (/previous|prior|earlier|published/i.test(t) && !PRIOR_FINDING.test(t) ? PRIOR_DATA.exec(t) : null);
    // a dataset named with its reference ("we used the XYZ-2019 dataset (Doe et al., 2019)") is a published dataset
    const published = !publicAt && f.otherWork && PUBLISHED_DATASET.test(t) && !REGISTRY.test(t);
    if ((published || (publicAt && !NO_PUBLIC.test(t.slice(Math.max(0, publicAt.index - 30), publicAt.index)))) && !/\b(will be|are|is) (made )?(publicly|freely|openly) available|upon publication|code\b/i.test(t)) {
      hit.public.push(s);
      isPublic = true;
      const m = /\b(ADNI[-\w]*|OASIS[-\w]*|TCGA[-\w]*|TCIA|MIMIC[-\w]*|HCP[-\w]*|Kaggle|PhysioNet|LIDC[-\w]*|BraTS\w*|CheXpert|ISIC\w*|CORD-19)\b/.exec(t) ?? PUBLISHED_DATASET.exec(t);
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
      // selection criteria borrowed from a named study: not the source of the participants
    } else if (reg && /regist|database|bank/i.test(reg[0]) && !/\b(national|nationwide|population|countries|consortium|multi-?cent)/i.test(t) && G(G_INST) && hasInstitution(t)) {
      instReg = true; // a hospital's own registry, database or tissue bank: the data come from that institution
    } else if (reg) {
      hit.registry.push(s);
      NAMED_SOURCE.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = NAMED_SOURCE.exec(t))) if (!/^(The|This|Our|Present|Current)\b/.test(m[1]!)) datasets.add(m[1]!.trim());
    }
    // sites named in a sentence about a public dataset (the hospital that collected it, "patients admitted to X") or
    // as a person's affiliation ("two radiologists from X Hospital") are not sites of this study's data
    if (isPublic && !OWN_OR_ALSO.test(t)) {
      if (G(G_INST)) for (const n of institutionNames(t)) pubInst.add(n);
      continue;
    }
    // the site rules below, each behind its keyword gate; none can fire when no gate opens, so the affiliation test
    // runs only where one does
    const gMulti = body && G(G_MULTI);
    const gInst = body && G(G_INST_ANY);
    const gSingle = G(G_SINGLE);
    const gCompany = body && G(G_COMPANY);
    const gNamed = body && G(G_INST);
    if (!(gMulti || gInst || gSingle || gCompany || gNamed)) continue;
    if (PERSON_AFFIL.test(t) && !DATA_COLLECT.test(t)) continue;
    if (gMulti && MULTI.test(t) && !/\b(countries|nations) (have|has|with)\b/i.test(t)) hit.multi.push(s);
    else if (gMulti && MULTI_PLACES.test(t) && COLLECT.test(t)) {
      hit.multi.push(s);
      placesOnly.add(s);
    }
    if (gInst && MULTI_NAMED.test(t) && hit.multi[hit.multi.length - 1] !== s) hit.multi.push(s);
    if ((gSingle && SINGLE.test(t)) || (gInst && (SINGLE_PLACE.test(t) || (DATA_AT.test(t) && !LAB_SITE.test(t)) || (CLINIC_OF.test(t) && COLLECT.test(t) && !LAB_SITE.test(t))))) hit.single.push(s);
    const company = gCompany ? COMPANY_SITE.exec(t) : null;
    const lab = (company || gNamed) && LAB_SITE.test(t);
    if (company && !lab) {
      institutions.add(company[1]!.trim());
      hit.inst.push(s);
    } else if (gNamed && !lab && !company && (instReg || COLLECT.test(t)) && hit.registry[hit.registry.length - 1] !== s) {
      const names = institutionNames(t);
      for (const n of names) institutions.add(n);
      if (names.length) {
        hit.inst.push(s);
        instNames.set(s, names);
      }
    }
  }
  // centres that a public dataset's own sentence names as its contributors ("whose scans were contributed by seven
  // centres") are not own sites of this study
  if (hit.public.length) {
    // a site sentence that names only the institutions a public dataset came from ("originally collected at X",
    // "released by X", or X named in the dataset's own sentence) is about that dataset
    for (const s of hit.inst) if (PROVENANCE.test(s.text) && !OWN_MARK.test(s.text)) for (const n of instNames.get(s) ?? []) pubInst.add(n);
    const pubSite = (s: Sentence) => !!instNames.get(s)?.every((n) => pubInst.has(n)) && !OWN_MARK.test(s.text);
    for (const k of ['inst', 'single'] as const) hit[k] = hit[k].filter((s) => !pubSite(s));
    for (const n of pubInst) if (![...instNames.values()].some((ns) => ns.includes(n) && !ns.every((x) => pubInst.has(x)))) institutions.delete(n);
    const pub = new Set(hit.public.filter((s) => DATASET_CONTRIBUTORS.test(s.text)));
    for (const k of ['inst', 'single', 'multi'] as const) hit[k] = hit[k].filter((s) => !pub.has(s) && !(DATASET_REF.test(s.text) && !OWN_DATA.test(s.text)) && !(PROVENANCE.test(s.text) && !OWN_MARK.test(s.text)));
  }
  const hasPublic = hit.public.length > 0;
  const hasRegistry = hit.registry.length > 0;
  const hasInst = hit.inst.length + hit.single.length + hit.multi.length > 0;
  if (!hasPublic && !hasRegistry && !hasInst) {
    const u = ms.sentences.find((s) => (s.section.kind === 'methods' || s.section.kind === 'abstract' || s.section.kind === 'other') && UNCLEAR.test(s.text)) ?? ms.sentences.find((s) => (s.section.kind === 'methods' || s.section.kind === 'abstract' || s.section.kind === 'other' || s.section.kind === 'results') && ((/ in | from | across /.test(s.text) && UNCLEAR_PLACE.test(s.text) && !SOURCE_TRAP.test(s.text) && !CELL_SUPPLY.test(s.text))));
    if (u) return { concept: 'data_source', status: 'reported', value: 'unclear', details: { institutions: [], datasets: [] }, evidence: [evidenceOf(u, 'data_source/unclear')], confidence: 0.6, rule: 'data_source/unclear', reason: 'the data are said to be collected for this study, but not where' };
    return { concept: 'data_source', status: 'missing', evidence: [], confidence: 0.7, rule: 'data_source/none', reason: 'no institution, dataset, registry or cohort named as the source of the data' };
  }
  // public expression or sequencing data re-analysed beside tissue, blood or patients the authors collected
  // themselves (no site named): the study's data are partly public, partly own
  const ownMaterial =
    hasPublic && !hasInst && !hasRegistry && hit.public.every((s) => OMICS_PUBLIC.test(s.text))
      ? ms.sentences.find((s) => (s.section.kind === 'methods' || s.section.kind === 'other') && OWN_MATERIAL.test(s.text) && !SUPPLIED.test(s.text) && !CELL_SUPPLY.test(s.text) && !feats[s.index]!.otherWork)
      : undefined;
  if (ownMaterial) {
    const ev = [...hit.public.slice(0, 2), ownMaterial].sort((a, b) => a.index - b.index);
    return {
      concept: 'data_source',
      status: 'reported',
      value: 'mixed',
      details: { institutions: [], datasets: [...datasets].slice(0, 10) },
      evidence: ev.map((s) => evidenceOf(s, 'data_source/mixed')),
      confidence: 0.7,
      rule: 'data_source/mixed',
      reason: 'public expression or sequencing data together with material collected for this study',
    };
  }
  let value: string;
  let ev: Sentence[];
  const instValue = hit.multi.length > 0 || institutions.size >= 3 ? 'multi_center' : 'single_center';
  const instCount = hit.inst.length + hit.single.length + hit.multi.length;
  const otherCount = instCount + hit.registry.length;
  // own data stated as such ("patients scanned at our institution", "our in-house cohort was collected ...") makes a
  // public source mixed however often the public dataset is named
  const ownSite = [...hit.inst, ...hit.single, ...hit.multi].some((s) => OWN_MARK.test(s.text) && DATA_COLLECT.test(s.text));
  if (hasPublic && (hasInst || hasRegistry) && (otherCount * 4 >= hit.public.length || otherCount >= 3 || ownSite)) {
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
    // several sites: the sentences that say so, those naming only towns after the named sites
    const multi = hit.multi.filter((s) => !placesOnly.has(s));
    const sites = hit.inst.length ? hit.inst : hit.single;
    ev = (instValue !== 'multi_center' ? sites : multi.length ? multi : [...sites, ...hit.multi]).slice(0, 3);
  }
  if (!ev.length) ev = [...hit.inst, ...hit.single, ...hit.multi, ...hit.registry].slice(0, 3);
  ev = [...new Set(ev)].sort((a, b) => a.index - b.index);
  return {
    concept: 'data_source',
    status: 'reported',
    value,
    details: { institutions: [...institutions].slice(0, 10), datasets: [...datasets].slice(0, 10) },
    evidence: ev.map((s) => evidenceOf(s, `data_source/${value}`)),
    confidence: 0.75,
    rule: `data_source/${value}`,
    reason: `source cues: public ${hit.public.length}, registry/cohort ${hit.registry.length}, institutions ${hit.inst.length}, multi ${hit.multi.length}, single ${hit.single.length}`,
  };
}

export default defineConcept({
  id: 'data_source',
  meta: {
    label: 'Data source',
    group: 'Data',
    definition:
      'Reported when the manuscript says where the data of this study came from: the institution(s) or hospital(s) where participants were recruited or data collected, a named public dataset, or a registry, biobank, trial or cohort. The value tells which kind. Reported as unclear when the data are said to be collected for this study without saying where, or only in a named region. Ethics committees, compliance statements, code repositories, the computing cluster, the laboratory that analysed samples, suppliers of cell lines, registers used only to follow up outcomes, criteria borrowed from a named trial, and public datasets mentioned only as background in the Introduction do not count.',
    values: {
      single_center: 'one institution (named, or "our hospital", "a single centre")',
      multi_center: 'several institutions (named, or "three hospitals", "multicentre")',
      public_dataset: 'a named public dataset or open archive (ADNI, TCIA, MIMIC, a challenge dataset, ...), or data of an earlier publication re-used',
      registry_or_cohort: 'a registry, biobank, national database, or a named trial, study or cohort',
      mixed: 'a public dataset together with own institutions or a registry, or public expression/sequencing data beside tissue, blood or patients collected for this study',
      unclear: 'data said to be collected for this study, but not where (or only a region)',
    },
    traps: [
      'ethics committees and compliance with regulations of an institution',
      'where samples were analysed, genotyped or sequenced, or animals housed',
      'code or software "publicly available", pre-trained weights',
      'cell lines from a culture collection',
      'outcomes linked from a national death register',
      'selection criteria of a named trial',
      'a design phrase "cohort study" is not a registry',
      'a deposit accession (GEO) for the data is not a public source',
    ],
  },
  detect,
  examples: {
    reported: [
      { text: 'Patients were recruited at the Royal Example Hospital between 2015 and 2017.', value: 'single_center' },
      { text: 'Children were referred to one paediatric infectious disease unit in our city.', value: 'single_center' },
      { text: 'Data were collected at three tertiary hospitals in two countries.', value: 'multi_center' },
      { text: 'We used the publicly available ADNI-1 data set.', value: 'public_dataset' },
      { text: 'Participants came from the Northern Heart Study cohort.', value: 'registry_or_cohort' },
      { text: 'We analysed data from the National Stroke Registry.', value: 'registry_or_cohort' },
      { text: 'The images used in this study were acquired with a clinical scanner.', value: 'unclear' },
      { text: 'In-patients were recruited from the psychiatry ward of the University of Exampleton, and written consent was obtained from each.', value: 'single_center', note: 'the consent clause is dropped, the site kept' },
      { text: 'Throat swabs were collected in 2012 from febrile children at a clinic in Riverside, Examplia.', value: 'single_center' },
      { text: 'Volunteers were identified by the care teams of four National Health Service (NHS) Trusts in the region.', value: 'multi_center' },
      { text: 'With local ethical approval, the implants were placed in six pigs at Exampleco Biomedical AB (Exampletown, Sweden).', value: 'single_center', note: 'a company site' },
      { text: 'Follow-up data were taken from the hospital records database at the Example University Medical Center.', value: 'single_center', note: "a hospital's own database" },
      { text: 'Cases were recruited from the Northern Mood Disorder Project, which enrols patients from one specialist clinic.', value: 'registry_or_cohort' },
      {
        text: 'Tissue was collected from patients who underwent surgery at Example University Hospital. Cardiac events during follow-up were retrieved from the national Cause of Death Register. Samples were genotyped on a chip at the sequencing platform of Other University. Imputation used software from the Center for Genetics, University of Elsewhere.',
        value: 'single_center',
        note: 'outcome register, genotyping platform and software are not sources',
      },
      { text: 'Frozen sera were provided by the Example Cancer Specimen Resource (Springfield, IL).', value: 'registry_or_cohort' },
      { text: 'Blood was collected from twelve infected patients in Northern Examplia.', value: 'unclear', note: 'a region, no institution' },
      {
        text: 'Fibroblasts from patients were obtained from the Istituto Example Gaslo (Genova, Italy) and the Fictional Institute for Medical Research (Camden, New Jersey), and the Example Childrens Hospital.',
        value: 'multi_center',
      },
      { text: 'Participants were recruited through hospital patient registries.', value: 'single_center' },
      {
        text: 'Scans were obtained from the public TCIA archive. Further patients were enrolled at the Example University Hospital. Another set was collected at the City General Hospital. A third set came from the Western Memory Cohort.',
        value: 'mixed',
      },
      { text: 'Training cohorts consisted of samples with data already in the public domain. Further tissues were collected at the Example University Hospital.', value: 'mixed' },
      { text: 'Candidate genes came from publicly available transcriptomic datasets of fibrotic lungs. Lung tissue was obtained from nine patients during surgery.', value: 'mixed', note: 'public expression data beside own material' },
      {
        text: 'Muscle biopsies were collected at North Example Medical Center, St. Example Hospital and Example University. Jurkat cells obtained from the American Type Culture Collection (Manassas, VA) were grown in medium.',
        value: 'multi_center',
        note: 'a culture collection supplying cell lines is not a registry',
      },
      {
        text: 'Plaque samples came from patients operated at Example University Hospital. The data set is available from Gene Expression Omnibus (accession number GSE00001).',
        value: 'single_center',
        note: 'a deposit accession is not a public source',
      },
      {
        text: 'The Example Remission Study was a prospective, interventional cohort study. Patients were identified by clinical teams across five National Health Service (NHS) Trusts.',
        value: 'multi_center',
        note: 'a design phrase "cohort study" is not a registry; the Trusts are the sites',
      },
      { text: 'Controls were recruited from the outpatient clinics of Cardiology and Nephrology of the EUMC.', value: 'single_center', note: 'a clinic of a named institution' },
      { text: 'Patients were assessed and treated at the headache outpatient clinic (HOC) of the Exampleburg Polyclinic by one neurologist.', value: 'single_center' },
      { text: 'We re-used our previously published data on bone density in older men.', value: 'public_dataset', note: 'data of an earlier publication' },
      { text: 'Healthy volunteers were recruited at several locations in Northern Examplia, including Riverside.', value: 'multi_center', note: 'several places named by their town' },
    ],
    missing: [
      { text: 'Blood was collected and then sequenced in the genomics unit of the Example Institute.', note: 'the unit that sequenced samples is not a source' },
      { text: 'Sections were stained in the pathology unit of the Example Research Institute.', note: 'a unit of a named institution without a collection verb' },
      { text: 'Early radiogenomics work grew out of the TCGA initiative, which focused on patients with glioblastoma.', heading: 'Introduction', note: 'a public dataset as background' },
      { text: 'All mice were housed in the Example Cancer Center vivarium under institutional animal care guidelines.', note: 'animal housing' },
      { text: 'Study participants were 90 adults aged 20 to 80 years.' },
      { text: 'A total of 74 patients were enrolled, including 34 patients in the Barrett group and 40 in the GERD group.' },
      { text: 'The study was approved by the Multi-centre Research Ethics Committee.', note: 'ethics committee' },
      { text: 'Our code is publicly available on GitHub.', note: 'code availability' },
      { text: 'Images were processed on a computing cluster.' },
      { text: 'Samples were taken at several locations along the colon of each rat.', note: 'places in the body, not sites' },
      { text: 'Sequencing data from a previous study revealed a loss of the gene in half of the tumours.', note: 'the finding of an earlier study' },
      { text: 'All experiments were done in compliance with national law and the regulations of the Example Research Hospital and Other University.', note: 'compliance' },
      { text: 'Patients were chosen according to the criteria of the North Atlantic Carotid Surgery Trial.', note: 'criteria of a named trial' },
    ],
  },
});
