/**
 * dates_setting: the setting or location of the study, or the period of recruitment or data collection.
 */
import { defineConcept, type SpecBody } from '../core/define.js';

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const YEAR = '(?:19[5-9]\\d|20[0-4]\\d)';
const dateRange = new RegExp(
  `\\b(between|from|during|since|in the period|period( of| from)?)\\b[^.;]{0,20}?\\b(\\d{1,2}(st|nd|rd|th)?\\s+)?(${MONTH}\\.?,?\\s+)?(\\d{1,2}(st|nd|rd|th)?,?\\s+)?${YEAR}\\b[^.;]{0,12}?\\b(and|to|until|till|through|thru|–|-)\\b|\\b${MONTH}\\.?\\s+(\\d{1,2},?\\s+)?${YEAR}\\s*(–|-|to|and|through|until)\\s*(${MONTH}\\.?\\s+)?(\\d{1,2},?\\s+)?${YEAR}\\b|\\(?\\b${YEAR}\\s*[–-]\\s*(${YEAR}|\\d\\d)\\b(?![-/]\\d)\\)?`,
  'i',
);
const monthYear = new RegExp(`\\b(in|since|until|from|by|as of|through|during|before|after)\\s+(\\d{1,2}\\s+)?${MONTH}\\.?\\s+(\\d{1,2},?\\s+)?${YEAR}\\b|\\b${MONTH}\\.?\\s+\\d{1,2},\\s+${YEAR}\\b|\\b\\d{1,2}\\s+${MONTH}\\.?\\s+${YEAR}\\b`, 'i');
/** biological "sites" and cell "recruitment" are not study settings */
const SITE_HOMONYM = /\bsites? of (action|injection|infection|inflammation|binding|interest)\b|\b(genome|genomic|gene|DNA|RNA|sequence|protein)\b[^.]{0,40}\bsites\b|\b(binding|active|target(ed|ing)?|cleavage|restriction|injection|phosphorylation|splice|recognition|catalytic|insertion|integration) sites?\b|\b(cells|leukocytes|neutrophils|macrophages|lymphocytes|monocytes|T cells|B cells) (are|were|is|was|being|get) (recruited|retained)\b/i;

const spec: SpecBody = {
  sectionWeight: { declarations: 0, introduction: 0.2, discussion: 0.55, title: 0.5 },
  traps: [/\b(registered|registration|received|accepted|published|accessed|downloaded|submitted|revised|released|release date|approved on|approval (date|number)|protocol version|version \d|copyright)\b|\b(©)\b/i, SITE_HOMONYM],
  rules: [
    { id: 'dates/range', re: dateRange, weight: 0.9, requireOwn: false, unless: /\bet al\b|\(\w+ (et al\.?|and \w+),? (19|20)\d\d/ },
    { id: 'dates/month-year', re: monthYear, weight: 0.75 },
    { id: 'setting/conducted-at', re: /\b(conducted|carried out|performed|took place|undertaken|done|implemented|run|held|based|recruited|enrolled|enrol(l)?ment|recruitment|collected|obtained|selected|treated|admitted|seen|attending|identified|sampled|located)\b[^.]{0,80}\b(at|in|from|across|throughout|within) (?:[\w'’-]+ |\([A-Z]{2,}\) ){0,5}(hospitals?|clinics?|cent(er|re)s?|universit(y|ies)|schools?|communit(y|ies)|practices?|departments?|units?|institut(e|es|ion|ions)|villages?|districts?|provinces?|count(y|ies)|regions?|countr(y|ies)|wards?|facilit(y|ies)|sites?|states?|cities|city|neighbou?rhoods?|settings?|care|nursing homes?|camps|homes|prisons?|workplaces?|infirmar(y|ies)|trusts?|laborator(y|ies)|biobanks?)\b/i, weight: 0.8, unless: /\b(was|were) (approved|reviewed) by\b|\bethic|\bin accordance with\b|\bIACUC\b|\bguidelines\b|\b(computing|cluster|GPUs?|servers?|accession|repositor(y|ies)|deposited|available (from|at))\b|\bcent(er|re) of (the|a|an|each|mass|gravity|rotation|the image)\b|\bin the cent(er|re)\b|\banatomic(al)? (sites?|regions?|locations?)\b|\b(brain|hippocampal|cortical|subcortical|cerebral|temporal|frontal|parietal|occipital|thoracic|abdominal|pelvic|lung|liver|tumou?r|image|patch) regions?\b|\b(2D|3D|2-D|3-D|two-dimensional|three-dimensional|few-shot|zero-shot|(semi-|self-|un|weakly )?supervised) settings?\b/i },
    { id: 'setting/data-from-named', re: /\b(data|images|scans|samples|cases|patients|participants|subjects|recordings|records|volunteers)\b[^.]{0,60}\b(from|at|in) (the )?([A-Z][\w'’-]+ ){0,4}(University|Hospital|Medical|Cent(er|re)|Clinic|Institute|Infirmary|School|College)\b|\b(from|at) the University of [A-Z]/, weight: 0.8, unless: /\b(processed|computing|cluster|GPUs?|servers?|accession|repositor(y|ies)|deposited|available (from|at)|downloaded)\b/i },
    // a pointer to the list of sites: "the participating centres are listed in Appendix 2"
    { id: 'setting/sites-listed', re: /\b(list|names?|details|locations?) of (all |the )?([\w-]+ ){0,2}(sites|cent(er|re)s|hospitals|institutions|clinics|practices|investigators)\b[^.]{0,40}\b(is|are|can be) (found|given|provided|listed|shown|available|included|reported)\b|\b(participating|recruiting|recruitment|study|trial) (sites|cent(er|re)s|hospitals|institutions|clinics|practices) (are|were|is) (listed|given|named|shown|provided) in\b/i, weight: 0.8, partial: true, otherWorkOk: true },
    // "performed at Acme Biomedical AB (Solna, Sweden)": a named place with its city and country
    { id: 'setting/at-named-place', re: /\b(performed|conducted|carried out|done|housed|grafted|operated|implanted|treated|kept|bred|examined|recruited|enrolled|collected|obtained|took place|undertaken)\b[^.]{0,160}\bat (?:[A-Z][\w-]*\s){1,4}\((?:[A-Z][\w-]+\s?){1,3},\s(?:[A-Z][\w-]+\s?){1,3}\)/, weight: 0.8 },
    // people or samples from a named region: "sera were collected from nine patients in Southern California."
    { id: 'setting/people-in-region', re: /\b([Ss]amples|[Ss]pecimens|[Ss]era|[Ss]erum|[Bb]lood|[Pp]lasma|[Tt]issues?|[Bb]iopsies|[Pp]atients|[Pp]articipants|[Ss]ubjects|[Vv]olunteers|[Ii]ndividuals|[Dd]onors|[Cc]hildren|[Ww]omen|[Mm]en|households)\b[^.]{0,40}\b(collected|recruited|obtained|enrolled|drawn|sampled|living|residing|surveyed)\b[^.]{0,60}\b(in|from|across) (the )?((Southern|Northern|Eastern|Western|Central|South|North|East|West|rural|urban) )?(?!(Table|Tables|Figure|Figures|Fig|Supplementary|Appendix|Section|January|February|March|April|May|June|July|August|September|October|November|December)\b)[A-Z][a-z]{3,}(?: [A-Z][a-z]+)?(?=[.,;)]|$)/, weight: 0.7, sections: ['methods', 'results', 'abstract', 'other'] },
    // the data set of this study described with its citation in Methods: "BraTS (Menze et al.) was collected from 19
    // institutions", "a public ECG data set (Doe et al.) collected in Germany"; citations do not make it other work here
    { id: 'setting/collected-cited', re: /\b(?:collected|acquired|recorded|gathered)\b (?:\w+ ){0,2}?(?:from|in|at|across) (?:the )?(?:(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:[\w-]+ ){0,2}(?:institutions|hospitals|cent(?:er|re)s|sites|countries|clinics)\b|(?:intensive care|critical care|emergency|outpatient|inpatient) (?:units?|departments?|wards?)\b|(?!(?:Table|Tables|Figure|Figures|Fig|Supplementary|Appendix|Section|January|February|March|April|May|June|July|August|September|October|November|December)\b)[A-Z][a-z]{3,}(?: [A-Z][a-z]+)?(?=[.,;)]|$))/, weight: 0.75, sections: ['methods', 'other'], otherWorkOk: true },
    { id: 'setting/centre-adjective', re: /\b(multi-?cent(er|re)|single[- ]cent(er|re)|multi-?site)\b/i, weight: 0.45 },
    { id: 'setting/n-centres', re: /\b((two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3}) (\w+ ){0,3}(hospitals|cent(er|re)s|sites|clinics|schools|countries|communities|practices|villages|districts|facilities|wards|nursing homes|universities|institutions|states|provinces))\b/i, weight: 0.7, unless: /\b(disease|steady|emotional|mental|conformational|functional|activation|redox|cell|cellular|health|clinical|physiological|metabolic|energy|excited|ground|oxidation|binding|open|closed) states\b|\b(infectious|germinal|reaction|active|catalytic|organi[sz]ing|signall?ing|chiral|stereogenic) cent(er|re)s\b|\bcent(er|re)s per\b/i },
    { id: 'setting/named-region', re: /\b(from|in|across|throughout|within) (the )?(State|Province|County|Region|Republic|Kingdom|District|City|Municipality) of [A-Z]/, weight: 0.7 },
    { id: 'setting/place', re: /\b(in|at|from) (rural|urban|peri-?urban|suburban|primary[- ]care|secondary[- ]care|tertiary[- ]care|community|outpatient|inpatient|emergency|intensive care) ?(settings?|areas?|clinics?|communities|hospitals?|departments?|units?|centres?|centers?|practices?)?\b/i, weight: 0.6, sections: ['methods', 'abstract', 'other'] },
  ],
  headingFallback: { heading: /^(settings?|study settings?|study (site|sites|area|location)s?|setting and (participants|population|patients))$/ },
  require: { pattern: /\d{4}|collected|recruited|enrolled|residing|living|surveyed|sampled|drawn|hospital|clinic|cent(er|re)|universit|school|communit|practice|department|unit|institut|village|district|province|count(y|ies|ry)|region|ward|facilit|site|state|cit(y|ies)|neighbo|setting|care|home|camp|prison|workplace|infirmar|trust|laborator|biobank|rural|urban|outpatient|inpatient|emergency|republic|kingdom|municipality|college|[a-z], [a-z]+\)/i },
};

export default defineConcept({
  id: 'dates_setting',
  meta: {
    label: 'Setting, locations and dates',
    group: 'Data',
    definition:
      'Reported when the manuscript gives the setting or location of this study (where it was conducted or participants recruited: hospitals, practices, schools, a named region or institution, the number of centres) or the period of recruitment or data collection ("between March 2016 and June 2018"). A pointer to a list of participating sites is partial. Dates of registration, approval, submission or database releases, date ranges of other work, computing sites, ethics statements, and biological "sites" or cell "recruitment" do not count; a bare "single-centre" is too weak on its own.',
    traps: [
      'registration, approval, submission or release dates',
      'date ranges cited from other work ("Rates rose between 2000 and 2010 [4]")',
      'biological sites (binding, target, cutting sites) and cells recruited to inflammation',
      'anatomical sites and image regions ("the lesion located in the anatomical site", "the hippocampal region"), a 2D or 3D setting of a method',
      'the computing cluster of a university; IACUC or ethics statements',
      '"center" of an image or panel; infectious centers per spleen',
      '"disease states" counted like US states',
    ],
  },
  spec,
  examples: {
    reported: [
      { text: 'Participants were enrolled between March 2016 and June 2018.' },
      { text: 'From May 2020 to September 2021, 400 adults took part.' },
      { text: 'The trial was conducted in six primary care practices in rural Kenya.' },
      { text: 'Data came from the University of Somewhere and a second university hospital.' },
      { text: 'Forty schools from the State of Oregon were randomised.' },
      { text: 'The scans were acquired at four institutions with scanners of two vendors.', note: 'the number of institutions' },
      { text: 'We used a public sleep data set (Doe et al., 2019) recorded in Norway.', heading: 'Methods', note: 'the study data, described with its citation' },
      { text: 'Tumour samples were obtained from Example School of Medicine and Other College of Medicine.' },
      { text: 'The names of all participating centres are given in the Supplementary Appendix.', status: 'partial', note: 'a pointer to the list of sites' },
      { text: '[3], [4] A list of the recruiting hospitals can be found in Appendix 1.', status: 'partial', note: 'a pointer to the list of sites' },
      { text: 'Under local ethics permission, grafts were implanted in eight rabbits per group at Exampleco Preclinical AB (Uppsala, Sweden).' },
      { text: 'Sera were collected from nine infected patients in Southern Examplia.', heading: 'Results', note: 'people sampled in a named region' },
    ],
    missing: [
      { text: 'The trial was registered on 22 May 2014.', note: 'registration date' },
      { text: 'This was a single-centre trial.', note: 'too weak alone' },
      { text: 'The resulting template is located in the center of the panel.' },
      { text: 'Each finding is linked to the lesion located in the anatomical site named by the report.', note: 'an anatomical site' },
      { text: 'The saliency method was first implemented in a 2D setting.', note: 'a 2D setting of a method' },
      { text: 'All scans were processed on the computing cluster at the University of Somewhere.', note: 'computing site' },
      { text: 'Rates rose sharply between 2000 and 2010 [4].', heading: 'Introduction', note: 'other work' },
      { text: 'Neutrophils are recruited to and held at their sites of inflammation by chemokines.', heading: 'Abstract', note: 'biological sites' },
      { text: 'Candidate guides were identified within the viral gene that could serve as sites for cutting.', heading: 'Abstract', note: 'biological sites' },
      { text: 'The viral genome at each of the four targeted sites is shown in Figure 2.', heading: 'Results', note: 'biological sites' },
      { text: 'Genes highlighted in tumour cells (top) and stromal cells (center) were selected for display.', heading: 'Results' },
      { text: 'Gene Ontology annotations were taken from the database release 2019-07-03.', note: 'release date' },
      { text: 'Of these 2000 peptides, 300 differed between the two disease states.', heading: 'Results', note: 'disease states' },
      { text: 'Animal work was conducted in accordance with Example University IACUC guidelines.', note: 'ethics statement' },
      { text: 'Plasma was collected in Vacutainer tubes and frozen.', heading: 'Methods', note: 'a container, not a place' },
      { text: 'Two institutions funded the work.', heading: 'Acknowledgements', note: 'funders, not settings' },
      { text: 'Infection was considered chronic once virus stabilised at about 100 infectious centers per spleen.' },
    ],
  },
});
